import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect } from 'react';
import './reset.css';
import { wordsLoaded } from '../../content/i18n';
import { Progress } from '../../ui/Spinner';
import { ResetStartView } from '../password-reset-start/View';
import { sameScreen } from '../same-screen';
import { usePreloadVerification } from '../verification/LazyVerificationView';
import { DoneScreen } from './DoneScreen';
import type { PasswordResetActor } from './machine';
import { passwordResetScreen } from './screen';

const loadSteps = () => import('../password-reset-steps/download');
const ResetStepsView = lazy(() =>
  loadSteps()
    .then(wordsLoaded)
    .then((module) => ({ default: module.ResetStepsView })),
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
        <Suspense fallback={<Progress />}>{steps ? <ResetStepsView actor={steps} /> : <Progress />}</Suspense>
      );
    case 'done':
      return <DoneScreen screen={screen} />;
    case 'working':
      return <Progress />;
  }
}
