import { createActor, fromPromise } from 'xstate';
import { ApiError } from '../../../src/api/errors';
import type { Flow } from '../../../src/api/types';
import { credentialsProblem, passwordSignInMachine } from '../../../src/flows/password-sign-in/machine';
import { rememberedFlow, rememberedFlowSecret, rememberFlow } from '../../../src/flows/remembered-flow';
import { type SendRequest, verificationMachine } from '../../../src/flows/verification/machine';
import { listMethods } from '../../../src/flows/verification/methods';
import { sessionToken } from '../../../src/session/token';
import { controlled, downloaded, flush, simulatedTime } from '../../support/actors';
import { recordApi } from '../../support/api-log';
import {
  appMethod,
  awaitingFlow,
  callFlow,
  codeFlow,
  completedFlow,
  FLOW_ID,
  networkError,
  problem,
  smsMethod,
  voiceMethod,
} from '../../support/flows';

const api = recordApi();

const awaiting = (methods = [voiceMethod, smsMethod, appMethod]) => awaitingFlow(methods);

let time: ReturnType<typeof simulatedTime>;
beforeEach(() => {
  time = simulatedTime();
});
afterEach(() => time.restore());

const SECRET = 'secret_0123456789abcdefghijkl';

function start(resumeFlowId: string | null = null, resumeFlowSecret: string | null = null) {
  const signIn = controlled<Flow, { username: string; password: string }>();
  const loadFlow = controlled<Flow, { flowId: string; flowSecret: string | null }>();
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const childLoad = controlled<Flow, { flowId: string; flowSecret: string | null }>();
  const checkCode = controlled<Flow, { flowId: string; code: string; idempotencyKey: string }>();
  const leaveCall = controlled<
    Flow | null,
    { flowId: string; flowSecret: string | null; registration: boolean }
  >();
  const actor = createActor(
    passwordSignInMachine.provide({
      actors: {
        signIn: signIn.logic,
        loadFlow: loadFlow.logic,
        loadVerification: downloaded,
        verification: verificationMachine.provide({
          actors: {
            sendCode: sendCode.logic,
            loadFlow: childLoad.logic,
            checkCode: checkCode.logic,
            leaveCall: leaveCall.logic,
          },
        }),
      },
    }),
    { input: { resumeFlowId, resumeFlowSecret }, clock: time.clock },
  ).start();
  const child = () => actor.getSnapshot().children.verification;
  const value = () => actor.getSnapshot().value;
  return { actor, signIn, loadFlow, sendCode, childLoad, checkCode, leaveCall, child, value };
}

