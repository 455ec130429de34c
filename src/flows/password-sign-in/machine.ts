// Password sign-in with phone MFA (SPEC flow 2): user name and password → "Verify your identity"
// (the methods the backend reports, default first) → the shared verification (text, call, app code)
// → signed in. "Sign in another way" is reachable from every verification screen: it stops the
// verification child, and with it any call-status polling.
import { assign, fromPromise, setup } from 'xstate';
import * as api from '../../api/client';
import { describeError, type ErrorInfo } from '../../api/errors';
import type { Flow, FlowAwaitingMethod, VerificationMethod } from '../../api/types';
import { sessionToken } from '../../session/token';
import { flowMemory } from '../flow-memory';
import type { SignedIn } from '../sms-sign-in/machine';
import { type VerificationOutput, verificationMachine } from '../verification/machine';

export interface PasswordSignInInput {
  resumeFlowId?: string | null;
}

export type CredentialsProblem = 'username-required' | 'password-required';

type PasswordSignInEvent =
  | { type: 'USERNAME.CHANGE'; username: string }
  | { type: 'PASSWORD.CHANGE'; password: string }
  | { type: 'CREDENTIALS.SUBMIT' }
  | { type: 'METHOD.SELECT'; methodId: string }
  /** "Sign in another way" / "I can't use this method right now". */
  | { type: 'ANOTHER_WAY' }
  /** "Cancel the call": hang it up, then choose again. */
  | { type: 'CALL.CANCEL' }
  /** Start again from the user name (a locked or expired flow, a blocked user). */
  | { type: 'RESTART' };

export interface PasswordSignInContext {
  username: string;
  password: string;
  credentialsProblem: CredentialsProblem | null;
  /** The backend's answer to the credentials (wrong, throttled, unreachable). */
  credentialsError: ErrorInfo | null;
  flowId: string | null;
  methods: VerificationMethod[];
  defaultMethodId: string | null;
  /** The method being verified now. */
  methodId: string | null;
  /** Why the last method could not be used (shown above the list of the others). */
  methodError: ErrorInfo | null;
  resumeFlowId: string | null;
  /** A verification to resume after a reload. */
  resumeVerification: boolean;
  blocked: ErrorInfo | null;
  signedIn: SignedIn | null;
}

const signedInFrom = (flow: Flow): SignedIn | null =>
  flow.stage === 'completed' && flow.sessionToken && flow.session
    ? { token: flow.sessionToken, session: flow.session }
    : null;

/** Default first, then the backend's order. */
export const orderMethods = (methods: VerificationMethod[]) =>
  [...methods].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));

