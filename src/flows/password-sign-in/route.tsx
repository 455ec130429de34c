import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLazyFlow } from '../lazy-flow';
import { rememberedFlow, rememberedFlowSecret } from '../remembered-flow';
import type { PasswordSignInActor } from './flow';
import type { PasswordSignInEvent, PasswordSignInInput } from './machine';
import { type PasswordSignInScreen, passwordSignInScreen } from './screen';
import { PasswordSignInView } from './View';

interface Typed {
  username: string;
  password: string;
}

const keystroke = (typed: Typed, event: PasswordSignInEvent): Typed | null =>
  event.type === 'USERNAME.CHANGE'
    ? { ...typed, username: event.username }
    : event.type === 'PASSWORD.CHANGE'
      ? { ...typed, password: event.password }
      : null;

/** `/sign-in/password`: user name and password, then phone MFA (src/behaviour.md#password-sign-in-with-mfa). */
export function Component() {
  const navigate = useNavigate();
  // A reset just done hands over the user name, and a page that needs a session the way back to it,
  // in the router's state (never the URL).
  const state = useLocation().state as { username?: unknown; returnTo?: unknown } | null;
  const next = state?.returnTo === '/security-info' ? '/security-info' : '/signed-in';
  const resumeFlowId = rememberedFlow('password-sign-in');
  // The user name and password form runs before XState and the statechart (../lazy-flow.ts).
  const { screen, send, snapshot } = useLazyFlow<
    ReturnType<PasswordSignInActor['getSnapshot']>,
    PasswordSignInEvent,
    Typed,
    PasswordSignInInput,
    PasswordSignInScreen
  >({
    load: () => import('./flow').then((flow) => flow.startPasswordSignIn),
    immediately: resumeFlowId !== null,
    typed: { username: typeof state?.username === 'string' ? state.username : '', password: '' },
    keystroke,
    submit: 'CREDENTIALS.SUBMIT',
    input: (typed) => ({
      resumeFlowId,
      resumeFlowSecret: rememberedFlowSecret('password-sign-in'),
      ...typed,
    }),
    select: passwordSignInScreen,
    before: (typed, { busy, alert }): PasswordSignInScreen =>
      resumeFlowId !== null
        ? { name: 'working' }
        : {
            name: 'credentials',
            ...typed,
            usernameError: null,
            passwordError: null,
            alert,
            alertUntil: null,
            busy,
          },
  });
  const done = snapshot?.status === 'done';
  useEffect(() => {
    if (done) navigate(next, { replace: true });
  }, [done, navigate, next]);
  return <PasswordSignInView screen={screen} send={send} verification={snapshot?.children.verification} />;
}
