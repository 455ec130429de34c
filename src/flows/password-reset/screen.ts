// The one selector from the reset's statechart to what the page shows: the first screen or the
// steps (each drawn from its own statechart, the child's), the end, or a wait while the steps load.
import type { ResetStartScreen } from '../password-reset-start/screen';
import type { passwordResetMachine } from './machine';

type Snapshot = import('xstate').SnapshotFrom<typeof passwordResetMachine>;

export type PasswordResetScreen =
  /**
   * The first screen: drawn from its statechart (the start child), or, before the reset's statechart
   * has downloaded (../lazy-flow.ts), as `before` says with what was typed.
   */
  | { name: 'start'; before: ResetStartScreen | null }
  | { name: 'steps' }
  | { name: 'done'; username: string }
  | { name: 'working' };

export function passwordResetScreen(snapshot: Snapshot): PasswordResetScreen {
  if (snapshot.matches('start')) return { name: 'start', before: null };
  if (snapshot.matches({ steps: 'running' })) return { name: 'steps' };
  if (snapshot.matches('done')) return { name: 'done', username: snapshot.context.username };
  // deciding between the first screen and a reset to pick up, the steps' code downloading
  return { name: 'working' };
}
