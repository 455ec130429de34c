// Every state and transition of security info, on generated paths, replayed on the real screens
// with MSW answering. The verification child is the real statechart: a path's "the verification
// finished" step is played through its screens. Only its download is stood in for (the test says
// when it arrives, or that it failed). What each state must show is decided here from the states
// themselves, not by the app's selectors.
import { fireEvent, screen, within } from '@testing-library/react';
import { useSelector } from '@xstate/react';
import type { ActorRefFrom, AnyEventObject, AnyMachineSnapshot, SnapshotFrom } from 'xstate';
import { describeError } from '../../../src/api/errors';
import { preloadClient } from '../../../src/api/load-client';
import type {
  AuthenticationMethods,
  Flow,
  FlowAwaitingMethod,
  PhoneType,
  VerificationMethod,
} from '../../../src/api/types';
import { securityInfo } from '../../../src/content/en/security-info';
import { errorText } from '../../../src/content/errors';
import { addMessages, t } from '../../../src/content/i18n';
import { sameScreen } from '../../../src/flows/same-screen';
import { securityInfoMachine } from '../../../src/flows/security-info/machine';
import { securityInfoScreen } from '../../../src/flows/security-info/screen';
import { SecurityInfoView } from '../../../src/flows/security-info/View';
import { verificationMachine } from '../../../src/flows/verification/machine';
import { classify } from '../../../src/flows/verification/rules';
import {
  appCodeFlow,
  appMethod,
  awaitingFlow,
  callFlow,
  FLOW_ID,
  networkError,
  problem,
  smsMethod,
  voiceMethod,
} from '../../support/flows';
import { ScreenShell } from '../../support/screen-shell';
import { verificationDownload } from './download';
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

type Snapshot = SnapshotFrom<typeof securityInfoMachine>;
type Actor = ActorRefFrom<typeof securityInfoMachine>;

