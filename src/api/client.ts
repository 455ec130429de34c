// The typed API client: every call goes through openapi-fetch typed from the contract, and every
// failure comes back as an ApiError with a stable code (see errors.ts).
import createClient from 'openapi-fetch';
import { ApiError, errorFromResponse } from './errors';
import type {
  AuthenticationMethods,
  DefaultMethod,
  Flow,
  HumanCheck,
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
  // Resolved at call time so a test's fetch interceptor (installed later) is used. The page's
  // language (<html lang>, which follows it) goes with every request: the texts, calls and e-mails
  // it sends are in it too.
  fetch: (request) => {
    request.headers.set('Accept-Language', globalThis.document?.documentElement.lang || 'en');
    return globalThis.fetch(request);
  },
  headers: { Accept: 'application/json, application/problem+json' },
});

/**
 * The caller went away (its actor stopped): settle never. React's StrictMode stops and restarts the
 * same actor in development, and a late rejection would otherwise reach the restarted one.
 */
const abandoned = () => new Promise<never>(() => undefined);

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/**
 * The contract's schemas as validators, compiled from openapi.yaml at build time. They load after
 * the first screen (preloadContract) and at the latest with the first answer that needs them.
 */
const contract = () => import('virtual:contract-validators');
type Contract = Awaited<ReturnType<typeof contract>>;

/** Load the validators ahead of the first answer (they are not needed to draw a first screen). */
export const preloadContract = (): Promise<void> =>
  contract().then(
    () => undefined,
    () => undefined,
  );

/** Which schema an answer's body must match; `null` for answers with no body worth reading. */
type Expect<R> = (validators: Contract) => ((data: unknown) => data is R) | null;

/**
 * Runs one request: network failure, timeout, problem answer and an answer outside the contract
 * (an unknown enum value, a missing field) all throw ApiError.
 */
async function call<T, R>(
  request: (signal: AbortSignal) => Promise<Outcome<T>>,
  signal: AbortSignal | undefined,
  expect: Expect<R>,
): Promise<R> {
  // A timer of the page's own (not AbortSignal.timeout), so a test's fake clock can run it out.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let outcome: Outcome<T>;
  let validators: Contract;
  try {
    [outcome, validators] = await Promise.all([request(combined), contract()]);
  } catch (error) {
    if (signal?.aborted) return abandoned();
    if (timeout.signal.aborted) throw new ApiError('timeout');
    if (error instanceof SyntaxError) throw new ApiError('unexpected-response');
    throw new ApiError('network-error');
  } finally {
    clearTimeout(timer);
  }
  if (signal?.aborted) return abandoned();
  const { data, error, response } = outcome;
  if (!response.ok) throw errorFromResponse(response, error);
  const valid = expect(validators);
  if (valid && !valid(data)) throw new ApiError('unexpected-response', response.status);
  return data as R;
}

const flow: Expect<Flow> = (validators) => validators.isFlow;
const humanCheck: Expect<HumanCheck> = (validators) => validators.isHumanCheck;
const session: Expect<Session> = (validators) => validators.isSession;
const methods: Expect<AuthenticationMethods> = (validators) => validators.isAuthenticationMethods;
const nothing: Expect<unknown> = () => null;

const idempotency = (key: string) => ({ header: { 'Idempotency-Key': key } });
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function startSmsSignIn(phoneNumber: string, idempotencyKey: string, signal?: AbortSignal) {
  return call(
    (s) =>
      api.POST('/sign-in/sms', { body: { phoneNumber }, params: idempotency(idempotencyKey), signal: s }),
    signal,
    flow,
  );
}

export function startPasswordSignIn(username: string, password: string, signal?: AbortSignal) {
  return call(
    (s) => api.POST('/sign-in/password', { body: { username, password }, signal: s }),
    signal,
    flow,
  );
}

/** A fresh proof-of-work challenge for the reset form (ALTCHA). */
export function getHumanCheck(signal?: AbortSignal) {
  return call((s) => api.GET('/password-reset/human-check', { signal: s }), signal, humanCheck);
}

