import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import { bodyOf, createHarness, MINUTE, problemOf, SECOND, stageOf } from './harness';

describe('password sign-in', () => {
  it('a wrong user name and a wrong password get the same answer', () => {
    const h = createHarness();
    const unknown = h.service.startPasswordSignIn({
      username: 'nobody@contoso.example',
      password: DEMO_PASSWORD,
    });
    const wrong = h.service.startPasswordSignIn({
      username: 'megan@contoso.example',
      password: 'Passw0rd!nope',
    });
    expect(unknown).toEqual(wrong);
    expect(unknown.status).toBe(401);
    problemOf(unknown, 'invalid-credentials');
  });

  it('bob@contoso.example: blocked by the administrator, told so only after the right password', () => {
    const h = createHarness();
    problemOf(
      h.service.startPasswordSignIn({ username: 'bob@contoso.example', password: 'wrong' }),
      'invalid-credentials',
    );
    const blocked = h.service.startPasswordSignIn({
      username: 'bob@contoso.example',
      password: DEMO_PASSWORD,
    });
    expect(blocked.status).toBe(403);
    problemOf(blocked, 'user-blocked');
  });

  it('newt@contoso.example: no methods yet, so signed in at once with the password alone', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('newt@contoso.example'), 'completed');
    expect(flow.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(flow.session).toMatchObject({
      signInMethod: 'password',
      user: { id: 'u-newt', displayName: 'Newt Newman', username: 'newt@contoso.example' },
      expiresInSeconds: 8 * 60 * 60,
      authenticatedAt: '2026-03-02T09:00:00.000Z',
    });
  });

  it('user names are matched without regard to case or surrounding spaces', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('  MEGAN@Contoso.example '), 'awaiting-method');
    expect(flow.user).toEqual({ username: 'MEGAN@Contoso.example' });
  });

  describe('smart lockout (Entra defaults), per user name whether or not it exists', () => {
    const fail = (h: ReturnType<typeof createHarness>, username: string, times = 1) => {
      for (let i = 0; i < times; i++) {
        problemOf(h.service.startPasswordSignIn({ username, password: 'wrong' }), 'invalid-credentials');
      }
    };

    it('ten failures lock the name for a minute, even for the right password, alike for a known and an unknown name', () => {
      const answers = ['megan@contoso.example', 'nobody@contoso.example'].map((username) => {
        const h = createHarness();
        fail(h, username, 10);
        const locked = h.service.startPasswordSignIn({ username, password: DEMO_PASSWORD });
        expect(locked.status).toBe(429);
        expect(problemOf(locked, 'too-many-requests').retryAfterSeconds).toBe(60);
        expect(locked.headers).toEqual({ 'Retry-After': '60' });
        h.clock.advance(59 * SECOND);
        expect(
          problemOf(h.service.startPasswordSignIn({ username, password: 'wrong' }), 'too-many-requests'),
        ).toMatchObject({ retryAfterSeconds: 1 });
        h.clock.advance(SECOND);
        const after = h.service.startPasswordSignIn({ username, password: DEMO_PASSWORD });
        expect(after.status).toBe(username.startsWith('megan') ? 201 : 401);
        return locked;
      });
      expect(answers[0]).toEqual(answers[1]);
    });

    it('after the first lock, each further failure locks it again for twice as long, at most an hour', () => {
      for (const username of ['megan@contoso.example', 'nobody@contoso.example']) {
        const h = createHarness();
        fail(h, username, 10);
        const waits = [];
        for (let lockout = 1; lockout <= 8; lockout++) {
          const locked = h.service.startPasswordSignIn({ username, password: 'wrong' });
          const wait = problemOf(locked, 'too-many-requests').retryAfterSeconds ?? 0;
          waits.push(wait);
          h.clock.advance(wait * SECOND);
          fail(h, username);
        }
        expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
      }
    });

    it('attempts while locked do not count, and the right password then signs in', () => {
      const h = createHarness();
      fail(h, 'MEGAN@contoso.example ', 10);
      for (let i = 0; i < 20; i++) {
        problemOf(
          h.service.startPasswordSignIn({ username: 'megan@contoso.example', password: 'wrong' }),
          'too-many-requests',
        );
      }
      h.clock.advance(MINUTE);
      stageOf(h.passwordSignIn('megan@contoso.example'), 'awaiting-method');
    });

    it('a successful sign-in, or a day without a failure, forgets the failures', () => {
      const h = createHarness();
      fail(h, 'megan@contoso.example', 9);
      h.passwordSignIn('megan@contoso.example');
      fail(h, 'megan@contoso.example', 9);
      stageOf(h.passwordSignIn('megan@contoso.example'), 'awaiting-method');

      fail(h, 'nobody@contoso.example', 9);
      h.clock.advance(24 * 60 * MINUTE);
      fail(h, 'nobody@contoso.example', 9);
      problemOf(
        h.service.startPasswordSignIn({ username: 'nobody@contoso.example', password: 'wrong' }),
        'invalid-credentials',
      );
      // That was the 10th since the day passed: now it is locked.
      problemOf(
        h.service.startPasswordSignIn({ username: 'nobody@contoso.example', password: 'wrong' }),
        'too-many-requests',
      );
    });

    it('a blocked account is locked like any other, and learns it is blocked only afterwards', () => {
      const h = createHarness();
      fail(h, 'bob@contoso.example', 10);
      problemOf(
        h.service.startPasswordSignIn({ username: 'bob@contoso.example', password: DEMO_PASSWORD }),
        'too-many-requests',
      );
      h.clock.advance(MINUTE);
      problemOf(
        h.service.startPasswordSignIn({ username: 'bob@contoso.example', password: DEMO_PASSWORD }),
        'user-blocked',
      );
    });
  });

  describe('megan@contoso.example: "Verify your identity"', () => {
    it('lists her methods, the default first, each phone once per action, the app recommended', () => {
      const h = createHarness();
      const flow = stageOf(h.passwordSignIn('megan@contoso.example'), 'awaiting-method');
      expect(flow).toMatchObject({
        kind: 'password-sign-in',
        expiresInSeconds: 600,
        step: { current: 1, total: 1 },
        defaultMethodId: 'mobile-sms',
        user: { username: 'megan@contoso.example' },
      });
      expect(flow.methods).toEqual([
        {
          id: 'mobile-sms',
          type: 'sms',
          phoneType: 'mobile',
          maskedDestination: '+1 ••• ••• ••10',
          isDefault: true,
          available: true,
        },
        {
          id: 'mobile-voice',
          type: 'voice',
          phoneType: 'mobile',
          maskedDestination: '+1 ••• ••• ••10',
          isDefault: false,
          available: true,
        },
        {
          id: 'alternate-mobile-voice',
          type: 'voice',
          phoneType: 'alternateMobile',
          maskedDestination: '+1 ••• ••• ••11',
          isDefault: false,
          available: true,
        },
        {
          id: 'office-voice',
          type: 'voice',
          phoneType: 'office',
          maskedDestination: '+1 ••• ••• ••12',
          extension: '1234',
          isDefault: false,
          available: true,
        },
        {
          id: 'authenticator-app',
          type: 'app-code',
          maskedDestination: 'Authenticator app',
          isDefault: false,
          available: true,
          recommended: true,
        },
      ]);
    });

    it('a texted code signs her in with password-and-sms', () => {
      const h = createHarness();
      const flow = h.passwordSignIn('megan@contoso.example');
      const verifying = stageOf(bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201), 'verifying');
      expect(verifying.methods).toHaveLength(5);
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      expect(done.session).toMatchObject({ signInMethod: 'password-and-sms', channel: 'sms' });
    });

    it('the office phone rings with its extension and # signs her in with password-and-voice', () => {
      const h = createHarness();
      const flow = h.passwordSignIn('megan@contoso.example');
      const verifying = stageOf(bodyOf(h.choose(flow.flowId, 'office-voice'), 201), 'verifying');
      expect(verifying.verification).toMatchObject({
        type: 'voice',
        channel: 'voice',
        maskedDestination: '+1 ••• ••• ••12',
        extension: '1234',
        resendInSeconds: null,
        call: { status: 'ringing', elapsedSeconds: 0, remainingSeconds: 30 },
      });
      expect(verifying.verification).not.toHaveProperty('attemptsLeft');
      expect(h.ringingCall().to).toBe('+1 425 555 0112 ext. 1234');
      h.phone.answer(h.ringingCall().id, 'press-hash');
      const done = stageOf(bodyOf(h.readOwn(flow), 200), 'completed');
      expect(done.session).toMatchObject({ signInMethod: 'password-and-voice', channel: 'voice' });
    });
  });

  describe('the authenticator app', () => {
    it('accepts the current code and the previous one, not older ones', () => {
      const h = createHarness();
      const older = h.authenticatorCode('megan@contoso.example');
      h.clock.advance(30 * SECOND);
      const previous = h.authenticatorCode('megan@contoso.example');
      h.clock.advance(30 * SECOND);
      const flow = h.passwordSignIn('megan@contoso.example');
      const verifying = stageOf(bodyOf(h.choose(flow.flowId, 'authenticator-app'), 201), 'verifying');
      expect(verifying.verification).toMatchObject({
        type: 'app-code',
        channel: 'app',
        resendInSeconds: null,
      });
      expect(verifying.verification).not.toHaveProperty('codeExpiresInSeconds');
      expect(h.phone.messages()).toEqual([]);
      if (older !== previous) problemOf(h.submit(flow.flowId, older), 'wrong-code');
      const done = stageOf(bodyOf(h.submit(flow.flowId, previous), 200), 'completed');
      expect(done.session?.signInMethod).toBe('password-and-app-code');
    });

    it('does not accept the same code twice (a replayed code is a wrong code)', () => {
      const h = createHarness();
      h.signIn('megan@contoso.example', 'authenticator-app');
      const code = h.authenticatorCode('megan@contoso.example');
      const flow = h.passwordSignIn('megan@contoso.example');
      h.choose(flow.flowId, 'authenticator-app');
      problemOf(h.submit(flow.flowId, code), 'wrong-code');
      h.clock.advance(30 * SECOND);
      stageOf(bodyOf(h.submit(flow.flowId, h.authenticatorCode('megan@contoso.example')), 200), 'completed');
    });

    it('shows each code with the seconds it stays valid', () => {
      const h = createHarness();
      h.clock.advance(12 * SECOND);
      const entry = h.phone.authenticator().find((e) => e.account === 'megan@contoso.example');
      expect(entry).toMatchObject({
        issuer: 'Contoso',
        validForSeconds: 18,
        code: expect.stringMatching(/^\d{6}$/),
      });
      expect(h.phone.authenticator().map((e) => e.account)).toEqual([
        'megan@contoso.example',
        'victor@contoso.example',
        'carl@contoso.example',
        'tara@trial.example',
        'tess@northwind.example',
        'theo@northwind.example',
        'olga@contoso.example',
      ]);
    });
  });

  it('victor@contoso.example: his calls go to voicemail after 5 s of ringing', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('victor@contoso.example'), 'awaiting-method');
    expect(flow.defaultMethodId).toBe('mobile-voice');
    h.choose(flow.flowId, 'mobile-voice');
    h.clock.advance(4 * SECOND);
    expect(stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'verifying').verification.call?.status).toBe(
      'ringing',
    );
    h.clock.advance(SECOND);
    const call = stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'verifying').verification.call;
    expect(call).toEqual({ status: 'voicemail', elapsedSeconds: 5, remainingSeconds: 0 });
    expect(h.ringingCall()).toMatchObject({ status: 'voicemail', canAnswer: false });
    // He can still sign in with his app.
    h.choose(flow.flowId, 'authenticator-app');
    stageOf(bodyOf(h.submit(flow.flowId, h.authenticatorCode('victor@contoso.example')), 200), 'completed');
  });

  it('victor@contoso.example: answered on the demo phone before voicemail, # still works', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('victor@contoso.example');
    h.choose(flow.flowId, 'mobile-voice');
    h.clock.advance(2 * SECOND);
    h.phone.answer(h.ringingCall().id, 'press-hash');
    stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'completed');
  });

  it('carl@contoso.example: the call limit is reached; calls are listed unavailable and refused', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('carl@contoso.example'), 'awaiting-method');
    expect(flow.methods.find((m) => m.id === 'mobile-voice')).toMatchObject({
      available: false,
      unavailableReason: 'call-limit',
      retryAfterSeconds: 35 * 60,
    });
    expect(flow.methods.find((m) => m.id === 'mobile-sms')?.available).toBe(true);
    const refused = h.choose(flow.flowId, 'mobile-voice');
    expect(refused.status).toBe(429);
    expect(refused.headers).toEqual({ 'Retry-After': String(35 * 60) });
    expect(problemOf(refused, 'call-limit')).toMatchObject({
      retryAfterSeconds: 35 * 60,
      alternatives: ['mobile-sms', 'authenticator-app'],
    });
    expect(h.phone.calls()).toEqual([]);
  });

  it('tara@trial.example: a trial tenant places no calls (voice-unavailable, alternatives offered)', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('tara@trial.example'), 'awaiting-method');
    expect(flow.methods.find((m) => m.id === 'mobile-voice')).toMatchObject({
      isDefault: true,
      available: false,
      unavailableReason: 'voice-unavailable',
    });
    const refused = h.choose(flow.flowId, 'mobile-voice');
    expect(refused.status).toBe(403);
    expect(problemOf(refused, 'voice-unavailable').alternatives).toEqual(['mobile-sms', 'authenticator-app']);
    bodyOf(h.choose(flow.flowId, 'mobile-sms'), 201);
    expect(h.phone.messages()[0]).toMatchObject({ sender: 'Fabrikam' });
    expect(h.phone.messages()[0]?.body).toContain('is your Fabrikam verification code');
  });

  it('olga@contoso.example: +44 needs the administrator opt-in, so text and call are refused', () => {
    const h = createHarness();
    const flow = stageOf(h.passwordSignIn('olga@contoso.example'), 'awaiting-method');
    const phoneMethods = flow.methods.filter((m) => m.phoneType === 'mobile');
    expect(phoneMethods.map((m) => [m.id, m.maskedDestination, m.available, m.unavailableReason])).toEqual([
      ['mobile-sms', '+44 •••• ••••23', false, 'country-not-enabled'],
      ['mobile-voice', '+44 •••• ••••23', false, 'country-not-enabled'],
    ]);
    for (const methodId of ['mobile-sms', 'mobile-voice']) {
      const refused = h.choose(flow.flowId, methodId);
      expect(refused.status).toBe(403);
      expect(problemOf(refused, 'country-not-enabled').alternatives).toEqual(['authenticator-app']);
    }
    expect(h.phone.messages()).toEqual([]);
    h.choose(flow.flowId, 'authenticator-app');
    stageOf(bodyOf(h.submit(flow.flowId, h.authenticatorCode('olga@contoso.example')), 200), 'completed');
  });

  it('a method the person never registered is not found; code entry before choosing is out of step', () => {
    const h = createHarness();
    const flow = h.passwordSignIn('carl@contoso.example');
    expect(h.choose(flow.flowId, 'office-voice').status).toBe(404);
    problemOf(h.choose(flow.flowId, 'office-voice'), 'method-not-registered');
    problemOf(h.choose(flow.flowId, 'email-code'), 'method-not-registered');
    problemOf(h.submit(flow.flowId, '123456'), 'flow-stage-mismatch');
    problemOf(h.service.resendCode(flow.flowId, h.key()), 'flow-stage-mismatch');
    problemOf(
      h.service.setNewPassword(flow.flowId, { newPassword: 'Zebra!Cloud7' }, h.key()),
      'flow-stage-mismatch',
    );
  });
});
