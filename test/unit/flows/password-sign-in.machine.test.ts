import { createActor } from 'xstate';
import type { Flow, FlowAwaitingMethod } from '../../../src/api/types';
import { flowMemory } from '../../../src/flows/flow-memory';
import { orderMethods, passwordSignInMachine } from '../../../src/flows/password-sign-in/machine';
import { type SendRequest, verificationMachine } from '../../../src/flows/verification/machine';
import { sessionToken } from '../../../src/session/token';
import { controlled, flush, simulatedTime } from '../../support/actors';
import {
  appMethod,
  callFlow,
  codeFlow,
  completedFlow,
  FLOW_ID,
  networkError,
  problem,
  smsMethod,
  voiceMethod,
} from '../../support/flows';

const awaiting = (methods = [voiceMethod, smsMethod, appMethod]): FlowAwaitingMethod => ({
  flowId: FLOW_ID,
  kind: 'password-sign-in',
  stage: 'awaiting-method',
  expiresInSeconds: 600,
  step: { current: 1, total: 1 },
  methods,
  defaultMethodId: smsMethod.id,
  user: { username: 'megan@contoso.example' },
});

let time: ReturnType<typeof simulatedTime>;
beforeEach(() => {
  time = simulatedTime();
});
afterEach(() => time.restore());

function start(resumeFlowId: string | null = null) {
  const signIn = controlled<Flow, { username: string; password: string }>();
  const loadFlow = controlled<Flow, { flowId: string }>();
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const childLoad = controlled<Flow, { flowId: string }>();
  const checkCode = controlled<Flow, { flowId: string; code: string }>();
  const abandonFlow = vi.fn();
  const hangUp = vi.fn();
  const actor = createActor(
    passwordSignInMachine.provide({
      actions: { abandonFlow, hangUp },
      actors: {
        signIn: signIn.logic,
        loadFlow: loadFlow.logic,
        verification: verificationMachine.provide({
          actors: { sendCode: sendCode.logic, loadFlow: childLoad.logic, checkCode: checkCode.logic },
        }),
      },
    }),
    { input: { resumeFlowId }, clock: time.clock },
  ).start();
  const child = () => actor.getSnapshot().children.verification;
  const value = () => actor.getSnapshot().value;
  return { actor, signIn, loadFlow, sendCode, childLoad, checkCode, abandonFlow, hangUp, child, value };
}

