// No enumeration, over HTTP: for each unauthenticated start operation, a registered input and an
// unknown one with the same properties, side by side, get the same status, the same headers (names,
// and values apart from per-request random ones) and a body of the same shape (keys and value
// types, recursively; masked destinations may differ in their digits only). Time stands still, so
// every duration in the two answers is the same too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../mocks/personas';
import type { ErrorCode, HumanCheck } from '../../src/api/types';
import { solveHumanCheck } from '../support/human-check';
import { createClient, freshKey, type Reply } from './http-client';
import { loadContract } from './openapi';

const contract = loadContract();
const { call } = createClient(contract, {
  codes: new Map<ErrorCode, Set<number>>(),
  operations: new Set<string>(),
});

/** Headers whose values are made per request: none today; a date or a request id would be. */
const RANDOM_HEADERS = new Set(['date', 'x-request-id']);
/** Body members whose values are random per request (ids, support references, tokens). */
const RANDOM_MEMBERS = new Set(['flowId', 'flowSecret', 'id', 'reference', 'sessionToken']);

type Shape = string | Shape[] | { [key: string]: Shape };

/**
 * What a body may reveal, member by member: the value itself, except for random members (their type
 * only) and masked destinations (their digits hidden).
 */
function shapeOf(value: unknown, member = ''): Shape {
  if (Array.isArray(value)) return value.map((item) => shapeOf(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, shapeOf(item, key)]),
    );
  }
  if (RANDOM_MEMBERS.has(member)) return `<${typeof value}>`;
  if (member === 'maskedDestination' && typeof value === 'string') return value.replace(/\d/g, '#');
  return `${typeof value}:${JSON.stringify(value)}`;
}

function headersOf(reply: Reply): Record<string, string> {
  return Object.fromEntries(
    [...reply.headers.entries()].map(([name, value]) => [
      name,
      RANDOM_HEADERS.has(name.toLowerCase()) ? '<random>' : value,
    ]),
  );
}

/** The two answers tell nothing apart. */
function expectAlike(registered: Reply, unknown: Reply) {
  expect(unknown.status, JSON.stringify(unknown.json)).toBe(registered.status);
  expect(headersOf(unknown)).toEqual(headersOf(registered));
  expect(shapeOf(unknown.json)).toEqual(shapeOf(registered.json));
}

const startSms = (phoneNumber: string) =>
  call('POST', '/sign-in/sms', { body: { phoneNumber }, idempotencyKey: freshKey() });
const startPassword = (username: string, password: string) =>
  call('POST', '/sign-in/password', { body: { username, password } });

async function startReset(username: string) {
  const check = await call('GET', '/password-reset/human-check');
  const humanCheck = await solveHumanCheck(check.json as HumanCheck);
  return call('POST', '/password-reset', { body: { username, humanCheck } });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-03-02T09:00:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('POST /sign-in/sms: a persona’s number and an account-less one with the same properties', () => {
  it.each([
    { case: 'SMS, works', registered: '+14255550100', unknown: '+14255550177', status: 201 },
    { case: 'WhatsApp, first-time notice', registered: '+14255550101', unknown: '+14255550105', status: 201 },
    { case: 'RCS', registered: '+14255550102', unknown: '+14255550106', status: 201 },
    { case: 'text limit reached', registered: '+14255550103', unknown: '+14255550107', status: 429 },
    { case: 'having trouble verifying', registered: '+14255550104', unknown: '+14255550108', status: 403 },
    {
      case: 'registered, not enabled (megan)',
      registered: '+14255550110',
      unknown: '+14255550177',
      status: 201,
    },
    { case: 'left out by policy (paul)', registered: '+14255550182', unknown: '+14255550177', status: 201 },
  ])('$case: $registered and $unknown', async ({ registered, unknown, status }) => {
    const a = await startSms(registered);
    const b = await startSms(unknown);
    expect(a.status).toBe(status);
    expectAlike(a, b);
  });

  it('a number blocked after ten wrong codes: a persona’s and an unknown one alike', async () => {
    const replies: Reply[] = [];
    for (const number of ['+14255550100', '+14255550177']) {
      for (let flows = 0; flows < 2; flows++) {
        const flow = (await startSms(number)).json as { flowId: string };
        for (let i = 0; i < 5; i++) {
          await call('POST', `/flows/${flow.flowId}/verification/code`, {
            body: { code: '000000' },
            idempotencyKey: freshKey(),
          });
        }
      }
      replies.push(await startSms(number));
    }
    expect(replies[0]?.status).toBe(403);
    expectAlike(replies[0]!, replies[1]!);
  });
});

describe('POST /sign-in/password: a user name that exists and one that does not', () => {
  it('a wrong password', async () => {
    const a = await startPassword('megan@contoso.example', 'Passw0rd!nope');
    const b = await startPassword('nobody@contoso.example', 'Passw0rd!nope');
    expect(a.status).toBe(401);
    expectAlike(a, b);
  });

  it('a blocked account with a wrong password', async () => {
    const a = await startPassword('bob@contoso.example', 'Passw0rd!nope');
    const b = await startPassword('nobody@contoso.example', 'Passw0rd!nope');
    expectAlike(a, b);
  });

  it('locked out after ten failures: the right password and any other alike, and again later', async () => {
    const locked: Reply[] = [];
    const relocked: Reply[] = [];
    for (const username of ['megan@contoso.example', 'nobody@contoso.example']) {
      for (let i = 0; i < 10; i++) await startPassword(username, 'Passw0rd!nope');
      locked.push(await startPassword(username, DEMO_PASSWORD));
    }
    expect(locked[0]?.status).toBe(429);
    expect(locked[0]?.headers.get('Retry-After')).toBe('60');
    expectAlike(locked[0]!, locked[1]!);

    vi.setSystemTime(Date.now() + 60_000);
    for (const username of ['megan@contoso.example', 'nobody@contoso.example']) {
      await startPassword(username, 'Passw0rd!nope');
      relocked.push(await startPassword(username, DEMO_PASSWORD));
    }
    expect(relocked[0]?.headers.get('Retry-After')).toBe('120');
    expectAlike(relocked[0]!, relocked[1]!);
  });
});

describe('POST /password-reset: a user name nobody has and one that cannot reset here', () => {
  it.each([
    { case: 'no methods (nora)', registered: 'nora@contoso.example' },
    { case: 'not enabled (bob)', registered: 'bob@contoso.example' },
    { case: 'not enabled (adele, SMS sign-in only)', registered: 'adele@contoso.example' },
  ])('$case', async ({ registered }) => {
    const a = await startReset(registered);
    const b = await startReset('nobody@contoso.example');
    expect(a.status).toBe(403);
    expectAlike(a, b);
  });
});
