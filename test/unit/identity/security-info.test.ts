import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../mocks/identity/directory';
import { demoDirectory } from '../../../mocks/personas';
import { type ErrorCode, PHONE_METHOD_IDS } from '../../../src/api/types';
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

function as(username: string, methodId?: string) {
  const h = createHarness();
  return { ...h, auth: h.signIn(username, methodId) };
}

const methods = (h: Harness, auth: string) => bodyOf(h.service.listAuthenticationMethods(auth), 200);

/** A demo persona as the directory has it, to vary in a directory of its own. */
function persona(username: string): Persona {
  const found = demoDirectory.find((candidate) => candidate.username === username);
  if (!found) throw new Error(`No persona ${username}`);
  return found;
}

/** The answer is the problem `code`, with the status the contract gives it. */
function refused(answer: { status: number; body?: unknown }, code: ErrorCode, status: number) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return problemOf(answer, code);
}

/** Registers a phone, a mobile by text and the others by a call, and completes the registration. */
function register(
  h: Harness,
  auth: string,
  phoneNumber: string,
  phoneType: 'mobile' | 'alternateMobile' | 'office',
) {
  const verifyBy = phoneType === 'mobile' ? 'sms' : 'voice';
  const flow = bodyOf(h.service.addPhoneMethod(auth, { phoneNumber, phoneType, verifyBy }, h.key()), 201);
  // the answer that completes the registration carries the saved method (a call's: the first own read)
  if (verifyBy === 'sms') return stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
  h.phone.answer(h.ringingCall().id, 'press-hash');
  return stageOf(bodyOf(h.readOwn(flow), 200), 'completed');
}

