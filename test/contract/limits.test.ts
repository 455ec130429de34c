// Limits that can't be sidestepped, over HTTP (src/behaviour.md#limits): the cooldown per flow across
// methods and for calls, wrong codes counted per number across flows, the password smart lockout,
// and the Idempotency-Key every sending operation requires.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { identity } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../mocks/personas';
import { type ErrorCode, type Flow, PHONE_METHOD_IDS } from '../../src/api/types';
import { createClient, freshKey } from './http-client';
import { loadContract } from './openapi';
import { allowInvalidRequests } from './recorder';

const contract = loadContract();
const { call, flowOf, stageOf, problemOf } = createClient(contract, {
  codes: new Map<ErrorCode, Set<number>>(),
  operations: new Set<string>(),
});
const phone = identity.demoPhone;
const latestCode = () => phone.messages().find((message) => message.code)?.code ?? '';

const startSms = (phoneNumber: string) =>
  call('POST', '/sign-in/sms', { body: { phoneNumber }, idempotencyKey: freshKey() });
const startPassword = (username: string, password = DEMO_PASSWORD) =>
  call('POST', '/sign-in/password', { body: { username, password } });
const choose = (flowId: string, methodId: string) =>
  call('POST', `/flows/${flowId}/verification`, { body: { methodId }, idempotencyKey: freshKey() });
const submit = (flowId: string, code: string) =>
  call('POST', `/flows/${flowId}/verification/code`, { body: { code }, idempotencyKey: freshKey() });
const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-03-02T09:00:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the 30 s cooldown holds per flow, across methods and for calls', () => {
  it('text, call, text within 30 s: the second text is refused with the wait, and one text goes out', async () => {
    const flow = flowOf(await startPassword('megan@contoso.example'));
    flowOf(await choose(flow.flowId, 'mobile-sms'));
    later(5);
    stageOf(flowOf(await choose(flow.flowId, 'mobile-voice')), 'verifying');
    later(5);
    const early = await choose(flow.flowId, 'mobile-sms');
    expect(early.status).toBe(429);
    expect(early.headers.get('Retry-After')).toBe('20');
    expect(problemOf(early, 'resend-cooldown')).toMatchObject({
      retryAfterSeconds: 20,
      alternatives: ['authenticator-app'],
    });
    expect(phone.messages()).toHaveLength(1);
    later(20);
    flowOf(await choose(flow.flowId, 'mobile-sms'));
    expect(phone.messages()).toHaveLength(2);
  });

  it('a second call within 30 s, to any phone, is refused with the wait', async () => {
    const flow = flowOf(await startPassword('megan@contoso.example'));
    flowOf(await choose(flow.flowId, 'mobile-voice'));
    phone.answer(phone.calls()[0]?.id ?? '', 'decline');
    later(4);
    const again = await choose(flow.flowId, 'office-voice');
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe('26');
    expect(problemOf(again, 'resend-cooldown').retryAfterSeconds).toBe(26);
    expect(phone.calls()).toHaveLength(1);
    later(26);
    flowOf(await choose(flow.flowId, 'mobile-voice'));
    expect(phone.calls()).toHaveLength(2);
  });
});

