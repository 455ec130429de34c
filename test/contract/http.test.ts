// Drives the mock over HTTP (fetch → MSW → identity service) through every flow and every error
// code it can produce. Each answer is checked against the contract where it is received, and
// again by test/setup.ts; the last test checks that the codes seen cover the ErrorCode enum, each
// with the one status the contract gives it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { identity } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../mocks/personas';
import {
  type AuthenticationMethods,
  type ErrorCode,
  type Flow,
  type HumanCheck,
  PHONE_METHOD_IDS,
} from '../../src/api/types';
import { solveHumanCheck } from '../support/human-check';
import { createClient, freshKey } from './http-client';
import { loadContract } from './openapi';
import { allowInvalidRequests } from './recorder';

const contract = loadContract();
const seen = { codes: new Map<ErrorCode, Set<number>>(), operations: new Set<string>() };
const { call, flowOf, stageOf, problemOf } = createClient(contract, seen);
const phone = identity.demoPhone;

const latestCode = () => phone.messages().find((message) => message.code)?.code ?? '';
const authenticatorCode = (username: string) =>
  phone.authenticator().find((entry) => entry.account === username)?.code ?? '';

const startSms = (phoneNumber: string, idempotencyKey = freshKey()) =>
  call('POST', '/sign-in/sms', { body: { phoneNumber }, idempotencyKey });
const startPassword = (username: string, password = DEMO_PASSWORD) =>
  call('POST', '/sign-in/password', { body: { username, password } });
const choose = (flowId: string, methodId: string, confirmPhoneNumber?: string) =>
  call('POST', `/flows/${flowId}/verification`, {
    body: { methodId, ...(confirmPhoneNumber ? { confirmPhoneNumber } : {}) },
    idempotencyKey: freshKey(),
  });
const submit = (flowId: string, code: string) =>
  call('POST', `/flows/${flowId}/verification/code`, { body: { code }, idempotencyKey: freshKey() });
/** The secret a flow's creation answered with (test/contract/credential-once.test.ts). */
const secretOf = (flow: Flow) => ('flowSecret' in flow ? (flow.flowSecret ?? null) : null);
const resend = (flowId: string) =>
  call('POST', `/flows/${flowId}/verification/resend`, { idempotencyKey: freshKey() });

/** A solved human check, as the browser sends it. */
async function humanCheck(): Promise<string> {
  const check = await call('GET', '/password-reset/human-check');
  expect(check.status).toBe(200);
  return solveHumanCheck(check.json as HumanCheck);
}

async function startReset(username: string, solved?: string) {
  const body = { username, humanCheck: solved ?? (await humanCheck()) };
  return call('POST', '/password-reset', { body });
}

