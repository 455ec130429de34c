import { type ComponentPropsWithRef, useEffect, useRef, useState } from 'react';
import { t } from '../content/i18n';
import { FieldFrame, type FieldProps, useFieldIds } from './field';

export interface PasswordFieldProps
  extends FieldProps,
    Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'children' | 'type'> {}

/**
 * A password input with a "Show password" toggle button (aria-pressed). The toggle keeps focus, the
 * caret stays where it was, and the password is hidden again on submit so the browser saves it as one.
 */
export function PasswordField({
  label,
  hint,
  error,
  optional,
  id,
  className,
  autoComplete = 'current-password',
  ...input
}: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const ids = useFieldIds(id, { hint, error }, input['aria-describedby']);

  useEffect(() => {
    const form = toggle.current?.form;
    if (!form) return;
    const hide = () => setShown(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  return (
    <FieldFrame label={label} hint={hint} error={error} optional={optional} className={className} {...ids}>
      <div className="field-row">
        <input
          {...input}
          type={shown ? 'text' : 'password'}
          id={ids.inputId}
          className="input"
          autoComplete={autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <button
          ref={toggle}
          type="button"
          className="password-toggle"
          aria-pressed={shown}
          aria-controls={ids.inputId}
          onClick={() => setShown((value) => !value)}
        >
          <EyeIcon crossed={shown} />
          {t('ui.password.show')}
        </button>
      </div>
    </FieldFrame>
  );
}

function EyeIcon({ crossed }: { crossed: boolean }) {
  return (
    <svg className="password-toggle-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z"
      />
      <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="2" />
      {crossed && <path stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M4 4l16 16" />}
    </svg>
  );
}
