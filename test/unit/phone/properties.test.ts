// Properties of phone-number normalisation and masking, on any input: nothing crashes, nothing
// shows more digits than a mask allows, and digits in any script read as the same number.
import fc from 'fast-check';
import { maskEmail, maskPhone, parseE164 } from '../../../mocks/identity/phone-numbers';
import { confirmProblem } from '../../../src/flows/verification/rules';
import { typedNumberToE164 } from '../../../src/phone/confirm';
import { toAsciiDigits } from '../../../src/phone/digits';
import { maskParts } from '../../../src/phone/mask';
import { phoneProblem } from '../../../src/phone/validate';

const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const nationalDigits = fc.stringMatching(/^[2-9]\d{5,11}$/);
const callingCode = fc.constantFrom('1', '44', '49', '33', '39', '61', '81', '91', '971');

describe('masking', () => {
  it('never shows more than the last two digits of the national number, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          nationalDigits.map((d) => `+1${d}`),
        ),
        callingCode,
        (e164, code) => {
          const masked = maskPhone({ e164, countryCallingCode: code });
          expect(masked.startsWith(`+${code}`)).toBe(true);
          expect(masked.slice(code.length + 1).replace(/\D/g, '').length).toBeLessThanOrEqual(2);
        },
      ),
    );
  });

  it('keeps the last two digits of a real number, so its owner recognises it', () => {
    fc.assert(
      fc.property(callingCode, nationalDigits, (code, national) => {
        const phone = parseE164(`+${code}${national}`);
        fc.pre(phone !== null);
        const masked = maskPhone(phone!);
        expect(masked.replace(/\D/g, '').endsWith(national.slice(-2))).toBe(true);
        expect(maskParts(masked)).toEqual({ callingCode: code, lastDigits: national.slice(-2) });
      }),
    );
  });

  it('shows one letter of an e-mail address and its domain, never crashing', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const masked = maskEmail(address);
        expect(masked).toBe(`${address[0]}•••${address.slice(address.indexOf('@'))}`);
      }),
    );
    fc.assert(fc.property(anyText, (text) => void maskEmail(text)));
  });
});

describe('normalisation', () => {
  const scripts = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '０１２３４５６７８９'];

  it('reads digits of any of these scripts as 0-9 and leaves every other character as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 })), fc.constantFrom(...scripts), (digits, script) => {
        expect(toAsciiDigits(digits.map((d) => script[d]).join(''))).toBe(digits.join(''));
      }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const ascii = toAsciiDigits(text);
        expect(toAsciiDigits(ascii)).toBe(ascii);
        const before = Array.from(text);
        const after = Array.from(ascii);
        expect(after).toHaveLength(before.length);
        for (const [i, character] of after.entries())
          expect([before[i], ...'0123456789']).toContain(character);
      }),
    );
  });

  it('checks any typed phone number without crashing', () => {
    fc.assert(fc.property(anyText, (text) => void phoneProblem(text)));
    fc.assert(fc.property(anyText, (text) => void phoneProblem(`+${text}`)));
  });

  it('confirms a number only when it is a possible number ending as the mask shows', () => {
    fc.assert(
      fc.property(anyText, anyText, (typed, masked) => {
        const e164 = typedNumberToE164(typed, maskParts(masked)?.callingCode ?? null);
        if (e164 !== null) expect(e164).toMatch(/^\+[1-9]\d{6,14}$/);
        if (confirmProblem(typed, e164, masked) === null) {
          const parts = maskParts(masked);
          expect(e164).not.toBeNull();
          if (parts) expect(e164!.endsWith(parts.lastDigits)).toBe(true);
        }
      }),
    );
  });

  it('reads the same number typed in any script, spaced or not, with or without its country code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scripts),
        fc.constantFrom('', ' ', '-'),
        fc.constantFrom('', '+1 '),
        (script, gap, prefix) => {
          const typed = ['425', '555', '0110']
            .map((group) => [...group].map((d) => script[Number(d)]).join(''))
            .join(gap);
          const e164 = typedNumberToE164(prefix + typed, '1');
          expect(e164).toBe('+14255550110');
          expect(confirmProblem(typed, e164, '+1 ••• ••• ••10')).toBeNull();
        },
      ),
    );
  });

  it('takes a trunk prefix as people type it at home', () => {
    expect(typedNumberToE164('07700 900110', '44')).toBe('+447700900110');
  });
});
