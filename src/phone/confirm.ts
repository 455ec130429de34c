// The complete number a person types to confirm a masked one ("+1 ••• ••• ••10"), read as E.164.
// The country comes from the masked number, so people type the number as they know it, trunk
// prefix and all. Loaded only with the screen that asks.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { toAsciiDigits } from './digits';

/** E.164 for what was typed, or null when it is not a possible phone number. */
export function typedNumberToE164(typed: string, callingCode: string | null): string | null {
  const number = parsePhoneNumberFromString(
    toAsciiDigits(typed).trim(),
    callingCode ? { defaultCallingCode: callingCode } : undefined,
  );
  return number?.isPossible() ? number.number : null;
}
