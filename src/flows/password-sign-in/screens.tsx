import type { ErrorInfo } from '../../api/errors';
import { SignInPageText } from '../../branding/SignInPageText';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { ErrorMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Countdown } from '../../ui/countdown';
import { Form } from '../../ui/Form';
import { Actions, Page } from '../../ui/Page';
import { PasswordField } from '../../ui/PasswordField';
import { Progress } from '../../ui/Spinner';
import { UsernameField } from '../../ui/TextField';
import { TextLink } from '../../ui/TextLink';
import type { PasswordSignInEvent } from './machine';
import type { PasswordSignInScreen } from './screen';

export type Send = (event: PasswordSignInEvent) => void;
type Credentials = Extract<PasswordSignInScreen, { name: 'credentials' }>;

/** User name and password: one message for any wrong pair (no hint whether the user exists). */
export function CredentialsScreen({ screen, send }: { screen: Credentials; send: Send }) {
  const alert = screen.alert ? errorText(screen.alert) : null;
  return (
    <Page
      heading={t('passwordSignIn.heading')}
      intro={t('passwordSignIn.intro')}
      footnote={<SignInPageText />}
      secondary={[
        <TextLink key="reset" to="/reset-password" state={{ username: screen.username.trim() }}>
          {t('passwordSignIn.forgotPassword')}
        </TextLink>,
        <TextLink key="phone" to="/">
          {t('passwordSignIn.withPhone')}
        </TextLink>,
      ]}
    >
      {alert && (
        <ErrorMessage title={alert.title} reference={alert.reference}>
          {screen.alert && screen.alertUntil !== null ? (
            <LockoutCountdown error={screen.alert} until={screen.alertUntil} />
          ) : (
            alert.detail
          )}
        </ErrorMessage>
      )}
      <Form onSubmit={() => send({ type: 'CREDENTIALS.SUBMIT' })}>
        <UsernameField
          label={t('passwordSignIn.username.label')}
          hint={t('passwordSignIn.username.hint')}
          value={screen.username}
          readOnly={screen.busy}
          onChange={(event) => send({ type: 'USERNAME.CHANGE', username: event.target.value })}
          error={screen.usernameError && t(`passwordSignIn.problem.${screen.usernameError}`)}
        />
        <PasswordField
          label={t('passwordSignIn.password.label')}
          name="password"
          autoComplete="current-password"
          value={screen.password}
          readOnly={screen.busy}
          onChange={(event) => send({ type: 'PASSWORD.CHANGE', password: event.target.value })}
          error={screen.passwordError && t(`passwordSignIn.problem.${screen.passwordError}`)}
        />
        <Actions>
          <Button type="submit" busy={screen.busy}>
            {screen.busy ? t('passwordSignIn.signingIn') : t('passwordSignIn.submit')}
          </Button>
        </Actions>
      </Form>
    </Page>
  );
}

/** Too many attempts: the wait counts down, in words ("Wait 1 minute, then try again."). */
function LockoutCountdown({ error, until }: { error: ErrorInfo; until: number }) {
  // a <div>: the countdown brings its live region, which a <p> cannot hold
  return (
    <div>
      <Countdown
        deadline={until}
        announceEvery={30}
        format={(seconds) => errorText(error, seconds).detail}
        ready={t('passwordSignIn.waitOver')}
      />
    </div>
  );
}

/** Blocked by the administrator: say so plainly and who can help. */
export function BlockedScreen({ error, send }: { error: ErrorInfo; send: Send }) {
  const text = errorText(error);
  return (
    <Page heading={text.title} intro={text.detail}>
      <p>{t('passwordSignIn.blocked.next')}</p>
      {text.reference && <p className="reference">{text.reference}</p>}
      <Actions>
        <Button onClick={() => send({ type: 'RESTART' })}>{t('passwordSignIn.backToSignIn')}</Button>
      </Actions>
    </Page>
  );
}

/** Reading where a flow stands after a reload, or moving on once signed in. */
export function WorkingScreen() {
  return <Progress />;
}
