// Seeded PRNG + random string helpers. No dependencies.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const rand = mulberry32(0x5eed1234);

export const DIGITS = '0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const BASE62 = DIGITS + UPPER + LOWER;
export const HEX = '0123456789abcdef';
export const B64 = UPPER + LOWER + DIGITS + '+/';
export const B64URL = UPPER + LOWER + DIGITS + '-_';
export const B32 = UPPER + '234567';

export function int(lo, hi) { // inclusive
  return lo + Math.floor(rand() * (hi - lo + 1));
}
export function pick(arr) { return arr[Math.floor(rand() * arr.length)]; }
export function str(alphabet, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}
// random string guaranteed to mix upper, lower and digits (looks like real entropy)
export function mixed(alphabet, n) {
  for (;;) {
    const s = str(alphabet, n);
    if (n < 8 || (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s))) return s;
  }
}
export function hex(n) { return str(HEX, n); }
export function uuid() {
  const h = hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
export function pad2(n) { return String(n).padStart(2, '0'); }
// deterministic timestamps
let clock = Date.UTC(2024, 4, 14, 9, 12, 3);
export function tick(maxMs = 4000) { clock += int(5, maxMs); return new Date(clock); }
export function iso(d) { return d.toISOString(); }
