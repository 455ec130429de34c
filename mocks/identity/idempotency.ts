// Idempotency-Key: a repeated key replays the first answer for 24 hours without sending again (a
// double click sends one text); the same key on a different request is refused.
import { digest53 } from './digest';
import { LIMITS } from './policy';
import { fieldError, invalidRequest, type ProblemAnswer, problem } from './problems';
import type { Context } from './state';

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export const usableKey = (key: string | null): key is string => key !== null && KEY_PATTERN.test(key);

export const missingIdempotencyKey = () => invalidRequest([fieldError('Idempotency-Key')]);

/**
 * Runs `action` once per key. Only successes are remembered: a refusal sent nothing, so retrying
 * it with the same key (the client's retry of the same action) must be judged afresh, not be
 * answered with a stale wait.
 */
export function once<A extends { status: number }>(
  ctx: Context,
  key: string,
  request: readonly unknown[],
  action: () => A,
): A | ProblemAnswer<422> {
  const fingerprint = digest53(JSON.stringify(request));
  const earlier = ctx.state.idempotency[key];
  if (earlier && earlier.at > ctx.now - LIMITS.idempotencyRetention) {
    // The stored answer is the one `action` gave for this very request (same fingerprint).
    return earlier.fingerprint === fingerprint ? (earlier.answer as A) : problem('idempotency-key-reused');
  }
  const answer = action();
  if (answer.status < 300) ctx.state.idempotency[key] = { fingerprint, at: ctx.now, answer };
  return answer;
}

export function pruneIdempotency(ctx: Context): void {
  for (const [key, record] of Object.entries(ctx.state.idempotency)) {
    if (record.at <= ctx.now - LIMITS.idempotencyRetention) delete ctx.state.idempotency[key];
  }
}
