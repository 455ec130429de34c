import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { passwordSignIn } from '../../content/en/password-sign-in';
import { addMessages } from '../../content/i18n';
import { sameScreen } from '../same-screen';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { passwordSignInMachine } from './machine';
import { passwordSignInScreen } from './screen';
import { BlockedScreen, ChooseMethodScreen, CredentialsScreen, WorkingScreen } from './screens';

// This flow's words load with its screens, in the language shown (the lazy import waits for them).
addMessages({ passwordSignIn });

/** Password sign-in and MFA: one screen per screen the selector names. */
export function PasswordSignInView({ actor }: { actor: ActorRefFrom<typeof passwordSignInMachine> }) {
  const screen = useSelector(actor, passwordSignInScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  usePreloadVerification();
  const send = actor.send;
  switch (screen.name) {
    case 'credentials':
      return <CredentialsScreen screen={screen} send={send} />;
    case 'chooseMethod':
      return <ChooseMethodScreen screen={screen} send={send} />;
    case 'verifying': {
      if (!verification) return <WorkingScreen />;
      // While the chosen method starts, its list stays up, busy; "Start again" is the child's to carry out.
      const starting = (
        <ChooseMethodScreen
          screen={screen.chooseMethod}
          send={send}
          onRestart={() => verification.send({ type: 'LEAVE', leave: { way: 'restart' } })}
        />
      );
      return <LazyVerificationView actor={verification} starting={starting} />;
    }
    case 'blocked':
      return <BlockedScreen error={screen.error} send={send} />;
    case 'working':
      return <WorkingScreen />;
  }
}
