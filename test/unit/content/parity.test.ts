// Every translation says everything English says, and nothing else: for each language folder
// (src/content/es/, ar/…) and each English area file, the same ids, the same {slots}, and plural
// messages with exactly the forms the language's Intl.PluralRules picks from. A failure names the
// file and each id to add, remove or fix.
import type { Message } from '../../../src/content/i18n';
import { LANGUAGES } from '../../../src/content/languages';

type Module = Record<string, Record<string, Message>>;
const modules = import.meta.glob<Module>('../../../src/content/*/*.ts', { eager: true });

/** { en: { app: {...}, 'sms-sign-in': {...} }, es: {...} }: each area file's messages by language. */
const catalogs: Record<string, Record<string, Record<string, Message>>> = {};
for (const [path, module] of Object.entries(modules)) {
  const [, language, file] = /\/content\/([^/]+)\/([^/]+)\.ts$/.exec(path) as unknown as [
    string,
    string,
    string,
  ];
  const exportName = file === 'index' ? (language === 'en' ? 'en' : 'messages') : camelOf(file);
  catalogs[language] = { ...catalogs[language], [file]: module[exportName] ?? {} };
}

function camelOf(file: string) {
  return file.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const english = catalogs.en!;
const translations = Object.keys(catalogs).filter((language) => language !== 'en');

const CLDR_ORDER: string[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const slotsOf = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
const texts = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['', message]] : Object.entries(message);
const setText = (slots: Set<string>) => `{${[...slots].sort().join('}, {')}}`;

/** What is wrong with one translated message, in words; [] when nothing is. */
function messageProblems(language: string, id: string, source: Message, translated: Message): string[] {
  const problems: string[] = [];
  const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort(
    (a, b) => CLDR_ORDER.indexOf(a) - CLDR_ORDER.indexOf(b),
  );
  const englishSlots = new Set(texts(source).flatMap(([, text]) => [...slotsOf(text)]));

  for (const [form, text] of texts(translated)) {
    const where = form ? `${id} (${form})` : id;
    if (text.trim() === '') problems.push(`${where}: empty`);
    else if (text !== text.trim()) problems.push(`${where}: stray whitespace at an end`);
    for (const slot of slotsOf(text))
      if (!englishSlots.has(slot)) problems.push(`${where}: slot {${slot}} is not in English`);
    // A plural form may say its number in words ("محاولتان"), but every other slot is there.
    for (const slot of englishSlots)
      if (!slotsOf(text).has(slot) && !(form && slot === 'count'))
        problems.push(`${where}: slot {${slot}} is missing (English has ${setText(englishSlots)})`);
  }

  if (typeof translated === 'string') {
    if (typeof source !== 'string' && categories.some((category) => category !== 'other'))
      problems.push(`${id}: English has plural forms; give the ${language} forms ${categories.join(', ')}`);
  } else {
    const forms = Object.keys(translated);
    const missing = categories.filter((category) => !forms.includes(category));
    const unusable = forms.filter((form) => !(categories as string[]).includes(form));
    if (missing.length) problems.push(`${id}: plural forms missing for ${language}: ${missing.join(', ')}`);
    if (unusable.length)
      problems.push(
        `${id}: plural forms ${language} never uses: ${unusable.join(', ')} (it has ${categories.join(', ')})`,
      );
    if (englishSlots.has('count') && !slotsOf(translated.other).has('count'))
      problems.push(`${id} (other): slot {count} is missing`);
  }
  return problems;
}

/** What is wrong with one translated area file: missing and extra ids first, then each message. */
function areaProblems(language: string, file: string): string[] {
  const source = english[file]!;
  const translated = catalogs[language]![file];
  if (!translated)
    return [`src/content/${language}/${file}.ts is missing: copy src/content/en/${file}.ts and translate it`];
  const problems: string[] = [];
  for (const id of Object.keys(source))
    if (!(id in translated)) problems.push(`missing id: '${id}' (English: ${JSON.stringify(source[id])})`);
  for (const id of Object.keys(translated)) if (!(id in source)) problems.push(`id not in English: '${id}'`);
  for (const [id, message] of Object.entries(translated))
    if (id in source) problems.push(...messageProblems(language, id, source[id]!, message));
  return problems;
}

describe('translations match the English catalog', () => {
  it('every language offered has a folder, and every folder is offered', () => {
    expect(Object.keys(catalogs).sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('English plural messages have exactly the English forms', () => {
    const problems = Object.values(english).flatMap((area) =>
      Object.entries(area).flatMap(([id, message]) => messageProblems('en', id, message, message)),
    );
    expect(problems).toEqual([]);
  });

  describe.each(translations)('%s', (language) => {
    it.each(Object.keys(english).filter((file) => file !== 'index'))(`${language}/%s.ts`, (file) => {
      expect(areaProblems(language, file)).toEqual([]);
    });

    it('has no file English does not have', () => {
      const extra = Object.keys(catalogs[language]!).filter((file) => !(file in english));
      expect(extra.map((file) => `src/content/${language}/${file}.ts`)).toEqual([]);
    });

    it(`${language}/index.ts has the areas on every page that en/index.ts has`, () => {
      expect(Object.keys(catalogs[language]!.index ?? {}).sort()).toEqual(Object.keys(english.index!).sort());
    });

    it('never says two different failures in the same words', () => {
      const all = Object.assign({}, ...Object.values(catalogs[language]!)) as Record<string, Message>;
      for (const part of ['title', 'detail']) {
        const said = Object.entries(all)
          .filter(([id]) => id.startsWith('error.') && id.endsWith(`.${part}`))
          .map(([, message]) => JSON.stringify(message));
        expect(new Set(said).size, part).toBe(said.length);
      }
    });
  });
});

describe('the parity check itself', () => {
  const check = (language: string, source: Message, translated: Message) =>
    messageProblems(language, 'x.y', source, translated);

  it('accepts a faithful translation', () => {
    expect(check('es', 'Wait {wait}.', 'Espera {wait}.')).toEqual([]);
    expect(
      check(
        'es',
        { one: '{count} try', other: '{count} tries' },
        { one: '{count} intento', many: '{count} de intentos', other: '{count} intentos' },
      ),
    ).toEqual([]);
  });

  it('names a slot missing, a slot added, an empty text', () => {
    expect(check('es', 'Wait {wait}.', 'Espera.')).toEqual([
      'x.y: slot {wait} is missing (English has {wait})',
    ]);
    expect(check('es', 'Wait.', 'Espera {wait}.')).toEqual(['x.y: slot {wait} is not in English']);
    expect(check('es', 'Wait.', ' ')).toEqual(['x.y: empty']);
  });

  it('names plural forms the language needs and forms it cannot use', () => {
    expect(
      check('es', { one: '{count} try', other: '{count} tries' }, { one: '1', other: '{count}' }),
    ).toEqual(['x.y: plural forms missing for es: many']);
    expect(
      check('ar', { one: '{count} try', other: '{count} tries' }, { one: 'a', two: 'b', other: '{count}' }),
    ).toEqual(['x.y: plural forms missing for ar: zero, few, many']);
    expect(
      check(
        'es',
        { one: '{count}', other: '{count}' },
        { one: '1', two: '2', many: '{count}', other: '{count}' },
      ),
    ).toEqual(['x.y: plural forms es never uses: two (it has one, many, other)']);
    expect(check('es', { one: '{count}', other: '{count}' }, '{count}')).toEqual([
      'x.y: English has plural forms; give the es forms one, many, other',
    ]);
  });

  it('lets a plural form say its number in words, but not the form for any number', () => {
    expect(
      check('ar', '{count} digits', {
        zero: 'a',
        one: 'b',
        two: 'c',
        few: '{count} d',
        many: '{count} e',
        other: '{count} f',
      }),
    ).toEqual([]);
    expect(
      check('ar', '{count} digits', {
        zero: 'a',
        one: 'b',
        two: 'c',
        few: '{count}',
        many: '{count}',
        other: 'f',
      }),
    ).toEqual(['x.y (other): slot {count} is missing']);
  });
});
