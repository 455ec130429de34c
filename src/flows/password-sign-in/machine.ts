// Password sign-in with phone MFA (src/behaviour.md#password-sign-in-with-mfa): user name and
// password → "Verify your identity" (the methods the backend reports, default first) → the shared
// verification (text, call, app code) → signed in. Every way out of the verification goes through
// the child, which hangs up a live call first (and signs the person in if # was pressed meanwhile).
import { assign, fromPromise, setup } from 'xstate';
import { ApiError, describeError, type ErrorInfo, UNEXPECTED } from '../../api/errors';
import { apiClient } from '../../api/load-client';
import type { Flow } from '../../api/types';
import { errorOf, outputOf } from '../actor-events';
import * as methodList from '../method-list-parent';
import { verificationActors, verifyingState } from '../parent-states';
import { forgetFlow, rememberFlow } from '../remembered-flow';
import type { WaysOut } from '../verification/machine';
import { listMethods } from '../verification/methods';
import {
  abandonFlow,
  flowSecretOf,
  keepSession,
  outcomeGuards,
  type SignedIn,
  signedInFrom,
  verifiedFlow,
} from '../verification-parent';

export interface PasswordSignInInput {
  /** A flow remembered from before a reload, and its secret. */
  resumeFlowId?: string | null;
  resumeFlowSecret?: string | null;
  /** The user name typed elsewhere (a reset just done), handed over in the router's state. */
  username?: string;
  /** What was typed on the first screen before the statechart had downloaded (../lazy-flow.ts). */
  password?: string;
}

/** The contract's limit on both fields (PasswordSignInRequest). */
const CREDENTIAL_MAX_LENGTH = 256;

export type CredentialsProblem =
  | 'username-required'
  | 'username-too-long'
  | 'password-required'
  | 'password-blank'
  | 'password-too-long';

/** What is wrong with the credentials before anything is sent (the backend checks them again). */
export function credentialsProblem(username: string, password: string): CredentialsProblem | null {
  const name = username.trim();
  if (name === '') return 'username-required';
  if (name.length > CREDENTIAL_MAX_LENGTH) return 'username-too-long';
  if (password === '') return 'password-required';
  if (password.trim() === '') return 'password-blank';
  if (password.length > CREDENTIAL_MAX_LENGTH) return 'password-too-long';
  return null;
}

export type PasswordSignInEvent =
  | { type: 'USERNAME.CHANGE'; username: string }
  | { type: 'PASSWORD.CHANGE'; password: string }
  | { type: 'CREDENTIALS.SUBMIT' }
  | { type: 'METHOD.SELECT'; methodId: string }
  /** Start again from the user name (a locked or expired flow, a blocked user). */
  | { type: 'RESTART' }
  /** Read again where a flow stands, after a reload that could not. */
  | { type: 'RETRY' };

export interface PasswordSignInContext extends methodList.Context {
  username: string;
  password: string;
  credentialsProblem: CredentialsProblem | null;
  /** The backend's answer to the credentials (wrong, throttled, unreachable). */
  credentialsError: ErrorInfo | null;
  /** A lockout's end (epoch ms), counted down on the form; null without a wait. */
  credentialsRetryAt: number | null;
  /** The flow's secret (the sign-in's answer gave it): a read with it can recover the session. */
  flowSecret: string | null;
  blocked: ErrorInfo | null;
  signedIn: SignedIn | null;
}

const PASSWORD_SIGN_IN_WAYS: WaysOut = {
  anotherWay: 'verification.anotherWay',
  restart: 'verification.startAgain',
  cancelCall: true,
};

