import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { sameScreen } from '../same-screen';
import { LazyVerificationView } from '../verification/LazyVerificationView';
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
    case 'resumeFailed':
      return <ResumeFailedScreen screen={screen} send={send} />;
    case 'working':
      return <WorkingScreen />;
  }
}
