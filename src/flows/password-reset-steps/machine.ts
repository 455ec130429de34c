// The steps of a password reset once it has started (src/behaviour.md#password-reset): one or two
// verifications on the shared verification core (reset methods only; a phone's complete number
// first), then the new password, then done. Loaded after the reset's first screen (password-reset).
// Reload-safe: only the flow id is remembered; a reload picks the reset up where it stands.
import { assign, fromPromise, setup } from 'xstate';
import { describeError, type ErrorInfo, outcomeUnknown, UNEXPECTED } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { apiClient } from '../../api/load-client';
import type { Flow, FlowStep, PasswordPolicy } from '../../api/types';
import { errorOf, outputOf } from '../actor-events';
import * as methodList from '../method-list-parent';
import { checkPolicy } from '../password-reset/password-rules';
import { forgetFlow, rememberedFlowSecret } from '../remembered-flow';
import { verificationMachine, type WaysOut } from '../verification/machine';
import { listMethods } from '../verification/methods';
import { abandonFlow, outcomeGuards, verifiedFlow } from '../verification-parent';

export interface ResetStepsInput {
  /** The reset just started (its first answer)... */
  flow?: Flow;
  /** ...or, after a reload, the one to ask the backend about. */
  resumeFlowId?: string | null;
  username: string;
}

/** Where the person goes when the steps end: done, or back to the first screen (name kept). */
export type ResetStepsOutput = { to: 'done' | 'start'; username: string };

export type NewPasswordProblem = 'required' | 'policy' | 'confirm-required' | 'mismatch';

export type ResetStepsEvent =
  | { type: 'METHOD.SELECT'; methodId: string }
  | { type: 'PASSWORD.CHANGE'; password: string }
  | { type: 'CONFIRM.CHANGE'; password: string }
  | { type: 'PASSWORD.SUBMIT' }
  /** Back to the user name (kept): a timed-out reset, starting again. */
  | { type: 'RESTART' }
  /** Read again where a reset stands, after a reload that could not. */
  | { type: 'RETRY' };

export interface ResetStepsContext extends methodList.Context {
  username: string;
  step: FlowStep | null;
  policy: PasswordPolicy | null;
  newPassword: string;
  confirmPassword: string;
  passwordProblem: NewPasswordProblem | null;
  /** The backend's refusal of the new password (weak, banned, reused), or no answer. */
  passwordError: ErrorInfo | null;
  /** Sent with the new password: the same for a retry of it, so it changes once (its answer may be lost). */
  passwordKey: string;
  next: ResetStepsOutput['to'];
}

const PASSWORD_RESET_WAYS: WaysOut = {
  anotherWay: 'passwordReset.anotherMethod',
  restart: 'passwordReset.startAgain',
  cancelCall: true,
};

/** What the methods and step of a flow answer mean for the list. */
function methodsOf(flow: Flow | undefined): Pick<ResetStepsContext, 'step' | 'methods'> {
  return flow && (flow.stage === 'awaiting-method' || flow.stage === 'verifying')
    ? { step: flow.step, methods: listMethods(flow.methods, Date.now()) }
    : { step: null, methods: [] };
}

function newPasswordProblem(context: ResetStepsContext): NewPasswordProblem | null {
  if (context.newPassword === '') return 'required';
  if (context.policy && !checkPolicy(context.newPassword, context.policy).met) return 'policy';
  if (context.confirmPassword === '') return 'confirm-required';
  return context.confirmPassword === context.newPassword ? null : 'mismatch';
}

