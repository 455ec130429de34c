import { type ReactNode, useId } from 'react';
import { t } from '../content/i18n';
import { cx } from './cx';

/** What TextField and PasswordField share: a label, an optional hint and a field-level error. */
export interface FieldProps {
  /** The visible label (never a placeholder instead). */
  label: string;
  hint?: ReactNode;
  /** What is wrong and how to fix it; marks the input aria-invalid and describes it. */
  error?: string | null;
  /** Adds "(optional)" to the label. */
  optional?: boolean;
  id?: string;
  /** On the wrapper. */
  className?: string;
}

export function useFieldIds(
  id: string | undefined,
  { hint, error }: Pick<FieldProps, 'hint' | 'error'>,
  describedBy?: string,
) {
  const generated = useId();
  const inputId = id ?? `field${generated}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedByIds = [hint ? hintId : null, error ? errorId : null, describedBy ?? null]
    .filter(Boolean)
    .join(' ');
  return { inputId, hintId, errorId, describedBy: describedByIds || undefined };
}

interface FieldFrameProps extends FieldProps {
  inputId: string;
  hintId: string;
  errorId: string;
  children: ReactNode;
}

export function FieldFrame({
  label,
  hint,
  error,
  optional,
  className,
  inputId,
  hintId,
  errorId,
  children,
}: FieldFrameProps) {
  return (
    <div className={cx('field', error && 'field--error', className)}>
      <label className="field-label" htmlFor={inputId}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="field-optional">{t('ui.optional')}</span>
          </>
        )}
      </label>
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('ui.errorPrefix')}</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}
