import { createActor } from 'xstate';
import type { Flow, FlowAwaitingMethod } from '../../../src/api/types';
import { resetStartMachine } from '../../../src/flows/password-reset-start/machine';
import { rememberedFlow } from '../../../src/flows/remembered-flow';
import { controlled, flush, simulatedTime } from '../../support/actors';
import { awaitingFlow, networkError, problem } from '../../support/flows';

const resetFlow = (): FlowAwaitingMethod => ({
  ...awaitingFlow(),
  kind: 'password-reset',
  step: { current: 1, total: 2 },
});

let time: ReturnType<typeof simulatedTime>;
beforeEach(() => {
  time = simulatedTime();
});
afterEach(() => time.restore());

function start(username = '') {
  const prepareHumanCheck = controlled<string, unknown>();
  const startReset = controlled<Flow, { username: string; humanCheck: string }>();
  const actor = createActor(
    resetStartMachine.provide({
      actors: {
        prepareHumanCheck: prepareHumanCheck.logic,
        startReset: startReset.logic,
      },
    }),
    { input: { username }, clock: time.clock },
  ).start();
  const solve = async (payload = 'payload-1') => {
    prepareHumanCheck.last().resolve(payload);
    await flush();
  };
  const type = (name: string) => actor.send({ type: 'USERNAME.CHANGE', username: name });
  return {
    actor,
    prepareHumanCheck,
    startReset,
    solve,
    type,
    value: () => actor.getSnapshot().value,
  };
}

describe('the human check', () => {
  it('is fetched and solved at once, while the person types', async () => {
    const h = start('megan@contoso.example');
    expect(h.value()).toEqual({ identifying: { check: 'preparing', form: 'editing' } });
    h.prepareHumanCheck.last().resolve('payload-1');
    await flush();
    expect(h.value()).toEqual({ identifying: { check: 'solved', form: 'editing' } });
    expect(h.actor.getSnapshot().context.humanCheck).toBe('payload-1');
  });

  it('tries again shortly when it cannot be fetched or solved', async () => {
    const h = start();
    h.prepareHumanCheck.last().reject(networkError());
    await flush();
    expect(h.value()).toEqual({ identifying: { check: 'failed', form: 'editing' } });
    time.clock.increment(3_000);
    await flush();
    expect(h.prepareHumanCheck.calls).toHaveLength(2);
  });
});

describe('the user name', () => {
  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['x'.repeat(257), 'too-long'],
  ])('stops %j before sending: %s', async (name, problemName) => {
    const h = start();
    await h.solve();
    h.type(name);
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    expect(h.actor.getSnapshot().context.usernameProblem).toBe(problemName);
    expect(h.startReset.calls).toHaveLength(0);
  });

  it('sends the trimmed name with the solved check, and remembers the reset it starts', async () => {
    const h = start(' megan@contoso.example ');
    await h.solve('payload-1');
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    expect(h.startReset.calls).toHaveLength(1);
    expect(h.startReset.last().input).toEqual({ username: 'megan@contoso.example', humanCheck: 'payload-1' });
    h.startReset.last().resolve(resetFlow());
    await flush();
    expect(h.actor.getSnapshot().output).toEqual({ flow: resetFlow(), username: 'megan@contoso.example' });
    expect(rememberedFlow('password-reset')).toBe(resetFlow().flowId);
  });

  it('waits for the check when the name is sent first, then sends by itself', async () => {
    const h = start('megan@contoso.example');
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    expect(h.value()).toEqual({ identifying: { check: 'preparing', form: 'waiting' } });
    expect(h.actor.getSnapshot().hasTag('busy')).toBe(true);
    await h.solve('payload-2');
    expect(h.startReset.last().input.humanCheck).toBe('payload-2');
  });

  it('stops waiting with the reason when the check cannot run; "Next" sends once it has', async () => {
    const h = start('megan@contoso.example');
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    h.prepareHumanCheck.last().reject(problem('service-unavailable', { retryAfterSeconds: 10 }));
    await flush();
    expect(h.value()).toEqual({ identifying: { check: 'failed', form: 'editing' } });
    expect(h.actor.getSnapshot().hasTag('busy')).toBe(false);
    expect(h.actor.getSnapshot().context.error).toMatchObject({ code: 'service-unavailable' });
    expect(h.actor.getSnapshot().context.username).toBe('megan@contoso.example');
    // pressed again at once: the check still can't run, said again
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    expect(h.value()).toEqual({ identifying: { check: 'failed', form: 'editing' } });
    time.clock.increment(3_000);
    await h.solve('payload-3');
    expect(h.startReset.calls).toHaveLength(0);
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    expect(h.startReset.last().input.humanCheck).toBe('payload-3');
  });
});

describe('the answer', () => {
  async function answered(error: unknown) {
    const h = start('someone@contoso.example');
    await h.solve();
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    h.startReset.last().reject(error);
    await flush();
    return h;
  }

  it('ends at the one dead end for a name that cannot reset here; another name can be tried', async () => {
    const h = await answered(problem('reset-not-enabled', { reference: 'REF-1' }));
    expect(h.value()).toBe('deadEnd');
    expect(h.actor.getSnapshot().context.error).toMatchObject({
      code: 'reset-not-enabled',
      reference: 'REF-1',
    });
    h.actor.send({ type: 'RESTART' });
    expect(h.value()).toEqual({ identifying: { check: 'preparing', form: 'editing' } });
    expect(h.actor.getSnapshot().context.username).toBe('someone@contoso.example');
  });

  it('ends at the lock, with its time and reference', async () => {
    const h = await answered(problem('reset-locked', { retryAfterSeconds: 86_400, reference: 'REF-2' }));
    expect(h.value()).toBe('lockedOut');
    expect(h.actor.getSnapshot().context.error).toMatchObject({
      retryAfterSeconds: 86_400,
      reference: 'REF-2',
    });
  });

  it.each([
    ['a stale or wrong check', problem('human-check-failed')],
    ['no answer', networkError()],
  ])('after %s keeps the name, says why, and solves a fresh check at once', async (_, error) => {
    const h = await answered(error);
    expect(h.value()).toEqual({ identifying: { check: 'preparing', form: 'editing' } });
    expect(h.prepareHumanCheck.calls).toHaveLength(2);
    expect(h.actor.getSnapshot().context).toMatchObject({
      username: 'someone@contoso.example',
      humanCheck: null,
      error: { code: (error as { code: string }).code },
    });
  });
});
