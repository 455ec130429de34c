import { createActor, fromCallback } from 'xstate';
import type { Flow, FlowAwaitingMethod, VerificationMethod } from '../../../src/api/types';
import { resetStepsMachine } from '../../../src/flows/password-reset-steps/machine';
import { rememberedFlow, rememberFlow } from '../../../src/flows/remembered-flow';
import { type SendRequest, verificationMachine } from '../../../src/flows/verification/machine';
import { controlled, flush, simulatedTime } from '../../support/actors';
import { recordApi } from '../../support/api-log';
import {
  appMethod,
  awaitingFlow,
  codeFlow,
  FLOW_ID,
  networkError,
  passwordRequiredFlow,
  problem,
  smsMethod,
} from '../../support/flows';

const api = recordApi();

const resetSms: VerificationMethod = { ...smsMethod, requiresPhoneConfirmation: true };
const officeVoice: VerificationMethod = {
  id: 'office-voice',
  type: 'voice',
  phoneType: 'office',
  maskedDestination: '+1 ••• ••• ••12',
  extension: '1234',
  isDefault: false,
  available: true,
  requiresPhoneConfirmation: true,
};
const step = (current: number, methods: VerificationMethod[]): FlowAwaitingMethod => ({
  ...awaitingFlow(methods),
  kind: 'password-reset',
  step: { current, total: 2 },
  user: { username: 'sam@contoso.example' },
});
const passwordRequired = passwordRequiredFlow();
const completed: Flow = { flowId: FLOW_ID, kind: 'password-reset', stage: 'completed' };

let time: ReturnType<typeof simulatedTime>;
beforeEach(() => {
  time = simulatedTime();
});
afterEach(() => time.restore());

function start(
  input: { flow?: Flow; resumeFlowId?: string; username?: string } = { flow: step(1, [resetSms, appMethod]) },
) {
  const loadFlow = controlled<Flow, { flowId: string }>();
  const setPassword = controlled<Flow, { flowId: string; password: string; idempotencyKey: string }>();
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const checkCode = controlled<Flow, { flowId: string; code: string; idempotencyKey: string }>();
  const childLoad = controlled<Flow, { flowId: string; flowSecret: string | null }>();
  const actor = createActor(
    resetStepsMachine.provide({
      actors: {
        loadFlow: loadFlow.logic,
        setPassword: setPassword.logic,
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
    { input: { username: 'sam@contoso.example', ...input }, clock: time.clock },
  ).start();
  const child = () => actor.getSnapshot().children.verification;
  const value = () => actor.getSnapshot().value;
  /** Through the child: the complete number, the texted code, and the answer that moves the flow on. */
  const verifyWith = async (answer: Flow) => {
    child()!.send({ type: 'NUMBER.CHANGE', number: '425 555 0110' });
    child()!.send({ type: 'NUMBER.SUBMIT' });
    sendCode.last().resolve({ ...codeFlow(), kind: 'password-reset' });
    await flush();
    child()!.send({ type: 'CODE.CHANGE', code: '123456' });
    checkCode.last().resolve(answer);
    await flush();
  };
  return { actor, loadFlow, setPassword, sendCode, checkCode, childLoad, child, value, verifyWith };
}

describe('verification steps', () => {
  it('lists the methods reset allows, with the step, straight from the answer that started it', () => {
    const h = start();
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
    expect(h.actor.getSnapshot().context.step).toEqual({ current: 1, total: 2 });
    expect(h.actor.getSnapshot().context.methods.map((m) => m.id)).toEqual(['mobile-sms', 'app-code']);
  });

  it('asks for the complete number first, for reset, saying which step this is', () => {
    const h = start();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    const child = h.child()!.getSnapshot();
    expect(child.value).toBe('confirmingNumber');
    expect(child.context).toMatchObject({ purpose: 'reset', step: { current: 1, total: 2 } });
    expect(h.sendCode.calls).toHaveLength(0);
  });

  it('goes on to step 2 with what is left to prove, then to the new password', async () => {
    const h = start();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    await h.verifyWith(step(2, [officeVoice]));
    expect(h.value()).toEqual({ choosingMethod: 'ready' });
    expect(h.actor.getSnapshot().context.step).toEqual({ current: 2, total: 2 });
    expect(h.actor.getSnapshot().context.methods.map((m) => m.id)).toEqual(['office-voice']);
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'office-voice' });
    expect(h.child()!.getSnapshot().context.step).toEqual({ current: 2, total: 2 });
    h.child()!.send({ type: 'NUMBER.CHANGE', number: '425 555 0112' });
    h.child()!.send({ type: 'NUMBER.SUBMIT' });
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'office-voice',
      confirmPhoneNumber: '+14255550112',
    });
    h.sendCode.last().resolve(passwordRequired);
    await flush();
    expect(h.value()).toEqual({ newPassword: 'editing' });
    expect(h.actor.getSnapshot().context.policy).toEqual(passwordRequired.passwordPolicy);
  });

  it('"Start again" from a verification abandons the reset and goes back to the name', async () => {
    rememberFlow('password-reset', FLOW_ID);
    const h = start();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    h.child()!.send({ type: 'LEAVE', leave: { way: 'restart' } });
    expect(h.actor.getSnapshot().output).toEqual({ to: 'start', username: 'sam@contoso.example' });
    expect(rememberedFlow('password-reset')).toBeNull();
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
  });

  it('forgets the reset when the name gets locked, so a reload meets the lock on the first screen', async () => {
    rememberFlow('password-reset', FLOW_ID);
    const h = start();
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    h.child()!.send({ type: 'NUMBER.CHANGE', number: '425 555 9910' });
    h.child()!.send({ type: 'NUMBER.SUBMIT' });
    h.sendCode.last().reject(problem('reset-locked', { retryAfterSeconds: 86_400, reference: 'LCKD-0001' }));
    await flush();
    expect(h.child()!.getSnapshot().value).toBe('denied');
    expect(h.value()).toBe('verifying');
    expect(rememberedFlow('password-reset')).toBeNull();
  });
});

