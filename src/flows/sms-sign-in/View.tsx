import { phone } from '../../content/en/phone';
import { smsSignIn } from '../../content/en/sms-sign-in';
import { addMessages } from '../../content/i18n';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { VerificationActor } from '../verification/machine';
import type { SmsSignInEvent } from './machine';
import { PhoneScreen } from './PhoneScreen';
import type { SmsSignInScreen } from './screen';

// This flow's words load with its screens, in the language shown (the lazy import waits for them).
addMessages({ smsSignIn, phone });

/** SMS sign-in: the number, then the shared verification screens. */
export function SmsSignInView({
  screen,
  send,
  verification,
}: {
  screen: SmsSignInScreen;
  send: (event: SmsSignInEvent) => void;
  /** The verification child, while one runs. */
  verification: VerificationActor | undefined;
}) {
  usePreloadVerification();
  switch (screen.name) {
    case 'phone':
      return <PhoneScreen screen={screen} send={send} />;
    case 'verifying': {
      const starting = <PhoneScreen screen={screen.phone} send={send} />;
      return verification ? <LazyVerificationView actor={verification} starting={starting} /> : starting;
    }
  }
}
