import { describe, expect, it } from 'vitest';
import { bodyOf, createHarness, MINUTE, problemOf, SECOND, stageOf } from './harness';

describe('codes', () => {
  it('are 6 random digits, one per send', () => {
    const h = createHarness();
    const codes = new Set<string>();
    const flow = h.smsSignIn('+14255550100');
    codes.add(h.latestCode());
    for (let i = 0; i < 4; i++) {
      h.clock.advance(30 * SECOND);
      bodyOf(h.service.resendCode(flow.flowId, h.key()), 200);
      codes.add(h.latestCode());
    }
    expect([...codes].every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(codes.size).toBe(5);
  });

  it('come from the injected random source: the same seed gives the same codes and flow ids', () => {
    const run = () => {
      const h = createHarness();
      const flow = h.smsSignIn('+14255550100');
      return [flow.flowId, h.latestCode()];
    };
    expect(run()).toEqual(run());
  });

  it('expire after 5 minutes (code-expired), and a resend brings a working one', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    const code = h.latestCode();
    h.clock.advance(5 * MINUTE);
    const expired = h.submit(flow.flowId, code);
    expect(expired.status).toBe(410);
    problemOf(expired, 'code-expired');
    bodyOf(h.service.resendCode(flow.flowId, h.key()), 200);
    stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
  });

  it('count down to expiry and to the next resend in the flow', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    h.clock.advance(12_500);
    const now = stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'verifying');
    expect(now.verification).toMatchObject({ codeExpiresInSeconds: 288, resendInSeconds: 18 });
    expect(now.expiresInSeconds).toBe(588);
  });

  it('a resend makes a new code and the old one stops working', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    const first = h.latestCode();
    h.clock.advance(30 * SECOND);
    const resent = stageOf(bodyOf(h.service.resendCode(flow.flowId, h.key()), 200), 'verifying');
    expect(resent.verification).toMatchObject({ resendInSeconds: 30, codeExpiresInSeconds: 300 });
    const second = h.latestCode();
    expect(second).not.toBe(first);
    problemOf(h.submit(flow.flowId, first), 'wrong-code');
    stageOf(bodyOf(h.submit(flow.flowId, second), 200), 'completed');
  });

  it('cannot be resent within 30 s (resend-cooldown names the wait)', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    h.clock.advance(10 * SECOND);
    const early = h.service.resendCode(flow.flowId, h.key());
    expect(early.status).toBe(429);
    expect(problemOf(early, 'resend-cooldown').retryAfterSeconds).toBe(20);
    expect(early.headers).toEqual({ 'Retry-After': '20' });
    expect(h.phone.messages()).toHaveLength(1);
  });

  it('asking for the same text method again within 30 s is a resend too early', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    problemOf(h.choose(flow.flowId, 'mobile-sms'), 'resend-cooldown');
    h.clock.advance(30 * SECOND);
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
  });

  it('are single use: a completed flow takes no more codes', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    const code = h.latestCode();
    stageOf(bodyOf(h.submit(flow.flowId, code), 200), 'completed');
    problemOf(h.submit(flow.flowId, code), 'flow-stage-mismatch');
  });

  it('five wrong codes lock the flow (too-many-wrong-codes, with a reference); the right code no longer works', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    const right = h.latestCode();
    const wrong = right === '000000' ? '111111' : '000000';
    for (const attemptsLeft of [4, 3, 2, 1]) {
      expect(problemOf(h.submit(flow.flowId, wrong), 'wrong-code').attemptsLeft).toBe(attemptsLeft);
      expect(
        stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'verifying').verification.attemptsLeft,
      ).toBe(attemptsLeft);
    }
    const fifth = h.submit(flow.flowId, wrong);
    expect(fifth.status).toBe(423);
    const problem = problemOf(fifth, 'flow-locked');
    expect(problem.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const locked = stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'locked');
    expect(locked).toEqual({
      flowId: flow.flowId,
      kind: 'sms-sign-in',
      stage: 'locked',
      reason: 'too-many-wrong-codes',
      reference: problem.reference,
    });
    problemOf(h.submit(flow.flowId, right), 'flow-locked');
    problemOf(h.service.resendCode(flow.flowId, h.key()), 'flow-locked');
  });

  it('wrong attempts count across resends of the same flow', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    for (let i = 0; i < 3; i++) h.submit(flow.flowId, '999999');
    h.clock.advance(30 * SECOND);
    const resent = stageOf(bodyOf(h.service.resendCode(flow.flowId, h.key()), 200), 'verifying');
    expect(resent.verification.attemptsLeft).toBe(2);
  });
});

