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

describe('limits per user (and number) per hour', () => {
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

describe('the 30 s cooldown holds per flow, across methods, for texts and for calls', () => {
  it('text, call, text within 30 s: the second text waits, and one text goes out', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    h.clock.advance(5 * SECOND);
    bodyOf(h.choose(flow.flowId, 'mobile-voice'), 201);
    h.clock.advance(5 * SECOND);
    const early = h.choose(flow.flowId, 'mobile-sms');
    expect(early.status).toBe(429);
    expect(early.headers).toEqual({ 'Retry-After': '20' });
    // Suggested meanwhile: what this flow can use without waiting (no call either, one was just placed).
    expect(problemOf(early, 'resend-cooldown')).toMatchObject({
      retryAfterSeconds: 20,
      alternatives: ['authenticator-app'],
    });
    expect(h.phone.messages()).toHaveLength(1);
    h.clock.advance(20 * SECOND);
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    expect(h.phone.messages()).toHaveLength(2);
  });

  it('call, then another call within 30 s (any phone): the second waits; a text does not', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(flow.flowId, 'mobile-voice'), 201);
    h.clock.advance(3 * SECOND);
    for (const methodId of ['mobile-voice', 'office-voice', 'alternate-mobile-voice']) {
      expect(problemOf(h.choose(flow.flowId, methodId), 'resend-cooldown').retryAfterSeconds).toBe(27);
    }
    expect(h.phone.calls()).toHaveLength(1);
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    h.clock.advance(27 * SECOND);
    bodyOf(h.choose(flow.flowId, 'office-voice'), 201);
    expect(h.phone.calls()).toHaveLength(2);
  });

  it('going through the app, a cancelled call or the method list does not reset it', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    bodyOf(h.choose(flow.flowId, 'authenticator-app'), 201);
    problemOf(h.choose(flow.flowId, 'mobile-sms'), 'resend-cooldown');
    h.clock.advance(30 * SECOND);
    bodyOf(h.choose(flow.flowId, 'mobile-voice'), 201);
    expect(h.service.cancelVerification(flow.flowId)).toEqual({ status: 204 });
    stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'awaiting-method');
    problemOf(h.choose(flow.flowId, 'mobile-voice'), 'resend-cooldown');
  });

  it("a resend waits for the flow's last text, whatever happened in between", () => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    h.clock.advance(10 * SECOND);
    problemOf(h.service.resendCode(flow.flowId, h.key()), 'resend-cooldown');
    h.clock.advance(20 * SECOND);
    bodyOf(h.service.resendCode(flow.flowId, h.key()), 200);
    h.clock.advance(10 * SECOND);
    bodyOf(h.choose(flow.flowId, 'authenticator-app'), 201);
    problemOf(h.choose(flow.flowId, 'mobile-sms'), 'resend-cooldown');
  });

  it("a verified step starts the next one afresh: sam's office call right after his mobile call", async () => {
    const h = createHarness();
    const flow = bodyOf(await h.startReset('sam@contoso.example'), 201);
    bodyOf(h.choose(flow.flowId, 'mobile-voice', '+14255550160'), 201);
    h.phone.answer(h.ringingCall().id, 'press-hash');
    h.clock.advance(2 * SECOND);
    stageOf(bodyOf(h.choose(flow.flowId, 'office-voice', '+14255550161'), 201), 'verifying');
  });

  it('another flow has its own: starting again sends at once (the hourly limits still count)', () => {
    const h = createHarness();
    const first = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(first.flowId, 'mobile-sms'), 201);
    const second = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(second.flowId, 'mobile-sms'), 201);
  });
});

