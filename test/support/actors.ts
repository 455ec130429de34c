import { vi } from 'vitest';
import { createMachine, fromPromise, SimulatedClock } from 'xstate';
import type { loadVerificationMachine } from '../../src/flows/verification/lazy-machine';

/** A fromPromise stub whose calls the test settles by hand. */
export function controlled<TOutput, TInput>() {
  const calls: Array<{
    input: TInput;
    signal: AbortSignal;
    resolve: (value: TOutput) => void;
    reject: (error: unknown) => void;
  }> = [];
  const logic = fromPromise<TOutput, TInput>(
    ({ input, signal }) =>
      new Promise<TOutput>((resolve, reject) => calls.push({ input, signal, resolve, reject })),
  );
  const last = () => {
    const call = calls.at(-1);
    if (!call) throw new Error('the actor has not been called');
    return call;
  };
  return { logic, calls, last };
}

/** Lets settled promises reach the actor (promise actors settle asynchronously). */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);

/**
 * XState timers run on the SimulatedClock; machines read wall time through Date.now() for their
 * deadlines, so Date.now follows the same clock.
 */
export function simulatedTime(start = T0) {
  const clock = new SimulatedClock();
  clock.set(start);
  const spy = vi.spyOn(Date, 'now').mockImplementation(() => clock.now());
  return { clock, restore: () => spy.mockRestore() };
}

/**
 * Stands in for loadVerificationMachine (src/flows/verification/lazy-machine.ts) where the test gives
 * the parent the statechart itself: already downloaded, so the verification starts at once.
 */
export const downloaded = createMachine({
  id: 'downloaded',
  initial: 'done',
  states: { done: { type: 'final' } },
  // it finishes as the download does, only at once: provided in its place
}) as unknown as typeof loadVerificationMachine;
