// Field-level checks of a phone number typed to sign in, before anything is sent. The backend
// checks again; this only saves a round trip and says precisely what is wrong.
import { isValidPhoneNumber, validatePhoneNumberLength } from 'libphonenumber-js/min';

export type PhoneProblem = 'required' | 'country' | 'too-short' | 'too-long' | 'invalid';

/** `value` is what react-phone-number-input reports: E.164 ("+14255550100") or empty. */
export function phoneProblem(value: string | undefined | null): PhoneProblem | null {
  if (!value || value === '+') return 'required';
  switch (validatePhoneNumberLength(value)) {
    case undefined:
      return isValidPhoneNumber(value) ? null : 'invalid';
    case 'INVALID_COUNTRY':
      return 'country';
    case 'TOO_SHORT':
      return 'too-short';
    case 'TOO_LONG':
      return 'too-long';
    default:
      return 'invalid';
  }
}