/** Signs in with password and, when there are methods, a texted code (or the app); the session token. */
async function signIn(username: string, methodId = 'mobile-sms'): Promise<string> {
  const flow = flowOf(await startPassword(username));
  if (flow.stage === 'completed') return flow.sessionToken ?? '';
  flowOf(await choose(flow.flowId, methodId));
  const code = methodId === 'authenticator-app' ? authenticatorCode(username) : latestCode();
  return stageOf(flowOf(await submit(flow.flowId, code), 200), 'completed').sessionToken ?? '';
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SMS sign-in over HTTP', () => {
  it('texts a code, refuses a wrong one and an early resend, signs in, and signs out', async () => {
    const flow = stageOf(flowOf(await startSms('+14255550100')), 'verifying');
    expect(flow.verification.channel).toBe('sms');
    const wrong = await submit(flow.flowId, latestCode() === '000000' ? '111111' : '000000');
    expect(wrong.status).toBe(400);
    expect(problemOf(wrong, 'wrong-code').attemptsLeft).toBe(4);
    const early = await resend(flow.flowId);
    expect(early.status).toBe(429);
    expect(early.headers.get('Retry-After')).toBe(
      String(problemOf(early, 'resend-cooldown').retryAfterSeconds),
    );
    const done = stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'completed');
    const token = done.sessionToken ?? '';
    expect((await call('GET', '/session', { token })).status).toBe(200);
    expect((await call('DELETE', '/session', { token })).status).toBe(204);
    problemOf(await call('GET', '/session', { token }), 'not-authenticated');
  });

  it('WhatsApp and RCS numbers, and a number with no account, get the same kind of flow', async () => {
    expect(stageOf(flowOf(await startSms('+14255550101')), 'verifying').verification).toMatchObject({
      channel: 'whatsapp',
      whatsAppFirstUse: true,
    });
    expect(stageOf(flowOf(await startSms('+14255550102')), 'verifying').verification.channel).toBe('rcs');
    expect(stageOf(flowOf(await startSms('+14255550177')), 'verifying').verification.channel).toBe('sms');
  });

  it('a WhatsApp code asked for again comes as a text: the resend answers channel sms, without the WhatsApp sender', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const flow = stageOf(flowOf(await startSms('+14255550101')), 'verifying');
    expect(flow.verification).toMatchObject({ channel: 'whatsapp', sender: '+1 217 302 1989' });
    vi.setSystemTime(Date.now() + 30_000);
    const resent = stageOf(flowOf(await resend(flow.flowId), 200), 'verifying');
    expect(resent.verification.channel).toBe('sms');
    expect(resent.verification).not.toHaveProperty('sender');
    expect(phone.messages()[0]).toMatchObject({ channel: 'sms', to: '+1 425 555 0101' });
    // The texts' last line is the WebOTP one, bound to the page's host (localhost in these tests).
    expect(phone.messages()[0]?.body).toMatch(/\n@localhost #\d{6}$/);
    stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'completed');
  });

  it.each([
    { phoneNumber: '+10005550100', code: 'invalid-phone-number', status: 400 },
    { phoneNumber: '+14255550199', code: 'virtual-number', status: 400 },
    { phoneNumber: '+447700900456', code: 'country-not-enabled', status: 403 },
    { phoneNumber: '+14255550103', code: 'text-limit', status: 429 },
    { phoneNumber: '+14255550104', code: 'verification-blocked', status: 403 },
  ] as const)('$phoneNumber is refused: $code', async ({ phoneNumber, code, status }) => {
    const reply = await startSms(phoneNumber);
    expect(reply.status).toBe(status);
    problemOf(reply, code);
  });

  it('a malformed body or a missing Idempotency-Key is refused (validation-failed)', async () => {
    allowInvalidRequests();
    const malformed = await call('POST', '/sign-in/password', { rawBody: '{"username":' });
    expect(problemOf(malformed, 'validation-failed').errors).toEqual([
      { field: 'body', code: 'validation-failed' },
    ]);
    const unkeyed = await startSms('+14255550100', '');
    expect(problemOf(unkeyed, 'validation-failed').errors).toEqual([
      { field: 'Idempotency-Key', code: 'validation-failed' },
    ]);
  });

  it('the same Idempotency-Key replays the first answer, and refuses a different request', async () => {
    const key = freshKey();
    const first = await startSms('+14255550100', key);
    const again = await startSms('+14255550100', key);
    expect(again.json).toEqual(first.json);
    expect(phone.messages()).toHaveLength(1);
    const reused = await startSms('+14255550102', key);
    expect(reused.status).toBe(422);
    problemOf(reused, 'idempotency-key-reused');
  });
});

