// Pure rules of the verification statechart: what each backend answer means for the person, how a
// typed code is read, and how long to wait. The machine's guards call these; test/unit tables check
// them answer by answer.
import type { AppErrorCode, ErrorInfo } from '../../api/errors';
import type { CallStatus, Flow, FlowVerifying } from '../../api/types';
import { toAsciiDigits } from '../../phone/digits';
import { maskParts } from '../../phone/mask';

/**
 * What a failed request means, whichever request it was. Each state that waits for an answer routes
 * on this kind; what it does with a kind it does not expect is its `else` branch.
 */
export type FailureKind =
  | 'throttled' // a limit with a retry time: count it down, offer other methods meanwhile
  | 'cooldown' // asked again too soon: wait the few seconds the backend names
  | 'blocked' // this method cannot be used (having trouble verifying, trial tenant, country, blocked user)
  | 'denied' // nothing more is possible here for a long while (reset locked): a dead end with a reference
  | 'locked' // the flow is over (too many wrong codes, 0# pressed): start again
  | 'expired' // the flow timed out: start again
  | 'wrong' // a wrong code, with tries left
  | 'codeExpired' // the code ran out: only a new one helps
  | 'mismatch' // the number typed to confirm is not the one on the account
  | 'stale' // the flow moved on meanwhile (a call approved while texting): read where it stands
  | 'rejected' // the request itself was refused (a field on the parent's form): the parent says why
  | 'unexpected' // an answer outside the contract, or a key the backend says was reused: say so, offer the same again
  | 'retry'; // no answer, or the backend failed: try the same again

/** Every code the client can meet, classified once. A code missing here fails to compile. */
export const FAILURE_KINDS: Record<AppErrorCode, FailureKind> = {
  'text-limit': 'throttled',
  'call-limit': 'throttled',
  'too-many-requests': 'throttled',
  'resend-cooldown': 'cooldown',
  'reset-locked': 'denied',
  'verification-blocked': 'blocked',
  'user-blocked': 'blocked',
  'voice-unavailable': 'blocked',
  'country-not-enabled': 'blocked',
  'method-not-offered': 'blocked',
  'method-not-registered': 'blocked',
  'flow-locked': 'locked',
  'flow-expired': 'expired',
  'wrong-code': 'wrong',
  'code-expired': 'codeExpired',
  'phone-mismatch': 'mismatch',
  'flow-stage-mismatch': 'stale',
  'validation-failed': 'rejected',
  'invalid-phone-number': 'rejected',
  'extension-not-allowed': 'rejected',
  'virtual-number': 'rejected',
  'phone-type-exists': 'rejected',
  'mobile-required-first': 'rejected',
  'mobile-has-alternate': 'rejected',
  'default-method-in-use': 'rejected',
  'last-method': 'rejected',
  'phone-number-in-use': 'rejected',
  'voice-only-phone': 'rejected',
  'default-method-unusable': 'rejected',
  'sms-sign-in-not-allowed': 'rejected',
  'sms-sign-in-not-supported': 'rejected',
  'phone-number-not-unique': 'rejected',
  'no-methods-registered': 'rejected',
  'step-up-required': 'rejected',
  'not-authenticated': 'rejected',
  'invalid-credentials': 'rejected',
  'human-check-failed': 'rejected',
  'reset-not-enabled': 'rejected',
  'password-weak': 'rejected',
  'password-banned': 'rejected',
  'password-reused': 'rejected',
  // The client made the key: a clash means the client is wrong, not the person.
  'idempotency-key-reused': 'unexpected',
  // An answer outside the contract (an unknown enum value, a missing field, a proxy's page): said as
  // something unexpected, not as a fault of the network. The same request may well work once the
  // fault clears, and may have been carried out already: a retry reuses its idempotency key.
  'unexpected-response': 'unexpected',
  'network-error': 'retry',
  timeout: 'retry',
  'internal-error': 'retry',
  'service-unavailable': 'retry',
};

export interface Failure {
  kind: FailureKind;
  error: ErrorInfo;
}

