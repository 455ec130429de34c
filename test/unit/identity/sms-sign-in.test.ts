import { describe, expect, it } from 'vitest';
import { bodyOf, createHarness, MINUTE, problemOf, SECOND, stageOf } from './harness';

describe('SMS sign-in', () => {
  it.each([
    { persona: '+1 425 555 0100', number: '+14255550100', channel: 'sms', sender: 'Contoso', promised: {} },
    {
      persona: '+1 425 555 0102',
      number: '+14255550102',
      channel: 'rcs',
      sender: 'Contoso',
      promised: { sender: 'Contoso' },
    },
  ])('$persona: a code by $channel that signs in', ({ number, channel, sender, promised }) => {
    const h = createHarness();
    const flow = stageOf(h.smsSignIn(number), 'verifying');
    expect(flow).toMatchObject({
      kind: 'sms-sign-in',
      methods: [],
      step: { current: 1, total: 1 },
      expiresInSeconds: 600,
      verification: {
        methodId: 'mobile-sms',
        type: 'sms',
        channel,
        ...promised,
        maskedDestination: `+1 ••• ••• ••${number.slice(-2)}`,
        codeLength: 6,
        codeExpiresInSeconds: 300,
        resendInSeconds: 30,
        attemptsLeft: 5,
      },
    });
    expect(flow).not.toHaveProperty('user');
    const [message] = h.phone.messages();
    expect(message).toMatchObject({ channel, sender, to: `+1 425 555 ${number.slice(-4)}` });
    // The last line binds the code to the page's host for WebOTP (the harness's host is localhost).
    expect(message?.body).toBe(
      `${message?.code} is your Contoso verification code. Don't share it.\n\n@localhost #${message?.code}`,
    );

    const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
    expect(done.session).toMatchObject({
      signInMethod: 'sms-sign-in',
      channel,
      maskedDestination: `+1 ••• ••• ••${number.slice(-2)}`,
      user: { username: expect.stringMatching(/@contoso\.example$/) },
    });
    expect(bodyOf(h.service.getSession(`Bearer ${done.sessionToken}`), 200).user.id).toBe(
      done.session?.user.id,
    );
  });

  it('+1 425 555 0101: the first code comes by WhatsApp, with an SMS telling about the change', () => {
    const h = createHarness();
    const flow = stageOf(h.smsSignIn('+14255550101'), 'verifying');
    expect(flow.verification).toMatchObject({ channel: 'whatsapp', whatsAppFirstUse: true });
    const [code, notice] = h.phone.messages();
    expect(code).toMatchObject({ channel: 'whatsapp', sender: '+1 217 302 1989' });
    expect(notice).toMatchObject({ channel: 'sms', sender: 'Contoso' });
    expect(notice?.body).toContain('WhatsApp');
    expect(notice?.code).toBeUndefined();

    // Only the first time: the next sign-in gets the code by WhatsApp and no notice.
    stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
    h.clock.advance(MINUTE);
    const again = stageOf(h.smsSignIn('+14255550101'), 'verifying');
    expect(again.verification.channel).toBe('whatsapp');
    expect(again.verification).not.toHaveProperty('whatsAppFirstUse');
    expect(h.phone.messages()).toHaveLength(3);
  });

  it('+1 425 555 0103: the text limit is already reached, with the wait until the oldest text falls out', () => {
    const h = createHarness();
    const answer = h.service.startSmsSignIn({ phoneNumber: '+14255550103' }, h.key());
    expect(answer.status).toBe(429);
    const problem = problemOf(answer, 'text-limit');
    expect(problem.retryAfterSeconds).toBe(20 * 60);
    expect(answer.headers).toEqual({ 'Retry-After': '1200' });
    expect(problem.alternatives).toEqual([]);
    expect(h.phone.messages()).toEqual([]);

    h.clock.advance(20 * MINUTE);
    stageOf(h.smsSignIn('+14255550103'), 'verifying');
  });

  it('+1 425 555 0104: "having trouble verifying your account", nothing sent', () => {
    const h = createHarness();
    const answer = h.service.startSmsSignIn({ phoneNumber: '+14255550104' }, h.key());
    expect(answer.status).toBe(403);
    expect(problemOf(answer, 'verification-blocked').title).toBe(
      "Sorry, we're having trouble verifying your account.",
    );
    expect(h.phone.messages()).toEqual([]);
  });

  describe('no enumeration', () => {
    // A number with no account, one registered but not enabled (megan's mobile), one whose tenant
    // does not allow SMS sign-in (tara's), one the SMS sign-in policy leaves out (paul's), and one
    // whose account is blocked (bob's).
    const strangers = ['+14255550177', '+14255550110', '+14255550140', '+14255550182', '+14255550150'];

    it.each(strangers)('%s gets the answer a registered number gets, and its code never works', (number) => {
      const h = createHarness();
      const registered = stageOf(h.smsSignIn('+14255550100'), 'verifying');
      h.phone.clear();
      const stranger = stageOf(h.smsSignIn(number), 'verifying');
      const shape = (flow: typeof stranger) => ({
        ...flow,
        flowId: 'x',
        flowSecret: 'x',
        verification: { ...flow.verification, id: 'x', maskedDestination: 'x' },
      });
      expect(shape(stranger)).toEqual(shape(registered));
      expect(stranger.verification.maskedDestination).toBe(`+1 ••• ••• ••${number.slice(-2)}`);
      expect(h.phone.messages()).toEqual([]);

      for (let attempt = 4; attempt >= 1; attempt--) {
        const wrong = h.submit(stranger.flowId, '123456');
        expect(wrong.status).toBe(400);
        expect(problemOf(wrong, 'wrong-code').attemptsLeft).toBe(attempt);
      }
      expect(problemOf(h.submit(stranger.flowId, '654321'), 'flow-locked')).toBeTruthy();
    });

    it('a stranger number resends, cools down and is limited exactly like a registered one', () => {
      const h = createHarness();
      const flow = stageOf(h.smsSignIn('+14255550177'), 'verifying');
      problemOf(h.service.resendCode(flow.flowId, h.key()), 'resend-cooldown');
      for (let sent = 2; sent <= 5; sent++) {
        h.clock.advance(30 * SECOND);
        stageOf(bodyOf(h.service.resendCode(flow.flowId, h.key()), 200), 'verifying');
      }
      h.clock.advance(30 * SECOND);
      const limited = h.service.resendCode(flow.flowId, h.key());
      // Five texts at 0, 30, 60, 90 and 120 s; at 150 s the first one still counts for 3450 s.
      expect(problemOf(limited, 'text-limit').retryAfterSeconds).toBe(60 * 60 - 150);
      expect(h.phone.messages()).toEqual([]);
    });

    it('the code of a registered number does not open a stranger flow for the same code', () => {
      const h = createHarness();
      const stranger = stageOf(h.smsSignIn('+14255550177'), 'verifying');
      h.smsSignIn('+14255550100');
      problemOf(h.submit(stranger.flowId, h.latestCode()), 'wrong-code');
    });
  });

  it.each([
    { number: '+10005550100', code: 'invalid-phone-number' },
    { number: '+14255550199', code: 'virtual-number' },
    { number: '+447700900456', code: 'country-not-enabled' },
  ] as const)('$number is refused with $code before anything is sent', ({ number, code }) => {
    const h = createHarness();
    problemOf(h.service.startSmsSignIn({ phoneNumber: number }, h.key()), code);
    expect(h.phone.messages()).toEqual([]);
  });
});
