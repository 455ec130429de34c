// The screens after the password (loaded behind the first screen, src/flows/password-sign-in/View.tsx):
// the choice of a way to verify and the verification itself, and the screen of a reload that could not
// pick the flow up.
import type { ErrorInfo } from '../../api/errors';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { ErrorTextMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { Actions, Page } from '../../ui/Page';
import { ChosenMethodVerification } from '../verification/ChosenMethodVerification';
import { MethodChoicePage } from '../verification/MethodChoicePage';
import type { VerificationActor } from '../verification/machine';
import type { ChooseMethodData, PasswordSignInScreen } from './screen';
import type { Send } from './screens';

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

/** After a reload the flow could not be read (offline, a failing backend): try again, or start again. */
function ResumeFailedScreen({ error, send }: { error: ErrorInfo; send: Send }) {
  return (
    <Page
      heading={t('passwordSignIn.resumeFailed.heading')}
      secondary={[
        <LinkButton key="restart" onClick={() => send({ type: 'RESTART' })}>
          {t('mfa.startAgain')}
        </LinkButton>,
      ]}
    >
      <ErrorTextMessage text={errorText(error)} />
      <Actions>
        <Button onClick={() => send({ type: 'RETRY' })}>{t('passwordSignIn.tryAgain')}</Button>
      </Actions>
    </Page>
  );
}

type MfaScreen = Extract<PasswordSignInScreen, { name: 'chooseMethod' | 'verifying' | 'resumeFailed' }>;

/** Choosing a way to verify, then the verification (the child statechart's screens); or a failed resume. */
export function MfaView({
  screen,
  send,
  verification,
}: {
  screen: MfaScreen;
  send: Send;
  verification: VerificationActor | undefined;
}) {
  if (screen.name === 'resumeFailed') return <ResumeFailedScreen error={screen.error} send={send} />;
  if (screen.name === 'chooseMethod') return <ChooseMethodScreen screen={screen} send={send} />;
  return (
    <ChosenMethodVerification
      actor={verification}
      list={(onRestart) => (
        <ChooseMethodScreen screen={screen.chooseMethod} send={send} onRestart={onRestart} />
      )}
    />
  );
}
