// The verification statechart routes on these pure rules: checked here answer by answer.
import fc from 'fast-check';
import { describeError, PROBLEM_CODES } from '../../../src/api/errors';
import { alternativesTo, textInstead } from '../../../src/flows/verification/methods';
import {
  classify,
  FAILURE_KINDS,
  flowPosition,
  nextPollDelay,
  readCode,
} from '../../../src/flows/verification/rules';
import {
  appCodeFlow,
  appMethod,
  callFlow,
  codeFlow,
  completedFlow,
  FLOW_ID,
  lockedFlow,
  problem,
  smsMethod,
  voiceMethod,
} from '../../support/flows';

const CLIENT_CODES = ['network-error', 'timeout', 'unexpected-response'] as const;

describe('classify', () => {
  it('has its own kind for every code the contract and the client have, with no fallback', () => {
    const unmapped = [...PROBLEM_CODES, ...CLIENT_CODES].filter(
      (code) => !Object.hasOwn(FAILURE_KINDS, code),
    );
    expect(unmapped).toEqual([]);
    expect(Object.keys(FAILURE_KINDS).sort()).toEqual([...PROBLEM_CODES, ...CLIENT_CODES].sort());
  });

  it.each([
    ['text-limit', 'throttled'],
    ['call-limit', 'throttled'],
    ['too-many-requests', 'throttled'],
    ['resend-cooldown', 'cooldown'],
    ['verification-blocked', 'blocked'],
    ['user-blocked', 'blocked'],
    ['voice-unavailable', 'blocked'],
    ['country-not-enabled', 'blocked'],
    ['method-not-offered', 'blocked'],
    ['method-not-registered', 'blocked'],
    ['reset-locked', 'denied'],
    ['flow-locked', 'locked'],
    ['flow-expired', 'expired'],
    ['wrong-code', 'wrong'],
    ['code-expired', 'codeExpired'],
    ['phone-mismatch', 'mismatch'],
    ['flow-stage-mismatch', 'stale'],
    ['invalid-phone-number', 'rejected'],
    ['validation-failed', 'rejected'],
    ['step-up-required', 'rejected'],
    ['last-method', 'rejected'],
    ['phone-number-in-use', 'rejected'],
    ['voice-only-phone', 'rejected'],
    ['default-method-unusable', 'rejected'],
    ['sms-sign-in-not-allowed', 'rejected'],
    ['sms-sign-in-not-supported', 'rejected'],
    ['phone-number-not-unique', 'rejected'],
    ['no-methods-registered', 'rejected'],
    ['not-authenticated', 'rejected'],
    ['idempotency-key-reused', 'unexpected'],
    ['unexpected-response', 'unexpected'],
    ['network-error', 'retry'],
    ['timeout', 'retry'],
    ['internal-error', 'retry'],
    ['service-unavailable', 'retry'],
  ] as const)('%s → %s', (code, kind) => {
    expect(classify(describeError(problem(code))).kind).toBe(kind);
  });

  it('takes a wrong code with no tries left as locked', () => {
    expect(classify(describeError(problem('wrong-code', { attemptsLeft: 0 }))).kind).toBe('locked');
    expect(classify(describeError(problem('wrong-code', { attemptsLeft: 1 }))).kind).toBe('wrong');
  });

  it('takes anything that is not an API error as an answer it cannot read: unexpected', () => {
    const failure = classify(describeError(new TypeError('boom')));
    expect(failure).toMatchObject({ kind: 'unexpected', error: { code: 'unexpected-response' } });
  });
});

