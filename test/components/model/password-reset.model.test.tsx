// Every state and transition of the reset's first screen (password-reset), on generated paths,
// replayed on the real screens with MSW answering and the real solver solving a real ALTCHA
// challenge. What each state must show is decided here from the state, not by the app's selector.
import { act, fireEvent, screen } from '@testing-library/react';
import { useSelector } from '@xstate/react';
import { createChallenge } from 'altcha-lib/v1';
import type { ActorRefFrom, AnyEventObject, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import type { ApiError } from '../../../src/api/errors';
import { preloadClient } from '../../../src/api/load-client';
import type { FlowAwaitingMethod, HumanCheck } from '../../../src/api/types';
import { errorText } from '../../../src/content/errors';
import { t } from '../../../src/content/i18n';
import { resetStartMachine } from '../../../src/flows/password-reset-start/machine';
import { resetStartScreen } from '../../../src/flows/password-reset-start/screen';
import { ResetStartView } from '../../../src/flows/password-reset-start/View';
import { sameScreen } from '../../../src/flows/same-screen';
import { awaitingFlow, networkError, problem } from '../../support/flows';
import { ScreenShell } from '../../support/screen-shell';
import {
  after,
  done,
  expectFullCoverageOnScreens,
  fail,
  type ModelSpec,
  replayOnScreen,
  settleOnScreen,
} from './harness';
import { scriptedBackend } from './scripted-backend';

type Actor = ActorRefFrom<typeof resetStartMachine>;

/** The screens of the actor under test, as the route wires them (src/flows/lazy-flow.ts). */
function Screens({ actor }: { actor: Actor }) {
  const shown = useSelector(actor, resetStartScreen, sameScreen);
  return <ResetStartView screen={shown} send={actor.send} started={<p>The steps load</p>} />;
}
type Snapshot = SnapshotFrom<typeof resetStartMachine>;

const started: FlowAwaitingMethod = { ...awaitingFlow(), kind: 'password-reset' };

const ANSWERS: AnyEventObject[] = [
  done('prepareHumanCheck', 'payload'),
  fail('prepareHumanCheck', networkError()),
  done('startReset', started),
  fail('startReset', problem('reset-not-enabled', { reference: 'REF-1' })),
  fail('startReset', problem('reset-locked', { retryAfterSeconds: 86_400, reference: 'REF-2' })),
  fail('startReset', problem('human-check-failed')),
  fail('startReset', networkError()),
];
const TIMERS = [after('checkRetry', 'resetStart.identifying.check.failed')];

function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as Snapshot;
  if (snapshot.matches({ identifying: { form: 'editing' } }))
    return [
      { type: 'USERNAME.CHANGE', username: 'megan@contoso.example' },
      { type: 'USERNAME.CHANGE', username: '' },
      { type: 'IDENTIFY.SUBMIT' },
    ];
  if (snapshot.matches('deadEnd') || snapshot.matches('lockedOut')) return [{ type: 'RESTART' }];
  return [];
}

const spec: ModelSpec = {
  machine: resetStartMachine,
  inputs: [{ username: '' }],
  events: (snapshot) => [...userEvents(snapshot), ...ANSWERS, ...TIMERS],
  serialize: (s) => {
    const { context } = s as Snapshot;
    return JSON.stringify([s.value, context.username.trim() !== '', context.humanCheck !== null, s.status]);
  },
  stubbed: ['prepareHumanCheck', 'startReset'],
};

const heading = () => screen.queryByRole('heading', { level: 1 })?.textContent ?? '';

function expectScreen(snapshot: Snapshot) {
  const { context } = snapshot;
  if (snapshot.status === 'done') {
    expect(heading()).toBe('');
    return;
  }
  if (snapshot.matches('deadEnd') || snapshot.matches('lockedOut')) {
    expect(heading()).toBe(errorText(context.error!).title);
    expect(screen.getByText(new RegExp(context.error!.reference!))).toBeVisible();
    return;
  }
  expect(heading()).toBe(t('passwordReset.heading'));
  const status = snapshot.matches({ identifying: { check: 'solved' } })
    ? 'passwordReset.check.done'
    : snapshot.matches({ identifying: { check: 'failed' } })
      ? 'passwordReset.check.failed'
      : 'passwordReset.check.checking';
  expect(screen.getByText(t(status))).toBeVisible();
  const submit = screen.getByRole('button', {
    name: /^(Next|Checking your user name…|Finishing the automatic check…)$/,
  });
  expect(submit.getAttribute('aria-busy') === 'true').toBe(snapshot.hasTag('busy'));
  const field = screen.getByLabelText(t('passwordReset.username.label'));
  expect(field).toHaveValue(context.username);
  expect(field.getAttribute('aria-invalid') === 'true').toBe(context.usernameProblem !== null);
}

/** Web Crypto hashes on its own thread, whatever the fake clock says: wait for it in real time. */
const realSetTimeout = globalThis.setTimeout;
async function untilSolved(actor: Actor) {
  for (let i = 0; i < 400 && actor.getSnapshot().matches({ identifying: { check: 'preparing' } }); i++) {
    await act(() => new Promise<void>((resolve) => realSetTimeout(resolve, 5)));
  }
}

function perform(backend: ReturnType<typeof scriptedBackend>, check: HumanCheck) {
  return async (event: AnyEventObject, actor: Actor) => {
    const { type } = event;
    await settleOnScreen();
    if (type === 'xstate.done.actor.prepareHumanCheck') {
      backend.answer('humanCheck', check);
      await untilSolved(actor);
    } else if (type === 'xstate.error.actor.prepareHumanCheck') backend.answer('humanCheck', networkError());
    else if (type.startsWith('xstate.done.actor.startReset')) backend.answer('reset', event.output);
    else if (type.startsWith('xstate.error.actor.startReset'))
      backend.answer('reset', event.error as ApiError);
    else if (type === 'USERNAME.CHANGE')
      fireEvent.change(screen.getByLabelText(t('passwordReset.username.label')), {
        target: { value: event.username },
      });
    else if (type === 'IDENTIFY.SUBMIT')
      fireEvent.click(screen.getByRole('button', { name: t('passwordReset.submit') }));
    else if (type === 'RESTART')
      fireEvent.click(screen.getByRole('button', { name: t('passwordReset.deadEnd.next') }));
    else throw new Error(`no way to cause ${type} on the screen`);
  };
}

describe('the start of a reset, model-based, on the real screens', () => {
  let check: HumanCheck;
  beforeAll(async () => {
    await preloadClient();
    // A real challenge, quick to solve: the real solver solves it on every path.
    check = (await createChallenge({ hmacKey: 'model test', maxnumber: 20, number: 7 })) as HumanCheck;
    await import('altcha-lib/v1');
  });

  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('reset start', spec, (path) =>
      replayOnScreen<Actor>({
        machine: resetStartMachine,
        path,
        screens: (actor) => (
          <ScreenShell>
            <Screens actor={actor} />
          </ScreenShell>
        ),
        perform: perform(scriptedBackend(), check),
        expectScreen: (snapshot) => expectScreen(snapshot as Snapshot),
      }),
    );
  }, 120_000);
});
