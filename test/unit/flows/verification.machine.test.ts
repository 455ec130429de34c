import { createActor, fromCallback, type SnapshotFrom } from 'xstate';
import type { Flow, VerificationMethod } from '../../../src/api/types';
import {
  type Leave,
  type SendRequest,
  type VerificationInput,
  verificationMachine,
} from '../../../src/flows/verification/machine';
import { controlled, flush, simulatedTime } from '../../support/actors';
import {
  appCodeFlow,
  appMethod,
  callFlow,
  codeFlow,
  completedFlow,
  FLOW_ID,
  lockedFlow,
  networkError,
  problem,
  smsMethod,
  voiceMethod,
} from '../../support/flows';

type Snapshot = SnapshotFrom<typeof verificationMachine>;

const SEND: SendRequest = { kind: 'sms-sign-in', phoneNumber: '+14255550100' };
const WAYS = {
  anotherWay: 'verification.anotherWay',
  restart: 'verification.startAgain',
  cancelCall: true,
} as const;
const CALL: VerificationInput = {
  send: { kind: 'method', flowId: FLOW_ID, methodId: voiceMethod.id },
  methods: [smsMethod, voiceMethod, appMethod],
  ways: WAYS,
};

function start(input: VerificationInput = { send: SEND, ways: WAYS }) {
  const time = simulatedTime();
  const sendCode = controlled<Flow, { request: SendRequest; idempotencyKey: string }>();
  const loadFlow = controlled<Flow, { flowId: string; flowSecret: string | null }>();
  const checkCode = controlled<Flow, { flowId: string; code: string; idempotencyKey: string }>();
  const resendCode = controlled<Flow, { flowId: string; idempotencyKey: string }>();
  const leaveCall = controlled<
    Flow | null,
    { flowId: string; flowSecret: string | null; registration: boolean }
  >();
  /** Hang-ups the line holder made because the whole verification was stopped. */
  const hungUpOnStop: Array<{ flowId: string; registration: boolean }> = [];
  const holdLine = fromCallback<
    { type: 'never' },
    { owner: { getSnapshot: () => { status: string } }; flowId: string; registration: boolean }
  >(({ input: line }) => () => {
    if (line.owner.getSnapshot().status === 'stopped')
      hungUpOnStop.push({ flowId: line.flowId, registration: line.registration });
  });
  const actor = createActor(
    verificationMachine.provide({
      actors: {
        sendCode: sendCode.logic,
        loadFlow: loadFlow.logic,
        checkCode: checkCode.logic,
        resendCode: resendCode.logic,
        leaveCall: leaveCall.logic,
        holdLine,
      },
    }),
    { input, clock: time.clock },
  ).start();
  const advance = async (ms: number) => {
    time.clock.increment(ms);
    await flush();
  };
  return {
    actor,
    time,
    sendCode,
    loadFlow,
    checkCode,
    resendCode,
    leaveCall,
    hungUpOnStop,
    advance,
    snap: () => actor.getSnapshot(),
    leave: (leave: Leave) => actor.send({ type: 'LEAVE', leave }),
  };
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

async function atCall(flow: Flow = callFlow(), input: VerificationInput = CALL) {
  h = start(input);
  h.sendCode.last().resolve(flow);
  await flush();
  return h;
}

const fieldOf = (s: Snapshot) => (s.value as { code: { field: string } }).code.field;
const resendOf = (s: Snapshot) => (s.value as { code: { resend: string } }).code.resend;
const helpOf = (s: Snapshot) => (s.value as { code: { help: string } }).code.help;
const callHelpOf = (s: Snapshot) => (s.value as { calling: { help: string } }).calling.help;

describe('sending', () => {
  it('starts by sending, busy, with an idempotency key', () => {
    h = start();
    expect(h.snap().value).toBe('sending');
    expect(h.snap().hasTag('busy')).toBe(true);
    expect(h.sendCode.last().input.request).toEqual(SEND);
    expect(h.sendCode.last().input.idempotencyKey).toMatch(/^[\w-]{20,}$/);
  });

  it.each([
    ['a code', codeFlow(), { code: { field: 'editing', resend: 'coolingDown', help: 'hidden' } }],
    ['a ringing call', callFlow(), { calling: { poll: 'waiting', help: 'hidden' } }],
    ['a call that already ended', callFlow('voicemail'), 'callEnded'],
    ['a completed flow', completedFlow(), 'done'],
    ['a locked flow', lockedFlow(), 'locked'],
  ])('routes an answer with %s', async (_, flow, value) => {
    h = start();
    h.sendCode.last().resolve(flow);
    await flush();
    expect(h.snap().value).toEqual(value);
  });

  it('keeps nothing in storage: remembering the flow is the parent’s job', async () => {
    await atCode();
    expect(sessionStorage.length).toBe(0);
  });

  it.each([
    ['text-limit', 'throttled'],
    ['call-limit', 'throttled'],
    ['too-many-requests', 'throttled'],
    ['resend-cooldown', 'throttled'],
    ['verification-blocked', 'blocked'],
    ['user-blocked', 'blocked'],
    ['voice-unavailable', 'blocked'],
    ['country-not-enabled', 'blocked'],
    ['reset-locked', 'denied'],
    ['flow-locked', 'locked'],
    ['flow-expired', 'expired'],
    ['internal-error', 'sendFailed'],
    ['service-unavailable', 'sendFailed'],
    ['unexpected-response', 'unexpected'],
    ['idempotency-key-reused', 'unexpected'],
  ] as const)('after a %s refusal shows %s', async (code, value) => {
    h = start();
    h.sendCode.last().reject(problem(code, { retryAfterSeconds: 60 }));
    await flush();
    expect(h.snap().value).toBe(value);
    expect(h.snap().context.failure?.error.code).toBe(code);
  });

  it('tells a throttle (a countdown, then a retry) from a block (no retry at all)', async () => {
    h = start();
    h.sendCode.last().reject(problem('verification-blocked'));
    await flush();
    h.actor.send({ type: 'RETRY' });
    await h.advance(3_600_000);
    expect(h.snap().value).toBe('blocked');
    expect(h.sendCode.calls).toHaveLength(1);
  });

  it('counts a throttle down, then allows a retry with a new key', async () => {
    h = start();
    const firstKey = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(problem('text-limit', { retryAfterSeconds: 90, alternatives: ['app-code'] }));
    await flush();
    expect(h.snap().context.retryAt).toBe(Date.now() + 90_000);
    expect(h.snap().context.failure?.error.alternatives).toEqual(['app-code']);
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

  it.each([
    ['no answer', networkError()],
    ['a timeout', problem('internal-error', {}, 504)],
    ['a bad gateway', problem('internal-error', {}, 502)],
    ['a busy service', problem('service-unavailable', {}, 503)],
    ['no answer in time', problem('timeout')],
  ])('retries a send after %s with the same key (one text however often)', async (_, error) => {
    h = start();
    const key = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(error);
    await flush();
    expect(h.snap().value).toBe('sendFailed');
    h.actor.send({ type: 'RETRY' });
    h.actor.send({ type: 'RETRY' });
    expect(h.sendCode.calls).toHaveLength(2);
    expect(h.sendCode.last().input.idempotencyKey).toBe(key);
  });

  it('says an answer outside the contract is unexpected; "Try again" is the same send, same key (the text may have gone)', async () => {
    h = start();
    const key = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(problem('unexpected-response', {}, 200));
    await flush();
    expect(h.snap().value).toBe('unexpected');
    expect(h.snap().hasTag('busy')).toBe(false);
    h.actor.send({ type: 'RETRY' });
    h.actor.send({ type: 'RETRY' });
    expect(h.sendCode.calls).toHaveLength(2);
    expect(h.sendCode.last().input.idempotencyKey).toBe(key);
    h.sendCode.last().resolve(codeFlow());
    await flush();
    expect(fieldOf(h.snap())).toBe('editing');
  });

  it('after a key the backend says was reused, "Try again" sends with a new key', async () => {
    h = start();
    const key = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(problem('idempotency-key-reused'));
    await flush();
    expect(h.snap().value).toBe('unexpected');
    h.actor.send({ type: 'RETRY' });
    expect(h.sendCode.last().input.idempotencyKey).not.toBe(key);
  });

  it.each([
    ['start again', { way: 'restart' }],
    ['another way', { way: 'anotherWay' }],
  ] as const)('leaves an unexpected answer by the way out (%s)', async (_, leave) => {
    h = start();
    h.sendCode.last().reject(problem('unexpected-response', {}, 200));
    await flush();
    h.actor.send({ type: 'LEAVE', leave });
    expect(h.snap().output).toEqual({ outcome: 'left', leave });
  });

  it('retries a send the backend failed outright (500) with a new key', async () => {
    h = start();
    const key = h.sendCode.last().input.idempotencyKey;
    h.sendCode.last().reject(problem('internal-error', {}, 500));
    await flush();
    h.actor.send({ type: 'RETRY' });
    expect(h.sendCode.last().input.idempotencyKey).not.toBe(key);
  });

  it('ends with the refusal as output when the request itself was rejected', async () => {
    h = start();
    h.sendCode.last().reject(problem('invalid-phone-number'));
    await flush();
    expect(h.snap().status).toBe('done');
    expect(h.snap().output).toMatchObject({
      outcome: 'rejected',
      failure: { kind: 'rejected', error: { code: 'invalid-phone-number' } },
    });
  });

  it('after "the flow moved on" reads where it stands instead of sending again', async () => {
    h = start(CALL);
    h.sendCode.last().reject(problem('flow-stage-mismatch'));
    await flush();
    expect(h.snap().value).toBe('reading');
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null });
    h.loadFlow.last().resolve(completedFlow('password-sign-in'));
    await flush();
    expect(h.snap().output).toEqual({ outcome: 'verified', flow: completedFlow('password-sign-in') });
    expect(h.sendCode.calls).toHaveLength(1);
  });
});

describe('confirming the number first (password reset)', () => {
  const resetSms: VerificationMethod = { ...smsMethod, requiresPhoneConfirmation: true };
  const input: VerificationInput = {
    send: { kind: 'method', flowId: FLOW_ID, methodId: resetSms.id },
    methods: [resetSms, appMethod],
    ways: WAYS,
  };

  it('sends nothing until the number is typed, then sends it for the backend to check', () => {
    h = start(input);
    expect(h.snap().value).toBe('confirmingNumber');
    h.actor.send({ type: 'NUMBER.SUBMIT' });
    expect(h.snap().context.confirmProblem).toBe('required');
    h.actor.send({ type: 'NUMBER.CHANGE', number: '425 55' });
    h.actor.send({ type: 'NUMBER.SUBMIT' });
    expect(h.snap().context.confirmProblem).toBe('invalid');
    h.actor.send({ type: 'NUMBER.CHANGE', number: '(425) 555-0199' });
    h.actor.send({ type: 'NUMBER.SUBMIT' });
    expect(h.snap().context.confirmProblem).toBe('different');
    expect(h.sendCode.calls).toHaveLength(0);
    h.actor.send({ type: 'NUMBER.CHANGE', number: '(425) 555-0110' });
    expect(h.snap().context.confirmProblem).toBeNull();
    h.actor.send({ type: 'NUMBER.SUBMIT' });
    expect(h.snap().value).toBe('sending');
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'mobile-sms',
      confirmPhoneNumber: '+14255550110',
    });
  });

  it('takes a mismatch as a field error: the typed number stays, the verification goes on', async () => {
    h = start(input);
    h.actor.send({ type: 'NUMBER.CHANGE', number: '425 555 0110' });
    h.actor.send({ type: 'NUMBER.SUBMIT' });
    h.sendCode.last().reject(problem('phone-mismatch'));
    await flush();
    expect(h.snap().value).toBe('confirmingNumber');
    expect(h.snap().status).toBe('active');
    expect(h.snap().context.confirmNumber).toBe('425 555 0110');
    expect(h.snap().context.failure?.kind).toBe('mismatch');
    h.actor.send({ type: 'NUMBER.SUBMIT' });
    expect(h.sendCode.calls).toHaveLength(2);
  });

  it('stops at a dead end with the reference once reset is locked: no countdown, no alternatives', async () => {
    h = start(input);
    h.actor.send({ type: 'NUMBER.CHANGE', number: '425 555 0110' });
    h.actor.send({ type: 'NUMBER.SUBMIT' });
    h.sendCode.last().reject(problem('reset-locked', { retryAfterSeconds: 86_400, reference: 'REF-9' }));
    await flush();
    expect(h.snap().value).toBe('denied');
    expect(h.snap().context.failure?.error.reference).toBe('REF-9');
    await h.advance(86_400_000);
    expect(h.snap().value).toBe('denied');
  });
});