async function atChooser() {
  const h = start();
  h.actor.send({ type: 'USERNAME.CHANGE', username: ' megan@contoso.example ' });
  h.actor.send({ type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' });
  h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
  h.signIn.last().resolve({ ...awaiting(), flowSecret: SECRET });
  await flush();
  return h;
}

describe('credentials', () => {
  it.each([
    ['', 'secret', 'username-required'],
    ['  ', 'secret', 'username-required'],
    ['x'.repeat(257), 'secret', 'username-too-long'],
    ['megan@contoso.example', '', 'password-required'],
    ['megan@contoso.example', '    ', 'password-blank'],
    ['megan@contoso.example', 'a'.repeat(257), 'password-too-long'],
  ])('stops %j / %j before sending: %s', (username, password, problem) => {
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
    expect(rememberedFlow('password-sign-in')).toBe(FLOW_ID);
    expect(rememberedFlowSecret('password-sign-in')).toBe(SECRET);
  });

  it('gives the verification the flow’s secret: a call approved meanwhile is read with it', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().resolve({ ...callFlow(), kind: 'password-sign-in' });
    await flush();
    await vi.waitFor(async () => {
      time.clock.increment(250);
      await flush();
      expect(h.childLoad.calls.length).toBeGreaterThan(0);
    });
    expect(h.childLoad.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET });
    h.childLoad.last().resolve(completedFlow('password-sign-in'));
    await flush();
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(sessionToken.get()).toBe('session_0123456789abcdef');
    expect(rememberedFlowSecret('password-sign-in')).toBeNull();
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
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    expect(h.value()).toEqual({ verifying: 'running' });
    expect(h.sendCode.calls).toHaveLength(1);
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'mobile-voice',
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
    expect(rememberedFlow('password-sign-in')).toBeNull();
  });

  it('"Sign in another way" hangs the call up, stops its polling, then refreshes the list', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().resolve(callFlow());
    await flush();
    time.clock.increment(1_000);
    await flush();
    const poll = h.childLoad.last();
    h.child()!.send({ type: 'LEAVE', leave: { way: 'anotherWay' } });
    expect(poll.signal.aborted).toBe(true);
    expect(h.leaveCall.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET, registration: false });
    h.leaveCall.last().resolve(awaiting());
    await flush();
    expect(h.child()).toBeUndefined();
    expect(h.value()).toEqual({ choosingMethod: 'refreshing' });
    h.loadFlow.last().resolve(awaiting([smsMethod, appMethod]));
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
    expect(h.actor.getSnapshot().context.methods).toHaveLength(2);
  });

  it('"Cancel the call" hangs it up and goes back to the list', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().resolve(callFlow());
    await flush();
    h.child()!.send({ type: 'LEAVE', leave: { way: 'cancelCall' } });
    h.leaveCall.last().resolve(awaiting());
    await flush();
    expect(h.child()).toBeUndefined();
    expect(h.value()).toEqual({ choosingMethod: 'refreshing' });
  });

  it('signs in after all when # was pressed while the person left the call', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().resolve(callFlow());
    await flush();
    h.child()!.send({ type: 'LEAVE', leave: { way: 'method', methodId: 'mobile-sms' } });
    h.leaveCall.last().resolve(completedFlow('password-sign-in'));
    await flush();
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(sessionToken.get()).toBe('session_0123456789abcdef');
  });

  it('"Text me instead" on the call screen hangs up, then sends the text', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().resolve(callFlow());
    await flush();
    h.child()!.send({ type: 'LEAVE', leave: { way: 'method', methodId: 'mobile-sms' } });
    expect(h.sendCode.calls).toHaveLength(1);
    h.leaveCall.last().resolve(awaiting());
    await flush();
    expect(h.value()).toEqual({ verifying: 'running' });
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'mobile-sms',
    });
  });

  it('switches straight to another method from a verification screen ("Text me instead")', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-voice' });
    h.sendCode.last().reject(problem('call-limit', { retryAfterSeconds: 900, alternatives: ['mobile-sms'] }));
    await flush();
    expect(h.child()!.getSnapshot().value).toBe('throttled');
    h.child()!.send({ type: 'LEAVE', leave: { way: 'method', methodId: 'mobile-sms' } });
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'mobile-sms',
    });
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

  it('goes back to the list, saying why, when the verification screens’ code does not download', async () => {
    const signIn = controlled<Flow, { username: string; password: string }>();
    const actor = createActor(
      passwordSignInMachine.provide({
        actors: {
          signIn: signIn.logic,
          loadVerification: fromPromise<void>(() => Promise.reject(new ApiError('network-error'))),
        },
      }),
      { input: {}, clock: time.clock },
    ).start();
    actor.send({ type: 'USERNAME.CHANGE', username: 'megan@contoso.example' });
    actor.send({ type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' });
    actor.send({ type: 'CREDENTIALS.SUBMIT' });
    signIn.last().resolve(awaiting());
    await flush();
    actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    await flush();
    expect(actor.getSnapshot().value).toEqual({ choosingMethod: 'ready' });
    expect(actor.getSnapshot().context.methodError?.code).toBe('network-error');
  });

  it('starts again from the user name, abandoning the flow at the backend', async () => {
    const h = await atChooser();
    h.actor.send({ type: 'RESTART' });
    expect(h.value()).toBe('credentials');
    expect(rememberedFlow('password-sign-in')).toBeNull();
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
    expect(h.actor.getSnapshot().context).toMatchObject({
      username: ' megan@contoso.example ',
      password: '',
    });
  });
});

