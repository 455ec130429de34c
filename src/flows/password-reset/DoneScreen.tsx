import { t } from '../../content/i18n';
import { ButtonLink } from '../../ui/ButtonLink';
import { Actions, Page } from '../../ui/Page';

/** Done: the old password no longer works; sign in with the new one, the user name filled in. */
export function DoneScreen({ screen }: { screen: { username: string } }) {
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
