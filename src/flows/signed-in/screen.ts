// The one selector from the signed-in machine's snapshot to the screen that shows it.
import type { ErrorInfo } from '../../api/errors';
import type { Session } from '../../api/types';
import type { signedInMachine } from './machine';

type Snapshot = import('xstate').SnapshotFrom<typeof signedInMachine>;

export type SignedInScreen =
  | { name: 'loading' }
  | { name: 'failed'; error: ErrorInfo; signingOut: boolean }
  | { name: 'ready'; session: Session; signingOut: boolean }
  /** Signed out (or never signed in): the route takes the person to sign in. */
  | { name: 'signedOut' };

export function signedInScreen(snapshot: Snapshot): SignedInScreen {
  const { context } = snapshot;
  if (snapshot.status === 'done') return { name: 'signedOut' };
  const signingOut = snapshot.matches('signingOut');
  if (context.session) return { name: 'ready', session: context.session, signingOut };
  if (context.error && (snapshot.matches('failed') || signingOut))
    return { name: 'failed', error: context.error, signingOut };
  return { name: 'loading' };
}
