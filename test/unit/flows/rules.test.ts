// The verification statechart's guards are these pure rules: checked here answer by answer.
import { PROBLEM_CODES } from '../../../src/api/errors';
import {
  flowPosition,
  nextPollDelay,
  normalizeCode,
  resendFailure,
  sendFailure,
  submitFailure,
} from '../../../src/flows/verification/rules';
import { callHelpOffered } from '../../../src/flows/verification/screen';
import { appCodeFlow, callFlow, codeFlow, completedFlow, lockedFlow } from '../../support/flows';

describe('sendFailure', () => {
  it.each([
    ['text-limit', 'throttled'],
    ['call-limit', 'throttled'],
    ['too-many-requests', 'throttled'],
    ['reset-locked', 'throttled'],
    ['verification-blocked', 'blocked'],
    ['user-blocked', 'blocked'],
    ['voice-unavailable', 'blocked'],
    ['country-not-enabled', 'blocked'],
    ['method-not-available', 'blocked'],
    ['method-not-registered', 'blocked'],
    ['flow-locked', 'locked'],
    ['flow-expired', 'expired'],
    ['invalid-phone-number', 'rejected'],
    ['phone-mismatch', 'rejected'],
    ['validation-failed', 'rejected'],
    ['network-error', 'failed'],
    ['timeout', 'failed'],
    ['unexpected-response', 'failed'],
    ['internal-error', 'failed'],
    ['service-unavailable', 'failed'],
  ] as const)('%s → %s', (code, expected) => {
    expect(sendFailure(code)).toBe(expected);
  });

  it('classifies every problem code the contract has', () => {
    for (const code of PROBLEM_CODES) {
      expect(['throttled', 'blocked', 'locked', 'expired', 'rejected', 'failed']).toContain(
        sendFailure(code),
      );
    }
  });
});

describe('submitFailure', () => {
  it.each([
    ['wrong-code', 3, 'wrong'],
    ['wrong-code', 0, 'locked'],
    ['code-expired', null, 'codeExpired'],
    ['flow-locked', null, 'locked'],
    ['flow-expired', null, 'expired'],
    ['too-many-requests', null, 'throttled'],
    ['network-error', null, 'failed'],
    ['unexpected-response', null, 'failed'],
  ] as const)('%s with %s attempts left → %s', (code, left, expected) => {
    expect(submitFailure(code, left)).toBe(expected);
  });
});

describe('resendFailure', () => {
  it.each([
    ['resend-cooldown', 'cooldown'],
    ['text-limit', 'limited'],
    ['too-many-requests', 'limited'],
    ['verification-blocked', 'unavailable'],
    ['flow-stage-mismatch', 'unavailable'],
    ['flow-locked', 'locked'],
    ['flow-expired', 'expired'],
    ['network-error', 'failed'],
  ] as const)('%s → %s', (code, expected) => {
    expect(resendFailure(code)).toBe(expected);
  });
});

describe('flowPosition', () => {
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
  ] as const)('%s → %s', (_, flow, expected) => {
    expect(flowPosition(flow)).toBe(expected);
  });
});

it.each([
  ['123456', '123456'],
  ['123 456', '123456'],
  ['123-456', '123456'],
  [' 12a34 56 7', '123456'],
  ['', ''],
])('normalizeCode(%j) → %j', (raw, expected) => {
  expect(normalizeCode(raw, 6)).toBe(expected);
});

it('polls quickly, eases off to 3 s, and backs off to 8 s on errors', () => {
  const ok = [1000];
  for (let i = 0; i < 4; i++) ok.push(nextPollDelay(ok.at(-1)!, false));
  expect(ok).toEqual([1000, 1500, 2250, 3000, 3000]);
  const failing = [1000];
  for (let i = 0; i < 4; i++) failing.push(nextPollDelay(failing.at(-1)!, true));
  expect(failing).toEqual([1000, 2000, 4000, 8000, 8000]);
});

it('offers call help after ten seconds of waiting, not before', () => {
  const calling = (callWaitedMs: number) =>
    ({ matches: (state: string) => state === 'calling', context: { callWaitedMs } }) as never;
  expect(callHelpOffered(calling(9_999))).toBe(false);
  expect(callHelpOffered(calling(10_000))).toBe(true);
});
