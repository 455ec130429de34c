import type { ReactNode } from 'react';
import { t } from '../content/i18n';
import { useLiveMuted } from './announcer';
import { cx } from './cx';

/** A decorative busy indicator; always pair it with words (Progress, a busy Button). Still when motion is reduced. */
export function Spinner({ className }: { className?: string }) {
  return <span className={cx('spinner', className)} aria-hidden="true" />;
}

/** Visible progress text with a spinner, e.g. "Sending your code…"; a polite status for screen readers. */
export function Progress({ children, className }: { children?: ReactNode; className?: string }) {
  const muted = useLiveMuted();
  return (
    <p role="status" aria-live={muted} className={cx('progress', className)}>
      <Spinner />
      <span>{children ?? t('ui.loading')}</span>
    </p>
  );
}
