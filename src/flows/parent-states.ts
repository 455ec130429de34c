// The parts of a parent's statechart around the verification child (the parent keeps the child's
// output as `outcome`; verification-parent.ts reads it): the state that downloads and runs the child,
// the state that routes once it is over, and the guards on the methods the parent offers.
//
// A parent passes the guards into its own setup() and builds its states with the factories; they
// name guards, actions and actors, and the parent's setup() checks every name where a state is used.
import { lazyVerificationMachine, loadVerificationMachine } from './verification/lazy-machine';
import type { VerificationInput } from './verification/machine';
import type { ListedMethod } from './verification/methods';
import { leftForMethod, type ParentContext } from './verification-parent';

const usable = (methods: readonly ListedMethod[], methodId: unknown) =>
  methods.some((method) => method.id === methodId && method.available);

/**
 * Guards on the list of methods a parent offers, wherever its context keeps it (`methodsOf`): the
 * one picked can be used, the one the person left the child for can be, a limit has yet to lift.
 */
export const methodGuards = <C>(methodsOf: (context: C) => readonly ListedMethod[]) => ({
  methodUsable: ({ context, event }: { context: C; event: { type: string; methodId?: unknown } }) =>
    event.type === 'METHOD.SELECT' && usable(methodsOf(context), event.methodId),
  /** The method the person picked on the way out of the last one, if it can be used. */
  leftForUsableMethod: ({ context }: { context: C & ParentContext }) =>
    usable(methodsOf(context), leftForMethod(context.outcome)),
  limitPending: ({ context }: { context: C }) =>
    methodsOf(context).some((method) => method.availableAt !== null),
});

/** The actors `verifyingState` invokes: the child's statechart, downloaded when it is about to start. */
export const verificationActors = {
  loadVerification: loadVerificationMachine,
  verification: lazyVerificationMachine,
};

/**
 * The state in which a parent runs the child: first it downloads the child's statechart
 * (the parent provides `verificationActors`), then runs it with
 * `input`, and goes to `done` when it is over. A download that fails goes where `failed` says (the
 * screens' code did not come: back where the person was, saying why); `snapshot` is what the parent
 * does with the child's snapshots, if anything.
 */
export const verifyingState = <C, const F, const D, const S = undefined>(parent: {
  failed: F;
  input: (args: { context: C }) => VerificationInput;
  done: D;
  snapshot?: S;
}) =>
  ({
    initial: 'preparing',
    states: {
      preparing: {
        invoke: {
          id: 'loadVerification',
          src: 'loadVerification',
          onDone: 'running',
          onError: parent.failed,
        },
      },
      running: {
        invoke: {
          id: 'verification',
          src: 'verification',
          input: parent.input,
          onDone: parent.done,
          onSnapshot: parent.snapshot,
        },
      },
    },
  }) as const;

/** A transition by target and action names: the parent's setup() checks them where it uses the state. */
export interface Go {
  readonly target: string;
  readonly actions?: unknown;
}

/**
 * The state a parent enters once the child is over (its output kept as `outcome`, which the
 * `outcomeGuards` and `leftForUsableMethod` read). The routes are tried in this order:
 * - `finished`: verified, and how the flow goes on (signed in, the next step), each with its guard;
 * - `method`: left for another method that can be used: that one;
 * - `restart`: "Start again", "Cancel";
 * - `rejected`: the method itself was refused: say why;
 * - `unusable`: verified, yet at a point the parent cannot go on from, each with its guard;
 * - `otherwise`: another way, a call cancelled, a method that is not usable any more.
 */
export const verifiedState = <
  const F extends readonly unknown[],
  const M extends Go,
  const S extends Go,
  const J extends Go,
  const U extends readonly unknown[],
  const O extends Go,
>(routes: {
  finished: F;
  method: M;
  restart: S;
  rejected: J;
  unusable: U;
  otherwise: O;
}) =>
  ({
    always: [
      ...routes.finished,
      { guard: 'leftForUsableMethod', ...routes.method },
      { guard: { type: 'leftBy', params: { way: 'restart' } }, ...routes.restart },
      { guard: 'rejected', ...routes.rejected },
      ...routes.unusable,
      routes.otherwise,
    ],
  }) as const;
