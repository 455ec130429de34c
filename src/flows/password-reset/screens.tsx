import { useId } from 'react';
import type { ErrorInfo } from '../../api/errors';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { ErrorMessage } from '../../ui/Alert';
import { LiveRegion } from '../../ui/announcer';
import { Button } from '../../ui/Button';
import { ButtonLink } from '../../ui/ButtonLink';
import { LinkButton } from '../../ui/LinkButton';
import { Actions, Page } from '../../ui/Page';
import { PasswordField } from '../../ui/PasswordField';
import { Progress, Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { TextLink } from '../../ui/TextLink';
import { MethodList } from '../verification/MethodList';
import type { PasswordResetEvent } from './machine';
import type { ChooseMethodData, PasswordResetScreen, PasswordRules } from './screen';

type Send = (event: PasswordResetEvent) => void;
type Screen<N extends PasswordResetScreen['name']> = Extract<PasswordResetScreen, { name: N }>;

/** "Get back into your account": the user name, while the browser does the human check. */
export function IdentifyScreen({ screen, send }: { screen: Screen<'identify'>; send: Send }) {
  const alert = screen.alert ? errorText(screen.alert) : null;
  const busy = screen.busy !== null;
  return (
    <Page
      heading={t('passwordReset.heading')}
      intro={t('passwordReset.intro')}
      secondary={[
        // the user name goes along in the router's state, never in the URL
        <TextLink key="back" to="/sign-in/password" state={{ username: screen.username.trim() }}>
          {t('passwordReset.backToSignIn')}
        </TextLink>,
      ]}
    >
      {alert && <ErrorMessage title={alert.title}>{alert.detail}</ErrorMessage>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'IDENTIFY.SUBMIT' });
        }}
      >
        <TextField
          label={t('passwordReset.username.label')}
          hint={t('passwordReset.username.hint')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={screen.username}
          readOnly={busy}
          onChange={(event) => send({ type: 'USERNAME.CHANGE', username: event.target.value })}
          error={screen.usernameProblem && t(`passwordReset.problem.${screen.usernameProblem}`)}
        />
        <LiveRegion visible className="human-check">
          {screen.check === 'checking' && <Spinner />}
          {t(`passwordReset.check.${screen.check === 'done' ? 'done' : screen.check}`)}
        </LiveRegion>
        <Actions>
          <Button type="submit" busy={busy}>
            {screen.busy === 'waiting'
              ? t('passwordReset.waiting')
              : screen.busy === 'submitting'
                ? t('passwordReset.submitting')
                : t('passwordReset.submit')}
          </Button>
        </Actions>
      </form>
    </Page>
  );
}

/** "Verify your identity", step 1 or 2: the methods reset allows. Busy while the chosen one starts. */
export function ChooseMethodScreen({
  screen,
  send,
  onRestart = () => send({ type: 'RESTART' }),
}: {
  screen: ChooseMethodData;
  send: Send;
  /** "Start again": the flow's own, unless a verification under way must carry it out. */
  onRestart?: () => void;
}) {
  const alert = screen.alert ? errorText(screen.alert) : null;
  return (
    <Page
      heading={t('passwordReset.verify.heading')}
      caption={screen.step && t('verification.step', screen.step)}
      intro={t('passwordReset.verify.intro')}
      secondary={[
        <LinkButton key="restart" onClick={onRestart}>
          {t('passwordReset.startAgain')}
        </LinkButton>,
      ]}
    >
      {alert && <ErrorMessage title={alert.title}>{alert.detail}</ErrorMessage>}
      {screen.starting && (
        <Progress>
          {t(screen.starting.calling ? 'verification.sending.call' : 'verification.sending.code')}
        </Progress>
      )}
      <MethodList
        methods={screen.methods}
        busy={screen.starting !== null}
        onSelect={(methodId) => send({ type: 'METHOD.SELECT', methodId })}
      />
    </Page>
  );
}

/** What the new password needs, each rule said to be met or not yet as the person types. */
function Rules({ id, rules }: { id: string; rules: PasswordRules }) {
  const items = [
    { met: rules.length, text: t('passwordReset.rule.length', { min: rules.min, max: rules.max }) },
    { met: rules.classes, text: t('passwordReset.rule.classes', { count: rules.classesNeeded }) },
  ];
  return (
    <div id={id} className="password-rules">
      <p className="password-rules__heading">{t('passwordReset.rules.heading')}</p>
      <ul>
        {items.map(({ met, text }) => (
          <li key={text} className={met ? 'password-rule password-rule--met' : 'password-rule'}>
            <span className="visually-hidden">
              {t(met ? 'passwordReset.rule.met' : 'passwordReset.rule.unmet')}{' '}
            </span>
            {text}
          </li>
        ))}
      </ul>
      <p className="password-rules__note">{t('passwordReset.rule.common')}</p>
    </div>
  );
}

