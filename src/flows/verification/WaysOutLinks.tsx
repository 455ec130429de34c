import { useId } from 'react';
import { t } from '../../content/i18n';
import { ChoiceList, LinkButton } from '../../ui';
import { methodLabel } from './method-label';
import { suggestions, type WaysOut } from './ways-out';

/** "Other ways to verify": the methods worth trying instead, as big buttons. */
export function Alternatives({ ways, named }: { ways: WaysOut; named?: readonly string[] }) {
  const headingId = useId();
  const methods = suggestions(ways, named);
  const select = ways.onSelectMethod;
  if (!select || methods.length === 0) return null;
  return (
    <section className="alternatives" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('verification.alternatives.heading')}
      </h2>
      <ChoiceList
        choices={methods.map((method) => ({
          id: method.id,
          label: methodLabel(method),
          description: method.recommended ? t('method.recommended') : undefined,
          onSelect: () => select(method.id),
        }))}
      />
    </section>
  );
}

/** The secondary links under every verification screen: another way, start again. */
export function waysOutLinks(ways: WaysOut) {
  return [
    ways.anotherWay && (
      <LinkButton key="another" onClick={ways.anotherWay.onSelect}>
        {ways.anotherWay.label}
      </LinkButton>
    ),
    <LinkButton key="restart" onClick={ways.restart.onSelect}>
      {ways.restart.label}
    </LinkButton>,
  ].filter(Boolean);
}
