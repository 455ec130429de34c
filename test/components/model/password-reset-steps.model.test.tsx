// Every state and transition of a reset's steps (password-reset-steps), on generated paths, replayed
// on the real screens with MSW answering. The verification child is the real one: a path's "the
// verification finished" step is played through its screens. What each state must show is decided
// here from the states themselves, not by the app's selectors.
import { fireEvent, screen } from '@testing-library/react';
import type { ActorRefFrom, AnyEventObject, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import { describeError } from '../../../src/api/errors';
import { preloadClient } from '../../../src/api/load-client';
import type {
  Flow,
  FlowAwaitingMethod,
  FlowPasswordRequired,
  VerificationMethod,
} from '../../../src/api/types';
import { errorText } from '../../../src/content/errors';
import { t } from '../../../src/content/i18n';
import { resetStepsMachine } from '../../../src/flows/password-reset-steps/machine';
import { ResetStepsView } from '../../../src/flows/password-reset-steps/View';
import { rememberedFlow, rememberFlow } from '../../../src/flows/remembered-flow';
import { classify } from '../../../src/flows/verification/rules';
import {
  appCodeFlow,
  appMethod,
  awaitingFlow,
  callFlow,
  FLOW_ID,
  networkError,
  passwordRequiredFlow,
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
import { scriptedBackend } from './scripted-backend';

type Snapshot = SnapshotFrom<typeof resetStepsMachine>;
type Actor = ActorRefFrom<typeof resetStepsMachine>;

const resetSms: VerificationMethod = { ...smsMethod, requiresPhoneConfirmation: true };
const limitedCall: VerificationMethod = {
  ...voiceMethod,
  available: false,
  unavailableReason: 'call-limit',
  retryAfterSeconds: 60,
};
const step = (current: number, methods: VerificationMethod[]): FlowAwaitingMethod => ({
  ...awaitingFlow(methods),
  kind: 'password-reset',
  step: { current, total: 2 },
  user: { username: 'sam@contoso.example' },
});
const STEP_1 = step(1, [resetSms, limitedCall, appMethod]);
const STEP_2 = step(2, [appMethod]);
const PASSWORD_REQUIRED = passwordRequiredFlow();
const COMPLETED: Flow = { flowId: FLOW_ID, kind: 'password-reset', stage: 'completed' };
const resetAppCode = (): Flow => ({
  ...appCodeFlow(),
  kind: 'password-reset',
  methods: [resetSms, appMethod],
});

const ANSWERS: AnyEventObject[] = [
  done('loadFlow', STEP_1),
  done('loadFlow', STEP_2),
  done('loadFlow', PASSWORD_REQUIRED),
  done('loadFlow', COMPLETED),
  done('loadFlow', resetAppCode()),
  done('loadFlow', { ...COMPLETED, stage: 'locked', reason: 'too-many-wrong-codes' }),
  fail('loadFlow', problem('flow-expired')),
  fail('loadFlow', networkError()),
  done('setPassword', COMPLETED),
  done('setPassword', PASSWORD_REQUIRED),
  fail('setPassword', problem('password-banned', { violations: ['banned', 'contains-user-name'] })),
  fail('setPassword', problem('flow-expired')),
  // the answer lost, garbled, or "the reset moved on": where the reset stands is read
  fail('setPassword', networkError()),
  fail('setPassword', problem('unexpected-response', {}, 200)),
  fail('setPassword', problem('flow-stage-mismatch')),
];

const outcome = (output: unknown) => done('verification', output);
const TO_STEP_2 = outcome({ outcome: 'verified', flow: STEP_2 });
const TO_PASSWORD = outcome({ outcome: 'verified', flow: PASSWORD_REQUIRED });
const VERIFIED_OTHERWISE = outcome({ outcome: 'verified', flow: COMPLETED });
const TEXT_INSTEAD = outcome({ outcome: 'left', leave: { way: 'method', methodId: resetSms.id } });
const STARTED_AGAIN = outcome({ outcome: 'left', leave: { way: 'restart' } });
const ANOTHER_METHOD = outcome({ outcome: 'left', leave: { way: 'anotherWay' } });
const REJECTED = outcome({
  outcome: 'rejected',
  failure: classify(describeError(problem('validation-failed'))),
});

/** The child stops at the lock on the name (reset-locked): the reset is forgotten, the child's screen stays. */
const LOCKED_ON_NAME = { type: 'xstate.snapshot.verification', snapshot: { value: 'denied' } };

const TIMERS = [after('limitLifts', 'resetSteps.choosingMethod.limited')];

function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as Snapshot;
  if (snapshot.matches('choosingMethod'))
    return [{ type: 'METHOD.SELECT', methodId: appMethod.id }, { type: 'RESTART' }];
  if (snapshot.matches('verifying'))
    return [
      TO_STEP_2,
      TO_PASSWORD,
      VERIFIED_OTHERWISE,
      STARTED_AGAIN,
      ANOTHER_METHOD,
      ...(snapshot.context.resumeVerification ? [] : [TEXT_INSTEAD, REJECTED, LOCKED_ON_NAME]),
    ];
  if (snapshot.matches({ newPassword: 'editing' }))
    return [
      { type: 'PASSWORD.CHANGE', password: 'Tr0ub4dor&3x' },
      { type: 'PASSWORD.CHANGE', password: 'Harbour-Lights-42' },
      { type: 'PASSWORD.CHANGE', password: 'abc' },
      { type: 'CONFIRM.CHANGE', password: 'Tr0ub4dor&3x' },
      { type: 'PASSWORD.SUBMIT' },
      { type: 'RESTART' },
    ];
  if (snapshot.matches('expired')) return [{ type: 'RESTART' }];
  if (snapshot.matches('resumeFailed')) return [{ type: 'RETRY' }, { type: 'RESTART' }];
  return [];
}

const spec: ModelSpec = {
  machine: resetStepsMachine,
  inputs: [
    { flow: STEP_1, username: 'sam@contoso.example' },
    { resumeFlowId: FLOW_ID, username: '' },
  ],
  events: (snapshot) => [...userEvents(snapshot), ...ANSWERS, ...TIMERS],
  serialize: (s) => {
    const { context } = s as Snapshot;
    return JSON.stringify([
      s.value,
      context.methods.map((method) => method.available),
      context.resumeVerification,
      context.newPassword,
      context.confirmPassword,
      context.passwordProblem,
      context.policy !== null,
      s.status,
    ]);
  },
  stubbed: ['loadFlow', 'setPassword', 'verification'],
};

const heading = () => screen.queryByRole('heading', { level: 1 })?.textContent ?? '';

/**
 * The policy's two rules as the checklist must show them for `password`, worked out here: length in
 * characters (code points), and how many of lower case, upper case, digits and symbols it has.
 */
function rulesMet(password: string, policy: FlowPasswordRequired['passwordPolicy']) {
  const length = [...password].length;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(password));
  return {
    length: length >= policy.minLength && length <= policy.maxLength,
    classes: classes.length >= policy.minCharacterClasses,
  };
}

