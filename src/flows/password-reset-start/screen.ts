// The one selector from the reset start machine's snapshot to the screen that shows it.
import { type ErrorInfo, UNEXPECTED } from '../../api/errors';
import type { resetStartMachine, UsernameProblem } from './machine';

type Snapshot = import('xstate').SnapshotFrom<typeof resetStartMachine>;

export type ResetStartScreen =
  | {
      name: 'identify';
      username: string;
      usernameProblem: UsernameProblem | null;
      check: 'checking' | 'done' | 'failed';
      alert: ErrorInfo | null;
      /** Sending the name, or waiting for the automatic check to finish first. */
      busy: 'submitting' | 'waiting' | null;
    }
  /** The one dead end for every name that cannot reset here, or the lock (with its time). */
  | { name: 'deadEnd'; error: ErrorInfo; username: string }
  /** Started: the steps take over. */
  | { name: 'started' };

export function resetStartScreen(snapshot: Snapshot): ResetStartScreen {
  const { context } = snapshot;
  if (snapshot.status === 'done') return { name: 'started' };
  if (snapshot.matches('deadEnd') || snapshot.matches('lockedOut'))
    return { name: 'deadEnd', error: context.error ?? UNEXPECTED, username: context.username.trim() };
  const check = snapshot.matches({ identifying: { check: 'solved' } })
    ? 'done'
    : snapshot.matches({ identifying: { check: 'failed' } })
      ? 'failed'
      : 'checking';
  return {
    name: 'identify',
    username: context.username,
    usernameProblem: context.usernameProblem,
    check,
    alert: context.error,
    busy: snapshot.matches({ identifying: { form: 'submitting' } })
      ? 'submitting'
      : snapshot.matches({ identifying: { form: 'waiting' } })
        ? 'waiting'
        : null,
  };
}
