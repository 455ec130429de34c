// The complete number a person types to confirm a masked one ("+1 ••• ••• ••10") before anything is
// sent to it (password reset). The country comes from the masked number, so people type the number
// as they know it, trunk prefix and all; what the mask shows must match, which saves one of the few
// tries the backend allows. Loaded only by the screen that asks.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { toAsciiDigits } from './digits';

export type ConfirmProblem = 'required' | 'invalid' | 'different';

/** "+1 ••• ••• ••10" → the calling code ("1") and the digits shown at the end ("10"). */
export function maskParts(masked: string): { callingCode: string; lastDigits: string } | null {
  const match = /^\+(\d{1,3})\D.*?(\d+)$/.exec(masked);
  return match ? { callingCode: match[1]!, lastDigits: match[2]! } : null;
}

export function confirmation(typed: string, masked: string): { e164: string } | { problem: ConfirmProblem } {
  const text = toAsciiDigits(typed).trim();
  if (!/\d/.test(text)) return { problem: 'required' };
  const parts = maskParts(masked);
  const number = parsePhoneNumberFromString(
    text,
    parts ? { defaultCallingCode: parts.callingCode } : undefined,
  );
  if (!number?.isPossible()) return { problem: 'invalid' };
  if (parts && (number.countryCallingCode !== parts.callingCode || !number.number.endsWith(parts.lastDigits)))
    return { problem: 'different' };
  return { e164: number.number };
}
