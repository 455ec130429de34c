// A deliberately plain HTTP client for the contract test: fetch through MSW's Node server, check
// every answer against the contract on the spot, and remember which problem codes were seen.
import { expect } from 'vitest';
import type { ErrorCode, Flow, Problem } from '../../src/api/types';
import type { Contract } from './openapi';

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, or null for an empty body. */
  json: unknown;
}

export interface Send {
  body?: unknown;
  /** The raw body, for requests that are malformed on purpose. */
  rawBody?: string;
  token?: string;
  idempotencyKey?: string | null;
  /** The Flow-Secret header: the secret the flow's creation answered with. */
  flowSecret?: string | null;
}

let keys = 0;
export const freshKey = () => `contract-key-${String(++keys).padStart(12, '0')}`;

/** What the calls so far have met: problem codes with the statuses they came with, and operations (by operationId). */
export interface Seen {
  codes: Map<ErrorCode, Set<number>>;
  operations: Set<string>;
}

export function createClient(contract: Contract, seen: Seen) {
  async function call(method: string, path: string, send: Send = {}): Promise<Reply> {
    const headers = new Headers();
    if (send.body !== undefined || send.rawBody !== undefined) {
      headers.set('Content-Type', 'application/json');
    }
    if (send.token) headers.set('Authorization', `Bearer ${send.token}`);
    if (send.idempotencyKey) headers.set('Idempotency-Key', send.idempotencyKey);
    if (send.flowSecret) headers.set('Flow-Secret', send.flowSecret);
    const response = await fetch(`${location.origin}/api${path}`, {
      method,
      headers,
      body: send.rawBody ?? (send.body === undefined ? undefined : JSON.stringify(send.body)),
    });
    const text = await response.text();
    expect(
      contract.checkResponse({
        method,
        path,
        status: response.status,
        headers: response.headers,
        body: text,
      }),
    ).toEqual([]);
    const json: unknown = text ? JSON.parse(text) : null;
    seen.operations.add(contract.findOperation(method, path)?.id ?? `${method} ${path}`);
    if (response.status >= 400) {
      const { code } = json as Problem;
      seen.codes.set(code, (seen.codes.get(code) ?? new Set()).add(response.status));
    }
    return { status: response.status, headers: response.headers, json };
  }

  /** The flow a successful answer carries (already validated against the Flow schema). */
  const flowOf = (reply: Reply, status = 201): Flow => {
    expect(reply.status, JSON.stringify(reply.json)).toBe(status);
    return reply.json as Flow;
  };

  const stageOf = <S extends Flow['stage']>(flow: Flow, stage: S): Extract<Flow, { stage: S }> => {
    expect(flow.stage, JSON.stringify(flow)).toBe(stage);
    return flow as Extract<Flow, { stage: S }>;
  };

  /** The problem an answer carries, checked to be `code`. */
  const problemOf = (reply: Reply, code: ErrorCode): Problem => {
    const problem = reply.json as Problem;
    expect(problem.code, JSON.stringify(problem)).toBe(code);
    expect(reply.headers.get('Content-Type')).toBe('application/problem+json');
    return problem;
  };

  return { call, flowOf, stageOf, problemOf };
}
