// SMS sign-in (src/behaviour.md#sms-sign-in): phone number → the shared verification → signed in.
// Reload-safe: only the flow id (and its secret) is remembered; a reload resumes the code screen
// without a new text, or, if the code had signed in but its answer was lost, gets the session.
import { assign, setup } from 'xstate';
import { describeError, type ErrorInfo } from '../../api/errors';
import { type PhoneProblem, phoneProblem } from '../../phone/validate';
import { errorOf, outputOf, snapshotOf } from '../actor-events';
import { verificationActors, verifyingState } from '../parent-states';
import { forgetFlow, rememberFlow } from '../remembered-flow';
import type { VerificationOutput, WaysOut } from '../verification/machine';
import {
  abandonFlow,
  childFlowId,
  childFlowSecret,
  keepSession,
  outcomeGuards,
  signedInFrom,
  unusableVerified,
  verifiedFlow,
} from '../verification-parent';

export interface SmsSignInInput {
  /** A flow id remembered from before a reload, and its secret. */
  resumeFlowId?: string | null;
  resumeFlowSecret?: string | null;
  /** The tenant's default country (ISO 3166 alpha-2), pre-selected. */
  defaultCountry?: string;
  /** What was typed on the first screen before the statechart had downloaded (../lazy-flow.ts). */
  typed?: { phone: string; country: string | undefined };
}

/** Where the person goes once this flow is over. */
export type SmsSignInOutput = { to: 'signed-in' } | { to: 'password-sign-in' };

export type SmsSignInEvent =
  | { type: 'PHONE.CHANGE'; phone: string; country?: string }
  | { type: 'PHONE.SUBMIT' };

export interface SmsSignInContext {
  phone: string;
  /** The country chosen; unset when the person types an international number. */
  country: string | undefined;
  phoneProblem: PhoneProblem | null;
  /** What the backend said when the flow could not go on (a refused number, a broken flow). */
  backendError: ErrorInfo | null;
  resumeFlowId: string | null;
  flowId: string | null;
  /** The flow's secret (its creation's answer gave it): a read with it can recover the session. */
  flowSecret: string | null;
  outcome: VerificationOutput | null;
  next: SmsSignInOutput | null;
}

const SMS_SIGN_IN_WAYS: WaysOut = {
  anotherWay: 'smsSignIn.anotherWay',
  restart: 'smsSignIn.useDifferentNumber',
};

export const smsSignInMachine = setup({
  types: {
    input: {} as SmsSignInInput,
    context: {} as SmsSignInContext,
    events: {} as SmsSignInEvent,
    output: {} as SmsSignInOutput,
    children: {} as { verification: 'verification'; loadVerification: 'loadVerification' },
  },
  // The statechart downloads right after the first screen (or when the number is sent, at the latest).
  actors: verificationActors,
  guards: {
    ...outcomeGuards,
    resuming: ({ context }) => context.resumeFlowId !== null,
    phoneValid: ({ context }) => phoneProblem(context.phone) === null,
    newFlow: ({ context, event }) => {
      const flowId = childFlowId(snapshotOf(event));
      return flowId !== null && flowId !== context.flowId;
    },
  },
  actions: {
    rememberChildFlow: assign(({ event }) => {
      const snapshot = snapshotOf<{ context?: never }>(event);
      const flowId = childFlowId(snapshot)!;
      const flowSecret = childFlowSecret(snapshot);
      rememberFlow('sms-sign-in', flowId, flowSecret);
      return { flowId, flowSecret };
    }),
    recordOutcome: assign(({ event }) => ({ outcome: outputOf<VerificationOutput>(event) })),
    keepSession: ({ context }) => keepSession(signedInFrom(verifiedFlow(context.outcome))!),
    forgetFlow: () => forgetFlow('sms-sign-in'),
    abandonFlow: assign(({ context }) => {
      abandonFlow('sms-sign-in', context.flowId ?? context.resumeFlowId);
      return { flowId: null, resumeFlowId: null, flowSecret: null };
    }),
    /** The screens' code did not download. */
    explainLoadFailure: assign({ backendError: ({ event }) => describeError(errorOf(event)) }),
    explainRejection: assign(({ context }) => ({
      backendError:
        context.outcome?.outcome === 'rejected'
          ? context.outcome.failure.error
          : unusableVerified(context.outcome),
    })),
  },
}).createMachine({
  id: 'smsSignIn',
  context: ({ input }) => ({
    phone: input.typed?.phone ?? '',
    country: input.typed ? input.typed.country : input.defaultCountry,
    phoneProblem: null,
    backendError: null,
    resumeFlowId: input.resumeFlowId ?? null,
    flowId: input.resumeFlowId ?? null,
    flowSecret: input.resumeFlowId ? (input.resumeFlowSecret ?? null) : null,
    outcome: null,
    next: null,
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
          { guard: 'phoneValid', target: 'verifying', actions: assign({ backendError: null }) },
          { actions: assign({ phoneProblem: ({ context }) => phoneProblem(context.phone) }) },
        ],
      },
    },
    verifying: verifyingState({
      // the screens' code did not download: the number stays, the reason shows
      failed: { target: '#smsSignIn.enteringPhone', actions: 'explainLoadFailure' },
      input: ({ context }: { context: SmsSignInContext }) =>
        context.resumeFlowId
          ? {
              resumeFlowId: context.resumeFlowId,
              flowSecret: context.flowSecret,
              ways: SMS_SIGN_IN_WAYS,
            }
          : {
              send: { kind: 'sms-sign-in' as const, phoneNumber: context.phone },
              ways: SMS_SIGN_IN_WAYS,
            },
      snapshot: { guard: 'newFlow', actions: 'rememberChildFlow' },
      done: { target: '#smsSignIn.verified', actions: 'recordOutcome' },
    }),
    /** The verification is over: signed in, or back to the number, or off to another way in. */
    verified: {
      always: [
        {
          guard: 'signedIn',
          target: 'done',
          actions: ['keepSession', 'forgetFlow', assign({ next: { to: 'signed-in' } })],
        },
        {
          guard: { type: 'leftBy', params: { way: 'restart' } },
          target: 'enteringPhone',
          actions: 'abandonFlow',
        },
        {
          guard: { type: 'leftBy', params: { way: 'anotherWay' } },
          target: 'done',
          actions: ['abandonFlow', assign({ next: { to: 'password-sign-in' } })],
        },
        // refused (the number itself, or a remembered flow that can no longer be read), or verified
        // without a session: nothing this flow can continue from
        { target: 'enteringPhone', actions: ['explainRejection', 'abandonFlow'] },
      ],
    },
    done: { type: 'final' },
  },
  output: ({ context }) => context.next!,
});
