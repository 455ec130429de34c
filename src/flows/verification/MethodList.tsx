import './verification.css';
import { useId, useState } from 'react';
import type { VerificationMethod } from '../../api/types';
import { type MessageId, t } from '../../content/i18n';
import { ChoiceList, Countdown, formatDuration } from '../../ui';
import { methodLabel } from './method-label';

const UNAVAILABLE: Record<NonNullable<VerificationMethod['unavailableReason']>, MessageId> = {
  'voice-unavailable': 'method.unavailable.voice-unavailable',
  'country-not-enabled': 'method.unavailable.country-not-enabled',
  'text-limit': 'method.unavailable.text-limit',
  'call-limit': 'method.unavailable.call-limit',
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
 * others listed with the reason they cannot be used now.
 */
export function MethodList({
  methods,
  onSelect,
}: {
  methods: readonly VerificationMethod[];
  onSelect: (methodId: string) => void;
}) {
  const unavailableId = useId();
  const usable = methods.filter((method) => method.available);
  const unusable = methods.filter((method) => !method.available);
  return (
    <>
      <ChoiceList
        label={t('mfa.methods.label')}
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
            {t('mfa.unavailable.heading')}
          </h2>
          <ul>
            {unusable.map((method) => (
              <li key={method.id}>
                <span className="unavailable-label">{methodLabel(method)}</span>
                {method.unavailableReason && <UnavailableReason method={method} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Why a method cannot be used; a limit counts down to when it lifts. */
function UnavailableReason({ method }: { method: VerificationMethod }) {
  const reason = method.unavailableReason!;
  const [liftsAt] = useState(() =>
    method.retryAfterSeconds === undefined ? null : Date.now() + method.retryAfterSeconds * 1000,
  );
  return (
    <div className="unavailable-reason">
      {liftsAt === null ? (
        t(UNAVAILABLE[reason], { wait: formatDuration(0) })
      ) : (
        <Countdown
          deadline={liftsAt}
          announceEvery={60}
          format={(seconds) => t(UNAVAILABLE[reason], { wait: formatDuration(seconds) })}
        />
      )}
    </div>
  );
}
