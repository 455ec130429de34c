import { t } from '../content/i18n';
import { ButtonLink } from '../ui/ButtonLink';
import { Actions, Page } from '../ui/Page';

// Honest stand-ins for flows this version does not have: they say so and lead back, with no fake forms.
// Each route module replaces its page when the real flow lands.

const FEATURES = {
  securityInfo: {
    heading: 'app.notYet.securityInfo.title',
    body: 'app.notYet.securityInfo.body',
    next: 'app.notYet.securityInfo.next',
  },
} as const;

function NotYetAvailable({ feature }: { feature: keyof typeof FEATURES }) {
  const text = FEATURES[feature];
  return (
    <Page heading={t(text.heading)}>
      <p>{t(text.body)}</p>
      <p>{t(text.next)}</p>
      <Actions>
        <ButtonLink to="/">{t('app.backToSignIn')}</ButtonLink>
      </Actions>
    </Page>
  );
}

export function SecurityInfoPage() {
  return <NotYetAvailable feature="securityInfo" />;
}
