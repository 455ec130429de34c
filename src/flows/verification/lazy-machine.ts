// The verification statechart for a parent that does not need it on its first screen (security
// info shows a list first): the parent invokes `lazyVerificationMachine` like the machine itself,
// after a state that invokes `loadVerificationMachine`, so the statechart's code downloads only when
// a verification is about to start.
import { fromPromise } from 'xstate';
import { ApiError } from '../../api/errors';
import type { verificationMachine } from './machine';

type VerificationMachine = typeof verificationMachine;

let loaded: VerificationMachine | null = null;

/**
 * Downloads the statechart (once); a parent invokes this before it invokes the verification. A
 * download that fails is the network's fault, and said so (the parent shows it like any other).
 */
export const loadVerificationMachine = fromPromise<void>(async () => {
  try {
    loaded ??= (await import('./machine')).verificationMachine;
  } catch {
    throw new ApiError('network-error');
  }
});

/**
 * Stands in for the statechart until it has downloaded, then is it: every property is the loaded
 * machine's (methods bound to it). Using it earlier is a parent's mistake, said plainly.
 */
export const lazyVerificationMachine = new Proxy({} as VerificationMachine, {
  get(_, key) {
    if (!loaded)
      throw new Error('The verification statechart was used before loadVerificationMachine finished.');
    const value = Reflect.get(loaded, key, loaded);
    return typeof value === 'function' ? value.bind(loaded) : value;
  },
  has: (_, key) => loaded !== null && key in loaded,
});
