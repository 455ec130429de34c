// The statechart and XState itself: the first screen (the wait while the methods are read) runs without
// them (../lazy-flow.ts); they download at once behind it.
import { type Actor, createActor } from 'xstate';
import { type SecurityInfoInput, securityInfoMachine } from './machine';

export function startSecurityInfo(input: SecurityInfoInput): Actor<typeof securityInfoMachine> {
  return createActor(securityInfoMachine, { input }).start();
}
