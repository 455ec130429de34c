/**
 * Randomness for codes, flow ids, tokens and references. Injectable so that unit tests can replay
 * the same codes; the default is the platform's CSPRNG, as a real backend would use.
 */
export interface RandomSource {
  /** Fills `bytes` with random values (the shape of `crypto.getRandomValues`). */
  fill(bytes: Uint8Array): void;
}

export const cryptoRandom: RandomSource = {
  fill: (bytes) => {
    globalThis.crypto.getRandomValues(bytes);
  },
};

/** A deterministic source (mulberry32) for tests: the same seed gives the same codes and ids. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    fill: (bytes) => {
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
    },
  };
}

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A URL-safe id of `length` characters, 6 random bits each (16 bytes of entropy at 22 characters). */
export function randomId(random: RandomSource, length: number): string {
  const bytes = new Uint8Array(length);
  random.fill(bytes);
  // 64 divides 256, so taking the low 6 bits keeps every character equally likely.
  return Array.from(bytes, (b) => URL_SAFE[b & 63]).join('');
}

/** `count` decimal digits, each uniform: bytes of 250 or more are redrawn rather than folded. */
export function randomDigits(random: RandomSource, count: number): string {
  let digits = '';
  const byte = new Uint8Array(1);
  while (digits.length < count) {
    random.fill(byte);
    const value = byte[0] ?? 255;
    if (value < 250) digits += String(value % 10);
  }
  return digits;
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A support reference an administrator can search for, without look-alike characters (0/O, 1/I). */
export function randomReference(random: RandomSource): string {
  const bytes = new Uint8Array(8);
  random.fill(bytes);
  // 32 divides 256, so the low 5 bits are uniform over the alphabet.
  const chars = Array.from(bytes, (b) => REFERENCE_ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
