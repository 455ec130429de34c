// The shared verification statechart: one verification (a texted or e-mailed code, an authenticator
// code, or a voice call answered with #) inside a flow. SMS sign-in, MFA, password reset and phone
// registration invoke it as a child actor; its final output says how the flow moved on, or which
// way out the person took (src/behaviour.md#code-entry, #voice-call, #ways-out).
//
// Every failed request is classified once (rules.ts, `classify`) and the state that made it routes
// on the kind. Ways out are requests to leave (LEAVE): a live call is hung up at the backend first,
// and if the person pressed # meanwhile they are verified rather than sent away.
import { assign, enqueueActions, fromCallback, fromPromise, not, setup, stateIn } from 'xstate';
import { describeError, outcomeUnknown, UNEXPECTED } from '../../api/errors';
import { newIdempotencyKey } from '../../api/idempotency';
import { apiClient } from '../../api/load-client';
import type {
  DeliveryKind,
  Flow,
  FlowStep,
  PhoneMethodId,
  PhoneType,
  VerificationMethod,
} from '../../api/types';
import type { MessageId } from '../../content/i18n';
import { typedNumberToE164 } from '../../phone/confirm';
import { maskParts } from '../../phone/mask';
import { errorOf, outputOf } from '../actor-events';
import {
  CALL_GRACE_MS,
  type CodeProblem,
  type ConfirmProblem,
  classify,
  confirmProblem,
  type Failure,
  type FailureKind,
  type FlowPosition,
  flowPosition,
  HELP_AFTER_MS,
  isVerifying,
  nextPollDelay,
  POLL_FIRST_MS,
  readCode,
} from './rules';

/** How to start the verification: each flow sends differently, the rest is shared. */
export type SendRequest =
  | { kind: 'sms-sign-in'; phoneNumber: string }
  /** One of the flow's methods (MFA, step-up, password reset); reset phones are confirmed first. */
  | { kind: 'method'; flowId: string; methodId: string; confirmPhoneNumber?: string }
  /** Verify a phone that is not saved yet; it is saved once verified. */
  | {
      kind: 'register-phone';
      token: string;
      phoneNumber: string;
      phoneType: PhoneType;
      verifyBy: DeliveryKind;
    }
  | {
      kind: 'change-phone';
      token: string;
      methodId: PhoneMethodId;
      phoneNumber: string;
      verifyBy: DeliveryKind;
    };

/** The ways out a person can take from any screen of the verification. */
export type Leave =
  /** "Sign in another way", "I can't use this method": the parent's other options. */
  | { way: 'anotherWay' }
  /** "Start again", "Use a different number". */
  | { way: 'restart' }
  /** "Cancel the call". */
  | { way: 'cancelCall' }
  /** A method suggested instead ("Text me instead", other ways to verify). */
  | { way: 'method'; methodId: string };

/** Which ways out the parent offers, and how it names them (message ids of the catalog). */
export interface WaysOut {
  anotherWay?: MessageId;
  restart: MessageId;
  /** Offer "Cancel the call" on the call screen. */
  cancelCall?: boolean;
}

/**
 * What the verification is for: it words the call and the end of a flow accordingly (a new phone
 * is being checked, not a sign-in finished).
 */
export type Purpose = 'sign-in' | 'reset' | 'register' | 'step-up';

export interface VerificationInput {
  /** Send first (a new code or call)... */
  send?: SendRequest;
  /** ...or, after a reload, ask the backend where this flow stands and send nothing. */
  resumeFlowId?: string;
  /**
   * The secret the flow's creation answered with, when the parent created the flow (or remembered
   * it before a reload). A flow this verification creates brings its own.
   */
  flowSecret?: string | null;
  /** The flow's methods as the parent last read them: alternatives to suggest. */
  methods?: readonly VerificationMethod[];
  ways: WaysOut;
  purpose?: Purpose;
  /** Which step of the flow this is, when the parent knows before the first answer (a reset). */
  step?: FlowStep;
}

export type VerificationOutput =
  | { outcome: 'verified'; flow: Flow }
  | { outcome: 'rejected'; failure: Failure }
  | { outcome: 'left'; leave: Leave };

