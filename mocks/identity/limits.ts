// Sliding-window limits: a key keeps the times of its recent events; the limit lifts when the
// oldest event in the window falls out of it, which is the wait the problem reports.
import { secondsUntil } from './clock';
import type { Context } from './state';

export interface WindowRule {
  max: number;
  /** Window length in ms. */
  window: number;
}

export type WindowVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A user name as the limits on names count it: the name as typed, case and surrounding spaces
 * aside, whether or not anyone has it, so a limit can be applied before the directory is read.
 */
export const userNameKey = (username: string): string => username.trim().toLowerCase();

/** Keys name the subject ("user:{id}", "number:{e164}"), so a limit follows a person or a number. */
export const limitKey = {
  texts: (subject: string) => `texts:${subject}`,
  calls: (subject: string) => `calls:${subject}`,
  /** Wrong codes for texts to a number, across flows (numbers.ts). */
  wrongCodes: (subject: string) => `wrong-codes:${subject}`,
  failedResetChecks: (username: string) => `failed-reset-checks:${userNameKey(username)}`,
  /** One client per simulated service (a browser tab, a test): challenges it was handed. */
  humanChecksIssued: () => 'human-checks-issued',
};

function recent(ctx: Context, key: string, rule: WindowRule): number[] {
  return (ctx.state.events[key] ?? []).filter((at) => at > ctx.now - rule.window);
}

export function checkWindow(ctx: Context, key: string, rule: WindowRule): WindowVerdict {
  const events = recent(ctx, key, rule);
  if (events.length < rule.max) return { allowed: true };
  const oldestThatCounts = events[events.length - rule.max] ?? ctx.now;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, secondsUntil(oldestThatCounts + rule.window, ctx.now)),
  };
}

/** The longest wait among the subjects over `rule`, or null when every one is under it. */
export function overLimit(ctx: Context, keys: readonly string[], rule: WindowRule): number | null {
  let wait: number | null = null;
  for (const key of keys) {
    const verdict = checkWindow(ctx, key, rule);
    if (!verdict.allowed) wait = Math.max(wait ?? 0, verdict.retryAfterSeconds);
  }
  return wait;
}

export function recordEvent(ctx: Context, key: string, at = ctx.now): void {
  const events = ctx.state.events[key] ?? [];
  events.push(at);
  ctx.state.events[key] = events;
}

export function countInWindow(ctx: Context, key: string, rule: WindowRule): number {
  return recent(ctx, key, rule).length;
}

/** Forget events no rule can see any more (the longest window is a day). */
export function pruneEvents(ctx: Context, longestWindow: number): void {
  for (const [key, events] of Object.entries(ctx.state.events)) {
    const kept = events.filter((at) => at > ctx.now - longestWindow);
    if (kept.length) ctx.state.events[key] = kept;
    else delete ctx.state.events[key];
  }
}
