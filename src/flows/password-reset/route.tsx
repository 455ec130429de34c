import { useActorRef } from '@xstate/react';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { forgetFlow, rememberedFlow } from '../verification-parent';
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
  // Leaving "Your password has been reset" in the app forgets the reset; a reload keeps it, to show
  // that screen again (the page cannot tell a reload from closing the tab, which clears it anyway).
  useEffect(
    () => () => {
      if (actor.getSnapshot().status === 'done') forgetFlow('password-reset');
    },
    [actor],
  );
  return <PasswordResetView actor={actor} />;
}
