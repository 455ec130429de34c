// What belongs to a number whoever holds it (mocks/identity/numbers.ts): the channel the messaging
// provider reaches it by, its texts this hour, its block. SMS sign-in answers a persona's number and
// an account-less number with the same properties exactly alike.
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../../src/api/types';
import { bodyOf, createHarness, HOUR, MINUTE, problemOf, stageOf } from './harness';

/** An answer with its random parts (ids, masked digits) made equal, so two answers can be compared. */
function comparable(answer: { status: number; body?: unknown; headers?: Record<string, string> }) {
  const body = answer.body as Record<string, unknown> | undefined;
  if (!body || !('flowId' in body)) return answer;
  const flow = body as Flow;
  return {
    ...answer,
    body: {
      ...flow,
      flowId: 'x',
      ...('flowSecret' in flow ? { flowSecret: 'x' } : {}),
      ...(flow.stage === 'verifying'
        ? {
            verification: {
              ...flow.verification,
              id: 'x',
              maskedDestination: flow.verification.maskedDestination.replace(/\d/g, '#'),
            },
          }
        : {}),
    },
  };
}

const PAIRS = [
  { persona: '+14255550101', stranger: '+14255550105', what: 'WhatsApp, with the first-time notice' },
  { persona: '+14255550102', stranger: '+14255550106', what: 'RCS' },
  { persona: '+14255550103', stranger: '+14255550107', what: 'text limit reached' },
  { persona: '+14255550104', stranger: '+14255550108', what: 'having trouble verifying' },
  { persona: '+14255550100', stranger: '+14255550177', what: 'SMS' },
];

describe('SMS sign-in answers depend on the number, not on an account', () => {
  it.each(PAIRS)(
    '$persona and account-less $stranger ($what) get the same answers',
    ({ persona, stranger }) => {
      const h = createHarness();
      const start = (phoneNumber: string) => h.service.startSmsSignIn({ phoneNumber }, h.key());
      // The first start, then a second one a minute later (a notice is given once per number).
      const first = [start(persona), start(stranger)].map(comparable);
      expect(first[0]).toEqual(first[1]);
      h.clock.advance(MINUTE);
      const second = [start(persona), start(stranger)].map(comparable);
      expect(second[0]).toEqual(second[1]);
    },
  );

  it('a WhatsApp number gets WhatsApp and the first-time notice whoever holds it; only a persona is sent anything', () => {
    const h = createHarness();
    for (const number of ['+14255550101', '+14255550105']) {
      const flow = stageOf(h.smsSignIn(number), 'verifying');
      expect(flow.verification).toMatchObject({ channel: 'whatsapp', whatsAppFirstUse: true });
    }
    expect(h.phone.messages().map((m) => [m.to, m.channel])).toEqual([
      ['+1 425 555 0101', 'whatsapp'],
      ['+1 425 555 0101', 'sms'],
    ]);
    h.clock.advance(MINUTE);
    for (const number of ['+14255550101', '+14255550105']) {
      const again = stageOf(h.smsSignIn(number), 'verifying');
      expect(again.verification.channel).toBe('whatsapp');
      expect(again.verification).not.toHaveProperty('whatsAppFirstUse');
    }
  });

  it('an RCS number gets RCS whoever holds it', () => {
    const h = createHarness();
    expect(stageOf(h.smsSignIn('+14255550102'), 'verifying').verification.channel).toBe('rcs');
    expect(stageOf(h.smsSignIn('+14255550106'), 'verifying').verification.channel).toBe('rcs');
    expect(h.phone.messages().map((m) => [m.to, m.channel])).toEqual([['+1 425 555 0102', 'rcs']]);
  });

  it('a number starts with its own texts this hour: 0103 and 0107 alike lift in 20 minutes', () => {
    const h = createHarness();
    for (const number of ['+14255550103', '+14255550107']) {
      const limited = h.service.startSmsSignIn({ phoneNumber: number }, h.key());
      expect(problemOf(limited, 'text-limit')).toMatchObject({ retryAfterSeconds: 1200, alternatives: [] });
    }
    h.clock.advance(20 * MINUTE);
    stageOf(h.smsSignIn('+14255550103'), 'verifying');
    stageOf(h.smsSignIn('+14255550107'), 'verifying');
  });

  it('a blocked number is blocked whoever holds it, for a day', () => {
    const h = createHarness();
    for (const number of ['+14255550104', '+14255550108']) {
      problemOf(h.service.startSmsSignIn({ phoneNumber: number }, h.key()), 'verification-blocked');
    }
    h.clock.advance(24 * HOUR);
    stageOf(h.smsSignIn('+14255550104'), 'verifying');
    stageOf(h.smsSignIn('+14255550108'), 'verifying');
    expect(h.phone.messages().map((m) => m.to)).toEqual(['+1 425 555 0104']);
  });

  it("texts to a number count per number whoever asks: SMS sign-in to megan's mobile limits her MFA texts to it", () => {
    const h = createHarness();
    // Megan's mobile is not enabled for SMS sign-in: these starts send nothing, yet count.
    for (let i = 0; i < 5; i++) {
      stageOf(h.smsSignIn('+14255550110'), 'verifying');
      h.clock.advance(MINUTE);
    }
    problemOf(h.service.startSmsSignIn({ phoneNumber: '+14255550110' }, h.key()), 'text-limit');
    const flow = h.passwordSignIn('megan@contoso.example');
    expect(flow.stage === 'awaiting-method' && flow.methods.find((m) => m.id === 'mobile-sms')).toMatchObject(
      {
        available: false,
        unavailableReason: 'text-limit',
        retryAfterSeconds: 55 * 60,
      },
    );
    expect(problemOf(h.choose(flow.flowId, 'mobile-sms'), 'text-limit').alternatives).toEqual([
      'mobile-voice',
      'alternate-mobile-voice',
      'office-voice',
      'authenticator-app',
    ]);
  });

  it('texts sent in any flow count against the number: an MFA text to 0180 and four SMS sign-ins reach its five', () => {
    const h = createHarness();
    const token = h.signIn('rose@contoso.example');
    expect(token).toMatch(/^Bearer /);
    // Rose's sign-in texted her once (user and number); four more by SMS sign-in reach the number's five.
    for (let i = 0; i < 4; i++) {
      h.clock.advance(MINUTE);
      stageOf(h.smsSignIn('+14255550180'), 'verifying');
    }
    h.clock.advance(MINUTE);
    problemOf(h.service.startSmsSignIn({ phoneNumber: '+14255550180' }, h.key()), 'text-limit');
  });

  it('a registration texts a number the way the provider reaches it', () => {
    const h = createHarness();
    const auth = h.signIn('newt@contoso.example');
    const flow = stageOf(
      bodyOf(
        h.service.addPhoneMethod(
          auth,
          { phoneNumber: '+1 4255550105', phoneType: 'mobile', verifyBy: 'sms' },
          h.key(),
        ),
        201,
      ),
      'verifying',
    );
    expect(flow.verification).toMatchObject({ channel: 'whatsapp', whatsAppFirstUse: true });
    expect(h.phone.messages().map((m) => m.channel)).toEqual(['whatsapp', 'sms']);
  });
});

