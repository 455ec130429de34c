import { describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import { bodyOf, createHarness, SECOND } from './harness';

describe('the demo phone', () => {
  it('lists the demo directory of src/behaviour.md, row for row', () => {
    const h = createHarness();
    const p = DEMO_PASSWORD;
    expect(h.phone.accounts()).toEqual([
      { signIn: '+1 425 555 0100', flow: 'SMS sign-in', behaviour: 'code by SMS, works' },
      { signIn: '+1 425 555 0101', flow: 'SMS sign-in', behaviour: 'code by WhatsApp, first-time notice' },
      { signIn: '+1 425 555 0102', flow: 'SMS sign-in', behaviour: 'code by RCS' },
      { signIn: '+1 425 555 0103', flow: 'SMS sign-in', behaviour: 'text limit reached, retry time given' },
      {
        signIn: '+1 425 555 0104',
        flow: 'SMS sign-in',
        behaviour: '"having trouble verifying your account"',
      },
      {
        signIn: 'megan@contoso.example',
        password: p,
        flow: 'password + MFA',
        behaviour:
          'mobile 0110 (default, text), alternate mobile 0111, office 0112 ext 1234; every call outcome can be chosen in the phone panel; SSPR with one method',
      },
      {
        signIn: 'victor@contoso.example',
        password: p,
        flow: 'password + MFA',
        behaviour: 'calls go to voicemail',
      },
      {
        signIn: 'carl@contoso.example',
        password: p,
        flow: 'password + MFA',
        behaviour: 'call limit reached',
      },
      {
        signIn: 'tara@trial.example',
        password: p,
        flow: 'password + MFA',
        behaviour: 'trial tenant: no voice',
      },
      {
        signIn: 'tess@northwind.example',
        password: p,
        flow: 'password + MFA',
        behaviour: 'trial tenant: a call asked for comes as a text',
      },
      {
        signIn: 'theo@northwind.example',
        password: p,
        flow: 'password + MFA',
        behaviour: 'trial tenant: a text asked for comes as a call',
      },
      {
        signIn: 'olga@contoso.example',
        password: p,
        flow: 'password + MFA',
        behaviour:
          'mobile with a country code that needs opt-in (+44): voice and text refused, alternatives offered',
      },
      {
        signIn: 'bob@contoso.example',
        password: p,
        flow: 'password + MFA',
        behaviour: 'blocked by the administrator',
      },
      {
        signIn: 'sam@contoso.example',
        flow: 'password reset',
        behaviour: 'two methods required (mobile + office)',
      },
      {
        signIn: 'nora@contoso.example',
        flow: 'password reset',
        behaviour: 'no methods registered: cannot reset',
      },
      {
        signIn: 'leo@contoso.example',
        flow: 'password reset',
        behaviour: 'reset locked for 24 hours: the lockout screen, reference LCKD-24HR',
      },
      {
        signIn: 'any other user name',
        flow: 'password reset',
        behaviour: 'the same dead end as nora’s: nothing says whether the name exists',
      },
      {
        signIn: 'newt@contoso.example',
        password: p,
        flow: 'security info',
        behaviour: 'signed in, no phone yet',
      },
      {
        signIn: 'rose@contoso.example',
        password: p,
        flow: 'security info',
        behaviour: 'mobile 0180 ready for SMS sign-in (also signs in by SMS with +1 425 555 0180)',
      },
      {
        signIn: 'grace@contoso.example',
        password: p,
        flow: 'security info',
        behaviour: "mobile 0180 is also Rose's: SMS sign-in can't be enabled (number not unique)",
      },
      {
        signIn: 'paul@contoso.example',
        password: p,
        flow: 'security info',
        behaviour: "mobile 0182; the SMS sign-in policy leaves him out: SMS sign-in can't be enabled",
      },
    ]);
  });

  it('shows messages and calls newest first', () => {
    const h = createHarness();
    h.smsSignIn('+14255550100');
    h.clock.advance(SECOND);
    h.smsSignIn('+14255550102');
    expect(h.phone.messages().map((m) => m.to)).toEqual(['+1 425 555 0102', '+1 425 555 0100']);
    const flow = h.passwordSignIn('megan@contoso.example');
    h.choose(flow.flowId, 'mobile-voice');
    h.clock.advance(30 * SECOND);
    h.choose(flow.flowId, 'office-voice');
    expect(h.phone.calls().map((c) => [c.to, c.status])).toEqual([
      ['+1 425 555 0112 ext. 1234', 'ringing'],
      ['+1 425 555 0110', 'no-answer'],
    ]);
  });

  it('notifies on every text, call and answer, until unsubscribed', () => {
    const h = createHarness();
    const listener = vi.fn();
    const unsubscribe = h.phone.subscribe(listener);
    h.smsSignIn('+14255550100');
    expect(listener).toHaveBeenCalledTimes(1);
    const flow = h.passwordSignIn('megan@contoso.example');
    expect(listener).toHaveBeenCalledTimes(1);
    h.choose(flow.flowId, 'mobile-voice');
    expect(listener).toHaveBeenCalledTimes(2);
    h.phone.answer(h.ringingCall().id, 'press-hash');
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    h.smsSignIn('+14255550102');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('clear forgets texts and ended calls, not a call still ringing', () => {
    const h = createHarness();
    h.smsSignIn('+14255550100');
    const flow = h.passwordSignIn('megan@contoso.example');
    h.choose(flow.flowId, 'mobile-voice');
    h.clock.advance(31 * SECOND);
    h.choose(flow.flowId, 'office-voice');
    h.phone.clear();
    expect(h.phone.messages()).toEqual([]);
    expect(h.phone.calls().map((c) => c.status)).toEqual(['ringing']);
    h.phone.answer(h.ringingCall().id, 'press-hash');
    expect(bodyOf(h.service.getFlow(flow.flowId), 200).stage).toBe('completed');
  });
});
