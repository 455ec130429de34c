import { createActor, type SnapshotFrom } from 'xstate';
import type { Flow } from '../../../src/api/types';
import { flowMemory } from '../../../src/flows/flow-memory';
import {
  type SendRequest,
  type VerificationInput,
  verificationMachine,
} from '../../../src/flows/verification/machine';
import { callHelpOffered } from '../../../src/flows/verification/screen';
import { controlled, flush, simulatedTime } from '../../support/actors';
import {
  appCodeFlow,
  callFlow,
  codeFlow,
  completedFlow,
  FLOW_ID,
  lockedFlow,
  networkError,
  problem,
} from '../../support/flows';

type Snapshot = SnapshotFrom<typeof verificationMachine>;

const SEND: SendRequest = { kind: 'sms-sign-in', phoneNumber: '+14255550100' };

function start(input: VerificationInput = { send: SEND, remember: 'sms-sign-in' }) {
  const time = simulatedTime();
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const loadFlow = controlled<Flow, { flowId: string }>();
  const checkCode = controlled<Flow, { flowId: string; code: string }>();
  const resendCode = controlled<Flow, { flowId: string; idempotencyKey: string }>();
  const actor = createActor(
    verificationMachine.provide({
      actors: {
        sendCode: sendCode.logic,
        loadFlow: loadFlow.logic,
        checkCode: checkCode.logic,
        resendCode: resendCode.logic,
      },
    }),
    { input, clock: time.clock },
  ).start();
  const advance = async (ms: number) => {
    time.clock.increment(ms);
    await flush();
  };
  return { actor, time, sendCode, loadFlow, checkCode, resendCode, advance, snap: () => actor.getSnapshot() };
}

type Harness = ReturnType<typeof start>;
let h: Harness;
afterEach(() => {
  h?.actor.stop();
  h?.time.restore();
});

async function atCode(flow: Flow = codeFlow()) {
  h = start();
  h.sendCode.last().resolve(flow);
  await flush();
  return h;
}

async function atCall(flow: Flow = callFlow()) {
  h = start({ send: { kind: 'method', flowId: FLOW_ID, methodId: 'mobile-voice' } });
  h.sendCode.last().resolve(flow);
  await flush();
  return h;
}

const entryOf = (s: Snapshot) => (s.value as { code: { entry: string } }).code.entry;
const resendOf = (s: Snapshot) => (s.value as { code: { resend: string } }).code.resend;

describe('sending', () => {
  it('starts by sending, busy, with an idempotency key', () => {
    h = start();
    expect(h.snap().value).toBe('sending');
    expect(h.snap().hasTag('busy')).toBe(true);
    expect(h.sendCode.last().input.request).toEqual(SEND);
    expect(h.sendCode.last().input.idempotencyKey).toMatch(/^[\w-]{20,}$/);
  });

  it.each([
    ['a code', codeFlow(), { code: { entry: 'editing', resend: 'coolingDown' } }],
    ['a ringing call', callFlow(), { calling: 'waiting' }],
    ['a call that already ended', callFlow('voicemail'), 'callEnded'],
    ['a completed flow', completedFlow(), 'done'],
    ['a locked flow', lockedFlow(), 'locked'],
  ])('routes an answer with %s', async (_, flow, value) => {
    h = start();
    h.sendCode.last().resolve(flow);
    await flush();
    expect(h.snap().value).toEqual(value);
  });

  it('remembers only the flow id, for a reload', async () => {
    await atCode();
    expect(flowMemory.recall('sms-sign-in')).toBe(FLOW_ID);
    expect(JSON.stringify(sessionStorage)).not.toContain('4255550100');
  });

  it.each([
    ['text-limit', 'throttled'],
    ['call-limit', 'throttled'],
    ['verification-blocked', 'blocked'],
    ['user-blocked', 'blocked'],
    ['voice-unavailable', 'blocked'],
    ['country-not-enabled', 'blocked'],
    ['flow-locked', 'locked'],
    ['flow-expired', 'expired'],
    ['invalid-phone-number', 'rejected'],
    ['phone-mismatch', 'rejected'],
    ['internal-error', 'sendFailed'],
    ['service-unavailable', 'sendFailed'],
  ] as const)('classifies a %s refusal as %s', async (code, value) => {
    h = start();
    h.sendCode.last().reject(problem(code, { retryAfterSeconds: 60 }));
    await flush();
    expect(h.snap().value).toBe(value);
    expect(h.snap().context.error?.code).toBe(code);
  });

  it('counts a throttle down, then allows a retry with a new key', async () => {
    h = start();
    const firstKey = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(problem('text-limit', { retryAfterSeconds: 90, alternatives: ['app-code'] }));
    await flush();
    expect(h.snap().context.retryAt).toBe(Date.now() + 90_000);
    expect(h.snap().context.error?.alternatives).toEqual(['app-code']);
    h.actor.send({ type: 'RETRY' });
    expect(h.snap().value).toBe('throttled');
    await h.advance(89_999);
    expect(h.snap().value).toBe('throttled');
    await h.advance(1);
    expect(h.snap().value).toBe('retryable');
    h.actor.send({ type: 'RETRY' });
    expect(h.snap().value).toBe('sending');
    expect(h.sendCode.last().input.idempotencyKey).not.toBe(firstKey);
  });

  it('retries a send whose outcome is unknown with the same key (one text however often)', async () => {
    h = start();
    const key = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(networkError());
    await flush();
    expect(h.snap().value).toBe('sendFailed');
    h.actor.send({ type: 'RETRY' });
    expect(h.sendCode.calls).toHaveLength(2);
    expect(h.sendCode.last().input.idempotencyKey).toBe(key);
  });

  it('retries a send the backend refused with a new key', async () => {
    h = start();
    const key = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(problem('internal-error'));
    await flush();
    h.actor.send({ type: 'RETRY' });
    expect(h.sendCode.last().input.idempotencyKey).not.toBe(key);
  });

  it('ends with the refusal as output when the request itself was rejected', async () => {
    h = start();
    h.sendCode.last().reject(problem('invalid-phone-number'));
    await flush();
    expect(h.snap().status).toBe('done');
    expect(h.snap().output).toMatchObject({ outcome: 'rejected', error: { code: 'invalid-phone-number' } });
  });

  it('forgets the flow when it expires', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(problem('flow-expired'));
    await flush();
    expect(h.snap().value).toBe('expired');
    expect(flowMemory.recall('sms-sign-in')).toBeNull();
  });
});