export const passwordSignInMachine = setup({
  types: {
    input: {} as PasswordSignInInput,
    context: {} as PasswordSignInContext,
    events: {} as PasswordSignInEvent,
    output: {} as SignedIn,
    children: {} as {
      verification: 'verification';
      signIn: 'signIn';
      loadFlow: 'loadFlow';
      loadVerification: 'loadVerification';
    },
    tags: {} as 'busy',
  },
  actors: {
    // The statechart downloads right after the first screen (or when a method is chosen, at the latest).
    ...verificationActors,
    signIn: fromPromise<Flow, { username: string; password: string }>(async ({ input, signal }) =>
      (await apiClient()).startPasswordSignIn(input.username, input.password, signal),
    ),
    loadFlow: fromPromise<Flow, { flowId: string; flowSecret: string | null }>(async ({ input, signal }) =>
      (await apiClient()).getFlow(input.flowId, input.flowSecret, signal),
    ),
  },
  guards: {
    ...outcomeGuards,
    ...methodList.guards,
    resuming: ({ context }) => context.resumeFlowId !== null,
    credentialsValid: ({ context }) => credentialsProblem(context.username, context.password) === null,
    answeredSignedIn: ({ event }) => signedInFrom(outputOf<Flow>(event)) !== null,
    answeredBlocked: ({ event }) => describeError(errorOf(event)).code === 'user-blocked',
  },
  delays: methodList.delays,
  actions: {
    ...methodList.actions<PasswordSignInContext, PasswordSignInEvent>(),
    acceptMethods: assign(({ event }) => {
      const flow = outputOf<Flow>(event);
      return flow.stage === 'awaiting-method' || flow.stage === 'verifying'
        ? { flowId: flow.flowId, methods: listMethods(flow.methods, Date.now()) }
        : { flowId: flow.flowId };
    }),
    rememberFlow: assign(({ event }) => {
      const flow = outputOf<Flow>(event);
      const flowSecret = flowSecretOf(flow);
      rememberFlow('password-sign-in', flow.flowId, flowSecret);
      return { flowSecret };
    }),
    forgetFlow: () => forgetFlow('password-sign-in'),
    abandonFlow: ({ context }) => abandonFlow('password-sign-in', context.flowId ?? context.resumeFlowId),
    signInFromAnswer: assign(({ event }) => {
      const signedIn = signedInFrom(outputOf<Flow>(event))!;
      keepSession(signedIn);
      return { signedIn };
    }),
    signInFromOutcome: assign(({ context }) => {
      const signedIn = signedInFrom(verifiedFlow(context.outcome))!;
      keepSession(signedIn);
      return { signedIn };
    }),
    recordCredentialsError: assign(({ event }) => {
      const error = describeError(errorOf(event));
      return {
        credentialsError: error,
        credentialsRetryAt:
          error.retryAfterSeconds === null ? null : Date.now() + error.retryAfterSeconds * 1000,
      };
    }),
    explainTimedOut: assign({
      credentialsError: () => describeError(new ApiError('flow-expired')),
      credentialsRetryAt: null,
    }),
    startAgain: assign({
      flowId: null,
      flowSecret: null,
      methods: [],
      methodId: null,
      methodError: null,
      blocked: null,
      password: '',
      resumeFlowId: null,
    }),
  },
}).createMachine({
  id: 'passwordSignIn',
  context: ({ input }) => ({
    username: input.username ?? '',
    password: input.password ?? '',
    credentialsProblem: null,
    credentialsError: null,
    credentialsRetryAt: null,
    flowId: null,
    flowSecret: input.resumeFlowId ? (input.resumeFlowSecret ?? null) : null,
    methods: [],
    methodId: null,
    methodError: null,
    resumeFlowId: input.resumeFlowId ?? null,
    resumeVerification: false,
    resumeError: null,
    blocked: null,
    outcome: null,
    signedIn: null,
  }),
  initial: 'booting',
  states: {
    booting: {
      always: [{ guard: 'resuming', target: 'resuming' }, { target: 'credentials' }],
    },
    /** After a reload: ask the backend where the flow stands; nothing is sent. */
    resuming: methodList.resuming({
      accept: 'acceptMethods',
      answers: [
        { guard: 'answeredSignedIn', target: 'signedIn', actions: ['signInFromAnswer', 'forgetFlow'] },
        // Completed without its outcome: the answer that completed it was lost, and its 2 minutes to
        // recover it are over. The person signs in again, told why.
        {
          guard: { type: 'answered', params: { stage: 'completed' } },
          target: 'credentials',
          actions: ['abandonFlow', 'startAgain', 'explainTimedOut'],
        },
        // Anything else (another kind of flow, or one locked) is not resumed here.
        { target: 'credentials', actions: ['abandonFlow', 'startAgain'] },
      ],
      failed: [
        // Gone: the person starts from the user name; nothing was lost but time.
        {
          guard: { type: 'failedWith', params: { code: 'flow-expired' } },
          target: 'credentials',
          actions: ['abandonFlow', 'startAgain'],
        },
        // Unreachable, failing, or answered outside the contract: say so; the flow may still be there.
        { target: 'resumeFailed', actions: 'recordResumeError' },
      ],
    }),
    /**
     * "We couldn't pick up where you left off": read again, or start again from the user name (the
     * remembered flow is dropped and cancelled at the backend).
     */
    resumeFailed: methodList.resumeFailed({
      restart: { target: 'credentials', actions: ['abandonFlow', 'startAgain'] },
    }),
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
          { guard: 'credentialsValid', target: 'signingIn' },
          {
            actions: assign({
              credentialsProblem: ({ context }) => credentialsProblem(context.username, context.password),
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
          { guard: 'answeredSignedIn', target: 'signedIn', actions: 'signInFromAnswer' },
          {
            guard: { type: 'answered', params: { stage: 'awaiting-method' } },
            target: 'choosingMethod',
            actions: ['acceptMethods', 'rememberFlow'],
          },
          { target: 'credentials', actions: assign({ credentialsError: () => UNEXPECTED }) },
        ],
        onError: [
          {
            guard: 'answeredBlocked',
            target: 'blocked',
            actions: assign({ blocked: ({ event }) => describeError(event.error) }),
          },
          { target: 'credentials', actions: 'recordCredentialsError' },
        ],
      },
    },
    choosingMethod: methodList.choosingMethod({
      accept: 'acceptMethods',
      refreshFailed: [],
      restart: { target: 'credentials', actions: ['abandonFlow', 'startAgain'] },
    }),
    // Every way out of a verification is the child's to carry out (it hangs up a live call first):
    // the screens send it there, and this state answers nothing else.
    verifying: {
      ...verifyingState({
        // the screens' code did not download: the methods again, saying why
        failed: { target: '#passwordSignIn.choosingMethod', actions: 'explainLoadFailure' },
        input: ({ context }: { context: PasswordSignInContext }) =>
          context.resumeVerification
            ? {
                resumeFlowId: context.flowId!,
                flowSecret: context.flowSecret,
                methods: context.methods,
                ways: PASSWORD_SIGN_IN_WAYS,
              }
            : {
                send: { kind: 'method' as const, flowId: context.flowId!, methodId: context.methodId! },
                flowSecret: context.flowSecret,
                methods: context.methods,
                ways: PASSWORD_SIGN_IN_WAYS,
              },
        done: { target: '#passwordSignIn.verified', actions: 'recordOutcome' },
      }),
      exit: assign({ resumeVerification: false }),
    },
    /** The verification is over: signed in, or where the person asked to go. */
    verified: methodList.verified({
      finished: [{ guard: 'signedIn', target: 'signedIn', actions: ['signInFromOutcome', 'forgetFlow'] }],
      restart: { target: 'credentials', actions: ['abandonFlow', 'startAgain'] },
      list: '#passwordSignIn.choosingMethod.refreshing',
    }),
    /** Blocked by the administrator: nothing here can help; say who can. */
    blocked: {
      on: { RESTART: { target: 'credentials', actions: ['abandonFlow', 'startAgain'] } },
    },
    signedIn: { type: 'final' },
  },
  output: ({ context }) => context.signedIn!,
});
