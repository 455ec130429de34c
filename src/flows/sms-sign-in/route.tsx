import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../content/i18n';
import { defaultCountry } from '../../phone/countries';
import { flowMemory } from '../flow-memory';
import { LazyVerificationView, usePreloadVerification } from '../verification/LazyVerificationView';
import type { WaysOut } from '../verification/ways-out';
import { smsSignInMachine } from './machine';
import { PhoneScreen } from './PhoneScreen';

/** `/`: sign in with a phone number and a texted code (SPEC flow 1). */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(smsSignInMachine, {
    input: { resumeFlowId: flowMemory.recall('sms-sign-in'), defaultCountry: defaultCountry() },
  });
  const verifying = useSelector(actor, (s) => s.matches('verifying'));
  const done = useSelector(actor, (s) => s.status === 'done');
  const verification = useSelector(actor, (s) => s.children.verification);
  usePreloadVerification();

  useEffect(() => {
    if (done) navigate('/signed-in', { replace: true });
  }, [done, navigate]);

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
