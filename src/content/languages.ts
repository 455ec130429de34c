// The languages the product speaks, and which one a person gets: the one they picked on this device,
// else the first of their browser's preferred languages we have (by base language: es-MX → es),
// else English. Small on purpose: it is in every page's first download.

export const LANGUAGES = [
  // Each named in itself, so a person finds their own language whatever the page shows now.
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];
type Direction = (typeof LANGUAGES)[number]['dir'];

/** localStorage key of the language picked on this device: the language code only, nothing else. */
export const LANGUAGE_KEY = 'self-service-sign-in.language';

export const isLanguage = (code: unknown): code is Language =>
  LANGUAGES.some((language) => language.code === code);

export const directionOf = (code: Language): Direction =>
  LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';

/** The supported language a BCP 47 tag asks for, by its base language ("es-419" → "es"), if any. */
function supported(tag: string): Language | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : null;
}

/** The language to show: the one picked before if it is still offered, else the browser's first we have. */
export function resolveLanguage(preferred: readonly string[], picked: string | null): Language {
  if (isLanguage(picked)) return picked;
  for (const tag of preferred) {
    const match = supported(tag);
    if (match) return match;
  }
  return 'en';
}

/** The language picked on this device; null when none was, or storage is off (private mode, policy). */
export function pickedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers a picked language on this device; a browser that refuses storage just won't remember. */
export function rememberLanguage(code: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, code);
  } catch {
    // Nothing to do: the language still changes for this page.
  }
}

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language].filter(Boolean);
}