/** `humanCheck` is the solved challenge, as an ALTCHA payload. */
export function startPasswordReset(username: string, humanCheck: string, signal?: AbortSignal) {
  return call(
    (s) => api.POST('/password-reset', { body: { username, humanCheck }, signal: s }),
    signal,
    flow,
  );
}

export function setNewPassword(
  flowId: string,
  newPassword: string,
  idempotencyKey: string,
  signal?: AbortSignal,
) {
  return call(
    (s) =>
      api.POST('/flows/{flowId}/password', {
        params: { path: { flowId }, ...idempotency(idempotencyKey) },
        body: { newPassword },
        signal: s,
      }),
    signal,
    flow,
  );
}

/**
 * `flowSecret` is the one the flow's creation answered with, when this client created it: with it, a
 * completed flow's outcome lost on the way can be read back (the contract's FlowCompleted).
 */
export function getFlow(flowId: string, flowSecret: string | null, signal?: AbortSignal) {
  const header = flowSecret ? { header: { 'Flow-Secret': flowSecret } } : {};
  return call(
    (s) => api.GET('/flows/{flowId}', { params: { path: { flowId }, ...header }, signal: s }),
    signal,
    flow,
  );
}

export function cancelFlow(flowId: string) {
  return call(
    (s) => api.DELETE('/flows/{flowId}', { params: { path: { flowId } }, signal: s }),
    undefined,
    nothing,
  );
}

export function cancelVerification(flowId: string) {
  return call(
    (s) => api.DELETE('/flows/{flowId}/verification', { params: { path: { flowId } }, signal: s }),
    undefined,
    nothing,
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
    flow,
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
    flow,
  );
}

/** The same key for a retry of the same code: the answer that completed the flow comes again. */
export function submitCode(flowId: string, code: string, idempotencyKey: string, signal?: AbortSignal) {
  return call(
    (s) =>
      api.POST('/flows/{flowId}/verification/code', {
        params: { path: { flowId }, ...idempotency(idempotencyKey) },
        body: { code },
        signal: s,
      }),
    signal,
    flow,
  );
}

export function getSession(token: string, signal?: AbortSignal) {
  return call((s) => api.GET('/session', { headers: bearer(token), signal: s }), signal, session);
}

export function signOut(token: string) {
  return call((s) => api.DELETE('/session', { headers: bearer(token), signal: s }), undefined, nothing);
}

export function listAuthenticationMethods(token: string, signal?: AbortSignal) {
  return call(
    (s) => api.GET('/me/authentication-methods', { headers: bearer(token), signal: s }),
    signal,
    methods,
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
    flow,
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
    flow,
  );
}

/** Delete a registered phone (a step-up first; the backend refuses what would leave no way in). */
export function deletePhoneMethod(token: string, methodId: PhoneMethodId, signal?: AbortSignal) {
  return call(
    (s) =>
      api.DELETE('/me/phone-methods/{methodId}', {
        params: { path: { methodId } },
        headers: bearer(token),
        signal: s,
      }),
    signal,
    nothing,
  );
}

/** Turn SMS sign-in on or off for the mobile phone; answers the methods as they now stand. */
export function setSmsSignIn(token: string, methodId: PhoneMethodId, enabled: boolean, signal?: AbortSignal) {
  const request = { params: { path: { methodId } }, headers: bearer(token), signal };
  return call(
    (s) =>
      enabled
        ? api.POST('/me/phone-methods/{methodId}/enable-sms-sign-in', { ...request, signal: s })
        : api.POST('/me/phone-methods/{methodId}/disable-sms-sign-in', { ...request, signal: s }),
    signal,
    methods,
  );
}

/** Choose the method offered first at sign-in; answers the methods as they now stand. */
export function setDefaultMethod(token: string, defaultMethod: DefaultMethod, signal?: AbortSignal) {
  return call(
    (s) => api.PUT('/me/default-method', { headers: bearer(token), body: { defaultMethod }, signal: s }),
    signal,
    methods,
  );
}

/** Prove it is the user again before a change: a flow offering their methods, as MFA does. */
export function startStepUp(token: string, signal?: AbortSignal) {
  return call((s) => api.POST('/me/step-up', { headers: bearer(token), signal: s }), signal, flow);
}
