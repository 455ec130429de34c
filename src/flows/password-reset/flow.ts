// The statechart and XState itself: the first screen runs without them (../lazy-flow.ts), and they
// download while the person types, or when the browser is idle after that screen.
import { type Actor, createActor } from 'xstate';
import { type ResetStartInput, resetStartMachine } from './machine';

export type ResetStartActor = Actor<typeof resetStartMachine>;

export function startResetStart(input: ResetStartInput): ResetStartActor {
  return createActor(resetStartMachine, { input }).start();
}
