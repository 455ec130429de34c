import { lazy, Suspense, useEffect } from 'react';
import './reset.css';
import type { ActorRefFrom } from 'xstate';
import { wordsLoaded } from '../../content/i18n';
import { Progress } from '../../ui/Spinner';
import { whenIdle } from '../../ui/when-idle';
import { useSnapshot } from '../lazy-flow';
import type { resetStartMachine } from '../password-reset-start/machine';
import { type ResetStartScreen, resetStartScreen } from '../password-reset-start/screen';
import { ResetStartView } from '../password-reset-start/View';
import type { resetStepsMachine } from '../password-reset-steps/machine';
import { usePreloadVerification } from '../verification/LazyVerificationView';
import type { PasswordResetEvent } from './machine';
import type { PasswordResetScreen } from './screen';

const loadSteps = () => import('../password-reset-steps/download');
const ResetStepsPart = lazy(() =>
  loadSteps()
    .then(wordsLoaded)
    .then((module) => ({ default: module.ResetStepsPart })),
);

/**
 * The first screen: as typed before the reset's statechart runs, then its own statechart's screens
 * (one component throughout, so the field keeps its node, focus and caret when the statechart comes).
 */
function Start({
  before,
  actor,
  send,
}: {
  before: ResetStartScreen | null;
  actor: ActorRefFrom<typeof resetStartMachine> | undefined;
  send: (event: PasswordResetEvent) => void;
}) {
  const snapshot = useSnapshot(actor);
  const screen = snapshot ? resetStartScreen(snapshot) : before;
  return screen ? <ResetStartView screen={screen} send={send} started={<Progress />} /> : <Progress />;
}

/** A reset: its first screen, its steps (downloaded while the name is typed), the end. */
export function PasswordResetView({
  screen,
  send,
  start,
  steps,
}: {
  screen: PasswordResetScreen;
  /** To the reset's statechart, which passes the first screen's events on to it. */
  send: (event: PasswordResetEvent) => void;
  /** The first screen's statechart, while it runs. */
  start: ActorRefFrom<typeof resetStartMachine> | undefined;
  /** The steps' statechart, while they run. */
  steps: ActorRefFrom<typeof resetStepsMachine> | undefined;
}) {
  // The steps (screens and statechart: one download) and the verification's download while the
  // person types the name.
  usePreloadVerification();
  useEffect(
    () =>
      whenIdle(() => {
        // a failed download is met again, and said, when the steps are needed
        loadSteps().catch(() => undefined);
      }),
    [],
  );
  switch (screen.name) {
    case 'start':
      return <Start before={screen.before} actor={start} send={send} />;
    case 'steps':
      return (
        <Suspense fallback={<Progress />}>{steps ? <ResetStepsPart actor={steps} /> : <Progress />}</Suspense>
      );
    case 'done':
      // the steps' download is in by now: the same part, its last screen, without a wait
      return (
        <Suspense fallback={<Progress />}>
          <ResetStepsPart done={screen} />
        </Suspense>
      );
    case 'working':
      return <Progress />;
  }
}
