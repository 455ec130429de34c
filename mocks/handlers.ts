// MSW handlers: HTTP in, the identity service's answer out, nothing else. Every rule lives in
// mocks/identity; the handlers only read the body and headers and write status, headers and body.
import { HttpResponse } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '../src/api/types';
import type { IdentityService, ProblemAnswer } from './identity';
import { fieldError, invalidRequest } from './identity/problems';

export interface HandlerOptions {
  // Where the API is mounted: "*/api" matches any origin, so the same handlers serve the browser
  // (relative /api) and Node tests (jsdom's origin).
  baseUrl: string;
}

function problemResponse(answer: ProblemAnswer): Response {
  return HttpResponse.json(answer.body, {
    status: answer.status,
    headers: { 'Content-Type': 'application/problem+json', ...answer.headers },
  });
}

const MALFORMED = Symbol('malformed JSON');

/** A body that is not JSON at all is answered like any other invalid body (validation-failed). */
async function readJson<T>(request: { json(): Promise<T> }): Promise<T | typeof MALFORMED> {
  try {
    return await request.json();
  } catch {
    return MALFORMED;
  }
}

const malformed = () => problemResponse(invalidRequest([fieldError('body')]));

const idempotency = (request: Request) => ({ idempotencyKey: request.headers.get('Idempotency-Key') });
const authorization = (request: Request) => request.headers.get('Authorization');

export function createHandlers(service: IdentityService, { baseUrl }: HandlerOptions) {
  const http = createOpenApiHttp<paths>({ baseUrl });

  return [
    http.post('/sign-in/sms', async ({ request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.startSmsSignIn(body, idempotency(request));
      return answer.status === 201
        ? response(201).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/sign-in/password', async ({ request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.startPasswordSignIn(body);
      return answer.status === 201
        ? response(201).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.get('/password-reset/human-check', ({ response }) => {
      const answer = service.getHumanCheck();
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/password-reset', async ({ request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.startPasswordReset(body);
      return answer.status === 201
        ? response(201).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.get('/flows/{flowId}', ({ params, response }) => {
      const answer = service.getFlow(params.flowId);
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.delete('/flows/{flowId}', ({ params, response }) => {
      const answer = service.cancelFlow(params.flowId);
      return answer.status === 204 ? response(204).empty() : response.untyped(problemResponse(answer));
    }),

    http.delete('/flows/{flowId}/verification', ({ params, response }) => {
      const answer = service.cancelVerification(params.flowId);
      return answer.status === 204 ? response(204).empty() : response.untyped(problemResponse(answer));
    }),

    http.post('/flows/{flowId}/verification', async ({ params, request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.startVerification(params.flowId, body, idempotency(request));
      return answer.status === 201
        ? response(201).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/flows/{flowId}/verification/resend', ({ params, request, response }) => {
      const answer = service.resendCode(params.flowId, idempotency(request));
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/flows/{flowId}/verification/code', async ({ params, request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.submitCode(params.flowId, body);
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/flows/{flowId}/password', async ({ params, request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.setNewPassword(params.flowId, body);
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.get('/session', ({ request, response }) => {
      const answer = service.getSession(authorization(request));
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.delete('/session', ({ request, response }) => {
      const answer = service.signOut(authorization(request));
      return answer.status === 204 ? response(204).empty() : response.untyped(problemResponse(answer));
    }),

    http.get('/me/authentication-methods', ({ request, response }) => {
      const answer = service.listAuthenticationMethods(authorization(request));
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/me/phone-methods', async ({ request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.addPhoneMethod(authorization(request), body, idempotency(request));
      return answer.status === 201
        ? response(201).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.patch('/me/phone-methods/{methodId}', async ({ params, request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.changePhoneMethod(
        authorization(request),
        params.methodId,
        body,
        idempotency(request),
      );
      return answer.status === 201
        ? response(201).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.delete('/me/phone-methods/{methodId}', ({ params, request, response }) => {
      const answer = service.deletePhoneMethod(authorization(request), params.methodId);
      return answer.status === 204 ? response(204).empty() : response.untyped(problemResponse(answer));
    }),

    http.post('/me/phone-methods/{methodId}/enable-sms-sign-in', ({ params, request, response }) => {
      const answer = service.enableSmsSignIn(authorization(request), params.methodId);
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/me/phone-methods/{methodId}/disable-sms-sign-in', ({ params, request, response }) => {
      const answer = service.disableSmsSignIn(authorization(request), params.methodId);
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.put('/me/default-method', async ({ request, response }) => {
      const body = await readJson(request);
      if (body === MALFORMED) return response.untyped(malformed());
      const answer = service.setDefaultMethod(authorization(request), body);
      return answer.status === 200
        ? response(200).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),

    http.post('/me/step-up', ({ request, response }) => {
      const answer = service.startStepUp(authorization(request));
      return answer.status === 201
        ? response(201).json(answer.body)
        : response.untyped(problemResponse(answer));
    }),
  ];
}
