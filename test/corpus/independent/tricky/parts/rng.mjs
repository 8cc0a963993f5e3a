// Seeded PRNG (mulberry32) and small random helpers. No dependencies.
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const SEED = 0x5eed4b14;
export const rand = mulberry32(SEED);
export const int = (n) => Math.floor(rand() * n);
export const pick = (arr) => arr[int(arr.length)];
export const A = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digits: '0123456789',
  hex: '0123456789abcdef',
  b58: '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz',
};
A.alnum = A.upper + A.lower + A.digits;
A.b64 = A.alnum + '+/';
A.b64url = A.alnum + '-_';
export const str = (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[int(alpha.length)]; return s; };
export const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