export interface VerificationContext {
  send: SendRequest | null;
  resumeFlowId: string | null;
  /** Sent with every read, so that a sign-in whose completing answer was lost still gets its session. */
  flowSecret: string | null;
  ways: WaysOut;
  purpose: Purpose;
  methods: readonly VerificationMethod[];
  /** The flow as last read. */
  flow: Flow | null;
  /** The step being verified (a reset has two): a later step after a hang-up means it passed. */
  step: FlowStep | null;
  /** The code as typed (shown back as typed, letters and all). */
  code: string;
  codeLength: number;
  codeProblem: CodeProblem | null;
  /** The complete number typed to confirm a masked one (password reset), and as E.164. */
  confirmNumber: string;
  confirmE164: string | null;
  confirmProblem: ConfirmProblem | null;
  /** The latest failure of a send, a read or a check, classified. */
  failure: Failure | null;
  resendFailure: Failure | null;
  /** Deadlines (epoch ms): screens count them down, `after` delays derive from them. */
  resendAt: number | null;
  retryAt: number | null;
  callStartedAt: number | null;
  callEndsAt: number | null;
  /** Polls of this call stop after this long, whatever the backend keeps saying. */
  pollLimitMs: number;
  /** When "Didn't get the call?" is offered: fixed when the call is placed (epoch ms). */
  callHelpAt: number | null;
  /** Time spent waiting between polls of this call. */
  waitedMs: number;
  pollDelayMs: number;
  /** The client gave up on the call (the backend never said it ended). */
  callTimedOut: boolean;
  /** New codes sent so far at the person's request. */
  resends: number;
  /**
   * When the code in use was sent (epoch ms), as this page saw the answer (after a reload, when it
   * read the flow): the time support asks for when nothing arrives.
   */
  sentAt: number | null;
  sendKey: string;
  resendKey: string;
  /** The code check's key: kept for a retry of the same code, new for a new code. */
  checkKey: string;
  leave: Leave | null;
}

export type VerificationEvent =
  | { type: 'CODE.CHANGE'; code: string }
  | { type: 'CODE.SUBMIT' }
  | { type: 'CODE.RESEND' }
  | { type: 'CODE.REFRESHED' }
  /** The complete number as typed (read as E.164 here, in the masked number's country). */
  | { type: 'NUMBER.CHANGE'; number: string }
  | { type: 'NUMBER.SUBMIT' }
  | { type: 'CALL.AGAIN' }
  | { type: 'RETRY' }
  | { type: 'LEAVE'; leave: Leave };

const seconds = (n: number) => n * 1000;

const nothing = () => undefined;

/** The flow id the verification belongs to, once known. */
const flowIdOf = (context: VerificationContext): string | null =>
  context.flow?.flowId ??
  context.resumeFlowId ??
  (context.send?.kind === 'method' ? context.send.flowId : null);

/** A registration's call is the registration: hanging up abandons it (nothing is saved). */
const registering = (context: VerificationContext) =>
  context.send?.kind === 'register-phone' || context.send?.kind === 'change-phone';

/** Hangs up at the backend; a failure changes nothing for the person, who is leaving anyway. */
async function hangUpCall(flowId: string, registration: boolean): Promise<unknown> {
  const api = await apiClient();
  return (registration ? api.cancelFlow(flowId) : api.cancelVerification(flowId)).catch(nothing);
}

const currentMethod = (context: VerificationContext) =>
  context.methods.find(
    (method) => method.id === (context.send?.kind === 'method' ? context.send.methodId : null),
  );

/**
 * A code check or a resend can meet a failure that ends code entry altogether: the same for both
 * (a resend's failure then becomes the one the next screen explains).
 */
const endCodeEntry = <G extends 'failed' | 'resendFailed'>(guard: G) =>
  (['locked', 'expired', 'denied', 'stale'] as const).map((as) => ({
    guard: { type: guard, params: { as } },
    target: as === 'stale' ? ('#verification.reading' as const) : (`#verification.${as}` as const),
    actions: guard === 'resendFailed' ? ('adoptResendFailure' as const) : [],
  }));

