import { useId } from 'react';
import type { ErrorInfo } from '../../api/errors';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { ErrorMessage, ErrorTextMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ButtonLink } from '../../ui/ButtonLink';
import { Form } from '../../ui/Form';
import { LinkButton } from '../../ui/LinkButton';
import { Ltr } from '../../ui/Ltr';
import { Actions, Page } from '../../ui/Page';
import { PasswordField } from '../../ui/PasswordField';
import { Progress } from '../../ui/Spinner';
import { MethodChoicePage } from '../verification/MethodChoicePage';
import type { ResetStepsEvent } from './machine';
import type { ChooseMethodData, PasswordRules, ResetStepsScreen } from './screen';

type Send = (event: ResetStepsEvent) => void;
type Screen<N extends ResetStepsScreen['name']> = Extract<ResetStepsScreen, { name: N }>;

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
  return (
    <MethodChoicePage
      heading={t('passwordReset.verify.heading')}
      caption={screen.step ? t('verification.step', screen.step) : undefined}
      intro={t('passwordReset.verify.intro')}
      restartLabel={t('passwordReset.startAgain')}
      choice={screen}
      onSelect={(methodId) => send({ type: 'METHOD.SELECT', methodId })}
      onRestart={onRestart}
    />
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
    <ErrorMessage title={text.title} reference={text.reference}>
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
    <Page
      heading={t('passwordReset.newPassword.heading')}
      caption={screen.username ? <Ltr>{screen.username}</Ltr> : undefined}
      secondary={[
        <LinkButton key="restart" onClick={() => send({ type: 'RESTART' })}>
          {t('passwordReset.startAgain')}
        </LinkButton>,
      ]}
    >
      {screen.alert && <Refusal error={screen.alert} />}
      <Form onSubmit={() => send({ type: 'PASSWORD.SUBMIT' })}>
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
      </Form>
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

/** After a reload the reset could not be read (offline, a failing backend): try again, or start again. */
export function ResumeFailedScreen({ screen, send }: { screen: Screen<'resumeFailed'>; send: Send }) {
  return (
    <Page
      heading={t('passwordReset.resumeFailed.heading')}
      secondary={[
        <LinkButton key="restart" onClick={() => send({ type: 'RESTART' })}>
          {t('passwordReset.startAgain')}
        </LinkButton>,
      ]}
    >
      <ErrorTextMessage text={errorText(screen.error)} />
      <Actions>
        <Button onClick={() => send({ type: 'RETRY' })}>{t('passwordReset.tryAgain')}</Button>
      </Actions>
    </Page>
  );
}

export function WorkingScreen() {
  return <Progress />;
}
