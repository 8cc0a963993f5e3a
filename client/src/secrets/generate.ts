// Strong random values for "Generate Secret" and "Rotate": node:crypto's CSPRNG, one unbiased draw per character
// (crypto.randomInt rejects out-of-range samples, so no modulo bias).

import { randomInt } from "node:crypto";

export const ALPHABETS = {
  alphanumeric: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  "alphanumeric-symbols": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%+,-./:;=?@^_~",
  hex: "0123456789abcdef",
  base64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
} as const;
export type AlphabetName = keyof typeof ALPHABETS;

export const DEFAULT_SECRET_LENGTH = 40;
export const MIN_SECRET_LENGTH = 16;
export const MAX_SECRET_LENGTH = 4096;

export interface GenerateOptions {
  length?: number;
  alphabet?: AlphabetName;
}

export function isAlphabetName(name: string): name is AlphabetName {
  return Object.prototype.hasOwnProperty.call(ALPHABETS, name);
}

/** Throws RangeError for lengths outside [16, 4096] (a short generated secret is a weak one). */
export function generateSecret(options: GenerateOptions = {}): string {
  const length = options.length ?? DEFAULT_SECRET_LENGTH;
  if (!Number.isInteger(length) || length < MIN_SECRET_LENGTH || length > MAX_SECRET_LENGTH) {
    throw new RangeError(`length must be a whole number from ${MIN_SECRET_LENGTH} to ${MAX_SECRET_LENGTH}`);
  }
  const alphabet = ALPHABETS[options.alphabet ?? "alphanumeric"];
  let value = "";
  for (let index = 0; index < length; index++) value += alphabet[randomInt(alphabet.length)];
  return value;
}

/** Bits of entropy of a generated value, shown to the user when choosing options. */
export function entropyBits(length: number, alphabet: AlphabetName): number {
  return Math.floor(length * Math.log2(ALPHABETS[alphabet].length));
}
