import { createActor, fromCallback, fromPromise } from 'xstate';
import type { AuthenticationMethods, Flow, FlowCompleted } from '../../../src/api/types';
import { rememberedFlow } from '../../../src/flows/remembered-flow';
import { type Change, draftProblem, securityInfoMachine } from '../../../src/flows/security-info/machine';
import { type SendRequest, verificationMachine } from '../../../src/flows/verification/machine';
import { sessionToken } from '../../../src/session/token';
import { controlled, flush, simulatedTime } from '../../support/actors';
import {
  appMethod,
  awaitingFlow,
  codeFlow,
  FLOW_ID,
  networkError,
  problem,
  smsMethod,
} from '../../support/flows';

const TOKEN = 'session_0123456789abcdef';
const MOBILE_ID = '3179e48a-750b-4051-897c-87b9720928f7';

const NO_METHODS: AuthenticationMethods = {
  phoneMethods: [],
  otherMethods: [],
  defaultMethod: null,
  defaultMethodOptions: [],
  stepUpRequired: false,
  smsSignInAllowed: true,
};
const WITH_MOBILE: AuthenticationMethods = {
  phoneMethods: [
    { id: MOBILE_ID, phoneNumber: '+1 4255550110', phoneType: 'mobile', smsSignInState: 'notEnabled' },
  ],
  otherMethods: [{ type: 'authenticator-app', displayName: 'Authenticator app' }],
  defaultMethod: 'mobile-sms',
  defaultMethodOptions: ['mobile-sms', 'mobile-voice', 'authenticator-app'],
  stepUpRequired: true,
  smsSignInAllowed: true,
};
const registered: FlowCompleted = { flowId: FLOW_ID, kind: 'register-phone', stage: 'completed' };
const registrationCode = (): Flow => ({ ...codeFlow(), kind: 'register-phone' });

let time: ReturnType<typeof simulatedTime>;
beforeEach(() => {
  time = simulatedTime();
});
afterEach(() => time.restore());

function start(input: { token?: string | null; resumeFlowId?: string } = {}) {
  const loadMethods = controlled<AuthenticationMethods, { token: string }>();
  const saveChange = controlled<AuthenticationMethods | null, { token: string; change: Change }>();
  const startStepUp = controlled<Flow, { token: string }>();
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const checkCode = controlled<Flow, { flowId: string; code: string; idempotencyKey: string }>();
  const childLoad = controlled<Flow, { flowId: string; flowSecret: string | null }>();
  const actor = createActor(
    securityInfoMachine.provide({
      actors: {
        loadMethods: loadMethods.logic,
        saveChange: saveChange.logic,
        startStepUp: startStepUp.logic,
        // the statechart is provided here as it is; its download is the browser's business
        loadVerification: fromPromise<void>(async () => undefined),
        verification: verificationMachine.provide({
          actors: {
            sendCode: sendCode.logic,
            checkCode: checkCode.logic,
            loadFlow: childLoad.logic,
            holdLine: fromCallback(() => undefined),
          },
        }),
      },
    }),
    {
      input: { token: input.token === undefined ? TOKEN : input.token, resumeFlowId: input.resumeFlowId },
      clock: time.clock,
    },
  ).start();
  const value = () => actor.getSnapshot().value;
  const context = () => actor.getSnapshot().context;
  const child = () => actor.getSnapshot().children.verification;
  /** The methods arrive; the page shows them. */
  const loaded = async (methods: AuthenticationMethods) => {
    loadMethods.last().resolve(methods);
    await flush();
  };
  /** The child got its first answer (a code sent) and the code is right. */
  const verifyByCode = async (answer: Flow) => {
    sendCode.last().resolve(registrationCode());
    await flush();
    child()!.send({ type: 'CODE.CHANGE', code: '123456' });
    checkCode.last().resolve(answer);
    await flush();
  };
  const typeMobile = (e164 = '+14255550130', directory = '+1 4255550130') => {
    actor.send({ type: 'DRAFT.TYPE', phoneType: 'mobile' });
    actor.send({ type: 'DRAFT.NUMBER', phone: e164, country: 'US', directory, problem: null });
  };
  return {
    actor,
    value,
    context,
    child,
    loaded,
    verifyByCode,
    typeMobile,
    loadMethods,
    saveChange,
    startStepUp,
    sendCode,
    checkCode,
    childLoad,
  };
}

