// Where HTTP meets the identity service's answers. A route's resolver returns an answer whose type
// is that route's own responses in the contract, so wiring a route to a service method that can
// answer a status or a body the route does not declare does not compile.
import { HttpResponse, type JsonBodyType } from 'msw';
import type { HttpMethod, ResponseResolverInfo } from 'openapi-msw';
import type { paths } from '../src/api/types';
import type { AnswerTo, ProblemAnswer } from './identity';
import { fieldError, invalidRequest } from './identity/problems';

type RouteAnswer<P extends keyof paths, M extends HttpMethod> = paths[P] extends {
  [K in M]: { responses: infer Responses };
}
  ? AnswerTo<Responses>
  : never;

type Info<P extends keyof paths, M extends HttpMethod> = ResponseResolverInfo<paths, P, M>;
type RouteResponse<P extends keyof paths, M extends HttpMethod> = ReturnType<
  Info<P, M>['response']['untyped']
>;

/** An answer as HTTP sees it, once its route has type-checked it. */
interface Checked {
  status: number;
  body?: JsonBodyType;
  headers?: Record<string, string>;
}

function reply({ status, body, headers }: Checked): Response {
  // What openapi-msw's response(204).empty() sends.
  if (status === 204) return new HttpResponse(null, { status, headers: { 'Content-Length': '0' } });
  if (status < 400) return HttpResponse.json(body, { status });
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/**
 * A resolver for openapi-msw's `http.get(path, …)` and the like that returns the service's answer
 * instead of a response. The path and method are inferred from where it is passed.
 */
export function answers<P extends keyof paths, M extends HttpMethod>(
  resolve: (info: Info<P, M>) => RouteAnswer<P, M> | Promise<RouteAnswer<P, M>>,
): (info: Info<P, M>) => Promise<RouteResponse<P, M>> {
  return async (info) => info.response.untyped(reply(await resolve(info)));
}

/**
 * Reads the JSON body and hands it to `answer`, which may answer later (the reset does). A body
 * that is not JSON at all is refused like any other invalid body (validation-failed); a route that
 * takes a body without declaring 400 would not compile.
 */
export async function withJsonBody<T, A>(
  request: { json(): Promise<T> },
  answer: (body: T) => A | Promise<A>,
): Promise<A | ProblemAnswer<400>> {
  let body: T;
  try {
    body = await request.json();
  } catch {
    return invalidRequest([fieldError('body')]);
  }
  return answer(body);
}
