import { t } from '../../content/i18n';
import { Ltr } from '../../ui/Ltr';

/**
 * A masked number as the backend gives it ("+1 ••• ••• ••00"), read out by screen readers as
 * "+1 number ending in 00" rather than as a row of bullets. Anything else is shown as is. Either
 * reads left to right, in a right-to-left sentence too.
 */
export function Masked({ value }: { value: string }) {
  const match = /^(\+\d{1,3})\D.*?(\d{2,4})$/.exec(value);
  if (!value.includes('•') || !match) return <Ltr>{value}</Ltr>;
  return (
    <span className="masked">
      <bdi dir="ltr" aria-hidden="true">
        {value}
      </bdi>
      <span className="visually-hidden">
        {t('verification.masked', { countryCode: match[1]!, digits: match[2]! })}
      </span>
    </span>
  );
}
