// Every state and transition of the password sign-in + MFA statechart, on generated paths, replayed
// on the real screens with MSW answering. The verification child is the real one: a path's "the
// verification finished" step is played through its screens. What each state must show is decided
// here from the states themselves, not by the app's selectors.
import { fireEvent, screen } from '@testing-library/react';
import { useSelector } from '@xstate/react';
import type { ActorRefFrom, AnyEventObject, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import { ApiError, describeError } from '../../../src/api/errors';
import { preloadClient } from '../../../src/api/load-client';
import type { Flow, FlowAwaitingMethod } from '../../../src/api/types';
import { errorText } from '../../../src/content/errors';
import { t } from '../../../src/content/i18n';
import { passwordSignInMachine } from '../../../src/flows/password-sign-in/machine';
import { passwordSignInScreen } from '../../../src/flows/password-sign-in/screen';
import { PasswordSignInView } from '../../../src/flows/password-sign-in/View';
import { sameScreen } from '../../../src/flows/same-screen';
import { verificationMachine } from '../../../src/flows/verification/machine';
import { classify } from '../../../src/flows/verification/rules';
import {
  appCodeFlow,
  appMethod,
  awaitingFlow,
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
import { verificationDownload } from './download';
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

type Snapshot = SnapshotFrom<typeof passwordSignInMachine>;
type Actor = ActorRefFrom<typeof passwordSignInMachine>;

const awaiting = awaitingFlow();
/** Calls are over the limit for 90 s: the list reads itself again when it lifts. */
const awaitingCallLimit: FlowAwaitingMethod = {
  ...awaiting,
  methods: [
    smsMethod,
    { ...voiceMethod, available: false, unavailableReason: 'call-limit', retryAfterSeconds: 90 },
    appMethod,
  ],
};
const {
  sessionToken: _token,
  session: _session,
  ...completedWithoutSession
} = completedFlow('password-sign-in');

const ANSWERS: AnyEventObject[] = [
  done('signIn', awaiting),
  done('signIn', awaitingCallLimit),
  done('signIn', completedFlow('password-sign-in')),
  done('signIn', lockedFlow()), // a stage sign-in never answers: said to be unexpected, not followed
  fail('signIn', problem('invalid-credentials')),
  fail('signIn', problem('user-blocked')),
  fail('signIn', networkError()),
  done('loadFlow', awaiting),
  done('loadFlow', awaitingCallLimit),
  done('loadFlow', callFlow()),
  done('loadFlow', completedFlow('password-sign-in')),
  // completed, its outcome no longer handed over (2 minutes after a lost answer): signed in again
  done('loadFlow', completedWithoutSession),
  done('loadFlow', lockedFlow()),
  fail('loadFlow', problem('flow-expired')),
  fail('loadFlow', networkError()),
];

const outcome = (output: unknown) => done('verification', output);
const SIGNED_IN = outcome({ outcome: 'verified', flow: completedFlow('password-sign-in') });
const VERIFIED_WITHOUT_SESSION = outcome({ outcome: 'verified', flow: completedWithoutSession });
const TEXT_INSTEAD = outcome({ outcome: 'left', leave: { way: 'method', methodId: smsMethod.id } });
const STARTED_AGAIN = outcome({ outcome: 'left', leave: { way: 'restart' } });
const ANOTHER_WAY = outcome({ outcome: 'left', leave: { way: 'anotherWay' } });
const REJECTED = outcome({
  outcome: 'rejected',
  failure: classify(describeError(problem('validation-failed'))),
});

const TIMERS = [after('limitLifts', 'passwordSignIn.choosingMethod.limited')];

/** What the screen offers in each state (the chooser stays on screen, busy, while a method starts). */
function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as Snapshot;
  if (snapshot.matches('credentials'))
    return [
      { type: 'USERNAME.CHANGE', username: 'megan@contoso.example' },
      { type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' },
      { type: 'CREDENTIALS.SUBMIT' },
    ];
  if (snapshot.matches('choosingMethod'))
    return [{ type: 'METHOD.SELECT', methodId: smsMethod.id }, { type: 'RESTART' }];
  if (snapshot.matches({ verifying: 'preparing' }))
    return [done('loadVerification', undefined), fail('loadVerification', new ApiError('network-error'))];
  if (snapshot.matches({ verifying: 'running' }))
    return [
      SIGNED_IN,
      VERIFIED_WITHOUT_SESSION,
      TEXT_INSTEAD,
      STARTED_AGAIN,
      ANOTHER_WAY,
      ...(snapshot.context.resumeVerification ? [] : [REJECTED]),
    ];
  if (snapshot.matches('blocked')) return [{ type: 'RESTART' }];
  if (snapshot.matches('resumeFailed')) return [{ type: 'RETRY' }, { type: 'RESTART' }];
  return [];
}

const spec: ModelSpec = {
  // The statechart itself, not the stand-in the app downloads it through.
  machine: passwordSignInMachine.provide({ actors: { verification: verificationMachine } }),
  inputs: [{}, { resumeFlowId: FLOW_ID }],
  events: (snapshot) => [...userEvents(snapshot), ...ANSWERS, ...TIMERS],
  serialize: (s) => {
    const { context } = s as Snapshot;
    return JSON.stringify([
      s.value,
      context.username.trim() !== '',
      context.password !== '',
      context.methods.map((method) => method.available),
      context.resumeVerification,
      s.status,
    ]);
  },
  stubbed: ['signIn', 'loadFlow', 'verification', 'loadVerification'],
};

const headingText = () => screen.queryByRole('heading', { level: 1 })?.textContent ?? '';

function expectScreen(snapshot: Snapshot) {
  const child = snapshot.children.verification?.getSnapshot();
  if (snapshot.matches('credentials') || snapshot.matches('signingIn')) {
    expect(headingText()).toBe(t('passwordSignIn.heading'));
    const submit = screen.getByRole('button', { name: /Sign in|Signing in/ });
    expect(submit.getAttribute('aria-busy') === 'true').toBe(snapshot.matches('signingIn'));
  } else if (snapshot.matches('choosingMethod')) {
    expect(headingText()).toContain(t('mfa.heading'));
    const unavailable = snapshot.context.methods.filter((method) => !method.available).length;
    expect(screen.queryAllByRole('heading', { name: t('method.list.unavailable') })).toHaveLength(
      unavailable > 0 ? 1 : 0,
    );
  } else if (snapshot.matches('verifying') && child) {
    if (child.matches('sending') && child.context.flow === null)
      expect(headingText()).toContain(t('mfa.heading'));
    else if (child.matches('reading')) expect(headingText()).toBe(t('app.loading'));
    else if (child.matches('code')) expect(headingText()).toBe(t('verification.code.heading'));
    else if (child.matches('callEnded'))
      expect(headingText()).toBe(t('verification.call.ended.voicemail.heading'));
    else if (child.matches('calling')) expect(headingText()).toBe(t('verification.call.heading'));
  } else if (snapshot.matches('blocked')) {
    expect(headingText()).toBe(t('error.user-blocked.title'));
  } else if (snapshot.matches('resumeFailed')) {
    expect(headingText()).toBe(t('passwordSignIn.resumeFailed.heading'));
    expect(screen.getByRole('alert')).toHaveTextContent(errorText(snapshot.context.resumeError!).title);
    expect(screen.getByRole('button', { name: t('passwordSignIn.tryAgain') })).toBeVisible();
  } else {
    // resuming after a reload, or signed in and on the way to the next page
    expect(headingText()).toBe('');
    expect(screen.getByText(t('ui.loading'))).toBeVisible();
  }
}

/** Causes one event of a path on the screens; the verification child is driven through its own. */
function perform(
  backend: ReturnType<typeof scriptedBackend>,
  download: ReturnType<typeof verificationDownload>,
) {
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
    if (type === 'xstate.done.actor.loadVerification') return download.arrive();
    if (type === 'xstate.error.actor.loadVerification') return download.fail();
    if (event === SIGNED_IN || event === VERIFIED_WITHOUT_SESSION) {
      await childTo(actor, appCodeFlow(), 'code');
      fireEvent.change(screen.getByLabelText(t('verification.code.label')), { target: { value: '123456' } });
      await settleOnScreen();
      backend.answer('check', event.output.flow);
    } else if (event === TEXT_INSTEAD) {
      await childTo(actor, callFlow('voicemail', 20, 0), 'callEnded');
      click(t('verification.call.textInstead'));
    } else if (event === STARTED_AGAIN || event === ANOTHER_WAY) {
      await childTo(actor, appCodeFlow(), 'code');
      click(t(event === STARTED_AGAIN ? 'verification.startAgain' : 'verification.anotherWay'));
    } else if (event === REJECTED) {
      backend.answer('send', problem('validation-failed'));
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
      click(/^Text/);
    } else if (type === 'RESTART') {
      click(actor.getSnapshot().matches('blocked') ? t('passwordSignIn.backToSignIn') : t('mfa.startAgain'));
    } else if (type === 'RETRY') {
      click(t('passwordSignIn.tryAgain'));
    } else {
      throw new Error(`no way to cause ${type} on the screen`);
    }
  };
}

/** The screens of the actor under test, as the route wires them (src/flows/lazy-flow.ts). */
function Screens({ actor }: { actor: Actor }) {
  const shown = useSelector(actor, passwordSignInScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  return <PasswordSignInView screen={shown} send={actor.send} verification={verification} />;
}

const replayOnScreens = (path: ModelPath) => {
  const download = verificationDownload();
  return replayOnScreen<Actor>({
    machine: passwordSignInMachine.provide({
      actors: { verification: verificationMachine, loadVerification: download.logic },
    }),
    path,
    screens: (actor) => (
      <ScreenShell>
        <Screens actor={actor} />
      </ScreenShell>
    ),
    perform: perform(scriptedBackend(), download),
    expectScreen: (snapshot) => expectScreen(snapshot as Snapshot),
  });
};

describe('password sign-in + MFA statechart, model-based, on the real screens', () => {
  // In the app the screens after the password, the verification's and the API client download while
  // the person types (once the browser is idle); here, before the run, under the fake clock.
  beforeAll(async () => {
    await import('../../../src/flows/password-sign-in/mfa');
    await import('../../../src/flows/verification/View');
    await preloadClient();
  });

  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('password sign-in', spec, replayOnScreens);
  }, 120_000);
});
