import type { Ref } from 'react';
import { t } from '../../content/i18n';
import { TextField } from '../../ui/TextField';
import { useWebOtp } from './use-web-otp';

interface CodeFieldProps {
  value: string;
  length: number;
  onChange: (code: string) => void;
  /**
   * Read-only while the code is checked (focus stays put, nothing typed is lost) and while typing
   * cannot help (the code expired, too many attempts).
   */
  readOnly: boolean;
  /** WebOTP only makes sense for a code that comes by SMS. */
  fromSms: boolean;
  /** A field-level message (a wrong code); other failures are shown above the form. */
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * One field for the whole code. No maxLength: a pasted "123 456" or "123-456" must arrive whole, and
 * the machine keeps the digits. Browsers offer the texted code (autocomplete="one-time-code").
 */
export function CodeField({ value, length, onChange, readOnly, fromSms, error, inputRef }: CodeFieldProps) {
  useWebOtp(fromSms, onChange);
  return (
    <TextField
      ref={inputRef}
      label={t('verification.code.label')}
      hint={t('verification.code.hint', { count: length })}
      name="code"
      // codes, numbers, extensions and user names read left to right in every language
      dir="ltr"
      width="code"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      autoComplete="one-time-code"
      inputMode="numeric"
      enterKeyHint="done"
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      readOnly={readOnly}
      error={error}
    />
  );
}
