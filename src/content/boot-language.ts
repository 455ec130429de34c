// The language, settled before the first render (src/main.tsx calls it before it renders, or
// hydrates), so a person whose browser prefers Arabic never sees English first.
import { setLanguage, translateWith } from './i18n';
import { browserLanguages, type Language, pickedLanguage, resolveLanguage } from './languages';

translateWith(() => import('./translations'));

/**
 * Resolves the language (picked on this device, else the browser's preferred languages), downloads
 * its words for every page, and sets `<html lang dir>`. Resolves to the language shown: English if
 * its words could not be downloaded (a page in English beats no page).
 */
export async function bootLanguage(): Promise<Language> {
  const language = resolveLanguage(browserLanguages(), pickedLanguage());
  try {
    await setLanguage(language, { quietly: false });
    return language;
  } catch {
    await setLanguage('en', { quietly: false });
    return 'en';
  }
}