describe('the list', () => {
  it('goes to sign in without a session, asking for nothing', () => {
    const h = start({ token: null });
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.actor.getSnapshot().output).toEqual({ to: 'sign-in' });
    expect(h.loadMethods.calls).toHaveLength(0);
  });

  it('shows the methods once read', async () => {
    const h = start();
    expect(h.loadMethods.last().input).toEqual({ token: TOKEN });
    await h.loaded(WITH_MOBILE);
    expect(h.value()).toBe('overview');
    expect(h.context().methods).toEqual(WITH_MOBILE);
  });

  it('forgets a session the backend no longer knows, and goes to sign in', async () => {
    sessionToken.set(TOKEN);
    const h = start();
    h.loadMethods.last().reject(problem('not-authenticated'));
    await flush();
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(sessionToken.get()).toBeNull();
  });

  it('says it could not read the list, and reads it again on request', async () => {
    const h = start();
    h.loadMethods.last().reject(networkError());
    await flush();
    expect(h.value()).toBe('loadFailed');
    expect(h.context().loadError?.code).toBe('network-error');
    h.actor.send({ type: 'RETRY' });
    expect(h.loadMethods.calls).toHaveLength(2);
    await h.loaded(NO_METHODS);
    expect(h.value()).toBe('overview');
  });
});

describe('adding a phone', () => {
  it('checks the form before sending anything', async () => {
    const h = start();
    await h.loaded(NO_METHODS);
    h.actor.send({ type: 'ADD' });
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'sms' });
    expect(h.value()).toBe('editing');
    expect(h.context().draftProblem).toBe('type-required');
    h.actor.send({ type: 'DRAFT.TYPE', phoneType: 'mobile' });
    h.actor.send({
      type: 'DRAFT.NUMBER',
      phone: '+1425',
      country: 'US',
      directory: '+1 425',
      problem: 'too-short',
    });
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'sms' });
    expect(h.context().draftProblem).toBe('too-short');
    expect(h.sendCode.calls).toHaveLength(0);
  });

  it('a first phone needs no step-up: verified by a text, then saved, announced and the list read again', async () => {
    const h = start();
    await h.loaded(NO_METHODS);
    h.actor.send({ type: 'ADD' });
    h.typeMobile();
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'sms' });
    await flush();
    expect(h.value()).toEqual({ registering: 'running' });
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'register-phone',
      token: TOKEN,
      phoneType: 'mobile',
      phoneNumber: '+1 4255550130',
      verifyBy: 'sms',
    });
    h.sendCode.last().resolve(registrationCode());
    await flush();
    // the registration's flow is remembered while it runs, so a reload picks it up
    expect(rememberedFlow('register-phone')).toBe(FLOW_ID);
    h.child()!.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().resolve(registered);
    await flush();
    expect(h.value()).toBe('refreshing');
    expect(rememberedFlow('register-phone')).toBeNull();
    await h.loaded({ ...NO_METHODS, phoneMethods: WITH_MOBILE.phoneMethods });
    expect(h.value()).toBe('overview');
    expect(h.context().notice).toEqual({ kind: 'added', phoneType: 'mobile' });
  });

  it('an office phone: its extension goes with the number, and it is verified by a call only', async () => {
    const h = start();
    await h.loaded(NO_METHODS);
    h.actor.send({ type: 'ADD' });
    h.actor.send({ type: 'DRAFT.TYPE', phoneType: 'office' });
    h.actor.send({
      type: 'DRAFT.NUMBER',
      phone: '+14255550140',
      country: 'US',
      directory: '+1 4255550140',
      problem: null,
    });
    h.actor.send({ type: 'DRAFT.EXTENSION', extension: '12a' });
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'voice' });
    expect(h.context().draftProblem).toBe('extension-invalid');
    h.actor.send({ type: 'DRAFT.EXTENSION', extension: '1234' });
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'sms' });
    expect(h.value()).toBe('editing');
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'voice' });
    await flush();
    expect(h.sendCode.last().input.request).toMatchObject({
      kind: 'register-phone',
      phoneType: 'office',
      phoneNumber: '+1 4255550140x1234',
      verifyBy: 'voice',
    });
  });

  it('a refusal goes back to the form with the reason and everything typed', async () => {
    const h = start();
    await h.loaded(NO_METHODS);
    h.actor.send({ type: 'ADD' });
    h.typeMobile();
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'sms' });
    await flush();
    h.sendCode.last().reject(problem('virtual-number'));
    await flush();
    expect(h.value()).toBe('editing');
    expect(h.context().error?.code).toBe('virtual-number');
    expect(h.context().draft).toMatchObject({ phoneType: 'mobile', phone: '+14255550130' });
  });

  it('cancelling the verification goes back to the form as it was; nothing is saved', async () => {
    const h = start();
    await h.loaded(NO_METHODS);
    h.actor.send({ type: 'ADD' });
    h.typeMobile();
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'sms' });
    await flush();
    h.sendCode.last().resolve(registrationCode());
    await flush();
    h.child()!.send({ type: 'LEAVE', leave: { way: 'restart' } });
    await flush();
    expect(h.value()).toBe('editing');
    expect(h.context().draft.phone).toBe('+14255550130');
    expect(rememberedFlow('register-phone')).toBeNull();
  });

  it('picks up a registration after a reload, and says the phone is saved', async () => {
    const h = start({ resumeFlowId: FLOW_ID });
    await h.loaded(NO_METHODS);
    expect(h.value()).toEqual({ registering: 'running' });
    expect(h.childLoad.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null });
    expect(h.sendCode.calls).toHaveLength(0);
    h.childLoad.last().resolve(registrationCode());
    await flush();
    h.child()!.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().resolve(registered);
    await flush();
    await h.loaded({ ...NO_METHODS, phoneMethods: WITH_MOBILE.phoneMethods });
    expect(h.context().notice).toEqual({ kind: 'added', phoneType: null });
  });

  it('tells what is wrong with the form: the type, the number, the extension', () => {
    const draft = {
      mode: 'add' as const,
      methodId: null,
      phoneType: null,
      phone: '',
      country: 'US',
      directory: null,
      phoneProblem: 'required' as const,
      extension: '',
    };
    expect(draftProblem(draft)).toBe('type-required');
    expect(draftProblem({ ...draft, phoneType: 'mobile' })).toBe('required');
    expect(
      draftProblem({ ...draft, phoneType: 'office', phoneProblem: null, extension: '12345678901' }),
    ).toBe('extension-invalid');
    // an extension typed for a mobile is not sent, so it does not stop the form
    expect(draftProblem({ ...draft, phoneType: 'mobile', phoneProblem: null, extension: 'x' })).toBeNull();
  });
});