const PROBLEM_AT: Record<string, { field: 'new' | 'confirm'; message: string }> = {
  required: { field: 'new', message: 'passwordReset.problem.new-required' },
  policy: { field: 'new', message: 'passwordReset.problem.policy' },
  'confirm-required': { field: 'confirm', message: 'passwordReset.problem.confirm-required' },
  mismatch: { field: 'confirm', message: 'passwordReset.problem.mismatch' },
};

/** The new password's screen: fields as typed, each one's error, the checklist, the refusal's reasons. */
function expectNewPasswordScreen(snapshot: Snapshot) {
  const { context } = snapshot;
  const fields = {
    new: screen.getByLabelText(t('passwordReset.newPassword.label')),
    confirm: screen.getByLabelText(t('passwordReset.confirm.label')),
  };
  expect(fields.new).toHaveValue(context.newPassword);
  expect(fields.confirm).toHaveValue(context.confirmPassword);
  for (const field of Object.values(fields)) expect(field).toHaveAttribute('autocomplete', 'new-password');
  const problem = context.passwordProblem ? PROBLEM_AT[context.passwordProblem]! : null;
  for (const [name, field] of Object.entries(fields)) {
    const here = problem?.field === name;
    expect(field.getAttribute('aria-invalid') === 'true', `${name} invalid`).toBe(here);
    if (here) expect(field).toHaveAccessibleDescription(expect.stringContaining(t(problem.message as never)));
  }

  const policy = context.policy;
  const list = screen.queryByText(t('passwordReset.rules.heading'));
  expect(list !== null).toBe(policy !== null);
  if (policy) {
    const met = rulesMet(context.newPassword, policy);
    const item = (text: string) => screen.getByText(text, { selector: 'li', exact: false });
    const word = (ok: boolean) => t(ok ? 'passwordReset.rule.met' : 'passwordReset.rule.unmet');
    expect(
      item(t('passwordReset.rule.length', { min: policy.minLength, max: policy.maxLength })),
    ).toHaveTextContent(word(met.length));
    expect(item(t('passwordReset.rule.classes', { count: policy.minCharacterClasses }))).toHaveTextContent(
      word(met.classes),
    );
    expect(fields.new).toHaveAccessibleDescription(expect.stringContaining(t('passwordReset.rules.heading')));
  }

  const submit = screen.getByRole('button', { name: /^(Reset password|Resetting your password…)$/ });
  expect(submit.getAttribute('aria-busy') === 'true').toBe(snapshot.hasTag('busy'));
  const refusal = context.passwordError;
  if (refusal) {
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(errorText(refusal).title);
    // every reason at once, or the next step when there are none
    if (refusal.violations.length > 0)
      for (const violation of refusal.violations)
        expect(alert).toHaveTextContent(t(`passwordReset.violation.${violation}`));
    else expect(alert).toHaveTextContent(errorText(refusal).detail);
  } else {
    expect(screen.queryByRole('alert')).toBeNull();
  }
}

