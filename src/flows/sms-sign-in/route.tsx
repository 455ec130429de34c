import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { defaultCountry } from '../../phone/countries';
import { rememberedFlow, rememberedFlowSecret } from '../verification-parent';
import { type SmsSignInOutput, smsSignInMachine } from './machine';
import { SmsSignInView } from './View';

const PATHS: Record<SmsSignInOutput['to'], string> = {
  'signed-in': '/signed-in',
  'password-sign-in': '/sign-in/password',
};

/** `/`: sign in with a phone number and a texted code (src/behaviour.md#sms-sign-in). */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(smsSignInMachine, {
    input: {
      resumeFlowId: rememberedFlow('sms-sign-in'),
      resumeFlowSecret: rememberedFlowSecret('sms-sign-in'),
      defaultCountry: defaultCountry(),
    },
  });
  const next = useSelector(actor, (snapshot) => snapshot.output?.to ?? null);
  useEffect(() => {
    if (next) navigate(PATHS[next], { replace: next === 'signed-in' });
  }, [next, navigate]);
  return <SmsSignInView actor={actor} />;
}
