// Holds the state, runs every operation as one transaction at one instant, and persists the result
// so that a service created later from the same storage carries on (flows, sessions, limits,
// messages and calls alike).
import type { Clock } from './clock';
import { type Persona, recentActivity, userFromPersona } from './directory';
import { pruneFlows } from './flows';
import { newHumanCheckKey, pruneHumanChecks } from './human-check';
import { pruneIdempotency } from './idempotency';
import { limitKey, pruneEvents, userNameKey } from './limits';
import { prunePasswordLockouts } from './lockout';
import { type NumberProfile, pruneNumberBlocks, seedNumbers } from './numbers';
import { pruneResetLocks } from './password-reset';
import { LIMITS } from './policy';
import type { RandomSource } from './random';
import { pruneSessions } from './sessions';
import { type Context, type IdentityState, STATE_VERSION } from './state';

/** Where the state lives between service instances (the browser demo uses sessionStorage). */
export interface StateStorage {
  load(): string | null;
  save(json: string): void;
}

function seedState(
  personas: readonly Persona[],
  numberProfiles: readonly NumberProfile[],
  now: number,
  random: RandomSource,
): IdentityState {
  const { numbers, numberBlocks, events } = seedNumbers(numberProfiles, now);
  const resetLocks: IdentityState['resetLocks'] = {};
  for (const persona of personas) {
    const { texts, calls } = recentActivity(persona, now);
    if (texts.length) events[limitKey.texts(`user:${persona.id}`)] = texts;
    if (calls.length) events[limitKey.calls(`user:${persona.id}`)] = calls;
    if (persona.resetLocked) {
      resetLocks[userNameKey(persona.username)] = {
        until: now + LIMITS.resetLockout,
        reference: persona.resetLocked.reference,
      };
    }
  }
  return {
    version: STATE_VERSION,
    users: personas.map(userFromPersona),
    flows: {},
    sessions: {},
    humanCheckKey: newHumanCheckKey(random),
    spentHumanChecks: {},
    events,
    numbers,
    numberBlocks,
    passwordLockouts: {},
    resetLocks,
    idempotency: {},
    handset: { messages: [], calls: [] },
  };
}

function restore(storage: StateStorage | undefined): IdentityState | null {
  const json = storage?.load();
  if (!json) return null;
  try {
    // "null" is what reset() leaves: no database yet.
    const state = JSON.parse(json) as IdentityState | null;
    return state?.version === STATE_VERSION ? state : null;
  } catch {
    // A corrupt or foreign value is no database to resume: start from the personas again.
    return null;
  }
}

export interface Store {
  /**
   * Runs `operation` at the clock's current instant; saves and notifies if anything changed.
   * `language` is the request's Accept-Language (the texts' words).
   */
  transact<T>(operation: (ctx: Context) => T, language?: string | null): T;
  /** Back to the personas' first state (tests, and "reset demo"). */
  reset(): void;
  /** Called when what the demo phone shows may have changed. */
  subscribe(listener: () => void): () => void;
}

export interface StoreOptions {
  clock: Clock;
  random: RandomSource;
  personas: readonly Persona[];
  /** The messaging provider's table and the numbers' own history (mocks/personas.ts#demoNumbers). */
  numbers: readonly NumberProfile[];
  storage?: StateStorage;
  /** The sign-in page's host name (Context.host). */
  host: string;
}

export function createStore({ clock, random, personas, numbers, storage, host }: StoreOptions): Store {
  // Seeded on first use rather than at creation: the personas' recent texts and calls are placed
  // relative to the time of the first request, so a test that sets the clock first still finds
  // "limit reached" minutes, not months, away.
  let state = restore(storage);
  let saved = storage?.load() ?? '';
  const listeners = new Set<() => void>();

  const persist = () => {
    const json = JSON.stringify(state);
    if (json !== saved) storage?.save(json);
    saved = json;
  };
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  return {
    transact(operation, language) {
      const now = clock.now();
      state ??= seedState(personas, numbers, now, random);
      const ctx: Context = { state, now, random, host, language };
      const handsetBefore = JSON.stringify(state.handset);
      pruneFlows(ctx);
      pruneSessions(ctx);
      pruneHumanChecks(ctx);
      pruneIdempotency(ctx);
      pruneResetLocks(ctx);
      pruneNumberBlocks(ctx);
      prunePasswordLockouts(ctx);
      pruneEvents(ctx, Math.max(LIMITS.failedResetChecks.window, LIMITS.idempotencyRetention));
      const result = operation(ctx);
      persist();
      if (JSON.stringify(state.handset) !== handsetBefore) notify();
      return result;
    },
    reset() {
      state = null;
      persist();
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