describe('a blocked number in the other flows', () => {
  it("megan's mobile blocked: its text and call are refused, the alternatives are her other phones and the app", () => {
    const h = createHarness();
    // Ten wrong codes to her mobile across two SMS sign-in flows block it (codes-and-limits.test.ts).
    for (let flows = 0; flows < 2; flows++) {
      const flow = h.smsSignIn('+14255550110');
      for (let i = 0; i < 5; i++) h.submit(flow.flowId, '000000');
    }
    const flow = h.passwordSignIn('megan@contoso.example');
    for (const methodId of ['mobile-sms', 'mobile-voice']) {
      const refused = h.choose(flow.flowId, methodId);
      expect(refused.status).toBe(403);
      expect(problemOf(refused, 'verification-blocked').alternatives).toEqual(
        ['mobile-sms', 'mobile-voice', 'alternate-mobile-voice', 'office-voice', 'authenticator-app'].filter(
          (id) => id !== methodId && !id.startsWith('mobile-'),
        ),
      );
    }
    bodyOf(h.choose(flow.flowId, 'office-voice'), 201);
    expect(h.phone.messages()).toEqual([]);
  });

  it('adding or changing to a blocked number is refused (verification-blocked)', () => {
    const h = createHarness();
    const auth = h.signIn('newt@contoso.example');
    for (const verifyBy of ['sms', 'voice'] as const) {
      const refused = h.service.addPhoneMethod(
        auth,
        { phoneNumber: '+1 4255550108', phoneType: 'mobile', verifyBy },
        h.key(),
      );
      expect(refused.status).toBe(403);
      problemOf(refused, 'verification-blocked');
    }
  });

  it('a password reset to a blocked number is refused before anything is sent', async () => {
    const h = createHarness();
    for (let flows = 0; flows < 2; flows++) {
      const flow = h.smsSignIn('+14255550110');
      for (let i = 0; i < 5; i++) h.submit(flow.flowId, '000000');
    }
    const reset = bodyOf(await h.startReset('megan@contoso.example'), 201);
    problemOf(h.choose(reset.flowId, 'mobile-sms', '+14255550110'), 'verification-blocked');
    bodyOf(h.choose(reset.flowId, 'email-code'), 201);
  });
});
