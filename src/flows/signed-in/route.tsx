import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { Session } from '../../api/types';
import { errorText } from '../../content/errors';
import { currentLocale, t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { sessionToken } from '../../session/token';
import { Actions, Button, ErrorMessage, Page, Progress, TextLink } from '../../ui';
import { Masked } from '../verification/Masked';
import { signedInMachine } from './machine';

function HowSignedIn({ session }: { session: Session }) {
  const params = {
    channel: t(`signedIn.channel.${session.channel ?? 'sms'}`),
    destination: <Masked value={session.maskedDestination ?? ''} />,
  };
  return <p>{rich(`signedIn.how.${session.signInMethod}`, params)}</p>;
}

/** `/signed-in`: who is signed in and how; sign out. Without a session it goes back to sign-in. */
export function Component() {
  const navigate = useNavigate();
  const actor = useActorRef(signedInMachine, { input: { token: sessionToken.get() } });
  const session = useSelector(actor, (s) => s.context.session);
  const error = useSelector(actor, (s) => s.context.error);
  const state = useSelector(actor, (s) => (typeof s.value === 'string' ? s.value : 'loading'));

  useEffect(() => {
    if (state === 'signedOut') navigate('/', { replace: true });
  }, [state, navigate]);

  if (state === 'failed' && error) {
    const text = errorText(error);
    return (
      <Page heading={t('signedIn.failed.heading')}>
        <ErrorMessage title={text.title}>{text.detail}</ErrorMessage>
        <Actions>
          <Button onClick={() => actor.send({ type: 'RETRY' })}>{t('signedIn.tryAgain')}</Button>
          <Button variant="secondary" onClick={() => actor.send({ type: 'SIGN_OUT' })}>
            {t('signedIn.signOut')}
          </Button>
        </Actions>
      </Page>
    );
  }
  if (!session) return <Progress />;

  const time = new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(
    new Date(session.authenticatedAt),
  );
  return (
    <Page
      heading={t('signedIn.heading')}
      secondary={[
        <TextLink key="security" to="/security-info">
          {t('signedIn.securityInfo')}
        </TextLink>,
      ]}
    >
      <p>{t('signedIn.who', { name: session.user.displayName, username: session.user.username })}</p>
      <HowSignedIn session={session} />
      <p>{t('signedIn.at', { time })}</p>
      <Actions>
        <Button busy={state === 'signingOut'} onClick={() => actor.send({ type: 'SIGN_OUT' })}>
          {state === 'signingOut' ? t('signedIn.signingOut') : t('signedIn.signOut')}
        </Button>
      </Actions>
    </Page>
  );
}
