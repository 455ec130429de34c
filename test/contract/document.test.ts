// @vitest-environment node
// Rules of the contract's own text that Redocly's recommended rules (run by `npm run lint`) do not
// cover: how every operation says who may call it, what every 401 and every 429 promises.
import { describe, expect, it } from 'vitest';
import { loadContract } from './openapi';

type Json = Record<string, unknown>;
const contract = loadContract();
const document = contract.document as Json;

/** Follows a local $ref ("#/components/…") to what it names. */
function resolve(node: unknown): Json {
  const ref = (node as Json | undefined)?.$ref;
  if (typeof ref !== 'string') return node as Json;
  return resolve(
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, part) => (at as Json)[part], document),
  );
}

const responses = contract.operations.flatMap((operation) =>
  Object.entries((operation.node.responses ?? {}) as Json).map(([status, response]) => ({
    where: `${operation.method} ${operation.template} ${status}`,
    status,
    response: resolve(response),
  })),
);

describe('openapi.yaml', () => {
  it('every operation says who may call it: a session (bearerAuth) or, explicitly, anyone', () => {
    const undeclared = contract.operations.filter((operation) => !Array.isArray(operation.node.security));
    expect(undeclared.map((operation) => operation.id)).toEqual([]);
    for (const operation of contract.operations) {
      const security = operation.node.security as Json[];
      const bearer = operation.template === '/session' || operation.template.startsWith('/me/');
      expect(security, operation.id).toEqual(bearer ? [{ bearerAuth: [] }] : []);
    }
  });

  it('every 401 declares its WWW-Authenticate challenge, as required', () => {
    const unauthorized = responses.filter(({ status }) => status === '401');
    expect(unauthorized.length).toBeGreaterThan(0);
    for (const { where, response } of unauthorized) {
      const header = resolve((response.headers as Json | undefined)?.['WWW-Authenticate']);
      expect(header?.required, where).toBe(true);
    }
  });

  it('every 429 declares Retry-After, and a problem whose retryAfterSeconds is required', () => {
    const throttled = responses.filter(({ status }) => status === '429');
    expect(throttled.length).toBeGreaterThan(0);
    const validate = contract.schemaAt('/components/schemas/ThrottledProblem');
    const problem = {
      type: 'urn:problem:sign-in:text-limit',
      title: 'Limit',
      status: 429,
      code: 'text-limit',
    };
    for (const { where, response } of throttled) {
      const header = resolve((response.headers as Json | undefined)?.['Retry-After']);
      expect(header?.required, where).toBe(true);
      const schema = ((response.content as Json)['application/problem+json'] as Json).schema as Json;
      expect(schema.$ref, where).toBe('#/components/schemas/ThrottledProblem');
    }
    expect(validate(problem), 'a 429 without retryAfterSeconds').toBe(false);
    expect(validate({ ...problem, retryAfterSeconds: 60 })).toBe(true);
  });
});
