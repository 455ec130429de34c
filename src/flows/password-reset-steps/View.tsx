import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { sameScreen } from '../same-screen';
import { ChosenMethodVerification } from '../verification/ChosenMethodVerification';
import type { resetStepsMachine } from './machine';
import { resetStepsScreen } from './screen';
import {
  ChooseMethodScreen,
  DoneScreen,
  ExpiredScreen,
  NewPasswordScreen,
  ResumeFailedScreen,
  WorkingScreen,
} from './screens';

/** The steps of a reset: one screen per screen the selector names. */
export function ResetStepsView({ actor }: { actor: ActorRefFrom<typeof resetStepsMachine> }) {
  const screen = useSelector(actor, resetStepsScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  const send = actor.send;
  switch (screen.name) {
    case 'chooseMethod':
      return <ChooseMethodScreen screen={screen} send={send} />;
    case 'verifying':
      return (
        <ChosenMethodVerification
          actor={verification}
          list={(onRestart) => (
            <ChooseMethodScreen screen={screen.chooseMethod} send={send} onRestart={onRestart} />
          )}
        />
      );
    case 'newPassword':
      return <NewPasswordScreen screen={screen} send={send} />;
    case 'done':
      return <DoneScreen screen={screen} />;
    case 'expired':
      return <ExpiredScreen send={send} />;
    case 'resumeFailed':
      return <ResumeFailedScreen screen={screen} send={send} />;
    case 'working':
      return <WorkingScreen />;
  }
}
