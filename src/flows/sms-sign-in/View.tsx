import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { phone } from '../../content/en/phone';
import { smsSignIn } from '../../content/en/sms-sign-in';
import { addMessages } from '../../content/i18n';
import { sameScreen } from '../same-screen';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { smsSignInMachine } from './machine';
import { PhoneScreen } from './PhoneScreen';
import { smsSignInScreen } from './screen';

// This flow's words load with its screens, in the language shown (the lazy import waits for them).
addMessages({ smsSignIn, phone });

/** SMS sign-in: the number, then the shared verification screens. */
export function SmsSignInView({ actor }: { actor: ActorRefFrom<typeof smsSignInMachine> }) {
  const screen = useSelector(actor, smsSignInScreen, sameScreen);
  const verification = useSelector(actor, (snapshot) => snapshot.children.verification);
  usePreloadVerification();
  switch (screen.name) {
    case 'phone':
      return <PhoneScreen screen={screen} send={actor.send} />;
    case 'verifying': {
      const starting = <PhoneScreen screen={screen.phone} send={actor.send} />;
      return verification ? <LazyVerificationView actor={verification} starting={starting} /> : starting;
    }
  }
}
