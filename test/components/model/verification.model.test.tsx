// Every state and transition of the shared verification statechart, on generated paths, replayed on
// the real screens (VerificationView) with the real API client and MSW answering. What each state must
// show is decided here from the state and its context, not by the app's own screen selector.
import { fireEvent, screen } from '@testing-library/react';
import type { AnyEventObject, AnyMachineSnapshot } from 'xstate';
import type { ApiError } from '../../../src/api/errors';
import { preloadClient } from '../../../src/api/load-client';
import type { Flow, VerificationMethod } from '../../../src/api/types';
import { passwordReset } from '../../../src/content/en/password-reset';
import { smsSignIn } from '../../../src/content/en/sms-sign-in';
import { errorText } from '../../../src/content/errors';
import { addMessages, type MessageId, t } from '../../../src/content/i18n';
import {
  type VerificationActor,
  type VerificationInput,
  type VerificationSnapshot,
  verificationMachine,
} from '../../../src/flows/verification/machine';
import { readCode } from '../../../src/flows/verification/rules';
import { VerificationView } from '../../../src/flows/verification/View';
import {
  appCodeFlow,
  appMethod,
  awaitingFlow,
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

// The flows that host the verification register their own words (its ways out, reset's lock) with
// their views; here it runs alone, under every host at once.
await addMessages({ smsSignIn, passwordReset });

const resetSms: VerificationMethod = { ...smsMethod, requiresPhoneConfirmation: true };
const SMS_WAYS = { anotherWay: 'smsSignIn.anotherWay', restart: 'smsSignIn.useDifferentNumber' } as const;
const MFA_WAYS = {
  anotherWay: 'verification.anotherWay',
  restart: 'verification.startAgain',
  cancelCall: true,
} as const;

const INPUTS: VerificationInput[] = [
  { send: { kind: 'sms-sign-in', phoneNumber: '+14255550100' }, ways: SMS_WAYS },
  {
    send: { kind: 'method', flowId: FLOW_ID, methodId: voiceMethod.id },
    methods: [smsMethod, voiceMethod, appMethod],
    ways: MFA_WAYS,
  },
  { resumeFlowId: FLOW_ID, methods: [smsMethod, voiceMethod, appMethod], ways: MFA_WAYS },
  {
    send: { kind: 'method', flowId: FLOW_ID, methodId: resetSms.id },
    methods: [resetSms, appMethod],
    ways: MFA_WAYS,
  },
];

const backAtTheList = awaitingFlow();

/** A short call: the client's ceiling (its time left plus a grace) comes after a few polls. */
const ringing = (status: 'ringing' | 'answered' = 'ringing') => callFlow(status, 0, 3);
const unreadable = () => problem('unexpected-response', {}, 200);

const ANSWERS: AnyEventObject[] = [
  done('sendCode', codeFlow()),
  done('sendCode', appCodeFlow()),
  done('sendCode', ringing()),
  done('sendCode', callFlow('voicemail', 12, 0)),
  done('sendCode', completedFlow()),
  done('sendCode', lockedFlow()),
  fail('sendCode', problem('text-limit', { retryAfterSeconds: 60, alternatives: [smsMethod.id] })),
  fail('sendCode', problem('resend-cooldown', { retryAfterSeconds: 20 })),
  fail('sendCode', problem('verification-blocked')),
  fail('sendCode', problem('reset-locked', { retryAfterSeconds: 86_400, reference: 'REF-7' })),
  fail('sendCode', problem('flow-locked')),
  fail('sendCode', problem('flow-expired')),
  fail('sendCode', problem('phone-mismatch')),
  fail('sendCode', problem('flow-stage-mismatch')),
  fail('sendCode', problem('invalid-phone-number')),
  fail('sendCode', unreadable()),
  fail('sendCode', networkError()),
  done('loadFlow', codeFlow({ resendInSeconds: 5 })),
  done('loadFlow', callFlow('ringing', 5, 3)),
  done('loadFlow', backAtTheList),
  fail('loadFlow', problem('flow-expired')),
  fail('loadFlow', problem('flow-locked')),
  fail('loadFlow', unreadable()),
  fail('loadFlow', networkError()),
  fail('loadFlow', problem('validation-failed')),
  done('checkCode', completedFlow()),
  fail('checkCode', problem('wrong-code', { attemptsLeft: 3 })),
  fail('checkCode', problem('wrong-code', { attemptsLeft: 0 })),
  fail('checkCode', problem('code-expired')),
  fail('checkCode', problem('flow-locked')),
  fail('checkCode', problem('flow-expired')),
  fail('checkCode', problem('reset-locked', { retryAfterSeconds: 86_400 })),
  fail('checkCode', problem('flow-stage-mismatch')),
  fail('checkCode', problem('too-many-requests', { retryAfterSeconds: 20 })),
  fail('checkCode', unreadable()),
  fail('checkCode', networkError()),
  done('resendCode', codeFlow()),
  fail('resendCode', problem('resend-cooldown', { retryAfterSeconds: 12 })),
  fail('resendCode', problem('text-limit', { retryAfterSeconds: 600 })),
  fail('resendCode', problem('verification-blocked')),
  fail('resendCode', problem('flow-locked')),
  fail('resendCode', problem('flow-expired')),
  fail('resendCode', problem('reset-locked', { retryAfterSeconds: 86_400 })),
  fail('resendCode', problem('flow-stage-mismatch')),
  fail('resendCode', problem('validation-failed')),
  fail('resendCode', unreadable()),
  fail('resendCode', networkError()),
  fail('resendCode', problem('idempotency-key-reused')),
  done('pollCall', ringing('answered')),
  done('pollCall', callFlow('no-key', 20, 0)),
  done('pollCall', completedFlow('password-sign-in')),
  done('pollCall', lockedFlow('fraud-reported')),
  fail('pollCall', networkError()),
  fail('pollCall', problem('flow-expired')),
  fail('pollCall', problem('flow-locked')),
  fail('pollCall', unreadable()),
  done('leaveCall', backAtTheList),
  done('leaveCall', completedFlow('password-sign-in')),
];

const TIMERS = [
  after('resendCooldown', 'verification.code.resend.coolingDown'),
  after('resendCooldown', 'verification.code.resend.limited'),
  after('retryAfter', 'verification.code.field.throttled'),
  after('codeHelp', 'verification.code.help.hidden'),
  after('retryAfter', 'verification.throttled'),
  after('pollDelay', 'verification.calling.poll.waiting'),
  after('callHelp', 'verification.calling.help.hidden'),
];

const leave = (way: 'anotherWay' | 'restart' | 'cancelCall') => ({ type: 'LEAVE', leave: { way } });
const choose = (methodId: string) => ({ type: 'LEAVE', leave: { way: 'method', methodId } });

/** What the person can do on the screen this state shows (the model offers nothing else). */
function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as VerificationSnapshot;
  const { context } = snapshot;
  const is = (value: object | string) => snapshot.matches(value as never);
  if (is('sending'))
    return context.flow === null && context.confirmNumber === ''
      ? [choose(voiceMethod.id), leave('restart')] // the parent's own screen, busy
      : [leave('restart')];
  if (is('confirmingNumber'))
    return [
      { type: 'NUMBER.CHANGE', number: '425 555 0110' },
      { type: 'NUMBER.CHANGE', number: '425 555 0199' },
      { type: 'NUMBER.SUBMIT' },
      leave('restart'),
    ];
  // the check's or the resend's answer made no sense: the unexpected screen, over the code's
  if (is({ code: { field: 'unexpected' } }) || is({ code: { resend: 'unexpected' } }))
    return [{ type: 'RETRY' }, leave('restart')];
  if (is('code')) {
    const events: AnyEventObject[] = [leave('restart')];
    if (is({ code: { field: 'editing' } }))
      events.push(
        { type: 'CODE.CHANGE', code: '12' },
        { type: 'CODE.CHANGE', code: '123 456' },
        { type: 'CODE.CHANGE', code: '12a' },
        { type: 'CODE.SUBMIT' },
      );
    if (is({ code: { resend: 'ready' } })) events.push({ type: 'CODE.RESEND' });
    if (is({ code: { resend: 'limited' } }) && context.methods.length > 0) events.push(choose(appMethod.id));
    return events;
  }
  if (is('calling'))
    return [
      context.ways.cancelCall ? leave('cancelCall') : leave('restart'),
      ...(is({ calling: { help: 'offered' } }) ? [{ type: 'CALL.AGAIN' }, choose(smsMethod.id)] : []),
    ];
  if (is('callEnded')) return [{ type: 'CALL.AGAIN' }, choose(smsMethod.id)];
  if (is('hangingUp')) return [leave('restart')];
  if (is('retryable') || is('sendFailed') || is('readFailed'))
    return [{ type: 'RETRY' }, leave('anotherWay')];
  if (is('throttled') || is('blocked'))
    return context.methods.length > 0 ? [choose(appMethod.id), leave('restart')] : [leave('restart')];
  if (is('unexpected')) return [{ type: 'RETRY' }, leave('restart')];
  if (is('denied') || is('locked') || is('expired')) return [leave('restart')];
  return [];
}