describe('registering a phone', () => {
  const register: SendRequest = {
    kind: 'register-phone',
    token: 'session_0123456789abcdef',
    phoneNumber: '+1 4255550123',
    phoneType: 'mobile',
    verifyBy: 'voice',
  };

  it('sends the registration itself, and cancelling its call cancels the registration', async () => {
    await atCall({ ...callFlow(), kind: 'register-phone', methods: [] }, { send: register, ways: WAYS });
    expect(h.sendCode.calls[0]!.input.request).toEqual(register);
    h.leave({ way: 'cancelCall' });
    expect(h.snap().value).toBe('hangingUp');
    expect(h.leaveCall.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null, registration: true });
  });

  it('hangs up a registration call when the screen is closed', async () => {
    await atCall({ ...callFlow(), kind: 'register-phone', methods: [] }, { send: register, ways: WAYS });
    h.actor.stop();
    expect(h.hungUpOnStop).toEqual([{ flowId: FLOW_ID, registration: true }]);
  });
});

describe('resuming after a reload', () => {
  it('asks the backend instead of sending, and keeps the server-given resend countdown', async () => {
    h = start({ resumeFlowId: FLOW_ID, ways: WAYS });
    expect(h.snap().value).toBe('reading');
    expect(h.sendCode.calls).toHaveLength(0);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null });
    h.loadFlow.last().resolve(codeFlow({ resendInSeconds: 12 }));
    await flush();
    expect(resendOf(h.snap())).toBe('coolingDown');
    expect(h.snap().context.resendAt).toBe(Date.now() + 12_000);
    expect(helpOf(h.snap())).toBe('offered');
    await h.advance(12_000);
    expect(resendOf(h.snap())).toBe('ready');
    expect(h.sendCode.calls).toHaveLength(0);
  });

  it('goes to expired when the flow is gone', async () => {
    h = start({ resumeFlowId: FLOW_ID, ways: WAYS });
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.snap().value).toBe('expired');
  });

  it('offers a retry when the backend cannot be reached', async () => {
    h = start({ resumeFlowId: FLOW_ID, ways: WAYS });
    h.loadFlow.last().reject(networkError());
    await flush();
    expect(h.snap().value).toBe('readFailed');
    h.actor.send({ type: 'RETRY' });
    expect(h.snap().value).toBe('reading');
    expect(h.loadFlow.calls).toHaveLength(2);
  });

  it('says so when a remembered flow answers in a way it cannot read, and reads it again when asked', async () => {
    h = start({ resumeFlowId: FLOW_ID, ways: WAYS });
    h.loadFlow.last().reject(problem('unexpected-response', {}, 200));
    await flush();
    expect(h.snap().value).toBe('readFailed');
    expect(h.snap().context.failure?.error.code).toBe('unexpected-response');
    h.actor.send({ type: 'RETRY' });
    h.loadFlow.last().resolve(codeFlow());
    await flush();
    expect(h.snap().matches('code')).toBe(true);
  });
});

