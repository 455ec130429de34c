// Names and sorts the countries off the page's main thread (countries.ts, loadCountryOptions).
import { type CountryCode, type CountryOption, nameCountries } from './country-names';

const scope = globalThis as unknown as {
  onmessage:
    | ((event: MessageEvent<{ locale: string; countries: CountryCode[]; rtl: boolean }>) => void)
    | null;
  postMessage(message: CountryOption[]): void;
};

scope.onmessage = ({ data }) => {
  scope.postMessage(nameCountries(data.locale, data.countries, data.rtl));
};
