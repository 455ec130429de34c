// The typed API client: every call goes through openapi-fetch typed from the contract, and every
// failure comes back as an ApiError with a stable code (see errors.ts).
import createClient from 'openapi-fetch';
import { ApiError, errorFromResponse } from './errors';
import type {
  AuthenticationMethods,
  Flow,
  PhoneChangeRequest,
  PhoneMethodId,
  PhoneRegistrationRequest,
  paths,
  Session,
  StartVerificationRequest,
} from './types';

/** Where the backend lives: same origin `/api` unless the build says otherwise (README). */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL || '/api';

/** A backend that has not answered in this long is treated as unreachable. */
export const REQUEST_TIMEOUT_MS = 20_000;

const absolute = (base: string) =>
  typeof window === 'undefined' ? base : new URL(base, window.location.origin).href.replace(/\/$/, '');

const api = createClient<paths>({
  baseUrl: absolute(API_BASE_URL),
  // Resolved at call time so a test's fetch interceptor (installed later) is used.
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
});

/**
 * The caller went away (its actor stopped): settle never. React's StrictMode stops and restarts the
 * same actor in development, and a late rejection would otherwise reach the restarted one.
 */
const abandoned = () => new Promise<never>(() => undefined);

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/** Runs one request: network failure, timeout, problem answer and unreadable answer all throw ApiError. */
async function call<T, R = T>(
  request: (signal: AbortSignal) => Promise<Outcome<T>>,
  signal: AbortSignal | undefined,
  accept: (data: unknown) => data is R,
): Promise<R> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let outcome: Outcome<T>;
  try {
    outcome = await request(combined);
  } catch (error) {
    if (signal?.aborted) return abandoned();
    if (timeout.aborted) throw new ApiError('timeout');
    if (error instanceof SyntaxError) throw new ApiError('unexpected-response');
    throw new ApiError('network-error');
  }
  if (signal?.aborted) return abandoned();
  const { data, error, response } = outcome;
  if (!response.ok) throw errorFromResponse(response, error);
  if (!accept(data)) throw new ApiError('unexpected-response', response.status);
  return data;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const STAGES = new Set(['awaiting-method', 'verifying', 'password-required', 'completed', 'locked']);
export const isFlow = (value: unknown): value is Flow =>
  isObject(value) &&
  typeof value.flowId === 'string' &&
  typeof value.stage === 'string' &&
  STAGES.has(value.stage) &&
  (value.stage !== 'verifying' || isObject(value.verification));

const isSession = (value: unknown): value is Session =>
  isObject(value) && isObject(value.user) && typeof value.user.displayName === 'string';

const isMethods = (value: unknown): value is AuthenticationMethods =>
  isObject(value) && Array.isArray(value.phoneMethods);

const isAnything = (_value: unknown): _value is unknown => true;

const idempotency = (key: string) => ({ header: { 'Idempotency-Key': key } });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function startSmsSignIn(phoneNumber: string, idempotencyKey: string, signal?: AbortSignal) {
  return call(
    (s) =>
      api.POST('/sign-in/sms', { body: { phoneNumber }, params: idempotency(idempotencyKey), signal: s }),
    signal,
    isFlow,
  );
}

export function startPasswordSignIn(username: string, password: string, signal?: AbortSignal) {
  return call(
    (s) => api.POST('/sign-in/password', { body: { username, password }, signal: s }),
    signal,
    isFlow,
  );
}

export function getFlow(flowId: string, signal?: AbortSignal) {
  return call((s) => api.GET('/flows/{flowId}', { params: { path: { flowId } }, signal: s }), signal, isFlow);
}

export function cancelFlow(flowId: string) {
  return call(
    (s) => api.DELETE('/flows/{flowId}', { params: { path: { flowId } }, signal: s }),
    undefined,
    isAnything,
  );
}

export function cancelVerification(flowId: string) {
  return call(
    (s) => api.DELETE('/flows/{flowId}/verification', { params: { path: { flowId } }, signal: s }),
    undefined,
    isAnything,
  );
}

export function startVerification(
  flowId: string,
  body: StartVerificationRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
) {
  return call(
    (s) =>
      api.POST('/flows/{flowId}/verification', {
        params: { path: { flowId }, ...idempotency(idempotencyKey) },
        body,
        signal: s,
      }),
    signal,
    isFlow,
  );
}

export function resendCode(flowId: string, idempotencyKey: string, signal?: AbortSignal) {
  return call(
    (s) =>
      api.POST('/flows/{flowId}/verification/resend', {
        params: { path: { flowId }, ...idempotency(idempotencyKey) },
        signal: s,
      }),
    signal,
    isFlow,
  );
}

export function submitCode(flowId: string, code: string, signal?: AbortSignal) {
  return call(
    (s) =>
      api.POST('/flows/{flowId}/verification/code', {
        params: { path: { flowId } },
        body: { code },
        signal: s,
      }),
    signal,
    isFlow,
  );
}

export function getSession(token: string, signal?: AbortSignal) {
  return call((s) => api.GET('/session', { headers: bearer(token), signal: s }), signal, isSession);
}

export function signOut(token: string) {
  return call((s) => api.DELETE('/session', { headers: bearer(token), signal: s }), undefined, isAnything);
}

export function listAuthenticationMethods(token: string, signal?: AbortSignal) {
  return call(
    (s) => api.GET('/me/authentication-methods', { headers: bearer(token), signal: s }),
    signal,
    isMethods,
  );
}

/** Register a phone: answers a flow verifying the new number (saved once verified). */
export function addPhoneMethod(
  token: string,
  body: PhoneRegistrationRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
) {
  return call(
    (s) =>
      api.POST('/me/phone-methods', {
        params: idempotency(idempotencyKey),
        headers: bearer(token),
        body,
        signal: s,
      }),
    signal,
    isFlow,
  );
}

/** Change a registered phone's number: answers a flow verifying the new number. */
export function changePhoneMethod(
  token: string,
  methodId: PhoneMethodId,
  body: PhoneChangeRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
) {
  return call(
    (s) =>
      api.PATCH('/me/phone-methods/{methodId}', {
        params: { path: { methodId }, ...idempotency(idempotencyKey) },
        headers: bearer(token),
        body,
        signal: s,
      }),
    signal,
    isFlow,
  );
}
