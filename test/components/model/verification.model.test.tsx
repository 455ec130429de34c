// Every state and transition of the shared verification statechart, on generated paths, replayed on
// the real screens (VerificationView) with the real API client and MSW answering.
import { fireEvent, screen } from '@testing-library/react';
import type { AnyEventObject, AnyMachineSnapshot } from 'xstate';
import type { ApiError } from '../../../src/api/errors';
import { errorText } from '../../../src/content/errors';
import { t } from '../../../src/content/i18n';
import {
  type VerificationActor,
  type VerificationSnapshot,
  verificationMachine,
} from '../../../src/flows/verification/machine';
import {
  callHelpOffered,
  callStatusOf,
  entryOf,
  resendOf,
  screenOf,
} from '../../../src/flows/verification/screen';
import { VerificationView } from '../../../src/flows/verification/VerificationView';
import type { WaysOut } from '../../../src/flows/verification/ways-out';
import {
  appCodeFlow,
  appMethod,
  callFlow,
  codeFlow,
  completedFlow,
  FLOW_ID,
  lockedFlow,
  networkError,
  problem,
  smsMethod,
  voiceMethod,
} from '../../support/flows';
import { ScreenShell } from '../../support/screen-shell';
import {
  after,
  done,
  expectFullCoverageOnScreens,
  fail,
  type ModelPath,
  type ModelSpec,
  replayOnScreen,
  settleOnScreen,
} from './harness';
import { type RequestKind, scriptedBackend } from './scripted-backend';

const INPUTS = [
  { send: { kind: 'sms-sign-in', phoneNumber: '+14255550100' }, remember: 'sms-sign-in' },
  { send: { kind: 'method', flowId: FLOW_ID, methodId: voiceMethod.id }, remember: 'password-sign-in' },
  { resumeFlowId: FLOW_ID, remember: 'sms-sign-in' },
];

const ANSWERS: AnyEventObject[] = [
  done('sendCode', codeFlow()),
  done('sendCode', appCodeFlow()),
  done('sendCode', callFlow('ringing', 0, 30)),
  done('sendCode', callFlow('voicemail', 12, 0)),
  done('sendCode', completedFlow()),
  done('sendCode', lockedFlow()),
  fail('sendCode', problem('text-limit', { retryAfterSeconds: 60, alternatives: [smsMethod.id] })),
  fail('sendCode', problem('verification-blocked')),
  fail('sendCode', problem('flow-locked')),
  fail('sendCode', problem('flow-expired')),
  fail('sendCode', problem('invalid-phone-number')),
  fail('sendCode', networkError()),
  done('loadFlow', codeFlow({ resendInSeconds: 5 })),
  done('loadFlow', callFlow('ringing', 5, 25)),
  fail('loadFlow', problem('flow-expired')),
  fail('loadFlow', networkError()),
  done('checkCode', completedFlow()),
  fail('checkCode', problem('wrong-code', { attemptsLeft: 3 })),
  fail('checkCode', problem('wrong-code', { attemptsLeft: 0 })),
  fail('checkCode', problem('code-expired')),
  fail('checkCode', problem('flow-locked')),
  fail('checkCode', problem('flow-expired')),
  fail('checkCode', problem('too-many-requests', { retryAfterSeconds: 20 })),
  fail('checkCode', networkError()),
  done('resendCode', codeFlow()),
  fail('resendCode', problem('resend-cooldown', { retryAfterSeconds: 12 })),
  fail('resendCode', problem('text-limit', { retryAfterSeconds: 600 })),
  fail('resendCode', problem('verification-blocked')),
  fail('resendCode', problem('flow-locked')),
  fail('resendCode', problem('flow-expired')),
  fail('resendCode', networkError()),
  done('pollCall', callFlow('answered', 3, 20)),
  done('pollCall', callFlow('no-key', 20, 0)),
  done('pollCall', completedFlow('password-sign-in')),
  done('pollCall', lockedFlow('fraud-reported')),
  fail('pollCall', networkError()),
  fail('pollCall', problem('flow-expired')),
  fail('pollCall', problem('flow-locked')),
];

const TIMERS = [
  after('resendCooldown', 'verification.code.resend.coolingDown'),
  after('resendCooldown', 'verification.code.resend.limited'),
  after('retryAfter', 'verification.code.entry.throttled'),
  after('retryAfter', 'verification.throttled'),
  after('pollDelay', 'verification.calling.waiting'),
];

/** What the person can do on the screen this state shows (the model offers nothing else). */
function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as VerificationSnapshot;
  const screenName = screenOf(snapshot);
  const events: AnyEventObject[] = [];
  if (screenName === 'code' && entryOf(snapshot) === 'editing') {
    events.push(
      { type: 'CODE.CHANGE', code: '12' },
      { type: 'CODE.CHANGE', code: '123 456' },
      { type: 'CODE.SUBMIT' },
    );
  }
  if (screenName === 'code' && resendOf(snapshot) === 'ready') events.push({ type: 'CODE.RESEND' });
  if ((screenName === 'calling' && callHelpOffered(snapshot)) || screenName === 'callEnded')
    events.push({ type: 'CALL.AGAIN' });
  if (snapshot.matches('retryable') || screenName === 'sendFailed' || screenName === 'resumeFailed') {
    events.push({ type: 'RETRY' });
  }
  return events;
}

