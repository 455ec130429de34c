// Statecharts a parent does not need for its first screen, and the verification statechart loaded
// that way: the parent invokes the stand-in (`machine`) like the statechart itself, after a state
// that invokes `load`, so the code downloads only when the statechart is about to start (or when
// the parent's View preloads it). A reset's steps are loaded the same way (password-reset-steps).
import { type AnyStateMachine, fromPromise } from 'xstate';
import { ApiError } from '../../api/errors';

export function lazyMachine<M extends AnyStateMachine>(
  names: {
    /** What the statechart is called when a parent uses it too early. */
    machine: string;
    /** The name the parent imports `load` by. */
    load: string;
  },
  download: () => Promise<M>,
) {
  let loaded: M | null = null;
  return {
    /**
     * Downloads the statechart (once); a parent invokes this before it invokes the statechart. A
     * download that fails is the network's fault, and said so (the parent shows it like any other).
     */
    load: fromPromise<void>(async () => {
      try {
        loaded ??= await download();
      } catch {
        throw new ApiError('network-error');
      }
    }),
    /**
     * Stands in for the statechart until it has downloaded, then is it: every property is the loaded
     * machine's (methods bound to it). Using it earlier is a parent's mistake, said plainly.
     */
    machine: new Proxy({} as M, {
      get(_, key) {
        if (!loaded) throw new Error(`${names.machine} was used before ${names.load} finished.`);
        const value = Reflect.get(loaded, key, loaded);
        return typeof value === 'function' ? value.bind(loaded) : value;
      },
      has: (_, key) => loaded !== null && key in loaded,
    }),
  };
}

const verification = lazyMachine(
  { machine: 'The verification statechart', load: 'loadVerificationMachine' },
  async () => (await import('./machine')).verificationMachine,
);

export const loadVerificationMachine = verification.load;
export const lazyVerificationMachine = verification.machine;
