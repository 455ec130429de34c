// The reset's own statechart (src/flows/password-reset/machine.ts): which stage a person is at (the
// first screen, the steps, done), picking a remembered reset up after a reload, "Start again" with
// the user name kept, and the steps' code failing to download. Its two children are the real
// statecharts, their backend calls settled here by hand.
import { createActor, fromCallback, fromPromise } from 'xstate';
import { ApiError } from '../../../src/api/errors';
import type { Flow, FlowAwaitingMethod } from '../../../src/api/types';
import { passwordResetMachine } from '../../../src/flows/password-reset/machine';
import { resetStartMachine } from '../../../src/flows/password-reset-start/machine';
import { resetStepsMachine } from '../../../src/flows/password-reset-steps/machine';
import { rememberedFlow, rememberFlow } from '../../../src/flows/remembered-flow';
import { verificationMachine } from '../../../src/flows/verification/machine';
import { controlled, downloaded, flush, simulatedTime } from '../../support/actors';
import { recordApi } from '../../support/api-log';
import { awaitingFlow, FLOW_ID, passwordRequiredFlow, problem, smsMethod } from '../../support/flows';

const api = recordApi();
let time: ReturnType<typeof simulatedTime>;
beforeEach(() => {
  time = simulatedTime();
});
afterEach(() => time.restore());

const started: FlowAwaitingMethod = {
  ...awaitingFlow([{ ...smsMethod, requiresPhoneConfirmation: true }]),
  kind: 'password-reset',
  user: { username: 'sam@contoso.example' },
};
const passwordRequired = passwordRequiredFlow();

function reset(
  input: { username?: string; resumeFlowId?: string | null },
  loadSteps: typeof downloaded = downloaded,
) {
  const prepareHumanCheck = controlled<string, unknown>();
  const startReset = controlled<Flow, { username: string; humanCheck: string }>();
  const loadFlow = controlled<Flow, { flowId: string }>();
  const setPassword = controlled<Flow, { flowId: string; password: string; idempotencyKey: string }>();
  const actor = createActor(
    passwordResetMachine.provide({
      actors: {
        start: resetStartMachine.provide({
          actors: { prepareHumanCheck: prepareHumanCheck.logic, startReset: startReset.logic },
        }),
        loadSteps,
        steps: resetStepsMachine.provide({
          actors: {
            loadFlow: loadFlow.logic,
            setPassword: setPassword.logic,
            verification: verificationMachine.provide({
              actors: { holdLine: fromCallback(() => undefined) },
            }),
          },
        }),
      },
    }),
    { input, clock: time.clock },
  ).start();
  const start = () => actor.getSnapshot().children.start;
  const steps = () => actor.getSnapshot().children.steps;
  /** The first screen: the check solved, the name typed, "Next", and the backend's new reset. */
  const startWith = async (username: string) => {
    prepareHumanCheck.last().resolve('payload-1');
    await flush();
    start()!.send({ type: 'USERNAME.CHANGE', username });
    start()!.send({ type: 'IDENTIFY.SUBMIT' });
    startReset.last().resolve(started);
    await flush();
  };
  return {
    actor,
    start,
    steps,
    startWith,
    prepareHumanCheck,
    startReset,
    loadFlow,
    setPassword,
    value: () => actor.getSnapshot().value,
  };
}