describe('resuming after a reload', () => {
  it('asks the backend instead of sending, and keeps the server-given resend countdown', async () => {
    h = start({ resumeFlowId: FLOW_ID, remember: 'sms-sign-in' });
    expect(h.snap().value).toBe('resuming');
    expect(h.sendCode.calls).toHaveLength(0);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID });
    h.loadFlow.last().resolve(codeFlow({ resendInSeconds: 12 }));
    await flush();
    expect(resendOf(h.snap())).toBe('coolingDown');
    expect(h.snap().context.resendAt).toBe(Date.now() + 12_000);
    await h.advance(12_000);
    expect(resendOf(h.snap())).toBe('ready');
    expect(h.sendCode.calls).toHaveLength(0);
  });

  it('goes to expired when the flow is gone', async () => {
    h = start({ resumeFlowId: FLOW_ID });
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.snap().value).toBe('expired');
  });

  it('offers a retry when the backend cannot be reached', async () => {
    h = start({ resumeFlowId: FLOW_ID });
    h.loadFlow.last().reject(networkError());
    await flush();
    expect(h.snap().value).toBe('resumeFailed');
    h.actor.send({ type: 'RETRY' });
    expect(h.snap().value).toBe('resuming');
    expect(h.loadFlow.calls).toHaveLength(2);
  });
});

