import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import './reset.css';
import { passwordReset } from '../../content/en/password-reset';
import { addMessages } from '../../content/i18n';
import { sameScreen } from '../same-screen';
import type { resetStartMachine } from './machine';
import { resetStartScreen } from './screen';
import { DeadEndScreen, IdentifyScreen } from './screens';

// This flow's words load with its screens (the steps' screens use them too).
addMessages({ passwordReset });

/** The start of a reset: the user name and the automatic check, or the dead end. */
export function ResetStartView({
  actor,
  started,
}: {
  actor: ActorRefFrom<typeof resetStartMachine>;
  /** Shown once the reset has started, while the steps' screens load. */
  started: React.ReactNode;
}) {
  const screen = useSelector(actor, resetStartScreen, sameScreen);
  switch (screen.name) {
    case 'identify':
      return <IdentifyScreen screen={screen} send={actor.send} />;
    case 'deadEnd':
      return <DeadEndScreen screen={screen} send={actor.send} />;
    case 'started':
      return <>{started}</>;
  }
}
