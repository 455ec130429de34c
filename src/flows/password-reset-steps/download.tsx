// The reset's steps as one download: their statechart and their screens come together (the reset's
// statechart loads this before it starts the steps, its View preloads it while the first screen is
// up), so that what both use is not split into more, smaller files.
import type { ActorRefFrom } from 'xstate';
import type { resetStepsMachine } from './machine';
import { DoneScreen } from './screens';
import { ResetStepsView } from './View';

export { resetStepsMachine } from './machine';

/**
 * What the reset's View shows of its steps: their screens while they run, and "Your password has
 * been reset" once they are over (their statechart has stopped; the reset's holds the name).
 */
export function ResetStepsPart(
  props: { actor: ActorRefFrom<typeof resetStepsMachine> } | { done: { username: string } },
) {
  return 'done' in props ? (
    <DoneScreen screen={{ name: 'done', ...props.done }} />
  ) : (
    <ResetStepsView actor={props.actor} />
  );
}