describe('the stages of a reset', () => {
  it('starts on the first screen with the name handed over, and remembers nothing yet', () => {
    const h = reset({ username: 'megan@contoso.example' });
    expect(h.value()).toBe('start');
    expect(h.start()!.getSnapshot().context.username).toBe('megan@contoso.example');
    expect(h.steps()).toBeUndefined();
  });

  it('passes what the page sends on to the first screen: the name, "Next", and trying another name after a dead end', async () => {
    // The page sends to the reset's statechart (src/flows/lazy-flow.ts drives it), not to its children.
    const h = reset({});
    h.prepareHumanCheck.last().resolve('payload-1');
    await flush();
    h.actor.send({ type: 'USERNAME.CHANGE', username: 'nobody@contoso.example' });
    expect(h.start()!.getSnapshot().context.username).toBe('nobody@contoso.example');
    h.actor.send({ type: 'IDENTIFY.SUBMIT' });
    expect(h.startReset.last().input).toEqual({
      username: 'nobody@contoso.example',
      humanCheck: 'payload-1',
    });
    h.startReset.last().reject(problem('reset-not-enabled', { reference: 'REF-1' }));
    await flush();
    expect(h.start()!.getSnapshot().value).toBe('deadEnd');
    h.actor.send({ type: 'RESTART' });
    expect(h.start()!.getSnapshot().matches('identifying')).toBe(true);
    expect(h.value()).toBe('start');
  });

  it('goes on to the steps with the reset the first screen started and the name typed there', async () => {
    const h = reset({});
    await h.startWith('  sam@contoso.example ');
    expect(h.value()).toEqual({ steps: 'running' });
    expect(h.start()).toBeUndefined();
    const steps = h.steps()!.getSnapshot();
    expect(steps.value).toEqual({ choosingMethod: 'ready' });
    expect(steps.context).toMatchObject({ username: 'sam@contoso.example', flowId: FLOW_ID });
    expect(rememberedFlow('password-reset')).toBe(FLOW_ID);
  });

  it('picks a remembered reset up at its steps after a reload, without the first screen', async () => {
    const h = reset({ username: '', resumeFlowId: FLOW_ID });
    expect(h.value()).toEqual({ steps: 'running' });
    expect(h.start()).toBeUndefined();
    expect(h.loadFlow.last().input).toMatchObject({ flowId: FLOW_ID });
    h.loadFlow.last().resolve(passwordRequired);
    await flush();
    expect(h.steps()!.getSnapshot().value).toEqual({ newPassword: 'editing' });
    expect(h.steps()!.getSnapshot().context.username).toBe('sam@contoso.example');
  });

  it('"Start again" goes back to the first screen with the user name kept', async () => {
    const h = reset({});
    await h.startWith('sam@contoso.example');
    h.steps()!.send({ type: 'RESTART' });
    await flush();
    expect(h.value()).toBe('start');
    expect(h.steps()).toBeUndefined();
    expect(h.start()!.getSnapshot().context).toMatchObject({ username: 'sam@contoso.example', error: null });
    expect(rememberedFlow('password-reset')).toBeNull();
    await vi.waitFor(() => expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(1));
  });

  it('ends on "done" with the name to sign in with once the new password is set', async () => {
    const h = reset({ resumeFlowId: FLOW_ID });
    h.loadFlow.last().resolve(passwordRequired);
    await flush();
    const steps = h.steps()!;
    steps.send({ type: 'PASSWORD.CHANGE', password: 'Tr0ub4dor&3x' });
    steps.send({ type: 'CONFIRM.CHANGE', password: 'Tr0ub4dor&3x' });
    steps.send({ type: 'PASSWORD.SUBMIT' });
    h.setPassword.last().resolve({ flowId: FLOW_ID, kind: 'password-reset', stage: 'completed' });
    await flush();
    expect(h.value()).toBe('done');
    expect(h.actor.getSnapshot().status).toBe('done');
    expect(h.actor.getSnapshot().context.username).toBe('sam@contoso.example');
  });

  it('goes back to the first screen saying why when the steps cannot be downloaded; a reload can still pick the reset up', async () => {
    rememberFlow('password-reset', FLOW_ID);
    const h = reset(
      { username: 'sam@contoso.example', resumeFlowId: FLOW_ID },
      fromPromise<void>(() => Promise.reject(new ApiError('network-error'))),
    );
    await flush();
    expect(h.value()).toBe('start');
    expect(h.start()!.getSnapshot().context).toMatchObject({
      username: 'sam@contoso.example',
      error: expect.objectContaining({ code: 'network-error' }),
    });
    expect(rememberedFlow('password-reset')).toBe(FLOW_ID);
    expect(api.matching('DELETE', `/flows/${FLOW_ID}`)).toHaveLength(0);
  });
});