describe('password + MFA over HTTP', () => {
  it('by call: polling shows the call ringing, then # completes the sign-in', async () => {
    const flow = flowOf(await startPassword('megan@contoso.example'));
    const calling = stageOf(flowOf(await choose(flow.flowId, 'office-voice')), 'verifying');
    expect(calling.verification.call?.status).toBe('ringing');
    problemOf(await submit(flow.flowId, '123456'), 'flow-stage-mismatch');
    phone.answer(phone.calls()[0]?.id ?? '', 'press-hash');
    const read = await call('GET', `/flows/${flow.flowId}`, { flowSecret: secretOf(flow) });
    const done = stageOf(flowOf(read, 200), 'completed');
    expect(done.session?.signInMethod).toBe('password-and-voice');
  });

  it('a trial tenant delivers another way than asked, and says so: a call as a text, a text as a call', async () => {
    const tess = flowOf(await startPassword('tess@northwind.example'));
    const texted = stageOf(flowOf(await choose(tess.flowId, 'mobile-voice')), 'verifying');
    expect(texted.verification).toMatchObject({
      methodId: 'mobile-voice',
      type: 'sms',
      channel: 'sms',
      deliveredInsteadOf: 'voice',
    });
    stageOf(flowOf(await submit(tess.flowId, latestCode()), 200), 'completed');

    const theo = flowOf(await startPassword('theo@northwind.example'));
    const called = stageOf(flowOf(await choose(theo.flowId, 'mobile-sms')), 'verifying');
    expect(called.verification).toMatchObject({
      methodId: 'mobile-sms',
      type: 'voice',
      channel: 'voice',
      deliveredInsteadOf: 'sms',
      call: { status: 'ringing' },
    });
    phone.answer(phone.calls()[0]?.id ?? '', 'press-hash');
    stageOf(flowOf(await call('GET', `/flows/${theo.flowId}`), 200), 'completed');
  });

  it('a cancelled call is hung up and the flow waits for a method again', async () => {
    const flow = flowOf(await startPassword('megan@contoso.example'));
    flowOf(await choose(flow.flowId, 'mobile-voice'));
    expect((await call('DELETE', `/flows/${flow.flowId}/verification`)).status).toBe(204);
    expect(phone.calls()[0]?.canAnswer).toBe(false);
    stageOf(flowOf(await call('GET', `/flows/${flow.flowId}`), 200), 'awaiting-method');
    expect((await call('DELETE', `/flows/${flow.flowId}/verification`)).status).toBe(204);
    problemOf(await call('DELETE', '/flows/AAAAAAAAAAAAAAAAAAAAAA/verification'), 'flow-expired');
  });

  it('by the authenticator app, and wrong codes until the flow locks', async () => {
    expect(
      (await call('GET', '/session', { token: await signIn('victor@contoso.example', 'authenticator-app') }))
        .status,
    ).toBe(200);
    const flow = flowOf(await startPassword('megan@contoso.example'));
    flowOf(await choose(flow.flowId, 'mobile-sms'));
    const wrong = latestCode() === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) problemOf(await submit(flow.flowId, wrong), 'wrong-code');
    const locked = await submit(flow.flowId, wrong);
    expect(locked.status).toBe(423);
    problemOf(locked, 'flow-locked');
    stageOf(flowOf(await call('GET', `/flows/${flow.flowId}`), 200), 'locked');
  });

  it('an expired code answers code-expired; a resent one works', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const flow = flowOf(await startPassword('megan@contoso.example'));
    flowOf(await choose(flow.flowId, 'mobile-sms'));
    vi.setSystemTime(Date.now() + 5 * 60 * 1000);
    const expired = await submit(flow.flowId, latestCode());
    expect(expired.status).toBe(410);
    problemOf(expired, 'code-expired');
    stageOf(flowOf(await resend(flow.flowId), 200), 'verifying');
    stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'completed');
  });

  it('refusals: credentials, blocked user, throttling, limits, policy, unknown methods', async () => {
    problemOf(await startPassword('megan@contoso.example', 'wrong'), 'invalid-credentials');
    problemOf(await startPassword('bob@contoso.example'), 'user-blocked');
    for (let i = 0; i < 10; i++)
      problemOf(await startPassword('nobody@contoso.example', 'wrong'), 'invalid-credentials');
    const throttled = await startPassword('nobody@contoso.example', DEMO_PASSWORD);
    expect(throttled.status).toBe(429);
    problemOf(throttled, 'too-many-requests');

    const carl = flowOf(await startPassword('carl@contoso.example'));
    expect(problemOf(await choose(carl.flowId, 'mobile-voice'), 'call-limit').alternatives).toEqual([
      'mobile-sms',
      'authenticator-app',
    ]);
    problemOf(await choose(carl.flowId, 'office-voice'), 'method-not-registered');
    const tara = flowOf(await startPassword('tara@trial.example'));
    problemOf(await choose(tara.flowId, 'mobile-voice'), 'voice-unavailable');
  });
});

