import { useId } from 'react';
import type { VerificationMethod } from '../../api/types';
import { type MessageId, t } from '../../content/i18n';
import { ChoiceList } from '../../ui/ChoiceList';
import { Countdown, formatDuration } from '../../ui/countdown';
import { methodLabel } from './method-label';
import type { ListedMethod } from './methods';

type Reason = NonNullable<VerificationMethod['unavailableReason']>;

/** Why a method cannot be used, with the wait when the backend named one, and without it when not. */
const UNAVAILABLE: Record<Reason, { waiting: MessageId; plain: MessageId }> = {
  'voice-unavailable': {
    waiting: 'method.unavailable.voice-unavailable',
    plain: 'method.unavailable.voice-unavailable',
  },
  'country-not-enabled': {
    waiting: 'method.unavailable.country-not-enabled',
    plain: 'method.unavailable.country-not-enabled',
  },
  'text-limit': { waiting: 'method.unavailable.text-limit', plain: 'method.unavailable.text-limit.later' },
  'call-limit': { waiting: 'method.unavailable.call-limit', plain: 'method.unavailable.call-limit.later' },
};

function notesFor(method: VerificationMethod): string | undefined {
  const notes = [
    method.isDefault ? t('method.default') : null,
    method.recommended ? t('method.recommended') : null,
  ].filter(Boolean);
  return notes.length > 0 ? notes.join('. ') : undefined;
}

/**
 * Every method the backend reports, in its order (default first): usable ones as big buttons, the
 * others listed with the reason they cannot be used now. While one is starting, the list is inert.
 */
export function MethodList({
  methods,
  busy,
  onSelect,
}: {
  methods: readonly ListedMethod[];
  busy: boolean;
  onSelect: (methodId: string) => void;
}) {
  const unavailableId = useId();
  const usable = methods.filter((method) => method.available);
  const unusable = methods.filter((method) => !method.available);
  return (
    <>
      <ChoiceList
        label={t('method.list.label')}
        busy={busy}
        choices={usable.map((method) => ({
          id: method.id,
          label: methodLabel(method),
          description: notesFor(method),
          onSelect: () => onSelect(method.id),
        }))}
      />
      {unusable.length > 0 && (
        <section className="unavailable-methods" aria-labelledby={unavailableId}>
          <h2 id={unavailableId} className="section-heading">
            {t('method.list.unavailable')}
          </h2>
          <ul>
            {unusable.map((method) => (
              <li key={method.id}>
                <span className="unavailable-label">{methodLabel(method)}</span>
                {method.unavailableReason && (
                  <div className="unavailable-reason">
                    <UnavailableReason reason={method.unavailableReason} availableAt={method.availableAt} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function UnavailableReason({ reason, availableAt }: { reason: Reason; availableAt: number | null }) {
  const copy = UNAVAILABLE[reason];
  if (availableAt === null) return <>{t(copy.plain)}</>;
  return (
    <Countdown
      deadline={availableAt}
      announceEvery={60}
      format={(seconds) => t(copy.waiting, { wait: formatDuration(seconds) })}
      ready={t(copy.plain)}
    />
  );
}
