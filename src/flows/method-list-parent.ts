// What the parents that show a flow's list of methods before the verification share (password
// sign-in's MFA, the reset's steps): the list kept current while a limit lifts, picking a method,
// picking a verification up again after a reload, and the list again when a verification is over.
//
// Each parent imports this module as `methodList`, passes its implementations into its own setup()
// and builds its states with the factories below; the factories name guards, actions and actors
// (the parent provides `loadFlow`: where the flow stands, read with the flow's secret if it has
// one), and the parent's setup() checks every name where the state is used.
import { assign, type EventObject } from 'xstate';
import { describeError, type ErrorInfo } from '../api/errors';
import type { Flow } from '../api/types';
import { errorOf, outputOf } from './actor-events';
import { type Go, methodGuards, verifiedState } from './parent-states';
import type { VerificationOutput } from './verification/machine';
import type { ListedMethod } from './verification/methods';
import { leftForMethod, rejectionOf, unusableVerified } from './verification-parent';

/** What such a parent keeps of its flow, the methods and the verification. */
export interface Context {
  flowId: string | null;
  /** The flow remembered from before a reload, to ask the backend about. */
  resumeFlowId: string | null;
  /** A verification to resume after a reload. */
  resumeVerification: boolean;
  methods: ListedMethod[];
  /** The method being verified now. */
  methodId: string | null;
  /** Why the last method could not be used (shown above the list of the others). */
  methodError: ErrorInfo | null;
  /** Why the flow could not be read after a reload. */
  resumeError: ErrorInfo | null;
  outcome: VerificationOutput | null;
}

/**
 * A sign-in's flow secret (the answer that created the flow gave it), sent with every read of the
 * flow so that a session whose answer was lost can be recovered; a parent without one sends null.
 */
type FlowSecret = { flowSecret?: string | null };

export const guards = {
  ...methodGuards((context: Pick<Context, 'methods'>) => context.methods),
  answered: ({ event }: { event: unknown }, { stage }: { stage: Flow['stage'] }) =>
    outputOf<Flow>(event).stage === stage,
  /** A request failed with this problem code. */
  failedWith: ({ event }: { event: unknown }, { code }: { code: string }) =>
    describeError(errorOf(event)).code === code,
};

export const delays = {
  /** Until the first temporarily unavailable method can be used again (asked at most once a second). */
  limitLifts: ({ context }: { context: Pick<Context, 'methods'> }) =>
    Math.max(
      1000,
      Math.min(...context.methods.map((method) => method.availableAt ?? Number.POSITIVE_INFINITY)) -
        Date.now(),
    ),
};

/** The actions the states below name, typed for the parent's own context and events. */
export function actions<C extends Context, E extends EventObject>() {
  // Every change here is to Context's fields, which C has: the one cast that says so.
  const update = (change: (args: { context: C; event: E }) => Partial<Context>) =>
    assign<C, E, undefined, E, never>((args) => change(args) as Partial<C>);
  return {
    recordOutcome: update(({ event }) => ({ outcome: outputOf<VerificationOutput>(event) })),
    /** The method picked on the list. */
    chooseMethod: update(({ event }: { event: { type: string; methodId?: unknown } }) => ({
      methodId: typeof event.methodId === 'string' ? event.methodId : null,
      methodError: null,
    })),
    /** The method picked on the way out of the last one. */
    chooseLeftMethod: update(({ context }) => ({
      methodId: leftForMethod(context.outcome),
      methodError: null,
    })),
    /** A reload in the middle of a verification: the child picks it up; nothing is sent again. */
    pickUpVerification: update(({ event }) => {
      const flow = outputOf<Flow>(event);
      return {
        resumeVerification: true,
        methodId: flow.stage === 'verifying' ? flow.verification.methodId : null,
      };
    }),
    /** The screens' code did not download. */
    explainLoadFailure: update(({ event }) => ({
      methodError: describeError(errorOf(event)),
    })),
    explainRejection: update(({ context }) => ({ methodError: rejectionOf(context.outcome) })),
    /** After a reload the flow could not be read (offline, a failing backend, an answer outside the contract). */
    recordResumeError: update(({ event }) => ({ resumeError: describeError(errorOf(event)) })),
    forgetResumeError: update(() => ({ resumeError: null })),
    /** Verified, yet at a point this flow cannot go on from: not an answer it can use. */
    explainUnusable: update(({ context }) => ({ methodError: unusableVerified(context.outcome) })),
  };
}