describe('password reset over HTTP', () => {
  it('megan: one method, a weak, a banned and her current password refused, then done', async () => {
    const flow = flowOf(await startReset('megan@contoso.example'));
    problemOf(await choose(flow.flowId, 'alternate-mobile-voice'), 'method-not-offered');
    problemOf(await choose(flow.flowId, 'mobile-sms', '+14255550199'), 'phone-mismatch');
    flowOf(await choose(flow.flowId, 'mobile-sms', '+14255550110'));
    stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'password-required');
    const password = (newPassword: string, idempotencyKey = freshKey()) =>
      call('POST', `/flows/${flow.flowId}/password`, { body: { newPassword }, idempotencyKey });
    problemOf(await password('short'), 'password-weak');
    problemOf(await password('P@ssw0rd2026'), 'password-banned');
    expect(problemOf(await password(DEMO_PASSWORD), 'password-reused').violations).toEqual(['reused']);
    const key = freshKey();
    const done = stageOf(flowOf(await password('Harbour-Lights-42', key), 200), 'completed');
    // its answer lost: the same request again is answered as the first was
    expect(flowOf(await password('Harbour-Lights-42', key), 200)).toEqual(done);
    // The directory changed: the new password signs in, the old one no longer does.
    flowOf(await startPassword('megan@contoso.example', 'Harbour-Lights-42'));
    problemOf(await startPassword('megan@contoso.example'), 'invalid-credentials');
  });

  it('sam: two methods, the second step without the first one', async () => {
    const flow = flowOf(await startReset('sam@contoso.example'));
    flowOf(await choose(flow.flowId, 'mobile-voice', '+14255550160'));
    phone.answer(phone.calls()[0]?.id ?? '', 'press-hash');
    const second = stageOf(flowOf(await call('GET', `/flows/${flow.flowId}`), 200), 'awaiting-method');
    expect(second.methods.map((m) => m.id)).toEqual(['office-voice']);
    flowOf(await choose(flow.flowId, 'office-voice', '+14255550161'));
    phone.answer(phone.calls()[0]?.id ?? '', 'press-hash');
    stageOf(flowOf(await call('GET', `/flows/${flow.flowId}`), 200), 'password-required');
  });

  it('dead ends and locks: human check, one dead end, too many failed checks', async () => {
    const solved = await humanCheck();
    flowOf(await startReset('megan@contoso.example', solved));
    problemOf(await startReset('megan@contoso.example', solved), 'human-check-failed');
    const deadEnds = [];
    for (const username of ['nobody@contoso.example', 'bob@contoso.example', 'nora@contoso.example']) {
      const refused = await startReset(username);
      expect(refused.status).toBe(403);
      deadEnds.push(Object.keys(problemOf(refused, 'reset-not-enabled')).sort());
    }
    expect(new Set(deadEnds.map(String)).size).toBe(1);

    const flow = flowOf(await startReset('megan@contoso.example'));
    for (let i = 0; i < 4; i++)
      problemOf(await choose(flow.flowId, 'mobile-sms', '+14255550199'), 'phone-mismatch');
    const locked = await choose(flow.flowId, 'mobile-sms', '+14255550199');
    expect(locked.status).toBe(429);
    const { reference } = problemOf(locked, 'reset-locked');
    const again = await startReset('Megan@contoso.example');
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe(String(problemOf(again, 'reset-locked').retryAfterSeconds));
    expect(problemOf(again, 'reset-locked').reference).toBe(reference);
    expect(problemOf(await startReset('leo@contoso.example'), 'reset-locked').reference).toBe('LCKD-24HR');
  });
});