describe('step-up', () => {
  async function megansChange() {
    const h = start();
    await h.loaded(WITH_MOBILE);
    h.actor.send({ type: 'ADD' });
    h.actor.send({ type: 'DRAFT.TYPE', phoneType: 'office' });
    h.actor.send({
      type: 'DRAFT.NUMBER',
      phone: '+14255550140',
      country: 'US',
      directory: '+1 4255550140',
      problem: null,
    });
    h.actor.send({ type: 'DRAFT.SUBMIT', verifyBy: 'voice' });
    await flush();
    return h;
  }

  it('proves it is the person first, then goes on with the change as typed', async () => {
    const h = await megansChange();
    expect(h.value()).toEqual({ stepUp: 'starting' });
    expect(h.sendCode.calls).toHaveLength(0);
    h.startStepUp.last().resolve({ ...awaitingFlow([smsMethod, appMethod]), kind: 'step-up' });
    await flush();
    expect(h.value()).toEqual({ stepUp: 'choosingMethod' });
    expect(h.context().stepUpMethods.map((method) => method.id)).toEqual(['mobile-sms', 'app-code']);
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    await flush();
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'mobile-sms',
    });
    await h.verifyByCode({ flowId: FLOW_ID, kind: 'step-up', stage: 'completed' });
    await flush();
    expect(h.value()).toEqual({ registering: 'running' });
    expect(h.sendCode.last().input.request).toMatchObject({
      kind: 'register-phone',
      phoneType: 'office',
      phoneNumber: '+1 4255550140',
      verifyBy: 'voice',
    });
  });

  it('cancelling the step-up goes back to the form with what was typed', async () => {
    const h = await megansChange();
    h.startStepUp.last().resolve({ ...awaitingFlow([smsMethod, appMethod]), kind: 'step-up' });
    await flush();
    h.actor.send({ type: 'CANCEL' });
    expect(h.value()).toBe('editing');
    expect(h.context().draft.phone).toBe('+14255550140');
  });

  it('a step-up the backend asks for later (the proof has gone stale) is done, then the change', async () => {
    const h = start();
    await h.loaded({ ...WITH_MOBILE, stepUpRequired: false });
    h.actor.send({ type: 'SMS.ENABLE', methodId: MOBILE_ID });
    expect(h.value()).toBe('saving');
    h.saveChange.last().reject(problem('step-up-required'));
    await flush();
    expect(h.value()).toEqual({ stepUp: 'starting' });
  });
});

