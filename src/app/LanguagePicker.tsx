import { type ChangeEvent, useId, useState } from 'react';
import { currentLocale, setLanguage, t, translateWith } from '../content/i18n';
import { isLanguage, LANGUAGES, type Language, rememberLanguage } from '../content/languages';
import { rich } from '../content/rich';
import { useLanguage } from '../content/use-language';

// The picker can switch to any language, whatever the page started in (see i18n.ts, translateWith).
translateWith(() => import('../content/translations'));

const nameOf = (code: Language) => LANGUAGES.find((language) => language.code === code)?.name ?? code;

/**
 * The language of every page: a native <select> (labelled, keyboard and screen-reader friendly
 * everywhere), each language named in itself. A switch changes the words in place: the flow, what
 * was typed and the focus (here) all stay. The choice is remembered on this device, the code only.
 */
export function LanguagePicker() {
  const shown = useLanguage();
  const id = useId();
  // While the chosen language's words download, the select shows it already.
  const [pending, setPending] = useState<Language | null>(null);
  const [failed, setFailed] = useState<Language | null>(null);

  function choose(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLanguage(next)) return;
    setPending(next);
    setFailed(null);
    setLanguage(next).then(
      () => {
        // A later choice may have overtaken this one: remember only the language shown.
        if (currentLocale() === next) rememberLanguage(next);
        setPending((current) => (current === next ? null : current));
      },
      () => {
        setPending((current) => (current === next ? null : current));
        setFailed(next);
      },
    );
  }

  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('app.language.label')}</label>
      <select
        id={id}
        className="input select language-select"
        value={pending ?? shown}
        aria-busy={pending !== null || undefined}
        onChange={choose}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      {failed && (
        <p role="alert" className="language-failed">
          {rich('app.language.failed', {
            language: (
              <bdi lang={failed} dir="auto">
                {nameOf(failed)}
              </bdi>
            ),
          })}
        </p>
      )}
    </div>
  );
}