describe('wrong codes to one number, across flows', () => {
  it('the 10th within an hour locks the flow and blocks texts and calls to the number for a day', async () => {
    for (let flows = 0; flows < 2; flows++) {
      const flow = flowOf(await startSms('+14255550110'));
      for (let i = 0; i < 4; i++) problemOf(await submit(flow.flowId, '000000'), 'wrong-code');
      const fifth = await submit(flow.flowId, '000000');
      expect(fifth.status).toBe(423);
      problemOf(fifth, 'flow-locked');
      later(60);
    }
    const blocked = await startSms('+14255550110');
    expect(blocked.status).toBe(403);
    problemOf(blocked, 'verification-blocked');
    // Megan's own sign-in can't text or call that number either; her other phones and app can.
    const mfa = flowOf(await startPassword('megan@contoso.example'));
    for (const methodId of ['mobile-sms', 'mobile-voice']) {
      const refused = await choose(mfa.flowId, methodId);
      expect(refused.status).toBe(403);
      expect(problemOf(refused, 'verification-blocked').alternatives).toEqual([
        'alternate-mobile-voice',
        'office-voice',
        'authenticator-app',
      ]);
    }
    later(24 * 60 * 60);
    flowOf(await startSms('+14255550110'));
  });

  it('a flow still waiting for a code texted to the number is locked with the others', async () => {
    const waiting = flowOf(await startSms('+14255550100'));
    const code = latestCode();
    for (let flows = 0; flows < 2; flows++) {
      const flow = flowOf(await startSms('+14255550100'));
      for (let i = 0; i < 5; i++) await submit(flow.flowId, code === '000000' ? '111111' : '000000');
    }
    stageOf(flowOf(await call('GET', `/flows/${waiting.flowId}`), 200), 'locked');
    problemOf(await submit(waiting.flowId, code), 'flow-locked');
  });
});

describe('password smart lockout', () => {
  it('10 failures lock the name for 60 s (the right password too); each further failure for twice as long', async () => {
    for (let i = 0; i < 10; i++) {
      problemOf(await startPassword('megan@contoso.example', 'Passw0rd!nope'), 'invalid-credentials');
    }
    const locked = await startPassword('megan@contoso.example');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('Retry-After')).toBe('60');
    expect(problemOf(locked, 'too-many-requests').retryAfterSeconds).toBe(60);
    later(60);
    problemOf(await startPassword('megan@contoso.example', 'Passw0rd!nope'), 'invalid-credentials');
    const relocked = await startPassword('megan@contoso.example');
    expect(relocked.headers.get('Retry-After')).toBe('120');
    later(120);
    flowOf(await startPassword('megan@contoso.example'));
  });
});

describe('every operation that sends requires its Idempotency-Key', () => {
  const { mobile } = PHONE_METHOD_IDS;

  const refusedWithoutKey = (reply: { status: number; json: unknown }) => {
    expect(reply.status).toBe(400);
    expect((reply.json as { errors?: unknown }).errors).toEqual([
      { field: 'Idempotency-Key', code: 'validation-failed' },
    ]);
  };

  it('start SMS sign-in, start a verification, resend, add and change a phone', async () => {
    allowInvalidRequests();
    refusedWithoutKey(await call('POST', '/sign-in/sms', { body: { phoneNumber: '+14255550100' } }));
    const sms = flowOf(await startSms('+14255550100'));
    later(30);
    refusedWithoutKey(await call('POST', `/flows/${sms.flowId}/verification/resend`));
    expect(phone.messages()).toHaveLength(1);
    flowOf(
      await call('POST', `/flows/${sms.flowId}/verification/resend`, { idempotencyKey: freshKey() }),
      200,
    );
    expect(phone.messages()).toHaveLength(2);

    const mfa = flowOf(await startPassword('megan@contoso.example'));
    refusedWithoutKey(
      await call('POST', `/flows/${mfa.flowId}/verification`, { body: { methodId: 'mobile-sms' } }),
    );
    flowOf(await choose(mfa.flowId, 'mobile-sms'));
    const done = stageOf(flowOf(await submit(mfa.flowId, latestCode()), 200), 'completed') as Extract<
      Flow,
      { stage: 'completed' }
    >;
    const token = done.sessionToken ?? '';
    refusedWithoutKey(
      await call('POST', '/me/phone-methods', {
        body: { phoneNumber: '+1 4255550170', phoneType: 'mobile', verifyBy: 'sms' },
        token,
      }),
    );
    refusedWithoutKey(
      await call('PATCH', `/me/phone-methods/${mobile}`, {
        body: { phoneNumber: '+1 4255550170', verifyBy: 'sms' },
        token,
      }),
    );
  });
});
