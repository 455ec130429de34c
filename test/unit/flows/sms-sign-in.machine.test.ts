import { createActor, fromCallback, fromPromise } from 'xstate';
import { ApiError } from '../../../src/api/errors';
import type { Flow } from '../../../src/api/types';
import { rememberedFlow, rememberedFlowSecret, rememberFlow } from '../../../src/flows/remembered-flow';
import { smsSignInMachine } from '../../../src/flows/sms-sign-in/machine';
import { type SendRequest, verificationMachine } from '../../../src/flows/verification/machine';
import { sessionToken } from '../../../src/session/token';
import { controlled, downloaded, flush } from '../../support/actors';
import { recordApi } from '../../support/api-log';
import { codeFlow, completedFlow, FLOW_ID, problem } from '../../support/flows';

const api = recordApi();
const SECRET = 'secret_0123456789abcdefghijkl';

function start(resumeFlowId: string | null = null, resumeFlowSecret: string | null = null) {
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const loadFlow = controlled<Flow, { flowId: string; flowSecret: string | null }>();
  const checkCode = controlled<Flow, { flowId: string; code: string; idempotencyKey: string }>();
  const actor = createActor(
    smsSignInMachine.provide({
      actors: {
        loadVerification: downloaded,
        verification: verificationMachine.provide({
          actors: {
            sendCode: sendCode.logic,
            loadFlow: loadFlow.logic,
            checkCode: checkCode.logic,
            resendCode: fromPromise(() => new Promise<Flow>(() => undefined)),
            holdLine: fromCallback(() => undefined),
          },
        }),
      },
    }),
    { input: { resumeFlowId, resumeFlowSecret } },
  ).start();
  const child = () => actor.getSnapshot().children.verification;
  return { actor, sendCode, loadFlow, checkCode, child };
}

describe('phone number step', () => {
  it('starts on the phone number', () => {
    expect(start().actor.getSnapshot().value).toBe('enteringPhone');
  });

  it.each([
    ['', 'required'],
    ['+1425555', 'too-short'],
    ['+1425555010099', 'too-long'],
    ['+4255550100', 'country'],
    ['+11111111111', 'invalid'],
  ])('refuses %j with the field message %s and sends nothing', (phone, expected) => {
    const { actor, sendCode } = start();
    actor.send({ type: 'PHONE.CHANGE', phone });
    actor.send({ type: 'PHONE.SUBMIT' });
    expect(actor.getSnapshot().value).toBe('enteringPhone');
    expect(actor.getSnapshot().context.phoneProblem).toBe(expected);
    expect(sendCode.calls).toHaveLength(0);
  });

  it('clears the message as soon as the number changes', () => {
    const { actor } = start();
    actor.send({ type: 'PHONE.SUBMIT' });
    actor.send({ type: 'PHONE.CHANGE', phone: '+1' });
    expect(actor.getSnapshot().context.phoneProblem).toBeNull();
  });

  it('sends a valid number to the verification child, once however often it is submitted', () => {
    const { actor, sendCode, child } = start();
    actor.send({ type: 'PHONE.CHANGE', phone: '+14255550100' });
    actor.send({ type: 'PHONE.SUBMIT' });
    actor.send({ type: 'PHONE.SUBMIT' });
    expect(actor.getSnapshot().value).toEqual({ verifying: 'running' });
    expect(child()).toBeDefined();
    expect(sendCode.calls).toHaveLength(1);
    expect(sendCode.last().input.request).toEqual({ kind: 'sms-sign-in', phoneNumber: '+14255550100' });
  });
});

describe('the verification statechart’s download', () => {
  it('keeps the number and says why when the screens’ code does not arrive', async () => {
    const actor = createActor(
      smsSignInMachine.provide({
        actors: { loadVerification: fromPromise<void>(() => Promise.reject(new ApiError('network-error'))) },
      }),
      { input: { resumeFlowId: null } },
    ).start();
    actor.send({ type: 'PHONE.CHANGE', phone: '+14255550100' });
    actor.send({ type: 'PHONE.SUBMIT' });
    expect(actor.getSnapshot().value).toEqual({ verifying: 'preparing' });
    await flush();
    expect(actor.getSnapshot().value).toBe('enteringPhone');
    expect(actor.getSnapshot().context.phone).toBe('+14255550100');
    expect(actor.getSnapshot().context.backendError?.code).toBe('network-error');
  });
});

