import { lazy, Suspense, useEffect } from 'react';
import { securityInfo } from '../../content/en/security-info';
import { addMessages, t, wordsLoaded } from '../../content/i18n';
import { Progress } from '../../ui/Spinner';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { MethodChoice } from '../verification/MethodChoicePage';
import type { VerificationActor } from '../verification/machine';
import type { SecurityInfoEvent } from './machine';
import type { EditorData, SecurityInfoScreen } from './screen';
import { LoadFailedScreen, OverviewScreen, WorkingScreen } from './screens';
import './security-info.css';

// This page's words load with its screens.
addMessages({ securityInfo });

// The form to add or change a phone carries the phone-number input: it loads when it is opened.
const PhoneEditorScreen = lazy(() =>
  import('./PhoneEditorScreen').then(wordsLoaded).then((m) => ({ default: m.PhoneEditorScreen })),
);

// The list of methods for the check before a change (the step-up) is not needed for the first
// screen: it downloads right after it.
const loadMethodChoice = () => import('../verification/MethodChoicePage').then(wordsLoaded);
const MethodChoicePage = lazy(() => loadMethodChoice().then((m) => ({ default: m.MethodChoicePage })));

function Editor({ screen, send }: { screen: EditorData; send: (event: SecurityInfoEvent) => void }) {
  return (
    <Suspense fallback={<Progress />}>
      <PhoneEditorScreen screen={screen} send={send} />
    </Suspense>
  );
}

/** Security info: one screen per screen the selector names. */
export function SecurityInfoView({
  screen,
  send,
  verification,
}: {
  screen: SecurityInfoScreen;
  send: (event: SecurityInfoEvent) => void;
  /** The verification child, while one runs. */
  verification: VerificationActor | undefined;
}) {
  usePreloadVerification();
  useEffect(() => {
    void loadMethodChoice();
  }, []);
  const stepUpPage = (choice: MethodChoice, onRestart: () => void) => (
    <Suspense fallback={<WorkingScreen />}>
      <MethodChoicePage
        heading={t('securityInfo.stepUp.heading')}
        intro={t('securityInfo.stepUp.intro')}
        restartLabel={t('securityInfo.cancel')}
        choice={choice}
        onSelect={(methodId) => send({ type: 'METHOD.SELECT', methodId })}
        onRestart={onRestart}
      />
    </Suspense>
  );
  switch (screen.name) {
    case 'overview':
      return <OverviewScreen screen={screen} send={send} />;
    case 'loadFailed':
      return <LoadFailedScreen error={screen.error} send={send} />;
    case 'editor':
      return <Editor screen={screen} send={send} />;
    case 'registering': {
      // While the number's first code or call starts, the form stays up, busy.
      const starting = screen.editor ? <Editor screen={screen.editor} send={send} /> : <WorkingScreen />;
      return verification ? <LazyVerificationView actor={verification} starting={starting} /> : starting;
    }
    case 'stepUp':
      return stepUpPage(screen, () => send({ type: 'CANCEL' }));
    case 'stepUpVerifying': {
      const starting = stepUpPage(screen.choice, () =>
        verification?.send({ type: 'LEAVE', leave: { way: 'restart' } }),
      );
      return verification ? <LazyVerificationView actor={verification} starting={starting} /> : starting;
    }
    case 'loading':
    case 'working':
      return <WorkingScreen />;
  }
}
