/**
 * The only source of time in the identity service. Nothing in the service sets a timer: every
 * time-driven change (a call ringing out, a code expiring, a limit sliding) is worked out from
 * `now()` when state is read, so tests move time by moving this clock.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Reads the host's clock on every call, so Vitest's fake timers (`vi.setSystemTime`) drive it. */
export const systemClock: Clock = { now: () => Date.now() };

export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(epochMs: number): void;
}

/** A clock that moves only when told to (unit tests). */
export function createManualClock(startEpochMs: number): ManualClock {
  let current = startEpochMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (epochMs) => {
      current = epochMs;
    },
  };
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Whole seconds from `now` until `at`, never negative; rounded up so a client never retries early. */
export function secondsUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / SECOND));
}