async function atChooser() {
  const h = start();
  h.actor.send({ type: 'USERNAME.CHANGE', username: ' megan@contoso.example ' });
  h.actor.send({ type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' });
  h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
  h.signIn.last().resolve(awaiting());
  await flush();
  return h;
}

describe('credentials', () => {
  it.each([
    ['', 'secret', 'username-required'],
    ['  ', 'secret', 'username-required'],
    ['megan@contoso.example', '', 'password-required'],
  ])('asks for what is missing (%j / %j)', (username, password, problem) => {
    const h = start();
    h.actor.send({ type: 'USERNAME.CHANGE', username });
    h.actor.send({ type: 'PASSWORD.CHANGE', password });
    h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
    expect(h.value()).toBe('credentials');
    expect(h.actor.getSnapshot().context.credentialsProblem).toBe(problem);
    expect(h.signIn.calls).toHaveLength(0);
  });

  it('sends the trimmed user name, busy meanwhile', () => {
    const h = start();
    h.actor.send({ type: 'USERNAME.CHANGE', username: ' megan@contoso.example ' });
    h.actor.send({ type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' });
    h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
    expect(h.actor.getSnapshot().hasTag('busy')).toBe(true);
    expect(h.signIn.last().input).toEqual({ username: 'megan@contoso.example', password: 'Passw0rd!demo' });
  });

  it.each([
    ['invalid-credentials', problem('invalid-credentials'), 'credentials'],
    ['network-error', networkError(), 'credentials'],
    ['too-many-requests', problem('too-many-requests', { retryAfterSeconds: 30 }), 'credentials'],
    ['user-blocked', problem('user-blocked'), 'blocked'],
  ])('after %s goes to %s, keeping what was typed', async (code, error, value) => {
    const h = start();
    h.actor.send({ type: 'USERNAME.CHANGE', username: 'bob@contoso.example' });
    h.actor.send({ type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' });
    h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
    h.signIn.last().reject(error);
    await flush();
    expect(h.value()).toBe(value);
    const { context } = h.actor.getSnapshot();
    expect(context.username).toBe('bob@contoso.example');
    expect(context.password).toBe('Passw0rd!demo');
    expect((value === 'blocked' ? context.blocked : context.credentialsError)?.code).toBe(code);
  });

  it('signs a user without methods straight in', async () => {
    const h = start();
    h.actor.send({ type: 'USERNAME.CHANGE', username: 'newt@contoso.example' });
    h.actor.send({ type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' });
    h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
    h.signIn.last().resolve(completedFlow('password-sign-in'));
    await flush();
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(sessionToken.get()).toBe('session_0123456789abcdef');
  });
});

describe('choosing a method', () => {
  it('lists the default first and remembers the flow', async () => {
    const h = await atChooser();
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
    expect(h.actor.getSnapshot().context.methods.map((m) => m.id)).toEqual([
      'mobile-sms',
      'mobile-voice',
      'app-code',
    ]);
    expect(flowMemory.recall('password-sign-in')).toBe(FLOW_ID);
  });

  it('ignores a method that is not usable', async () => {
    const h = start();
    h.actor.send({ type: 'USERNAME.CHANGE', username: 'tara@trial.example' });
    h.actor.send({ type: 'PASSWORD.CHANGE', password: 'x' });
    h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
    h.signIn
      .last()
      .resolve(
        awaiting([smsMethod, { ...voiceMethod, available: false, unavailableReason: 'voice-unavailable' }]),
      );
    await flush();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'nope' });
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
  });

  it('verifies the chosen method through the shared child', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    expect(h.value()).toBe('verifying');
    expect(h.sendCode.last().input).toMatchObject({
      request: { kind: 'method', flowId: FLOW_ID, methodId: 'mobile-voice' },
    });
  });

  it('signs in when the verification completes the flow', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    h.sendCode.last().resolve({ ...codeFlow(), kind: 'password-sign-in' });
    await flush();
    h.child()!.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().resolve(completedFlow('password-sign-in'));
    await flush();
    expect(h.actor.getSnapshot().output?.session.user.displayName).toBe('Ava Ortiz');
    expect(flowMemory.recall('password-sign-in')).toBeNull();
  });

  it('"Sign in another way" stops the call and its polling, then refreshes the list', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().resolve(callFlow());
    await flush();
    time.clock.increment(1_000);
    await flush();
    const poll = h.childLoad.last();
    h.actor.send({ type: 'ANOTHER_WAY' });
    expect(poll.signal.aborted).toBe(true);
    expect(h.child()).toBeUndefined();
    expect(h.value()).toEqual({ choosingMethod: 'refreshing' });
    h.loadFlow.last().resolve(awaiting([smsMethod, appMethod]));
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
    expect(h.actor.getSnapshot().context.methods).toHaveLength(2);
  });

  it('"Cancel the call" hangs it up, stops polling and goes back to the list', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().resolve(callFlow());
    await flush();
    h.actor.send({ type: 'CALL.CANCEL' });
    expect(h.hangUp).toHaveBeenCalledTimes(1);
    expect(h.child()).toBeUndefined();
    expect(h.value()).toEqual({ choosingMethod: 'refreshing' });
  });

  it('switches straight to another method from a verification screen ("Text me instead")', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().reject(problem('call-limit', { retryAfterSeconds: 900, alternatives: ['mobile-sms'] }));
    await flush();
    expect(h.child()!.getSnapshot().value).toBe('throttled');
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    expect(h.sendCode.last().input).toMatchObject({ request: { methodId: 'mobile-sms' } });
  });

  it('returns to the list with the reason when the method is refused', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    h.sendCode.last().reject(problem('validation-failed'));
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'refreshing' });
    expect(h.actor.getSnapshot().context.methodError?.code).toBe('validation-failed');
    h.loadFlow.last().reject(networkError());
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
  });

  it('starts again from the user name, abandoning the flow', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'RESTART' });
    expect(h.value()).toBe('credentials');
    expect(h.abandonFlow).toHaveBeenCalled();
    expect(h.actor.getSnapshot().context).toMatchObject({
      username: ' megan@contoso.example ',
      password: '',
    });
  });
});

describe('reload', () => {
  it.each([
    ['awaiting a method', awaiting(), { choosingMethod: 'ready' }],
    ['verifying', callFlow(), 'verifying'],
    ['completed', completedFlow('password-sign-in'), 'signedIn'],
  ])('resumes a flow %s without sending anything', async (_, flow, value) => {
    const h = start(FLOW_ID);
    expect(h.value()).toBe('resuming');
    h.loadFlow.last().resolve(flow);
    await flush();
    expect(h.value()).toEqual(value);
    expect(h.sendCode.calls).toHaveLength(0);
  });

  it('resumes the verification child from the flow, not by sending', async () => {
    const h = start(FLOW_ID);
    h.loadFlow.last().resolve(callFlow());
    await flush();
    expect(h.child()!.getSnapshot().value).toBe('resuming');
    expect(h.childLoad.last().input).toEqual({ flowId: FLOW_ID });
  });

  it('starts from the user name when the flow has expired', async () => {
    const h = start(FLOW_ID);
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.value()).toBe('credentials');
    expect(flowMemory.recall('password-sign-in')).toBeNull();
  });
});

it('orders the default method first, keeping the rest in order', () => {
  const ids = orderMethods([voiceMethod, appMethod, smsMethod]).map((m) => m.id);
  expect(ids).toEqual(['mobile-sms', 'mobile-voice', 'app-code']);
});
