// A flow's outcome is handed over once, over HTTP (src/behaviour.md#security-and-privacy, the
// contract's FlowCompleted): in the answer that completes the flow, and afterwards only to the client
// that created it, to recover an answer it lost: a read with the flow's Flow-Secret, or the completing
// code check retried with the same Idempotency-Key, for 2 minutes and until the session is used.
// Anyone else holding the flow id reads "completed" and nothing more.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { identity } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../mocks/personas';
import type { ErrorCode, Flow } from '../../src/api/types';
import { createClient, freshKey, type Reply } from './http-client';
import { loadContract } from './openapi';

const { call, flowOf, stageOf, problemOf } = createClient(loadContract(), {
  codes: new Map<ErrorCode, Set<number>>(),
  operations: new Set<string>(),
});
const phone = identity.demoPhone;
const latestCode = () => phone.messages().find((message) => message.code)?.code ?? '';

const ADELE = '+14255550100';
/** Well-formed, and not the flow's. */
const WRONG_SECRET = 'A'.repeat(32);

const startSms = (phoneNumber: string) =>
  call('POST', '/sign-in/sms', { body: { phoneNumber }, idempotencyKey: freshKey() });
const startPassword = (username: string) =>
  call('POST', '/sign-in/password', { body: { username, password: DEMO_PASSWORD } });
const choose = (flowId: string, methodId: string) =>
  call('POST', `/flows/${flowId}/verification`, { body: { methodId }, idempotencyKey: freshKey() });
const submit = (flowId: string, code: string, idempotencyKey = freshKey()) =>
  call('POST', `/flows/${flowId}/verification/code`, { body: { code }, idempotencyKey });
const read = (flowId: string, flowSecret?: string | null) =>
  call('GET', `/flows/${flowId}`, { flowSecret: flowSecret ?? null });
const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

const secretOf = (flow: Flow): string => {
  expect(flow, 'the answer that created the flow').toHaveProperty('flowSecret');
  return 'flowSecret' in flow ? (flow.flowSecret ?? '') : '';
};

/** A completed flow as anyone may read it: where it stands, nothing of what it produced. */
function expectBare(reply: Reply, flow: Flow, ...secrets: string[]) {
  expect(flowOf(reply, 200)).toEqual({ flowId: flow.flowId, kind: flow.kind, stage: 'completed' });
  for (const secret of secrets) expect(JSON.stringify(reply.json)).not.toContain(secret);
}

/** Adele's SMS sign-in, up to the right code's answer: the flow as created, the code, the check's key. */
async function adeleSignedIn() {
  const flow = stageOf(flowOf(await startSms(ADELE)), 'verifying');
  const code = latestCode();
  const key = freshKey();
  const done = stageOf(flowOf(await submit(flow.flowId, code, key), 200), 'completed');
  const token = done.sessionToken ?? '';
  expect(token).toMatch(/^[\w-]{43}$/);
  return { flow, secret: secretOf(flow), code, key, done, token };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-03-02T09:00:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the answer that completes a flow carries its outcome; a second read does not', () => {
  it('SMS sign-in: the right code’s answer has the session; reading the flow again, without the secret or with a wrong one, gets none', async () => {
    const { flow, done, token } = await adeleSignedIn();
    expect(done.session?.signInMethod).toBe('sms-sign-in');
    expectBare(await read(flow.flowId), flow, token);
    expectBare(await read(flow.flowId, WRONG_SECRET), flow, token);
    expectBare(await read(flow.flowId), flow, token);
    // what was handed over works
    expect((await call('GET', '/session', { token })).status).toBe(200);
  });

  it('password sign-in by call: # completes it between two reads; a read without the secret gets nothing, the creator’s read gets the session', async () => {
    const flow = flowOf(await startPassword('megan@contoso.example'));
    stageOf(flowOf(await choose(flow.flowId, 'office-voice')), 'verifying');
    phone.answer(phone.calls()[0]?.id ?? '', 'press-hash');
    expectBare(await read(flow.flowId), flow);
    expectBare(await read(flow.flowId, WRONG_SECRET), flow);
    const own = stageOf(flowOf(await read(flow.flowId, secretOf(flow)), 200), 'completed');
    expect(own.session?.signInMethod).toBe('password-and-voice');
    expectBare(await read(flow.flowId), flow, own.sessionToken ?? '');
  });

  it('password sign-in with nothing more to prove: the sign-in’s own answer has the session; later reads without the secret do not', async () => {
    const flow = stageOf(flowOf(await startPassword('newt@contoso.example')), 'completed');
    const token = flow.sessionToken ?? '';
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(flow.session?.signInMethod).toBe('password');
    expectBare(await read(flow.flowId), flow, token);
  });

  it('the secret is in the answer that created the flow only, and is not the flow id', async () => {
    const flow = stageOf(flowOf(await startSms(ADELE)), 'verifying');
    const secret = secretOf(flow);
    expect(secret).toMatch(/^[\w-]{22,128}$/);
    expect(secret).not.toBe(flow.flowId);
    expect(await read(flow.flowId, secret).then((reply) => reply.json)).not.toHaveProperty('flowSecret');
    const done = flowOf(await submit(flow.flowId, latestCode()), 200);
    expect(done).not.toHaveProperty('flowSecret');
    expect(JSON.stringify(done)).not.toContain(secret);
  });
});

