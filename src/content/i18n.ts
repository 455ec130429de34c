// The message catalog: every visible string comes from here by a stable id (see README, "Add a
// language"). Messages are plain strings with {name} slots, or plural forms picked with
// Intl.PluralRules by the `count` parameter.
//
// English is the source and the fallback. It comes in areas, one file each under en/: the areas in
// en/index.ts are on every page; each flow's own area loads with its screens, whose module registers
// it (`addMessages({ smsSignIn })`). Another language mirrors those files (es/, ar/…) and is
// downloaded area by area, only for the language shown and only for the areas registered, so English
// stays the only language in a page's first download.
import { en } from './en';
import type { passwordReset } from './en/password-reset';
import type { passwordSignIn } from './en/password-sign-in';
import type { phone } from './en/phone';
import type { securityInfo } from './en/security-info';
import type { signedIn } from './en/signed-in';
import type { smsSignIn } from './en/sms-sign-in';
import type { verificationErrors } from './en/verification-errors';
import type { verificationScreens } from './en/verification-screens';
import { directionOf, type Language } from './languages';

type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
/** The areas of the catalog that load with the screens that show them, by their export names. */
interface Areas {
  smsSignIn: typeof smsSignIn;
  phone: typeof phone;
  passwordSignIn: typeof passwordSignIn;
  passwordReset: typeof passwordReset;
  signedIn: typeof signedIn;
  securityInfo: typeof securityInfo;
  verificationScreens: typeof verificationScreens;
  verificationErrors: typeof verificationErrors;
}
type PartIds = { [Area in keyof Areas]: keyof Areas[Area] }[keyof Areas];
/** Every message: those on every page (en) and each flow's own part. */
export type MessageId = keyof typeof en | PartIds;
type Catalog = Record<MessageId, Message>;
export type Params = Record<string, string | number>;

/**
 * One area of a translation (es/sms-sign-in.ts…): every id of its English area, no other, each a text
 * or the plural forms its language needs. test/unit/content/parity.test.ts checks the slots and forms.
 */
export type Translation<Area> = { readonly [Id in keyof Area]: Message };
export type { Catalog };

/** An English area's export name to its file: smsSignIn → sms-sign-in. */
const fileOf = (area: string) => area.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

let locale: Language = 'en';
/** English, the fallback: the messages on every page, and each area once its screens have loaded. */
let english: Partial<Catalog> = en;
/** The messages of the language shown (English's own object while English is shown). */
let catalog: Partial<Catalog> = en;
/** The area files whose English is in ('index': those on every page): what a language needs. */
const registered = new Set<string>(['index']);

type Translations = typeof import('./translations');
let translations: (() => Promise<Translations>) | null = null;

/**
 * Where the code that downloads translations comes from: `translateWith(() => import('./translations'))`,
 * called by the modules in the app's entry (boot-language.ts, the language picker). It is a chunk of
 * its own, which a page in English never downloads; and an import() here, in a module the entry shares
 * with the pages, would cost every page a chunk more.
 */
export function translateWith(load: () => Promise<Translations>) {
  translations = load;
}

/** Every registered area in a language, as one catalog. */
async function catalogIn(language: Language): Promise<Partial<Catalog>> {
  if (!translations) throw new Error('translateWith() was not called: no translations can load.');
  const { translate } = await translations();
  for (;;) {
    const files = [...registered];
    const translated = await translate(language, files);
    // Areas registered while those downloaded are wanted too.
    if (registered.size === files.length) return translated;
  }
}

/**
 * Resolves once every registered area is there in the language shown (or could not be downloaded:
 * English stands in for it, and the next switch tries again).
 */
function messagesReady(): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  const language = locale;
  return catalogIn(language).then(
    (translated) => {
      if (locale === language) catalog = translated;
    },
    () => undefined,
  );
}

/**
 * For the import() of lazy screens: `lazy(() => import('./View').then(wordsLoaded))`. The screens'
 * module registers its words (addMessages) as it loads; this waits for them in the language shown,
 * so a screen never shows English first.
 */
export const wordsLoaded = <Module>(module: Module): Promise<Module> => messagesReady().then(() => module);

/**
 * Registers the English of areas that load with their screens, keyed by their export names
 * (`addMessages({ smsSignIn, phone })`, at the top of the screens' module), and starts downloading
 * them in the language shown; whoever lazily imports that module waits for them (wordsLoaded).
 */
export function addMessages(areas: Partial<Areas>): Promise<void> {
  for (const [name, part] of Object.entries(areas)) {
    english = { ...english, ...(part as Partial<Catalog>) };
    registered.add(fileOf(name));
  }
  if (locale === 'en') catalog = english;
  return messagesReady();
}

type Listener = () => void;
const listeners = new Set<Listener>();
/** A language switch just happened: live regions hold their tongue while their words are replaced. */
let switching = false;
let switchTimer: ReturnType<typeof setTimeout> | undefined;
/** Long enough for assistive technology to take in the new words as they are, not as news. */
const QUIET_AFTER_SWITCH_MS = 500;
let latestRequest = 0;

const notify = () => {
  for (const listener of listeners) listener();
};

/** @see useLanguage (content/use-language.ts) */
export function subscribeLanguage(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the words on screen are being replaced by another language's (a moment after a switch). */
export function isSwitchingLanguage(): boolean {
  return switching;
}

/** `<html lang dir>` for the language shown. */
function applyToDocument(language: Language) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/**
 * Shows every registered area in another language: downloads what is missing first, then switches
 * at once (components re-render through useLanguage; nothing else changes). Rejects, keeping the
 * language shown, if the words could not be downloaded. With several switches in flight, the last
 * one asked for wins.
 */
export async function setLanguage(next: Language, { quietly = true } = {}): Promise<void> {
  const request = ++latestRequest;
  const translated = next === 'en' ? english : await catalogIn(next);
  if (request !== latestRequest) return;
  locale = next;
  catalog = next === 'en' ? english : translated;
  applyToDocument(next);
  if (quietly) {
    switching = true;
    clearTimeout(switchTimer);
    switchTimer = setTimeout(() => {
      switching = false;
      notify();
    }, QUIET_AFTER_SWITCH_MS);
  }
  notify();
}

export function currentLocale(): Language {
  return locale;
}

function format(message: Message, params: Params = {}, lang: string = locale): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(lang).select(Number(params.count ?? 0))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    if (!(name in params)) return slot;
    const value = params[name]!;
    // Numbers in the language's own way (its digits, its grouping).
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}

/** The text for a message id; the id itself (and an error in development) if its area has not loaded. */
export function t(id: MessageId, params?: Params): string {
  const own = catalog[id];
  const message = own ?? english[id];
  if (message === undefined) {
    if (import.meta.env.DEV) console.error(`No message "${id}": its part of the catalog has not loaded.`);
    return id;
  }
  // English words in another language's sentence: its plural rules would pick the wrong form.
  return format(message, params, own === undefined ? 'en' : locale);
}
