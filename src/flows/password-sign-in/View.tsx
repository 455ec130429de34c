import { useSelector } from '@xstate/react';
import { lazy, Suspense, useEffect } from 'react';
import type { ActorRefFrom } from 'xstate';
import { passwordSignIn } from '../../content/en/password-sign-in';
import { addMessages } from '../../content/i18n';
import { sameScreen } from '../same-screen';
import type { passwordSignInMachine } from './machine';
import { passwordSignInScreen } from './screen';
import { BlockedScreen, CredentialsScreen, WorkingScreen } from './screens';

// This flow's words load with its screens.
addMessages(passwordSignIn);

// The first screen is the credentials: the screens after it (and the verification's) download right
// after it has rendered, while the person types.
const loadMfa = () => import('./mfa');
const MfaView = lazy(() => loadMfa().then((module) => ({ default: module.MfaView })));

function usePreloadMfa() {
  useEffect(() => {
    void loadMfa().then((mfa) => mfa.preloadVerification());
  }, []);
}

/** Password sign-in and MFA: one screen per screen the selector names. */
export function PasswordSignInView({ actor }: { actor: ActorRefFrom<typeof passwordSignInMachine> }) {
  const screen = useSelector(actor, passwordSignInScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  usePreloadMfa();
  const send = actor.send;
  switch (screen.name) {
    case 'credentials':
      return <CredentialsScreen screen={screen} send={send} />;
    case 'chooseMethod':
    case 'verifying':
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
