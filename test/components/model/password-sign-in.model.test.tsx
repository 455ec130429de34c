// Every state and transition of the password sign-in + MFA statechart, on generated paths, replayed
// on the real screens with MSW answering. The verification child is the real one: a path's "the
// verification finished" step is played through its screens (an authenticator code typed, checked).
import { fireEvent, screen } from '@testing-library/react';
import type { ActorRefFrom, AnyEventObject, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import { describeError } from '../../../src/api/errors';
import type { FlowAwaitingMethod } from '../../../src/api/types';
import { t } from '../../../src/content/i18n';
import { passwordSignInMachine } from '../../../src/flows/password-sign-in/machine';
import { PasswordSignInView, screenOf } from '../../../src/flows/password-sign-in/PasswordSignInView';
import { screenOf as verificationScreenOf } from '../../../src/flows/verification/screen';
import {
  appCodeFlow,
  appMethod,
  callFlow,
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
  done,
  expectFullCoverageOnScreens,
  fail,
  type ModelPath,
  type ModelSpec,
  replayOnScreen,
  settleOnScreen,
} from './harness';
import { scriptedBackend } from './scripted-backend';

type Snapshot = SnapshotFrom<typeof passwordSignInMachine>;

const awaiting: FlowAwaitingMethod = {
  flowId: FLOW_ID,
  kind: 'password-sign-in',
  stage: 'awaiting-method',
  expiresInSeconds: 600,
  step: { current: 1, total: 1 },
  methods: [smsMethod, voiceMethod, appMethod],
  defaultMethodId: smsMethod.id,
};

const ANSWERS: AnyEventObject[] = [
  done('signIn', awaiting),
  done('signIn', completedFlow('password-sign-in')),
  done('signIn', lockedFlow()), // a stage sign-in never answers: said to be unexpected, not followed
  fail('signIn', problem('invalid-credentials')),
  fail('signIn', problem('user-blocked')),
  fail('signIn', networkError()),
  done('loadFlow', awaiting),
  done('loadFlow', callFlow()),
  done('loadFlow', completedFlow('password-sign-in')),
  done('loadFlow', lockedFlow()),
  fail('loadFlow', problem('flow-expired')),
  fail('loadFlow', networkError()),
  done('verification', { outcome: 'verified', flow: completedFlow('password-sign-in') }),
  done('verification', { outcome: 'verified', flow: awaiting }),
];
const REJECTED = done('verification', {
  outcome: 'rejected',
  error: describeError(problem('validation-failed')),
});

/** What the screen offers in each state (the chooser stays on screen while a method starts). */
function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as Snapshot;
  const resumed = snapshot.context.resumeVerification;
  switch (screenOf(snapshot)) {
    case 'credentials':
      return [
        { type: 'USERNAME.CHANGE', username: 'megan@contoso.example' },
        { type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' },
        { type: 'CREDENTIALS.SUBMIT' },
      ];
    case 'choosingMethod':
      return [{ type: 'METHOD.SELECT', methodId: smsMethod.id }, { type: 'RESTART' }];
    case 'verifying':
      return resumed
        ? [{ type: 'ANOTHER_WAY' }, { type: 'CALL.CANCEL' }, { type: 'RESTART' }]
        : [
            { type: 'METHOD.SELECT', methodId: appMethod.id },
            { type: 'ANOTHER_WAY' },
            { type: 'CALL.CANCEL' },
            { type: 'RESTART' },
            REJECTED,
          ];
    case 'blocked':
      return [{ type: 'RESTART' }];
    default:
      return [];
  }
}

const spec: ModelSpec = {
  machine: passwordSignInMachine,
  inputs: [{}, { resumeFlowId: FLOW_ID }],
  events: (snapshot) => [...userEvents(snapshot), ...ANSWERS],
  serialize: (s) => {
    const { context } = s as Snapshot;
    return JSON.stringify([
      s.value,
      context.username.trim() !== '',
      context.password !== '',
      context.methods.length,
      context.resumeVerification,
      s.status,
    ]);
  },
  stubbed: ['signIn', 'loadFlow', 'verification'],
};

const headingText = () => screen.queryByRole('heading', { level: 1 })?.textContent ?? '';

function expectScreen(snapshot: Snapshot) {
  switch (screenOf(snapshot)) {
    case 'credentials':
      expect(headingText()).toBe(t('passwordSignIn.heading'));
      expect(
        screen.getByRole('button', { name: /Sign in|Signing in/ }).getAttribute('aria-busy') === 'true',
      ).toBe(snapshot.hasTag('busy'));
      break;
    case 'choosingMethod':
      expect(headingText()).toContain(t('mfa.heading'));
      break;
    case 'verifying': {
      const child = snapshot.children.verification!.getSnapshot();
      const expected = verificationScreenOf(child) === 'starting' ? t('mfa.heading') : t('app.loading');
      expect(headingText()).toContain(expected);
      break;
    }
    case 'blocked':
      expect(headingText()).toBe(t('error.user-blocked.title'));
      break;
    case 'resuming':
    case 'done':
      expect(headingText()).toBe('');
      expect(screen.getByText(t('ui.loading'))).toBeVisible();
      break;
  }
}

type Actor = ActorRefFrom<typeof passwordSignInMachine>;

/** Causes one event of a path on the screens; the verification child is driven through its own. */
function perform(backend: ReturnType<typeof scriptedBackend>) {
  const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
  /** Moves the verification child past its first request, onto the code or the call screen. */
  const childTo = async (actor: Actor, target: 'code' | 'calling') => {
    const child = actor.getSnapshot().children.verification!;
    const flow = target === 'code' ? appCodeFlow() : callFlow();
    if (child.getSnapshot().matches('sending')) backend.answer('send', flow);
    else if (child.getSnapshot().matches('resuming')) backend.answer('read', flow);
    await settleOnScreen();
    expect(verificationScreenOf(child.getSnapshot())).toBe(target);
  };
  return async (event: AnyEventObject, actor: Actor) => {
    const { type } = event;
    await settleOnScreen();
    if (type === 'xstate.done.actor.verification') {
      if (event.output.outcome === 'rejected') {
        backend.answer('send', problem('validation-failed'));
      } else {
        await childTo(actor, 'code');
        fireEvent.change(screen.getByLabelText(t('verification.code.label')), {
          target: { value: '123456' },
        });
        await settleOnScreen();
        backend.answer('check', event.output.flow);
      }
    } else if (type.startsWith('xstate.done.actor.') || type.startsWith('xstate.error.actor.')) {
      const id = type.replace(/^xstate\.(done|error)\.actor\./, '');
      backend.answer(
        id === 'signIn' ? 'signIn' : 'read',
        type.startsWith('xstate.done') ? event.output : event.error,
      );
    } else if (type === 'USERNAME.CHANGE') {
      fireEvent.change(screen.getByLabelText(t('passwordSignIn.username.label')), {
        target: { value: event.username },
      });
    } else if (type === 'PASSWORD.CHANGE') {
      fireEvent.change(screen.getByLabelText(t('passwordSignIn.password.label')), {
        target: { value: event.password },
      });
    } else if (type === 'CREDENTIALS.SUBMIT') {
      click(t('passwordSignIn.submit'));
    } else if (type === 'METHOD.SELECT') {
      click(event.methodId === smsMethod.id ? /^Text/ : /authenticator app/);
    } else if (type === 'ANOTHER_WAY') {
      await childTo(actor, 'code');
      click(t('mfa.anotherWay'));
    } else if (type === 'CALL.CANCEL') {
      await childTo(actor, 'calling');
      click(t('verification.call.cancel'));
    } else if (type === 'RESTART') {
      click(
        screenOf(actor.getSnapshot()) === 'blocked' ? t('passwordSignIn.backToSignIn') : t('mfa.startAgain'),
      );
    } else {
      throw new Error(`no way to cause ${type} on the screen`);
    }
  };
}

const replayOnScreens = (path: ModelPath) =>
  replayOnScreen<Actor>({
    machine: passwordSignInMachine,
    path,
    screens: (actor) => (
      <ScreenShell>
        <PasswordSignInView actor={actor} />
      </ScreenShell>
    ),
    perform: perform(scriptedBackend()),
    expectScreen: (snapshot) => expectScreen(snapshot as Snapshot),
  });

describe('password sign-in + MFA statechart, model-based, on the real screens', () => {
  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('password sign-in', spec, replayOnScreens);
  }, 120_000);
});
