// The reset's steps as one download: their statechart and their screens come together (the reset's
// statechart loads this before it starts the steps, its View preloads it while the first screen is
// up), so that what both use is not split into more, smaller files.
export { resetStepsMachine } from './machine';
export { ResetStepsView } from './View';