const POLL_ANSWERS = new Set(ANSWERS.filter((e) => e.type.endsWith('.pollCall')));
const STILL_RINGING = ANSWERS.find((e) => e.type === 'xstate.done.actor.pollCall')!;
const NO_ANSWER = ANSWERS.find((e) => e.type === 'xstate.error.actor.pollCall')!;

/**
 * Every answer at the first poll; after it, only the one that keeps the call going the way it went
 * (answered-and-waiting, or no answer with back-off), so the polls reach the client's ceiling in two
 * straight lines instead of every mix of the two.
 */
function answers(s: AnyMachineSnapshot): AnyEventObject[] {
  const { context } = s as VerificationSnapshot;
  if (!s.matches({ calling: { poll: 'checking' } } as never) || context.waitedMs <= 1_000) return ANSWERS;
  const backingOff = [2_000, 4_000, 8_000].includes(context.pollDelayMs);
  return [...ANSWERS.filter((e) => !POLL_ANSWERS.has(e)), backingOff ? NO_ANSWER : STILL_RINGING];
}

const spec: ModelSpec = {
  machine: verificationMachine,
  inputs: INPUTS,
  events: (snapshot) => [...userEvents(snapshot), ...answers(snapshot), ...TIMERS],
  // The state plus what the guards of that state read: nothing else tells two states apart.
  serialize: (s) => {
    const { context } = s as VerificationSnapshot;
    const is = (value: object | string) => s.matches(value as never);
    const read = [s.value, s.status, context.flow?.stage ?? null, context.resumeFlowId !== null];
    if (is('code'))
      read.push(
        context.code === '' ? 'empty' : readCode(context.code, context.codeLength).problem,
        context.resendAt !== null,
        context.resendFailure !== null,
      );
    if (is('calling')) read.push(context.waitedMs, context.pollDelayMs);
    if (is('confirmingNumber') || is('sending')) read.push(context.confirmE164, context.confirmNumber !== '');
    return JSON.stringify(read);
  },
  stubbed: ['sendCode', 'loadFlow', 'checkCode', 'resendCode', 'leaveCall', 'holdLine'],
};