export const verificationMachine = setup({
  types: {
    input: {} as VerificationInput,
    output: {} as VerificationOutput,
    context: {} as VerificationContext,
    events: {} as VerificationEvent,
    tags: {} as 'busy' | 'resending',
  },
  actors: {
    sendCode: fromPromise<Flow, { request: SendRequest; idempotencyKey: string }>(
      async ({ input, signal }) => {
        const { request, idempotencyKey } = input;
        const api = await apiClient();
        switch (request.kind) {
          case 'sms-sign-in':
            return api.startSmsSignIn(request.phoneNumber, idempotencyKey, signal);
          case 'method': {
            const { methodId, confirmPhoneNumber } = request;
            const body = confirmPhoneNumber === undefined ? { methodId } : { methodId, confirmPhoneNumber };
            return api.startVerification(request.flowId, body, idempotencyKey, signal);
          }
          case 'register-phone': {
            const { phoneNumber, phoneType, verifyBy } = request;
            return api.addPhoneMethod(
              request.token,
              { phoneNumber, phoneType, verifyBy },
              idempotencyKey,
              signal,
            );
          }
          case 'change-phone': {
            const { phoneNumber, verifyBy } = request;
            return api.changePhoneMethod(
              request.token,
              request.methodId,
              { phoneNumber, verifyBy },
              idempotencyKey,
              signal,
            );
          }
        }
      },
    ),
    loadFlow: fromPromise<Flow, { flowId: string; flowSecret: string | null }>(async ({ input, signal }) =>
      (await apiClient()).getFlow(input.flowId, input.flowSecret, signal),
    ),
    checkCode: fromPromise<Flow, { flowId: string; code: string; idempotencyKey: string }>(
      async ({ input, signal }) =>
        (await apiClient()).submitCode(input.flowId, input.code, input.idempotencyKey, signal),
    ),
    resendCode: fromPromise<Flow, { flowId: string; idempotencyKey: string }>(async ({ input, signal }) =>
      (await apiClient()).resendCode(input.flowId, input.idempotencyKey, signal),
    ),
    /** Hang up, then read where the flow stands: # may have been pressed while the person left. */
    leaveCall: fromPromise<Flow | null, { flowId: string; flowSecret: string | null; registration: boolean }>(
      async ({ input }) => {
        await hangUpCall(input.flowId, input.registration);
        return (await apiClient()).getFlow(input.flowId, input.flowSecret).catch(() => null);
      },
    ),
    /** Holds the line while calling: if the whole verification is stopped (the screen closed), hang up. */
    holdLine: fromCallback<
      { type: 'never' },
      { owner: { getSnapshot: () => { status: string } }; flowId: string; registration: boolean }
    >(({ input }) => () => {
      if (input.owner.getSnapshot().status === 'stopped') void hangUpCall(input.flowId, input.registration);
    }),
  },
  guards: {
    resuming: ({ context }) => context.resumeFlowId !== null,
    /** A reset phone: the person types the whole number before anything is sent to it. */
    mustConfirmNumber: ({ context }) =>
      context.send?.kind === 'method' &&
      context.send.confirmPhoneNumber === undefined &&
      currentMethod(context)?.requiresPhoneConfirmation === true,
    numberConfirmable: ({ context }) =>
      confirmProblem(
        context.confirmNumber,
        context.confirmE164,
        currentMethod(context)?.maskedDestination ?? '',
      ) === null,
    flowIs: ({ context }, { position }: { position: FlowPosition }) =>
      context.flow !== null && flowPosition(context.flow, context.step?.current ?? null) === position,
    failed: ({ context }, { as }: { as: FailureKind }) => context.failure?.kind === as,
    resendFailed: ({ context }, { as }: { as: FailureKind }) => context.resendFailure?.kind === as,
    /** The flow moved on meanwhile (a call approved while texting): read where it stands. */
    flowMovedOn: ({ context }) => context.failure?.kind === 'stale' && flowIdOf(context) !== null,
    /**
     * An answer outside the contract, a key the backend says was reused, or "the flow moved on"
     * before there is a flow to read.
     */
    answerMakesNoSense: ({ context }) =>
      context.failure?.kind === 'unexpected' || context.failure?.kind === 'stale',
    codeReady: ({ context }) => readCode(context.code, context.codeLength).problem === null,
    canResend: ({ context }) => context.resendAt !== null,
    callOverdue: ({ context }) => context.waitedMs >= context.pollLimitMs,
    /** A second press on a method while the first is being sent: one request, one screen. */
    sameChoiceAgain: (_, { leave }: { leave: Leave }) => leave.way === 'method',
    /** The request in flight may be placing a call the backend has to hang up. */
    mayBeCalling: ({ context }) =>
      flowIdOf(context) !== null &&
      ((isVerifying(context.flow) && context.flow.verification.type === 'voice') ||
        currentMethod(context)?.type === 'voice'),
  },
  delays: {
    resendCooldown: ({ context }) => Math.max(0, (context.resendAt ?? 0) - Date.now()),
    retryAfter: ({ context }) => Math.max(0, (context.retryAt ?? 0) - Date.now()),
    pollDelay: ({ context }) => context.pollDelayMs,
    codeHelp: HELP_AFTER_MS,
    callHelp: ({ context }) => Math.max(0, (context.callHelpAt ?? 0) - Date.now()),
  },
  actions: {
    acceptFlow: assign(({ context, event }) => {
      const flow = outputOf<Flow | null>(event);
      if (flow === null) return {};
      const methods = 'methods' in flow && flow.methods.length > 0 ? flow.methods : context.methods;
      // Only the answer that created the flow has its secret; later ones leave the one kept.
      const flowSecret = ('flowSecret' in flow ? flow.flowSecret : undefined) ?? context.flowSecret;
      if (flow.stage !== 'verifying') return { flow, methods, flowSecret };
      const { verification } = flow;
      const { call } = verification;
      const now = Date.now();
      const sameVerification = isVerifying(context.flow) && context.flow.verification.id === verification.id;
      return {
        flow,
        methods,
        flowSecret,
        sentAt: sameVerification ? context.sentAt : now,
        step: flow.step,
        codeLength: verification.codeLength ?? 6,
        resendAt: verification.resendInSeconds == null ? null : now + seconds(verification.resendInSeconds),
        callStartedAt: call ? now - seconds(call.elapsedSeconds) : null,
        callEndsAt: call ? now + seconds(call.remainingSeconds) : null,
      };
    }),
    /** The one step that turns a failed request into a kind the states route on. */
    classifyFailure: assign(({ context, event }, { retrying }: { retrying: 'send' | 'check' | 'none' }) => {
      const failure = classify(describeError(errorOf(event)));
      // A retry after an unknown outcome is the same action (one text at most, the same answer to a
      // code that may have completed the flow); anything else is new.
      const renew = !outcomeUnknown(failure.error);
      return {
        failure,
        sendKey: retrying === 'send' && renew ? newIdempotencyKey() : context.sendKey,
        checkKey: retrying === 'check' && renew ? newIdempotencyKey() : context.checkKey,
      };
    }),
    classifyResendFailure: assign(({ context, event }) => {
      const failure = classify(describeError(errorOf(event)));
      return {
        resendFailure: failure,
        resendKey: outcomeUnknown(failure.error) ? context.resendKey : newIdempotencyKey(),
      };
    }),
    clearFailure: assign({ failure: null }),
    /** A resend that ends the verification: its failure is the one the next screen explains. */
    adoptResendFailure: assign(({ context }) => ({ failure: context.resendFailure })),
    startThrottle: assign(({ context }) => ({
      retryAt: Date.now() + seconds(context.failure?.error.retryAfterSeconds ?? 0),
    })),
    delayResend: assign(({ context }) => ({
      resendAt: Date.now() + seconds(context.resendFailure?.error.retryAfterSeconds ?? 0),
    })),
    renewSendKey: assign({ sendKey: () => newIdempotencyKey() }),
    renewResendKey: assign({ resendKey: () => newIdempotencyKey() }),
    /** A new code replaces the old one: the field starts afresh (unless a check is under way). */
    countResend: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ resends: context.resends + 1, sentAt: Date.now() });
      enqueue.raise({ type: 'CODE.REFRESHED' });
    }),
    recordLeave: assign((_, { leave }: { leave: Leave }) => ({ leave })),
    /** "Call again" repeats the request that placed the call; after a reload it is rebuilt from the flow. */
    prepareCallAgain: assign(({ context }) => ({
      send:
        context.send ??
        (isVerifying(context.flow)
          ? {
              kind: 'method' as const,
              flowId: context.flow.flowId,
              methodId: context.flow.verification.methodId,
            }
          : null),
    })),
    updateCode: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'CODE.CHANGE') return;
      const { problem } = readCode(event.code, context.codeLength);
      enqueue.assign({
        code: event.code,
        // An unfinished code is not a problem while it is being typed.
        codeProblem: problem === 'incomplete' ? null : problem,
        failure: null,
        // Another code is another check, even after one whose answer never came.
        ...(event.code !== context.code ? { checkKey: newIdempotencyKey() } : {}),
      });
      // All digits in (typed, pasted or filled by WebOTP): check at once.
      if (problem === null && event.code !== context.code) enqueue.raise({ type: 'CODE.SUBMIT' });
    }),
    explainCode: assign(({ context }) => ({
      codeProblem: readCode(context.code, context.codeLength).problem,
    })),
    clearCode: assign({ code: '', codeProblem: null }),
    updateNumber: assign(({ context, event }) =>
      event.type === 'NUMBER.CHANGE'
        ? {
            confirmNumber: event.number,
            confirmE164: typedNumberToE164(
              event.number,
              maskParts(currentMethod(context)?.maskedDestination ?? '')?.callingCode ?? null,
            ),
            confirmProblem: null,
            failure: null,
          }
        : {},
    ),
    explainNumber: assign(({ context }) => ({
      confirmProblem: confirmProblem(
        context.confirmNumber,
        context.confirmE164,
        currentMethod(context)?.maskedDestination ?? '',
      ),
    })),
    useNumber: assign(({ context }) => ({
      send:
        context.send?.kind === 'method' && context.confirmE164
          ? { ...context.send, confirmPhoneNumber: context.confirmE164 }
          : context.send,
    })),
    /** The number did not match: type it again, as typed so far. */
    reopenNumber: assign(({ context }) => ({
      send:
        context.send?.kind === 'method' ? { ...context.send, confirmPhoneNumber: undefined } : context.send,
    })),
    startCallClock: assign(({ context }) => ({
      failure: null,
      pollDelayMs: POLL_FIRST_MS,
      waitedMs: 0,
      callTimedOut: false,
      pollLimitMs: Math.max(0, (context.callEndsAt ?? Date.now()) - Date.now()) + CALL_GRACE_MS,
      callHelpAt: (context.callStartedAt ?? Date.now()) + HELP_AFTER_MS,
    })),
    countWait: assign(({ context }) => ({ waitedMs: context.waitedMs + context.pollDelayMs })),
    backOff: assign(({ context }, { failed }: { failed: boolean }) => ({
      pollDelayMs: nextPollDelay(context.pollDelayMs, failed),
    })),
    markTimedOut: assign({ callTimedOut: true }),
  },
}).createMachine({
  id: 'verification',
  context: ({ input }) => ({
    send: input.send ?? null,
    resumeFlowId: input.resumeFlowId ?? null,
    flowSecret: input.flowSecret ?? null,
    ways: input.ways,
    purpose: input.purpose ?? 'sign-in',
    methods: input.methods ?? [],
    flow: null,
    step: input.step ?? null,
    code: '',
    codeLength: 6,
    codeProblem: null,
    confirmNumber: '',
    confirmE164: null,
    confirmProblem: null,
    failure: null,
    resendFailure: null,
    resendAt: null,
    retryAt: null,
    callStartedAt: null,
    callEndsAt: null,
    pollLimitMs: 0,
    callHelpAt: null,
    waitedMs: 0,
    pollDelayMs: POLL_FIRST_MS,
    callTimedOut: false,
    resends: 0,
    sentAt: null,
    sendKey: newIdempotencyKey(),
    resendKey: newIdempotencyKey(),
    checkKey: newIdempotencyKey(),
    leave: null,
  }),
  initial: 'starting',
  // Leaving with nothing under way is immediate; states with a call or a send in flight override it.
  on: {
    LEAVE: {
      target: '.left',
      actions: { type: 'recordLeave', params: ({ event }) => ({ leave: event.leave }) },
    },
  },
  states: {
    starting: {
      always: [
        { guard: 'resuming', target: 'reading' },
        { guard: 'mustConfirmNumber', target: 'confirmingNumber' },
        { target: 'sending' },
      ],
    },
    /** "Enter your complete mobile number": checked by the backend before anything is sent. */
    confirmingNumber: {
      on: {
        'NUMBER.CHANGE': { actions: 'updateNumber' },
        'NUMBER.SUBMIT': [
          { guard: 'numberConfirmable', target: 'sending', actions: 'useNumber' },
          { actions: 'explainNumber' },
        ],
      },
    },
    sending: {
      tags: ['busy'],
      entry: 'clearFailure',
      invoke: {
        id: 'sendCode',
        src: 'sendCode',
        input: ({ context }) => ({ request: context.send!, idempotencyKey: context.sendKey }),
        onDone: { target: 'arrived', actions: ['acceptFlow', 'renewSendKey'] },
        onError: {
          target: 'sendRefused',
          actions: { type: 'classifyFailure', params: { retrying: 'send' } },
        },
      },
      on: {
        LEAVE: [
          { guard: { type: 'sameChoiceAgain', params: ({ event }) => ({ leave: event.leave }) } },
          {
            guard: 'mayBeCalling',
            target: 'hangingUp',
            actions: { type: 'recordLeave', params: ({ event }) => ({ leave: event.leave }) },
          },
          {
            target: 'left',
            actions: { type: 'recordLeave', params: ({ event }) => ({ leave: event.leave }) },
          },
        ],
      },
    },
    sendRefused: {
      always: [
        {
          guard: { type: 'failed', params: { as: 'throttled' } },
          target: 'throttled',
          actions: 'startThrottle',
        },
        {
          guard: { type: 'failed', params: { as: 'cooldown' } },
          target: 'throttled',
          actions: 'startThrottle',
        },
        { guard: { type: 'failed', params: { as: 'blocked' } }, target: 'blocked' },
        { guard: { type: 'failed', params: { as: 'denied' } }, target: 'denied' },
        { guard: { type: 'failed', params: { as: 'locked' } }, target: 'locked' },
        { guard: { type: 'failed', params: { as: 'expired' } }, target: 'expired' },
        {
          guard: { type: 'failed', params: { as: 'mismatch' } },
          target: 'confirmingNumber',
          actions: 'reopenNumber',
        },
        { guard: 'flowMovedOn', target: 'reading' },
        { guard: { type: 'failed', params: { as: 'rejected' } }, target: 'rejected' },
        { guard: 'answerMakesNoSense', target: 'unexpected' },
        { target: 'sendFailed' },
      ],
    },
    /** After a reload, or when the flow moved on meanwhile: ask where it stands; nothing is sent. */
    reading: {
      tags: ['busy'],
      invoke: {
        id: 'loadFlow',
        src: 'loadFlow',
        input: ({ context }) => ({ flowId: flowIdOf(context)!, flowSecret: context.flowSecret }),
        onDone: { target: 'arrived', actions: ['acceptFlow', 'clearFailure'] },
        onError: {
          target: 'readRefused',
          actions: { type: 'classifyFailure', params: { retrying: 'none' } },
        },
      },
    },
    readRefused: {
      always: [
        { guard: { type: 'failed', params: { as: 'expired' } }, target: 'expired' },
        { guard: { type: 'failed', params: { as: 'locked' } }, target: 'locked' },
        // No answer, one outside the contract, a failing backend: say so, and read again when asked
        // (a flow remembered before a reload that can't be read: the ways out drop it).
        { target: 'readFailed' },
      ],
    },
    /** Routes any answer about the flow to the screen it calls for. */
    arrived: {
      always: [
        { guard: { type: 'flowIs', params: { position: 'code' } }, target: 'code' },
        { guard: { type: 'flowIs', params: { position: 'call' } }, target: 'calling' },
        { guard: { type: 'flowIs', params: { position: 'callEnded' } }, target: 'callEnded' },
        { guard: { type: 'flowIs', params: { position: 'locked' } }, target: 'locked' },
        // Cancelled elsewhere (another tab): nothing to verify here any more.
        {
          guard: { type: 'flowIs', params: { position: 'withdrawn' } },
          target: 'left',
          actions: { type: 'recordLeave', params: { leave: { way: 'anotherWay' } } },
        },
        { target: 'done' },
      ],
    },
    code: {
      type: 'parallel',
      states: {
        field: {
          initial: 'editing',
          states: {
            editing: {
              on: {
                'CODE.CHANGE': { actions: 'updateCode' },
                'CODE.SUBMIT': [{ guard: 'codeReady', target: 'checking' }, { actions: 'explainCode' }],
                'CODE.REFRESHED': { actions: ['clearCode', 'clearFailure'] },
              },
            },
            // A new code asked for meanwhile does not throw this answer away: it waits for it.
            checking: {
              tags: ['busy'],
              invoke: {
                id: 'checkCode',
                src: 'checkCode',
                input: ({ context }) => ({
                  flowId: flowIdOf(context)!,
                  code: readCode(context.code, context.codeLength).digits,
                  idempotencyKey: context.checkKey,
                }),
                onDone: { target: '#verification.arrived', actions: 'acceptFlow' },
                onError: {
                  target: 'refused',
                  actions: { type: 'classifyFailure', params: { retrying: 'check' } },
                },
              },
            },
            refused: {
              always: [
                {
                  guard: { type: 'failed', params: { as: 'wrong' } },
                  target: 'editing',
                  actions: 'clearCode',
                },
                {
                  guard: { type: 'failed', params: { as: 'codeExpired' } },
                  target: 'codeExpired',
                  actions: 'clearCode',
                },
                {
                  guard: { type: 'failed', params: { as: 'throttled' } },
                  target: 'throttled',
                  actions: 'startThrottle',
                },
                ...endCodeEntry('failed'),
                { guard: { type: 'failed', params: { as: 'unexpected' } }, target: 'unexpected' },
                // no answer, or the backend failed: the code stays, the person tries again
                { target: 'editing' },
              ],
            },
            /** The check's answer was outside the contract: the same code is checked again when asked. */
            unexpected: {
              on: { RETRY: 'checking' },
            },
            /** The code ran out: only a new one helps (the resend region sends it). */
            codeExpired: {
              on: { 'CODE.REFRESHED': { target: 'editing', actions: 'clearFailure' } },
            },
            throttled: {
              after: {
                retryAfter: { target: 'editing', actions: ['clearFailure', assign({ retryAt: null })] },
              },
              on: { 'CODE.REFRESHED': { actions: 'clearCode' } },
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
            ready: {
              on: {
                'CODE.RESEND': {
                  guard: not(stateIn({ code: { field: 'checking' } })),
                  target: 'resending',
                },
              },
            },
            resending: {
              tags: ['resending'],
              entry: assign({ resendFailure: null }),
              invoke: {
                id: 'resendCode',
                src: 'resendCode',
                input: ({ context }) => ({ flowId: flowIdOf(context)!, idempotencyKey: context.resendKey }),
                onDone: {
                  target: 'coolingDown',
                  actions: ['acceptFlow', 'renewResendKey', 'countResend'],
                },
                onError: { target: 'refused', actions: 'classifyResendFailure' },
              },
            },
            refused: {
              always: [
                {
                  guard: { type: 'resendFailed', params: { as: 'cooldown' } },
                  target: 'coolingDown',
                  actions: 'delayResend',
                },
                {
                  guard: { type: 'resendFailed', params: { as: 'throttled' } },
                  target: 'limited',
                  actions: 'delayResend',
                },
                { guard: { type: 'resendFailed', params: { as: 'blocked' } }, target: 'unavailable' },
                ...endCodeEntry('resendFailed'),
                { guard: { type: 'resendFailed', params: { as: 'unexpected' } }, target: 'unexpected' },
                { guard: { type: 'resendFailed', params: { as: 'retry' } }, target: 'ready' },
                // refused for this method for good (rejected and the like): the code sent still counts
                { target: 'unavailable' },
              ],
            },
            /** A limit: the retry time is counted down, other methods are offered meanwhile. */
            limited: {
              after: { resendCooldown: { target: 'ready', actions: assign({ resendFailure: null }) } },
            },
            /** No resend for this method (an authenticator code), or the backend refused it for good. */
            unavailable: {},
            /**
             * The answer to the resend was outside the contract, or its key was reused: asked again,
             * with the same key when the code may have gone (classifyResendFailure).
             */
            unexpected: {
              on: { RETRY: 'resending' },
            },
          },
        },
        help: {
          initial: 'deciding',
          states: {
            // After a reload the code was sent a while ago: help at once, not 10 s after the reload.
            deciding: { always: [{ guard: 'resuming', target: 'offered' }, { target: 'hidden' }] },
            hidden: { after: { codeHelp: 'offered' } },
            /** "Didn't get the code?": resend, and what else to try. */
            offered: {},
          },
        },
      },
    },
    calling: {
      type: 'parallel',
      entry: 'startCallClock',
      invoke: {
        id: 'holdLine',
        src: 'holdLine',
        input: ({ context, self }) => ({
          owner: self,
          flowId: flowIdOf(context)!,
          registration: registering(context),
        }),
      },
      on: {
        'CALL.AGAIN': { target: 'sending', actions: 'prepareCallAgain' },
        LEAVE: {
          target: 'hangingUp',
          actions: { type: 'recordLeave', params: ({ event }) => ({ leave: event.leave }) },
        },
      },
      states: {
        poll: {
          initial: 'waiting',
          states: {
            waiting: {
              always: { guard: 'callOverdue', target: '#verification.callEnded', actions: 'markTimedOut' },
              after: { pollDelay: { target: 'checking', actions: 'countWait' } },
            },
            checking: {
              invoke: {
                id: 'pollCall',
                src: 'loadFlow',
                input: ({ context }) => ({ flowId: flowIdOf(context)!, flowSecret: context.flowSecret }),
                // An answer again: whatever kept the last polls from getting one is over.
                onDone: { target: 'answered', actions: ['acceptFlow', 'clearFailure'] },
                onError: {
                  target: 'refused',
                  actions: { type: 'classifyFailure', params: { retrying: 'none' } },
                },
              },
            },
            answered: {
              always: [
                {
                  guard: { type: 'flowIs', params: { position: 'call' } },
                  target: 'waiting',
                  actions: { type: 'backOff', params: { failed: false } },
                },
                { target: '#verification.arrived' },
              ],
            },
            refused: {
              always: [
                { guard: { type: 'failed', params: { as: 'expired' } }, target: '#verification.expired' },
                { guard: { type: 'failed', params: { as: 'locked' } }, target: '#verification.locked' },
                // No answer this time (the screen says why): ask again, less often; waiting gives up
                // at the call's deadline. The phone may well have been answered meanwhile.
                { target: 'waiting', actions: { type: 'backOff', params: { failed: true } } },
              ],
            },
          },
        },
        help: {
          initial: 'hidden',
          states: {
            hidden: { after: { callHelp: 'offered' } },
            /** "Didn't get the call?": call again, or a text instead. */
            offered: {},
          },
        },
      },
    },
    /** Voicemail, no key, declined, no answer, timed out: call again or use another method. */
    callEnded: {
      on: { 'CALL.AGAIN': { target: 'sending', actions: 'prepareCallAgain' } },
    },
    /** The person is leaving a call: it is hung up, and the flow read once more. */
    hangingUp: {
      tags: ['busy'],
      // leaveCall settles either way: a failed hang-up or read changes nothing for someone leaving
      invoke: {
        id: 'leaveCall',
        src: 'leaveCall',
        input: ({ context }) => ({
          flowId: flowIdOf(context)!,
          flowSecret: context.flowSecret,
          registration: registering(context),
        }),
        onDone: { target: 'hungUp', actions: 'acceptFlow' },
      },
      // Already on the way out: a second click changes nothing.
      on: { LEAVE: {} },
    },
    /** Verified after all if # was pressed before the call was hung up; otherwise gone. */
    hungUp: {
      always: [
        { guard: { type: 'flowIs', params: { position: 'finished' } }, target: 'done' },
        { target: 'left' },
      ],
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
    /** Nothing more can be done here for a long while: say so, with the reference for support. */
    denied: {},
    sendFailed: {
      on: { RETRY: 'sending' },
    },
    readFailed: {
      on: { RETRY: 'reading' },
    },
    /**
     * The send's answer was outside the contract (or its key was reused): said as something
     * unexpected; "Try again" is the same request, with the same key when the text may have gone.
     */
    unexpected: {
      on: { RETRY: 'sending' },
    },
    locked: {},
    expired: {},
    rejected: { type: 'final' },
    left: { type: 'final' },
    done: { type: 'final' },
  },
  output: ({ context }): VerificationOutput => {
    if (context.flow && flowPosition(context.flow, context.step?.current ?? null) === 'finished')
      return { outcome: 'verified', flow: context.flow };
    if (context.leave) return { outcome: 'left', leave: context.leave };
    return { outcome: 'rejected', failure: context.failure ?? classify(UNEXPECTED) };
  },
});

export type VerificationActor = import('xstate').ActorRefFrom<typeof verificationMachine>;
export type VerificationSnapshot = import('xstate').SnapshotFrom<typeof verificationMachine>;
/** What a screen can ask of the verification. */
export type Send = (event: VerificationEvent) => void;
