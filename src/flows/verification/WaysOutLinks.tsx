import { useId } from 'react';
import type { VerificationMethod } from '../../api/types';
import { t } from '../../content/i18n';
import { ChoiceList } from '../../ui/ChoiceList';
import { LinkButton } from '../../ui/LinkButton';
import type { Send, WaysOut } from './machine';
import { methodLabel } from './method-label';

/** "Other ways to verify": the methods worth trying instead, as big buttons. */
export function Alternatives({ methods, send }: { methods: readonly VerificationMethod[]; send: Send }) {
  const headingId = useId();
  if (methods.length === 0) return null;
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
          onSelect: () => send({ type: 'LEAVE', leave: { way: 'method', methodId: method.id } }),
        }))}
      />
    </section>
  );
}

/**
 * The secondary links under every verification screen: another way (left out where no other way
 * can work), start again (left out where starting again is the screen's main button).
 */
export function waysOutLinks(ways: WaysOut, send: Send, { restart = true, anotherWay = true } = {}) {
  return [
    anotherWay && ways.anotherWay && (
      <LinkButton key="another" onClick={() => send({ type: 'LEAVE', leave: { way: 'anotherWay' } })}>
        {t(ways.anotherWay)}
      </LinkButton>
    ),
    restart && (
      <LinkButton key="restart" onClick={() => send({ type: 'LEAVE', leave: { way: 'restart' } })}>
        {t(ways.restart)}
      </LinkButton>
    ),
  ].filter(Boolean);
}