describe('limits per user per hour', () => {
  it('five texts, then text-limit until the oldest falls out of the hour, with the other methods suggested', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    for (let i = 0; i < 4; i++) {
      h.clock.advance(MINUTE);
      bodyOf(h.service.resendCode(flow.flowId, h.key()), 200);
    }
    h.clock.advance(MINUTE);
    const limited = h.service.resendCode(flow.flowId, h.key());
    expect(problemOf(limited, 'text-limit')).toMatchObject({
      retryAfterSeconds: 55 * 60,
      alternatives: ['mobile-voice', 'alternate-mobile-voice', 'office-voice', 'authenticator-app'],
    });
    const listed = stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'verifying');
    expect(listed.methods.find((m) => m.id === 'mobile-sms')).toMatchObject({
      available: false,
      unavailableReason: 'text-limit',
      retryAfterSeconds: 55 * 60,
    });
    // The limit follows the person into a new sign-in.
    const again = h.passwordSignIn('megan@contoso.example');
    problemOf(h.choose(again.flowId, 'mobile-sms'), 'text-limit');
    h.clock.advance(55 * MINUTE);
    const later = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(later.flowId, 'mobile-sms'), 201);
  });

  it('five calls, then call-limit', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    for (const methodId of [
      'mobile-voice',
      'office-voice',
      'alternate-mobile-voice',
      'mobile-voice',
      'office-voice',
    ]) {
      bodyOf(h.choose(flow.flowId, methodId), 201);
      h.clock.advance(MINUTE);
    }
    expect(h.phone.calls()).toHaveLength(5);
    expect(problemOf(h.choose(flow.flowId, 'mobile-voice'), 'call-limit')).toMatchObject({
      retryAfterSeconds: 55 * 60,
      alternatives: ['mobile-sms', 'authenticator-app'],
    });
  });
});

describe('flows', () => {
  it('have random URL-safe ids of 22 characters or more', () => {
    const h = createHarness();
    const ids = new Set(Array.from({ length: 20 }, () => h.passwordSignIn('megan@contoso.example').flowId));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  });

  it.each([
    { start: 'sms sign-in', minutes: 10 },
    { start: 'password sign-in', minutes: 10 },
  ])('$start lives $minutes minutes, then answers flow-expired like an unknown id', ({ start, minutes }) => {
    const h = createHarness();
    const flow =
      start === 'sms sign-in' ? h.smsSignIn('+14255550100') : h.passwordSignIn('megan@contoso.example');
    h.clock.advance(minutes * MINUTE - 1);
    expect(h.service.getFlow(flow.flowId).status).toBe(200);
    h.clock.advance(1);
    const gone = h.service.getFlow(flow.flowId);
    expect(gone.status).toBe(410);
    expect(gone).toEqual(h.service.getFlow('AAAAAAAAAAAAAAAAAAAAAA'));
    problemOf(h.submit(flow.flowId, '123456'), 'flow-expired');
    problemOf(h.choose(flow.flowId, 'mobile-sms'), 'flow-expired');
    problemOf(h.service.resendCode(flow.flowId, h.key()), 'flow-expired');
  });

  it('cancel ends the flow and hangs up its call; cancelling twice is the same answer', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    h.choose(flow.flowId, 'mobile-voice');
    expect(h.service.cancelFlow(flow.flowId)).toEqual({ status: 204 });
    expect(h.service.cancelFlow(flow.flowId)).toEqual({ status: 204 });
    problemOf(h.service.getFlow(flow.flowId), 'flow-expired');
    expect(h.ringingCall()).toMatchObject({ status: 'timed-out', canAnswer: false });
  });
});
