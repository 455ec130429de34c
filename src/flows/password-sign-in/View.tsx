import { lazy, Suspense, useEffect } from 'react';
import { passwordSignIn } from '../../content/en/password-sign-in';
import { addMessages, wordsLoaded } from '../../content/i18n';
import { whenIdle } from '../../ui/when-idle';
import type { VerificationActor } from '../verification/machine';
import type { PasswordSignInScreen } from './screen';
import { BlockedScreen, CredentialsScreen, type Send, WorkingScreen } from './screens';

// This flow's words load with its screens, in the language shown (the lazy import waits for them).
addMessages({ passwordSignIn });

// The first screen is the credentials: the screens after it (and the verification's) download once it
// is up and the browser is idle, while the person types.
const loadMfa = () => import('./mfa').then(wordsLoaded);
const MfaView = lazy(() => loadMfa().then((module) => ({ default: module.MfaView })));

function usePreloadMfa() {
  useEffect(
    () =>
      whenIdle(() => {
        // a failed download is met again, and said, when the screens are needed
        loadMfa().then(
          (mfa) => mfa.preloadVerification(),
          () => undefined,
        );
      }),
    [],
  );
}

/** Password sign-in and MFA: one screen per screen the selector names. */
export function PasswordSignInView({
  screen,
  send,
  verification,
}: {
  screen: PasswordSignInScreen;
  send: Send;
  /** The verification child, while one runs. */
  verification: VerificationActor | undefined;
}) {
  usePreloadMfa();
  switch (screen.name) {
    case 'credentials':
      return <CredentialsScreen screen={screen} send={send} />;
    case 'chooseMethod':
    case 'verifying':
    case 'resumeFailed':
      return (
        <Suspense fallback={<WorkingScreen />}>
          <MfaView screen={screen} send={send} verification={verification} />
        </Suspense>
      );
    case 'blocked':
      return <BlockedScreen error={screen.error} send={send} />;
    case 'working':
      return <WorkingScreen />;
  }
}
