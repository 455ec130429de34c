// The shared verification statechart: one verification (a texted or e-mailed code, an authenticator
// code, or a voice call answered with #) inside a flow. SMS sign-in, MFA, password reset and phone
// registration invoke it as a child actor; its final output says how the flow moved on.
//
// Ways out are the parent's: every screen of this machine offers them (another method, start again,
// back to sign in) by sending the parent an event, which stops this child and everything it runs.
import { assertEvent, assign, enqueueActions, fromPromise, setup } from 'xstate';
import * as api from '../../api/client';
import { describeError, type ErrorInfo, outcomeUnknown } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import type { CallStatus, Flow, FlowKind, FlowVerifying } from '../../api/types';
import { flowMemory } from '../flow-memory';
import {
  CALL_GRACE_MS,
  type FlowPosition,
  flowPosition,
  nextPollDelay,
  normalizeCode,
  POLL_FIRST_MS,
  type ResendFailure,
  resendFailure,
  type SendFailure,
  type SubmitFailure,
  sendFailure,
  submitFailure,
} from './rules';

/** How to start the verification: each flow sends differently, the rest is shared. */
export type SendRequest =
  | { kind: 'sms-sign-in'; phoneNumber: string }
  | { kind: 'method'; flowId: string; methodId: string; confirmPhoneNumber?: string };

export interface VerificationInput {
  /** Send first (a new code or call)... */
  send?: SendRequest;
  /** ...or, after a reload, ask the backend where this flow stands and send nothing. */
  resumeFlowId?: string;
  /** Keep the flow id (only the id) under this kind so a reload can resume it. */
  remember?: FlowKind;
}

export type VerificationOutput =
  | { outcome: 'verified'; flow: Flow }
  | { outcome: 'rejected'; error: ErrorInfo };

export interface VerificationContext {
  send: SendRequest | null;
  resumeFlowId: string | null;
  remember: FlowKind | null;
  /** The latest answer about the flow. */
  latest: Flow | null;
  /** The latest answer while verifying: method, channel, masked number, alternatives. */
  flow: FlowVerifying | null;
  code: string;
  codeLength: number;
  /** The latest failure, for the screen (the code typed is kept unless it was wrong). */
  error: ErrorInfo | null;
  resendError: ErrorInfo | null;
  /** Deadlines (epoch ms): the view counts them down, `after` delays derive from them. */
  resendAt: number | null;
  retryAt: number | null;
  callStartedAt: number | null;
  /** When the backend says the call ends (for the time-left display). */
  callEndsAt: number | null;
  /**
   * How long to keep polling without an answer before calling it timed out: the call's time left
   * plus a grace, renewed by every answer. Counted in waits (`waitedMs`), so it is deterministic.
   */
  pollBudgetMs: number;
  waitedMs: number;
  /** Waited since this call was placed: "Didn't get the call?" help shows after a while. */
  callWaitedMs: number;
  callStatus: CallStatus | null;
  pollDelayMs: number;
  sendKey: string;
  resendKey: string;
}

type VerificationEvent =
  | { type: 'CODE.CHANGE'; code: string }
  | { type: 'CODE.SUBMIT' }
  | { type: 'CODE.RESEND' }
  | { type: 'CODE.REFRESHED' }
  | { type: 'CALL.AGAIN' }
  | { type: 'RETRY' };

const seconds = (n: number) => n * 1000;

