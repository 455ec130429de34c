// One-time codes sent by text or e-mail: random, short-lived, replaced by a resend.
import { LIMITS } from './policy';
import { type RandomSource, randomDigits } from './random';

export interface IssuedCode {
  value: string;
  expiresAt: number;
}

export function issueCode(random: RandomSource, now: number): IssuedCode {
  return { value: randomDigits(random, LIMITS.codeLength), expiresAt: now + LIMITS.codeLifetime };
}

/** Compares every character, so how long a check takes does not tell how much of a guess was right. */
export function sameCode(expected: string, typed: string): boolean {
  if (expected.length !== typed.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ typed.charCodeAt(i);
  return difference === 0;
}
