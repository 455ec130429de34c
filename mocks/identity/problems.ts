// RFC 9457 problem details with the contract's stable codes. Each code has exactly one HTTP status
// (the contract's table, generated into src/api/problem-status.ts), so an operation's answer type
// (answers.ts) can refuse at compile time a code its contract does not declare.
import { PROBLEM_STATUS } from '../../src/api/problem-status';
import type { Channel, ErrorCode, FieldError, PasswordViolation, Problem } from '../../src/api/types';

export type StatusOf<C extends ErrorCode> = (typeof PROBLEM_STATUS)[C];

const TITLES: Record<ErrorCode, string> = {
  'validation-failed': 'Some of the request is missing or not valid.',
  'invalid-phone-number': 'That is not a valid phone number.',
  'extension-not-allowed': 'Only an office phone can have an extension.',
  'virtual-number': 'Virtual (VoIP) numbers cannot be used for verification.',
  'wrong-code': 'That code is not right.',
  'phone-mismatch': 'That number does not match the one on the account.',
  'human-check-failed': 'The human check was not solved, has expired or was already used.',
  'invalid-credentials': 'Your user name or password is incorrect.',
  'not-authenticated': 'Sign in to continue.',
  'verification-blocked': "Sorry, we're having trouble verifying your account.",
  'user-blocked': 'Your account has been blocked by your administrator.',
  'voice-unavailable': 'Voice calls are not available for your organization.',
  'country-not-enabled': "Your organization doesn't allow verification to this country code.",
  'reset-not-enabled': 'You cannot reset your password here.',
  'step-up-required': 'Verify your identity before changing your security info.',
  'method-not-registered': 'That method is not registered.',
  'flow-stage-mismatch': 'That is not possible at this step.',
  'phone-type-exists': 'A phone of that type is already registered.',
  'mobile-required-first': 'Register a mobile phone before an alternate mobile phone.',
  'mobile-has-alternate': 'Delete the alternate mobile phone before the mobile phone.',
  'default-method-in-use': 'Choose another default sign-in method before deleting this phone.',
  'last-method': 'This is the last method to verify with. Add another before deleting it.',
  'phone-number-in-use': 'That number is already registered as another type of phone.',
  'voice-only-phone': 'An office or alternate mobile phone is verified by a call.',
  'default-method-unusable': 'That method is not registered or not allowed, so it cannot be the default.',
  'sms-sign-in-not-allowed': 'The SMS sign-in policy does not allow it for this user.',
  'sms-sign-in-not-supported': 'Only the mobile phone can be used for SMS sign-in.',
  'phone-number-not-unique': 'Another account signs in by SMS with this number.',
  'no-methods-registered': 'There is no registered method to verify with yet.',
  'method-not-offered': 'That method is not offered at this step.',
  'flow-expired': 'This session has expired. Start again.',
  'code-expired': 'That code has expired.',
  'password-weak': 'The password does not meet the requirements.',
  'password-banned': 'That password is too easy to guess.',
  'password-reused': 'The new password must differ from the current one.',
  'idempotency-key-reused': 'That request key was already used for a different request.',
  'flow-locked': 'Too many attempts. Start again.',
  'text-limit': "You've hit our limit on text verification codes.",
  'call-limit': "You've hit our limit on verification calls.",
  'resend-cooldown': 'Wait a moment before asking for another code or call.',
  'reset-locked': 'Password reset is locked for now after too many failed attempts.',
  'too-many-requests': 'Too many attempts. Wait a moment and try again.',
  'internal-error': 'Something went wrong on our side.',
  'service-unavailable': 'The service is not available right now.',
};

/** The optional members a problem can carry (all from the contract's Problem schema). */
export interface ProblemExtras {
  detail?: string;
  retryAfterSeconds?: number;
  attemptsLeft?: number;
  alternatives?: string[];
  channel?: Channel;
  reference?: string;
  errors?: FieldError[];
  violations?: PasswordViolation[];
}

export interface ProblemAnswer<S extends number = number> {
  status: S;
  body: Problem;
  headers: Record<string, string>;
}

export function problem<C extends ErrorCode>(
  code: C,
  extras: ProblemExtras = {},
): ProblemAnswer<StatusOf<C>> {
  const status = PROBLEM_STATUS[code];
  const headers: Record<string, string> = {};
  // Every throttle carries its wait twice: in the body for the UI, in Retry-After for HTTP tooling.
  if (extras.retryAfterSeconds !== undefined) headers['Retry-After'] = String(extras.retryAfterSeconds);
  // Every 401 names the scheme that would do (RFC 9110); notAuthenticated() says when a token failed.
  if (status === 401) headers['WWW-Authenticate'] = BEARER_CHALLENGE;
  return {
    status,
    body: { type: `urn:problem:sign-in:${code}`, title: TITLES[code], status, code, ...extras },
    headers,
  };
}

const BEARER_CHALLENGE = 'Bearer realm="self-service-sign-in"';

/**
 * No live session: the bearer challenge, marked `invalid_token` (RFC 6750) when a token was sent
 * but is not, or no longer, a session's.
 */
export function notAuthenticated(authorization: string | null): ProblemAnswer<401> {
  const answer = problem('not-authenticated');
  if (bearerToken(authorization) !== null)
    answer.headers['WWW-Authenticate'] = `${BEARER_CHALLENGE}, error="invalid_token"`;
  return answer;
}

/** The token of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerToken(authorization: string | null): string | null {
  return /^Bearer\s+([A-Za-z0-9_-]+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? null;
}

/** A throttle always names its wait (the contract requires it on every 429). */
export function throttled<
  C extends 'text-limit' | 'call-limit' | 'resend-cooldown' | 'reset-locked' | 'too-many-requests',
>(
  code: C,
  retryAfterSeconds: number,
  extras: Omit<ProblemExtras, 'retryAfterSeconds'> = {},
): ProblemAnswer<StatusOf<C>> {
  return problem(code, { ...extras, retryAfterSeconds });
}

export const fieldError = (field: string, code: ErrorCode = 'validation-failed'): FieldError => ({
  field,
  code,
});

export function invalidRequest(errors: FieldError[]): ProblemAnswer<400> {
  return problem('validation-failed', { errors });
}
