// Every state and transition of the SMS sign-in statechart, on generated paths, replayed on the real
// screens with MSW answering; the verification child is driven through its own screens. What each
// state must show is decided here from the states themselves, not by the app's selectors.
import { fireEvent, screen } from '@testing-library/react';
import { useSelector } from '@xstate/react';
import type { ActorRefFrom, AnyEventObject, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import { ApiError, describeError } from '../../../src/api/errors';
import { preloadClient } from '../../../src/api/load-client';
import { t } from '../../../src/content/i18n';
import { sameScreen } from '../../../src/flows/same-screen';
import { smsSignInMachine } from '../../../src/flows/sms-sign-in/machine';
import { smsSignInScreen } from '../../../src/flows/sms-sign-in/screen';
import { SmsSignInView } from '../../../src/flows/sms-sign-in/View';
import { verificationMachine } from '../../../src/flows/verification/machine';
import { classify } from '../../../src/flows/verification/rules';
import { phoneProblem } from '../../../src/phone/validate';
import { codeFlow, completedFlow, FLOW_ID, problem } from '../../support/flows';
import { ScreenShell } from '../../support/screen-shell';
import { verificationDownload } from './download';
import {
  done,
  expectFullCoverageOnScreens,
  fail,
  type ModelSpec,
  replayOnScreen,
  settleOnScreen,
} from './harness';
import { scriptedBackend } from './scripted-backend';

type Actor = ActorRefFrom<typeof smsSignInMachine>;
type Snapshot = SnapshotFrom<typeof smsSignInMachine>;

/** The screens of the actor under test, as the route wires them (src/flows/lazy-flow.ts). */
function Screens({ actor }: { actor: Actor }) {
  const shown = useSelector(actor, smsSignInScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  return <SmsSignInView screen={shown} send={actor.send} verification={verification} />;
}

const { sessionToken: _token, session: _session, ...completedWithoutSession } = completedFlow();

const outcome = (output: unknown) => done('verification', output);
const VERIFIED = outcome({ outcome: 'verified', flow: completedFlow() });
const VERIFIED_WITHOUT_SESSION = outcome({ outcome: 'verified', flow: completedWithoutSession });
const REJECTED = outcome({
  outcome: 'rejected',
  failure: classify(describeError(problem('invalid-phone-number'))),
});
const RESTARTED = outcome({ outcome: 'left', leave: { way: 'restart' } });
const ANOTHER_WAY = outcome({ outcome: 'left', leave: { way: 'anotherWay' } });
/** The child's first answer names the flow: the parent remembers its id. */
const FLOW_STARTED = { type: 'xstate.snapshot.verification', snapshot: { context: { flow: codeFlow() } } };

function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as Snapshot;
  if (snapshot.matches('enteringPhone')) {
    return [
      { type: 'PHONE.CHANGE', phone: '+14255550100', country: 'US' },
      { type: 'PHONE.CHANGE', phone: '+1425555', country: 'US' },
      { type: 'PHONE.SUBMIT' },
    ];
  }
  if (snapshot.matches({ verifying: 'preparing' }))
    return [done('loadVerification', undefined), fail('loadVerification', new ApiError('network-error'))];
  if (snapshot.matches({ verifying: 'running' })) {
    const resumed = snapshot.context.resumeFlowId !== null;
    return [
      FLOW_STARTED,
      RESTARTED,
      ANOTHER_WAY,
      VERIFIED,
      VERIFIED_WITHOUT_SESSION,
      ...(resumed ? [] : [REJECTED]),
    ];
  }
  return [];
}

const spec: ModelSpec = {
  // The statechart itself, not the stand-in the app downloads it through.
  machine: smsSignInMachine.provide({ actors: { verification: verificationMachine } }),
  inputs: [{ defaultCountry: 'US' }, { resumeFlowId: FLOW_ID, defaultCountry: 'US' }],
  events: userEvents,
  serialize: (s) => {
    const { context } = s as Snapshot;
    return JSON.stringify([
      s.value,
      phoneProblem(context.phone) === null,
      context.resumeFlowId !== null,
      context.flowId !== null,
      s.status,
    ]);
  },
  stubbed: ['verification', 'loadVerification'],
};

const headingText = () => screen.queryByRole('heading', { level: 1 })?.textContent ?? '';

function expectScreen(snapshot: Snapshot) {
  const child = snapshot.children.verification?.getSnapshot();
  if (child?.matches('code')) {
    expect(headingText()).toBe(t('verification.code.heading'));
    return;
  }
  if (child?.matches('reading')) {
    expect(headingText()).toBe(t('app.loading'));
    return;
  }
  // the number: typed, or being sent (busy), or done and on the way to the next page
  expect(headingText()).toBe(t('smsSignIn.heading'));
  const send = screen.getByRole('button', { name: /Send code|Sending code/ });
  expect(send.getAttribute('aria-busy') === 'true').toBe(!snapshot.matches('enteringPhone'));
  const field = screen.getByLabelText(t('phone.number.label'));
  expect(field.getAttribute('aria-invalid') === 'true').toBe(
    snapshot.context.phoneProblem !== null || snapshot.context.backendError?.code === 'invalid-phone-number',
  );
}

function perform(
  backend: ReturnType<typeof scriptedBackend>,
  download: ReturnType<typeof verificationDownload>,
) {
  /** Moves the verification child past its first request, onto the code screen. */
  const childToCode = async (actor: Actor) => {
    const child = actor.getSnapshot().children.verification!;
    if (child.getSnapshot().matches('sending')) backend.answer('send', codeFlow());
    else if (child.getSnapshot().matches('reading')) backend.answer('read', codeFlow());
    await settleOnScreen();
    expect(child.getSnapshot().matches('code')).toBe(true);
  };
  return async (event: AnyEventObject, actor: Actor) => {
    await settleOnScreen();
    if (event === FLOW_STARTED) return childToCode(actor);
    if (event.type === 'xstate.done.actor.loadVerification') return download.arrive();
    if (event.type === 'xstate.error.actor.loadVerification') return download.fail();
    if (event.type === 'PHONE.CHANGE') {
      // typed as a person does, in the country's own format
      fireEvent.change(screen.getByLabelText(t('phone.number.label')), {
        target: { value: event.phone.replace(/^\+1/, '') },
      });
    } else if (event.type === 'PHONE.SUBMIT') {
      fireEvent.click(screen.getByRole('button', { name: t('smsSignIn.submit') }));
    } else if (event === RESTARTED || event === ANOTHER_WAY) {
      await childToCode(actor);
      const name = event === RESTARTED ? 'smsSignIn.useDifferentNumber' : 'smsSignIn.anotherWay';
      fireEvent.click(screen.getByRole('button', { name: t(name) }));
    } else if (event === REJECTED) {
      backend.answer('send', problem('invalid-phone-number'));
    } else if (event === VERIFIED || event === VERIFIED_WITHOUT_SESSION) {
      await childToCode(actor);
      fireEvent.change(screen.getByLabelText(t('verification.code.label')), { target: { value: '123456' } });
      await settleOnScreen();
      backend.answer('check', event.output.flow);
    } else {
      throw new Error(`no way to cause ${event.type} on the screen`);
    }
  };
}

describe('SMS sign-in statechart, model-based, on the real screens', () => {
  // In the app the verification screens and the API client download while the person types; here,
  // before the run.
  beforeAll(async () => {
    await import('../../../src/flows/verification/View');
    await preloadClient();
  });

  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('SMS sign-in', spec, (path) => {
      const download = verificationDownload();
      return replayOnScreen<Actor>({
        machine: smsSignInMachine.provide({
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
    });
  }, 120_000);
});