describe('the new password', () => {
  async function atNewPassword() {
    const h = start({ flow: step(1, [resetSms]) });
    h.actor.send({ type: 'METHOD.SELECT', methodId: 'mobile-sms' });
    await h.verifyWith(passwordRequired);
    return h;
  }
  const type = (h: Awaited<ReturnType<typeof atNewPassword>>, password: string, confirm: string) => {
    h.actor.send({ type: 'PASSWORD.CHANGE', password });
    h.actor.send({ type: 'CONFIRM.CHANGE', password: confirm });
    h.actor.send({ type: 'PASSWORD.SUBMIT' });
  };

  it.each([
    ['', '', 'required'],
    ['short1A', 'short1A', 'policy'],
    ['alllowercaseletters', 'alllowercaseletters', 'policy'],
    ['Tr0ub4dor&3x', '', 'confirm-required'],
    ['Tr0ub4dor&3x', 'Tr0ub4dor&3y', 'mismatch'],
  ])('stops %j / %j before sending: %s', async (password, confirm, expected) => {
    const h = await atNewPassword();
    type(h, password, confirm);
    expect(h.actor.getSnapshot().context.passwordProblem).toBe(expected);
    expect(h.setPassword.calls).toHaveLength(0);
  });

  it('sends the password the policy accepts, once, and is done', async () => {
    const h = await atNewPassword();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    h.actor.send({ type: 'PASSWORD.SUBMIT' });
    expect(h.setPassword.calls).toHaveLength(1);
    expect(h.setPassword.last().input).toEqual({
      flowId: FLOW_ID,
      password: 'Tr0ub4dor&3x',
      idempotencyKey: expect.stringMatching(/^[\w-]{16,}$/),
    });
    h.setPassword.last().resolve(completed);
    await flush();
    expect(h.actor.getSnapshot().output).toEqual({ to: 'done', username: 'sam@contoso.example' });
  });

  it.each([
    ['password-banned', ['banned']],
    ['password-weak', ['too-few-character-classes']],
    ['password-reused', ['reused']],
  ] as const)('keeps what was typed when refused with %s, with its reasons', async (code, violations) => {
    const h = await atNewPassword();
    type(h, 'Summer2026!', 'Summer2026!');
    h.setPassword.last().reject(problem(code, { violations: [...violations] }));
    await flush();
    expect(h.value()).toEqual({ newPassword: 'editing' });
    expect(h.actor.getSnapshot().context).toMatchObject({
      newPassword: 'Summer2026!',
      confirmPassword: 'Summer2026!',
      passwordError: { code, violations },
    });
  });

  it.each([
    ['no answer', networkError()],
    ['no answer in time', problem('timeout')],
    ['an answer it cannot read', problem('unexpected-response', {}, 200)],
    ['a gateway’s 504', problem('internal-error', {}, 504)],
  ])('after %s, reads where the reset stands: done if the password changed', async (_, error) => {
    const h = await atNewPassword();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    h.setPassword.last().reject(error);
    await flush();
    expect(h.value()).toEqual({ newPassword: 'settling' });
    expect(h.actor.getSnapshot().hasTag('busy')).toBe(true);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID });
    h.loadFlow.last().resolve(completed);
    await flush();
    expect(h.actor.getSnapshot().output).toEqual({ to: 'done', username: 'sam@contoso.example' });
    expect(h.setPassword.calls).toHaveLength(1);
  });

  it('after a lost answer, a reset still at the new password: the form as typed, the reason, and a retry with the same key', async () => {
    const h = await atNewPassword();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    const key = h.setPassword.last().input.idempotencyKey;
    h.setPassword.last().reject(problem('timeout'));
    await flush();
    h.loadFlow.last().resolve(passwordRequired);
    await flush();
    expect(h.value()).toEqual({ newPassword: 'editing' });
    expect(h.actor.getSnapshot().context).toMatchObject({
      newPassword: 'Tr0ub4dor&3x',
      confirmPassword: 'Tr0ub4dor&3x',
      passwordError: { code: 'timeout' },
    });
    h.actor.send({ type: 'PASSWORD.SUBMIT' });
    expect(h.setPassword.calls).toHaveLength(2);
    expect(h.setPassword.last().input.idempotencyKey).toBe(key);
  });

  it('after a lost answer and a read that fails too: the form as typed, the first reason, the same key', async () => {
    const h = await atNewPassword();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    const key = h.setPassword.last().input.idempotencyKey;
    h.setPassword.last().reject(networkError());
    await flush();
    h.loadFlow.last().reject(networkError());
    await flush();
    expect(h.value()).toEqual({ newPassword: 'editing' });
    expect(h.actor.getSnapshot().context.passwordError?.code).toBe('network-error');
    h.actor.send({ type: 'PASSWORD.SUBMIT' });
    expect(h.setPassword.last().input.idempotencyKey).toBe(key);
  });

  it('"the reset moved on" (flow-stage-mismatch) is never retried blindly: the flow is read, and the reset is done', async () => {
    const h = await atNewPassword();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    h.setPassword.last().reject(problem('flow-stage-mismatch'));
    await flush();
    expect(h.value()).toEqual({ newPassword: 'settling' });
    h.loadFlow.last().resolve(completed);
    await flush();
    expect(h.actor.getSnapshot().output).toEqual({ to: 'done', username: 'sam@contoso.example' });
  });

  it('a refused password, or another one typed, is a new request: a new key', async () => {
    const h = await atNewPassword();
    type(h, 'Summer2026!', 'Summer2026!');
    const first = h.setPassword.last().input.idempotencyKey;
    h.setPassword.last().reject(problem('password-banned', { violations: ['banned'] }));
    await flush();
    h.actor.send({ type: 'PASSWORD.SUBMIT' });
    const second = h.setPassword.last().input.idempotencyKey;
    expect(second).not.toBe(first);
    h.setPassword.last().reject(networkError());
    await flush();
    h.loadFlow.last().resolve(passwordRequired);
    await flush();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    expect(h.setPassword.last().input.idempotencyKey).not.toBe(second);
  });

  it('a reset that expired while its answer was lost says so', async () => {
    const h = await atNewPassword();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    h.setPassword.last().reject(problem('timeout'));
    await flush();
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.value()).toBe('expired');
  });

  it('says the reset timed out when it did, and starts again with the name kept', async () => {
    const h = await atNewPassword();
    type(h, 'Tr0ub4dor&3x', 'Tr0ub4dor&3x');
    h.setPassword.last().reject(problem('flow-expired'));
    await flush();
    expect(h.value()).toBe('expired');
    h.actor.send({ type: 'RESTART' });
    expect(h.actor.getSnapshot().output).toEqual({ to: 'start', username: 'sam@contoso.example' });
  });
});

