// Self-service password reset: who may start one (without telling strangers who exists), how
// failed identity checks lock it, and the new password at the end.
import type { NewPasswordRequest, PasswordResetRequest } from '../../src/api/types';
import { type Answer, created, ok } from './answers';
import { secondsUntil } from './clock';
import { findByUsername } from './directory';
import { createFlow, flowExpired, flowView, liveFlow } from './flows';
import { type SolvedChallenge, spendHumanCheck } from './human-check';
import { countInWindow, limitKey, recordEvent } from './limits';
import { resetFactors } from './methods';
import { judgePassword, passwordDigest } from './passwords';
import { LIMITS } from './policy';
import { fieldError, invalidRequest, type ProblemAnswer, problem, throttled } from './problems';
import { randomReference } from './random';
import { checkBody, SHAPES } from './requests';
import { type Context, findUser, type UserRecord } from './state';

export function resetLock(ctx: Context, user: UserRecord): ProblemAnswer<429> | null {
  const lock = ctx.state.resetLocks[user.id];
  if (!lock || lock.until <= ctx.now) return null;
  return throttled('reset-locked', secondsUntil(lock.until, ctx.now), { reference: lock.reference });
}

/**
 * A wrong code or a wrong number during a reset. The fifth in 24 hours locks reset for 24 hours
 * (and answers reset-locked instead of the failure itself).
 */
export function failedResetCheck(ctx: Context, user: UserRecord): ProblemAnswer<429> | null {
  const key = limitKey.failedResetChecks(user.id);
  recordEvent(ctx, key);
  if (countInWindow(ctx, key, LIMITS.failedResetChecks) < LIMITS.failedResetChecks.max) return null;
  ctx.state.resetLocks[user.id] = {
    until: ctx.now + LIMITS.resetLockout,
    reference: randomReference(ctx.random),
  };
  return resetLock(ctx, user);
}

/** `solved` is the human check as verifyHumanCheck found it, before this transaction. */
export function startPasswordReset(
  ctx: Context,
  body: PasswordResetRequest,
  solved: SolvedChallenge | null,
): Answer<'startPasswordReset'> {
  const errors = checkBody(body, SHAPES.passwordReset);
  if (errors.length) return invalidRequest(errors);
  if (!spendHumanCheck(ctx, solved)) {
    return problem('human-check-failed', { errors: [fieldError('humanCheck', 'human-check-failed')] });
  }
  const user = findByUsername(ctx.state, body.username);
  // Unknown and not-enabled users get the same dead end, so the form cannot be used to find accounts.
  if (!user?.reset.enabled) return problem('reset-not-enabled', { reference: randomReference(ctx.random) });
  const locked = resetLock(ctx, user);
  if (locked) return locked;
  if (resetFactors(user).length < user.reset.methodsRequired) {
    return problem('reset-not-enabled', { reference: randomReference(ctx.random) });
  }
  const flow = createFlow(ctx, {
    kind: 'password-reset',
    stage: 'awaiting-method',
    userId: user.id,
    username: body.username.trim(),
    step: { current: 1, total: user.reset.methodsRequired },
  });
  return created(flowView(ctx, flow));
}

export function setNewPassword(
  ctx: Context,
  flowId: string,
  body: NewPasswordRequest,
): Answer<'setNewPassword'> {
  const errors = checkBody(body, SHAPES.newPassword);
  if (errors.length) return invalidRequest(errors);
  const flow = liveFlow(ctx, flowId);
  if (!flow) return flowExpired();
  const user = findUser(ctx.state, flow.userId);
  if (flow.stage !== 'password-required' || !user) return problem('flow-stage-mismatch');
  const verdict = judgePassword(body.newPassword, user);
  if (verdict.weak) return problem('password-weak', { violations: verdict.violations });
  if (verdict.violations.length) return problem('password-banned', { violations: verdict.violations });
  user.passwordDigest = passwordDigest(user.id, body.newPassword);
  flow.stage = 'completed';
  return ok(flowView(ctx, flow));
}

export function pruneResetLocks(ctx: Context): void {
  for (const [userId, { until }] of Object.entries(ctx.state.resetLocks)) {
    if (until <= ctx.now) delete ctx.state.resetLocks[userId];
  }
}