describe('verification outcome', () => {
  async function atCode() {
    const h = start();
    h.actor.send({ type: 'PHONE.CHANGE', phone: '+14255550100' });
    h.actor.send({ type: 'PHONE.SUBMIT' });
    h.sendCode.last().resolve({ ...codeFlow(), flowSecret: SECRET });
    await flush();
    return h;
  }

  it('remembers the flow id and its secret (and nothing else) as soon as the child has them', async () => {
    await atCode();
    expect(rememberedFlow('sms-sign-in')).toBe(FLOW_ID);
    expect(rememberedFlowSecret('sms-sign-in')).toBe(SECRET);
    expect(Object.keys(sessionStorage).sort()).toEqual([
      'ssi.flow.sms-sign-in',
      'ssi.flow.sms-sign-in.secret',
    ]);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('4255550100');
  });

  it('signs in with the session, keeps only its token and forgets the flow', async () => {
    const h = await atCode();
    h.child()!.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().resolve(completedFlow());
    await flush();
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.actor.getSnapshot().output).toEqual({ to: 'signed-in' });
    expect(sessionToken.get()).toBe('session_0123456789abcdef');
    expect(rememberedFlow('sms-sign-in')).toBeNull();
    expect(sessionStorage.getItem('ssi.flow.sms-sign-in.secret')).toBeNull();
  });

  it('returns to the number, kept, when the backend rejects it', async () => {
    const h = start();
    h.actor.send({ type: 'PHONE.CHANGE', phone: '+14255550100' });
    h.actor.send({ type: 'PHONE.SUBMIT' });
    h.sendCode.last().reject(problem('invalid-phone-number'));
    await flush();
    expect(h.actor.getSnapshot().value).toBe('enteringPhone');
    expect(h.actor.getSnapshot().context).toMatchObject({
      phone: '+14255550100',
      backendError: { code: 'invalid-phone-number' },
    });
  });

  it('"Use a different number" abandons the flow at the backend and keeps the number typed', async () => {
    const h = await atCode();
    h.child()!.send({ type: 'LEAVE', leave: { way: 'restart' } });
    expect(h.actor.getSnapshot().value).toBe('enteringPhone');
    expect(h.actor.getSnapshot().context.phone).toBe('+14255550100');
    expect(h.child()).toBeUndefined();
    expect(rememberedFlow('sms-sign-in')).toBeNull();
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
  });

  it('"Sign in another way" abandons the flow and ends towards password sign-in', async () => {
    const h = await atCode();
    h.child()!.send({ type: 'LEAVE', leave: { way: 'anotherWay' } });
    expect(h.actor.getSnapshot().output).toEqual({ to: 'password-sign-in' });
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
  });
});

describe('reload', () => {
  it('resumes a remembered flow without sending a new code', async () => {
    const h = start(FLOW_ID);
    expect(h.actor.getSnapshot().value).toEqual({ verifying: 'running' });
    expect(h.sendCode.calls).toHaveLength(0);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null });
    h.loadFlow.last().resolve(codeFlow({ resendInSeconds: 7 }));
    await flush();
    expect(
      h
        .child()!
        .getSnapshot()
        .matches({ code: { resend: 'coolingDown' } }),
    ).toBe(true);
  });

  it('reads a remembered flow with its secret: a sign-in whose answer was lost before the reload finishes', async () => {
    rememberFlow('sms-sign-in', FLOW_ID, SECRET);
    const h = start(FLOW_ID, SECRET);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET });
    h.loadFlow.last().resolve(completedFlow());
    await flush();
    expect(h.actor.getSnapshot().output).toEqual({ to: 'signed-in' });
    expect(sessionToken.get()).toBe('session_0123456789abcdef');
    expect(rememberedFlow('sms-sign-in')).toBeNull();
    expect(rememberedFlowSecret('sms-sign-in')).toBeNull();
  });

  it('a remembered flow that reads completed without a session (its 2 minutes to recover it over): back to the number, saying the sign-in timed out, nothing kept', async () => {
    rememberFlow('sms-sign-in', FLOW_ID, SECRET);
    const h = start(FLOW_ID, SECRET);
    h.loadFlow.last().resolve({ flowId: FLOW_ID, kind: 'sms-sign-in', stage: 'completed' });
    await flush();
    expect(h.actor.getSnapshot().value).toBe('enteringPhone');
    expect(h.actor.getSnapshot().context.backendError?.code).toBe('flow-expired');
    expect(sessionToken.get()).toBeNull();
    expect(rememberedFlow('sms-sign-in')).toBeNull();
  });

  it('keeps a remembered flow that answers outside the contract: reading it again may work', async () => {
    rememberFlow('sms-sign-in', FLOW_ID);
    const h = start(FLOW_ID);
    h.loadFlow.last().reject(problem('unexpected-response', {}, 200));
    await flush();
    expect(h.actor.getSnapshot().value).toEqual({ verifying: 'running' });
    expect(rememberedFlow('sms-sign-in')).toBe(FLOW_ID);
    expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(0);
  });

  it('ignores a stored value that is not a flow id', () => {
    sessionStorage.setItem('ssi.flow.sms-sign-in', 'not a flow id <script>');
    expect(rememberedFlow('sms-sign-in')).toBeNull();
    expect(sessionStorage.getItem('ssi.flow.sms-sign-in')).toBeNull();
  });

  it('ignores a stored secret that is not one, and a secret without its flow', () => {
    rememberFlow('sms-sign-in', FLOW_ID, SECRET);
    sessionStorage.setItem('ssi.flow.sms-sign-in.secret', 'not a secret <script>');
    expect(rememberedFlowSecret('sms-sign-in')).toBeNull();
    sessionStorage.removeItem('ssi.flow.sms-sign-in');
    sessionStorage.setItem('ssi.flow.sms-sign-in.secret', SECRET);
    expect(rememberedFlowSecret('sms-sign-in')).toBeNull();
  });
});
