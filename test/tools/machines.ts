// Every statechart of the app that gets a picture (npm run diagrams): one line per machine, the
// source file it is defined in; the picture is the Markdown file of the same name beside it.
import type { AnyStateMachine } from 'xstate';
import { passwordResetMachine } from '../../src/flows/password-reset/machine';
import { resetStartMachine } from '../../src/flows/password-reset-start/machine';
import { resetStepsMachine } from '../../src/flows/password-reset-steps/machine';
import { passwordSignInMachine } from '../../src/flows/password-sign-in/machine';
import { securityInfoMachine } from '../../src/flows/security-info/machine';
import { signedInMachine } from '../../src/flows/signed-in/machine';
import { smsSignInMachine } from '../../src/flows/sms-sign-in/machine';
import { verificationMachine } from '../../src/flows/verification/machine';

export interface RegisteredMachine {
  machine: AnyStateMachine;
  /** Where the machine is defined, from the repository root. */
  source: string;
}

export const machines: RegisteredMachine[] = [
  { machine: verificationMachine, source: 'src/flows/verification/machine.ts' },
  { machine: smsSignInMachine, source: 'src/flows/sms-sign-in/machine.ts' },
  { machine: passwordSignInMachine, source: 'src/flows/password-sign-in/machine.ts' },
  { machine: passwordResetMachine, source: 'src/flows/password-reset/machine.ts' },
  { machine: resetStartMachine, source: 'src/flows/password-reset-start/machine.ts' },
  { machine: resetStepsMachine, source: 'src/flows/password-reset-steps/machine.ts' },
  { machine: signedInMachine, source: 'src/flows/signed-in/machine.ts' },
  { machine: securityInfoMachine, source: 'src/flows/security-info/machine.ts' },
];
