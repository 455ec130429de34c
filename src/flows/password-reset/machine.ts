// Self-service password reset (src/behaviour.md#password-reset): user name and an automatic human
// check → one or two verifications on the shared verification core (reset methods only; a phone's
// complete number first) → a new password → done. Reload-safe: only the flow id is remembered.
import { assign, fromPromise, not, raise, setup, stateIn } from 'xstate';
import { describeError, type ErrorInfo } from '../../api/errors';
import { apiClient } from '../../api/load-client';
import type { Flow, FlowStep, HumanCheck, PasswordPolicy } from '../../api/types';
import { type VerificationOutput, verificationMachine, type WaysOut } from '../verification/machine';
import { type ListedMethod, listMethods } from '../verification/methods';
import {
  abandonFlow,
  forgetFlow,
  leftBy,
  outcomeGuards,
  rememberFlow,
  verifiedFlow,
} from '../verification-parent';
import { solveHumanCheck } from './human-check';
import { checkPolicy } from './password-rules';

export interface PasswordResetInput {
  resumeFlowId?: string | null;
  /** The user name typed on the sign-in page, if any (carried in the router's state, not the URL). */
  username?: string;
}

/** The contract's limit on the user name. */
const USERNAME_MAX_LENGTH = 256;

export type UsernameProblem = 'required' | 'too-long';
export type NewPasswordProblem = 'required' | 'policy' | 'confirm-required' | 'mismatch';

export type PasswordResetEvent =
  | { type: 'USERNAME.CHANGE'; username: string }
  | { type: 'IDENTIFY.SUBMIT' }
  | { type: 'METHOD.SELECT'; methodId: string }
  | { type: 'PASSWORD.CHANGE'; password: string }
  | { type: 'CONFIRM.CHANGE'; password: string }
  | { type: 'PASSWORD.SUBMIT' }
  /** Back to the user name (kept): another name, a timed-out reset, the way out of a verification. */
  | { type: 'RESTART' }
  /** The human check was spent (by a request, answered or not): fetch and solve a fresh one. */
  | { type: 'CHECK.RENEW' };

export interface PasswordResetContext {
  username: string;
  usernameProblem: UsernameProblem | null;
  /** The solved human check (an ALTCHA payload), good for one request. */
  humanCheck: string | null;
  /** What stopped the start of the reset (said above the form). */
  identifyError: ErrorInfo | null;
  /** The one answer for names that cannot reset here, or the lock: the dead end's words. */
  deadEnd: ErrorInfo | null;
  flowId: string | null;
  resumeFlowId: string | null;
  resumeVerification: boolean;
  step: FlowStep | null;
  methods: ListedMethod[];
  methodId: string | null;
  methodError: ErrorInfo | null;
  policy: PasswordPolicy | null;
  newPassword: string;
  confirmPassword: string;
  passwordProblem: NewPasswordProblem | null;
  /** The backend's refusal of the new password (weak, banned, reused), or no answer. */
  passwordError: ErrorInfo | null;
  outcome: VerificationOutput | null;
}

export const PASSWORD_RESET_WAYS: WaysOut = {
  anotherWay: 'passwordReset.anotherMethod',
  restart: 'passwordReset.startAgain',
  cancelCall: true,
};

const outputOf = <T>(event: unknown) => (event as { output: T }).output;
const errorOf = (event: unknown) => describeError((event as { error: unknown }).error);

function usernameProblem(username: string): UsernameProblem | null {
  const name = username.trim();
  if (name === '') return 'required';
  return name.length > USERNAME_MAX_LENGTH ? 'too-long' : null;
}

function newPasswordProblem(context: PasswordResetContext): NewPasswordProblem | null {
  if (context.newPassword === '') return 'required';
  if (context.policy && !checkPolicy(context.newPassword, context.policy).met) return 'policy';
  if (context.confirmPassword === '') return 'confirm-required';
  return context.confirmPassword === context.newPassword ? null : 'mismatch';
}