describe('delete, default, SMS sign-in', () => {
  it('deletes only once confirmed, then reads the list again and says so', async () => {
    const h = start();
    await h.loaded({ ...WITH_MOBILE, stepUpRequired: false });
    h.actor.send({ type: 'DELETE', methodId: MOBILE_ID });
    expect(h.value()).toBe('confirmingDelete');
    h.actor.send({ type: 'CANCEL' });
    expect(h.value()).toBe('overview');
    expect(h.saveChange.calls).toHaveLength(0);
    h.actor.send({ type: 'DELETE', methodId: MOBILE_ID });
    h.actor.send({ type: 'DELETE.CONFIRM' });
    expect(h.saveChange.last().input.change).toEqual({
      kind: 'delete',
      methodId: MOBILE_ID,
      phoneType: 'mobile',
    });
    h.saveChange.last().resolve(null);
    await flush();
    expect(h.value()).toBe('refreshing');
    await h.loaded(NO_METHODS);
    expect(h.value()).toBe('overview');
    expect(h.context().notice).toEqual({ kind: 'deleted', phoneType: 'mobile' });
  });

  it('a refused delete says why on the list', async () => {
    const h = start();
    await h.loaded({ ...WITH_MOBILE, stepUpRequired: false });
    h.actor.send({ type: 'DELETE', methodId: MOBILE_ID });
    h.actor.send({ type: 'DELETE.CONFIRM' });
    h.saveChange.last().reject(problem('default-method-in-use'));
    await flush();
    expect(h.value()).toBe('overview');
    expect(h.context().error?.code).toBe('default-method-in-use');
    expect(h.context().change).toBeNull();
  });

  it('changes the default only when another is chosen; a refusal stays in the dialog', async () => {
    const h = start();
    await h.loaded({ ...WITH_MOBILE, stepUpRequired: false });
    h.actor.send({ type: 'DEFAULT.CHANGE' });
    expect(h.context().defaultChoice).toBe('mobile-sms');
    h.actor.send({ type: 'DEFAULT.SAVE' });
    expect(h.value()).toBe('overview');
    expect(h.saveChange.calls).toHaveLength(0);

    h.actor.send({ type: 'DEFAULT.CHANGE' });
    h.actor.send({ type: 'DEFAULT.SELECT', method: 'authenticator-app' });
    h.actor.send({ type: 'DEFAULT.SAVE' });
    expect(h.saveChange.last().input.change).toEqual({ kind: 'default', method: 'authenticator-app' });
    h.saveChange.last().reject(problem('default-method-unusable'));
    await flush();
    expect(h.value()).toBe('choosingDefault');
    expect(h.context().defaultChoice).toBe('authenticator-app');
    expect(h.context().error?.code).toBe('default-method-unusable');

    h.actor.send({ type: 'DEFAULT.SAVE' });
    h.saveChange
      .last()
      .resolve({ ...WITH_MOBILE, defaultMethod: 'authenticator-app', stepUpRequired: false });
    await flush();
    expect(h.value()).toBe('overview');
    expect(h.context().methods?.defaultMethod).toBe('authenticator-app');
    expect(h.context().notice).toEqual({ kind: 'default' });
  });

  it('turns SMS sign-in on and off, the answer being the list as it now stands', async () => {
    const h = start();
    await h.loaded({ ...WITH_MOBILE, stepUpRequired: false });
    h.actor.send({ type: 'SMS.ENABLE', methodId: MOBILE_ID });
    expect(h.saveChange.last().input.change).toEqual({ kind: 'sms', methodId: MOBILE_ID, enable: true });
    const ready = {
      ...WITH_MOBILE,
      stepUpRequired: false,
      phoneMethods: [{ ...WITH_MOBILE.phoneMethods[0]!, smsSignInState: 'ready' as const }],
    };
    h.saveChange.last().resolve(ready);
    await flush();
    expect(h.context().notice).toEqual({ kind: 'smsEnabled' });
    h.actor.send({ type: 'SMS.DISABLE', methodId: MOBILE_ID });
    h.saveChange.last().resolve(WITH_MOBILE);
    await flush();
    expect(h.context().notice).toEqual({ kind: 'smsDisabled' });
  });

  it('an unreachable backend leaves the list as it was, saying so', async () => {
    const h = start();
    await h.loaded({ ...WITH_MOBILE, stepUpRequired: false });
    h.actor.send({ type: 'SMS.ENABLE', methodId: MOBILE_ID });
    h.saveChange.last().reject(networkError());
    await flush();
    expect(h.value()).toBe('overview');
    expect(h.context().error?.code).toBe('network-error');
    expect(h.context().methods).toEqual({ ...WITH_MOBILE, stepUpRequired: false });
  });
});