describe('the client that created the flow can recover a lost completing answer', () => {
  it('a retry of the completing check with the same key and code gets the same session again', async () => {
    const { flow, code, key, done, token } = await adeleSignedIn();
    const again = stageOf(flowOf(await submit(flow.flowId, code, key), 200), 'completed');
    expect(again.sessionToken).toBe(token);
    expect(again.session).toEqual(done.session);
  });

  it('a check with another key gets no session (the flow moved on); the same key with another code is a reused key', async () => {
    const { flow, code, key, token } = await adeleSignedIn();
    const otherKey = await submit(flow.flowId, code);
    expect(otherKey.status).toBe(409);
    problemOf(otherKey, 'flow-stage-mismatch');
    expect(JSON.stringify(otherKey.json)).not.toContain(token);
    const otherCode = await submit(flow.flowId, code === '000000' ? '111111' : '000000', key);
    expect(otherCode.status).toBe(422);
    problemOf(otherCode, 'idempotency-key-reused');
    expect(JSON.stringify(otherCode.json)).not.toContain(token);
  });

  it('a read with the flow’s secret gets the same session again, as often as asked, for 2 minutes', async () => {
    const { flow, secret, done, token } = await adeleSignedIn();
    for (let reads = 0; reads < 2; reads++) {
      const own = stageOf(flowOf(await read(flow.flowId, secret), 200), 'completed');
      expect(own.sessionToken).toBe(token);
      expect(own.session?.user).toEqual(done.session?.user);
    }
    later(119);
    expect(stageOf(flowOf(await read(flow.flowId, secret), 200), 'completed').sessionToken).toBe(token);
    later(1);
    expectBare(await read(flow.flowId, secret), flow, token);
  });

  it('after 2 minutes neither the secret nor the same key gets the session; the flow still reads completed', async () => {
    const { flow, secret, code, key, token } = await adeleSignedIn();
    later(120);
    expectBare(await read(flow.flowId, secret), flow, token);
    expectBare(await submit(flow.flowId, code, key), flow, token);
    // the session itself lives on: it was handed over once
    expect((await call('GET', '/session', { token })).status).toBe(200);
  });

  it('once the session has been used, the client evidently has it: nothing is handed over again', async () => {
    const { flow, secret, code, key, token } = await adeleSignedIn();
    expect((await call('GET', '/session', { token })).status).toBe(200);
    expectBare(await read(flow.flowId, secret), flow, token);
    expectBare(await submit(flow.flowId, code, key), flow, token);
  });

  it('a session signed out is handed over to no one, the flow’s own client included', async () => {
    const flow = flowOf(await startPassword('newt@contoso.example'));
    const token = stageOf(flow, 'completed').sessionToken ?? '';
    expect((await call('DELETE', '/session', { token })).status).toBe(204);
    expectBare(await read(flow.flowId, secretOf(flow)), flow, token);
    problemOf(await call('GET', '/session', { token }), 'not-authenticated');
  });
});

describe('flow ids and secrets', () => {
  it('are random: 22 and 32 URL-safe characters (132 and 192 bits), never repeated', async () => {
    const flows = await Promise.all(
      Array.from({ length: 20 }, async () => flowOf(await startPassword('megan@contoso.example'))),
    );
    const ids = new Set(flows.map((flow) => flow.flowId));
    const secrets = new Set(flows.map(secretOf));
    expect(ids.size).toBe(20);
    expect(secrets.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[\w-]{22}$/);
    for (const secret of secrets) expect(secret).toMatch(/^[\w-]{32}$/);
  });
});
