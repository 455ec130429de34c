import { useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ActorRefFrom } from 'xstate';
import { t } from '../../content/i18n';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { WaysOut } from '../verification/ways-out';
import type { smsSignInMachine } from './machine';
import { PhoneScreen } from './PhoneScreen';

/** SMS sign-in, driven by the machine's state: the number, then the shared verification screens. */
export function SmsSignInView({ actor }: { actor: ActorRefFrom<typeof smsSignInMachine> }) {
  const navigate = useNavigate();
  const verifying = useSelector(actor, (s) => s.matches('verifying'));
  const done = useSelector(actor, (s) => s.status === 'done');
  const verification = useSelector(actor, (s) => s.children.verification);
  usePreloadVerification();

  const ways = useMemo<WaysOut>(
    () => ({
      methods: [],
      currentMethodId: null,
      anotherWay: {
        label: t('smsSignIn.anotherWay'),
        onSelect: () => {
          actor.send({ type: 'RESTART' });
          navigate('/sign-in/password');
        },
      },
      restart: { label: t('smsSignIn.useDifferentNumber'), onSelect: () => actor.send({ type: 'RESTART' }) },
    }),
    [actor, navigate],
  );

  const phoneScreen = <PhoneScreen actor={actor} sending={verifying || done} />;
  if (verifying && verification)
    return <LazyVerificationView actor={verification} ways={ways} starting={phoneScreen} />;
  return phoneScreen;
}
