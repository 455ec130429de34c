import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { configuredCountry } from '../../phone/tenant-country';
import { sessionToken } from '../../session/token';
import { rememberedFlow } from '../verification-parent';
import { securityInfoMachine } from './machine';
import { SecurityInfoView } from './View';

/** Where sign-in leads back to once the person is signed in (router state, never the URL). */
const RETURN_HERE = { returnTo: '/security-info' } as const;

/** `/security-info`: the signed-in person's methods. Signed out, it goes to sign in and comes back. */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(securityInfoMachine, {
    input: {
      token: sessionToken.get(),
      resumeFlowId: rememberedFlow('register-phone'),
      defaultCountry: configuredCountry(),
    },
  });
  const signedOut = useSelector(actor, (snapshot) => snapshot.status === 'done');
  useEffect(() => {
    if (signedOut) navigate('/sign-in/password', { replace: true, state: RETURN_HERE });
  }, [signedOut, navigate]);
  return <SecurityInfoView actor={actor} />;
}