export const resetStepsMachine = setup({
  types: {
    input: {} as ResetStepsInput,
    context: {} as ResetStepsContext,
    events: {} as ResetStepsEvent,
    output: {} as ResetStepsOutput,
    children: {} as { verification: 'verification' },
    tags: {} as 'busy',
  },
  actors: {
    verification: verificationMachine,
    // A completed reset tells the name it was started with only to a read with its secret (Done's
    // "Sign in" after a reload); nothing else it reads needs one.
    loadFlow: fromPromise<Flow, { flowId: string }>(async ({ input, signal }) =>
      (await apiClient()).getFlow(input.flowId, rememberedFlowSecret('password-reset'), signal),
    ),
    setPassword: fromPromise<Flow, { flowId: string; password: string; idempotencyKey: string }>(
      async ({ input, signal }) =>
        (await apiClient()).setNewPassword(input.flowId, input.password, input.idempotencyKey, signal),
    ),
  },
  guards: {
    ...outcomeGuards,
    ...methodList.guards,
    resuming: ({ context }) => context.resumeFlowId !== null,
    /**
     * The new password may have been set although no usable answer says so (none, a timeout, one
     * that can't be read), or the reset moved on meanwhile (`flow-stage-mismatch`).
     */
    passwordOutcomeUnknown: ({ event }) => {
      const error = describeError(errorOf(event));
      return error.code === 'flow-stage-mismatch' || outcomeUnknown(error);
    },
    newPasswordReady: ({ context }) => newPasswordProblem(context) === null,
    verifiedAt: ({ context }, { stage }: { stage: Flow['stage'] }) =>
      verifiedFlow(context.outcome)?.stage === stage,
  },
  delays: methodList.delays,
  actions: {
    ...methodList.actions<ResetStepsContext, ResetStepsEvent>(),
    acceptFlow: assign(({ context, event }) => {
      const flow = outputOf<Flow>(event);
      // After a reload the name is known only from the flow.
      const username = ('user' in flow && flow.user?.username) || context.username;
      if (flow.stage === 'password-required')
        return { flowId: flow.flowId, username, policy: flow.passwordPolicy };
      return flow.stage === 'awaiting-method' || flow.stage === 'verifying'
        ? { flowId: flow.flowId, username, ...methodsOf(flow) }
        : { flowId: flow.flowId, username };
    }),
    acceptVerifiedFlow: assign(({ context }) => {
      const flow = verifiedFlow(context.outcome);
      if (flow?.stage === 'password-required') return { policy: flow.passwordPolicy };
      return flow?.stage === 'awaiting-method' ? { ...methodsOf(flow), methodError: null } : {};
    }),
    forgetFlow: () => forgetFlow('password-reset'),
    /** Back to the first screen, the name kept: the flow is abandoned, at the backend too. */
    startOver: assign(({ context }) => {
      abandonFlow('password-reset', context.flowId ?? context.resumeFlowId);
      return { flowId: null, resumeFlowId: null, next: 'start' as const };
    }),
  },
}).createMachine({
  id: 'resetSteps',
  context: ({ input }) => ({
    username: input.username,
    flowId: input.flow?.flowId ?? input.resumeFlowId ?? null,
    resumeFlowId: input.flow ? null : (input.resumeFlowId ?? null),
    resumeVerification: false,
    resumeError: null,
    ...methodsOf(input.flow),
    methodId: null,
    methodError: null,
    policy: null,
    newPassword: '',
    confirmPassword: '',
    passwordProblem: null,
    passwordError: null,
    passwordKey: newIdempotencyKey(),
    outcome: null,
    next: 'done',
  }),
  initial: 'booting',
  states: {
    booting: {
      always: [{ guard: 'resuming', target: 'resuming' }, { target: 'choosingMethod' }],
    },
    /** After a reload: ask the backend where the reset stands, and pick it up there. */
    resuming: methodList.resuming({
      accept: 'acceptFlow',
      answers: [
        {
          guard: { type: 'answered', params: { stage: 'password-required' } },
          target: 'newPassword',
          actions: 'acceptFlow',
        },
        {
          guard: { type: 'answered', params: { stage: 'completed' } },
          target: 'done',
          // the name to sign in with comes back with the completed reset
          actions: 'acceptFlow',
        },
        // Another kind of flow, or one locked: not resumed here.
        { target: 'left', actions: 'startOver' },
      ],
      failed: [
        {
          guard: { type: 'failedWith', params: { code: 'flow-expired' } },
          target: 'expired',
          actions: 'forgetFlow',
        },
        // No answer, one that can't be read, a failing backend: say so; the reset is still there.
        { target: 'resumeFailed', actions: 'recordResumeError' },
      ],
    }),
    /**
     * "We couldn't pick up where you left off": read again, or start again (the remembered reset is
     * dropped and cancelled at the backend).
     */
    resumeFailed: methodList.resumeFailed({ restart: { target: 'left', actions: 'startOver' } }),
    /** "Verify your identity", step 1 or 2: the methods reset allows. */
    choosingMethod: methodList.choosingMethod({
      accept: 'acceptFlow',
      refreshFailed: [
        {
          guard: { type: 'failedWith', params: { code: 'flow-expired' } },
          target: '#resetSteps.expired',
          actions: 'forgetFlow',
        },
      ],
      restart: { target: 'left', actions: 'startOver' },
    }),
    // Every way out of a verification is the child's to carry out (it hangs up a live call first).
    verifying: {
      invoke: {
        id: 'verification',
        src: 'verification',
        input: ({ context }) => ({
          ...(context.resumeVerification
            ? { resumeFlowId: context.flowId! }
            : { send: { kind: 'method' as const, flowId: context.flowId!, methodId: context.methodId! } }),
          methods: context.methods,
          ways: PASSWORD_RESET_WAYS,
          purpose: 'reset' as const,
          ...(context.step ? { step: context.step } : {}),
        }),
        onDone: { target: 'verified', actions: 'recordOutcome' },
        // A lock on the name ends this reset for good: a reload must not bring its methods back,
        // but the first screen, which meets the lock.
        onSnapshot: { guard: ({ event }) => event.snapshot.value === 'denied', actions: 'forgetFlow' },
      },
      exit: assign({ resumeVerification: false }),
    },
    /** A verification is over: the next step, the new password, or where the person asked to go. */
    verified: methodList.verified({
      finished: [
        {
          guard: { type: 'verifiedAt', params: { stage: 'awaiting-method' } },
          target: 'choosingMethod',
          actions: 'acceptVerifiedFlow',
        },
        {
          guard: { type: 'verifiedAt', params: { stage: 'password-required' } },
          target: 'newPassword',
          actions: 'acceptVerifiedFlow',
        },
      ],
      restart: { target: 'left', actions: 'startOver' },
      list: '#resetSteps.choosingMethod.refreshing',
    }),
    /** New password and its confirmation, checked against the policy as the person types. */
    newPassword: {
      initial: 'editing',
      on: { RESTART: { target: 'left', actions: 'startOver' } },
      states: {
        editing: {
          on: {
            'PASSWORD.CHANGE': {
              actions: assign({
                newPassword: ({ event }) => event.password,
                passwordProblem: null,
                passwordError: null,
                // another password is another request
                passwordKey: ({ context, event }) =>
                  event.password === context.newPassword ? context.passwordKey : newIdempotencyKey(),
              }),
            },
            'CONFIRM.CHANGE': {
              actions: assign({
                confirmPassword: ({ event }) => event.password,
                passwordProblem: null,
                passwordError: null,
              }),
            },
            'PASSWORD.SUBMIT': [
              { guard: 'newPasswordReady', target: 'submitting' },
              { actions: assign({ passwordProblem: ({ context }) => newPasswordProblem(context) }) },
            ],
          },
        },
        submitting: {
          tags: ['busy'],
          invoke: {
            id: 'setPassword',
            src: 'setPassword',
            input: ({ context }) => ({
              flowId: context.flowId!,
              password: context.newPassword,
              idempotencyKey: context.passwordKey,
            }),
            onDone: [
              { guard: { type: 'answered', params: { stage: 'completed' } }, target: '#resetSteps.done' },
              { target: 'editing', actions: assign({ passwordError: () => UNEXPECTED }) },
            ],
            onError: [
              {
                guard: { type: 'failedWith', params: { code: 'flow-expired' } },
                target: '#resetSteps.expired',
                actions: 'forgetFlow',
              },
              // Never retried blindly: where the reset stands says whether the password changed.
              {
                guard: 'passwordOutcomeUnknown',
                target: 'settling',
                actions: assign({ passwordError: ({ event }) => describeError(event.error) }),
              },
              // refused (weak, banned, reused), or failed: the typed passwords stay, the reason shows
              {
                target: 'editing',
                actions: assign({
                  passwordError: ({ event }) => describeError(event.error),
                  passwordKey: () => newIdempotencyKey(),
                }),
              },
            ],
          },
        },
        /**
         * The answer to the new password was lost or can't be read, or the reset moved on: read
         * where it stands. Done if the password changed; otherwise the form, as typed, with the
         * reason (a retry sends the same key: if the password did change, it is answered so).
         */
        settling: {
          tags: ['busy'],
          invoke: {
            id: 'loadFlow',
            src: 'loadFlow',
            input: ({ context }) => ({ flowId: context.flowId! }),
            onDone: [
              {
                guard: { type: 'answered', params: { stage: 'completed' } },
                target: '#resetSteps.done',
                actions: assign({ passwordError: null }),
              },
              { target: 'editing' },
            ],
            onError: [
              {
                guard: { type: 'failedWith', params: { code: 'flow-expired' } },
                target: '#resetSteps.expired',
                actions: 'forgetFlow',
              },
              { target: 'editing' },
            ],
          },
        },
      },
    },
    /** "Your reset timed out": start again, the user name kept. */
    expired: {
      on: { RESTART: { target: 'left', actions: 'startOver' } },
    },
    /** Back to the first screen (the name kept). */
    left: { type: 'final' },
    /**
     * "Your password has been reset". The reset stays remembered while this screen shows, so a reload
     * shows it again (with the user name, read back from the flow); leaving it forgets the reset
     * (route.tsx, as the screen closes: a reload does not close it).
     */
    done: { type: 'final' },
  },
  output: ({ context }) => ({ to: context.next, username: context.username }),
});
