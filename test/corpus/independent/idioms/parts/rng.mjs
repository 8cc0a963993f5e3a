// Seeded PRNG (mulberry32) and string helpers. Every generated value in the
// corpus comes from this single stream, so a fixed seed gives a fixed corpus.

export const SEED = 0x1d10_5eed;

function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = mulberry32(SEED);

export const ALPHA = {
  digits: '0123456789',
  hexl: '0123456789abcdef',
  hexu: '0123456789ABCDEF',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
};
ALPHA.alpha = ALPHA.upper + ALPHA.lower;
ALPHA.b62 = ALPHA.digits + ALPHA.upper + ALPHA.lower;
ALPHA.b64 = ALPHA.upper + ALPHA.lower + ALPHA.digits + '+/';
ALPHA.b64url = ALPHA.upper + ALPHA.lower + ALPHA.digits + '-_';
ALPHA.upnum = ALPHA.upper + ALPHA.digits;
ALPHA.lownum = ALPHA.lower + ALPHA.digits;
ALPHA.base32 = ALPHA.upper + '234567';

export const rng = {
  float: () => next(),
  int: (n) => Math.floor(next() * n),
  range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  pick: (arr) => arr[Math.floor(next() * arr.length)],
  bytes(n) {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256);
    return b;
  },
  str(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  },
  // A string from `alphabet` that starts and ends with an alphanumeric char
  // (so '-' / '_' never sit at a token boundary).
  strEdge(alphabet, n) {
    let s = this.str(alphabet, n);
    const fix = (c) => (/[A-Za-z0-9]/.test(c) ? c : this.str(ALPHA.b62, 1));
    return fix(s[0]) + s.slice(1, -1) + fix(s[s.length - 1]);
  },
  hex: (n) => rng.str(ALPHA.hexl, n),
  HEX: (n) => rng.str(ALPHA.hexu, n),
  b62: (n) => rng.str(ALPHA.b62, n),
  b64url: (n) => rng.strEdge(ALPHA.b64url, n),
  b64: (n) => rng.str(ALPHA.b64, n),
  digits(n) {
    return rng.str('123456789', 1) + rng.str(ALPHA.digits, n - 1);
  },
  uuid() {
    const h = rng.hex(32);
    const v = '89ab'[rng.int(4)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
};
