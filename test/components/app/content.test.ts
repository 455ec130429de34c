// The message catalog is tested like code: every id is well formed, every message has words, and
// every {slot} is closed and named.
import { PROBLEM_CODES } from '../../../src/api/errors';
import { en } from '../../../src/content/en';
import { passwordReset } from '../../../src/content/en/password-reset';
import { passwordSignIn } from '../../../src/content/en/password-sign-in';
import { phone } from '../../../src/content/en/phone';
import { securityInfo } from '../../../src/content/en/security-info';
import { signedIn } from '../../../src/content/en/signed-in';
import { smsSignIn } from '../../../src/content/en/sms-sign-in';
import { verificationErrors } from '../../../src/content/en/verification-errors';
import { verificationScreens } from '../../../src/content/en/verification-screens';
import { addMessages, type Message, type MessageId, t } from '../../../src/content/i18n';

// The parts that load with their screens are part of the catalog too.
const areas = {
  smsSignIn,
  phone,
  passwordSignIn,
  passwordReset,
  signedIn,
  securityInfo,
  verificationScreens,
  verificationErrors,
};
const parts = Object.assign({}, ...Object.values(areas)) as Record<string, Message>;
await addMessages(areas);

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

const forms = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['', message]] : Object.entries(message);

/** Problems with the {slots} of one text: unbalanced braces, empty or non-word names. */
function slotProblems(text: string): string[] {
  const problems: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      if (open >= 0) problems.push(`"{" inside a slot at ${i}`);
      open = i;
    } else if (char === '}') {
      if (open < 0) problems.push(`"}" without "{" at ${i}`);
      else if (!/^\w+$/.test(text.slice(open + 1, i)))
        problems.push(`bad slot name "${text.slice(open + 1, i)}"`);
      open = -1;
    }
  }
  if (open >= 0) problems.push(`"{" never closed at ${open}`);
  return problems;
}

const entries = Object.entries({ ...en, ...parts }) as [MessageId, Message][];

describe('message catalog (English)', () => {
  it('has messages', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)('%s is well formed', (id, message) => {
    expect(id).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/);
    if (typeof message !== 'string') {
      expect(message).toHaveProperty('other');
      for (const form of Object.keys(message))
        expect(PLURAL_FORMS, `${id}: plural form ${form}`).toContain(form);
    }
    for (const [form, text] of forms(message)) {
      expect(text.trim(), `${id} ${form}`).not.toBe('');
      expect(slotProblems(text), `${id} ${form}: ${text}`).toEqual([]);
      expect(text, `${id} ${form}: stray whitespace`).toBe(text.trim());
    }
    expect(t(id, { count: 2 })).not.toBe('');
  });

  it('the slot checker catches what it should', () => {
    expect(slotProblems('Try again in {wait}')).toEqual([]);
    expect(slotProblems('Try again in {wait')).not.toEqual([]);
    expect(slotProblems('Try again in wait}')).not.toEqual([]);
    expect(slotProblems('Try {a {b}}')).not.toEqual([]);
    expect(slotProblems('Try {}')).not.toEqual([]);
    expect(slotProblems('Try {two words}')).not.toEqual([]);
  });

  it('formats page titles from the catalog', () => {
    expect(t('app.documentTitle', { page: 'Page not found', appName: t('app.name') })).toBe(
      'Page not found – Self-service sign-in',
    );
  });
});

describe('error messages', () => {
  const errorMessages = Object.entries({ ...en, ...parts }).filter(([id]) => id.startsWith('error.'));
  const codes = [...PROBLEM_CODES, 'network-error', 'timeout', 'unexpected-response'];

  it('has a title and a next step for every code, contract and client alike', () => {
    for (const code of codes) {
      expect(t(`error.${code}.title` as MessageId), code).not.toBe(`error.${code}.title`);
      expect(t(`error.${code}.detail` as MessageId), code).not.toBe(`error.${code}.detail`);
    }
    expect(errorMessages.filter(([id]) => id.endsWith('.title'))).toHaveLength(codes.length);
  });

  it('never says two different failures in the same words', () => {
    for (const part of ['title', 'detail']) {
      const texts = errorMessages
        .filter(([id]) => id.endsWith(`.${part}`))
        .map(([, message]) => JSON.stringify(message));
      expect(new Set(texts).size, part).toBe(texts.length);
    }
  });
});