describe('security info', () => {
  it('newt@contoso.example: signed in, no phone yet, nothing to step up with', () => {
    const h = asNewt();
    expect(methods(h, h.auth)).toEqual({
      phoneMethods: [],
      otherMethods: [],
      defaultMethod: null,
      defaultMethodOptions: [],
      stepUpRequired: false,
      smsSignInAllowed: true,
    });
    refused(h.service.startStepUp(h.auth), 'no-methods-registered', 409);
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
      defaultMethodOptions: [
        'mobile-sms',
        'mobile-voice',
        'alternate-mobile-voice',
        'office-voice',
        'authenticator-app',
      ],
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
      // Someone else holding the flow id learns nothing; the registration's own client gets the phone.
      expect(bodyOf(h.service.getFlow(flow.flowId), 200)).toEqual({
        flowId: flow.flowId,
        kind: 'register-phone',
        stage: 'completed',
      });
      const done = stageOf(bodyOf(h.readOwn(flow), 200), 'completed');
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
      const answer = h.service.addPhoneMethod(h.auth, { phoneNumber, phoneType, verifyBy: 'sms' }, h.key());
      expect(refused(answer, code, 400).errors).toEqual([{ field: 'phoneNumber', code }]);
      expect(h.phone.messages()).toEqual([]);
    });

    it('a mobile comes before an alternate mobile (mobile-required-first)', () => {
      const h = asNewt();
      const answer = h.service.addPhoneMethod(
        h.auth,
        { phoneNumber: '+1 4255550171', phoneType: 'alternateMobile', verifyBy: 'voice' },
        h.key(),
      );
      refused(answer, 'mobile-required-first', 409);
    });

    it('one number per type (phone-type-exists)', () => {
      const h = asMegan();
      const answer = h.service.addPhoneMethod(
        h.auth,
        { phoneNumber: '+1 4255550170', phoneType: 'office', verifyBy: 'voice' },
        h.key(),
      );
      refused(answer, 'phone-type-exists', 409);
    });

    it('a VoIP number is refused as virtual before its extension is judged', () => {
      const h = asNewt();
      const answer = h.service.addPhoneMethod(
        h.auth,
        { phoneNumber: '+1 4255550199x12', phoneType: 'mobile', verifyBy: 'sms' },
        h.key(),
      );
      refused(answer, 'virtual-number', 400);
    });

    it('an office or alternate mobile phone is verified by a call (voice-only-phone)', () => {
      const sam = as('sam@contoso.example');
      const alternate = refused(
        sam.service.addPhoneMethod(
          sam.auth,
          { phoneNumber: '+1 4255550171', phoneType: 'alternateMobile', verifyBy: 'sms' },
          sam.key(),
        ),
        'voice-only-phone',
        400,
      );
      expect(alternate.errors).toEqual([{ field: 'verifyBy', code: 'voice-only-phone' }]);
      const newt = asNewt();
      refused(
        newt.service.addPhoneMethod(
          newt.auth,
          { phoneNumber: '+1 4255550175', phoneType: 'office', verifyBy: 'sms' },
          newt.key(),
        ),
        'voice-only-phone',
        400,
      );
      expect(sam.phone.messages().filter((m) => m.to === '+1 425 555 0171')).toEqual([]);
      expect(newt.phone.messages()).toEqual([]);
      // By a call the same phones are added.
      expect(register(sam, sam.auth, '+1 4255550171', 'alternateMobile').registeredMethod?.phoneType).toBe(
        'alternateMobile',
      );
      expect(register(newt, newt.auth, '+1 4255550175', 'office').registeredMethod?.phoneType).toBe('office');
    });

    it('one number is not registered under two types (phone-number-in-use), whatever its extension', () => {
      const h = asNewt();
      register(h, h.auth, '+1 4255550170', 'mobile');
      for (const [phoneNumber, phoneType] of [
        ['+1 4255550170x12', 'office'],
        ['+1 4255550170', 'office'],
        ['+1 4255550170', 'alternateMobile'],
      ] as const) {
        refused(
          h.service.addPhoneMethod(h.auth, { phoneNumber, phoneType, verifyBy: 'voice' }, h.key()),
          'phone-number-in-use',
          409,
        );
      }
      // Checked before voice-only-phone: the number is the first thing wrong.
      refused(
        h.service.addPhoneMethod(
          h.auth,
          { phoneNumber: '+1 4255550170', phoneType: 'alternateMobile', verifyBy: 'sms' },
          h.key(),
        ),
        'phone-number-in-use',
        409,
      );
      expect(h.phone.calls()).toEqual([]);
      // Another person's number is not this rule's business.
      expect(register(h, h.auth, '+1 4255550110x7', 'office').registeredMethod?.phoneNumber).toBe(
        '+1 4255550110x7',
      );
    });

    it('phone-type-exists comes before phone-number-in-use', () => {
      const h = asMegan();
      refused(
        h.service.addPhoneMethod(
          h.auth,
          { phoneNumber: '+1 4255550110', phoneType: 'office', verifyBy: 'voice' },
          h.key(),
        ),
        'phone-type-exists',
        409,
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
      // By text it is refused before the tenant's voice policy is asked.
      refused(
        h.service.addPhoneMethod(
          auth,
          { phoneNumber: '+1 4255550141', phoneType: 'office', verifyBy: 'sms' },
          h.key(),
        ),
        'voice-only-phone',
        400,
      );
      refused(h.service.enableSmsSignIn(auth, mobile), 'sms-sign-in-not-allowed', 403);
      expect(methods(h, auth).phoneMethods[0]?.smsSignInState).toBe('notAllowedByPolicy');
    });

    it('olga@contoso.example: a +44 number cannot be verified until the administrator opts in', () => {
      const h = createHarness();
      const auth = h.signIn('olga@contoso.example', 'authenticator-app');
      const answer = h.service.addPhoneMethod(
        auth,
        { phoneNumber: '+44 7700900124', phoneType: 'alternateMobile', verifyBy: 'voice' },
        h.key(),
      );
      expect(refused(answer, 'country-not-enabled', 403).alternatives).toEqual([]);
      expect(h.phone.calls()).toEqual([]);
    });
  });

  describe('step-up', () => {
    it('after 10 minutes a change needs a step-up; the step-up lists her methods and renews the session', () => {
      const h = asMegan();
      h.clock.advance(10 * MINUTE);
      expect(methods(h, h.auth).stepUpRequired).toBe(true);
      const answer = h.service.deletePhoneMethod(h.auth, alternateMobile);
      refused(answer, 'step-up-required', 403);
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

    it('a changed number follows the rules of adding one: in use, voice only, and the number checks', () => {
      const h = asMegan();
      const change = (methodId: string, phoneNumber: string, verifyBy: 'sms' | 'voice') =>
        h.service.changePhoneMethod(h.auth, methodId, { phoneNumber, verifyBy }, h.key());
      refused(change(office, '+1 4255550110x99', 'voice'), 'phone-number-in-use', 409);
      refused(change(mobile, '+1 4255550111', 'sms'), 'phone-number-in-use', 409);
      refused(change(alternateMobile, '+1 4255550178', 'sms'), 'voice-only-phone', 400);
      refused(change(office, '+1 4255550178', 'sms'), 'voice-only-phone', 400);
      refused(change(mobile, '+1 4255550199', 'sms'), 'virtual-number', 400);
      refused(change(mobile, '+1 4255550178x1', 'sms'), 'extension-not-allowed', 400);
      expect(h.phone.calls()).toEqual([]);
      expect(h.phone.messages()).toHaveLength(1);
      // Its own number again is no other phone's: the mobile is verified again, by text.
      bodyOf(change(mobile, '+1 4255550110', 'sms'), 201);
      expect(h.phone.messages()).toHaveLength(2);
    });

    it('a changed mobile is no longer enabled for SMS sign-in', () => {
      const h = as('rose@contoso.example');
      expect(methods(h, h.auth).phoneMethods[0]?.smsSignInState).toBe('ready');
      const flow = bodyOf(
        h.service.changePhoneMethod(
          h.auth,
          mobile,
          { phoneNumber: '+1 4255550183', verifyBy: 'sms' },
          h.key(),
        ),
        201,
      );
      // Until the new number is verified, the old one still signs in.
      expect(methods(h, h.auth).phoneMethods[0]?.smsSignInState).toBe('ready');
      stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      expect(methods(h, h.auth).phoneMethods[0]).toMatchObject({
        phoneNumber: '+1 4255550183',
        smsSignInState: 'notEnabled',
      });
      h.phone.clear();
      h.smsSignIn('+14255550180');
      h.smsSignIn('+14255550183');
      expect(h.phone.messages()).toEqual([]);
    });

    it('a deleted mobile takes SMS sign-in with it', () => {
      const h = asMegan();
      bodyOf(h.service.enableSmsSignIn(h.auth, mobile), 200);
      bodyOf(h.service.setDefaultMethod(h.auth, { defaultMethod: 'authenticator-app' }), 200);
      expect(h.service.deletePhoneMethod(h.auth, alternateMobile)).toEqual({ status: 204 });
      expect(h.service.deletePhoneMethod(h.auth, mobile)).toEqual({ status: 204 });
      h.phone.clear();
      h.smsSignIn('+14255550110');
      expect(h.phone.messages()).toEqual([]);
      // Registered again, the same number waits to be enabled.
      expect(register(h, h.auth, '+1 4255550110', 'mobile').registeredMethod?.smsSignInState).toBe(
        'notEnabled',
      );
    });

    it('the last method cannot be deleted (last-method), checked before the default that uses it', () => {
      const h = as('rose@contoso.example');
      expect(methods(h, h.auth).defaultMethod).toBe('mobile-sms');
      refused(h.service.deletePhoneMethod(h.auth, mobile), 'last-method', 409);
      expect(methods(h, h.auth).phoneMethods).toHaveLength(1);
      // A first phone, added without a step-up, is the last method just the same.
      const newt = asNewt();
      register(newt, newt.auth, '+1 4255550175x99', 'office');
      refused(newt.service.deletePhoneMethod(newt.auth, office), 'last-method', 409);
    });

    it('the authenticator app counts as a method; the e-mail does not', () => {
      const h = as('victor@contoso.example', 'authenticator-app');
      // Victor's mobile is his default: another default first, then it can go, leaving the app.
      refused(h.service.deletePhoneMethod(h.auth, mobile), 'default-method-in-use', 409);
      bodyOf(h.service.setDefaultMethod(h.auth, { defaultMethod: 'authenticator-app' }), 200);
      expect(h.service.deletePhoneMethod(h.auth, mobile)).toEqual({ status: 204 });
      expect(methods(h, h.auth)).toMatchObject({
        phoneMethods: [],
        otherMethods: [{ type: 'authenticator-app' }],
        defaultMethodOptions: ['authenticator-app'],
      });

      const { resetLocked: _locked, ...leo } = persona('leo@contoso.example');
      const l = createHarness({ personas: [{ ...leo, email: 'leo@fabrikam.example' }] });
      const auth = l.signIn('leo@contoso.example');
      expect(methods(l, auth).otherMethods).toEqual([
        { type: 'email', displayName: 'l•••@fabrikam.example' },
      ]);
      refused(l.service.deletePhoneMethod(auth, mobile), 'last-method', 409);
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

    it('the default must be one of defaultMethodOptions (default-method-unusable)', () => {
      const h = asNewt();
      refused(
        h.service.setDefaultMethod(h.auth, { defaultMethod: 'authenticator-app' }),
        'default-method-unusable',
        409,
      );
      const sam = as('sam@contoso.example');
      expect(methods(sam, sam.auth).defaultMethodOptions).toEqual([
        'mobile-sms',
        'mobile-voice',
        'office-voice',
      ]);
      for (const unregistered of ['alternate-mobile-voice', 'authenticator-app'] as const) {
        refused(
          sam.service.setDefaultMethod(sam.auth, { defaultMethod: unregistered }),
          'default-method-unusable',
          409,
        );
      }
      expect(
        bodyOf(sam.service.setDefaultMethod(sam.auth, { defaultMethod: 'office-voice' }), 200),
      ).toMatchObject({
        defaultMethod: 'office-voice',
        // The same options in the same order: the default is not moved first.
        defaultMethodOptions: ['mobile-sms', 'mobile-voice', 'office-voice'],
      });
      // The current default, still usable, can be chosen again.
      bodyOf(sam.service.setDefaultMethod(sam.auth, { defaultMethod: 'office-voice' }), 200);
    });

    it('tara@trial.example: no voice method in a tenant without calls, not even her current default', () => {
      const h = as('tara@trial.example');
      expect(methods(h, h.auth)).toMatchObject({
        defaultMethod: 'mobile-voice',
        defaultMethodOptions: ['mobile-sms', 'authenticator-app'],
      });
      refused(
        h.service.setDefaultMethod(h.auth, { defaultMethod: 'mobile-voice' }),
        'default-method-unusable',
        409,
      );
      expect(
        bodyOf(h.service.setDefaultMethod(h.auth, { defaultMethod: 'mobile-sms' }), 200).defaultMethod,
      ).toBe('mobile-sms');
      expect(methods(h, h.auth).defaultMethodOptions).toEqual(['mobile-sms', 'authenticator-app']);
    });

    it('olga@contoso.example: nothing on a +44 number the tenant has not opted in to', () => {
      const h = as('olga@contoso.example', 'authenticator-app');
      expect(methods(h, h.auth)).toMatchObject({
        defaultMethod: 'mobile-sms',
        defaultMethodOptions: ['authenticator-app'],
      });
      refused(
        h.service.setDefaultMethod(h.auth, { defaultMethod: 'mobile-sms' }),
        'default-method-unusable',
        409,
      );
    });

    it('carl@contoso.example: limits pass with time, so his calls stay among the options', () => {
      const h = as('carl@contoso.example', 'authenticator-app');
      expect(methods(h, h.auth).defaultMethodOptions).toEqual([
        'mobile-sms',
        'mobile-voice',
        'authenticator-app',
      ]);
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
      refused(h.service.enableSmsSignIn(h.auth, office), 'sms-sign-in-not-supported', 409);
      refused(h.service.enableSmsSignIn(h.auth, alternateMobile), 'sms-sign-in-not-supported', 409);
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
      refused(h.service.enableSmsSignIn(h.auth, mobile), 'phone-number-not-unique', 409);
    });

    it('rose@contoso.example: her mobile is ready, she signs in by SMS with it, enabling again changes nothing', () => {
      const h = as('rose@contoso.example');
      const listed = methods(h, h.auth);
      expect(listed).toMatchObject({
        smsSignInAllowed: true,
        phoneMethods: [
          { id: mobile, phoneNumber: '+1 4255550180', phoneType: 'mobile', smsSignInState: 'ready' },
        ],
      });
      expect(bodyOf(h.service.enableSmsSignIn(h.auth, mobile), 200)).toEqual(listed);
      const flow = h.smsSignIn('+14255550180');
      expect(h.phone.messages()[0]?.to).toBe('+1 425 555 0180');
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      expect(done.session?.user.username).toBe('rose@contoso.example');
    });

    it("grace@contoso.example: her mobile is Rose's SMS sign-in number, so it is phoneNumberNotUnique", () => {
      const h = as('grace@contoso.example');
      expect(methods(h, h.auth)).toMatchObject({
        smsSignInAllowed: true,
        phoneMethods: [{ phoneNumber: '+1 4255550180', smsSignInState: 'phoneNumberNotUnique' }],
      });
      refused(h.service.enableSmsSignIn(h.auth, mobile), 'phone-number-not-unique', 409);
      // The number signs in Rose, not Grace.
      const flow = h.smsSignIn('+14255550180');
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      expect(done.session?.user.username).toBe('rose@contoso.example');

      // Once Rose stops using it, Grace can enable it, and then the number is hers.
      const rose = h.signIn('rose@contoso.example');
      bodyOf(h.service.disableSmsSignIn(rose, mobile), 200);
      expect(methods(h, h.auth).phoneMethods[0]?.smsSignInState).toBe('notEnabled');
      expect(bodyOf(h.service.enableSmsSignIn(h.auth, mobile), 200).phoneMethods[0]?.smsSignInState).toBe(
        'ready',
      );
      expect(methods(h, rose).phoneMethods[0]?.smsSignInState).toBe('phoneNumberNotUnique');
      refused(h.service.enableSmsSignIn(rose, mobile), 'phone-number-not-unique', 409);
      const again = h.smsSignIn('+14255550180');
      const grace = stageOf(bodyOf(h.submit(again.flowId, h.latestCode()), 200), 'completed');
      expect(grace.session?.user.username).toBe('grace@contoso.example');
    });

    it('paul@contoso.example: the SMS sign-in policy leaves him out (notAllowedByPolicy)', () => {
      const h = as('paul@contoso.example');
      expect(methods(h, h.auth)).toMatchObject({
        smsSignInAllowed: false,
        phoneMethods: [{ phoneNumber: '+1 4255550182', smsSignInState: 'notAllowedByPolicy' }],
        // SMS sign-in is not MFA: a text stays a usable default.
        defaultMethodOptions: ['mobile-sms', 'mobile-voice'],
      });
      refused(h.service.enableSmsSignIn(h.auth, mobile), 'sms-sign-in-not-allowed', 403);
      expect(methods(h, h.auth).phoneMethods[0]?.smsSignInState).toBe('notAllowedByPolicy');
      h.phone.clear();
      h.smsSignIn('+14255550182');
      expect(h.phone.messages()).toEqual([]);
    });

    it('enabling checks the policy, then that it is the mobile, then that the number is unique', () => {
      const rose = persona('rose@contoso.example');
      const paul = persona('paul@contoso.example');
      const p = createHarness({
        personas: [rose, { ...paul, phones: { mobile: '+1 4255550180', office: '+1 4255550182x5' } }],
      });
      const paulAuth = p.signIn('paul@contoso.example');
      // Out of the policy: refused as such, whichever phone and however shared.
      refused(p.service.enableSmsSignIn(paulAuth, office), 'sms-sign-in-not-allowed', 403);
      refused(p.service.enableSmsSignIn(paulAuth, mobile), 'sms-sign-in-not-allowed', 403);
      const grace = persona('grace@contoso.example');
      const g = createHarness({
        personas: [rose, { ...grace, phones: { ...grace.phones, office: '+1 4255550184' } }],
      });
      const graceAuth = g.signIn('grace@contoso.example');
      refused(g.service.enableSmsSignIn(graceAuth, office), 'sms-sign-in-not-supported', 409);
      refused(g.service.enableSmsSignIn(graceAuth, mobile), 'phone-number-not-unique', 409);
    });
  });

  describe('every change needs a fresh step-up', () => {
    type Change = [string, (h: Harness, auth: string) => { status: number; body?: unknown }];
    // Each of these would be refused for another reason too: the step-up is checked first.
    const changes: Change[] = [
      [
        'add',
        (h, auth) =>
          h.service.addPhoneMethod(
            auth,
            { phoneNumber: '+1 4255550199', phoneType: 'alternateMobile', verifyBy: 'sms' },
            h.key(),
          ),
      ],
      [
        'change',
        (h, auth) =>
          h.service.changePhoneMethod(
            auth,
            mobile,
            { phoneNumber: '+1 4255550111', verifyBy: 'sms' },
            h.key(),
          ),
      ],
      ['delete', (h, auth) => h.service.deletePhoneMethod(auth, mobile)],
      ['enable SMS sign-in', (h, auth) => h.service.enableSmsSignIn(auth, office)],
      ['disable SMS sign-in', (h, auth) => h.service.disableSmsSignIn(auth, mobile)],
      ['set the default', (h, auth) => h.service.setDefaultMethod(auth, { defaultMethod: 'mobile-voice' })],
    ];

    it.each(changes)(
      '%s: step-up-required 10 minutes after MFA, before any other refusal',
      (_what, change) => {
        const h = asMegan();
        h.clock.advance(10 * MINUTE);
        refused(change(h, h.auth), 'step-up-required', 403);
        expect(h.phone.messages()).toHaveLength(1);
        expect(h.phone.calls()).toEqual([]);
      },
    );

    it.each(changes)('%s: 9 minutes after MFA, no step-up is asked', (_what, change) => {
      const h = asMegan();
      h.clock.advance(9 * MINUTE);
      expect(methods(h, h.auth).stepUpRequired).toBe(false);
      expect((change(h, h.auth).body as { code?: string } | undefined)?.code).not.toBe('step-up-required');
    });

    it('rose@contoso.example signed in by SMS: a step-up first, even before last-method', () => {
      const h = createHarness();
      const flow = h.smsSignIn('+14255550180');
      const done = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'completed');
      const auth = `Bearer ${done.sessionToken}`;
      expect(methods(h, auth).stepUpRequired).toBe(true);
      refused(h.service.deletePhoneMethod(auth, mobile), 'step-up-required', 403);
      refused(h.service.enableSmsSignIn(auth, mobile), 'step-up-required', 403);
      refused(h.service.setDefaultMethod(auth, { defaultMethod: 'mobile-voice' }), 'step-up-required', 403);
      const stepUp = stageOf(bodyOf(h.service.startStepUp(auth), 201), 'awaiting-method');
      expect(stepUp.methods.map((m) => m.id)).toEqual(['mobile-sms', 'mobile-voice']);
      h.choose(stepUp.flowId, 'mobile-sms');
      stageOf(bodyOf(h.submit(stepUp.flowId, h.latestCode()), 200), 'completed');
      expect(methods(h, auth).stepUpRequired).toBe(false);
      refused(h.service.deletePhoneMethod(auth, mobile), 'last-method', 409);
      expect(
        bodyOf(h.service.setDefaultMethod(auth, { defaultMethod: 'mobile-voice' }), 200).defaultMethod,
      ).toBe('mobile-voice');
    });
  });
});