/** The parent's `loadFlow`, reading the flow by the id in `key`, with the parent's secret if it has one. */
const readFlow = (key: 'flowId' | 'resumeFlowId') =>
  ({
    id: 'loadFlow',
    src: 'loadFlow',
    input: ({ context }: { context: Pick<Context, 'flowId' | 'resumeFlowId'> & FlowSecret }) => ({
      flowId: context[key]!,
      flowSecret: context.flowSecret ?? null,
    }),
  }) as const;

/**
 * After a reload: ask the backend where the flow stands, and pick it up there; nothing is sent. A
 * verification under way or the list are picked up here (`accept` takes the flow in); `answers` are
 * the parent's routes for the other stages, `failed` where it goes when the flow cannot be read.
 */
export const resuming = <const A extends string, const T extends readonly unknown[], const F>(parent: {
  accept: A;
  answers: T;
  failed: F;
}) =>
  ({
    tags: ['busy'],
    invoke: {
      ...readFlow('resumeFlowId'),
      onDone: [
        {
          guard: { type: 'answered', params: { stage: 'verifying' } },
          target: 'verifying',
          actions: [parent.accept, 'pickUpVerification'],
        },
        {
          guard: { type: 'answered', params: { stage: 'awaiting-method' } },
          target: 'choosingMethod',
          actions: parent.accept,
        },
        ...parent.answers,
      ],
      onError: parent.failed,
    },
  }) as const;

/**
 * "We couldn't pick up where you left off" (`resuming` could not read the flow; the reason is kept by
 * `recordResumeError`): read again, or the parent's "Start again" (`restart`).
 */
export const resumeFailed = <const R>(parent: { restart: R }) =>
  ({
    on: {
      RETRY: { target: 'resuming', actions: 'forgetResumeError' },
      RESTART: parent.restart,
    },
  }) as const;

/**
 * "Verify your identity": every method, default first; unusable ones say why. `accept` takes in the
 * flow read again; `refreshFailed` goes before the list staying as it is when it cannot be read;
 * `restart` is the parent's "Start again".
 */
export const choosingMethod = <const A extends string, const F extends readonly unknown[], const R>(parent: {
  accept: A;
  refreshFailed: F;
  restart: R;
}) =>
  ({
    initial: 'listed',
    states: {
      listed: { always: [{ guard: 'limitPending', target: 'limited' }, { target: 'ready' }] },
      ready: {},
      /** A method waits for a limit to lift: then ask again, so it becomes a button by itself. */
      limited: { after: { limitLifts: 'refreshing' } },
      /** Back from a method: ask what is usable now (limits lift, availability changes). */
      refreshing: {
        invoke: {
          ...readFlow('flowId'),
          onDone: { target: 'listed', actions: parent.accept },
          // the list already shown stays usable; the backend re-checks whatever is chosen
          onError: [...parent.refreshFailed, { target: 'ready' }],
        },
      },
    },
    on: {
      'METHOD.SELECT': { guard: 'methodUsable', target: 'verifying', actions: 'chooseMethod' },
      RESTART: parent.restart,
    },
  }) as const;

/**
 * The verification is over: how the flow goes on (`finished`), the method the person left for, their
 * "Start again" (`restart`), or else the list (the state `list`), read again, saying why if it was
 * refused.
 */
export const verified = <const F extends readonly unknown[], const R extends Go>(parent: {
  finished: F;
  restart: R;
  list: string;
}) =>
  verifiedState({
    finished: parent.finished,
    method: { target: 'verifying', actions: 'chooseLeftMethod' },
    restart: parent.restart,
    rejected: { target: parent.list, actions: 'explainRejection' },
    unusable: [{ guard: 'verified', target: parent.list, actions: 'explainUnusable' }],
    otherwise: { target: parent.list },
  });