describe('code entry', () => {
  it('keeps digits only and submits by itself at six', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '12' });
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(entryOf(h.snap())).toBe('editing');
    h.actor.send({ type: 'CODE.CHANGE', code: '123 456' });
    expect(entryOf(h.snap())).toBe('checking');
    expect(h.snap().hasTag('busy')).toBe(true);
    expect(h.checkCode.last().input).toEqual({ flowId: FLOW_ID, code: '123456' });
  });

  it.each(['123-456', ' 1 2 3 4 5 6 ', '123456789'])('accepts a pasted %j', async (pasted) => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: pasted });
    expect(h.checkCode.last().input.code).toBe('123456');
  });

  it('finishes with the flow the right code moved on', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().resolve(completedFlow());
    await flush();
    expect(h.snap().status).toBe('done');
    expect(h.snap().output).toEqual({ outcome: 'verified', flow: completedFlow() });
  });

  it('clears a wrong code and says how many tries are left', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '000000' });
    h.checkCode.last().reject(problem('wrong-code', { attemptsLeft: 3 }));
    await flush();
    expect(entryOf(h.snap())).toBe('editing');
    expect(h.snap().context.code).toBe('');
    expect(h.snap().context.error).toMatchObject({ code: 'wrong-code', attemptsLeft: 3 });
    h.actor.send({ type: 'CODE.CHANGE', code: '1' });
    expect(h.snap().context.error).toBeNull();
  });

  it.each([
    ['the last wrong code', problem('wrong-code', { attemptsLeft: 0 }), 'locked'],
    ['a locked flow', problem('flow-locked'), 'locked'],
    ['an expired flow', problem('flow-expired'), 'expired'],
  ])('ends at %s', async (_, error, value) => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '000000' });
    h.checkCode.last().reject(error);
    await flush();
    expect(h.snap().value).toBe(value);
  });

  it('explains an expired code and takes a new one', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(problem('code-expired'));
    await flush();
    expect(entryOf(h.snap())).toBe('codeExpired');
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    h.resendCode.last().resolve(codeFlow());
    await flush();
    expect(entryOf(h.snap())).toBe('editing');
    expect(h.snap().context.error).toBeNull();
  });

  it('waits out a throttle on checking codes', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(problem('too-many-requests', { retryAfterSeconds: 20 }));
    await flush();
    expect(entryOf(h.snap())).toBe('throttled');
    await h.advance(20_000);
    expect(entryOf(h.snap())).toBe('editing');
  });

  it('keeps the code when the backend cannot be reached, so a retry sends it again', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(networkError());
    await flush();
    expect(entryOf(h.snap())).toBe('editing');
    expect(h.snap().context.code).toBe('123456');
    expect(h.snap().context.error?.code).toBe('network-error');
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(h.checkCode.calls).toHaveLength(2);
    expect(h.checkCode.last().input.code).toBe('123456');
  });
});

describe('resend', () => {
  it('unlocks after the cooldown, then sends a new code and counts down again', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.RESEND' });
    expect(h.resendCode.calls).toHaveLength(0);
    await h.advance(30_000);
    expect(resendOf(h.snap())).toBe('ready');
    h.actor.send({ type: 'CODE.CHANGE', code: '12' });
    h.actor.send({ type: 'CODE.RESEND' });
    expect(h.snap().hasTag('resending')).toBe(true);
    const key = h.resendCode.last().input.idempotencyKey;
    h.resendCode.last().resolve(codeFlow({ resendInSeconds: 30 }));
    await flush();
    expect(resendOf(h.snap())).toBe('coolingDown');
    expect(h.snap().context.resendAt).toBe(Date.now() + 30_000);
    expect(h.snap().context.code).toBe('');
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    expect(h.resendCode.last().input.idempotencyKey).not.toBe(key);
  });

  it.each([
    ['resend-cooldown', 'coolingDown'],
    ['text-limit', 'limited'],
    ['verification-blocked', 'unavailable'],
    ['flow-locked', 'locked'],
    ['flow-expired', 'expired'],
    ['network-error', 'ready'],
  ] as const)('after a %s answer goes to %s', async (code, where) => {
    await atCode();
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    h.resendCode
      .last()
      .reject(code === 'network-error' ? networkError() : problem(code, { retryAfterSeconds: 40 }));
    await flush();
    const value = h.snap().value;
    expect(typeof value === 'string' ? value : resendOf(h.snap())).toBe(where);
  });

  it('counts a text limit down, then allows resending', async () => {
    await atCode();
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    h.resendCode.last().reject(problem('text-limit', { retryAfterSeconds: 600 }));
    await flush();
    expect(h.snap().context.resendError?.code).toBe('text-limit');
    expect(h.snap().context.resendAt).toBe(Date.now() + 600_000);
    await h.advance(600_000);
    expect(resendOf(h.snap())).toBe('ready');
    expect(h.snap().context.resendError).toBeNull();
  });

  it('reuses the key after a resend whose outcome is unknown', async () => {
    await atCode();
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    const key = h.resendCode.last().input.idempotencyKey;
    h.resendCode.last().reject(networkError());
    await flush();
    h.actor.send({ type: 'CODE.RESEND' });
    expect(h.resendCode.last().input.idempotencyKey).toBe(key);
  });

  it('is not offered for an authenticator code', async () => {
    await atCode(appCodeFlow());
    expect(resendOf(h.snap())).toBe('unavailable');
  });
});

