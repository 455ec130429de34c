// The one selector from the verification machine's state to the screen that shows it.
import type { CallStatus } from '../../api/types';
import type { VerificationSnapshot } from './machine';
import { HELP_AFTER_MS } from './rules';

export type VerificationScreen =
  /** The first send is under way: the parent keeps showing its own form, busy. */
  | 'starting'
  /** Sending again (call again, retry) or reading the flow after a reload. */
  | 'working'
  | 'code'
  | 'calling'
  | 'callEnded'
  | 'throttled'
  | 'blocked'
  | 'sendFailed'
  | 'resumeFailed'
  | 'locked'
  | 'expired'
  /** The child is done; the parent moves on. */
  | 'finished';

export function screenOf(snapshot: VerificationSnapshot): VerificationScreen {
  if (snapshot.status === 'done') return 'finished';
  const { value, context } = snapshot;
  if (typeof value === 'object') return 'code' in value ? 'code' : 'calling';
  switch (value) {
    case 'starting':
    case 'sending':
      return context.latest === null && context.resumeFlowId === null ? 'starting' : 'working';
    case 'resuming':
    case 'arrived':
      return 'working';
    case 'retryable':
      return 'throttled';
    case 'rejected':
    case 'done':
      return 'finished';
    default:
      return value;
  }
}

/** Which part of code entry is showing. */
export const entryOf = (snapshot: VerificationSnapshot) =>
  snapshot.matches({ code: { entry: 'checking' } })
    ? 'checking'
    : snapshot.matches({ code: { entry: 'codeExpired' } })
      ? 'codeExpired'
      : snapshot.matches({ code: { entry: 'throttled' } })
        ? 'throttled'
        : 'editing';

/** The state of the resend button. */
export const resendOf = (snapshot: VerificationSnapshot) => {
  for (const state of ['ready', 'resending', 'limited', 'unavailable'] as const) {
    if (snapshot.matches({ code: { resend: state } })) return state;
  }
  return 'coolingDown' as const;
};

/** "Didn't get the call?" shows once the call has rung a while without an answer. */
export const callHelpOffered = (snapshot: VerificationSnapshot) =>
  snapshot.matches('calling') && snapshot.context.callWaitedMs >= HELP_AFTER_MS;

/** The call status to show: the machine's own verdict (timed out) wins over the backend's last word. */
export const callStatusOf = (snapshot: VerificationSnapshot): CallStatus =>
  snapshot.context.callStatus ?? snapshot.context.flow?.verification.call?.status ?? 'ringing';
