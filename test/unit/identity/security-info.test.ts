import { describe, expect, it } from 'vitest';
import { PHONE_METHOD_IDS } from '../../../src/api/types';
import { bodyOf, createHarness, type Harness, MINUTE, problemOf, stageOf } from './harness';

const { mobile, alternateMobile, office } = PHONE_METHOD_IDS;

function asNewt() {
  const h = createHarness();
  return { ...h, auth: h.signIn('newt@contoso.example') };
}

function asMegan() {
  const h = createHarness();
  return { ...h, auth: h.signIn('megan@contoso.example') };
}

const methods = (h: Harness, auth: string) => bodyOf(h.service.listAuthenticationMethods(auth), 200);

describe('security info', () => {
  it('newt@contoso.example: signed in, no phone yet, nothing to step up with', () => {
    const h = asNewt();
    expect(methods(h, h.auth)).toEqual({
      phoneMethods: [],
      otherMethods: [],
      defaultMethod: null,
      stepUpRequired: false,
      smsSignInAllowed: true,
    });
    problemOf(h.service.startStepUp(h.auth), 'method-not-available');
  });

  it('megan@contoso.example: Graph-shaped phones with fixed ids, her app and masked e-mail', () => {
    const h = asMegan();
    expect(methods(h, h.auth)).toEqual({
      phoneMethods: [
        { id: mobile, phoneNumber: '+1 4255550110', phoneType: 'mobile', smsSignInState: 'notEnabled' },
        {
          id: alternateMobile,
          phoneNumber: '+1 4255550111',
          phoneType: 'alternateMobile',
          smsSignInState: 'notSupported',
        },
        {
          id: office,
          phoneNumber: '+1 4255550112x1234',
          phoneType: 'office',
          smsSignInState: 'notSupported',
        },
      ],
      otherMethods: [
        { type: 'authenticator-app', displayName: 'Authenticator app' },
        { type: 'email', displayName: 'm•••@fabrikam.example' },
      ],
      defaultMethod: 'mobile-sms',
      stepUpRequired: false,
      smsSignInAllowed: true,
    });
  });

  it('every operation needs a live session (not-authenticated), also after signing out', () => {
    const h = asMegan();
    expect(h.service.signOut(h.auth)).toEqual({ status: 204 });
    expect(h.service.signOut(h.auth)).toEqual({ status: 204 });
    for (const auth of [null, 'Bearer nope', h.auth, 'Basic abc']) {
      for (const answer of [
        h.service.getSession(auth),
        h.service.listAuthenticationMethods(auth),
        h.service.addPhoneMethod(
          auth,
          { phoneNumber: '+1 4255550170', phoneType: 'mobile', verifyBy: 'sms' },
          h.key(),
        ),
        h.service.changePhoneMethod(auth, mobile, { phoneNumber: '+1 4255550170', verifyBy: 'sms' }, h.key()),
        h.service.deletePhoneMethod(auth, office),
        h.service.enableSmsSignIn(auth, mobile),
        h.service.disableSmsSignIn(auth, mobile),
        h.service.setDefaultMethod(auth, { defaultMethod: 'office-voice' }),
        h.service.startStepUp(auth),
      ]) {
        expect(answer.status).toBe(401);
        problemOf(answer, 'not-authenticated');
      }
    }
  });

  it('sessions end after 8 hours', () => {
    const h = asNewt();
    h.clock.advance(8 * 60 * MINUTE - 1);
    expect(bodyOf(h.service.getSession(h.auth), 200).expiresInSeconds).toBe(1);
    h.clock.advance(1);
    problemOf(h.service.getSession(h.auth), 'not-authenticated');
  });

  describe('adding a phone', () => {
    it('verifies the new number by text and saves it only then; the first phone becomes the default', () => {
      const h = asNewt();
      const flow = stageOf(
        bodyOf(
          h.service.addPhoneMethod(
            h.auth,
            { phoneNumber: '+1 4255550170', phoneType: 'mobile', verifyBy: 'sms' },
            h.key(),
          ),
          201,
        ),
        'verifying',
      );
      expect(flow).toMatchObject({
        kind: 'register-phone',
        methods: [],
        verification: { methodId: mobile, type: 'sms', channel: 'sms', maskedDestination: '+1 ••• ••• ••70' },
      });
      expect(h.phone.messages()[0]?.to).toBe('+1 425 555 0170');
      expect(methods(h, h.auth).phoneMethods).toEqual([]);
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      expect(done).toEqual({
        flowId: flow.flowId,
        kind: 'register-phone',
        stage: 'completed',
        registeredMethod: {
          id: mobile,
          phoneNumber: '+1 4255550170',
          phoneType: 'mobile',
          smsSignInState: 'notEnabled',
        },
      });
      expect(methods(h, h.auth)).toMatchObject({ defaultMethod: 'mobile-sms', stepUpRequired: false });
    });

    it('verifies an office phone by a call to its extension', () => {
      const h = asNewt();
      const phoneNumber = '+1 4255550175x99';
      const flow = bodyOf(
        h.service.addPhoneMethod(h.auth, { phoneNumber, phoneType: 'office', verifyBy: 'voice' }, h.key()),
        201,
      );
      expect(h.ringingCall().to).toBe('+1 425 555 0175 ext. 99');
      h.phone.answer(h.ringingCall().id, 'press-hash');
      const done = stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'completed');
      expect(done.registeredMethod).toEqual({
        id: office,
        phoneNumber,
        phoneType: 'office',
        smsSignInState: 'notSupported',
      });
      expect(methods(h, h.auth).defaultMethod).toBe('office-voice');
    });

    it.each([
      {
        case: 'an invalid number',
        phoneNumber: '+1 0005550170',
        phoneType: 'mobile',
        code: 'invalid-phone-number',
      },
      {
        case: 'a country code that does not fit',
        phoneNumber: '+44 4255550170',
        phoneType: 'mobile',
        code: 'invalid-phone-number',
      },
      {
        case: 'an extension on a mobile',
        phoneNumber: '+1 4255550170x12',
        phoneType: 'mobile',
        code: 'extension-not-allowed',
      },
      {
        case: 'an extension on an alternate',
        phoneNumber: '+1 4255550170x12',
        phoneType: 'alternateMobile',
        code: 'extension-not-allowed',
      },
      {
        case: 'a virtual (VoIP) number',
        phoneNumber: '+1 4255550199',
        phoneType: 'mobile',
        code: 'virtual-number',
      },
    ] as const)('refuses $case with a field error ($code)', ({ phoneNumber, phoneType, code }) => {
      const h = asNewt();
      const refused = h.service.addPhoneMethod(h.auth, { phoneNumber, phoneType, verifyBy: 'sms' }, h.key());
      expect(refused.status).toBe(400);
      expect(problemOf(refused, code).errors).toEqual([{ field: 'phoneNumber', code }]);
      expect(h.phone.messages()).toEqual([]);
    });

    it('a mobile comes before an alternate mobile (mobile-required-first)', () => {
      const h = asNewt();
      const refused = h.service.addPhoneMethod(
        h.auth,
        { phoneNumber: '+1 4255550171', phoneType: 'alternateMobile', verifyBy: 'voice' },
        h.key(),
      );
      expect(refused.status).toBe(409);
      problemOf(refused, 'mobile-required-first');
    });

    it('one number per type (phone-type-exists)', () => {
      const h = asMegan();
      const refused = h.service.addPhoneMethod(
        h.auth,
        { phoneNumber: '+1 4255550170', phoneType: 'office', verifyBy: 'voice' },
        h.key(),
      );
      expect(refused.status).toBe(409);
      problemOf(refused, 'phone-type-exists');
    });

    it('an office phone cannot be verified by text', () => {
      const h = asNewt();
      problemOf(
        h.service.addPhoneMethod(
          h.auth,
          { phoneNumber: '+1 4255550175', phoneType: 'office', verifyBy: 'sms' },
          h.key(),
        ),
        'method-not-available',
      );
    });

    it('tara@trial.example: a trial tenant cannot verify by call; SMS sign-in is not allowed by policy', () => {
      const h = createHarness();
      const auth = h.signIn('tara@trial.example');
      const listed = methods(h, auth);
      expect(listed.smsSignInAllowed).toBe(false);
      expect(listed.phoneMethods[0]?.smsSignInState).toBe('notAllowedByPolicy');
      problemOf(
        h.service.addPhoneMethod(
          auth,
          { phoneNumber: '+1 4255550141', phoneType: 'office', verifyBy: 'voice' },
          h.key(),
        ),
        'voice-unavailable',
      );
      problemOf(h.service.enableSmsSignIn(auth, mobile), 'method-not-available');
    });

    it('olga@contoso.example: a +44 number cannot be verified until the administrator opts in', () => {
      const h = createHarness();
      const auth = h.signIn('olga@contoso.example', 'authenticator-app');
      const refused = h.service.addPhoneMethod(
        auth,
        { phoneNumber: '+44 7700900124', phoneType: 'alternateMobile', verifyBy: 'sms' },
        h.key(),
      );
      expect(refused.status).toBe(403);
      expect(problemOf(refused, 'country-not-enabled').alternatives).toEqual([]);
    });
  });

  describe('step-up', () => {
    it('after 10 minutes a change needs a step-up; the step-up lists her methods and renews the session', () => {
      const h = asMegan();
      h.clock.advance(10 * MINUTE);
      expect(methods(h, h.auth).stepUpRequired).toBe(true);
      const refused = h.service.deletePhoneMethod(h.auth, alternateMobile);
      expect(refused.status).toBe(403);
      problemOf(refused, 'step-up-required');
      const stepUp = stageOf(bodyOf(h.service.startStepUp(h.auth), 201), 'awaiting-method');
      expect(stepUp).toMatchObject({
        kind: 'step-up',
        defaultMethodId: 'mobile-sms',
        user: { username: 'megan@contoso.example' },
      });
      expect(stepUp.methods.map((m) => m.id)).toEqual([
        'mobile-sms',
        'mobile-voice',
        'alternate-mobile-voice',
        'office-voice',
        'authenticator-app',
      ]);
      h.choose(stepUp.flowId, 'mobile-voice');
      h.phone.answer(h.ringingCall().id, 'press-hash');
      expect(bodyOf(h.service.getFlow(stepUp.flowId), 200)).toEqual({
        flowId: stepUp.flowId,
        kind: 'step-up',
        stage: 'completed',
      });
      expect(methods(h, h.auth).stepUpRequired).toBe(false);
      expect(h.service.deletePhoneMethod(h.auth, alternateMobile)).toEqual({ status: 204 });
    });

    it('+1 425 555 0100: SMS sign-in alone does not count as verification', () => {
      const h = createHarness();
      const flow = h.smsSignIn('+14255550100');
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      const auth = `Bearer ${done.sessionToken}`;
      expect(methods(h, auth)).toMatchObject({
        stepUpRequired: true,
        phoneMethods: [{ id: mobile, phoneNumber: '+1 4255550100', smsSignInState: 'ready' }],
      });
      problemOf(h.service.disableSmsSignIn(auth, mobile), 'step-up-required');
    });
  });

  describe('changing and deleting', () => {
    it('a changed number is verified first and replaces the old one only then', () => {
      const h = asMegan();
      const flow = bodyOf(
        h.service.changePhoneMethod(
          h.auth,
          alternateMobile,
          { phoneNumber: '+1 4255550178', verifyBy: 'voice' },
          h.key(),
        ),
        201,
      );
      expect(methods(h, h.auth).phoneMethods[1]?.phoneNumber).toBe('+1 4255550111');
      h.phone.answer(h.ringingCall().id, 'press-hash');
      stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'completed');
      expect(methods(h, h.auth).phoneMethods[1]).toEqual({
        id: alternateMobile,
        phoneNumber: '+1 4255550178',
        phoneType: 'alternateMobile',
        smsSignInState: 'notSupported',
      });
    });

    it('a phone that is not registered cannot be changed, deleted or enabled (method-not-registered)', () => {
      const h = asNewt();
      for (const answer of [
        h.service.changePhoneMethod(
          h.auth,
          office,
          { phoneNumber: '+1 4255550170', verifyBy: 'voice' },
          h.key(),
        ),
        h.service.deletePhoneMethod(h.auth, office),
        h.service.enableSmsSignIn(h.auth, mobile),
        h.service.disableSmsSignIn(h.auth, 'not-a-method-id'),
      ]) {
        expect(answer.status).toBe(404);
        problemOf(answer, 'method-not-registered');
      }
    });

    it('the mobile cannot go while an alternate exists, nor any phone the default method uses', () => {
      const h = asMegan();
      problemOf(h.service.deletePhoneMethod(h.auth, mobile), 'mobile-has-alternate');
      bodyOf(h.service.setDefaultMethod(h.auth, { defaultMethod: 'office-voice' }), 200);
      const inUse = h.service.deletePhoneMethod(h.auth, office);
      expect(inUse.status).toBe(409);
      problemOf(inUse, 'default-method-in-use');
      expect(h.service.deletePhoneMethod(h.auth, alternateMobile)).toEqual({ status: 204 });
      bodyOf(h.service.setDefaultMethod(h.auth, { defaultMethod: 'authenticator-app' }), 200);
      expect(h.service.deletePhoneMethod(h.auth, mobile)).toEqual({ status: 204 });
      expect(h.service.deletePhoneMethod(h.auth, office)).toEqual({ status: 204 });
      expect(methods(h, h.auth)).toMatchObject({ phoneMethods: [], defaultMethod: 'authenticator-app' });
    });

    it('the default must be a method the person has', () => {
      const h = asNewt();
      const refused = h.service.setDefaultMethod(h.auth, { defaultMethod: 'authenticator-app' });
      expect(refused.status).toBe(409);
      problemOf(refused, 'method-not-available');
    });
  });

  describe('SMS sign-in state', () => {
    it('megan enables her mobile for SMS sign-in, signs in with it, and disables it again', () => {
      const h = asMegan();
      expect(bodyOf(h.service.enableSmsSignIn(h.auth, mobile), 200).phoneMethods[0]?.smsSignInState).toBe(
        'ready',
      );
      const flow = h.smsSignIn('+14255550110');
      expect(h.phone.messages()[0]?.to).toBe('+1 425 555 0110');
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      expect(done.session?.user.username).toBe('megan@contoso.example');
      expect(bodyOf(h.service.disableSmsSignIn(h.auth, mobile), 200).phoneMethods[0]?.smsSignInState).toBe(
        'notEnabled',
      );
      // Only the mobile can be enabled; disabling another phone changes nothing.
      expect(bodyOf(h.service.disableSmsSignIn(h.auth, office), 200).phoneMethods[2]?.smsSignInState).toBe(
        'notSupported',
      );
      problemOf(h.service.enableSmsSignIn(h.auth, office), 'method-not-available');
    });

    it('a number another user signs in with by SMS is phoneNumberNotUnique and cannot be enabled', () => {
      const h = asNewt();
      const flow = bodyOf(
        h.service.addPhoneMethod(
          h.auth,
          { phoneNumber: '+1 4255550100', phoneType: 'mobile', verifyBy: 'sms' },
          h.key(),
        ),
        201,
      );
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      expect(done.registeredMethod?.smsSignInState).toBe('phoneNumberNotUnique');
      problemOf(h.service.enableSmsSignIn(h.auth, mobile), 'method-not-available');
    });
  });
});