export function classify(error: ErrorInfo): Failure {
  const kind = FAILURE_KINDS[error.code];
  // A backend that answers "wrong, none left" instead of "locked" still means locked.
  return { kind: kind === 'wrong' && error.attemptsLeft === 0 ? 'locked' : kind, error };
}

/** Call statuses after which the phone no longer rings and nothing more will happen. */
const ENDED_CALL: ReadonlySet<CallStatus> = new Set([
  'voicemail',
  'no-key',
  'declined',
  'no-answer',
  'timed-out',
]);

/** What a flow answer means for the verification under way. */
export type FlowPosition = 'code' | 'call' | 'callEnded' | 'locked' | 'withdrawn' | 'finished';

/**
 * `step` is the step being verified (a reset has two): a flow back at the method list with a later
 * step passed this one; at the same step, its verification was withdrawn (cancelled elsewhere).
 */
export function flowPosition(flow: Flow, step: number | null): FlowPosition {
  switch (flow.stage) {
    case 'verifying': {
      const { verification } = flow;
      if (verification.type !== 'voice') return 'code';
      const status = verification.call?.status ?? 'ringing';
      return ENDED_CALL.has(status) ? 'callEnded' : 'call';
    }
    case 'locked':
      return 'locked';
    case 'awaiting-method':
      return step !== null && flow.step.current > step ? 'finished' : 'withdrawn';
    default:
      // completed, or a reset's new password next: this verification has nothing more to do
      return 'finished';
  }
}

export const isVerifying = (flow: Flow | null): flow is FlowVerifying => flow?.stage === 'verifying';

/** Why a typed code cannot be checked yet. */
export type CodeProblem = 'not-digits' | 'too-long' | 'incomplete';

/** Spaces and dashes people type or paste between groups of digits ("123 456", "123-456"). */
const SEPARATORS = /[\s\-‐‑‒–—.·]/gu;

/**
 * The digits of a typed or pasted code, in any script's digits (Arabic-Indic, Persian, full-width…),
 * and what is wrong with it. A letter is reported, not silently dropped; so is a longer paste, which
 * must not spend one of the tries on a guess.
 */
export function readCode(raw: string, length: number): { digits: string; problem: CodeProblem | null } {
  const compact = toAsciiDigits(raw).replace(SEPARATORS, '');
  const digits = compact.replace(/\D/g, '');
  if (digits.length !== compact.length) return { digits, problem: 'not-digits' };
  if (digits.length > length) return { digits, problem: 'too-long' };
  return { digits, problem: digits.length === length ? null : 'incomplete' };
}

/** Why a number typed to confirm a masked one cannot be sent for checking. */
export type ConfirmProblem = 'required' | 'invalid' | 'different';

/**
 * `e164` is what the field read from `typed` (null when it is no possible number). What the mask
 * shows must match, which saves one of the few tries the backend allows.
 */
export function confirmProblem(typed: string, e164: string | null, masked: string): ConfirmProblem | null {
  if (!/\d/.test(toAsciiDigits(typed))) return 'required';
  if (e164 === null) return 'invalid';
  const parts = maskParts(masked);
  if (parts && !(e164.startsWith(`+${parts.callingCode}`) && e164.endsWith(parts.lastDigits)))
    return 'different';
  return null;
}

/** Polling: quick at first (the person may press # at once), easing off, and further on errors. */
export const POLL_FIRST_MS = 1_000;
const POLL_MAX_MS = 3_000;
const POLL_ERROR_MAX_MS = 8_000;
export const nextPollDelay = (current: number, failed: boolean) =>
  failed ? Math.min(current * 2, POLL_ERROR_MAX_MS) : Math.min(Math.round(current * 1.5), POLL_MAX_MS);

/**
 * Stop polling a call this long after the backend's own deadline for it (as first announced), even
 * if the backend keeps saying it rings: the person then sees "timed out" and can call again.
 */
export const CALL_GRACE_MS = 15_000;

/** After this long without the code (or the call), offer help: try again, another method. */
export const HELP_AFTER_MS = 10_000;
