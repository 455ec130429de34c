import { type Country, getCountries, getCountryCallingCode } from 'react-phone-number-input/input';
import { directionOf, isLanguage } from '../content/languages';
import { configuredCountry } from './tenant-country';

export type { Country };

export interface CountryOption {
  country: Country;
  /** "United States (+1)": the name in the page's language, then the calling code. */
  label: string;
}

const cache = new Map<string, CountryOption[]>();

/**
 * Every country the phone library knows, named by the browser in the page's language (no country-name
 * tables shipped) and sorted the way that language sorts.
 */
export function countryOptions(locale: string): CountryOption[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names =
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
  const collator = new Intl.Collator(locale);
  // An <option> holds text only: in a right-to-left language a left-to-right mark before "+1" keeps
  // the sign with its digits, or the bidi algorithm would show "(1+)" (Chromium's closed <select>
  // ignores Unicode's isolates, so the mark it is).
  const rtl = isLanguage(locale) && directionOf(locale) === 'rtl';
  const callingCode = (code: string) => (rtl ? `\u200e+${code}` : `+${code}`);
  const options = getCountries()
    .map((country) => ({
      country,
      name: names?.of(country) ?? country,
      code: getCountryCallingCode(country),
    }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ country, name, code }) => ({ country, label: `${name} (${callingCode(code)})` }));
  cache.set(locale, options);
  return options;
}

/**
 * The tenant's default country: set at build time (VITE_DEFAULT_COUNTRY), United States otherwise,
 * or when the phone library does not know the one set.
 */
export function defaultCountry(): Country {
  const configured = configuredCountry();
  return getCountries().includes(configured as Country) ? (configured as Country) : 'US';
}