/** Why the backend refused the new password, every reason at once. */
function Refusal({ error }: { error: ErrorInfo }) {
  const text = errorText(error);
  return (
    <ErrorMessage title={text.title}>
      {error.violations.length > 0 ? (
        <ul>
          {error.violations.map((violation) => (
            <li key={violation}>{t(`passwordReset.violation.${violation}`)}</li>
          ))}
        </ul>
      ) : (
        text.detail
      )}
    </ErrorMessage>
  );
}

/** New password and its confirmation; the user name is there for password managers to file it under. */
export function NewPasswordScreen({ screen, send }: { screen: Screen<'newPassword'>; send: Send }) {
  const rulesId = useId();
  return (
    <Page heading={t('passwordReset.newPassword.heading')} caption={screen.username || undefined}>
      {screen.alert && <Refusal error={screen.alert} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'PASSWORD.SUBMIT' });
        }}
      >
        <input type="email" name="username" autoComplete="username" value={screen.username} readOnly hidden />
        <PasswordField
          label={t('passwordReset.newPassword.label')}
          name="new-password"
          autoComplete="new-password"
          value={screen.newPassword}
          readOnly={screen.busy}
          aria-describedby={screen.rules ? rulesId : undefined}
          onChange={(event) => send({ type: 'PASSWORD.CHANGE', password: event.target.value })}
          error={
            screen.newError &&
            t(
              screen.newError === 'required'
                ? 'passwordReset.problem.new-required'
                : 'passwordReset.problem.policy',
            )
          }
        />
        {screen.rules && <Rules id={rulesId} rules={screen.rules} />}
        <PasswordField
          label={t('passwordReset.confirm.label')}
          name="confirm-password"
          autoComplete="new-password"
          value={screen.confirmPassword}
          readOnly={screen.busy}
          onChange={(event) => send({ type: 'CONFIRM.CHANGE', password: event.target.value })}
          error={screen.confirmError && t(`passwordReset.problem.${screen.confirmError}`)}
        />
        <Actions>
          <Button type="submit" busy={screen.busy}>
            {screen.busy ? t('passwordReset.newPassword.submitting') : t('passwordReset.newPassword.submit')}
          </Button>
        </Actions>
      </form>
    </Page>
  );
}

/** Done: the old password no longer works; sign in with the new one, the user name filled in. */
export function DoneScreen({ screen }: { screen: Screen<'done'> }) {
  return (
    <Page heading={t('passwordReset.done.heading')} intro={t('passwordReset.done.body')}>
      <Actions>
        <ButtonLink to="/sign-in/password" state={{ username: screen.username }}>
          {t('passwordReset.done.signIn')}
        </ButtonLink>
      </Actions>
    </Page>
  );
}

/** "Your reset timed out": start again, the user name kept. */
export function ExpiredScreen({ send }: { send: Send }) {
  return (
    <Page heading={t('passwordReset.expired.heading')} intro={t('passwordReset.expired.body')}>
      <Actions>
        <Button onClick={() => send({ type: 'RESTART' })}>{t('passwordReset.startAgain')}</Button>
      </Actions>
    </Page>
  );
}

/**
 * The one dead end for every name that cannot reset here (and the lock, with its time): who can
 * help, and the reference to give them.
 */
export function DeadEndScreen({ error, send }: { error: ErrorInfo; send: Send }) {
  const text = errorText(error);
  return (
    <Page
      heading={text.title}
      intro={text.detail}
      secondary={[
        <TextLink key="back" to="/sign-in/password">
          {t('passwordReset.backToSignIn')}
        </TextLink>,
      ]}
    >
      {text.reference && <p className="reference">{text.reference}</p>}
      <Actions>
        <Button variant="secondary" onClick={() => send({ type: 'RESTART' })}>
          {t('passwordReset.deadEnd.next')}
        </Button>
      </Actions>
    </Page>
  );
}

export function WorkingScreen() {
  return <Progress />;
}
