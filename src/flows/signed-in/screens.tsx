import type { ErrorInfo } from '../../api/errors';
import type { Session } from '../../api/types';
import { errorText } from '../../content/errors';
import { currentLocale, t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { ErrorTextMessage } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Ltr } from '../../ui/Ltr';
import { Actions, Page } from '../../ui/Page';
import { Progress } from '../../ui/Spinner';
import { TextLink } from '../../ui/TextLink';
import { Masked } from '../verification/Masked';
import type { SignedInEvent } from './machine';

type Send = (event: SignedInEvent) => void;

/** Who is signed in and how, and sign out. */
export function ReadyScreen({
  session,
  signingOut,
  send,
}: {
  session: Session;
  signingOut: boolean;
  send: Send;
}) {
  const time = new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(
    new Date(session.authenticatedAt),
  );
  const how = {
    channel: t(`signedIn.channel.${session.channel ?? 'sms'}`),
    destination: <Masked value={session.maskedDestination ?? ''} />,
  };
  return (
    <Page
      heading={t('signedIn.heading')}
      secondary={[
        <TextLink key="security" to="/security-info">
          {t('signedIn.securityInfo')}
        </TextLink>,
      ]}
    >
      <p>
        {rich('signedIn.who', {
          name: <bdi>{session.user.displayName}</bdi>,
          username: <Ltr>{session.user.username}</Ltr>,
        })}
      </p>
      <p>{rich(`signedIn.how.${session.signInMethod}`, how)}</p>
      <p>{t('signedIn.at', { time })}</p>
      <Actions>
        <Button busy={signingOut} onClick={() => send({ type: 'SIGN_OUT' })}>
          {signingOut ? t('signedIn.signingOut') : t('signedIn.signOut')}
        </Button>
      </Actions>
    </Page>
  );
}

/** The session could not be read: try again, or sign out. */
export function FailedScreen({
  error,
  signingOut,
  send,
}: {
  error: ErrorInfo;
  signingOut: boolean;
  send: Send;
}) {
  const text = errorText(error);
  return (
    <Page heading={t('signedIn.failed.heading')}>
      <ErrorTextMessage text={text} />
      <Actions>
        <Button onClick={() => send({ type: 'RETRY' })}>{t('signedIn.tryAgain')}</Button>
        <Button variant="secondary" busy={signingOut} onClick={() => send({ type: 'SIGN_OUT' })}>
          {t('signedIn.signOut')}
        </Button>
      </Actions>
    </Page>
  );
}

export function LoadingScreen() {
  return <Progress />;
}
