// The statechart and XState itself: the first screen runs without them (../lazy-flow.ts), and they
// download while the person types, or when the browser is idle after that screen (at once when a
// reset is picked up after a reload).
import { type Actor, createActor } from 'xstate';
import { type PasswordResetInput, passwordResetMachine } from './machine';

export type PasswordResetActor = Actor<typeof passwordResetMachine>;

export function startPasswordReset(input: PasswordResetInput): PasswordResetActor {
  return createActor(passwordResetMachine, { input }).start();
}
