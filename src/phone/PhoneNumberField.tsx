import { useEffect, useId, useRef, useState } from 'react';
import PhoneInput, {
  type Country,
  isSupportedCountry,
  parsePhoneNumber,
} from 'react-phone-number-input/input';
import { t } from '../content/i18n';
import { useLanguage } from '../content/use-language';
import { FieldFrame, useFieldIds } from '../ui/field';
import { useHydrated } from '../ui/hydrated';
import { type CountryOption, countryOptions, loadCountryOptions } from './countries';
import type { PhoneProblem } from './validate';

interface PhoneNumberFieldProps {
  /** E.164, or '' while nothing valid-looking is typed. */
  value: string;
  country: Country | undefined;
  onChange: (value: string, country: Country | undefined) => void;
  problem: PhoneProblem | null;
  /** A message from the backend about the number, shown like a field message. */
  backendMessage?: string | null;
  disabled?: boolean;
}

const PROBLEMS = {
  required: 'phone.problem.required',
  country: 'phone.problem.country',
  'too-short': 'phone.problem.tooShort',
  'too-long': 'phone.problem.tooLong',
  invalid: 'phone.problem.invalid',
} as const;

/**
 * Country or region, then the number: two labelled fields, no flag images (no third-party requests,
 * nothing to load). Spaces, dashes and brackets are accepted as typed; a number typed with "+" and
 * its country code picks the country by itself.
 */
export function PhoneNumberField({
  value,
  country: given,
  onChange,
  problem,
  backendMessage,
  disabled,
}: PhoneNumberFieldProps) {
  // A country the library does not know (a build's misconfigured default) is no country chosen.
  const country = given && isSupportedCountry(given) ? given : undefined;
  const countryId = useId();
  const language = useLanguage();
  // Country names come from the browser (Intl.DisplayNames), and no two agree on all of them: the
  // prerendered HTML, and so the hydration, list only the chosen country (its name unchecked). Naming
  // every country holds the main thread 10–30 ms: a fresh render does it at once, a hydrated page has
  // it done in a worker while the page starts (or at once, should the list be opened first), and the
  // full list follows, as new <option>s.
  const hydrated = useHydrated();
  const [named, setNamed] = useState(hydrated);
  useEffect(() => {
    if (named) return;
    let live = true;
    void loadCountryOptions(language).then(() => {
      if (live) setNamed(true);
    });
    return () => {
      live = false;
    };
  }, [named, language]);
  const nameNow = () => setNamed(true);
  const chosen = (): CountryOption[] =>
    country
      ? [
          {
            country,
            // the build names it; the browser keeps that text through hydration
            label: import.meta.env.SSR
              ? (countryOptions(language).find((option) => option.country === country)?.label ?? country)
              : '',
          },
        ]
      : [];
  // named: from the cache the worker filled, or made here (a switch to another language, too)
  const options = named ? countryOptions(language) : chosen();
  const countryError = problem === 'country' ? t(PROBLEMS.country) : null;
  const numberError = problem && problem !== 'country' ? t(PROBLEMS[problem]) : (backendMessage ?? null);
  const country_ = useFieldIds(countryId, { error: countryError });
  const number = useFieldIds(undefined, { hint: true, error: numberError });
  const select = useRef<HTMLSelectElement>(null);

  // A refused number, whether the browser or the backend refused it, puts the person back in the
  // field that needs fixing, where its message is read out.
  useEffect(() => {
    if (problem === 'country') select.current?.focus();
    else if (problem || backendMessage) document.getElementById(number.inputId)?.focus();
  }, [problem, backendMessage, number.inputId]);

  return (
    <div className="phone-field">
      <FieldFrame label={t('phone.country.label')} error={countryError} {...country_}>
        <select
          ref={select}
          id={country_.inputId}
          className="input select"
          value={country ?? ''}
          disabled={disabled}
          autoComplete="tel-country-code"
          aria-invalid={countryError ? true : undefined}
          aria-describedby={country_.describedBy}
          onChange={(event) => onChange(value, (event.target.value || undefined) as Country | undefined)}
          onFocus={nameNow}
          onPointerDown={nameNow}
        >
          <option value="">{t('phone.country.none')}</option>
          {options.map((option) => (
            <option
              key={named ? option.country : `${option.country} (prerendered)`}
              value={option.country}
              suppressHydrationWarning
            >
              {option.label}
            </option>
          ))}
        </select>
      </FieldFrame>
      <FieldFrame
        label={t('phone.number.label')}
        hint={t('phone.number.hint')}
        error={numberError}
        {...number}
      >
        <PhoneInput
          id={number.inputId}
          className="input"
          defaultCountry={country}
          value={value || undefined}
          onChange={(next) => {
            const detected = next ? parsePhoneNumber(next)?.country : undefined;
            onChange(next ?? '', detected ?? country);
          }}
          type="tel"
          // a number reads left to right in every language
          dir="ltr"
          autoComplete="tel"
          inputMode="tel"
          disabled={disabled}
          aria-invalid={numberError ? true : undefined}
          aria-describedby={number.describedBy}
        />
      </FieldFrame>
    </div>
  );
}
