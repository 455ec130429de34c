// The statechart of a reset's steps, downloaded after the reset's first screen, the way the
// verification's is (verification/lazy-machine.ts): the reset's statechart (password-reset/machine.ts)
// invokes `lazyResetStepsMachine` after a state that invokes `loadResetStepsMachine`. The download
// brings the steps' screens with it (download.tsx).
import { lazyMachine } from '../verification/lazy-machine';

const resetSteps = lazyMachine(
  { machine: 'The reset steps statechart', load: 'loadResetStepsMachine' },
  async () => (await import('./download')).resetStepsMachine,
);

export const loadResetStepsMachine = resetSteps.load;
export const lazyResetStepsMachine = resetSteps.machine;