export const passwordSignInMachine = setup({
  types: {
    input: {} as PasswordSignInInput,
    context: {} as PasswordSignInContext,
    events: {} as PasswordSignInEvent,
    output: {} as SignedIn,
    children: {} as { verification: 'verification'; signIn: 'signIn'; loadFlow: 'loadFlow' },
    tags: {} as 'busy',
  },
  actors: {
    verification: verificationMachine,
    signIn: fromPromise<Flow, { username: string; password: string }>(({ input, signal }) =>
      api.startPasswordSignIn(input.username, input.password, signal),
    ),
    loadFlow: fromPromise<Flow, { flowId: string }>(({ input, signal }) => api.getFlow(input.flowId, signal)),
  },
  guards: {
    resuming: ({ context }) => context.resumeFlowId !== null,
    credentialsFilled: ({ context }) => context.username.trim() !== '' && context.password !== '',
    isStage: (_, params: { flow: Flow; stage: Flow['stage'] }) => params.flow.stage === params.stage,
    signedIn: (_, { flow }: { flow: Flow }) => signedInFrom(flow) !== null,
    failedWith: (_, params: { error: unknown; code: string }) =>
      describeError(params.error).code === params.code,
    methodUsable: ({ context }, { methodId }: { methodId: string }) =>
      context.methods.some((method) => method.id === methodId && method.available),
    verifiedAndSignedIn: (_, { output }: { output: VerificationOutput }) =>
      output.outcome === 'verified' && signedInFrom(output.flow) !== null,
    rejected: (_, { output }: { output: VerificationOutput }) => output.outcome === 'rejected',
  },
  actions: {
    acceptMethods: assign((_, { flow }: { flow: Flow }) =>
      flow.stage === 'awaiting-method' || flow.stage === 'verifying'
        ? {
            flowId: flow.flowId,
            methods: orderMethods(flow.methods),
            defaultMethodId:
              flow.stage === 'awaiting-method'
                ? (flow as FlowAwaitingMethod).defaultMethodId
                : (flow.methods.find((method) => method.isDefault)?.id ?? null),
          }
        : { flowId: flow.flowId },
    ),
    rememberFlow: (_, { flow }: { flow: Flow }) => flowMemory.remember('password-sign-in', flow.flowId),
    forgetFlow: () => flowMemory.forget('password-sign-in'),
    /** Best effort: the backend hangs up; the list is read again right after anyway. */
    hangUp: ({ context }) => {
      if (context.flowId) api.cancelVerification(context.flowId).catch(() => undefined);
    },
    abandonFlow: ({ context }) => {
      // While resuming, the id is only in memory: the flow still has to be cancelled.
      const flowId = context.flowId ?? flowMemory.recall('password-sign-in');
      flowMemory.forget('password-sign-in');
      if (flowId) api.cancelFlow(flowId).catch(() => undefined);
    },
    keepSession: (_, { flow }: { flow: Flow }) => {
      const signedIn = signedInFrom(flow);
      if (signedIn) sessionToken.set(signedIn.token);
    },
    setSignedIn: assign((_, { flow }: { flow: Flow }) => ({ signedIn: signedInFrom(flow) })),
    recordCredentialsError: assign((_, { error }: { error: unknown }) => ({
      credentialsError: describeError(error),
    })),
  },
}).createMachine({
  id: 'passwordSignIn',
  context: ({ input }) => ({
    username: '',
    password: '',
    credentialsProblem: null,
    credentialsError: null,
    flowId: null,
    methods: [],
    defaultMethodId: null,
    methodId: null,
    methodError: null,
    resumeFlowId: input.resumeFlowId ?? null,
    resumeVerification: false,
    blocked: null,
    signedIn: null,
  }),
  initial: 'booting',
  on: {
    RESTART: {
      target: '.credentials',
      actions: [
        'abandonFlow',
        assign({ flowId: null, methods: [], methodId: null, methodError: null, blocked: null, password: '' }),
      ],
    },
  },
  states: {
    booting: {
      always: [{ guard: 'resuming', target: 'resuming' }, { target: 'credentials' }],
    },
    /** After a reload: ask the backend where the flow stands; nothing is sent. */
    resuming: {
      tags: ['busy'],
      invoke: {
        id: 'loadFlow',
        src: 'loadFlow',
        input: ({ context }) => ({ flowId: context.resumeFlowId! }),
        onDone: [
          {
            guard: { type: 'isStage', params: ({ event }) => ({ flow: event.output, stage: 'verifying' }) },
            target: 'verifying',
            actions: [
              { type: 'acceptMethods', params: ({ event }) => ({ flow: event.output }) },
              assign({
                resumeVerification: true,
                methodId: ({ event }) =>
                  event.output.stage === 'verifying' ? event.output.verification.methodId : null,
              }),
            ],
          },
          {
            guard: {
              type: 'isStage',
              params: ({ event }) => ({ flow: event.output, stage: 'awaiting-method' }),
            },
            target: 'choosingMethod',
            actions: { type: 'acceptMethods', params: ({ event }) => ({ flow: event.output }) },
          },
          {
            guard: { type: 'signedIn', params: ({ event }) => ({ flow: event.output }) },
            target: 'signedIn',
            actions: [
              { type: 'setSignedIn', params: ({ event }) => ({ flow: event.output }) },
              { type: 'keepSession', params: ({ event }) => ({ flow: event.output }) },
              'forgetFlow',
            ],
          },
          { target: 'credentials', actions: 'forgetFlow' },
        ],
        // Expired, or unreachable: the person starts from the user name; nothing was lost but time.
        onError: { target: 'credentials', actions: 'forgetFlow' },
      },
      exit: assign({ resumeFlowId: null }),
    },
    credentials: {
      on: {
        'USERNAME.CHANGE': {
          actions: assign({
            username: ({ event }) => event.username,
            credentialsProblem: null,
            credentialsError: null,
          }),
        },
        'PASSWORD.CHANGE': {
          actions: assign({
            password: ({ event }) => event.password,
            credentialsProblem: null,
            credentialsError: null,
          }),
        },
        'CREDENTIALS.SUBMIT': [
          { guard: 'credentialsFilled', target: 'signingIn' },
          {
            actions: assign({
              credentialsProblem: ({ context }) =>
                context.username.trim() === '' ? 'username-required' : 'password-required',
            }),
          },
        ],
      },
    },
    signingIn: {
      tags: ['busy'],
      entry: assign({ credentialsError: null }),
      invoke: {
        id: 'signIn',
        src: 'signIn',
        input: ({ context }) => ({ username: context.username.trim(), password: context.password }),
        onDone: [
          {
            guard: { type: 'signedIn', params: ({ event }) => ({ flow: event.output }) },
            target: 'signedIn',
            actions: [
              { type: 'setSignedIn', params: ({ event }) => ({ flow: event.output }) },
              { type: 'keepSession', params: ({ event }) => ({ flow: event.output }) },
            ],
          },
          {
            guard: {
              type: 'isStage',
              params: ({ event }) => ({ flow: event.output, stage: 'awaiting-method' }),
            },
            target: 'choosingMethod',
            actions: [
              { type: 'acceptMethods', params: ({ event }) => ({ flow: event.output }) },
              { type: 'rememberFlow', params: ({ event }) => ({ flow: event.output }) },
            ],
          },
          {
            target: 'credentials',
            actions: assign({ credentialsError: () => describeError(null) }),
          },
        ],
        onError: [
          {
            guard: {
              type: 'failedWith',
              params: ({ event }) => ({ error: event.error, code: 'user-blocked' }),
            },
            target: 'blocked',
            actions: assign({ blocked: ({ event }) => describeError(event.error) }),
          },
          {
            target: 'credentials',
            actions: { type: 'recordCredentialsError', params: ({ event }) => ({ error: event.error }) },
          },
        ],
      },
    },
    /** "Verify your identity": every method, default first; unusable ones say why. */
    choosingMethod: {
      initial: 'ready',
      states: {
        ready: {},
        /** Back from a method: ask what is usable now (limits lift, availability changes). */
        refreshing: {
          invoke: {
            id: 'loadFlow',
            src: 'loadFlow',
            input: ({ context }) => ({ flowId: context.flowId! }),
            onDone: {
              target: 'ready',
              actions: { type: 'acceptMethods', params: ({ event }) => ({ flow: event.output }) },
            },
            // the list already shown stays usable; the backend re-checks whatever is chosen
            onError: 'ready',
          },
        },
      },
      on: {
        'METHOD.SELECT': {
          guard: { type: 'methodUsable', params: ({ event }) => ({ methodId: event.methodId }) },
          target: 'verifying',
          actions: assign({ methodId: ({ event }) => event.methodId, methodError: null }),
        },
      },
    },
    verifying: {
      invoke: {
        id: 'verification',
        src: 'verification',
        input: ({ context }) =>
          context.resumeVerification
            ? { resumeFlowId: context.flowId!, remember: 'password-sign-in' as const }
            : {
                send: { kind: 'method' as const, flowId: context.flowId!, methodId: context.methodId! },
                remember: 'password-sign-in' as const,
              },
        onDone: [
          {
            guard: { type: 'verifiedAndSignedIn', params: ({ event }) => ({ output: event.output }) },
            target: 'signedIn',
            actions: [
              {
                type: 'setSignedIn',
                params: ({ event }) => ({ flow: (event.output as { flow: Flow }).flow }),
              },
              {
                type: 'keepSession',
                params: ({ event }) => ({ flow: (event.output as { flow: Flow }).flow }),
              },
              'forgetFlow',
            ],
          },
          {
            // the method itself was refused: back to the list, saying why
            guard: { type: 'rejected', params: ({ event }) => ({ output: event.output }) },
            target: 'choosingMethod.refreshing',
            actions: assign({
              methodError: ({ event }) => (event.output.outcome === 'rejected' ? event.output.error : null),
            }),
          },
          {
            target: 'choosingMethod.refreshing',
            actions: assign({ methodError: () => describeError(null) }),
          },
        ],
      },
      on: {
        ANOTHER_WAY: 'choosingMethod.refreshing',
        'CALL.CANCEL': { target: 'choosingMethod.refreshing', actions: 'hangUp' },
        'METHOD.SELECT': {
          guard: { type: 'methodUsable', params: ({ event }) => ({ methodId: event.methodId }) },
          target: 'verifying',
          reenter: true,
          actions: assign({ methodId: ({ event }) => event.methodId, methodError: null }),
        },
      },
      exit: assign({ resumeVerification: false }),
    },
    /** Blocked by the administrator: nothing here can help; say who can. */
    blocked: {},
    signedIn: { type: 'final' },
  },
  output: ({ context }) => context.signedIn!,
});
