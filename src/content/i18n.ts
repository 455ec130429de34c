// The message catalog: every visible string comes from here by a stable id, so a second language is
// one more catalog (see README, "Add a language"). Messages are plain strings with {name} slots, or
// plural forms picked with Intl.PluralRules by the `count` parameter.
import { en } from './en';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type MessageId = keyof typeof en;
export type Catalog = Record<MessageId, Message>;
export type Params = Record<string, string | number>;

let locale = 'en';
let catalog: Catalog = en;

/** Switch language (the catalog is loaded lazily by the caller). */
export function setCatalog(nextLocale: string, next: Catalog) {
  locale = nextLocale;
  catalog = next;
  if (typeof document !== 'undefined') document.documentElement.lang = nextLocale;
}

export function currentLocale() {
  return locale;
}

export function format(message: Message, params: Params = {}, lang = locale): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(lang).select(Number(params.count ?? 0))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

/** The text for a message id. */
export function t(id: MessageId, params?: Params): string {
  return format(catalog[id] ?? en[id], params);
}

export function hasMessage(id: string): id is MessageId {
  return id in en;
}