describe('reload', () => {
  it.each([
    ['awaiting a method', awaiting(), { choosingMethod: 'ready' }],
    ['verifying', callFlow(), { verifying: 'running' }],
    ['completed', completedFlow('password-sign-in'), 'signedIn'],
  ])('resumes a flow %s without sending anything', async (_, flow, value) => {
    const h = start(FLOW_ID);
    expect(h.value()).toBe('resuming');
    h.loadFlow.last().resolve(flow);
    await flush();
    expect(h.value()).toEqual(value);
    expect(h.sendCode.calls).toHaveLength(0);
  });

  it('reads a remembered flow with its secret, and hands it to the verification', async () => {
    rememberFlow('password-sign-in', FLOW_ID, SECRET);
    const h = start(FLOW_ID, SECRET);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET });
    h.loadFlow.last().resolve(callFlow());
    await flush();
    expect(h.childLoad.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET });
  });

  it('signs in from a remembered flow that completed before the reload (the answer was lost)', async () => {
    rememberFlow('password-sign-in', FLOW_ID, SECRET);
    const h = start(FLOW_ID, SECRET);
    h.loadFlow.last().resolve(completedFlow('password-sign-in'));
    await flush();
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(sessionToken.get()).toBe('session_0123456789abcdef');
    expect(rememberedFlow('password-sign-in')).toBeNull();
    expect(rememberedFlowSecret('password-sign-in')).toBeNull();
  });

  it('a remembered flow that reads completed without a session (its 2 minutes to recover it over): the password again, saying the sign-in timed out', async () => {
    rememberFlow('password-sign-in', FLOW_ID, SECRET);
    const h = start(FLOW_ID, SECRET);
    h.loadFlow.last().resolve({ flowId: FLOW_ID, kind: 'password-sign-in', stage: 'completed' });
    await flush();
    expect(h.value()).toBe('credentials');
    expect(h.actor.getSnapshot().context.credentialsError?.code).toBe('flow-expired');
    expect(sessionToken.get()).toBeNull();
    expect(rememberedFlow('password-sign-in')).toBeNull();
  });

  it('resumes the verification child from the flow, not by sending', async () => {
    const h = start(FLOW_ID);
    h.loadFlow.last().resolve(callFlow());
    await flush();
    expect(h.child()!.getSnapshot().value).toBe('reading');
    expect(h.childLoad.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null });
  });

  it('starts from the user name, dropping and cancelling the flow, when it has expired', async () => {
    const h = start(FLOW_ID);
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.value()).toBe('credentials');
    expect(rememberedFlow('password-sign-in')).toBeNull();
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
  });

  it.each([
    ['answers outside the contract', problem('unexpected-response', {}, 200)],
    ['cannot be reached', networkError()],
    ['meets a failing backend', problem('internal-error', {}, 500)],
  ])('says it could not pick the flow up when it %s; "Try again" reads it again', async (_, error) => {
    rememberFlow('password-sign-in', FLOW_ID);
    const h = start(FLOW_ID);
    h.loadFlow.last().reject(error);
    await flush();
    expect(h.value()).toBe('resumeFailed');
    expect(h.actor.getSnapshot().context.resumeError?.code).toBe(error.code);
    expect(rememberedFlow('password-sign-in')).toBe(FLOW_ID);
    h.actor.send({ type: 'RETRY' });
    expect(h.value()).toBe('resuming');
    h.loadFlow.last().resolve(awaiting());
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
  });

  it('"Start again" after a failed read drops the remembered flow and cancels it at the backend', async () => {
    rememberFlow('password-sign-in', FLOW_ID);
    const h = start(FLOW_ID);
    h.loadFlow.last().reject(problem('unexpected-response', {}, 200));
    await flush();
    h.actor.send({ type: 'RESTART' });
    expect(h.value()).toBe('credentials');
    expect(rememberedFlow('password-sign-in')).toBeNull();
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
  });
});

it('orders the default method first, keeping the rest in order', () => {
  const ids = listMethods([voiceMethod, appMethod, smsMethod], 0).map((m) => m.id);
  expect(ids).toEqual(['mobile-sms', 'mobile-voice', 'app-code']);
});

describe('a method that waits for a limit', () => {
  it('becomes usable by itself: the list is read again when the limit lifts', async () => {
    const h = start();
    h.actor.send({ type: 'USERNAME.CHANGE', username: 'carl@contoso.example' });
    h.actor.send({ type: 'PASSWORD.CHANGE', password: 'Passw0rd!demo' });
    h.actor.send({ type: 'CREDENTIALS.SUBMIT' });
    const limited = {
      ...voiceMethod,
      available: false,
      unavailableReason: 'call-limit' as const,
      retryAfterSeconds: 90,
    };
    h.signIn.last().resolve(awaiting([smsMethod, limited]));
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'limited' });
    expect(h.actor.getSnapshot().context.methods[1]!.availableAt).toBe(Date.now() + 90_000);
    time.clock.increment(89_999);
    await flush();
    expect(h.loadFlow.calls).toHaveLength(0);
    time.clock.increment(1);
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'refreshing' });
    h.loadFlow.last().resolve(awaiting([smsMethod, voiceMethod]));
    await flush();
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
  });
});

it.each([
  ['megan@contoso.example', 'Passw0rd!demo', null],
  [` ${'x'.repeat(256)} `, 'p', null],
  ['megan', ' a ', null],
])('credentialsProblem(%j, %j) is %s', (username, password, expected) => {
  expect(credentialsProblem(username, password)).toBe(expected);
});
