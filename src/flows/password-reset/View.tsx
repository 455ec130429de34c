import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect } from 'react';
import './reset.css';
import { wordsLoaded } from '../../content/i18n';
import { Progress } from '../../ui/Spinner';
import { ResetStartView } from '../password-reset-start/View';
import { sameScreen } from '../same-screen';
import { usePreloadVerification } from '../verification/LazyVerificationView';
import type { PasswordResetActor } from './machine';
import { passwordResetScreen } from './screen';

const loadSteps = () => import('../password-reset-steps/download');
const ResetStepsPart = lazy(() =>
  loadSteps()
    .then(wordsLoaded)
    .then((module) => ({ default: module.ResetStepsPart })),
);

/** A reset: its first screen, its steps (downloaded while the name is typed), the end. */
export function PasswordResetView({ actor }: { actor: PasswordResetActor }) {
  const screen = useSelector(actor, passwordResetScreen, sameScreen);
  const start = useSelector(actor, (snapshot) => snapshot.children.start);
  const steps = useSelector(actor, (snapshot) => snapshot.children.steps);
  // The steps (screens and statechart: one download) and the verification's download while the
  // person types the name.
  usePreloadVerification();
  useEffect(() => {
    void loadSteps();
  }, []);
  switch (screen.name) {
    case 'start':
      return start ? <ResetStartView actor={start} started={<Progress />} /> : <Progress />;
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
