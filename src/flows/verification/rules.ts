// Pure rules of the verification statechart: how each backend answer is classified. The machine's
// guards call these, and test/unit tables check them answer by answer.
import type { AppErrorCode } from '../../api/errors';
import type { CallStatus, Flow, FlowVerifying } from '../../api/types';

/** Where a failed send (text a code, place a call) leaves the person. */
export type SendFailure =
  | 'throttled' // a limit with a retry time: count it down, offer other methods meanwhile
  | 'blocked' // this method cannot be used (having trouble verifying, trial tenant, country, blocked user)
  | 'locked' // the flow is over: start again
  | 'expired' // the flow timed out: start again
  | 'rejected' // the request itself was refused (a field on the previous screen): back to it
  | 'failed'; // no answer, or one we cannot read: retry without losing anything

const SEND_FAILURES: Partial<Record<AppErrorCode, SendFailure>> = {
  'text-limit': 'throttled',
  'call-limit': 'throttled',
  'too-many-requests': 'throttled',
  'reset-locked': 'throttled',
  'resend-cooldown': 'throttled',
  'verification-blocked': 'blocked',
  'user-blocked': 'blocked',
  'voice-unavailable': 'blocked',
  'country-not-enabled': 'blocked',
  'method-not-available': 'blocked',
  'method-not-registered': 'blocked',
  'not-authenticated': 'blocked',
  'flow-locked': 'locked',
  'flow-expired': 'expired',
  'validation-failed': 'rejected',
  'invalid-phone-number': 'rejected',
  'extension-not-allowed': 'rejected',
  'virtual-number': 'rejected',
  'phone-mismatch': 'rejected',
  'phone-type-exists': 'rejected',
  'mobile-required-first': 'rejected',
  'step-up-required': 'rejected',
};

export const sendFailure = (code: AppErrorCode): SendFailure => SEND_FAILURES[code] ?? 'failed';

/** Where a failed code check leaves the person. */
export type SubmitFailure = 'wrong' | 'codeExpired' | 'locked' | 'expired' | 'throttled' | 'failed';

const SUBMIT_FAILURES: Partial<Record<AppErrorCode, SubmitFailure>> = {
  'wrong-code': 'wrong',
  'code-expired': 'codeExpired',
  'flow-locked': 'locked',
  'flow-expired': 'expired',
  'too-many-requests': 'throttled',
  'reset-locked': 'throttled',
};

export const submitFailure = (code: AppErrorCode, attemptsLeft: number | null): SubmitFailure => {
  const kind = SUBMIT_FAILURES[code] ?? 'failed';
  // A backend that answers "wrong, none left" instead of "locked" still means locked.
  return kind === 'wrong' && attemptsLeft === 0 ? 'locked' : kind;
};

/** Where a failed resend leaves the resend button (the code already sent can still be typed). */
export type ResendFailure = 'cooldown' | 'limited' | 'unavailable' | 'locked' | 'expired' | 'failed';

const RESEND_FAILURES: Partial<Record<AppErrorCode, ResendFailure>> = {
  'resend-cooldown': 'cooldown',
  'text-limit': 'limited',
  'call-limit': 'limited',
  'too-many-requests': 'limited',
  'reset-locked': 'limited',
  'verification-blocked': 'unavailable',
  'user-blocked': 'unavailable',
  'country-not-enabled': 'unavailable',
  'method-not-available': 'unavailable',
  'flow-stage-mismatch': 'unavailable',
  'flow-locked': 'locked',
  'flow-expired': 'expired',
};

export const resendFailure = (code: AppErrorCode): ResendFailure => RESEND_FAILURES[code] ?? 'failed';

/** Call statuses after which the phone no longer rings and nothing more will happen. */
export const ENDED_CALL: ReadonlySet<CallStatus> = new Set([
  'voicemail',
  'no-key',
  'declined',
  'no-answer',
  'timed-out',
]);

/** What a flow answer means for the verification under way. */
export type FlowPosition = 'code' | 'call' | 'callEnded' | 'locked' | 'finished';

export function flowPosition(flow: Flow): FlowPosition {
  switch (flow.stage) {
    case 'verifying': {
      const { verification } = flow;
      if (verification.type !== 'voice') return 'code';
      const status = verification.call?.status ?? 'ringing';
      return ENDED_CALL.has(status) ? 'callEnded' : 'call';
    }
    case 'locked':
      return 'locked';
    default:
      // completed, the next reset step, or a new password: this verification is done
      return 'finished';
  }
}

export const isVerifying = (flow: Flow | null): flow is FlowVerifying => flow?.stage === 'verifying';

/** Digits only, at most `length`: a pasted "123 456" or "123-456" becomes "123456". */
export const normalizeCode = (raw: string, length: number) => raw.replace(/\D/g, '').slice(0, length);

/** Polling: quick at first (the person may press # at once), easing off, and further on errors. */
export const POLL_FIRST_MS = 1_000;
export const POLL_MAX_MS = 3_000;
export const POLL_ERROR_MAX_MS = 8_000;
export const nextPollDelay = (current: number, failed: boolean) =>
  failed ? Math.min(current * 2, POLL_ERROR_MAX_MS) : Math.min(Math.round(current * 1.5), POLL_MAX_MS);

/** Give up on a call this long after the backend's own deadline if it still has no answer. */
export const CALL_GRACE_MS = 15_000;

/** After this long without the code (or the call), offer help: try again, another method. */
export const HELP_AFTER_MS = 10_000;
