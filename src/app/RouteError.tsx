import { t } from '../content/i18n';
import { Button } from '../ui/Button';
import { ButtonLink } from '../ui/ButtonLink';
import { Actions, Page } from '../ui/Page';
import { TextLink } from '../ui/TextLink';
import { AppFrame } from './AppFrame';

/** A page's code could not be downloaded (offline, or a new version replaced the old files). */
function isLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|module script failed|error loading dynamically/i.test(error.message)
  );
}

/**
 * Shown in the card when a page throws or its code fails to load. Links reload the document: whatever
 * broke (a stale bundle, a confused flow) starts afresh.
 */
export function RouteError({ error }: { error: unknown }) {
  if (isLoadFailure(error)) {
    return (
      <Page
        heading={t('app.error.loadFailed.title')}
        intro={t('app.error.loadFailed.body')}
        secondary={
          <TextLink to="/" reloadDocument>
            {t('app.backToSignIn')}
          </TextLink>
        }
      >
        <Actions>
          <Button onClick={() => window.location.reload()}>{t('app.error.tryAgain')}</Button>
        </Actions>
      </Page>
    );
  }
  return (
    <Page heading={t('app.error.title')} intro={t('app.error.body')}>
      <p>{t('app.error.next')}</p>
      <Actions>
        <ButtonLink to="/" reloadDocument>
          {t('app.backToSignIn')}
        </ButtonLink>
      </Actions>
    </Page>
  );
}

/** The last resort, when the layout itself fails: the same page inside the bare chrome. */
export function RootError({ error }: { error: unknown }) {
  return (
    <AppFrame>
      <RouteError error={error} />
    </AppFrame>
  );
}
