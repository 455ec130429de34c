import { t } from '../content/i18n';
import { Progress } from '../ui/Spinner';

/** In the card while the first page's code downloads (only visible if that is slow). */
export function RouteLoading() {
  return <Progress className="route-loading">{t('app.loading')}</Progress>;
}