describe('security info over HTTP', () => {
  const { mobile, alternateMobile, office } = PHONE_METHOD_IDS;

  it('newt registers a mobile, an office phone, and the Graph rules refuse the rest', async () => {
    const token = await signIn('newt@contoso.example');
    const add = (phoneNumber: string, phoneType: string, verifyBy: string) =>
      call('POST', '/me/phone-methods', {
        body: { phoneNumber, phoneType, verifyBy },
        token,
        idempotencyKey: freshKey(),
      });
    problemOf(await add('+1 4255550171', 'alternateMobile', 'sms'), 'mobile-required-first');
    problemOf(await add('+1 4255550170x12', 'mobile', 'sms'), 'extension-not-allowed');
    const flow = flowOf(await add('+1 4255550170', 'mobile', 'sms'));
    expect(
      stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'completed').registeredMethod?.id,
    ).toBe(mobile);
    problemOf(await add('+1 4255550172', 'mobile', 'sms'), 'phone-type-exists');
    const officeFlow = flowOf(await add('+1 4255550175x99', 'office', 'voice'));
    phone.answer(phone.calls()[0]?.id ?? '', 'press-hash');
    stageOf(flowOf(await call('GET', `/flows/${officeFlow.flowId}`), 200), 'completed');
    const methods = await call('GET', '/me/authentication-methods', { token });
    expect(methods.json).toMatchObject({ defaultMethod: 'mobile-sms', stepUpRequired: false });
  });

  it('megan changes, deletes, sets the default and SMS sign-in within the rules', async () => {
    const token = await signIn('megan@contoso.example');
    const change = await call('PATCH', `/me/phone-methods/${alternateMobile}`, {
      body: { phoneNumber: '+1 4255550178', verifyBy: 'voice' },
      token,
      idempotencyKey: freshKey(),
    });
    flowOf(change);
    problemOf(await call('DELETE', `/me/phone-methods/${mobile}`, { token }), 'mobile-has-alternate');
    expect(
      (await call('PUT', '/me/default-method', { body: { defaultMethod: 'office-voice' }, token })).status,
    ).toBe(200);
    problemOf(await call('DELETE', `/me/phone-methods/${office}`, { token }), 'default-method-in-use');
    expect((await call('DELETE', `/me/phone-methods/${alternateMobile}`, { token })).status).toBe(204);
    const enabled = await call('POST', `/me/phone-methods/${mobile}/enable-sms-sign-in`, { token });
    expect((enabled.json as AuthenticationMethods).phoneMethods[0]).toMatchObject({
      id: mobile,
      smsSignInState: 'ready',
    });
    expect((await call('POST', `/me/phone-methods/${mobile}/disable-sms-sign-in`, { token })).status).toBe(
      200,
    );
  });

  it('newt: no method to step up with, no default to choose, a phone by text only if it is the mobile, one number per phone, not the last method', async () => {
    const token = await signIn('newt@contoso.example');
    const stepUp = await call('POST', '/me/step-up', { token });
    expect(stepUp.status).toBe(409);
    problemOf(stepUp, 'no-methods-registered');
    const unusable = await call('PUT', '/me/default-method', {
      body: { defaultMethod: 'mobile-sms' },
      token,
    });
    expect(unusable.status).toBe(409);
    problemOf(unusable, 'default-method-unusable');
    const add = (phoneNumber: string, phoneType: string, verifyBy: string) =>
      call('POST', '/me/phone-methods', {
        body: { phoneNumber, phoneType, verifyBy },
        token,
        idempotencyKey: freshKey(),
      });
    const byText = await add('+1 4255550175x99', 'office', 'sms');
    expect(byText.status).toBe(400);
    expect(problemOf(byText, 'voice-only-phone').errors).toEqual([
      { field: 'verifyBy', code: 'voice-only-phone' },
    ]);
    const flow = flowOf(await add('+1 4255550170', 'mobile', 'sms'));
    stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'completed');
    const inUse = await add('+1 4255550170', 'office', 'voice');
    expect(inUse.status).toBe(409);
    problemOf(inUse, 'phone-number-in-use');
    const last = await call('DELETE', `/me/phone-methods/${mobile}`, { token });
    expect(last.status).toBe(409);
    problemOf(last, 'last-method');
    const methods = (await call('GET', '/me/authentication-methods', { token }))
      .json as AuthenticationMethods;
    expect(methods).toMatchObject({
      defaultMethod: 'mobile-sms',
      defaultMethodOptions: ['mobile-sms', 'mobile-voice'],
    });
  });

  it('SMS sign-in: ready for rose, not unique for grace, not allowed for paul, mobile only for megan', async () => {
    const enable = async (username: string, methodId: string) =>
      call('POST', `/me/phone-methods/${methodId}/enable-sms-sign-in`, { token: await signIn(username) });
    const rose = await enable('rose@contoso.example', mobile);
    expect(rose.status).toBe(200);
    expect((rose.json as AuthenticationMethods).phoneMethods[0]?.smsSignInState).toBe('ready');
    const grace = await enable('grace@contoso.example', mobile);
    expect(grace.status).toBe(409);
    problemOf(grace, 'phone-number-not-unique');
    const paul = await enable('paul@contoso.example', mobile);
    expect(paul.status).toBe(403);
    problemOf(paul, 'sms-sign-in-not-allowed');
    const megan = await enable('megan@contoso.example', office);
    expect(megan.status).toBe(409);
    problemOf(megan, 'sms-sign-in-not-supported');
    const flow = flowOf(await startSms('+14255550180'));
    const done = stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'completed');
    expect(done.session?.user.username).toBe('rose@contoso.example');
  });

  it('an SMS sign-in session must step up first', async () => {
    const flow = flowOf(await startSms('+14255550100'));
    const token =
      stageOf(flowOf(await submit(flow.flowId, latestCode()), 200), 'completed').sessionToken ?? '';
    const refused = await call('POST', `/me/phone-methods/${mobile}/disable-sms-sign-in`, { token });
    expect(refused.status).toBe(403);
    problemOf(refused, 'step-up-required');
    const stepUp = flowOf(await call('POST', '/me/step-up', { token }));
    flowOf(await choose(stepUp.flowId, 'mobile-sms'));
    stageOf(flowOf(await submit(stepUp.flowId, latestCode()), 200), 'completed');
    expect((await call('POST', `/me/phone-methods/${mobile}/disable-sms-sign-in`, { token })).status).toBe(
      200,
    );
  });
});