describe('voice call', () => {
  it('polls quickly at first and eases off while it rings', async () => {
    await atCall();
    const gaps: number[] = [];
    let last = Date.now();
    for (let i = 0; i < 5; i++) {
      const before = h.loadFlow.calls.length;
      while (h.loadFlow.calls.length === before) await h.advance(50);
      gaps.push(Date.now() - last);
      last = Date.now();
      h.loadFlow.last().resolve(callFlow('ringing', i + 1, 20));
      await flush();
    }
    expect(gaps).toEqual([1000, 1500, 2250, 3000, 3000]);
  });

  it.each([
    ['#', completedFlow('password-sign-in'), 'done'],
    ['voicemail', callFlow('voicemail'), 'callEnded'],
    ['no key', callFlow('no-key'), 'callEnded'],
    ['declined', callFlow('declined'), 'callEnded'],
    ['no answer', callFlow('no-answer'), 'callEnded'],
    ['0# (suspicious activity)', lockedFlow('fraud-reported'), 'locked'],
  ])('moves on when the call ends with %s', async (_, flow, value) => {
    await atCall();
    await h.advance(1_000);
    h.loadFlow.last().resolve(flow);
    await flush();
    expect(h.snap().value).toBe(value);
  });

  it('calls again with the request that placed the call, under a new key', async () => {
    await atCall();
    const first = h.sendCode.last().input;
    await h.advance(1_000);
    h.loadFlow.last().resolve(callFlow('voicemail'));
    await flush();
    h.actor.send({ type: 'CALL.AGAIN' });
    expect(h.snap().value).toBe('sending');
    expect(h.sendCode.last().input.request).toEqual(first.request);
    expect(h.sendCode.last().input.idempotencyKey).not.toBe(first.idempotencyKey);
  });

  it('rebuilds the call request from the flow after a reload', async () => {
    h = start({ resumeFlowId: FLOW_ID });
    h.loadFlow.last().resolve(callFlow('no-answer'));
    await flush();
    h.actor.send({ type: 'CALL.AGAIN' });
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'mobile-voice',
    });
  });

  it('backs off on errors and gives up once the call time plus a grace has passed unanswered', async () => {
    await atCall(callFlow('ringing', 0, 30));
    const placed = Date.now();
    const gaps: number[] = [];
    let last = placed;
    while (h.snap().value !== 'callEnded') {
      const before = h.loadFlow.calls.length;
      while (h.loadFlow.calls.length === before) await h.advance(100);
      gaps.push(Date.now() - last);
      last = Date.now();
      h.loadFlow.last().reject(networkError());
      await flush();
    }
    expect(gaps.slice(0, 5)).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(Date.now() - placed).toBeGreaterThanOrEqual(45_000);
    expect(Date.now() - placed).toBeLessThan(45_000 + 8_000);
    expect(h.snap().context.callStatus).toBe('timed-out');
  });

  it('renews the time budget with every answer from the backend', async () => {
    await atCall(callFlow('ringing', 0, 30));
    await h.advance(1_000);
    h.loadFlow.last().reject(networkError());
    await flush();
    expect(h.snap().context.waitedMs).toBe(1_000);
    await h.advance(2_000);
    h.loadFlow.last().resolve(callFlow('answered', 3, 20));
    await flush();
    expect(h.snap().context).toMatchObject({ waitedMs: 0, pollBudgetMs: 35_000 });
  });

  it('stops polling and aborts the request in flight when stopped (the person left)', async () => {
    await atCall();
    await h.advance(1_000);
    const inFlight = h.loadFlow.last();
    h.actor.stop();
    expect(inFlight.signal.aborted).toBe(true);
    const count = h.loadFlow.calls.length;
    await h.advance(600_000);
    expect(h.loadFlow.calls).toHaveLength(count);
  });

  it('offers help once the call has rung ten seconds unanswered', async () => {
    await atCall();
    let polls = 0;
    while (!callHelpOffered(h.snap())) {
      const before = h.loadFlow.calls.length;
      while (h.loadFlow.calls.length === before) await h.advance(50);
      h.loadFlow.last().resolve(callFlow('ringing', ++polls, 20));
      await flush();
    }
    expect(h.snap().context.callWaitedMs).toBeGreaterThanOrEqual(10_000);
    expect(h.snap().context.callWaitedMs).toBeLessThan(13_000);
  });

  it('places the call again on request while it rings', async () => {
    await atCall();
    h.actor.send({ type: 'CALL.AGAIN' });
    expect(h.snap().value).toBe('sending');
  });

  it('goes to locked when the flow is locked while calling', async () => {
    await atCall();
    await h.advance(1_000);
    h.loadFlow.last().reject(problem('flow-locked'));
    await flush();
    expect(h.snap().value).toBe('locked');
  });

  it('goes to expired when the flow expires while calling', async () => {
    await atCall();
    await h.advance(1_000);
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.snap().value).toBe('expired');
  });
});
