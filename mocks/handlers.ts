// MSW handlers: HTTP in, the identity service's answer out, nothing else. Every rule lives in
// mocks/identity; the handlers only pick what each operation reads from the request (body,
// path parameters, headers), and mocks/reply.ts writes status, headers and body.
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '../src/api/types';
import type { IdentityService } from './identity';
import { answers, withJsonBody } from './reply';

export interface HandlerOptions {
  // Where the API is mounted: "*/api" matches any origin, so the same handlers serve the browser
  // (relative /api) and Node tests (jsdom's origin).
  baseUrl: string;
}

// What a request that texts, calls or e-mails says of itself: its key, and the language of its words.
const idempotency = (request: Request) => ({
  idempotencyKey: request.headers.get('Idempotency-Key'),
  language: request.headers.get('Accept-Language'),
});
const authorization = (request: Request) => request.headers.get('Authorization');
const flowSecret = (request: Request) => ({ flowSecret: request.headers.get('Flow-Secret') });

export function createHandlers(service: IdentityService, { baseUrl }: HandlerOptions) {
  const http = createOpenApiHttp<paths>({ baseUrl });

  return [
    http.post(
      '/sign-in/sms',
      answers(({ request }) =>
        withJsonBody(request, (body) => service.startSmsSignIn(body, idempotency(request))),
      ),
    ),

    http.post(
      '/sign-in/password',
      answers(({ request }) => withJsonBody(request, (body) => service.startPasswordSignIn(body))),
    ),

    http.get(
      '/password-reset/human-check',
      answers(() => service.getHumanCheck()),
    ),

    http.post(
      '/password-reset',
      answers(({ request }) => withJsonBody(request, (body) => service.startPasswordReset(body))),
    ),

    http.get(
      '/flows/{flowId}',
      answers(({ params, request }) => service.getFlow(params.flowId, flowSecret(request))),
    ),

    http.delete(
      '/flows/{flowId}',
      answers(({ params }) => service.cancelFlow(params.flowId)),
    ),

    http.delete(
      '/flows/{flowId}/verification',
      answers(({ params }) => service.cancelVerification(params.flowId)),
    ),

    http.post(
      '/flows/{flowId}/verification',
      answers(({ params, request }) =>
        withJsonBody(request, (body) => service.startVerification(params.flowId, body, idempotency(request))),
      ),
    ),

    http.post(
      '/flows/{flowId}/verification/resend',
      answers(({ params, request }) => service.resendCode(params.flowId, idempotency(request))),
    ),

    http.post(
      '/flows/{flowId}/verification/code',
      answers(({ params, request }) =>
        withJsonBody(request, (body) => service.submitCode(params.flowId, body, idempotency(request))),
      ),
    ),

    http.post(
      '/flows/{flowId}/password',
      answers(({ params, request }) =>
        withJsonBody(request, (body) => service.setNewPassword(params.flowId, body, idempotency(request))),
      ),
    ),

    http.get(
      '/session',
      answers(({ request }) => service.getSession(authorization(request))),
    ),

    http.delete(
      '/session',
      answers(({ request }) => service.signOut(authorization(request))),
    ),

    http.get(
      '/me/authentication-methods',
      answers(({ request }) => service.listAuthenticationMethods(authorization(request))),
    ),

    http.post(
      '/me/phone-methods',
      answers(({ request }) =>
        withJsonBody(request, (body) =>
          service.addPhoneMethod(authorization(request), body, idempotency(request)),
        ),
      ),
    ),

    http.patch(
      '/me/phone-methods/{methodId}',
      answers(({ params, request }) =>
        withJsonBody(request, (body) =>
          service.changePhoneMethod(authorization(request), params.methodId, body, idempotency(request)),
        ),
      ),
    ),

    http.delete(
      '/me/phone-methods/{methodId}',
      answers(({ params, request }) => service.deletePhoneMethod(authorization(request), params.methodId)),
    ),

    http.post(
      '/me/phone-methods/{methodId}/enable-sms-sign-in',
      answers(({ params, request }) => service.enableSmsSignIn(authorization(request), params.methodId)),
    ),

    http.post(
      '/me/phone-methods/{methodId}/disable-sms-sign-in',
      answers(({ params, request }) => service.disableSmsSignIn(authorization(request), params.methodId)),
    ),

    http.put(
      '/me/default-method',
      answers(({ request }) =>
        withJsonBody(request, (body) => service.setDefaultMethod(authorization(request), body)),
      ),
    ),

    http.post(
      '/me/step-up',
      answers(({ request }) => service.startStepUp(authorization(request))),
    ),
  ];
}