function expectScreen(snapshot: Snapshot) {
  const { context } = snapshot;
  const child = snapshot.children.verification?.getSnapshot();
  const stepCaption = context.step && context.step.total > 1 ? t('verification.step', context.step) : '';
  if (snapshot.matches('choosingMethod')) {
    expect(heading()).toBe(
      stepCaption
        ? `${stepCaption}, ${t('passwordReset.verify.heading')}`
        : t('passwordReset.verify.heading'),
    );
    expect(screen.queryAllByRole('heading', { name: t('method.list.unavailable') })).toHaveLength(
      context.methods.some((method) => !method.available) ? 1 : 0,
    );
  } else if (snapshot.matches('verifying') && child) {
    if (child.matches('sending') && child.context.flow === null)
      expect(heading()).toContain(t('passwordReset.verify.heading'));
    else if (child.matches('reading')) expect(heading()).toBe(t('app.loading'));
    else if (child.matches('code')) expect(heading()).toContain(t('verification.code.heading'));
  } else if (snapshot.matches('newPassword')) {
    expect(heading()).toContain(t('passwordReset.newPassword.heading'));
    expectNewPasswordScreen(snapshot);
  } else if (snapshot.matches('expired')) {
    expect(heading()).toBe(t('passwordReset.expired.heading'));
  } else if (snapshot.matches('resumeFailed')) {
    expect(heading()).toBe(t('passwordReset.resumeFailed.heading'));
    expect(screen.getByRole('alert')).toHaveTextContent(errorText(context.resumeError!).title);
    expect(screen.getByRole('button', { name: t('passwordReset.tryAgain') })).toBeVisible();
    expect(screen.getByRole('button', { name: t('passwordReset.startAgain') })).toBeVisible();
  } else if (snapshot.matches('done')) {
    expect(heading()).toBe(t('passwordReset.done.heading'));
    expect(screen.getByRole('link', { name: t('passwordReset.done.signIn') })).toHaveAttribute(
      'href',
      '/sign-in/password',
    );
  } else {
    // reading after a reload, the instant after a verification, or gone back to the first screen
    expect(heading()).toBe('');
  }
}