describe('flowPosition', () => {
  const awaiting = (current: number) => ({
    flowId: FLOW_ID,
    kind: 'password-reset' as const,
    stage: 'awaiting-method' as const,
    expiresInSeconds: 600,
    step: { current, total: 2 },
    methods: [],
    defaultMethodId: null,
  });

  it.each([
    ['a code', codeFlow(), 'code'],
    ['an authenticator code', appCodeFlow(), 'code'],
    ['a ringing call', callFlow('ringing'), 'call'],
    ['an answered call', callFlow('answered'), 'call'],
    ['a call that went to voicemail', callFlow('voicemail'), 'callEnded'],
    ['a call with no key', callFlow('no-key'), 'callEnded'],
    ['a declined call', callFlow('declined'), 'callEnded'],
    ['a call that rang out', callFlow('no-answer'), 'callEnded'],
    ['a call the backend gave up', callFlow('timed-out'), 'callEnded'],
    ['a locked flow', lockedFlow(), 'locked'],
    ['a completed flow', completedFlow(), 'finished'],
    ['the next reset step', awaiting(2), 'finished'],
    ['the same step back at the list (cancelled elsewhere)', awaiting(1), 'withdrawn'],
  ] as const)('%s → %s', (_, flow, expected) => {
    expect(flowPosition(flow, 1)).toBe(expected);
  });
});

describe('readCode', () => {
  it.each([
    ['123456', '123456', null],
    ['123 456', '123456', null],
    ['123-456', '123456', null],
    ['١٢٣٤٥٦', '123456', null],
    ['۱۲۳۴۵۶', '123456', null],
    ['１２３ ４５６', '123456', null],
    ['12', '12', 'incomplete'],
    ['', '', 'incomplete'],
    ['12a456', '12456', 'not-digits'],
    ['1234567', '1234567', 'too-long'],
    ['123 456 7', '1234567', 'too-long'],
  ] as const)('%j → %j (%s)', (typed, digits, problem) => {
    expect(readCode(typed, 6)).toEqual({ digits, problem });
  });

  it('never crashes, and checks only exactly `length` ASCII digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 6, max: 8 }), (typed, length) => {
        const { digits, problem } = readCode(typed, length);
        expect(digits).toMatch(/^[0-9]*$/);
        if (problem === null) expect(digits).toHaveLength(length);
      }),
    );
  });

  it('reads any code typed with separators or another script’s digits as the same code', () => {
    const scripts = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '０１２３４５６７８９'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.constantFrom('', ' ', '-', ' - '), { minLength: 6, maxLength: 6 }),
        fc.constantFrom(...scripts),
        (code, separators, script) => {
          const typed = code.map((digit, i) => `${script[digit]}${separators[i]}`).join('');
          expect(readCode(typed, 6)).toEqual({ digits: code.join(''), problem: null });
        },
      ),
    );
  });
});

describe('what to offer instead', () => {
  const office = { ...voiceMethod, id: 'office-voice', phoneType: 'office' as const };
  const altSms = { ...smsMethod, id: 'alt-sms', phoneType: 'alternateMobile' as const };

  it('offers a text to the phone being called, else to any phone', () => {
    expect(textInstead([smsMethod, voiceMethod], 'mobile-voice')?.id).toBe('mobile-sms');
    expect(textInstead([altSms, smsMethod, voiceMethod], 'mobile-voice')?.id).toBe('mobile-sms');
    expect(textInstead([altSms, office], 'office-voice')?.id).toBe('alt-sms');
    expect(textInstead([{ ...smsMethod, available: false }, voiceMethod], 'mobile-voice')).toBeNull();
  });

  it('suggests the methods the backend named, the recommended first, never the current one', () => {
    const methods = [smsMethod, voiceMethod, appMethod];
    expect(alternativesTo(methods, 'mobile-voice').map((m) => m.id)).toEqual(['app-code', 'mobile-sms']);
    expect(alternativesTo(methods, 'mobile-voice', ['mobile-sms']).map((m) => m.id)).toEqual(['mobile-sms']);
    expect(alternativesTo(methods, 'mobile-voice', ['unknown']).map((m) => m.id)).toEqual([
      'app-code',
      'mobile-sms',
    ]);
  });
});

it('polls quickly, eases off to 3 s, and backs off to 8 s on errors', () => {
  const ok = [1000];
  for (let i = 0; i < 4; i++) ok.push(nextPollDelay(ok.at(-1)!, false));
  expect(ok).toEqual([1000, 1500, 2250, 3000, 3000]);
  const failing = [1000];
  for (let i = 0; i < 4; i++) failing.push(nextPollDelay(failing.at(-1)!, true));
  expect(failing).toEqual([1000, 2000, 4000, 8000, 8000]);
});
