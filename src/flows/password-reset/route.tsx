import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useLazyFlow } from '../lazy-flow';
import { forgetFlow, rememberedFlow } from '../remembered-flow';
import type { PasswordResetActor } from './flow';
import type { PasswordResetEvent, PasswordResetInput } from './machine';
import { type PasswordResetScreen, passwordResetScreen } from './screen';
import { PasswordResetView } from './View';

/** `/reset-password`: get back into your account (src/behaviour.md#password-reset). */
export function Component() {
  // "Forgotten your password?" hands over the user name typed so far, in the router's state.
  const handedOver = useLocation().state as { username?: unknown } | null;
  const resumeFlowId = rememberedFlow('password-reset');
  // The user name's form runs before XState and the reset's statechart (../lazy-flow.ts); the
  // automatic check starts with the statechart, a moment after the page is up or at the first
  // keystroke. A reset picked up after a reload needs the statechart at once.
  const { screen, send, snapshot } = useLazyFlow<
    ReturnType<PasswordResetActor['getSnapshot']>,
    PasswordResetEvent,
    { username: string },
    PasswordResetInput,
    PasswordResetScreen
  >({
    load: () => import('./flow').then((flow) => flow.startPasswordReset),
    immediately: resumeFlowId !== null,
    typed: { username: typeof handedOver?.username === 'string' ? handedOver.username : '' },
    keystroke: (_typed, event) => (event.type === 'USERNAME.CHANGE' ? { username: event.username } : null),
    submit: 'IDENTIFY.SUBMIT',
    input: (typed) => ({ ...typed, resumeFlowId }),
    select: passwordResetScreen,
    before: (typed, { busy, alert }) =>
      resumeFlowId !== null
        ? { name: 'working' }
        : {
            name: 'start',
            before: {
              name: 'identify',
              username: typed.username,
              usernameProblem: null,
              check: 'checking',
              alert,
              busy: busy ? 'waiting' : null,
            },
          },
  });
  // Leaving "Your password has been reset" in the app forgets the reset; a reload keeps it, to show
  // that screen again (the page cannot tell a reload from closing the tab, which clears it anyway).
  const done = snapshot?.status === 'done';
  useEffect(() => {
    if (done) return () => forgetFlow('password-reset');
  }, [done]);
  return (
    <PasswordResetView
      screen={screen}
      send={send}
      start={snapshot?.children.start}
      steps={snapshot?.children.steps}
    />
  );
}
