// The directory format the backend stores numbers in (Microsoft Graph's): "+{calling code} {national
// number}", e.g. "+1 4255550100"; an office extension is added as "x1234" by the caller.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** E.164 ("+14255550100") → "+1 4255550100"; null when it is not a number at all. */
export function toDirectoryNumber(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? `+${parsed.countryCallingCode} ${parsed.nationalNumber}` : null;
}