const KIND: Record<string, RequestKind> = {
  sendCode: 'send',
  loadFlow: 'read',
  pollCall: 'read',
  checkCode: 'check',
  resendCode: 'resend',
  leaveCall: 'read',
};

const heading = () => screen.getByRole('heading', { level: 1 }).textContent ?? '';
const PARENT = 'The parent’s screen';

const ENDED = {
  voicemail: 'verification.call.ended.voicemail.heading',
  'no-key': 'verification.call.ended.no-key.heading',
  declined: 'verification.call.ended.declined.heading',
  'no-answer': 'verification.call.ended.no-answer.heading',
  'timed-out': 'verification.call.ended.timed-out.heading',
} as const;

/** The answer that made no sense, in a state that says so (the send's, the check's or the resend's). */
function unexpectedAnswer(snapshot: VerificationSnapshot) {
  const { failure, resendFailure } = snapshot.context;
  if (snapshot.matches('unexpected') || snapshot.matches({ code: { field: 'unexpected' } })) return failure;
  if (snapshot.matches({ code: { resend: 'unexpected' } })) return resendFailure;
  return null;
}

/** The heading each state must show, from the state and its context alone. */
function expectedHeading(snapshot: VerificationSnapshot): string {
  const { context } = snapshot;
  const is = (value: object | string) => snapshot.matches(value as never);
  const failure = context.failure?.error;
  const placesCall =
    context.flow?.stage === 'verifying'
      ? context.flow.verification.type === 'voice'
      : context.send?.kind === 'method' && context.send.methodId === voiceMethod.id;
  if (snapshot.status === 'done') return PARENT;
  if (is('sending')) {
    if (context.flow === null && context.resumeFlowId === null)
      return context.confirmNumber === '' ? PARENT : t('verification.confirm.heading');
    return t(placesCall ? 'verification.sending.call' : 'verification.sending.code');
  }
  if (is('confirmingNumber')) return t('verification.confirm.heading');
  if (unexpectedAnswer(snapshot)) return t('verification.unexpected.heading');
  if (is('code')) return t('verification.code.heading');
  if (is('calling')) return t('verification.call.heading');
  if (is('callEnded')) {
    const status = context.flow?.stage === 'verifying' ? context.flow.verification.call?.status : undefined;
    return t(
      ENDED[context.callTimedOut || !status || !(status in ENDED) ? 'timed-out' : (status as 'voicemail')],
    );
  }
  if (is('hangingUp')) return t('verification.hangingUp');
  if (is('throttled') || is('retryable') || is('blocked') || is('denied')) return errorText(failure!).title;
  if (is('sendFailed'))
    return t(placesCall ? 'verification.sendFailed.call.heading' : 'verification.sendFailed.code.heading');
  if (is('readFailed')) return t('verification.resumeFailed.heading');
  if (is('expired')) return t('verification.expired.heading');
  if (is('locked'))
    return t(
      context.flow?.stage === 'locked' && context.flow.reason === 'fraud-reported'
        ? 'verification.locked.fraud.heading'
        : 'verification.locked.codes.heading',
    );
  return t('app.loading');
}