describe('wrong codes to one number, across flows', () => {
  const wrongFor = (h: ReturnType<typeof createHarness>) =>
    h.latestCode() === '000000' ? '111111' : '000000';

  it.each([
    { who: 'a persona (0100)', number: '+14255550100' },
    { who: 'no account (0177)', number: '+14255550177' },
  ])('ten in an hour block texts and calls to $who for a day ("having trouble verifying")', ({ number }) => {
    const h = createHarness();
    h.smsSignIn('+14255550100'); // a code on the phone, so wrongFor has one to avoid
    const first = h.smsSignIn(number);
    for (let i = 0; i < 4; i++) problemOf(h.submit(first.flowId, wrongFor(h)), 'wrong-code');
    problemOf(h.submit(first.flowId, wrongFor(h)), 'flow-locked');
    h.clock.advance(MINUTE);
    const second = h.smsSignIn(number);
    for (let i = 0; i < 4; i++) problemOf(h.submit(second.flowId, wrongFor(h)), 'wrong-code');
    // The tenth: the flow ends as any fifth would, and the number is blocked.
    const tenth = h.submit(second.flowId, wrongFor(h));
    expect(tenth.status).toBe(423);
    problemOf(tenth, 'flow-locked');
    const blocked = h.service.startSmsSignIn({ phoneNumber: number }, h.key());
    expect(blocked.status).toBe(403);
    expect(problemOf(blocked, 'verification-blocked').alternatives).toEqual([]);
    h.clock.advance(24 * 60 * MINUTE - MINUTE);
    problemOf(h.service.startSmsSignIn({ phoneNumber: number }, h.key()), 'verification-blocked');
    h.clock.advance(MINUTE);
    stageOf(h.smsSignIn(number), 'verifying');
  });

  it('flows still waiting for a code texted to the number stop too, so codes already sent cannot be guessed', () => {
    const h = createHarness();
    const [a, b, c] = [0, 1, 2].map(() => h.smsSignIn('+14255550100'));
    const codes = h.phone.messages().map((message) => message.code ?? '');
    const wrong = ['000000', '111111', '222222'].find((code) => !codes.includes(code)) ?? '';
    for (let i = 0; i < 5; i++) h.submit(a!.flowId, wrong);
    for (let i = 0; i < 4; i++) h.submit(b!.flowId, wrong);
    problemOf(h.submit(c!.flowId, wrong), 'flow-locked');
    for (const flow of [b!, c!]) {
      expect(stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'locked').reason).toBe(
        'too-many-wrong-codes',
      );
    }
    // b's own code (the second text; newest first) no longer opens it.
    problemOf(h.submit(b!.flowId, codes[1]!), 'flow-locked');
  });

  it("count in every flow that texts the number: SMS sign-in and megan's MFA alike", () => {
    const h = createHarness();
    const sms = h.smsSignIn('+14255550110');
    for (let i = 0; i < 5; i++) h.submit(sms.flowId, '000000');
    const mfa = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(mfa.flowId, 'mobile-sms'), 201);
    const wrong = wrongFor(h);
    for (let i = 0; i < 4; i++) problemOf(h.submit(mfa.flowId, wrong), 'wrong-code');
    problemOf(h.submit(mfa.flowId, wrong), 'flow-locked');
    const again = h.passwordSignIn('megan@contoso.example');
    problemOf(h.choose(again.flowId, 'mobile-sms'), 'verification-blocked');
    problemOf(h.choose(again.flowId, 'mobile-voice'), 'verification-blocked');
  });

  it('only those of the last hour count; other numbers and app codes do not', () => {
    const h = createHarness();
    const first = h.smsSignIn('+14255550177');
    for (let i = 0; i < 5; i++) h.submit(first.flowId, '000000');
    h.clock.advance(60 * MINUTE);
    const second = h.smsSignIn('+14255550177');
    for (let i = 0; i < 4; i++) h.submit(second.flowId, '000000');
    stageOf(h.smsSignIn('+14255550177'), 'verifying');
    const other = h.smsSignIn('+14255550178');
    for (let i = 0; i < 5; i++) h.submit(other.flowId, '000000');
    stageOf(h.smsSignIn('+14255550177'), 'verifying');
    // Five wrong app codes lock that flow, and block no phone.
    const mfa = h.passwordSignIn('megan@contoso.example');
    bodyOf(h.choose(mfa.flowId, 'authenticator-app'), 201);
    for (let i = 0; i < 5; i++) h.submit(mfa.flowId, '000000');
    const sms = h.smsSignIn('+14255550110');
    for (let i = 0; i < 4; i++) problemOf(h.submit(sms.flowId, '000000'), 'wrong-code');
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