describe('flows and faults over HTTP', () => {
  it('an unknown flow id is flow-expired; cancelling answers 204 either way', async () => {
    const unknown = await call('GET', '/flows/AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(410);
    problemOf(unknown, 'flow-expired');
    const flow = flowOf(await startPassword('megan@contoso.example'));
    expect((await call('DELETE', `/flows/${flow.flowId}`)).status).toBe(204);
    expect((await call('DELETE', `/flows/${flow.flowId}`)).status).toBe(204);
  });

  it('a malformed flow id is a bad request (validation-failed on flowId), not an unknown flow', async () => {
    allowInvalidRequests();
    for (const [method, path] of [
      ['GET', '/flows/not%20an%20id'],
      ['DELETE', '/flows/short'],
      ['DELETE', '/flows/short/verification'],
    ] as const) {
      const answer = await call(method, path);
      expect(answer.status, `${method} ${path}`).toBe(400);
      expect(problemOf(answer, 'validation-failed').errors).toEqual([
        { field: 'flowId', code: 'validation-failed' },
      ]);
    }
  });

  it('every 401 carries a Bearer challenge, invalid_token when a token was sent', async () => {
    const none = await call('GET', '/session');
    problemOf(none, 'not-authenticated');
    expect(none.headers.get('WWW-Authenticate')).toBe('Bearer realm="self-service-sign-in"');
    const stale = await call('GET', '/me/authentication-methods', { token: 'A'.repeat(43) });
    problemOf(stale, 'not-authenticated');
    expect(stale.headers.get('WWW-Authenticate')).toBe(
      'Bearer realm="self-service-sign-in", error="invalid_token"',
    );
    const wrongPassword = await startPassword('megan@contoso.example', 'not her password');
    problemOf(wrongPassword, 'invalid-credentials');
    expect(wrongPassword.headers.get('WWW-Authenticate')).toBe('Bearer realm="self-service-sign-in"');
  });

  it('signing out: a session ends at the backend; an ended one signs out again; no token at all is refused', async () => {
    const token = await signIn('newt@contoso.example');
    expect((await call('DELETE', '/session', { token })).status).toBe(204);
    problemOf(await call('GET', '/me/authentication-methods', { token }), 'not-authenticated');
    expect((await call('DELETE', '/session', { token })).status).toBe(204);
    problemOf(await call('DELETE', '/session'), 'not-authenticated');
  });

  it('human checks are handed out at a bounded rate: too-many-requests with the wait', async () => {
    for (let i = 0; i < 30; i++) expect((await call('GET', '/password-reset/human-check')).status).toBe(200);
    const throttled = await call('GET', '/password-reset/human-check');
    expect(throttled.status).toBe(429);
    const { retryAfterSeconds } = problemOf(throttled, 'too-many-requests');
    expect(retryAfterSeconds).toBeGreaterThan(0);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(throttled.headers.get('Retry-After')).toBe(String(retryAfterSeconds));
  });

  it('injected faults: internal-error, and service-unavailable with Retry-After', async () => {
    identity.failNext('internal-error');
    const failed = await call('GET', '/password-reset/human-check');
    expect(failed.status).toBe(500);
    problemOf(failed, 'internal-error');
    identity.failNext('service-unavailable', { retryAfterSeconds: 30 });
    const unavailable = await startSms('+14255550100');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('Retry-After')).toBe('30');
    problemOf(unavailable, 'service-unavailable');
  });

  it('between them, the tests above called every operation and met every ErrorCode of the contract, with its status', () => {
    expect([...seen.operations].sort()).toEqual(contract.operations.map((operation) => operation.id).sort());
    const { ErrorCode } = (
      contract.document.components as {
        schemas: { ErrorCode: { enum: ErrorCode[]; 'x-status-by-code': Record<ErrorCode, number> } };
      }
    ).schemas;
    const met = Object.fromEntries([...seen.codes].map(([code, statuses]) => [code, [...statuses]]));
    const declared = Object.fromEntries(
      ErrorCode.enum.map((code) => [code, [ErrorCode['x-status-by-code'][code]]]),
    );
    expect(met).toEqual(declared);
  });
});