/** The screen each state must show: checked after every step of every path. */
function expectScreen(snapshot: VerificationSnapshot) {
  expect(heading()).toBe(expectedHeading(snapshot));
  const { context } = snapshot;
  const unexpected = unexpectedAnswer(snapshot);
  if (unexpected) {
    // what it was, in words, and the same request again
    expect(screen.getByRole('alert')).toHaveTextContent(errorText(unexpected.error).title);
    expect(screen.getByRole('button', { name: t('verification.tryAgain') })).toBeVisible();
  } else if (snapshot.matches('code')) {
    const field = screen.getByLabelText(t('verification.code.label'));
    expect(field).toHaveValue(context.code);
    expect(field.hasAttribute('readonly')).toBe(!snapshot.matches({ code: { field: 'editing' } }));
    const verify = screen.getByRole('button', { name: /^(Verify|Checking the code…)$/ });
    expect(verify.getAttribute('aria-busy') === 'true').toBe(
      snapshot.matches({ code: { field: 'checking' } }),
    );
    const wrong = context.failure?.kind === 'wrong';
    expect(field.getAttribute('aria-invalid') === 'true').toBe(wrong || context.codeProblem !== null);
    if (snapshot.matches({ code: { resend: 'resending' } }))
      expect(screen.getByRole('button', { name: t('verification.code.resending') })).toBeVisible();
  }
  if (snapshot.matches('confirmingNumber')) {
    const field = screen.getByLabelText(t('verification.confirm.label'));
    expect(field).toHaveValue(context.confirmNumber);
    const refused = context.confirmProblem !== null || context.failure?.kind === 'mismatch';
    expect(field.getAttribute('aria-invalid') === 'true').toBe(refused);
  }
  if (snapshot.matches('calling')) {
    // A poll that got no answer is said (polling goes on); the next answer takes it away.
    const trouble = screen.queryByText(t('verification.call.trouble'));
    expect(trouble !== null).toBe(context.failure !== null);
    if (context.failure)
      expect(screen.getByRole('alert')).toHaveTextContent(errorText(context.failure.error).title);
  }
  if (snapshot.matches('blocked') || snapshot.matches('denied')) {
    expect(screen.queryByRole('button', { name: t('verification.tryAgain') })).toBeNull();
  }
  if (snapshot.matches('denied')) {
    expect(screen.queryByRole('heading', { name: t('verification.alternatives.heading') })).toBeNull();
    if (context.failure?.error.reference)
      expect(screen.getByText(new RegExp(context.failure.error.reference))).toBeVisible();
  }
}