describe('code entry', () => {
  it('checks by itself once all digits are in, and not before', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '12' });
    expect(h.snap().context.codeProblem).toBeNull();
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(fieldOf(h.snap())).toBe('editing');
    expect(h.snap().context.codeProblem).toBe('incomplete');
    h.actor.send({ type: 'CODE.CHANGE', code: '123 456' });
    expect(fieldOf(h.snap())).toBe('checking');
    expect(h.snap().hasTag('busy')).toBe(true);
    expect(h.checkCode.last().input).toEqual({
      flowId: FLOW_ID,
      code: '123456',
      idempotencyKey: expect.stringMatching(/^[\w-]{20,}$/),
    });
  });

  it.each(['123-456', ' 1 2 3 4 5 6 ', '١٢٣٤٥٦', '۱۲۳-۴۵۶', '１２３４５６'])(
    'reads %j as 123456',
    async (typed) => {
      await atCode();
      h.actor.send({ type: 'CODE.CHANGE', code: typed });
      expect(h.checkCode.last().input.code).toBe('123456');
    },
  );

  it('keeps letters in the field and says why instead of dropping them', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '12a456' });
    expect(h.snap().context.code).toBe('12a456');
    expect(h.snap().context.codeProblem).toBe('not-digits');
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(h.checkCode.calls).toHaveLength(0);
  });

  it('refuses a pasted seven-digit string without spending a try', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '1234567' });
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(h.snap().context.codeProblem).toBe('too-long');
    expect(h.checkCode.calls).toHaveLength(0);
  });

  it('checks once when Enter is pressed twice', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.actor.send({ type: 'CODE.SUBMIT' });
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(h.checkCode.calls).toHaveLength(1);
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
    expect(fieldOf(h.snap())).toBe('editing');
    expect(h.snap().context.code).toBe('');
    expect(h.snap().context.failure).toMatchObject({ kind: 'wrong', error: { attemptsLeft: 3 } });
    h.actor.send({ type: 'CODE.CHANGE', code: '1' });
    expect(h.snap().context.failure).toBeNull();
  });

  it.each([
    ['the last wrong code', problem('wrong-code', { attemptsLeft: 0 }), 'locked'],
    ['a locked flow', problem('flow-locked'), 'locked'],
    ['an expired flow', problem('flow-expired'), 'expired'],
    ['a locked reset', problem('reset-locked', { retryAfterSeconds: 86_400 }), 'denied'],
  ])('ends at %s', async (_, error, value) => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '000000' });
    h.checkCode.last().reject(error);
    await flush();
    expect(h.snap().value).toBe(value);
  });

  it.each([
    ['no answer', networkError()],
    ['no answer in time', problem('timeout')],
    ['a busy service', problem('service-unavailable', { retryAfterSeconds: 10 }, 503)],
    ['a failing backend', problem('internal-error', { reference: 'SRVR-AB12' }, 500)],
  ])('keeps the code after %s, says why, and checks it again with Verify', async (_, error) => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(error);
    await flush();
    expect(fieldOf(h.snap())).toBe('editing');
    expect(h.snap().hasTag('busy')).toBe(false);
    expect(h.snap().context.code).toBe('123456');
    expect(h.snap().context.failure?.kind).toBe('retry');
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(h.checkCode.calls).toHaveLength(2);
    expect(h.checkCode.last().input.code).toBe('123456');
    h.checkCode.last().resolve(completedFlow());
    await flush();
    expect(h.snap().output).toMatchObject({ outcome: 'verified' });
  });

  it('reads where the flow stands when the check finds it moved on (# pressed on an earlier call)', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(problem('flow-stage-mismatch'));
    await flush();
    expect(h.snap().value).toBe('reading');
    h.loadFlow.last().resolve(completedFlow());
    await flush();
    expect(h.snap().output).toMatchObject({ outcome: 'verified' });
  });

  it('explains an expired code and takes a new one', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(problem('code-expired'));
    await flush();
    expect(fieldOf(h.snap())).toBe('codeExpired');
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    h.resendCode.last().resolve(codeFlow());
    await flush();
    expect(fieldOf(h.snap())).toBe('editing');
    expect(h.snap().context.failure).toBeNull();
  });

  it('waits out a throttle on checking codes', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(problem('too-many-requests', { retryAfterSeconds: 20 }));
    await flush();
    expect(fieldOf(h.snap())).toBe('throttled');
    await h.advance(20_000);
    expect(fieldOf(h.snap())).toBe('editing');
  });

  it('keeps the code when the backend cannot be reached, so a retry sends it again', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(networkError());
    await flush();
    expect(fieldOf(h.snap())).toBe('editing');
    expect(h.snap().context.code).toBe('123456');
    expect(h.snap().context.failure?.error.code).toBe('network-error');
    h.actor.send({ type: 'CODE.SUBMIT' });
    expect(h.checkCode.calls).toHaveLength(2);
    expect(h.checkCode.last().input.code).toBe('123456');
  });

  it('offers help ten seconds after the code was sent', async () => {
    await atCode();
    await h.advance(9_999);
    expect(helpOf(h.snap())).toBe('hidden');
    await h.advance(1);
    expect(helpOf(h.snap())).toBe('offered');
  });
});

