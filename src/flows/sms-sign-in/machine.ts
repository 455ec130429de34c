// SMS sign-in (SPEC flow 1): phone number → the shared verification → signed in.
// Reload-safe: only the flow id is remembered; a reload resumes the code screen without a new text.
import { assign, setup } from 'xstate';
import * as api from '../../api/client';
import { describeError, type ErrorInfo } from '../../api/errors';
import type { Session } from '../../api/types';
import { type PhoneProblem, phoneProblem } from '../../phone/validate';
import { sessionToken } from '../../session/token';
import { flowMemory } from '../flow-memory';
import { type VerificationOutput, verificationMachine } from '../verification/machine';

export interface SmsSignInInput {
  /** A flow id remembered from before a reload. */
  resumeFlowId?: string | null;
  /** The tenant's default country (ISO 3166 alpha-2), pre-selected. */
  defaultCountry?: string;
}

export interface SignedIn {
  token: string;
  session: Session;
}

type SmsSignInEvent =
  | { type: 'PHONE.CHANGE'; phone: string; country?: string }
  | { type: 'PHONE.SUBMIT' }
  /** "Use a different number", "Start again", or leaving for another way to sign in. */
  | { type: 'RESTART' };

const signedInFrom = (output: VerificationOutput): SignedIn | null =>
  output.outcome === 'verified' &&
  output.flow.stage === 'completed' &&
  output.flow.sessionToken &&
  output.flow.session
    ? { token: output.flow.sessionToken, session: output.flow.session }
    : null;

export const smsSignInMachine = setup({
  types: {
    input: {} as SmsSignInInput,
    context: {} as {
      phone: string;
      /** The country chosen; unset when the person types an international number. */
      country: string | undefined;
      phoneProblem: PhoneProblem | null;
      /** The backend refused the number itself (it rechecks what the field checked). */
      backendError: ErrorInfo | null;
      resumeFlowId: string | null;
      signedIn: SignedIn | null;
    },
    events: {} as SmsSignInEvent,
    output: {} as SignedIn,
    children: {} as { verification: 'verification' },
  },
  actors: { verification: verificationMachine },
  guards: {
    resuming: ({ context }) => context.resumeFlowId !== null,
    phoneValid: ({ context }) => phoneProblem(context.phone) === null,
    signedIn: (_, { output }: { output: VerificationOutput }) => signedInFrom(output) !== null,
    rejected: (_, { output }: { output: VerificationOutput }) => output.outcome === 'rejected',
  },
  actions: {
    keepSession: (_, { signedIn }: { signedIn: SignedIn }) => sessionToken.set(signedIn.token),
    forgetFlow: () => flowMemory.forget('sms-sign-in'),
    /** Tell the backend the flow is over (best effort) and forget it here. */
    abandonFlow: () => {
      const flowId = flowMemory.recall('sms-sign-in');
      flowMemory.forget('sms-sign-in');
      if (flowId) api.cancelFlow(flowId).catch(() => undefined);
    },
  },
}).createMachine({
  id: 'smsSignIn',
  context: ({ input }) => ({
    phone: '',
    country: input.defaultCountry,
    phoneProblem: null,
    backendError: null,
    resumeFlowId: input.resumeFlowId ?? null,
    signedIn: null,
  }),
  initial: 'booting',
  states: {
    booting: {
      always: [{ guard: 'resuming', target: 'verifying' }, { target: 'enteringPhone' }],
    },
    enteringPhone: {
      on: {
        'PHONE.CHANGE': {
          actions: assign({
            phone: ({ event }) => event.phone,
            country: ({ event }) => event.country,
            phoneProblem: null,
            backendError: null,
          }),
        },
        'PHONE.SUBMIT': [
          { guard: 'phoneValid', target: 'verifying' },
          { actions: assign({ phoneProblem: ({ context }) => phoneProblem(context.phone) }) },
        ],
      },
    },
    verifying: {
      invoke: {
        id: 'verification',
        src: 'verification',
        input: ({ context }) =>
          context.resumeFlowId
            ? { resumeFlowId: context.resumeFlowId, remember: 'sms-sign-in' as const }
            : {
                send: { kind: 'sms-sign-in' as const, phoneNumber: context.phone },
                remember: 'sms-sign-in' as const,
              },
        onDone: [
          {
            guard: { type: 'signedIn', params: ({ event }) => ({ output: event.output }) },
            target: 'signedIn',
            actions: [
              assign({ signedIn: ({ event }) => signedInFrom(event.output) }),
              { type: 'keepSession', params: ({ event }) => ({ signedIn: signedInFrom(event.output)! }) },
              'forgetFlow',
            ],
          },
          {
            guard: { type: 'rejected', params: ({ event }) => ({ output: event.output }) },
            target: 'enteringPhone',
            actions: [
              assign({
                backendError: ({ event }) =>
                  event.output.outcome === 'rejected' ? event.output.error : null,
              }),
              'forgetFlow',
            ],
          },
          {
            // verified, yet no session: not an answer this flow can use
            target: 'enteringPhone',
            actions: [assign({ backendError: () => describeError(null) }), 'forgetFlow'],
          },
        ],
      },
      on: { RESTART: { target: 'enteringPhone', actions: 'abandonFlow' } },
      exit: assign({ resumeFlowId: null }),
    },
    signedIn: { type: 'final' },
  },
  output: ({ context }) => context.signedIn!,
});
