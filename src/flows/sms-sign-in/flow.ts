// The statechart and XState itself: the first screen runs without them (../lazy-flow.ts), and they
// download while the person types, or when the browser is idle after that screen.
import { type Actor, createActor } from 'xstate';
import { type SmsSignInInput, smsSignInMachine } from './machine';

export type SmsSignInActor = Actor<typeof smsSignInMachine>;

export function startSmsSignIn(input: SmsSignInInput): SmsSignInActor {
  return createActor(smsSignInMachine, { input }).start();
}