describe('a check whose answer was lost', () => {
  it.each([
    ['no answer', networkError()],
    ['no answer in time', problem('timeout')],
    ['a gateway that gave up', problem('internal-error', {}, 504)],
  ])(
    'is retried after %s with the same key, so a code that signed in gets its answer again',
    async (_, error) => {
      await atCode();
      h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
      const key = h.checkCode.last().input.idempotencyKey;
      expect(key).toMatch(/^[\w-]{20,}$/);
      h.checkCode.last().reject(error);
      await flush();
      h.actor.send({ type: 'CODE.SUBMIT' });
      expect(h.checkCode.calls).toHaveLength(2);
      expect(h.checkCode.last().input).toEqual({ flowId: FLOW_ID, code: '123456', idempotencyKey: key });
    },
  );

  it('gets a new key for an answer that settled it: a backend that failed outright, a wrong code', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    const first = h.checkCode.last().input.idempotencyKey;
    h.checkCode.last().reject(problem('internal-error', {}, 500));
    await flush();
    h.actor.send({ type: 'CODE.SUBMIT' });
    const second = h.checkCode.last().input.idempotencyKey;
    expect(second).not.toBe(first);
    h.checkCode.last().reject(problem('wrong-code', { attemptsLeft: 4 }));
    await flush();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    expect(h.checkCode.calls).toHaveLength(3);
    expect(h.checkCode.last().input.idempotencyKey).not.toBe(second);
  });

  it('gets a new key when the person changes the code after it (another code is another check)', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    const key = h.checkCode.last().input.idempotencyKey;
    h.checkCode.last().reject(problem('timeout'));
    await flush();
    h.actor.send({ type: 'CODE.CHANGE', code: '12345' });
    h.actor.send({ type: 'CODE.CHANGE', code: '123457' });
    expect(h.checkCode.calls).toHaveLength(2);
    expect(h.checkCode.last().input.code).toBe('123457');
    expect(h.checkCode.last().input.idempotencyKey).not.toBe(key);
  });
});