const link = (name: MessageId) => screen.getByRole('button', { name: t(name) });

/** Causes one event of a path on the screens. */
function perform(backend: ReturnType<typeof scriptedBackend>) {
  return async (event: AnyEventObject, actor: VerificationActor) => {
    const { type } = event;
    const snapshot = actor.getSnapshot();
    const ways = snapshot.context.ways;
    if (type.startsWith('xstate.done.actor.') || type.startsWith('xstate.error.actor.')) {
      const id = type.replace(/^xstate\.(done|error)\.actor\./, '');
      await settleOnScreen();
      backend.answer(
        KIND[id]!,
        type.startsWith('xstate.done') ? (event.output as Flow) : (event.error as ApiError),
      );
    } else if (type === 'CODE.CHANGE') {
      fireEvent.change(screen.getByLabelText(t('verification.code.label')), {
        target: { value: event.code },
      });
    } else if (type === 'CODE.SUBMIT') {
      fireEvent.click(link('verification.code.submit'));
    } else if (type === 'CODE.RESEND') {
      fireEvent.click(link('verification.code.resend'));
    } else if (type === 'NUMBER.CHANGE') {
      fireEvent.change(screen.getByLabelText(t('verification.confirm.label')), {
        target: { value: event.number },
      });
    } else if (type === 'NUMBER.SUBMIT') {
      fireEvent.click(link('verification.confirm.submit'));
    } else if (type === 'CALL.AGAIN') {
      fireEvent.click(link('verification.call.again'));
    } else if (type === 'RETRY') {
      fireEvent.click(link('verification.tryAgain'));
    } else if (type === 'LEAVE' && event.leave.way === 'method') {
      if (heading() === PARENT)
        fireEvent.click(screen.getByRole('button', { name: 'Call me (the parent’s list)' }));
      else if (event.leave.methodId === smsMethod.id) fireEvent.click(link('verification.call.textInstead'));
      else fireEvent.click(screen.getByRole('button', { name: /authenticator app/ }));
    } else if (type === 'LEAVE') {
      const way = event.leave.way as 'anotherWay' | 'restart' | 'cancelCall';
      if (heading() === PARENT)
        fireEvent.click(screen.getByRole('button', { name: 'Start again (the parent’s)' }));
      else if (way === 'cancelCall') fireEvent.click(link('verification.call.cancel'));
      else if (way === 'anotherWay')
        fireEvent.click(screen.getByRole('button', { name: t(ways.anotherWay!) }));
      else if (snapshot.matches('locked') || snapshot.matches('expired'))
        fireEvent.click(link('verification.startAgain'));
      else fireEvent.click(screen.getByRole('button', { name: t(ways.restart) }));
    } else {
      throw new Error(`no way to cause ${type} on the screen`);
    }
  };
}

/** What a parent shows while the first request is under way: its own form, which can still leave. */
function ParentScreen({ actor }: { actor: VerificationActor }) {
  return (
    <>
      <h1>{PARENT}</h1>
      <button type="button" onClick={() => actor.send(choose(voiceMethod.id) as never)}>
        Call me (the parent’s list)
      </button>
      <button type="button" onClick={() => actor.send(leave('restart') as never)}>
        Start again (the parent’s)
      </button>
    </>
  );
}

const replayOnScreens = (path: ModelPath) =>
  replayOnScreen<VerificationActor>({
    machine: verificationMachine,
    path,
    screens: (actor) => (
      <ScreenShell>
        <VerificationView actor={actor} starting={<ParentScreen actor={actor} />} />
      </ScreenShell>
    ),
    perform: perform(scriptedBackend()),
    expectScreen: (snapshot) => expectScreen(snapshot as VerificationSnapshot),
  });

describe('verification statechart, model-based, on the real screens', () => {
  // In the app the API client downloads while the person types; here, before the run.
  beforeAll(() => preloadClient());

  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('verification', spec, replayOnScreens);
  }, 240_000);
});
