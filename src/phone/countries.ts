import { type Country, getCountries, getCountryCallingCode } from 'react-phone-number-input/input';
import { directionOf, isLanguage } from '../content/languages';
import { type CountryOption, nameCountries } from './country-names';
import { configuredCountry } from './tenant-country';

export type { Country, CountryOption };

const cache = new Map<string, CountryOption[]>();
const loading = new Map<string, Promise<CountryOption[]>>();

/** The countries and their calling codes, and how to write a code in `locale` (see country-names.ts). */
const request = (locale: string) => ({
  locale,
  countries: getCountries().map((country) => ({ country, code: getCountryCallingCode(country) })),
  rtl: isLanguage(locale) && directionOf(locale) === 'rtl',
});

/**
 * Every country the phone library knows, named by the browser in the page's language (no country-name
 * tables shipped) and sorted the way that language sorts: at once, on the main thread.
 */
export function countryOptions(locale: string): CountryOption[] {
  let options = cache.get(locale);
  if (!options) {
    const { countries, rtl } = request(locale);
    options = nameCountries(locale, countries, rtl);
    cache.set(locale, options);
  }
  return options;
}

/**
 * The same list, made in a worker so that the main thread stays free while a page starts; where there
 * is no Worker (a test's DOM) or it fails, made here.
 */
export function loadCountryOptions(locale: string): Promise<CountryOption[]> {
  const known = cache.get(locale);
  if (known) return Promise.resolve(known);
  if (typeof Worker === 'undefined') return Promise.resolve(countryOptions(locale));
  let pending = loading.get(locale);
  if (!pending) {
    pending = new Promise<CountryOption[]>((resolve) => {
      const worker = new Worker(new URL('./country-names.worker.ts', import.meta.url), { type: 'module' });
      const done = (options: CountryOption[]) => {
        worker.terminate();
        loading.delete(locale);
        if (!cache.has(locale)) cache.set(locale, options);
        resolve(cache.get(locale)!);
      };
      worker.onmessage = (event: MessageEvent<CountryOption[]>) => done(event.data);
      worker.onerror = () => done(countryOptions(locale));
      worker.postMessage(request(locale));
    });
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The tenant's default country: set at build time (VITE_DEFAULT_COUNTRY), United States otherwise,
 * or when the phone library does not know the one set.
 */
export function defaultCountry(): Country {
  const configured = configuredCountry();
  return getCountries().includes(configured as Country) ? (configured as Country) : 'US';
}
