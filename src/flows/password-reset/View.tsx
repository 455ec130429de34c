import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import './password-reset.css';
import { passwordReset } from '../../content/en/password-reset';
import { addMessages } from '../../content/i18n';
import { sameScreen } from '../same-screen';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { passwordResetMachine } from './machine';
import { passwordResetScreen } from './screen';
import {
  ChooseMethodScreen,
  DeadEndScreen,
  DoneScreen,
  ExpiredScreen,
  IdentifyScreen,
  NewPasswordScreen,
  WorkingScreen,
} from './screens';

// This flow's words load with its screens.
addMessages(passwordReset);

/** Password reset: one screen per screen the selector names. */
export function PasswordResetView({ actor }: { actor: ActorRefFrom<typeof passwordResetMachine> }) {
  const screen = useSelector(actor, passwordResetScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  usePreloadVerification();
  const send = actor.send;
  switch (screen.name) {
    case 'identify':
      return <IdentifyScreen screen={screen} send={send} />;
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
    case 'newPassword':
      return <NewPasswordScreen screen={screen} send={send} />;
    case 'done':
      return <DoneScreen screen={screen} />;
    case 'expired':
      return <ExpiredScreen send={send} />;
    case 'deadEnd':
    case 'lockedOut':
      return <DeadEndScreen error={screen.error} send={send} />;
    case 'working':
      return <WorkingScreen />;
  }
}
