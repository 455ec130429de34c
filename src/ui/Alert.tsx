import type { ReactNode } from 'react';
import { t } from '../content/i18n';
import { useLiveMuted } from './announcer';
import { cx } from './cx';

type AlertTone = 'error' | 'warning' | 'info' | 'success';

export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  /** Text (wrapped in a paragraph) or richer content, e.g. a next step and a link. */
  children?: ReactNode;
  /** A support reference to give the administrator, in words ("Reference for your administrator: …"). */
  reference?: ReactNode;
  id?: string;
  className?: string;
}

/**
 * Something that just happened. Errors are role="alert" (read out at once); the other tones are a
 * polite role="status". Mount it when the message appears so the change is announced.
 */
export function Alert({ tone = 'info', title, children, reference, id, className }: AlertProps) {
  const muted = useLiveMuted();
  return (
    <div
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-live={muted}
      className={cx('alert', `alert--${tone}`, className)}
    >
      {title && (
        <h2 className="alert-title">
          {tone === 'error' && <span className="visually-hidden">{t('ui.errorPrefix')}</span>} {title}
        </h2>
      )}
      {typeof children === 'string' ? <p>{children}</p> : children}
      {reference && <p className="reference">{reference}</p>}
    </div>
  );
}

/** An error that stops the user, with what to do next: <ErrorMessage title="…">next step</ErrorMessage>. */
export function ErrorMessage(props: Omit<AlertProps, 'tone'>) {
  return <Alert {...props} tone="error" />;
}

/** A failure as the error table words it (content/errors.ts errorText): its title, next step and reference. */
export function ErrorTextMessage({
  text,
}: {
  text: { title: string; detail: string; reference: ReactNode };
}) {
  return (
    <ErrorMessage title={text.title} reference={text.reference}>
      {text.detail}
    </ErrorMessage>
  );
}
