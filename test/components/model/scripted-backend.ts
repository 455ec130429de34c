// The backend of a model-based run: MSW holds every request until the path says how it is answered
// (a flow, a problem, or no answer at all), so the real client and screens see real HTTP.
import { HttpResponse, http } from 'msw';
import { server } from '../../../mocks/node';
import { ApiError } from '../../../src/api/errors';
import { allowInvalidResponses } from '../../contract/recorder';

export type RequestKind =
  | 'send'
  | 'read'
  | 'check'
  | 'resend'
  | 'signIn'
  | 'humanCheck'
  | 'reset'
  | 'password'
  | 'methods'
  | 'save'
  | 'stepUp';

function toResponse(kind: RequestKind, answer: unknown): Response {
  if (answer instanceof ApiError) {
    if (answer.code === 'network-error') return HttpResponse.error();
    // a body the contract does not allow, as a newer or broken backend might send
    if (answer.code === 'unexpected-response') {
      allowInvalidResponses();
      return HttpResponse.json({ stage: 'unheard-of' }, { status: 200 });
    }
    const problem = answer.problem!;
    const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
    if (problem.status === 429) headers['Retry-After'] = String(problem.retryAfterSeconds ?? 0);
    if (problem.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="self-service-sign-in"';
    return HttpResponse.json(problem, { status: problem.status, headers });
  }
  // a delete answers with no body
  if (answer === null) return new HttpResponse(null, { status: 204 });
  const created = kind === 'send' || kind === 'signIn' || kind === 'reset' || kind === 'stepUp';
  return HttpResponse.json(answer as object, { status: created ? 201 : 200 });
}

export function scriptedBackend() {
  const waiting = new Map<RequestKind, Array<(response: Response) => void>>();
  const hold = (kind: RequestKind) =>
    new Promise<Response>((resolve) => {
      waiting.set(kind, [...(waiting.get(kind) ?? []), resolve]);
    });
  server.use(
    http.post('*/api/sign-in/sms', () => hold('send')),
    http.post('*/api/sign-in/password', () => hold('signIn')),
    http.post('*/api/flows/:flowId/verification', () => hold('send')),
    http.get('*/api/flows/:flowId', () => hold('read')),
    http.post('*/api/flows/:flowId/verification/code', () => hold('check')),
    http.post('*/api/flows/:flowId/verification/resend', () => hold('resend')),
    http.get('*/api/password-reset/human-check', () => hold('humanCheck')),
    http.post('*/api/password-reset', () => hold('reset')),
    http.post('*/api/flows/:flowId/password', () => hold('password')),
    http.get('*/api/me/authentication-methods', () => hold('methods')),
    // a phone's number to verify: the registration's first request, as a verification's is
    http.post('*/api/me/phone-methods', () => hold('send')),
    http.patch('*/api/me/phone-methods/:methodId', () => hold('send')),
    http.delete('*/api/me/phone-methods/:methodId', () => hold('save')),
    http.post('*/api/me/phone-methods/:methodId/:action', () => hold('save')),
    http.put('*/api/me/default-method', () => hold('save')),
    http.post('*/api/me/step-up', () => hold('stepUp')),
    http.delete('*/api/flows/:flowId', () => new HttpResponse(null, { status: 204 })),
    http.delete('*/api/flows/:flowId/verification', () => new HttpResponse(null, { status: 204 })),
  );
  return {
    pending: (kind: RequestKind) => (waiting.get(kind)?.length ?? 0) > 0,
    /**
     * Answers the latest request of this kind. Older ones were abandoned by the app (their actor
     * stopped, their fetch aborted): nobody waits for them.
     */
    answer(kind: RequestKind, answer: unknown) {
      const queue = waiting.get(kind) ?? [];
      const latest = queue.pop();
      if (!latest) throw new Error(`the app has no ${kind} request waiting`);
      waiting.set(kind, []);
      latest(toResponse(kind, answer));
    },
  };
}
