import { createActor, fromPromise } from 'xstate';
import type { Flow } from '../../../src/api/types';
import { flowMemory } from '../../../src/flows/flow-memory';
import { smsSignInMachine } from '../../../src/flows/sms-sign-in/machine';
import { type SendRequest, verificationMachine } from '../../../src/flows/verification/machine';
import { sessionToken } from '../../../src/session/token';
import { controlled, flush } from '../../support/actors';
import { codeFlow, completedFlow, FLOW_ID, problem } from '../../support/flows';

function start(resumeFlowId: string | null = null) {
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const loadFlow = controlled<Flow, { flowId: string }>();
  const checkCode = controlled<Flow, { flowId: string; code: string }>();
  const abandonFlow = vi.fn();
  const actor = createActor(
    smsSignInMachine.provide({
      actions: { abandonFlow },
      actors: {
        verification: verificationMachine.provide({
          actors: {
            sendCode: sendCode.logic,
            loadFlow: loadFlow.logic,
            checkCode: checkCode.logic,
            resendCode: fromPromise(() => new Promise<Flow>(() => undefined)),
          },
        }),
      },
    }),
    { input: { resumeFlowId } },
  ).start();
  const child = () => actor.getSnapshot().children.verification;
  return { actor, sendCode, loadFlow, checkCode, abandonFlow, child };
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

  it('sends a valid number to the verification child', () => {
    const { actor, sendCode, child } = start();
    actor.send({ type: 'PHONE.CHANGE', phone: '+14255550100' });
    actor.send({ type: 'PHONE.SUBMIT' });
    expect(actor.getSnapshot().value).toBe('verifying');
    expect(child()).toBeDefined();
    expect(sendCode.last().input).toMatchObject({
      request: { kind: 'sms-sign-in', phoneNumber: '+14255550100' },
    });
  });
});

describe('verification outcome', () => {
  async function atCode() {
    const h = start();
    h.actor.send({ type: 'PHONE.CHANGE', phone: '+14255550100' });
    h.actor.send({ type: 'PHONE.SUBMIT' });
    h.sendCode.last().resolve(codeFlow());
    await flush();
    return h;
  }

  it('signs in with the session, keeps only its token and forgets the flow', async () => {
    const h = await atCode();
    expect(flowMemory.recall('sms-sign-in')).toBe(FLOW_ID);
    h.child()!.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().resolve(completedFlow());
    await flush();
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.actor.getSnapshot().output?.session.user.displayName).toBe('Ava Ortiz');
    expect(sessionToken.get()).toBe('session_0123456789abcdef');
    expect(flowMemory.recall('sms-sign-in')).toBeNull();
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

  it('"Use a different number" abandons the flow and keeps the number typed', async () => {
    const h = await atCode();
    h.actor.send({ type: 'RESTART' });
    expect(h.actor.getSnapshot().value).toBe('enteringPhone');
    expect(h.actor.getSnapshot().context.phone).toBe('+14255550100');
    expect(h.abandonFlow).toHaveBeenCalledTimes(1);
    expect(h.child()).toBeUndefined();
  });
});

describe('reload', () => {
  it('resumes a remembered flow without sending a new code', async () => {
    const h = start(FLOW_ID);
    expect(h.actor.getSnapshot().value).toBe('verifying');
    expect(h.sendCode.calls).toHaveLength(0);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID });
    h.loadFlow.last().resolve(codeFlow({ resendInSeconds: 7 }));
    await flush();
    expect(
      h
        .child()!
        .getSnapshot()
        .matches({ code: { resend: 'coolingDown' } }),
    ).toBe(true);
  });

  it('forgets the resumed flow id once it has been used', async () => {
    const h = start(FLOW_ID);
    h.actor.send({ type: 'RESTART' });
    expect(h.actor.getSnapshot().context.resumeFlowId).toBeNull();
  });
});
