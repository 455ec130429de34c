// Countries named by the browser in a language and sorted the way it sorts (no country-name tables
// shipped). Shared by the page and the worker that names them off the main thread
// (country-names.worker.ts): building Intl.DisplayNames loads every region's name, some 10–30 ms.
import type { Country } from 'react-phone-number-input/input';

export interface CountryOption {
  country: Country;
  /** "United States (+1)": the name in the page's language, then the calling code. */
  label: string;
}

export interface CountryCode {
  country: Country;
  /** The calling code, without "+". */
  code: string;
}

/** `rtl`: the language is written right to left. */
export function nameCountries(locale: string, countries: CountryCode[], rtl: boolean): CountryOption[] {
  const names =
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
  const collator = new Intl.Collator(locale);
  // An <option> holds text only: in a right-to-left language a left-to-right mark before "+1" keeps
  // the sign with its digits, or the bidi algorithm would show "(1+)" (Chromium's closed <select>
  // ignores Unicode's isolates, so the mark it is).
  const callingCode = (code: string) => (rtl ? `\u200e+${code}` : `+${code}`);
  return countries
    .map(({ country, code }) => ({ country, name: names?.of(country) ?? country, code }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ country, name, code }) => ({ country, label: `${name} (${callingCode(code)})` }));
}
