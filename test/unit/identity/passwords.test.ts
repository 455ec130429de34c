import { describe, expect, it } from 'vitest';
import { isBanned, judgePassword, normalisedForms } from '../../../mocks/identity/passwords';
import type { PasswordViolation } from '../../../src/api/types';

const megan = { username: 'megan@contoso.example', displayName: 'Megan Bowen' };

describe('the password policy', () => {
  it.each<{ password: string; weak: boolean; violations: PasswordViolation[] }>([
    { password: 'Ab1!', weak: true, violations: ['too-short'] },
    { password: 'Abcdefg1', weak: false, violations: [] },
    { password: 'abcdefgh', weak: true, violations: ['too-few-character-classes'] },
    { password: 'abcdefg1', weak: true, violations: ['too-few-character-classes'] },
    { password: 'abcdefg!1', weak: false, violations: [] },
    { password: 'ABCDEFG!1', weak: false, violations: [] },
    { password: `Aa1!${'x'.repeat(252)}`, weak: false, violations: [] },
    { password: `Aa1!${'x'.repeat(253)}`, weak: true, violations: ['too-long'] },
    { password: 'ümlaut-Ölk9', weak: false, violations: [] },
  ])('$password: weak $weak, $violations', ({ password, weak, violations }) => {
    expect(judgePassword(password, megan)).toEqual({ weak, violations });
  });

  it('reports every reason at once, weak and banned together', () => {
    expect(judgePassword('Qwerty', megan)).toEqual({
      weak: true,
      violations: ['too-short', 'too-few-character-classes', 'banned'],
    });
    expect(judgePassword('megan', megan)).toEqual({
      weak: true,
      violations: ['too-short', 'too-few-character-classes', 'contains-user-name'],
    });
  });
});

describe('the banned-password list', () => {
  it.each([
    ['normalises case, trims digits and symbols at the ends', 'Summer2026!', ['summer']],
    ['reads look-alikes as letters', 'P@$$w0rd', ['password']],
    ['reads 1 as l or i', 'W1nter', ['wlnter', 'winter']],
    ['substitutes 3 4 5 7 inside the word', 'Sh4d0w-M4s7er', ['shadow-master']],
    ['trims before substituting, so digits at the ends are not letters', '5h4d0w73', ['hadow']],
  ])('%s: %s', (_rule, password, forms) => {
    expect(normalisedForms(password)).toEqual(forms);
  });

  it.each([
    'password',
    'Password1',
    'P@ssw0rd!',
    '!!Contoso2026',
    'passw0rdd', // one edit away
    'Pa55word', // substitution
    'Passwrd12', // one deletion away
    'Welc0me!!',
    'MyPassw0rd', // a banned word and too little else (score 3 < 5)
    'W1nter-22',
    'fabrikam',
  ])('refuses %s', (password) => {
    expect(isBanned(password)).toBe(true);
  });

  it.each([
    'Passw0rd!demo', // the banned word plus enough else (score 6)
    'Harbour-Lights-42',
    'correct horse battery staple',
    'Tr0ub4dor&3',
  ])('accepts %s', (password) => {
    expect(isBanned(password)).toBe(false);
  });

  it.each([
    ['the user name', 'Megan2026!!'],
    ['the surname', 'xx-Bowen-77'],
    ['a look-alike of the name', 'M3gan-rules!'],
  ])('refuses a password containing %s: %s', (_what, password) => {
    expect(judgePassword(password, megan).violations).toContain('contains-user-name');
  });
});
