// The screens after the password (loaded behind the first screen, src/flows/password-sign-in/View.tsx):
// the choice of a way to verify and the verification itself.
import { t } from '../../content/i18n';
import { LazyVerificationView } from '../verification/LazyVerificationView';
import { MethodChoicePage } from '../verification/MethodChoicePage';
import type { VerificationActor } from '../verification/machine';
import type { ChooseMethodData, PasswordSignInScreen } from './screen';
import { type Send, WorkingScreen } from './screens';

export { preloadVerification } from '../verification/LazyVerificationView';

/** "Verify your identity": the user's methods, default first. Busy while the chosen one starts. */
function ChooseMethodScreen({
  screen,
  send,
  onRestart = () => send({ type: 'RESTART' }),
}: {
  screen: ChooseMethodData;
  send: Send;
  /** "Start again": the parent's own, unless a verification under way must carry it out. */
  onRestart?: () => void;
}) {
  return (
    <MethodChoicePage
      heading={t('mfa.heading')}
      caption={screen.username || undefined}
      intro={t('mfa.intro')}
      restartLabel={t('mfa.startAgain')}
      choice={screen}
      onSelect={(methodId) => send({ type: 'METHOD.SELECT', methodId })}
      onRestart={onRestart}
    />
  );
}

type MfaScreen = Extract<PasswordSignInScreen, { name: 'chooseMethod' | 'verifying' }>;

/** Choosing a way to verify, then the verification (the child statechart's screens). */
export function MfaView({
  screen,
  send,
  verification,
}: {
  screen: MfaScreen;
  send: Send;
  verification: VerificationActor | undefined;
}) {
  if (screen.name === 'chooseMethod') return <ChooseMethodScreen screen={screen} send={send} />;
  if (!verification) return <WorkingScreen />;
  // While the chosen method starts, its list stays up, busy; "Start again" is the child's to carry out.
  const starting = (
    <ChooseMethodScreen
      screen={screen.chooseMethod}
      send={send}
      onRestart={() => verification.send({ type: 'LEAVE', leave: { way: 'restart' } })}
    />
  );
  return <LazyVerificationView actor={verification} starting={starting} />;
}