const spec: ModelSpec = {
  machine: verificationMachine,
  inputs: INPUTS,
  events: (snapshot) => [...userEvents(snapshot), ...ANSWERS, ...TIMERS],
  serialize: (s) => {
    const { context } = s as VerificationSnapshot;
    const calling = s.matches('calling');
    return JSON.stringify([
      s.value,
      context.code.length === context.codeLength,
      context.resendAt !== null,
      context.resendError !== null,
      calling ? context.waitedMs : 0,
      calling ? context.pollDelayMs : 0,
      callHelpOffered(s as VerificationSnapshot),
      s.status,
    ]);
  },
  stubbed: ['sendCode', 'loadFlow', 'checkCode', 'resendCode'],
};

const KIND: Record<string, RequestKind> = {
  sendCode: 'send',
  loadFlow: 'read',
  pollCall: 'read',
  checkCode: 'check',
  resendCode: 'resend',
};

const ways: WaysOut = {
  methods: [smsMethod, voiceMethod, appMethod],
  currentMethodId: voiceMethod.id,
  onSelectMethod: () => undefined,
  anotherWay: { label: 'Sign in another way', onSelect: () => undefined },
  restart: { label: 'Start again', onSelect: () => undefined },
};

const heading = () => screen.getByRole('heading', { level: 1 }).textContent ?? '';

/** The screen each state must show: checked after every step of every path. */
function expectScreen(snapshot: VerificationSnapshot) {
  const { context } = snapshot;
  switch (screenOf(snapshot)) {
    case 'starting':
    case 'finished':
      expect(heading()).toBe('The parent’s screen');
      break;
    case 'working':
      expect([t('app.loading'), t('verification.sending.code'), t('verification.sending.call')]).toContain(
        heading(),
      );
      break;
    case 'code': {
      expect(heading()).toBe(t('verification.code.heading'));
      const field = screen.getByLabelText(t('verification.code.label'));
      expect(field).toHaveValue(context.code);
      expect(field.hasAttribute('readonly')).toBe(entryOf(snapshot) !== 'editing');
      const verify = screen.getByRole('button', { name: /Verify|Checking the code/ });
      expect(verify.getAttribute('aria-busy') === 'true').toBe(snapshot.hasTag('busy'));
      if (resendOf(snapshot) === 'resending')
        expect(screen.getByRole('button', { name: t('verification.code.resending') })).toBeVisible();
      break;
    }
    case 'calling':
      expect(heading()).toBe(t('verification.call.heading'));
      break;
    case 'callEnded':
      expect(heading()).toBe(t(`verification.call.ended.${callStatusOf(snapshot) as 'voicemail'}.heading`));
      break;
    case 'throttled':
    case 'blocked':
      expect(heading()).toBe(errorText(context.error!).title);
      break;
    case 'sendFailed':
      expect([
        t('verification.sendFailed.code.heading'),
        t('verification.sendFailed.call.heading'),
      ]).toContain(heading());
      break;
    case 'resumeFailed':
      expect(heading()).toBe(t('verification.resumeFailed.heading'));
      break;
    case 'locked':
      expect([t('verification.locked.codes.heading'), t('verification.locked.fraud.heading')]).toContain(
        heading(),
      );
      break;
    case 'expired':
      expect(heading()).toBe(t('verification.expired.heading'));
      break;
  }
}

/** Replays one generated path on the real screens; returns what it covered. */
/** Causes one event of a path on the screens. */
function perform(backend: ReturnType<typeof scriptedBackend>) {
  return async (event: AnyEventObject) => {
    const { type } = event;
    if (type.startsWith('xstate.done.actor.') || type.startsWith('xstate.error.actor.')) {
      const id = type.replace(/^xstate\.(done|error)\.actor\./, '');
      await settleOnScreen();
      backend.answer(KIND[id]!, type.startsWith('xstate.done') ? event.output : (event.error as ApiError));
    } else if (type === 'CODE.CHANGE') {
      fireEvent.change(screen.getByLabelText(t('verification.code.label')), {
        target: { value: event.code },
      });
    } else if (type === 'CODE.SUBMIT') {
      fireEvent.click(screen.getByRole('button', { name: t('verification.code.submit') }));
    } else if (type === 'CODE.RESEND') {
      fireEvent.click(screen.getByRole('button', { name: t('verification.code.resend') }));
    } else if (type === 'CALL.AGAIN') {
      fireEvent.click(screen.getByRole('button', { name: t('verification.call.again') }));
    } else if (type === 'RETRY') {
      fireEvent.click(screen.getByRole('button', { name: t('verification.tryAgain') }));
    } else {
      throw new Error(`no way to cause ${type} on the screen`);
    }
  };
}

const replayOnScreens = (path: ModelPath) =>
  replayOnScreen<VerificationActor>({
    machine: verificationMachine,
    path,
    screens: (actor) => (
      <ScreenShell>
        <VerificationView actor={actor} ways={ways} starting={<h1>The parent’s screen</h1>} />
      </ScreenShell>
    ),
    perform: perform(scriptedBackend()),
    expectScreen: (snapshot) => expectScreen(snapshot as VerificationSnapshot),
  });

describe('verification statechart, model-based, on the real screens', () => {
  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('verification', spec, replayOnScreens);
  }, 120_000);
});