export const passwordResetMachine = setup({
  types: {
    input: {} as PasswordResetInput,
    context: {} as PasswordResetContext,
    events: {} as PasswordResetEvent,
    output: {} as { username: string },
    children: {} as { verification: 'verification' },
    tags: {} as 'busy',
  },
  actors: {
    verification: verificationMachine,
    loadHumanCheck: fromPromise<HumanCheck>(async ({ signal }) => (await apiClient()).getHumanCheck(signal)),
    solveHumanCheck: fromPromise<string, { check: HumanCheck }>(({ input, signal }) =>
      solveHumanCheck(input.check, signal),
    ),
    startReset: fromPromise<Flow, { username: string; humanCheck: string }>(async ({ input, signal }) =>
      (await apiClient()).startPasswordReset(input.username, input.humanCheck, signal),
    ),
    loadFlow: fromPromise<Flow, { flowId: string }>(async ({ input, signal }) =>
      (await apiClient()).getFlow(input.flowId, signal),
    ),
    setPassword: fromPromise<Flow, { flowId: string; password: string }>(async ({ input, signal }) =>
      (await apiClient()).setNewPassword(input.flowId, input.password, signal),
    ),
  },
  guards: {
    ...outcomeGuards,
    resuming: ({ context }) => context.resumeFlowId !== null,
    usernameValid: ({ context }) => usernameProblem(context.username) === null,
    checkSolved: ({ context }) => context.humanCheck !== null,
    answered: ({ event }, { stage }: { stage: Flow['stage'] }) => outputOf<Flow>(event).stage === stage,
    refusedWith: ({ context }, { code }: { code: string }) => context.identifyError?.code === code,
    failedWith: ({ event }, { code }: { code: string }) => errorOf(event).code === code,
    passwordRefused: ({ event }) =>
      ['password-weak', 'password-banned', 'password-reused', 'validation-failed'].includes(
        errorOf(event).code,
      ),
    newPasswordReady: ({ context }) => newPasswordProblem(context) === null,
    verifiedAt: ({ context }, { stage }: { stage: Flow['stage'] }) =>
      verifiedFlow(context.outcome)?.stage === stage,
    methodUsable: ({ context, event }) =>
      event.type === 'METHOD.SELECT' &&
      context.methods.some((method) => method.id === event.methodId && method.available),
    leftForUsableMethod: ({ context }) => {
      const leave = leftBy(context.outcome);
      return (
        leave?.way === 'method' &&
        context.methods.some((method) => method.id === leave.methodId && method.available)
      );
    },
    limitPending: ({ context }) => context.methods.some((method) => method.availableAt !== null),
  },
  delays: {
    /** A human check that could not be fetched or solved is tried again after this. */
    checkRetry: 3_000,
    limitLifts: ({ context }) =>
      Math.max(
        1000,
        Math.min(...context.methods.map((method) => method.availableAt ?? Number.POSITIVE_INFINITY)) -
          Date.now(),
      ),
  },
  actions: {
    acceptFlow: assign(({ event }) => {
      const flow = outputOf<Flow>(event);
      switch (flow.stage) {
        case 'awaiting-method':
        case 'verifying':
          return { flowId: flow.flowId, step: flow.step, methods: listMethods(flow.methods, Date.now()) };
        case 'password-required':
          return { flowId: flow.flowId, policy: flow.passwordPolicy };
        default:
          return { flowId: flow.flowId };
      }
    }),
    acceptVerifiedFlow: assign(({ context }) => {
      const flow = verifiedFlow(context.outcome);
      if (flow?.stage === 'awaiting-method')
        return { step: flow.step, methods: listMethods(flow.methods, Date.now()), methodError: null };
      if (flow?.stage === 'password-required') return { policy: flow.passwordPolicy };
      return {};
    }),
    rememberFlow: ({ event }) => rememberFlow('password-reset', outputOf<Flow>(event).flowId),
    forgetFlow: () => forgetFlow('password-reset'),
    /** The name stays; everything learnt about the flow goes (and the flow, at the backend). */
    startOver: assign(({ context }) => {
      abandonFlow('password-reset', context.flowId ?? context.resumeFlowId);
      return {
        flowId: null,
        resumeFlowId: null,
        resumeVerification: false,
        step: null,
        methods: [],
        methodId: null,
        methodError: null,
        policy: null,
        newPassword: '',
        confirmPassword: '',
        passwordProblem: null,
        passwordError: null,
        deadEnd: null,
      };
    }),
    recordOutcome: assign(({ event }) => ({ outcome: outputOf<VerificationOutput>(event) })),
    recordIdentifyError: assign(({ event }) => ({ identifyError: errorOf(event) })),
    recordDeadEnd: assign(({ context }) => ({ deadEnd: context.identifyError, identifyError: null })),
    /** A human check is good for one request, whatever its answer. */
    useHumanCheck: assign({ humanCheck: null }),
  },
}).createMachine({
  id: 'passwordReset',
  context: ({ input }) => ({
    username: input.username ?? '',
    usernameProblem: null,
    humanCheck: null,
    identifyError: null,
    deadEnd: null,
    flowId: input.resumeFlowId ?? null,
    resumeFlowId: input.resumeFlowId ?? null,
    resumeVerification: false,
    step: null,
    methods: [],
    methodId: null,
    methodError: null,
    policy: null,
    newPassword: '',
    confirmPassword: '',
    passwordProblem: null,
    passwordError: null,
    outcome: null,
  }),
  initial: 'booting',
  states: {
    booting: {
      always: [{ guard: 'resuming', target: 'resuming' }, { target: 'identifying' }],
    },
    /** After a reload: ask the backend where the reset stands, and pick it up there. */
    resuming: {
      tags: ['busy'],
      invoke: {
        src: 'loadFlow',
        input: ({ context }) => ({ flowId: context.resumeFlowId! }),
        onDone: [
          {
            guard: { type: 'answered', params: { stage: 'verifying' } },
            target: 'verifying',
            actions: [
              'acceptFlow',
              assign({
                resumeVerification: true,
                methodId: ({ event }) =>
                  event.output.stage === 'verifying' ? event.output.verification.methodId : null,
              }),
            ],
          },
          {
            guard: { type: 'answered', params: { stage: 'awaiting-method' } },
            target: 'choosingMethod',
            actions: 'acceptFlow',
          },
          {
            guard: { type: 'answered', params: { stage: 'password-required' } },
            target: 'newPassword',
            actions: 'acceptFlow',
          },
          {
            guard: { type: 'answered', params: { stage: 'completed' } },
            target: 'done',
            actions: 'forgetFlow',
          },
          // Another kind of flow, or one that is over: not resumed here.
          { target: 'identifying', actions: 'startOver' },
        ],
        onError: [
          {
            guard: { type: 'failedWith', params: { code: 'flow-expired' } },
            target: 'expired',
            actions: 'forgetFlow',
          },
          { target: 'identifying', actions: 'startOver' },
        ],
      },
    },
    /** "Get back into your account": the user name, while the browser proves it is a person. */
    identifying: {
      type: 'parallel',
      states: {
        check: {
          initial: 'fetching',
          on: { 'CHECK.RENEW': { target: '.fetching', reenter: true } },
          states: {
            fetching: {
              invoke: {
                src: 'loadHumanCheck',
                onDone: { target: 'solving', actions: assign({ humanCheck: null }) },
                onError: 'failed',
              },
            },
            solving: {
              invoke: {
                src: 'solveHumanCheck',
                input: ({ event }) => ({ check: outputOf<HumanCheck>(event) }),
                onDone: { target: 'solved', actions: assign({ humanCheck: ({ event }) => event.output }) },
                onError: 'failed',
              },
            },
            solved: {},
            /** Could not be fetched or solved (offline): tried again shortly, said meanwhile. */
            failed: { after: { checkRetry: 'fetching' } },
          },
        },
        form: {
          initial: 'editing',
          states: {
            editing: {
              on: {
                'USERNAME.CHANGE': {
                  actions: assign({
                    username: ({ event }) => event.username,
                    usernameProblem: null,
                    identifyError: null,
                  }),
                },
                'IDENTIFY.SUBMIT': [
                  {
                    guard: not('usernameValid'),
                    actions: assign({ usernameProblem: ({ context }) => usernameProblem(context.username) }),
                  },
                  { guard: 'checkSolved', target: 'submitting' },
                  { target: 'waiting' },
                ],
              },
            },
            /** Sent as soon as the check is done (it usually is before the name is typed). */
            waiting: {
              tags: ['busy'],
              always: { guard: stateIn({ identifying: { check: 'solved' } }), target: 'submitting' },
            },
            submitting: {
              tags: ['busy'],
              entry: assign({ identifyError: null }),
              invoke: {
                src: 'startReset',
                input: ({ context }) => ({
                  username: context.username.trim(),
                  humanCheck: context.humanCheck!,
                }),
                onDone: {
                  target: '#passwordReset.choosingMethod',
                  actions: ['acceptFlow', 'rememberFlow', 'useHumanCheck'],
                },
                onError: { target: 'refused', actions: ['recordIdentifyError', 'useHumanCheck'] },
              },
            },
            refused: {
              // Whatever the answer, that check is spent: a fresh one starts at once.
              entry: raise({ type: 'CHECK.RENEW' }),
              always: [
                {
                  guard: { type: 'refusedWith', params: { code: 'reset-not-enabled' } },
                  target: '#passwordReset.deadEnd',
                  actions: 'recordDeadEnd',
                },
                {
                  guard: { type: 'refusedWith', params: { code: 'reset-locked' } },
                  target: '#passwordReset.lockedOut',
                  actions: 'recordDeadEnd',
                },
                { target: 'editing' },
              ],
            },
          },
        },
      },
    },
    /** "Verify your identity", step 1 or 2: the methods reset allows. */
    choosingMethod: {
      initial: 'listed',
      states: {
        listed: { always: [{ guard: 'limitPending', target: 'limited' }, { target: 'ready' }] },
        ready: {},
        limited: { after: { limitLifts: 'refreshing' } },
        /** Back from a method: ask what is usable now. */
        refreshing: {
          invoke: {
            src: 'loadFlow',
            input: ({ context }) => ({ flowId: context.flowId! }),
            onDone: { target: 'listed', actions: 'acceptFlow' },
            onError: 'ready',
          },
        },
      },
      on: {
        'METHOD.SELECT': {
          guard: 'methodUsable',
          target: 'verifying',
          actions: assign({ methodId: ({ event }) => event.methodId, methodError: null }),
        },
        RESTART: { target: 'identifying', actions: 'startOver' },
      },
    },
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
      },
      exit: assign({ resumeVerification: false }),
    },
    /** A verification is over: the next step, the new password, or where the person asked to go. */
    verified: {
      always: [
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
        {
          guard: 'leftForUsableMethod',
          target: 'verifying',
          actions: assign({
            methodId: ({ context }) => {
              const leave = leftBy(context.outcome);
              return leave?.way === 'method' ? leave.methodId : null;
            },
            methodError: null,
          }),
        },
        {
          guard: { type: 'leftBy', params: { way: 'restart' } },
          target: 'identifying',
          actions: 'startOver',
        },
        {
          guard: 'rejected',
          target: '#passwordReset.choosingMethod.refreshing',
          actions: assign({
            methodError: ({ context }) =>
              context.outcome?.outcome === 'rejected' ? context.outcome.failure.error : null,
          }),
        },
        {
          // verified, yet at no stage a reset goes on from
          guard: 'verified',
          target: '#passwordReset.choosingMethod.refreshing',
          actions: assign({ methodError: () => describeError(null) }),
        },
        // another method, the call cancelled: the list
        { target: '#passwordReset.choosingMethod.refreshing' },
      ],
    },
    /** New password and its confirmation, checked against the policy as the person types. */
    newPassword: {
      initial: 'editing',
      on: { RESTART: { target: 'identifying', actions: 'startOver' } },
      states: {
        editing: {
          on: {
            'PASSWORD.CHANGE': {
              actions: assign({
                newPassword: ({ event }) => event.password,
                passwordProblem: null,
                passwordError: null,
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
            src: 'setPassword',
            input: ({ context }) => ({ flowId: context.flowId!, password: context.newPassword }),
            onDone: [
              {
                guard: { type: 'answered', params: { stage: 'completed' } },
                target: '#passwordReset.done',
                actions: 'forgetFlow',
              },
              { target: 'editing', actions: assign({ passwordError: () => describeError(null) }) },
            ],
            onError: [
              {
                guard: { type: 'failedWith', params: { code: 'flow-expired' } },
                target: '#passwordReset.expired',
                actions: 'forgetFlow',
              },
              // refused (weak, banned, reused), or no answer: the typed passwords stay, the reason shows
              {
                target: 'editing',
                actions: assign({ passwordError: ({ event }) => describeError(event.error) }),
              },
            ],
          },
        },
      },
    },
    /** "Your reset timed out": start again, the user name kept. */
    expired: {
      on: { RESTART: { target: 'identifying', actions: 'startOver' } },
    },
    /** One and the same answer for every name that cannot reset here: who can help, a reference. */
    deadEnd: {
      on: { RESTART: { target: 'identifying', actions: 'startOver' } },
    },
    /** Too many failed checks: locked for a while, said with the time and a reference. */
    lockedOut: {
      on: { RESTART: { target: 'identifying', actions: 'startOver' } },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ username: context.username.trim() }),
});
