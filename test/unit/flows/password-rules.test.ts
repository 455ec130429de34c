// The new password's live checklist (the client) and the backend's policy check (the simulator) are
// two implementations of the contract's rules: fed the same strings, they must agree.
import fc from 'fast-check';
import { judgePassword } from '../../../mocks/identity/passwords';
import { PASSWORD_POLICY } from '../../../mocks/identity/policy';
import { checkPolicy } from '../../../src/flows/password-reset/password-rules';

const user = { username: 'megan@contoso.example', displayName: 'Megan Bowen' };
const policy = { ...PASSWORD_POLICY };
function agree(password: string) {
  expect(checkPolicy(password, policy).met, JSON.stringify(password)).toBe(
    !judgePassword(password, user).weak,
  );
}

describe('the checklist and the backend agree on the policy', () => {
  it.each([
    'Tr0ub4dor&3x',
    'short1A',
    'alllowercase1',
    'ALLUPPER123!',
    'ünïcödé-ÜNÏ',
    'пароль-ПАРОЛЬ',
    '密码密码密码密码1!',
    '🙂🙂🙂🙂🙂🙂🙂a1',
    ' '.repeat(12),
    `Aa1${'x'.repeat(253)}`,
    `Aa1${'x'.repeat(254)}`,
  ])('%j', agree);

  it('on any string, Unicode included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), agree), { numRuns: 2_000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 6, maxLength: 20 }), agree), {
      numRuns: 2_000,
    });
  });

  it('says what is missing, rule by rule', () => {
    expect(checkPolicy('abc', policy)).toEqual({
      length: false,
      classes: 1,
      enoughClasses: false,
      met: false,
    });
    expect(checkPolicy('abcdefgH1', policy)).toEqual({
      length: true,
      classes: 3,
      enoughClasses: true,
      met: true,
    });
  });
});
