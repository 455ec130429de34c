import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { rememberedFlow } from '../verification-parent';
import { passwordSignInMachine } from './machine';
import { PasswordSignInView } from './View';

/** `/sign-in/password`: user name and password, then phone MFA (src/behaviour.md#password-sign-in-with-mfa). */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(passwordSignInMachine, {
    input: { resumeFlowId: rememberedFlow('password-sign-in') },
  });
  const done = useSelector(actor, (snapshot) => snapshot.status === 'done');
  useEffect(() => {
    if (done) navigate('/signed-in', { replace: true });
  }, [done, navigate]);
  return <PasswordSignInView actor={actor} />;
}
