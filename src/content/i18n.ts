// The message catalog: every visible string comes from here by a stable id, so a second language is
// one more catalog (see README, "Add a language"). Messages are plain strings with {name} slots, or
// plural forms picked with Intl.PluralRules by the `count` parameter.
import { en } from './en';
import type { passwordReset } from './en/password-reset';
import type { passwordSignIn } from './en/password-sign-in';
import type { phone } from './en/phone';
import type { securityInfo } from './en/security-info';
import type { signedIn } from './en/signed-in';
import type { smsSignIn } from './en/sms-sign-in';
import type { verificationErrors } from './en/verification-errors';
import type { verificationScreens } from './en/verification-screens';

type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
/** The parts of the catalog that load with the screens that show them. */
type Parts = typeof smsSignIn &
  typeof phone &
  typeof passwordSignIn &
  typeof passwordReset &
  typeof signedIn &
  typeof securityInfo &
  typeof verificationScreens &
  typeof verificationErrors;
/** Every message: those on every page (en) and each flow's own part. */
export type MessageId = keyof typeof en | keyof Parts;
export type Catalog = Record<MessageId, Message>;
export type Params = Record<string, string | number>;

let locale = 'en';
/** English, the fallback: the messages on every page, and each part once its screens have loaded. */
let english: Partial<Catalog> = en;
let catalog: Partial<Catalog> = en;

/** English messages that load with the screens that show them (a lazily loaded part). */
export function addMessages(part: Partial<Catalog>) {
  english = { ...english, ...part };
  if (locale === 'en') catalog = english;
}

/**
 * Switch language (the catalog is loaded lazily by the caller); see README, "Add a language".
 * @public
 */
export function setCatalog(nextLocale: string, next: Catalog) {
  locale = nextLocale;
  catalog = next;
  if (typeof document !== 'undefined') document.documentElement.lang = nextLocale;
}

export function currentLocale() {
  return locale;
}

function format(message: Message, params: Params = {}, lang = locale): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(lang).select(Number(params.count ?? 0))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

/** The text for a message id; the id itself (and an error in development) if its part has not loaded. */
export function t(id: MessageId, params?: Params): string {
  const message = catalog[id] ?? english[id];
  if (message === undefined) {
    if (import.meta.env.DEV) console.error(`No message "${id}": its part of the catalog has not loaded.`);
    return id;
  }
  return format(message, params);
}
