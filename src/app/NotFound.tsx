import { t } from '../content/i18n';
import { ButtonLink } from '../ui/ButtonLink';
import { Actions, Page } from '../ui/Page';

export function NotFound() {
  return (
    <Page heading={t('app.notFound.title')} intro={t('app.notFound.body')}>
      <Actions>
        <ButtonLink to="/">{t('app.backToSignIn')}</ButtonLink>
      </Actions>
    </Page>
  );
}
