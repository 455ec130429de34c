import type { ComponentPropsWithRef } from 'react';
import { cx } from './cx';
import { FieldFrame, type FieldProps, useFieldIds } from './field';

export interface TextFieldProps
  extends FieldProps,
    Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'children'> {
  /** `code` for one-time codes, `short` for extensions and the like; full width otherwise. */
  width?: 'full' | 'short' | 'code';
}

/** A labelled text input with hint and error. Input attributes (autoComplete, inputMode, ref…) pass through. */
export function TextField({
  label,
  hint,
  error,
  optional,
  id,
  className,
  width = 'full',
  type = 'text',
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id, { hint, error }, input['aria-describedby']);
  return (
    <FieldFrame label={label} hint={hint} error={error} optional={optional} className={className} {...ids}>
      <input
        {...input}
        type={type}
        id={ids.inputId}
        className={cx('input', width !== 'full' && `input--${width}`)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldFrame>
  );
}

/**
 * A user name (an e-mail-like sign-in name): left to right in any language, offered by the browser's
 * and password managers' autofill, never capitalised or spell-checked by the keyboard.
 */
export function UsernameField(props: Omit<TextFieldProps, 'name' | 'dir' | 'autoComplete'>) {
  return (
    <TextField
      name="username"
      dir="ltr"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      {...props}
    />
  );
}
