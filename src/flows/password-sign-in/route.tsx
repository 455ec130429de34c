import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { rememberedFlow, rememberedFlowSecret } from '../verification-parent';
import { usePasswordSignIn } from './lazy-flow';
import { PasswordSignInView } from './View';

/** `/sign-in/password`: user name and password, then phone MFA (src/behaviour.md#password-sign-in-with-mfa). */
export function Component() {
  const navigate = useNavigate();
  // A reset just done hands over the user name, and a page that needs a session the way back to it,
  // in the router's state (never the URL).
  const state = useLocation().state as { username?: unknown; returnTo?: unknown } | null;
  const next = state?.returnTo === '/security-info' ? '/security-info' : '/signed-in';
  const { screen, send, verification, done } = usePasswordSignIn({
    resumeFlowId: rememberedFlow('password-sign-in'),
    resumeFlowSecret: rememberedFlowSecret('password-sign-in'),
    ...(typeof state?.username === 'string' ? { username: state.username } : {}),
  });
  useEffect(() => {
    if (done) navigate(next, { replace: true });
  }, [done, navigate, next]);
  return <PasswordSignInView screen={screen} send={send} verification={verification} />;
}
