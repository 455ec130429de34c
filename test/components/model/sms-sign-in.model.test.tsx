// Every state and transition of the SMS sign-in statechart, on generated paths, replayed on the real
// screens with MSW answering; the verification child is driven through its own screens.
import { fireEvent, screen } from '@testing-library/react';
import type { ActorRefFrom, AnyEventObject, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import { describeError } from '../../../src/api/errors';
import { t } from '../../../src/content/i18n';
import { smsSignInMachine } from '../../../src/flows/sms-sign-in/machine';
import { SmsSignInView } from '../../../src/flows/sms-sign-in/SmsSignInView';
import { screenOf as verificationScreenOf } from '../../../src/flows/verification/screen';
import { phoneProblem } from '../../../src/phone/validate';
import { codeFlow, completedFlow, FLOW_ID, problem } from '../../support/flows';
import { ScreenShell } from '../../support/screen-shell';
import { done, expectFullCoverageOnScreens, type ModelSpec, replayOnScreen, settleOnScreen } from './harness';
import { scriptedBackend } from './scripted-backend';

type Actor = ActorRefFrom<typeof smsSignInMachine>;
type Snapshot = SnapshotFrom<typeof smsSignInMachine>;

const { sessionToken: _token, session: _session, ...completedWithoutSession } = completedFlow();

const VERIFIED = done('verification', { outcome: 'verified', flow: completedFlow() });
const VERIFIED_WITHOUT_SESSION = done('verification', { outcome: 'verified', flow: completedWithoutSession });
const REJECTED = done('verification', {
  outcome: 'rejected',
  error: describeError(problem('invalid-phone-number')),
});

function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as Snapshot;
  if (snapshot.matches('enteringPhone')) {
    return [
      { type: 'PHONE.CHANGE', phone: '+14255550100', country: 'US' },
      { type: 'PHONE.CHANGE', phone: '+1425555', country: 'US' },
      { type: 'PHONE.SUBMIT' },
    ];
  }
  if (snapshot.matches('verifying')) {
    const resumed = snapshot.context.resumeFlowId !== null;
    return [{ type: 'RESTART' }, VERIFIED, VERIFIED_WITHOUT_SESSION, ...(resumed ? [] : [REJECTED])];
  }
  return [];
}

const spec: ModelSpec = {
  machine: smsSignInMachine,
  inputs: [{ defaultCountry: 'US' }, { resumeFlowId: FLOW_ID, defaultCountry: 'US' }],
  events: userEvents,
  serialize: (s) => {
    const { context } = s as Snapshot;
    return JSON.stringify([
      s.value,
      phoneProblem(context.phone) === null,
      context.resumeFlowId !== null,
      s.status,
    ]);
  },
  stubbed: ['verification'],
};

const headingText = () => screen.queryByRole('heading', { level: 1 })?.textContent ?? '';

function expectScreen(snapshot: Snapshot) {
  const child = snapshot.children.verification?.getSnapshot();
  const onPhoneScreen = !child || verificationScreenOf(child) === 'starting';
  if (snapshot.matches('verifying') && !onPhoneScreen) {
    expect(headingText()).toBe(t('app.loading'));
    return;
  }
  expect(headingText()).toBe(t('smsSignIn.heading'));
  const send = screen.getByRole('button', { name: /Send code|Sending code/ });
  expect(send.getAttribute('aria-busy') === 'true').toBe(!snapshot.matches('enteringPhone'));
  if (snapshot.context.phoneProblem) {
    expect(screen.getByLabelText(t('phone.number.label'))).toHaveAttribute('aria-invalid', 'true');
  }
}

function perform(backend: ReturnType<typeof scriptedBackend>) {
  /** Moves the verification child past its first request, onto the code screen. */
  const childToCode = async (actor: Actor) => {
    const child = actor.getSnapshot().children.verification!;
    if (child.getSnapshot().matches('sending')) backend.answer('send', codeFlow());
    else if (child.getSnapshot().matches('resuming')) backend.answer('read', codeFlow());
    await settleOnScreen();
    expect(verificationScreenOf(child.getSnapshot())).toBe('code');
  };
  return async (event: AnyEventObject, actor: Actor) => {
    await settleOnScreen();
    switch (event.type) {
      case 'PHONE.CHANGE':
        // typed as a person does, in the country's own format
        fireEvent.change(screen.getByLabelText(t('phone.number.label')), {
          target: { value: event.phone.replace(/^\+1/, '') },
        });
        break;
      case 'PHONE.SUBMIT':
        fireEvent.click(screen.getByRole('button', { name: t('smsSignIn.submit') }));
        break;
      case 'RESTART':
        await childToCode(actor);
        fireEvent.click(screen.getByRole('button', { name: t('smsSignIn.useDifferentNumber') }));
        break;
      case 'xstate.done.actor.verification':
        if (event.output.outcome === 'rejected') {
          backend.answer('send', problem('invalid-phone-number'));
        } else {
          await childToCode(actor);
          fireEvent.change(screen.getByLabelText(t('verification.code.label')), {
            target: { value: '123456' },
          });
          await settleOnScreen();
          backend.answer('check', event.output.flow);
        }
        break;
      default:
        throw new Error(`no way to cause ${event.type} on the screen`);
    }
  };
}

describe('SMS sign-in statechart, model-based, on the real screens', () => {
  // In the app the verification screens download while the person types; here, before the run.
  beforeAll(() => import('../../../src/flows/verification/VerificationView'));

  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('SMS sign-in', spec, (path) =>
      replayOnScreen<Actor>({
        machine: smsSignInMachine,
        path,
        screens: (actor) => (
          <ScreenShell>
            <SmsSignInView actor={actor} />
          </ScreenShell>
        ),
        perform: perform(scriptedBackend()),
        expectScreen: (snapshot) => expectScreen(snapshot as Snapshot),
      }),
    );
  }, 120_000);
});
