// Digits people type in their own script (Arabic-Indic, Persian, Devanagari, Thai, full-width…)
// read as 0-9; every other character is kept, so callers can tell a letter from a digit. Each
// script's digits are ten consecutive code points from its zero (Unicode's decimal digits).
const ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
  0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

function asciiDigit(character: string): string {
  const point = character.codePointAt(0) ?? 0;
  const zero = ZEROS.find((start) => point >= start && point <= start + 9);
  return zero === undefined ? character : String(point - zero);
}

export const toAsciiDigits = (text: string): string => Array.from(text, asciiDigit).join('');
