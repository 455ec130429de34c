// How a code reaches the person when it does not go the way it first went or was asked: WhatsApp
// falling back to an ordinary text on a resend, a trial tenant's call sent as a text (and the other
// way round), and the WebOTP line at the end of every text a browser can read.
import { describe, expect, it } from 'vitest';
import { bodyOf, createHarness, MINUTE, SECOND, stageOf } from './harness';

describe('WhatsApp falls back to a text when the person asks again', () => {
  it('+1 425 555 0101: the resend goes by SMS, the answer says so, and later resends stay SMS', () => {
    const h = createHarness();
    const flow = stageOf(h.smsSignIn('+14255550101'), 'verifying');
    expect(flow.verification).toMatchObject({
      channel: 'whatsapp',
      sender: '+1 217 302 1989',
      whatsAppFirstUse: true,
    });
    h.clock.advance(30 * SECOND);
    const resent = stageOf(bodyOf(h.service.resendCode(flow.flowId, h.key()), 200), 'verifying');
    expect(resent.verification).toMatchObject({ channel: 'sms', methodId: 'mobile-sms', type: 'sms' });
    expect(resent.verification).not.toHaveProperty('whatsAppFirstUse');
    expect(resent.verification).not.toHaveProperty('sender');
    // The demo phone got it as a text, from the tenant, with the WebOTP line.
    const [text] = h.phone.messages();
    expect(text).toMatchObject({ channel: 'sms', sender: 'Contoso', to: '+1 425 555 0101' });
    expect(text?.body.split('\n').at(-1)).toBe(`@localhost #${text?.code}`);
    // Read again, the flow still says SMS; another resend is a text too; its code signs in.
    expect(stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'verifying').verification.channel).toBe(
      'sms',
    );
    h.clock.advance(30 * SECOND);
    bodyOf(h.service.resendCode(flow.flowId, h.key()), 200);
    expect(h.phone.messages().map((m) => m.channel)).toEqual(['sms', 'sms', 'whatsapp', 'sms']);
    stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
    // The number is still reached by WhatsApp: a new sign-in starts there again.
    h.clock.advance(MINUTE);
    expect(stageOf(h.smsSignIn('+14255550101'), 'verifying').verification.channel).toBe('whatsapp');
  });

  it('+1 425 555 0105 (no account) answers the resend alike, and is sent nothing', () => {
    const h = createHarness();
    const answers = ['+14255550101', '+14255550105'].map((number) => {
      const flow = stageOf(h.smsSignIn(number), 'verifying');
      return flow.flowId;
    });
    h.clock.advance(30 * SECOND);
    const [persona, stranger] = answers.map((flowId) => {
      const { verification } = stageOf(bodyOf(h.service.resendCode(flowId, h.key()), 200), 'verifying');
      const { id: _id, maskedDestination: _masked, ...rest } = verification;
      return rest;
    });
    expect(stranger).toEqual(persona);
    expect(h.phone.messages().filter((m) => m.to === '+1 425 555 0105')).toEqual([]);
  });

  it('RCS is not changed by a resend', () => {
    const h = createHarness();
    const flow = stageOf(h.smsSignIn('+14255550102'), 'verifying');
    h.clock.advance(30 * SECOND);
    const resent = stageOf(bodyOf(h.service.resendCode(flow.flowId, h.key()), 200), 'verifying');
    expect(resent.verification).toMatchObject({ channel: 'rcs', sender: 'Contoso' });
  });
});

describe('the WebOTP line', () => {
  it('ends every SMS and RCS code with @host #code on a line of its own; WhatsApp and e-mail go without', async () => {
    const h = createHarness({ host: 'login.contoso.example' });
    h.smsSignIn('+14255550100');
    h.smsSignIn('+14255550102');
    h.smsSignIn('+14255550101');
    const flow = stageOf(bodyOf(await h.startReset('megan@contoso.example'), 201), 'awaiting-method');
    bodyOf(h.choose(flow.flowId, 'email-code'), 201);
    const byChannel = Object.fromEntries(
      h.phone
        .messages()
        .filter((m) => m.code)
        .map((m) => [m.channel, m]),
    );
    for (const channel of ['sms', 'rcs'] as const) {
      const message = byChannel[channel]!;
      const lines = message.body.split('\n');
      expect(lines.at(-1)).toBe(`@login.contoso.example #${message.code}`);
      // A blank line apart from the sentence, which still starts with the code for the person.
      expect(lines.at(-2)).toBe('');
      expect(lines[0]).toBe(`${message.code} is your Contoso verification code. Don't share it.`);
    }
    expect(byChannel.whatsapp?.body).not.toContain('@');
    expect(byChannel.email?.body).not.toContain('#');
  });
});

