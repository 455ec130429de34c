import { useActorRef } from '@xstate/react';
import { useLocation } from 'react-router';
import { rememberedFlow } from '../verification-parent';
import { passwordResetMachine } from './machine';
import { PasswordResetView } from './View';

/** `/reset-password`: get back into your account (src/behaviour.md#password-reset). */
export function Component() {
  // "Forgotten your password?" hands over the user name typed so far, in the router's state.
  const handedOver = useLocation().state as { username?: unknown } | null;
  const actor = useActorRef(passwordResetMachine, {
    input: {
      username: typeof handedOver?.username === 'string' ? handedOver.username : '',
      resumeFlowId: rememberedFlow('password-reset'),
    },
  });
  return <PasswordResetView actor={actor} />;
}
