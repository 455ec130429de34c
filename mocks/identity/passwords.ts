// The password rules (src/behaviour.md#new-password-rules): 8–256 characters, 3 of 4 character classes, and a banned list
// checked the way Entra's password protection does it (normalise, fuzzy-match, score).
import type { PasswordPolicy, PasswordViolation } from '../../src/api/types';
import { digest53 } from './digest';
import { PASSWORD_POLICY } from './policy';

export const passwordPolicy = (): PasswordPolicy => ({ ...PASSWORD_POLICY });

/**
 * A stand-in for a password hash (a real backend uses a slow KDF): the point is that the state,
 * which the demo persists in sessionStorage, never holds a password.
 */
export function passwordDigest(userId: string, password: string): string {
  return digest53(`${userId}\u0000${password}`).toString(36);
}

/** Common passwords and the organisations' own names, written in their normalised form. */
const BANNED = [
  'password',
  'passphrase',
  'contoso',
  'fabrikam',
  'welcome',
  'letmein',
  'qwerty',
  'qwertyuiop',
  'iloveyou',
  'admin',
  'administrator',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'summer',
  'winter',
  'spring',
  'autumn',
  'changeme',
  'secret',
  'master',
  'shadow',
  'superman',
  'whatever',
  'freedom',
];

/** Entra's rule: each banned term found counts 1 point, every other character 1; fewer than 5 fails. */
const MINIMUM_SCORE = 5;

const SUBSTITUTIONS: Record<string, string> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/**
 * The forms a password is compared in: lower-cased, leading and trailing digits and symbols
 * trimmed ("Summer2024!" is "summer"), look-alikes replaced ("P@ssw0rd" is "password"). "1" reads as
 * either "l" or "i", so both readings are checked.
 */
export function normalisedForms(password: string): string[] {
  const trimmed = password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const substituted = [...trimmed].map((ch) => SUBSTITUTIONS[ch] ?? ch).join('');
  const forms = new Set([substituted.replaceAll('1', 'l'), substituted.replaceAll('1', 'i')]);
  return [...forms];
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A form that contains banned terms and too little else; null when it contains none. */
function score(form: string): number | null {
  let rest = form;
  let terms = 0;
  for (const term of [...BANNED].sort((x, y) => y.length - x.length)) {
    while (rest.includes(term)) {
      rest = rest.replace(term, '\u0000');
      terms++;
    }
  }
  return terms === 0 ? null : terms + rest.replaceAll('\u0000', '').length;
}

export function isBanned(password: string): boolean {
  return normalisedForms(password).some((form) => {
    const points = score(form);
    return BANNED.some((term) => withinOneEdit(form, term)) || (points !== null && points < MINIMUM_SCORE);
  });
}

function nameTokens(user: { username: string; displayName: string }): string[] {
  const local = user.username.split('@')[0] ?? '';
  return [local, ...user.displayName.split(/\s+/)]
    .map((token) => token.toLowerCase())
    .filter((token) => token.length >= 3);
}

function characterClasses(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
}

export interface PasswordVerdict {
  /** Fails the policy: the answer is password-weak. */
  weak: boolean;
  violations: PasswordViolation[];
}

/** Every reason a new password is refused, so the person fixes them all at once. */
export function judgePassword(
  password: string,
  user: { username: string; displayName: string },
): PasswordVerdict {
  const length = [...password].length;
  const violations: PasswordViolation[] = [];
  if (length < PASSWORD_POLICY.minLength) violations.push('too-short');
  if (length > PASSWORD_POLICY.maxLength) violations.push('too-long');
  if (characterClasses(password) < PASSWORD_POLICY.minCharacterClasses) {
    violations.push('too-few-character-classes');
  }
  const weak = violations.length > 0;
  if (isBanned(password)) violations.push('banned');
  const names = nameTokens(user);
  if (normalisedForms(password).some((form) => names.some((name) => form.includes(name)))) {
    violations.push('contains-user-name');
  }
  return { weak, violations };
}