/** The screens of the actor under test, as the route wires them (src/flows/lazy-flow.ts). */
function Screens({ actor }: { actor: Actor }) {
  const shown = useSelector(actor, securityInfoScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  return <SecurityInfoView screen={shown} send={actor.send} verification={verification} />;
}

await addMessages({ securityInfo });

const TOKEN = 'session_0123456789abcdef';
const MOBILE_ID = '3179e48a-750b-4051-897c-87b9720928f7';
const METHODS: AuthenticationMethods = {
  phoneMethods: [
    { id: MOBILE_ID, phoneNumber: '+1 4255550110', phoneType: 'mobile', smsSignInState: 'notEnabled' },
  ],
  otherMethods: [{ type: 'authenticator-app', displayName: 'Authenticator app' }],
  defaultMethod: 'mobile-sms',
  defaultMethodOptions: ['mobile-sms', 'authenticator-app'],
  stepUpRequired: false,
  smsSignInAllowed: true,
};
const STALE: AuthenticationMethods = { ...METHODS, stepUpRequired: true };
const READY: AuthenticationMethods = {
  ...METHODS,
  phoneMethods: [{ ...METHODS.phoneMethods[0]!, smsSignInState: 'ready' }],
};
const stepUpSms: VerificationMethod = { ...smsMethod };
const STEP_UP: FlowAwaitingMethod = { ...awaitingFlow([stepUpSms, voiceMethod, appMethod]), kind: 'step-up' };
const registration = (): Flow => ({ ...appCodeFlow(), kind: 'register-phone', methods: [] });
const stepUpCode = (): Flow => ({ ...appCodeFlow(), kind: 'step-up', methods: STEP_UP.methods });
const REGISTERED: Flow = { flowId: FLOW_ID, kind: 'register-phone', stage: 'completed' };
const STEPPED_UP: Flow = { flowId: FLOW_ID, kind: 'step-up', stage: 'completed' };

const ANSWERS: AnyEventObject[] = [
  done('loadMethods', METHODS),
  done('loadMethods', STALE),
  done('loadMethods', READY),
  fail('loadMethods', problem('not-authenticated')),
  fail('loadMethods', networkError()),
  fail('saveChange', problem('step-up-required')),
  fail('saveChange', problem('not-authenticated')),
  fail('saveChange', problem('default-method-in-use')),
  done('startStepUp', STEP_UP),
  fail('startStepUp', problem('not-authenticated')),
  fail('startStepUp', problem('no-methods-registered')),
  fail('startStepUp', networkError()),
  done('loadVerification', undefined),
  fail('loadVerification', networkError()),
];

const outcome = (output: unknown) => done('verification', output);
const rejected = (code: Parameters<typeof problem>[0]) =>
  outcome({ outcome: 'rejected', failure: classify(describeError(problem(code))) });
const VERIFIED = outcome({ outcome: 'verified', flow: REGISTERED });
const STEP_UP_VERIFIED = outcome({ outcome: 'verified', flow: STEPPED_UP });
const CANCELLED = outcome({ outcome: 'left', leave: { way: 'restart' } });
const ANOTHER_METHOD = outcome({ outcome: 'left', leave: { way: 'anotherWay' } });
const TEXT_INSTEAD = outcome({ outcome: 'left', leave: { way: 'method', methodId: stepUpSms.id } });
const NUMBER_REFUSED = rejected('phone-number-in-use');
const STEP_UP_DUE = rejected('step-up-required');
const SIGNED_OUT = rejected('not-authenticated');
const STEP_UP_REFUSED = rejected('validation-failed');

const NUMBER = {
  type: 'DRAFT.NUMBER',
  phone: '+14255550130',
  country: 'US',
  directory: '+1 4255550130',
  problem: null,
} as const;

function userEvents(s: AnyMachineSnapshot): AnyEventObject[] {
  const snapshot = s as Snapshot;
  const { context } = snapshot;
  if (snapshot.matches('loadFailed')) return [{ type: 'RETRY' }];
  if (snapshot.matches('overview'))
    return [
      { type: 'ADD' },
      { type: 'CHANGE', methodId: MOBILE_ID },
      { type: 'DELETE', methodId: MOBILE_ID },
      { type: 'DEFAULT.CHANGE' },
      context.methods?.phoneMethods[0]?.smsSignInState === 'ready'
        ? { type: 'SMS.DISABLE', methodId: MOBILE_ID }
        : { type: 'SMS.ENABLE', methodId: MOBILE_ID },
    ];
  if (snapshot.matches('confirmingDelete')) return [{ type: 'DELETE.CONFIRM' }, { type: 'CANCEL' }];
  if (snapshot.matches('choosingDefault'))
    return [
      { type: 'DEFAULT.SELECT', method: 'authenticator-app' },
      { type: 'DEFAULT.SAVE' },
      { type: 'CANCEL' },
    ];
  if (snapshot.matches('editing')) {
    const office = context.draft.phoneType === 'office';
    return [
      ...(context.draft.mode === 'add'
        ? [
            { type: 'DRAFT.TYPE', phoneType: 'mobile' },
            { type: 'DRAFT.TYPE', phoneType: 'office' },
          ]
        : []),
      NUMBER,
      ...(office ? [{ type: 'DRAFT.EXTENSION', extension: '12' }] : []),
      // what the form offers: a text for a mobile, a call for an office phone
      { type: 'DRAFT.SUBMIT', verifyBy: office ? 'voice' : 'sms' },
      { type: 'CANCEL' },
    ];
  }
  if (snapshot.matches({ registering: 'running' }))
    return context.resumeFlowId
      ? [VERIFIED, CANCELLED]
      : [VERIFIED, CANCELLED, NUMBER_REFUSED, STEP_UP_DUE, SIGNED_OUT];
  if (snapshot.matches({ stepUp: 'choosingMethod' }))
    return [{ type: 'METHOD.SELECT', methodId: appMethod.id }, { type: 'CANCEL' }];
  if (snapshot.matches({ stepUp: { verifying: 'running' } }))
    return [STEP_UP_VERIFIED, CANCELLED, ANOTHER_METHOD, TEXT_INSTEAD, STEP_UP_REFUSED];
  return [];
}

/** A delete answers with nothing (the list is read again), the others with the list as it stands. */
const saved = (snapshot: Snapshot) =>
  snapshot.matches('saving')
    ? [done('saveChange', snapshot.context.change?.kind === 'delete' ? null : METHODS)]
    : [];

const spec: ModelSpec = {
  // The statechart itself, not the stand-in the app downloads it through.
  machine: securityInfoMachine.provide({ actors: { verification: verificationMachine } }),
  // the tenant's country, as the route gives it: a new form starts in it
  inputs: [
    { token: null, defaultCountry: 'US' },
    { token: TOKEN, defaultCountry: 'US' },
    { token: TOKEN, resumeFlowId: FLOW_ID, defaultCountry: 'US' },
  ],
  events: (snapshot) => [...userEvents(snapshot), ...saved(snapshot as Snapshot), ...ANSWERS],
  serialize: (s) => {
    const { context } = s as Snapshot;
    return JSON.stringify([
      s.value,
      context.methods?.stepUpRequired ?? null,
      context.steppedUp,
      context.change?.kind ?? null,
      context.draft.mode,
      context.draft.phoneType,
      context.draft.phoneProblem,
      context.draft.extension,
      context.methods?.phoneMethods[0]?.smsSignInState ?? null,
      context.resumeFlowId !== null,
      context.defaultChoice,
      context.stepUpMethods.length,
      s.status,
    ]);
  },
  stubbed: ['loadMethods', 'saveChange', 'startStepUp', 'loadVerification', 'verification'],
};

const heading = () => screen.queryByRole('heading', { level: 1 })?.textContent ?? '';
const dialog = () => screen.queryByRole('dialog');

function expectScreen(snapshot: Snapshot) {
  const { context } = snapshot;
  const child = snapshot.children.verification?.getSnapshot();
  if (snapshot.matches('loadFailed')) {
    expect(heading()).toBe(t('securityInfo.loadFailed.heading'));
    expect(screen.getByRole('alert')).toHaveTextContent(errorText(context.loadError!).title);
  } else if (snapshot.matches('confirmingDelete')) {
    expect(dialog()).toHaveAccessibleName(
      t('securityInfo.delete.heading', { type: t('securityInfo.typeIn.mobile') }),
    );
  } else if (snapshot.matches('choosingDefault')) {
    expect(dialog()).toHaveAccessibleName(t('securityInfo.defaultDialog.heading'));
    const chosen = within(dialog()!)
      .getAllByRole('radio')
      .find((radio) => (radio as HTMLInputElement).checked);
    expect((chosen as HTMLInputElement | undefined)?.value).toBe(context.defaultChoice ?? undefined);
    if (context.error)
      expect(within(dialog()!).getByRole('alert')).toHaveTextContent(errorText(context.error).title);
  } else if (snapshot.matches('overview')) {
    expect(heading()).toBe(t('securityInfo.heading'));
    expect(dialog()).toBeNull();
    if (context.error) expect(screen.getByRole('alert')).toHaveTextContent(errorText(context.error).title);
    const { notice } = context;
    if (notice) {
      const words =
        'phoneType' in notice
          ? notice.phoneType
            ? t(`securityInfo.notice.${notice.kind}`, { type: t(`securityInfo.type.${notice.phoneType}`) })
            : t('securityInfo.notice.addedPhone')
          : t(`securityInfo.notice.${notice.kind}`);
      expect(screen.getByText(words).closest('[role="status"]')).not.toBeNull();
    }
  } else if (snapshot.matches('editing')) {
    expect(heading()).toBe(
      context.draft.mode === 'add'
        ? t('securityInfo.editor.addHeading')
        : t('securityInfo.editor.changeHeading.mobile'),
    );
    if (context.draft.mode === 'add')
      expect(screen.getByRole('radio', { name: t('securityInfo.type.mobile') })).toHaveProperty(
        'checked',
        context.draft.phoneType === 'mobile',
      );
    if (context.draft.phoneType === 'office')
      expect(screen.getByLabelText(/Extension/)).toHaveValue(context.draft.extension);
    if (context.error) expect(screen.getByText(errorText(context.error).title)).toBeVisible();
  } else if (snapshot.matches({ registering: 'running' }) && child?.matches('code')) {
    expect(heading()).toContain(t('verification.code.heading'));
  } else if (snapshot.matches({ stepUp: 'choosingMethod' })) {
    expect(heading()).toBe(t('securityInfo.stepUp.heading'));
    if (context.stepUpError) expect(screen.getByRole('alert')).toBeInTheDocument();
  } else if (snapshot.matches({ stepUp: { verifying: 'running' } }) && child?.matches('code')) {
    expect(heading()).toContain(t('verification.code.heading'));
  } else if (snapshot.matches('saving') || snapshot.matches('refreshing')) {
    expect(heading()).toBe(t('securityInfo.heading'));
  }
  // loading, a step-up starting, signed out: the page is busy, with nothing to act on
  if (snapshot.matches('loading') || snapshot.matches({ stepUp: 'starting' }) || snapshot.status === 'done')
    expect(screen.getByText(t('securityInfo.loading'))).toBeVisible();
}

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
  const inStepUp = (actor: Actor) => actor.getSnapshot().matches('stepUp');
  return async (event: AnyEventObject, actor: Actor) => {
    const { type } = event;
    await settleOnScreen();
    if (event === VERIFIED || event === STEP_UP_VERIFIED) {
      await childTo(actor, inStepUp(actor) ? stepUpCode() : registration(), 'code');
      fireEvent.change(screen.getByLabelText(t('verification.code.label')), { target: { value: '123456' } });
      await settleOnScreen();
      backend.answer('check', inStepUp(actor) ? STEPPED_UP : REGISTERED);
    } else if (event === CANCELLED || event === ANOTHER_METHOD) {
      await childTo(actor, inStepUp(actor) ? stepUpCode() : registration(), 'code');
      click(t(event === CANCELLED ? 'securityInfo.cancel' : 'securityInfo.stepUp.anotherMethod'));
    } else if (event === TEXT_INSTEAD) {
      await childTo(
        actor,
        { ...callFlow('voicemail', 20, 0), kind: 'step-up', methods: STEP_UP.methods },
        'callEnded',
      );
      click(t('verification.call.textInstead'));
    } else if (
      event === NUMBER_REFUSED ||
      event === STEP_UP_DUE ||
      event === SIGNED_OUT ||
      event === STEP_UP_REFUSED
    ) {
      backend.answer(
        'send',
        event.output.failure.error.code === 'validation-failed'
          ? problem('validation-failed')
          : problem(event.output.failure.error.code),
      );
    } else if (type === 'xstate.done.actor.loadVerification') {
      download.arrive();
    } else if (type === 'xstate.error.actor.loadVerification') {
      download.fail();
    } else if (type.startsWith('xstate.done.actor.') || type.startsWith('xstate.error.actor.')) {
      const id = type.replace(/^xstate\.(done|error)\.actor\./, '');
      const kind = id === 'loadMethods' ? 'methods' : id === 'saveChange' ? 'save' : 'stepUp';
      backend.answer(kind, type.startsWith('xstate.done') ? event.output : event.error);
    } else if (type === 'RETRY') {
      click(t('securityInfo.tryAgain'));
    } else if (type === 'ADD') {
      click(t('securityInfo.add'));
    } else if (type === 'CHANGE') {
      click(/^Change number/);
    } else if (type === 'DELETE') {
      click(/^Delete your mobile phone/);
    } else if (type === 'DELETE.CONFIRM') {
      fireEvent.click(within(dialog()!).getByRole('button', { name: t('securityInfo.delete.confirm') }));
    } else if (type === 'DEFAULT.CHANGE') {
      click(t('securityInfo.default.changeLabel'));
    } else if (type === 'DEFAULT.SELECT') {
      fireEvent.click(within(dialog()!).getByRole('radio', { name: /authenticator app/ }));
    } else if (type === 'DEFAULT.SAVE') {
      fireEvent.click(within(dialog()!).getByRole('button', { name: t('securityInfo.defaultDialog.save') }));
    } else if (type === 'SMS.ENABLE') {
      click(t('securityInfo.sms.enable'));
    } else if (type === 'CANCEL') {
      const box = dialog();
      fireEvent.click((box ? within(box) : screen).getByRole('button', { name: t('securityInfo.cancel') }));
    } else if (type === 'DRAFT.TYPE') {
      fireEvent.click(
        screen.getByRole('radio', { name: t(`securityInfo.type.${event.phoneType as PhoneType}`) }),
      );
    } else if (type === 'DRAFT.EXTENSION') {
      fireEvent.change(screen.getByLabelText(/Extension/), { target: { value: event.extension } });
    } else if (type === 'DRAFT.NUMBER') {
      fireEvent.change(screen.getByLabelText('Phone number'), { target: { value: '4255550130' } });
    } else if (type === 'DRAFT.SUBMIT') {
      click(t(event.verifyBy === 'sms' ? 'securityInfo.editor.sms' : 'securityInfo.editor.voice'));
    } else if (type === 'SMS.DISABLE') {
      click(t('securityInfo.sms.disable'));
    } else if (type === 'METHOD.SELECT') {
      click(/authenticator app/);
    } else {
      throw new Error(`no way to cause ${type} on the screen`);
    }
  };
}

const replayOnScreens = (path: ModelPath) => {
  const chunk = verificationDownload();
  return replayOnScreen<Actor>({
    machine: securityInfoMachine.provide({
      actors: { verification: verificationMachine, loadVerification: chunk.logic },
    }),
    path,
    screens: (actor) => (
      <ScreenShell>
        <Screens actor={actor} />
      </ScreenShell>
    ),
    perform: perform(scriptedBackend(), chunk),
    expectScreen: (snapshot) => expectScreen(snapshot as Snapshot),
  });
};

describe('security info, model-based, on the real screens', () => {
  // In the app these download when first needed; here, before the run.
  beforeAll(async () => {
    await import('../../../src/flows/security-info/PhoneEditorScreen');
    await import('../../../src/flows/verification/View');
    await preloadClient();
  });

  it('covers every state and every transition', async () => {
    await expectFullCoverageOnScreens('security info', spec, replayOnScreens);
  }, 180_000);
});
