// The one selector from the password sign-in machine's snapshot to the screen that shows it.
import { ApiError, describeError, type ErrorInfo, UNEXPECTED } from '../../api/errors';
import type { MethodChoice } from '../verification/MethodChoicePage';
import type { CredentialsProblem, passwordSignInMachine } from './machine';

type Snapshot = import('xstate').SnapshotFrom<typeof passwordSignInMachine>;

/** The methods page: what every flow's shows, and this flow's own part of it. */
export interface ChooseMethodData extends MethodChoice {
  username: string;
}

export type PasswordSignInScreen =
  | {
      name: 'credentials';
      username: string;
      password: string;
      usernameError: CredentialsProblem | null;
      passwordError: CredentialsProblem | null;
      /** The backend's answer (wrong pair, throttled, unreachable): one message, above the form. */
      alert: ErrorInfo | null;
      /** When a lockout lifts (epoch ms): the alert counts down to it. */
      alertUntil: number | null;
      busy: boolean;
    }
  | ({ name: 'chooseMethod' } & ChooseMethodData)
  | { name: 'verifying'; chooseMethod: ChooseMethodData }
  /** Blocked by the administrator, in the backend's words (a reference, when it gave one). */
  | { name: 'blocked'; error: ErrorInfo }
  /** After a reload, the flow could not be read: why, read again, or start again. */
  | { name: 'resumeFailed'; error: ErrorInfo }
  | { name: 'working' };

function chooseMethod(snapshot: Snapshot, starting: boolean): ChooseMethodData {
  const { context } = snapshot;
  return {
    username: context.username.trim(),
    methods: context.methods,
    alert: context.methodError,
    starting: starting
      ? { calling: context.methods.find((method) => method.id === context.methodId)?.type === 'voice' }
      : null,
  };
}

export function passwordSignInScreen(snapshot: Snapshot): PasswordSignInScreen {
  const { context } = snapshot;
  if (snapshot.matches('credentials') || snapshot.matches('signingIn')) {
    const problem = context.credentialsProblem;
    return {
      name: 'credentials',
      username: context.username,
      password: context.password,
      usernameError: problem?.startsWith('username') ? problem : null,
      passwordError: problem?.startsWith('password') ? problem : null,
      alert: context.credentialsError,
      alertUntil: context.credentialsError ? context.credentialsRetryAt : null,
      busy: snapshot.hasTag('busy'),
    };
  }
  if (snapshot.matches('choosingMethod')) return { name: 'chooseMethod', ...chooseMethod(snapshot, false) };
  if (snapshot.matches('verifying')) return { name: 'verifying', chooseMethod: chooseMethod(snapshot, true) };
  if (snapshot.matches('blocked'))
    return { name: 'blocked', error: context.blocked ?? describeError(new ApiError('user-blocked')) };
  if (snapshot.matches('resumeFailed'))
    return { name: 'resumeFailed', error: context.resumeError ?? UNEXPECTED };
  // resuming after a reload, the instant after the verification, signed in
  return { name: 'working' };
}