function perform(backend: ReturnType<typeof scriptedBackend>) {
  const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
  /** Moves the verification child past its first request, onto the screen this flow calls for. */
  const childTo = async (actor: Actor, flow: Flow, expected: string) => {
    const child = actor.getSnapshot().children.verification!;
    if (child.getSnapshot().matches('sending')) backend.answer('send', flow);
    else if (child.getSnapshot().matches('reading')) backend.answer('read', flow);
    await settleOnScreen();
    expect(child.getSnapshot().matches(expected as never)).toBe(true);
  };
  return async (event: AnyEventObject, actor: Actor) => {
    const { type } = event;
    await settleOnScreen();
    if (event === TO_STEP_2 || event === TO_PASSWORD || event === VERIFIED_OTHERWISE) {
      await childTo(actor, resetAppCode(), 'code');
      fireEvent.change(screen.getByLabelText(t('verification.code.label')), { target: { value: '123456' } });
      await settleOnScreen();
      backend.answer('check', event.output.flow);
    } else if (event === TEXT_INSTEAD) {
      await childTo(
        actor,
        { ...callFlow('voicemail', 20, 0), kind: 'password-reset', methods: [resetSms, appMethod] },
        'callEnded',
      );
      click(t('verification.call.textInstead'));
    } else if (event === STARTED_AGAIN || event === ANOTHER_METHOD) {
      await childTo(actor, resetAppCode(), 'code');
      click(t(event === STARTED_AGAIN ? 'passwordReset.startAgain' : 'passwordReset.anotherMethod'));
    } else if (event === REJECTED) {
      backend.answer('send', problem('validation-failed'));
    } else if (event === LOCKED_ON_NAME) {
      rememberFlow('password-reset', FLOW_ID);
      backend.answer('send', problem('reset-locked', { retryAfterSeconds: 86_400, reference: 'LCKD-0001' }));
      await settleOnScreen();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t('error.reset-locked.title'));
      expect(rememberedFlow('password-reset')).toBeNull();
    } else if (type.startsWith('xstate.done.actor.') || type.startsWith('xstate.error.actor.')) {
      const id = type.replace(/^xstate\.(done|error)\.actor\./, '');
      backend.answer(
        id === 'setPassword' ? 'password' : 'read',
        type.startsWith('xstate.done') ? event.output : event.error,
      );
    } else if (type === 'METHOD.SELECT') {
      click(/authenticator app/);
    } else if (type === 'RESTART') {
      click(t('passwordReset.startAgain'));
    } else if (type === 'RETRY') {
      click(t('passwordReset.tryAgain'));
    } else if (type === 'PASSWORD.CHANGE') {
      fireEvent.change(screen.getByLabelText(t('passwordReset.newPassword.label')), {
        target: { value: event.password },
      });
    } else if (type === 'CONFIRM.CHANGE') {
      fireEvent.change(screen.getByLabelText(t('passwordReset.confirm.label')), {
        target: { value: event.password },
      });
    } else if (type === 'PASSWORD.SUBMIT') {
      click(t('passwordReset.newPassword.submit'));
    } else {
      throw new Error(`no way to cause ${type} on the screen`);
    }
  };
}

const replayOnScreens = (path: ModelPath) =>
  replayOnScreen<Actor>({
    machine: resetStepsMachine,
    path,
    screens: (actor) => (
      <ScreenShell>
        <ResetStepsView actor={actor} />
      </ScreenShell>
    ),
    perform: perform(scriptedBackend()),
    expectScreen: (snapshot) => expectScreen(snapshot as Snapshot),
  });

describe('the steps of a reset, model-based, on the real screens', () => {
  // In the app these download while the person types the user name; here, before the run.
  beforeAll(async () => {
    await import('../../../src/flows/password-reset-start/View');
    await import('../../../src/flows/verification/View');
    await preloadClient();
  });

  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('reset steps', spec, replayOnScreens);
  }, 120_000);
});
