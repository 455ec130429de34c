import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { configuredCountry } from '../../phone/tenant-country';
import { sessionToken } from '../../session/token';
import { useLazyFlow } from '../lazy-flow';
import { rememberedFlow } from '../remembered-flow';
import type { startSecurityInfo } from './flow';
import type { SecurityInfoEvent, SecurityInfoInput } from './machine';
import { type SecurityInfoScreen, securityInfoScreen } from './screen';
import { SecurityInfoView } from './View';

/** Where sign-in leads back to once the person is signed in (router state, never the URL). */
const RETURN_HERE = { returnTo: '/security-info' } as const;

/** `/security-info`: the signed-in person's methods. Signed out, it goes to sign in and comes back. */
export function Component() {
  const navigate = useNavigate();
  // The page opens on a wait while it reads the person's methods: it shows before XState and the
  // statechart, which download at once behind it (../lazy-flow.ts).
  const { screen, send, snapshot } = useLazyFlow<
    ReturnType<ReturnType<typeof startSecurityInfo>['getSnapshot']>,
    SecurityInfoEvent,
    null,
    SecurityInfoInput,
    SecurityInfoScreen
  >({
    load: () => import('./flow').then((flow) => flow.startSecurityInfo),
    immediately: true,
    typed: null,
    input: () => ({
      token: sessionToken.get(),
      resumeFlowId: rememberedFlow('register-phone'),
      defaultCountry: configuredCountry(),
    }),
    select: securityInfoScreen,
    before: () => ({ name: 'loading' }),
  });
  const signedOut = snapshot?.status === 'done';
  useEffect(() => {
    if (signedOut) navigate('/sign-in/password', { replace: true, state: RETURN_HERE });
  }, [signedOut, navigate]);
  return <SecurityInfoView screen={screen} send={send} verification={snapshot?.children.verification} />;
}