describe('after a reload', () => {
  it.each([
    ['choosing a method', step(2, [officeVoice]), { choosingMethod: 'ready' }],
    ['choosing a new password', passwordRequired, { newPassword: 'editing' }],
    ['done', completed, 'done'],
  ] as const)('picks the reset up where it stands: %s', async (_, flow, value) => {
    const h = start({ resumeFlowId: FLOW_ID });
    expect(h.value()).toBe('resuming');
    h.loadFlow.last().resolve(flow);
    await flush();
    expect(h.value()).toEqual(value);
    expect(h.actor.getSnapshot().context.username).toBe('sam@contoso.example');
  });

  it('resumes a verification under way from the flow, sending nothing', async () => {
    const h = start({ resumeFlowId: FLOW_ID });
    h.loadFlow
      .last()
      .resolve({ ...codeFlow(), kind: 'password-reset', user: { username: 'sam@contoso.example' } });
    await flush();
    expect(h.value()).toBe('verifying');
    expect(h.child()!.getSnapshot().value).toBe('reading');
    expect(h.sendCode.calls).toHaveLength(0);
  });

  it('says the reset timed out when it is gone', async () => {
    const h = start({ resumeFlowId: FLOW_ID });
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.value()).toBe('expired');
  });

  it('on the last screen, keeps the name to sign in with from the completed reset', async () => {
    const h = start({ resumeFlowId: FLOW_ID, username: '' });
    h.loadFlow.last().resolve({ ...completed, user: { username: 'megan@contoso.example' } });
    await flush();
    expect(h.actor.getSnapshot().output).toEqual({ to: 'done', username: 'megan@contoso.example' });
  });

  it.each([
    ['no answer', networkError()],
    ['an answer it cannot read', problem('unexpected-response', {}, 200)],
    ['a failing backend', problem('internal-error', {}, 500)],
  ])('after %s, says it could not pick the reset up; "Try again" reads it again', async (_, error) => {
    rememberFlow('password-reset', FLOW_ID);
    const h = start({ resumeFlowId: FLOW_ID });
    h.loadFlow.last().reject(error);
    await flush();
    expect(h.value()).toBe('resumeFailed');
    expect(h.actor.getSnapshot().context.resumeError?.code).toBe(error.code);
    expect(rememberedFlow('password-reset')).toBe(FLOW_ID);
    h.actor.send({ type: 'RETRY' });
    expect(h.value()).toBe('resuming');
    h.loadFlow.last().resolve(passwordRequired);
    await flush();
    expect(h.value()).toEqual({ newPassword: 'editing' });
  });

  it('"Start again" after a failed read drops the remembered reset and cancels it at the backend', async () => {
    rememberFlow('password-reset', FLOW_ID);
    const h = start({ resumeFlowId: FLOW_ID });
    h.loadFlow.last().reject(networkError());
    await flush();
    h.actor.send({ type: 'RESTART' });
    expect(h.actor.getSnapshot().output).toEqual({ to: 'start', username: 'sam@contoso.example' });
    expect(rememberedFlow('password-reset')).toBeNull();
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
  });
});
