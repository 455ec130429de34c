// Self-service password reset: who may start one (without telling strangers who exists), how
// failed identity checks lock it, and the new password at the end.
import type { NewPasswordRequest, PasswordResetRequest, PasswordViolation } from '../../src/api/types';
import { type Answer, created, ok } from './answers';
import { secondsUntil } from './clock';
import { findByUsername, passwordMatches } from './directory';
import { completeFlow, createdFlowView, createFlow, flowExpired, flowView, liveFlow } from './flows';
import { type SolvedChallenge, spendHumanCheck } from './human-check';
import { missingIdempotencyKey, once, usableKey } from './idempotency';
import { countInWindow, limitKey, recordEvent, userNameKey } from './limits';
import { resetFactors } from './methods';
import { judgePassword, passwordDigest } from './passwords';
import { LIMITS } from './policy';
import { fieldError, invalidRequest, type ProblemAnswer, problem, throttled } from './problems';
import { randomReference } from './random';
import { checkBody, SHAPES } from './requests';
import { type Context, type FlowRecord, findUser, type UserRecord } from './state';

/**
 * Reset locks belong to the user name asked for, not to an account: a locked name is refused
 * before the directory is read, so the answer says nothing more about who exists.
 */
function resetLock(ctx: Context, username: string): ProblemAnswer<429> | null {
  const lock = ctx.state.resetLocks[userNameKey(username)];
  if (!lock || lock.until <= ctx.now) return null;
  return throttled('reset-locked', secondsUntil(lock.until, ctx.now), { reference: lock.reference });
}

/** The lock on the name a reset flow was started with; null for any other flow. */
export function flowResetLock(ctx: Context, flow: FlowRecord): ProblemAnswer<429> | null {
  return flow.kind === 'password-reset' && flow.username !== null ? resetLock(ctx, flow.username) : null;
}

/**
 * A wrong code or a wrong number during a reset (nothing for other flows). The fifth in 24 hours
 * for the same user name locks reset for 24 hours, and is answered with the lock itself.
 */
export function failedResetCheck(ctx: Context, flow: FlowRecord): ProblemAnswer<429> | null {
  if (flow.kind !== 'password-reset' || flow.username === null) return null;
  const key = limitKey.failedResetChecks(flow.username);
  recordEvent(ctx, key);
  if (countInWindow(ctx, key, LIMITS.failedResetChecks) < LIMITS.failedResetChecks.max) return null;
  ctx.state.resetLocks[userNameKey(flow.username)] = {
    until: ctx.now + LIMITS.resetLockout,
    reference: randomReference(ctx.random),
  };
  return resetLock(ctx, flow.username);
}

/** Enabled, and with enough registered methods for the policy. */
const canReset = (user: UserRecord) =>
  user.reset.enabled && resetFactors(user).length >= user.reset.methodsRequired;

/**
 * In the contract's order: the body, the human check, the lock on the name, and only then who the
 * user is. `solved` is the human check as verifyHumanCheck found it, before this transaction.
 */
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
  const locked = resetLock(ctx, body.username);
  if (locked) return locked;
  const user = findByUsername(ctx.state, body.username);
  // Unknown, not enabled and too few methods get one and the same dead end (a new reference each
  // time), so the form cannot be used to find accounts or learn how they are set up.
  if (!user || !canReset(user)) {
    return problem('reset-not-enabled', { reference: randomReference(ctx.random) });
  }
  const flow = createFlow(ctx, {
    kind: 'password-reset',
    stage: 'awaiting-method',
    userId: user.id,
    username: body.username.trim(),
    step: { current: 1, total: user.reset.methodsRequired },
  });
  return created(createdFlowView(ctx, flow));
}

/**
 * The new password, once: a retry with the same key and body (its answer lost on the way) replays
 * the answer that completed the reset instead of meeting a completed flow.
 */
export function setNewPassword(
  ctx: Context,
  flowId: string,
  body: NewPasswordRequest,
  idempotencyKey: string | null,
): Answer<'setNewPassword'> {
  const errors = checkBody(body, SHAPES.newPassword);
  if (errors.length) return invalidRequest(errors);
  if (!usableKey(idempotencyKey)) return missingIdempotencyKey();
  // The fingerprint is a digest of the request (idempotency.ts): the password itself is not kept.
  return once(ctx, idempotencyKey, ['setNewPassword', flowId, body], () => changePassword(ctx, flowId, body));
}

function changePassword(ctx: Context, flowId: string, body: NewPasswordRequest): Answer<'setNewPassword'> {
  const flow = liveFlow(ctx, flowId);
  if (!flow) return flowExpired();
  const user = findUser(ctx.state, flow.userId);
  if (flow.stage !== 'password-required' || !user) return problem('flow-stage-mismatch');
  const verdict = judgePassword(body.newPassword, user);
  const reused = passwordMatches(user, body.newPassword);
  // Every reason at once, so the person fixes them together; the code names the first that applies.
  const violations: PasswordViolation[] = reused ? [...verdict.violations, 'reused'] : verdict.violations;
  if (verdict.weak) return problem('password-weak', { violations });
  if (verdict.violations.length) return problem('password-banned', { violations });
  if (reused) return problem('password-reused', { violations });
  // The directory record is the truth: from now on the old password fails and the new one signs in.
  user.passwordDigest = passwordDigest(user.id, body.newPassword);
  completeFlow(ctx, flow);
  return ok(flowView(ctx, flow, { outcome: true }));
}

export function pruneResetLocks(ctx: Context): void {
  for (const [username, { until }] of Object.entries(ctx.state.resetLocks)) {
    if (until <= ctx.now) delete ctx.state.resetLocks[username];
  }
}
