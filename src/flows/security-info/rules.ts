// Security info's pure rules: what the page can know before asking the backend (which phone types
// can be added, how each is verified, what an extension may be) and how a directory number is shown.
// The backend enforces every rule again; these only spare a refusal and say why an option is missing.
import type { AuthenticationMethods, DefaultMethod, DeliveryKind, PhoneType } from '../../api/types';

/** Why a phone type cannot be added now. */
type AddRefusal = 'registered' | 'mobile-first';

export interface AddOption {
  phoneType: PhoneType;
  refusal: AddRefusal | null;
}

const PHONE_TYPES: readonly PhoneType[] = ['mobile', 'alternateMobile', 'office'];

/** Each phone type, and why it cannot be added when it cannot: one per type, a mobile first. */
export function addOptions(methods: AuthenticationMethods): AddOption[] {
  const has = (type: PhoneType) => methods.phoneMethods.some((phone) => phone.phoneType === type);
  return PHONE_TYPES.map((phoneType) => ({
    phoneType,
    refusal: has(phoneType)
      ? 'registered'
      : phoneType === 'alternateMobile' && !has('mobile')
        ? 'mobile-first'
        : null,
  }));
}

/** How a new number can be verified: an office or alternate mobile phone by a call only. */
export const verifyOptions = (phoneType: PhoneType): DeliveryKind[] =>
  phoneType === 'mobile' ? ['sms', 'voice'] : ['voice'];

/** An extension: digits only, at most 10 (the contract's DirectoryPhoneNumber). Empty is none. */
export const extensionValid = (extension: string) => extension === '' || /^[0-9]{1,10}$/.test(extension);

/** The phone type a default method uses (null for the authenticator app). */
export const phoneTypeOfDefault = (method: DefaultMethod): PhoneType | null =>
  method === 'mobile-sms' || method === 'mobile-voice'
    ? 'mobile'
    : method === 'alternate-mobile-voice'
      ? 'alternateMobile'
      : method === 'office-voice'
        ? 'office'
        : null;

const MASK = '•';

/**
 * A directory number ("+1 4255550112x1234") as the page shows it: the calling code and the last two
 * digits, the rest hidden in groups of three ("+1 ••• ••• ••12"), and the extension apart. Anything
 * not in directory format is shown fully hidden rather than as typed.
 */
export function maskDirectoryNumber(directory: string): { masked: string; extension: string | null } {
  const match = /^\+(\d{1,3}) (\d{4,14})(?:x(\d{1,10}))?$/.exec(directory);
  if (!match) return { masked: MASK.repeat(6), extension: null };
  const [, callingCode, national, extension] = match as unknown as [string, string, string, string?];
  const hidden = MASK.repeat(national.length - 2).replace(/(.{3})(?=.)/g, '$1 ');
  return { masked: `+${callingCode} ${hidden}${national.slice(-2)}`, extension: extension ?? null };
}
