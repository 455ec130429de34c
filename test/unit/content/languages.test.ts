// Which language a person gets, and what a language switch does to the page and the catalog.
import { bootLanguage } from '../../../src/content/boot-language';
import { currentLocale, setLanguage, t } from '../../../src/content/i18n';
import {
  LANGUAGE_KEY,
  LANGUAGES,
  pickedLanguage,
  rememberLanguage,
  resolveLanguage,
} from '../../../src/content/languages';

afterEach(async () => {
  localStorage.clear();
  await setLanguage('en', { quietly: false });
});

describe('resolveLanguage', () => {
  it('takes the first of the browser’s languages we have, by base language', () => {
    expect(resolveLanguage(['es-MX', 'en-US'], null)).toBe('es');
    expect(resolveLanguage(['ar-EG'], null)).toBe('ar');
    expect(resolveLanguage(['fr-FR', 'de', 'ar-SA', 'es'], null)).toBe('ar');
    expect(resolveLanguage(['es-419'], null)).toBe('es');
    expect(resolveLanguage(['ES'], null)).toBe('es');
    expect(resolveLanguage(['en-GB', 'ar'], null)).toBe('en');
  });

  it('falls back to English when the browser prefers nothing we have, or says nothing', () => {
    expect(resolveLanguage(['fr-FR', 'de-DE'], null)).toBe('en');
    expect(resolveLanguage([], null)).toBe('en');
  });

  it('prefers the language picked on this device over the browser’s', () => {
    expect(resolveLanguage(['es-MX'], 'ar')).toBe('ar');
    expect(resolveLanguage(['ar'], 'en')).toBe('en');
  });

  it('ignores a remembered value that is not a language offered', () => {
    expect(resolveLanguage(['es'], 'de')).toBe('es');
    expect(resolveLanguage(['es'], '{"language":"ar"}')).toBe('es');
  });
});

describe('the languages offered', () => {
  it('are each named in their own language, with their direction', () => {
    expect(LANGUAGES).toEqual([
      { code: 'en', name: 'English', dir: 'ltr' },
      { code: 'es', name: 'Español', dir: 'ltr' },
      { code: 'ar', name: 'العربية', dir: 'rtl' },
    ]);
  });
});

describe('remembering the choice', () => {
  it('keeps the language code, and nothing else, in localStorage', () => {
    rememberLanguage('ar');
    expect({ ...localStorage }).toEqual({ [LANGUAGE_KEY]: 'ar' });
    expect(pickedLanguage()).toBe('ar');
  });

  it('carries on without it when storage is refused', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => rememberLanguage('es')).not.toThrow();
    expect(pickedLanguage()).toBeNull();
  });
});

describe('bootLanguage', () => {
  it('shows a browser that prefers Arabic the page in Arabic, right to left, before anything renders', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar-EG', 'en']);
    await expect(bootLanguage()).resolves.toBe('ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(t('app.name')).toBe('تسجيل الدخول بالخدمة الذاتية');
    expect(currentLocale()).toBe('ar');
  });

  it('uses the language picked before, whatever the browser prefers', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ar']);
    localStorage.setItem(LANGUAGE_KEY, 'es');
    await expect(bootLanguage()).resolves.toBe('es');
    expect(document.documentElement).toHaveAttribute('lang', 'es');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(t('app.skipLink')).toBe('Ir al contenido principal');
  });

  it('stays in English for a browser that prefers English', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    await expect(bootLanguage()).resolves.toBe('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(t('app.name')).toBe('Self-service sign-in');
  });
});

describe('setLanguage', () => {
  it('the last switch asked for wins when two are in flight', async () => {
    await Promise.all([setLanguage('ar'), setLanguage('es')]);
    expect(currentLocale()).toBe('es');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});
