// Phone numbers in the three shapes the service meets: E.164 as typed to sign in, Graph's directory
// format in security info ("+1 4255550112x1234"), and what a handset or a screen shows.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export interface PhoneNumber {
  e164: string;
  countryCallingCode: string;
  /** Office phones only. */
  extension?: string;
}

/**
 * Ranges reserved for fiction that libphonenumber's small metadata rejects: Ofcom keeps
 * 07700 900000–900999 for drama, and the demo's +44 persona lives there.
 */
const FICTIONAL_RANGES = [/^\+447700900\d{3}$/];

/**
 * Numbers a carrier lookup would report as VoIP, which verification refuses (virtual-number).
 * The mock knows one: +1 425 555 0199, so the rule can be demonstrated.
 */
const KNOWN_VIRTUAL_NUMBERS: readonly string[] = ['+14255550199'];

export function isVirtualNumber(e164: string): boolean {
  return KNOWN_VIRTUAL_NUMBERS.includes(e164);
}

/** A dialable number in E.164, or null. */
export function parseE164(text: string): PhoneNumber | null {
  if (!/^\+[1-9]\d{6,14}$/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text);
  if (!parsed) return null;
  if (!parsed.isValid() && !FICTIONAL_RANGES.some((range) => range.test(text))) return null;
  return { e164: parsed.number, countryCallingCode: parsed.countryCallingCode };
}

export type DirectoryParse = { ok: true; phone: PhoneNumber } | { ok: false; reason: 'invalid-phone-number' };

/** "+1 4255550100" or "+1 4255550112x1234": the country code must be the number's real one. */
export function parseDirectoryNumber(text: string): DirectoryParse {
  const match = /^\+([1-9]\d{0,2}) (\d{4,14})(?:x(\d{1,10}))?$/.exec(text);
  if (!match) return { ok: false, reason: 'invalid-phone-number' };
  const [, countryCode, national, extension] = match;
  const phone = parseE164(`+${countryCode}${national}`);
  if (!phone || phone.countryCallingCode !== countryCode) {
    return { ok: false, reason: 'invalid-phone-number' };
  }
  return { ok: true, phone: extension ? { ...phone, extension } : phone };
}

export function toDirectoryFormat(phone: PhoneNumber): string {
  const national = phone.e164.slice(1 + phone.countryCallingCode.length);
  return `+${phone.countryCallingCode} ${national}${phone.extension ? `x${phone.extension}` : ''}`;
}

/** As a handset shows it: "+1 425 555 0100", "+1 425 555 0112 ext. 1234". */
export function displayNumber(phone: PhoneNumber): string {
  const formatted = parsePhoneNumberFromString(phone.e164)?.formatInternational() ?? phone.e164;
  return phone.extension ? `${formatted} ext. ${phone.extension}` : formatted;
}

const MASK = '•';

/**
 * "+1 ••• ••• ••00": the country code and the national grouping stay (people recognise their
 * number by its shape), every digit but the last two is hidden. Extensions are not secret and are
 * reported apart.
 */
export function maskPhone(phone: Pick<PhoneNumber, 'e164' | 'countryCallingCode'>): string {
  const formatted = parsePhoneNumberFromString(phone.e164)?.formatInternational() ?? phone.e164;
  const prefix = `+${phone.countryCallingCode}`;
  const national = formatted.slice(prefix.length);
  const digits = national.replace(/\D/g, '').length;
  let seen = 0;
  const masked = national.replace(/\d/g, (digit) => (++seen > digits - 2 ? digit : MASK));
  return prefix + masked;
}

/** "m•••@contoso.example": enough to recognise one's own address, not to learn someone else's. */
export function maskEmail(address: string): string {
  const at = address.indexOf('@');
  return `${address.slice(0, 1)}${MASK.repeat(3)}${address.slice(at)}`;
}