export const verificationMachine = setup({
  types: {
    input: {} as VerificationInput,
    output: {} as VerificationOutput,
    context: {} as VerificationContext,
    events: {} as VerificationEvent,
    tags: {} as 'busy' | 'resending',
  },
  actors: {
    sendCode: fromPromise<Flow, { request: SendRequest; idempotencyKey: string }>(({ input, signal }) => {
      const { request, idempotencyKey } = input;
      switch (request.kind) {
        case 'sms-sign-in':
          return api.startSmsSignIn(request.phoneNumber, idempotencyKey, signal);
        case 'method':
          return api.startVerification(
            request.flowId,
            request.confirmPhoneNumber
              ? { methodId: request.methodId, confirmPhoneNumber: request.confirmPhoneNumber }
              : { methodId: request.methodId },
            idempotencyKey,
            signal,
          );
      }
    }),
    loadFlow: fromPromise<Flow, { flowId: string }>(({ input, signal }) => api.getFlow(input.flowId, signal)),
    checkCode: fromPromise<Flow, { flowId: string; code: string }>(({ input, signal }) =>
      api.submitCode(input.flowId, input.code, signal),
    ),
    resendCode: fromPromise<Flow, { flowId: string; idempotencyKey: string }>(({ input, signal }) =>
      api.resendCode(input.flowId, input.idempotencyKey, signal),
    ),
  },
  guards: {
    resuming: ({ context }) => context.resumeFlowId !== null,
    at: ({ context }, params: { position: FlowPosition }) =>
      context.latest !== null && flowPosition(context.latest) === params.position,
    stillRinging: (_, params: { flow: Flow }) => flowPosition(params.flow) === 'call',
    sendRefused: (_, params: { error: unknown; as: SendFailure }) =>
      sendFailure(describeError(params.error).code) === params.as,
    /** Reading the flow failed because it is over (gone, or locked). */
    flowOver: (_, params: { error: unknown; as: 'expired' | 'locked' }) =>
      describeError(params.error).code === (params.as === 'expired' ? 'flow-expired' : 'flow-locked'),
    submitFailed: (_, params: { error: unknown; as: SubmitFailure }) => {
      const { code, attemptsLeft } = describeError(params.error);
      return submitFailure(code, attemptsLeft) === params.as;
    },
    resendFailed: (_, params: { error: unknown; as: ResendFailure }) =>
      resendFailure(describeError(params.error).code) === params.as,
    codeComplete: ({ context }) => context.code.length === context.codeLength,
    canResend: ({ context }) => context.resendAt !== null,
    callOverdue: ({ context }) => context.waitedMs >= context.pollBudgetMs,
  },
  delays: {
    resendCooldown: ({ context }) => Math.max(0, (context.resendAt ?? 0) - Date.now()),
    retryAfter: ({ context }) => Math.max(0, (context.retryAt ?? 0) - Date.now()),
    pollDelay: ({ context }) => context.pollDelayMs,
  },
  actions: {
    acceptFlow: assign((_, { flow }: { flow: Flow }) => {
      if (flow.stage !== 'verifying') return { latest: flow };
      const { verification } = flow;
      const now = Date.now();
      return {
        latest: flow,
        flow,
        codeLength: verification.codeLength ?? 6,
        resendAt: verification.resendInSeconds == null ? null : now + seconds(verification.resendInSeconds),
        callStatus: verification.call?.status ?? null,
        callStartedAt: verification.call ? now - seconds(verification.call.elapsedSeconds) : null,
        callEndsAt: verification.call ? now + seconds(verification.call.remainingSeconds) : null,
        pollBudgetMs: verification.call ? seconds(verification.call.remainingSeconds) + CALL_GRACE_MS : 0,
        waitedMs: 0,
      };
    }),
    rememberFlow: ({ context }, { flow }: { flow: Flow }) => {
      if (context.remember) flowMemory.remember(context.remember, flow.flowId);
    },
    forgetFlow: ({ context }) => {
      if (context.remember) flowMemory.forget(context.remember);
    },
    recordError: assign((_, { error }: { error: unknown }) => ({ error: describeError(error) })),
    recordResendError: assign((_, { error }: { error: unknown }) => ({ resendError: describeError(error) })),
    clearErrors: assign({ error: null, resendError: null }),
    startThrottle: assign((_, { error }: { error: unknown }) => ({
      retryAt: Date.now() + seconds(describeError(error).retryAfterSeconds ?? 0),
    })),
    delayResend: assign((_, { error }: { error: unknown }) => ({
      resendAt: Date.now() + seconds(describeError(error).retryAfterSeconds ?? 0),
    })),
    /** A new user action gets a new key; a retry after an unknown outcome must not. */
    renewSendKey: assign({ sendKey: () => newIdempotencyKey() }),
    renewSendKeyUnlessUnknown: assign(({ context }, { error }: { error: unknown }) => ({
      sendKey: outcomeUnknown(describeError(error).code) ? context.sendKey : newIdempotencyKey(),
    })),
    renewResendKey: assign({ resendKey: () => newIdempotencyKey() }),
    renewResendKeyUnlessUnknown: assign(({ context }, { error }: { error: unknown }) => ({
      resendKey: outcomeUnknown(describeError(error).code) ? context.resendKey : newIdempotencyKey(),
    })),
    /** "Call again" repeats the request that placed the call; after a reload it is rebuilt from the flow. */
    prepareCallAgain: assign(({ context }) => ({
      send:
        context.send ??
        (context.flow
          ? {
              kind: 'method' as const,
              flowId: context.flow.flowId,
              methodId: context.flow.verification.methodId,
            }
          : null),
    })),
    updateCode: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'CODE.CHANGE');
      const code = normalizeCode(event.code, context.codeLength);
      enqueue.assign({ code, error: null });
      // Six digits in (typed, pasted or filled by WebOTP): check at once.
      if (code.length === context.codeLength && code !== context.code) enqueue.raise({ type: 'CODE.SUBMIT' });
    }),
    clearCode: assign({ code: '' }),
    resetPolling: assign({ pollDelayMs: POLL_FIRST_MS, callWaitedMs: 0 }),
    countWait: assign(({ context }) => ({
      waitedMs: context.waitedMs + context.pollDelayMs,
      callWaitedMs: context.callWaitedMs + context.pollDelayMs,
    })),
    backOff: assign(({ context }, { failed }: { failed: boolean }) => ({
      pollDelayMs: nextPollDelay(context.pollDelayMs, failed),
    })),
    markTimedOut: assign({ callStatus: 'timed-out' as CallStatus }),
  },
}).createMachine({
  id: 'verification',
  context: ({ input }) => ({
    send: input.send ?? null,
    resumeFlowId: input.resumeFlowId ?? null,
    remember: input.remember ?? null,
    latest: null,
    flow: null,
    code: '',
    codeLength: 6,
    error: null,
    resendError: null,
    resendAt: null,
    retryAt: null,
    callStartedAt: null,
    callEndsAt: null,
    pollBudgetMs: 0,
    waitedMs: 0,
    callWaitedMs: 0,
    callStatus: null,
    pollDelayMs: POLL_FIRST_MS,
    sendKey: newIdempotencyKey(),
    resendKey: newIdempotencyKey(),
  }),
  initial: 'starting',
  states: {
    starting: {
      always: [{ guard: 'resuming', target: 'resuming' }, { target: 'sending' }],
    },
    sending: {
      tags: ['busy'],
      entry: 'clearErrors',
      invoke: {
        id: 'sendCode',
        src: 'sendCode',
        input: ({ context }) => ({ request: context.send!, idempotencyKey: context.sendKey }),
        onDone: {
          target: 'arrived',
          actions: [
            { type: 'acceptFlow', params: ({ event }) => ({ flow: event.output }) },
            { type: 'rememberFlow', params: ({ event }) => ({ flow: event.output }) },
            'renewSendKey',
          ],
        },
        onError: [
          {
            guard: { type: 'sendRefused', params: ({ event }) => ({ error: event.error, as: 'throttled' }) },
            target: 'throttled',
            actions: [
              { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
              { type: 'startThrottle', params: ({ event }) => ({ error: event.error }) },
              'renewSendKey',
            ],
          },
          {
            guard: { type: 'sendRefused', params: ({ event }) => ({ error: event.error, as: 'blocked' }) },
            target: 'blocked',
            actions: [
              { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
              'renewSendKey',
            ],
          },
          {
            guard: { type: 'sendRefused', params: ({ event }) => ({ error: event.error, as: 'locked' }) },
            target: 'locked',
            actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
          },
          {
            guard: { type: 'sendRefused', params: ({ event }) => ({ error: event.error, as: 'expired' }) },
            target: 'expired',
            actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
          },
          {
            guard: { type: 'sendRefused', params: ({ event }) => ({ error: event.error, as: 'rejected' }) },
            target: 'rejected',
            actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
          },
          {
            target: 'sendFailed',
            actions: [
              { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
              { type: 'renewSendKeyUnlessUnknown', params: ({ event }) => ({ error: event.error }) },
            ],
          },
        ],
      },
    },
    resuming: {
      tags: ['busy'],
      invoke: {
        id: 'loadFlow',
        src: 'loadFlow',
        input: ({ context }) => ({ flowId: context.resumeFlowId! }),
        onDone: {
          target: 'arrived',
          actions: { type: 'acceptFlow', params: ({ event }) => ({ flow: event.output }) },
        },
        onError: [
          {
            guard: { type: 'flowOver', params: ({ event }) => ({ error: event.error, as: 'expired' }) },
            target: 'expired',
          },
          {
            target: 'resumeFailed',
            actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
          },
        ],
      },
    },
    /** Routes any answer about the flow to the screen it calls for. */
    arrived: {
      always: [
        { guard: { type: 'at', params: { position: 'code' } }, target: 'code' },
        { guard: { type: 'at', params: { position: 'call' } }, target: 'calling', actions: 'resetPolling' },
        { guard: { type: 'at', params: { position: 'callEnded' } }, target: 'callEnded' },
        { guard: { type: 'at', params: { position: 'locked' } }, target: 'locked' },
        { target: 'done' },
      ],
    },
    code: {
      type: 'parallel',
      states: {
        entry: {
          initial: 'editing',
          on: { 'CODE.REFRESHED': { target: '.editing', actions: ['clearCode', 'clearErrors'] } },
          states: {
            editing: {
              on: {
                'CODE.CHANGE': { actions: 'updateCode' },
                'CODE.SUBMIT': { guard: 'codeComplete', target: 'checking' },
              },
            },
            checking: {
              tags: ['busy'],
              invoke: {
                id: 'checkCode',
                src: 'checkCode',
                input: ({ context }) => ({ flowId: context.flow!.flowId, code: context.code }),
                onDone: {
                  target: '#verification.arrived',
                  actions: { type: 'acceptFlow', params: ({ event }) => ({ flow: event.output }) },
                },
                onError: [
                  {
                    guard: {
                      type: 'submitFailed',
                      params: ({ event }) => ({ error: event.error, as: 'wrong' }),
                    },
                    target: 'editing',
                    actions: [
                      { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
                      'clearCode',
                    ],
                  },
                  {
                    guard: {
                      type: 'submitFailed',
                      params: ({ event }) => ({ error: event.error, as: 'codeExpired' }),
                    },
                    target: 'codeExpired',
                    actions: [
                      { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
                      'clearCode',
                    ],
                  },
                  {
                    guard: {
                      type: 'submitFailed',
                      params: ({ event }) => ({ error: event.error, as: 'locked' }),
                    },
                    target: '#verification.locked',
                    actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
                  },
                  {
                    guard: {
                      type: 'submitFailed',
                      params: ({ event }) => ({ error: event.error, as: 'expired' }),
                    },
                    target: '#verification.expired',
                  },
                  {
                    guard: {
                      type: 'submitFailed',
                      params: ({ event }) => ({ error: event.error, as: 'throttled' }),
                    },
                    target: 'throttled',
                    actions: [
                      { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
                      { type: 'startThrottle', params: ({ event }) => ({ error: event.error }) },
                    ],
                  },
                  {
                    // no answer or an unreadable one: keep the code, the person retries
                    target: 'editing',
                    actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
                  },
                ],
              },
            },
            /** The code ran out: only a new one helps (the resend region sends it). */
            codeExpired: {},
            throttled: {
              after: { retryAfter: { target: 'editing', actions: assign({ retryAt: null, error: null }) } },
            },
          },
        },
        resend: {
          initial: 'deciding',
          states: {
            deciding: {
              always: [{ guard: 'canResend', target: 'coolingDown' }, { target: 'unavailable' }],
            },
            coolingDown: { after: { resendCooldown: 'ready' } },
            ready: { on: { 'CODE.RESEND': 'resending' } },
            resending: {
              tags: ['resending'],
              entry: assign({ resendError: null }),
              invoke: {
                id: 'resendCode',
                src: 'resendCode',
                input: ({ context }) => ({ flowId: context.flow!.flowId, idempotencyKey: context.resendKey }),
                onDone: {
                  target: 'coolingDown',
                  actions: [
                    { type: 'acceptFlow', params: ({ event }) => ({ flow: event.output }) },
                    'renewResendKey',
                    enqueueActions(({ enqueue }) => enqueue.raise({ type: 'CODE.REFRESHED' })),
                  ],
                },
                onError: [
                  {
                    guard: {
                      type: 'resendFailed',
                      params: ({ event }) => ({ error: event.error, as: 'cooldown' }),
                    },
                    target: 'coolingDown',
                    actions: [
                      { type: 'delayResend', params: ({ event }) => ({ error: event.error }) },
                      'renewResendKey',
                    ],
                  },
                  {
                    guard: {
                      type: 'resendFailed',
                      params: ({ event }) => ({ error: event.error, as: 'limited' }),
                    },
                    target: 'limited',
                    actions: [
                      { type: 'recordResendError', params: ({ event }) => ({ error: event.error }) },
                      { type: 'delayResend', params: ({ event }) => ({ error: event.error }) },
                      'renewResendKey',
                    ],
                  },
                  {
                    guard: {
                      type: 'resendFailed',
                      params: ({ event }) => ({ error: event.error, as: 'unavailable' }),
                    },
                    target: 'unavailable',
                    actions: { type: 'recordResendError', params: ({ event }) => ({ error: event.error }) },
                  },
                  {
                    guard: {
                      type: 'resendFailed',
                      params: ({ event }) => ({ error: event.error, as: 'locked' }),
                    },
                    target: '#verification.locked',
                    actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
                  },
                  {
                    guard: {
                      type: 'resendFailed',
                      params: ({ event }) => ({ error: event.error, as: 'expired' }),
                    },
                    target: '#verification.expired',
                  },
                  {
                    target: 'ready',
                    actions: [
                      { type: 'recordResendError', params: ({ event }) => ({ error: event.error }) },
                      {
                        type: 'renewResendKeyUnlessUnknown',
                        params: ({ event }) => ({ error: event.error }),
                      },
                    ],
                  },
                ],
              },
            },
            /** A limit: the retry time is counted down, other methods are offered meanwhile. */
            limited: {
              after: { resendCooldown: { target: 'ready', actions: assign({ resendError: null }) } },
            },
            /** No resend for this method (an authenticator code), or the backend refused it for good. */
            unavailable: {},
          },
        },
      },
    },
    calling: {
      on: { 'CALL.AGAIN': { target: 'sending', actions: 'prepareCallAgain' } },
      initial: 'waiting',
      states: {
        waiting: { after: { pollDelay: { target: 'checking', actions: 'countWait' } } },
        checking: {
          invoke: {
            id: 'pollCall',
            src: 'loadFlow',
            input: ({ context }) => ({ flowId: context.flow!.flowId }),
            onDone: [
              {
                guard: { type: 'stillRinging', params: ({ event }) => ({ flow: event.output }) },
                target: 'waiting',
                actions: [
                  { type: 'acceptFlow', params: ({ event }) => ({ flow: event.output }) },
                  { type: 'backOff', params: { failed: false } },
                ],
              },
              {
                target: '#verification.arrived',
                actions: { type: 'acceptFlow', params: ({ event }) => ({ flow: event.output }) },
              },
            ],
            onError: [
              {
                guard: { type: 'flowOver', params: ({ event }) => ({ error: event.error, as: 'expired' }) },
                target: '#verification.expired',
              },
              {
                guard: { type: 'flowOver', params: ({ event }) => ({ error: event.error, as: 'locked' }) },
                target: '#verification.locked',
                actions: { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
              },
              {
                // the backend has not answered past the call's own deadline: stop waiting
                guard: 'callOverdue',
                target: '#verification.callEnded',
                actions: [
                  'markTimedOut',
                  { type: 'recordError', params: ({ event }) => ({ error: event.error }) },
                ],
              },
              { target: 'waiting', actions: { type: 'backOff', params: { failed: true } } },
            ],
          },
        },
      },
    },
    /** Voicemail, no key, declined, no answer, timed out: call again or use another method. */
    callEnded: {
      on: { 'CALL.AGAIN': { target: 'sending', actions: 'prepareCallAgain' } },
    },
    /** Sending was refused for a while: the retry time is counted down, alternatives offered. */
    throttled: {
      after: { retryAfter: { target: 'retryable', actions: assign({ retryAt: null }) } },
    },
    retryable: {
      on: { RETRY: 'sending' },
    },
    /** This method cannot be used (the parent offers the others). */
    blocked: {},
    sendFailed: {
      on: { RETRY: 'sending' },
    },
    resumeFailed: {
      on: { RETRY: 'resuming' },
    },
    locked: { entry: 'forgetFlow' },
    expired: { entry: 'forgetFlow' },
    rejected: { type: 'final' },
    done: { type: 'final' },
  },
  output: ({ context }): VerificationOutput =>
    context.latest && flowPosition(context.latest) === 'finished'
      ? { outcome: 'verified', flow: context.latest }
      : { outcome: 'rejected', error: context.error ?? describeError(null) },
});

export type VerificationActor = import('xstate').ActorRefFrom<typeof verificationMachine>;
export type VerificationSnapshot = import('xstate').SnapshotFrom<typeof verificationMachine>;
