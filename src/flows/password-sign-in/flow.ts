// The statechart and XState itself: the first screen runs without them (../lazy-flow.ts), and they download
// while the person types, or when the browser is idle after that screen.
import { type Actor, createActor } from 'xstate';
import { type PasswordSignInInput, passwordSignInMachine } from './machine';

export type PasswordSignInActor = Actor<typeof passwordSignInMachine>;

export function startPasswordSignIn(input: PasswordSignInInput): PasswordSignInActor {
  return createActor(passwordSignInMachine, { input }).start();
}
