// Downloads translations, area by area: loaded by i18n.ts only when a page is shown in a language
// other than English, so neither this code nor any translation is in an English page's download.
import type { Catalog } from './i18n';
import type { Language } from './languages';

// Every translated area file, each its own chunk: './es/sms-sign-in.ts' exports `smsSignIn`, named
// as its English twin; './es/index.ts' exports the areas on every page as `messages`.
const files = import.meta.glob<Record<string, Partial<Catalog>>>(['./*/*.ts', '!./en/**']);

const camelOf = (file: string) => file.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Areas downloaded, by `${language}/${file}` (a download in flight too; a failed one is forgotten). */
const areas = new Map<string, Promise<Partial<Catalog>>>();

function area(language: Language, file: string): Promise<Partial<Catalog>> {
  const key = `${language}/${file}`;
  let pending = areas.get(key);
  if (!pending) {
    const load = files[`./${key}.ts`];
    // A language without this area (not translated yet) keeps English for it.
    pending = load
      ? load().then((module) => module[file === 'index' ? 'messages' : camelOf(file)] ?? {})
      : Promise.resolve({});
    pending.catch(() => areas.delete(key));
    areas.set(key, pending);
  }
  return pending;
}

/** The given area files ('index', 'sms-sign-in'…) in a language, as one catalog. */
export async function translate(language: Language, wanted: readonly string[]): Promise<Partial<Catalog>> {
  const parts = await Promise.all(wanted.map((file) => area(language, file)));
  return Object.assign({}, ...parts);
}
