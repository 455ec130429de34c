import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { defaultCountry } from '../../phone/countries';
import { flowMemory } from '../flow-memory';
import { smsSignInMachine } from './machine';
import { SmsSignInView } from './SmsSignInView';

/** `/`: sign in with a phone number and a texted code (SPEC flow 1). */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(smsSignInMachine, {
    input: { resumeFlowId: flowMemory.recall('sms-sign-in'), defaultCountry: defaultCountry() },
  });
  const done = useSelector(actor, (s) => s.status === 'done');
  useEffect(() => {
    if (done) navigate('/signed-in', { replace: true });
  }, [done, navigate]);
  return <SmsSignInView actor={actor} />;
}