describe('a trial tenant may deliver another way than asked (Northwind)', () => {
  it('tess: a call asked for comes as a text, and the answer says so; the text signs in', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('tess@northwind.example'), 'awaiting-method');
    expect(flow.defaultMethodId).toBe('mobile-voice');
    expect(flow.methods.find((m) => m.id === 'mobile-voice')).toMatchObject({ available: true });
    const sent = stageOf(bodyOf(h.choose(flow.flowId, 'mobile-voice'), 201), 'verifying');
    expect(sent.verification).toMatchObject({
      methodId: 'mobile-voice',
      type: 'sms',
      channel: 'sms',
      deliveredInsteadOf: 'voice',
      codeLength: 6,
      resendInSeconds: 30,
    });
    expect(h.phone.calls()).toEqual([]);
    expect(h.phone.messages()[0]).toMatchObject({
      channel: 'sms',
      to: '+1 425 555 0142',
      sender: 'Northwind Traders',
    });
    // It is a text: a text asked for right after waits for the texts' cooldown, and a resend texts.
    expect(bodyOf(h.choose(flow.flowId, 'mobile-sms'), 429)).toMatchObject({ code: 'resend-cooldown' });
    h.clock.advance(30 * SECOND);
    const resent = stageOf(bodyOf(h.service.resendCode(flow.flowId, h.key()), 200), 'verifying');
    expect(resent.verification).toMatchObject({ deliveredInsteadOf: 'voice', channel: 'sms' });
    const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
    expect(done.session).toMatchObject({ signInMethod: 'password-and-sms', channel: 'sms' });
  });

  it('theo: a text asked for comes as a call, and the answer says so; # signs in', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('theo@northwind.example'), 'awaiting-method');
    const sent = stageOf(bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201), 'verifying');
    expect(sent.verification).toMatchObject({
      methodId: 'mobile-sms',
      type: 'voice',
      channel: 'voice',
      deliveredInsteadOf: 'sms',
      resendInSeconds: null,
      call: { status: 'ringing' },
    });
    expect(sent.verification).not.toHaveProperty('codeLength');
    expect(h.phone.messages()).toEqual([]);
    expect(h.ringingCall()).toMatchObject({ to: '+1 425 555 0143', status: 'ringing' });
    h.phone.answer(h.ringingCall().id, 'press-hash');
    const done = stageOf(bodyOf(h.readOwn(flow), 200), 'completed');
    expect(done.session).toMatchObject({ signInMethod: 'password-and-voice', channel: 'voice' });
  });

  it('only in a tenant with delivery optimisation: the same numbers in Contoso get what was asked', () => {
    const h = createHarness();
    const auth = h.signIn('newt@contoso.example');
    const flow = stageOf(
      bodyOf(
        h.service.addPhoneMethod(
          auth,
          { phoneNumber: '+1 4255550143', phoneType: 'mobile', verifyBy: 'sms' },
          h.key(),
        ),
        201,
      ),
      'verifying',
    );
    expect(flow.verification).toMatchObject({ type: 'sms', channel: 'sms' });
    expect(flow.verification).not.toHaveProperty('deliveredInsteadOf');
  });

  it('a registration in the trial is delivered the same way: theo adds his number by text, and is called', () => {
    const h = createHarness();
    const auth = h.signIn('theo@northwind.example', 'authenticator-app');
    const flow = stageOf(
      bodyOf(
        h.service.changePhoneMethod(
          auth,
          '3179e48a-750b-4051-897c-87b9720928f7',
          { phoneNumber: '+1 4255550143', verifyBy: 'sms' },
          h.key(),
        ),
        201,
      ),
      'verifying',
    );
    expect(flow.verification).toMatchObject({ type: 'voice', deliveredInsteadOf: 'sms' });
  });
});
