import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { ApiError, describeError } from '../../api/errors';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import {
  Actions,
  Button,
  ErrorMessage,
  LinkButton,
  Page,
  PasswordField,
  Progress,
  TextField,
  TextLink,
} from '../../ui';
import { MethodList } from '../verification/MethodList';
import type { passwordSignInMachine } from './machine';

type Actor = ActorRefFrom<typeof passwordSignInMachine>;

/** User name and password: one message for any wrong pair (no hint whether the user exists). */
export function CredentialsScreen({ actor }: { actor: Actor }) {
  const username = useSelector(actor, (s) => s.context.username);
  const password = useSelector(actor, (s) => s.context.password);
  const problem = useSelector(actor, (s) => s.context.credentialsProblem);
  const error = useSelector(actor, (s) => s.context.credentialsError);
  const busy = useSelector(actor, (s) => s.hasTag('busy'));
  const text = error ? errorText(error) : null;
  return (
    <Page
      heading={t('passwordSignIn.heading')}
      intro={t('passwordSignIn.intro')}
      secondary={[
        <TextLink key="reset" to="/reset-password">
          {t('passwordSignIn.forgotPassword')}
        </TextLink>,
        <TextLink key="phone" to="/">
          {t('passwordSignIn.withPhone')}
        </TextLink>,
      ]}
    >
      {text && <ErrorMessage title={text.title}>{text.detail}</ErrorMessage>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          actor.send({ type: 'CREDENTIALS.SUBMIT' });
        }}
      >
        <TextField
          label={t('passwordSignIn.username.label')}
          hint={t('passwordSignIn.username.hint')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          readOnly={busy}
          onChange={(event) => actor.send({ type: 'USERNAME.CHANGE', username: event.target.value })}
          error={problem === 'username-required' ? t('passwordSignIn.problem.username-required') : null}
        />
        <PasswordField
          label={t('passwordSignIn.password.label')}
          name="password"
          autoComplete="current-password"
          value={password}
          readOnly={busy}
          onChange={(event) => actor.send({ type: 'PASSWORD.CHANGE', password: event.target.value })}
          error={problem === 'password-required' ? t('passwordSignIn.problem.password-required') : null}
        />
        <Actions>
          <Button type="submit" busy={busy}>
            {busy ? t('passwordSignIn.signingIn') : t('passwordSignIn.submit')}
          </Button>
        </Actions>
      </form>
    </Page>
  );
}

/** "Verify your identity": the user's methods, default first. Busy while the chosen one starts. */
export function ChooseMethodScreen({ actor, starting }: { actor: Actor; starting: boolean }) {
  const methods = useSelector(actor, (s) => s.context.methods);
  const username = useSelector(actor, (s) => s.context.username.trim());
  const methodError = useSelector(actor, (s) => s.context.methodError);
  const calling = useSelector(
    actor,
    (s) => s.context.methods.find((m) => m.id === s.context.methodId)?.type === 'voice',
  );
  const text = methodError ? errorText(methodError) : null;
  return (
    <Page
      heading={t('mfa.heading')}
      caption={username || undefined}
      intro={t('mfa.intro')}
      secondary={[
        <LinkButton key="restart" onClick={() => actor.send({ type: 'RESTART' })}>
          {t('mfa.startAgain')}
        </LinkButton>,
      ]}
    >
      {text && <ErrorMessage title={text.title}>{text.detail}</ErrorMessage>}
      {starting && (
        <Progress>{t(calling ? 'verification.sending.call' : 'verification.sending.code')}</Progress>
      )}
      <MethodList
        methods={methods}
        onSelect={(methodId) => actor.send({ type: 'METHOD.SELECT', methodId })}
      />
    </Page>
  );
}

/** Blocked by the administrator: say so plainly and who can help. */
export function BlockedScreen({ actor }: { actor: Actor }) {
  const blocked = useSelector(actor, (s) => s.context.blocked);
  const text = errorText(blocked ?? describeError(new ApiError('user-blocked')));
  return (
    <Page heading={text.title} intro={text.detail}>
      <p>{t('passwordSignIn.blocked.next')}</p>
      {text.reference && <p className="reference">{text.reference}</p>}
      <Actions>
        <Button onClick={() => actor.send({ type: 'RESTART' })}>{t('passwordSignIn.backToSignIn')}</Button>
      </Actions>
    </Page>
  );
}
