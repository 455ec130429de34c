// The reset form's human check. A real deployment puts its CAPTCHA provider behind the contract's
// challenge token; the demo accepts one fixed answer, which the demo phone tells.
import type { HumanCheck } from '../../src/api/types';
import { type Answer, ok } from './answers';
import { secondsUntil } from './clock';
import { LIMITS } from './policy';
import { randomId } from './random';
import type { Context } from './state';

export const HUMAN_CHECK_ANSWER = 'K7P2Q';

function issueHumanCheck(ctx: Context): HumanCheck {
  const token = randomId(ctx.random, 22);
  const expiresAt = ctx.now + LIMITS.humanCheckLifetime;
  ctx.state.humanChecks[token] = { expiresAt };
  return {
    token,
    prompt: `Type these characters: ${HUMAN_CHECK_ANSWER.split('').join(' ')}`,
    expiresInSeconds: secondsUntil(expiresAt, ctx.now),
  };
}

export function getHumanCheck(ctx: Context): Answer<'getHumanCheck'> {
  return ok(issueHumanCheck(ctx));
}

/** A challenge is good for one answer, right or wrong, so it cannot be brute-forced. */
export function passHumanCheck(ctx: Context, token: string, answer: string): boolean {
  const challenge = ctx.state.humanChecks[token];
  delete ctx.state.humanChecks[token];
  if (!challenge || challenge.expiresAt <= ctx.now) return false;
  return answer.replace(/\s+/g, '').toUpperCase() === HUMAN_CHECK_ANSWER;
}

export function pruneHumanChecks(ctx: Context): void {
  for (const [token, { expiresAt }] of Object.entries(ctx.state.humanChecks)) {
    if (expiresAt <= ctx.now) delete ctx.state.humanChecks[token];
  }
}
