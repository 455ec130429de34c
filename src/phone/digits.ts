// Digits typed in any script the phone field understands (Arabic-Indic, Persian, full-width…) read
// as 0-9, by the same table libphonenumber uses for phone numbers; every other character is kept,
// so that callers can tell a letter from a digit.
import { parseDigits } from 'libphonenumber-js/core';

export const toAsciiDigits = (text: string): string =>
  Array.from(text, (character) => parseDigits(character) || character).join('');
