import { createActor } from 'xstate';
import {
  lazyVerificationMachine,
  loadVerificationMachine,
} from '../../../src/flows/verification/lazy-machine';
import { verificationMachine } from '../../../src/flows/verification/machine';

describe('the verification statechart, downloaded when needed', () => {
  it('refuses to be used before it has loaded, then is the statechart itself', async () => {
    expect(() => lazyVerificationMachine.id).toThrow(/before loadVerificationMachine finished/);
    const loading = createActor(loadVerificationMachine).start();
    await new Promise<void>((resolve) => loading.subscribe({ complete: resolve }));
    expect(lazyVerificationMachine.id).toBe(verificationMachine.id);
    const actor = createActor(lazyVerificationMachine, {
      input: { resumeFlowId: 'flow_0123456789abcdefghij', ways: { restart: 'verification.startAgain' } },
    });
    expect(actor.getSnapshot().matches('reading')).toBe(true);
    expect(actor.getSnapshot().machine).toBe(verificationMachine);
  });
});