describe('the flow’s secret', () => {
  const SECRET = 'secret_0123456789abcdefghijkl';

  it('comes with the answer that created the flow and goes with every read of it after', async () => {
    await atCode({ ...codeFlow(), flowSecret: SECRET });
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.checkCode.last().reject(problem('flow-stage-mismatch'));
    await flush();
    expect(h.snap().value).toBe('reading');
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET });
    // a later answer has none: the one kept stays
    h.loadFlow.last().resolve(codeFlow());
    await flush();
    expect(h.snap().context.flowSecret).toBe(SECRET);
  });

  it('is sent with every check on a call and with the read after hanging up, when the parent gives it', async () => {
    await atCall(callFlow(), { ...CALL, flowSecret: SECRET });
    await h.advance(1_000);
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET });
    h.loadFlow.last().resolve(callFlow('ringing', 1, 29));
    await flush();
    h.leave({ way: 'anotherWay' });
    expect(h.leaveCall.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET, registration: false });
  });

  it('is sent when a flow remembered with it is resumed after a reload', async () => {
    h = start({ resumeFlowId: FLOW_ID, flowSecret: SECRET, ways: WAYS });
    expect(h.loadFlow.last().input).toEqual({ flowId: FLOW_ID, flowSecret: SECRET });
    h.loadFlow.last().resolve(completedFlow());
    await flush();
    expect(h.snap().output).toEqual({ outcome: 'verified', flow: completedFlow() });
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
    expect(h.snap().context.resends).toBe(1);
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    expect(h.resendCode.last().input.idempotencyKey).not.toBe(key);
  });

  it('is not sent while a code is being checked, so the check’s answer counts', async () => {
    await atCode();
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    h.actor.send({ type: 'CODE.RESEND' });
    expect(h.resendCode.calls).toHaveLength(0);
    h.checkCode.last().resolve(completedFlow());
    await flush();
    expect(h.snap().output).toMatchObject({ outcome: 'verified' });
  });

  it('never throws away the answer of a check that started while a new code was on its way', async () => {
    await atCode();
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    expect(fieldOf(h.snap())).toBe('checking');
    h.resendCode.last().resolve(codeFlow());
    await flush();
    expect(fieldOf(h.snap())).toBe('checking');
    expect(h.checkCode.last().signal.aborted).toBe(false);
    h.checkCode.last().resolve(completedFlow());
    await flush();
    expect(h.snap().output).toMatchObject({ outcome: 'verified' });
  });

  it('says a check answered outside the contract is unexpected; "Try again" checks the same code again', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '123456' });
    const key = h.checkCode.last().input.idempotencyKey;
    h.checkCode.last().reject(problem('unexpected-response', {}, 200));
    await flush();
    expect(fieldOf(h.snap())).toBe('unexpected');
    expect(h.snap().hasTag('busy')).toBe(false);
    expect(h.snap().context.code).toBe('123456');
    h.actor.send({ type: 'RETRY' });
    expect(fieldOf(h.snap())).toBe('checking');
    expect(h.checkCode.last().input.code).toBe('123456');
    // the same key: a code that signed in before its answer was garbled gets that answer again
    expect(h.checkCode.last().input.idempotencyKey).toBe(key);
    // the first check counted: the backend says the flow moved on, and the app reads where it stands
    h.checkCode.last().reject(problem('flow-stage-mismatch'));
    await flush();
    expect(h.snap().value).toBe('reading');
    h.loadFlow.last().resolve(completedFlow());
    await flush();
    expect(h.snap().output).toMatchObject({ outcome: 'verified' });
  });

  it.each([
    ['resend-cooldown', 'coolingDown'],
    ['text-limit', 'limited'],
    ['verification-blocked', 'unavailable'],
    ['flow-locked', 'locked'],
    ['flow-expired', 'expired'],
    ['reset-locked', 'denied'],
    ['flow-stage-mismatch', 'reading'],
    ['idempotency-key-reused', 'unexpected'],
    ['unexpected-response', 'unexpected'],
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
    expect(h.snap().context.resendFailure?.error.code).toBe('text-limit');
    expect(h.snap().context.resendAt).toBe(Date.now() + 600_000);
    await h.advance(600_000);
    expect(resendOf(h.snap())).toBe('ready');
    expect(h.snap().context.resendFailure).toBeNull();
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

  it('asks again for a new code answered outside the contract with the same key (the text may have gone)', async () => {
    await atCode();
    h.actor.send({ type: 'CODE.CHANGE', code: '12' });
    await h.advance(30_000);
    h.actor.send({ type: 'CODE.RESEND' });
    const key = h.resendCode.last().input.idempotencyKey;
    h.resendCode.last().reject(problem('unexpected-response', {}, 200));
    await flush();
    expect(resendOf(h.snap())).toBe('unexpected');
    h.actor.send({ type: 'RETRY' });
    expect(resendOf(h.snap())).toBe('resending');
    expect(h.resendCode.last().input.idempotencyKey).toBe(key);
    h.resendCode.last().resolve(codeFlow());
    await flush();
    expect(resendOf(h.snap())).toBe('coolingDown');
    expect(h.snap().context.resends).toBe(1);
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

  it('calls again with the request that placed the call, under a new key, once', async () => {
    await atCall();
    const first = h.sendCode.last().input;
    await h.advance(1_000);
    h.loadFlow.last().resolve(callFlow('voicemail'));
    await flush();
    h.actor.send({ type: 'CALL.AGAIN' });
    h.actor.send({ type: 'CALL.AGAIN' });
    expect(h.snap().value).toBe('sending');
    expect(h.sendCode.calls).toHaveLength(2);
    expect(h.sendCode.last().input.request).toEqual({
      kind: 'method',
      flowId: FLOW_ID,
      methodId: 'mobile-voice',
    });
    expect(h.sendCode.last().input.idempotencyKey).not.toBe(first.idempotencyKey);
  });

  it('rebuilds the call request from the flow after a reload', async () => {
    h = start({ resumeFlowId: FLOW_ID, ways: WAYS });
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
      while (h.loadFlow.calls.length === before && h.snap().value !== 'callEnded') await h.advance(100);
      if (h.snap().value === 'callEnded') break;
      gaps.push(Date.now() - last);
      last = Date.now();
      h.loadFlow.last().reject(networkError());
      await flush();
    }
    expect(gaps.slice(0, 5)).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(Date.now() - placed).toBeGreaterThanOrEqual(45_000);
    expect(Date.now() - placed).toBeLessThan(45_000 + 8_000);
    expect(h.snap().context.callTimedOut).toBe(true);
  });

  it.each([
    ['no answer', networkError()],
    ['no answer in time', problem('timeout')],
    ['a busy service', problem('service-unavailable', { retryAfterSeconds: 10 }, 503)],
    ['an answer outside the contract', problem('unexpected-response', {}, 200)],
  ])(
    'keeps the failure of a poll (%s) for the screen until a poll gets an answer again',
    async (_, error) => {
      await atCall(callFlow('ringing', 0, 30));
      await h.advance(1_000);
      h.loadFlow.last().reject(error);
      await flush();
      expect(h.snap().matches({ calling: { poll: 'waiting' } })).toBe(true);
      expect(h.snap().context.failure?.error.code).toBe(error.code);
      await h.advance(2_000);
      h.loadFlow.last().resolve(callFlow('answered', 3, 27));
      await flush();
      expect(h.snap().matches('calling')).toBe(true);
      expect(h.snap().context.failure).toBeNull();
      await h.advance(3_000);
      h.loadFlow.last().resolve(completedFlow('password-sign-in'));
      await flush();
      expect(h.snap().output).toMatchObject({ outcome: 'verified' });
    },
  );

  it('stops polling a backend stuck at "answered" at the call’s deadline plus a grace', async () => {
    await atCall(callFlow('ringing', 0, 30));
    const placed = Date.now();
    let polls = 0;
    while (h.snap().value !== 'callEnded') {
      await h.advance(100);
      if (h.loadFlow.calls.length > polls) {
        polls = h.loadFlow.calls.length;
        h.loadFlow.last().resolve(callFlow('answered', 5, 30));
        await flush();
      }
    }
    expect(Date.now() - placed).toBeLessThan(45_000 + 3_000);
    expect(polls).toBeLessThan(25);
    expect(h.snap().context.callTimedOut).toBe(true);
  });

  it('stops polling and aborts the request in flight when stopped, and hangs up', async () => {
    await atCall();
    await h.advance(1_000);
    const inFlight = h.loadFlow.last();
    h.actor.stop();
    expect(inFlight.signal.aborted).toBe(true);
    expect(h.hungUpOnStop).toEqual([{ flowId: FLOW_ID, registration: false }]);
    const count = h.loadFlow.calls.length;
    await h.advance(600_000);
    expect(h.loadFlow.calls).toHaveLength(count);
  });

  it('does not hang up a call that ended by itself', async () => {
    await atCall();
    await h.advance(1_000);
    h.loadFlow.last().resolve(callFlow('voicemail'));
    await flush();
    h.actor.stop();
    expect(h.hungUpOnStop).toEqual([]);
  });

  it('offers help once the call has rung ten seconds, counted from when it was placed', async () => {
    await atCall(callFlow('ringing', 4, 26));
    await h.advance(5_999);
    expect(callHelpOf(h.snap())).toBe('hidden');
    await h.advance(1);
    expect(callHelpOf(h.snap())).toBe('offered');
  });

  it('goes to locked or expired when the flow is while calling', async () => {
    await atCall();
    await h.advance(1_000);
    h.loadFlow.last().reject(problem('flow-locked'));
    await flush();
    expect(h.snap().value).toBe('locked');
    await atCall();
    await h.advance(1_000);
    h.loadFlow.last().reject(problem('flow-expired'));
    await flush();
    expect(h.snap().value).toBe('expired');
  });
});

describe('ways out', () => {
  it.each([
    ['another way', { way: 'anotherWay' }],
    ['start again', { way: 'restart' }],
    ['cancel the call', { way: 'cancelCall' }],
    ['text me instead', { way: 'method', methodId: 'mobile-sms' }],
  ] as const)('%s during a call: hangs up, stops polling, then leaves that way', async (_, leave: Leave) => {
    await atCall();
    await h.advance(1_000);
    const poll = h.loadFlow.last();
    h.leave(leave);
    expect(h.snap().value).toBe('hangingUp');
    expect(poll.signal.aborted).toBe(true);
    expect(h.leaveCall.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null, registration: false });
    h.leave({ way: 'restart' });
    expect(h.leaveCall.calls).toHaveLength(1);
    h.leaveCall
      .last()
      .resolve({ ...callFlow('timed-out'), stage: 'awaiting-method', defaultMethodId: null } as never);
    await flush();
    expect(h.snap().output).toEqual({ outcome: 'left', leave });
    const polls = h.loadFlow.calls.length;
    await h.advance(60_000);
    expect(h.loadFlow.calls).toHaveLength(polls);
  });

  it('signs the person in after all when # was pressed while they were leaving', async () => {
    await atCall();
    h.leave({ way: 'method', methodId: 'mobile-sms' });
    h.leaveCall.last().resolve(completedFlow('password-sign-in'));
    await flush();
    expect(h.snap().output).toEqual({ outcome: 'verified', flow: completedFlow('password-sign-in') });
  });

  it('leaves at once where nothing is under way', async () => {
    await atCode();
    h.leave({ way: 'anotherWay' });
    expect(h.snap().output).toEqual({ outcome: 'left', leave: { way: 'anotherWay' } });
    expect(h.leaveCall.calls).toHaveLength(0);
  });

  it('ignores a second press on a method while the first is being sent (one request, one screen)', () => {
    h = start(CALL);
    h.leave({ way: 'method', methodId: voiceMethod.id });
    expect(h.snap().value).toBe('sending');
    expect(h.sendCode.calls).toHaveLength(1);
    expect(h.sendCode.last().signal.aborted).toBe(false);
  });

  it('hangs up a call being placed when the person starts again meanwhile', () => {
    h = start(CALL);
    h.leave({ way: 'restart' });
    expect(h.snap().value).toBe('hangingUp');
    expect(h.leaveCall.last().input).toEqual({ flowId: FLOW_ID, flowSecret: null, registration: false });
  });
});
