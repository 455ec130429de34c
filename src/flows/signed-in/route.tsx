import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { sessionToken } from '../../session/token';
import { signedInMachine } from './machine';
import { SignedInView } from './View';

/** `/signed-in`: who is signed in and how; sign out. Without a session it goes back to sign-in. */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(signedInMachine, { input: { token: sessionToken.get() } });
  const signedOut = useSelector(actor, (snapshot) => snapshot.status === 'done');
  useEffect(() => {
    if (signedOut) navigate('/', { replace: true });
  }, [signedOut, navigate]);
  return <SignedInView actor={actor} />;
}
