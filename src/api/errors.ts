// Every way a backend call can fail, as one stable code: the contract's problem codes plus the
// three the client detects itself. Screens map codes to messages through one table (content/errors).
import type { ErrorCode, FieldError, PasswordViolation, Problem } from './types';

export const PROBLEM_CODES = [
  'validation-failed',
  'invalid-phone-number',
  'extension-not-allowed',
  'virtual-number',
  'country-not-enabled',
  'voice-unavailable',
  'text-limit',
  'call-limit',
  'resend-cooldown',
  'too-many-requests',
  'verification-blocked',
  'user-blocked',
  'invalid-credentials',
  'wrong-code',
  'code-expired',
  'flow-expired',
  'flow-locked',
  'flow-stage-mismatch',
  'method-not-registered',
  'method-not-offered',
  'human-check-failed',
  'reset-not-enabled',
  'reset-locked',
  'phone-mismatch',
  'password-weak',
  'password-banned',
  'password-reused',
  'phone-type-exists',
  'mobile-required-first',
  'mobile-has-alternate',
  'default-method-in-use',
  'last-method',
  'phone-number-in-use',
  'voice-only-phone',
  'default-method-unusable',
  'sms-sign-in-not-allowed',
  'sms-sign-in-not-supported',
  'phone-number-not-unique',
  'no-methods-registered',
  'step-up-required',
  'not-authenticated',
  'idempotency-key-reused',
  'internal-error',
  'service-unavailable',
] as const satisfies readonly ErrorCode[];

// Fails to compile when the contract gains a code this list lacks.
type Missing = Exclude<ErrorCode, (typeof PROBLEM_CODES)[number]>;
const exhaustive: [Missing] extends [never] ? true : Missing = true;
void exhaustive;

/** Failures the client detects itself: no answer, no answer in time, an answer it cannot read. */
type ClientErrorCode = 'network-error' | 'timeout' | 'unexpected-response';
export type AppErrorCode = ErrorCode | ClientErrorCode;

const known = new Set<string>(PROBLEM_CODES);

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: AppErrorCode,
    readonly status: number | null = null,
    readonly problem: Problem | null = null,
    private readonly retryAfterHeader: number | null = null,
  ) {
    super(problem?.title ?? code);
  }

  /** Seconds until a throttle lifts, from the body or the Retry-After header. */
  get retryAfterSeconds(): number | null {
    return this.problem?.retryAfterSeconds ?? this.retryAfterHeader;
  }
  get attemptsLeft(): number | null {
    return this.problem?.attemptsLeft ?? null;
  }
  get alternatives(): string[] {
    return this.problem?.alternatives ?? [];
  }
  get reference(): string | null {
    return this.problem?.reference ?? null;
  }
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
  get violations(): PasswordViolation[] {
    return this.problem?.violations ?? [];
  }
}

const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

const isProblem = (body: unknown): body is Problem =>
  typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string';

/** Turns a non-2xx response into an ApiError; a body that is not a problem is still classified. */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  if (isProblem(body) && known.has(body.code)) {
    return new ApiError(body.code, response.status, body, retryAfter);
  }
  // A code from a newer backend, or a proxy's HTML page: fall back on the status.
  const problem = isProblem(body) ? body : null;
  if (response.status === 429) return new ApiError('too-many-requests', 429, problem, retryAfter);
  if (response.status === 503) return new ApiError('service-unavailable', 503, problem, retryAfter);
  if (response.status >= 500) return new ApiError('internal-error', response.status, problem, retryAfter);
  return new ApiError('unexpected-response', response.status, problem, retryAfter);
}

/** What a screen needs to know about a failure: plain data, safe to keep in machine context. */
export interface ErrorInfo {
  code: AppErrorCode;
  /** The HTTP status, when there was an answer at all. */
  status: number | null;
  retryAfterSeconds: number | null;
  attemptsLeft: number | null;
  reference: string | null;
  alternatives: string[];
  fieldErrors: FieldError[];
  violations: PasswordViolation[];
}

export function describeError(error: unknown): ErrorInfo {
  const api = isApiError(error) ? error : null;
  return {
    code: api?.code ?? 'unexpected-response',
    status: api?.status ?? null,
    retryAfterSeconds: api?.retryAfterSeconds ?? null,
    attemptsLeft: api?.attemptsLeft ?? null,
    reference: api?.reference ?? null,
    alternatives: api?.alternatives ?? [],
    fieldErrors: api?.fieldErrors ?? [],
    violations: api?.violations ?? [],
  };
}

/** An answer the client could not use, or none it could read: what a screen shows when it has no error to show. */
export const UNEXPECTED: ErrorInfo = describeError(null);

/** Gateways answer these when the backend behind them may or may not have done the work. */
const GATEWAY_STATUSES: ReadonlySet<number | null> = new Set([502, 503, 504]);

/**
 * The request may or may not have been carried out: a retry must reuse its idempotency key. An
 * answer the client cannot read is one of these: the backend may have sent the text before its
 * answer got garbled on the way.
 */
export const outcomeUnknown = ({ code, status }: Pick<ErrorInfo, 'code' | 'status'>) =>
  code === 'network-error' ||
  code === 'timeout' ||
  code === 'unexpected-response' ||
  GATEWAY_STATUSES.has(status);
