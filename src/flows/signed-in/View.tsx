import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { signedIn } from '../../content/en/signed-in';
import { addMessages } from '../../content/i18n';
import { sameScreen } from '../same-screen';
import type { signedInMachine } from './machine';
import { signedInScreen } from './screen';
import { FailedScreen, LoadingScreen, ReadyScreen } from './screens';

// This flow's words load with its screens, in the language shown (the lazy import waits for them).
addMessages({ signedIn });

/** The signed-in page: one screen per screen the selector names. */
export function SignedInView({ actor }: { actor: ActorRefFrom<typeof signedInMachine> }) {
  const screen = useSelector(actor, signedInScreen, sameScreen);
  switch (screen.name) {
    case 'ready':
      return <ReadyScreen session={screen.session} signingOut={screen.signingOut} send={actor.send} />;
    case 'failed':
      return <FailedScreen error={screen.error} signingOut={screen.signingOut} send={actor.send} />;
    case 'loading':
    case 'signedOut':
      return <LoadingScreen />;
  }
}
