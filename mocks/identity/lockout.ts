// Smart lockout of password sign-in, with Entra's defaults (LIMITS.passwordLockout): per user name
// as typed, whether or not anyone has it, so a lock says nothing about who exists.
import { secondsUntil } from './clock';
import { userNameKey } from './limits';
import { LIMITS } from './policy';
import { type ProblemAnswer, throttled } from './problems';
import type { Context } from './state';

const RULE = LIMITS.passwordLockout;

/** The lock on this name, answered before the password is looked at (even the right one). */
export function passwordLocked(ctx: Context, username: string): ProblemAnswer<429> | null {
  const record = ctx.state.passwordLockouts[userNameKey(username)];
  if (!record || record.lockedUntil <= ctx.now) return null;
  return throttled('too-many-requests', secondsUntil(record.lockedUntil, ctx.now));
}

/**
 * A wrong user name or password. The 10th failure locks the name for a minute; once it has been
 * locked, every further failure locks it again, each time for `growth` times longer (at most
 * `longestLockout`). The failure that locks is answered like any other: the lock shows next time.
 */
export function failedPassword(ctx: Context, username: string): void {
  const key = userNameKey(username);
  const record = ctx.state.passwordLockouts[key] ?? {
    failures: 0,
    lockouts: 0,
    lockedUntil: 0,
    lastFailureAt: ctx.now,
  };
  record.failures++;
  record.lastFailureAt = ctx.now;
  if (record.lockouts > 0 || record.failures >= RULE.threshold) {
    const duration = Math.min(RULE.firstLockout * RULE.growth ** record.lockouts, RULE.longestLockout);
    record.lockouts++;
    record.lockedUntil = ctx.now + duration;
  }
  ctx.state.passwordLockouts[key] = record;
}

/** The right password, while not locked: the name's failures are forgotten. */
export function passwordAccepted(ctx: Context, username: string): void {
  delete ctx.state.passwordLockouts[userNameKey(username)];
}

/** A name without a failure for a day (and not locked) starts afresh. */
export function prunePasswordLockouts(ctx: Context): void {
  for (const [key, record] of Object.entries(ctx.state.passwordLockouts)) {
    if (record.lockedUntil <= ctx.now && record.lastFailureAt <= ctx.now - RULE.forgetAfter) {
      delete ctx.state.passwordLockouts[key];
    }
  }
}
