import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { flowMemory } from '../flow-memory';
import { passwordSignInMachine } from './machine';
import { PasswordSignInView } from './PasswordSignInView';

/** `/sign-in/password`: user name and password, then phone MFA (SPEC flow 2). */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(passwordSignInMachine, {
    input: { resumeFlowId: flowMemory.recall('password-sign-in') },
  });
  const done = useSelector(actor, (s) => s.status === 'done');
  useEffect(() => {
    if (done) navigate('/signed-in', { replace: true });
  }, [done, navigate]);
  return <PasswordSignInView actor={actor} />;
}
