// The reset form's human check: an ALTCHA proof of work (https://altcha.org). The browser searches
// for the number hidden in a signed challenge; the signature lets the service trust a solution it
// never stored. Web Crypto is asynchronous, so the service does the hashing outside its
// transactions (challengeToIssue → issueHumanCheck, verifyHumanCheck → spendHumanCheck) and keeps
// every decision about time and reuse inside them, on its own clock.
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { HumanCheck } from '../../src/api/types';
import { type Answer, ok } from './answers';
import { SECOND } from './clock';
import { checkWindow, limitKey, recordEvent } from './limits';
import { LIMITS } from './policy';
import { type ProblemAnswer, type StatusOf, throttled } from './problems';
import { type RandomSource, randomId } from './random';
import { checkBody, SHAPES } from './requests';
import type { Context } from './state';

const ALGORITHM = 'SHA-256';

/** A new HMAC key: the state keeps it, so a service resumed from storage still trusts its challenges. */
export const newHumanCheckKey = (random: RandomSource): string => randomId(random, 43);

/** A uniform integer in [0, max], drawn from the service's randomness (so seeded tests replay). */
function randomUpTo(random: RandomSource, max: number): number {
  const bytes = new Uint8Array(4);
  const range = max + 1;
  // Redraw the top sliver of 2^32 that would make small numbers likelier than large ones.
  const limit = 2 ** 32 - (2 ** 32 % range);
  for (;;) {
    random.fill(bytes);
    const value = new DataView(bytes.buffer).getUint32(0);
    if (value < limit) return value % range;
  }
}

type IssueOptions = Parameters<typeof createChallenge>[0] & { maxnumber: number };

/**
 * What the next challenge is made of: the key, the secret number, and an expiry from the service's
 * clock (altcha-lib would read the host's), written into the salt where the signature covers it.
 */
export function challengeToIssue(
  ctx: Context,
  maxnumber: number,
): IssueOptions | ProblemAnswer<StatusOf<'too-many-requests'>> {
  const issued = limitKey.humanChecksIssued();
  const verdict = checkWindow(ctx, issued, LIMITS.humanChecksIssued);
  if (!verdict.allowed) return throttled('too-many-requests', verdict.retryAfterSeconds);
  recordEvent(ctx, issued);
  return {
    algorithm: ALGORITHM,
    hmacKey: ctx.state.humanCheckKey,
    maxnumber,
    number: randomUpTo(ctx.random, maxnumber),
    salt: randomId(ctx.random, 16),
    expires: new Date(ctx.now + LIMITS.humanCheckLifetime),
  };
}

export async function issueHumanCheck(
  options: IssueOptions | ProblemAnswer<StatusOf<'too-many-requests'>>,
): Promise<Answer<'getHumanCheck'>> {
  if ('status' in options) return options;
  const { challenge, salt, signature } = await createChallenge(options);
  const check: HumanCheck = {
    algorithm: ALGORITHM,
    challenge,
    maxnumber: options.maxnumber,
    salt,
    signature,
  };
  return ok(check);
}

/** A solution to a challenge this service signed: not yet judged for expiry or reuse. */
export interface SolvedChallenge {
  challenge: string;
  expiresAt: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ALTCHA payload inside a request body, if it has the payload's shape at all. A body the reset
 * will refuse for its shape anyway is not decoded (nor hashed): it could be of any size.
 */
function payloadOf(body: unknown) {
  if (checkBody(body, SHAPES.passwordReset).length || !isRecord(body)) return null;
  if (typeof body.humanCheck !== 'string') return null;
  try {
    const payload: unknown = JSON.parse(atob(body.humanCheck));
    if (
      isRecord(payload) &&
      payload.algorithm === ALGORITHM &&
      typeof payload.challenge === 'string' &&
      typeof payload.salt === 'string' &&
      typeof payload.signature === 'string' &&
      Number.isSafeInteger(payload.number) &&
      (payload.number as number) >= 0
    ) {
      return {
        algorithm: ALGORITHM,
        challenge: payload.challenge,
        number: payload.number as number,
        salt: payload.salt,
        signature: payload.signature,
      } as const;
    }
  } catch {
    // Not base64, or not JSON: no solution, the same as a wrong one.
  }
  return null;
}

/**
 * The hashing half of the check, outside any transaction: the number solves the challenge, and the
 * challenge (salt and expiry included) carries this service's signature. Anything else is null.
 */
export async function verifyHumanCheck(body: unknown, hmacKey: string): Promise<SolvedChallenge | null> {
  const payload = payloadOf(body);
  if (!payload) return null;
  // The expiry is judged by the service's clock in spendHumanCheck, not by the host's here.
  if (!(await verifySolution(payload, hmacKey, false).catch(() => false))) return null;
  const expires = Number(extractParams(payload).expires);
  return Number.isFinite(expires) ? { challenge: payload.challenge, expiresAt: expires * SECOND } : null;
}

/** A verified solution counts once, and only before it expires; spent ones are kept until then. */
export function spendHumanCheck(ctx: Context, solved: SolvedChallenge | null): boolean {
  if (!solved || solved.expiresAt <= ctx.now) return false;
  if (ctx.state.spentHumanChecks[solved.challenge] !== undefined) return false;
  ctx.state.spentHumanChecks[solved.challenge] = solved.expiresAt;
  return true;
}

export function pruneHumanChecks(ctx: Context): void {
  for (const [challenge, expiresAt] of Object.entries(ctx.state.spentHumanChecks)) {
    if (expiresAt <= ctx.now) delete ctx.state.spentHumanChecks[challenge];
  }
}
