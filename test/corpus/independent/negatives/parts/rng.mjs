// Seeded PRNG and random value helpers. All values are generated at run time.
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

export const ALPHA = {
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  lower: "abcdefghijklmnopqrstuvwxyz",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digits: "0123456789",
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  lowerAlnum: "abcdefghijklmnopqrstuvwxyz0123456789",
  upperAlnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  b64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  b64url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  crockford: "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  pwd: "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@^_",
};

export class Rand {
  constructor(seed) { this.next = mulberry32(seed); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  chance(p) { return this.next() < p; }
  str(alphabet, n) { let s = ""; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]; return s; }
  hex(n) { return this.str(ALPHA.hex, n); }
  HEX(n) { return this.str(ALPHA.HEX, n); }
  alnum(n) { return this.str(ALPHA.alnum, n); }
  lowerAlnum(n) { return this.str(ALPHA.lowerAlnum, n); }
  upperAlnum(n) { return this.str(ALPHA.upperAlnum, n); }
  digits(n) { return this.str(ALPHA.digits, n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(this.next() * 256); return b; }
  b64(nBytes) { return this.bytes(nBytes).toString("base64"); }
  b64url(nBytes) { return this.bytes(nBytes).toString("base64url"); }
  // a password that looks like a human/generator made it (mixed classes, guaranteed)
  password(n) {
    let s = this.str(ALPHA.upper, 1) + this.str(ALPHA.lower, 2) + this.str(ALPHA.digits, 2) + this.str("!#%*+-=?@^_", 1);
    s += this.str(ALPHA.pwd, Math.max(0, n - s.length));
    return this.shuffle(s.split("")).join("");
  }
  // password safe inside URLs (no reserved chars)
  urlPassword(n) {
    let s = this.str(ALPHA.upper, 2) + this.str(ALPHA.lower, 3) + this.str(ALPHA.digits, 3);
    s += this.str(ALPHA.alnum, Math.max(0, n - s.length));
    return this.shuffle(s.split("")).join("");
  }
  shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  // ---- non-secret identifiers ----
  uuid() { const h = this.hex(32).split(""); h[12] = "4"; h[16] = "89ab"[this.int(0, 3)]; const s = h.join(""); return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`; }
  ulid(ms = 1717000000000 + this.int(0, 1e9)) { let t = ""; let v = ms; for (let i = 0; i < 10; i++) { t = ALPHA.crockford[v % 32] + t; v = Math.floor(v / 32); } return t + this.str(ALPHA.crockford, 16); }
  ksuid() { return this.str("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 27).replace(/^./, this.pick(["1", "2"])); }
  objectId() { return (0x66000000 + this.int(0, 0xffffff)).toString(16) + this.hex(16); }
  sha1() { return this.hex(40); }
  sha256() { return this.hex(64); }
  stripeId(prefix, n = 24) { return prefix + "_" + this.alnum(n); }
  slackId(prefix) { return prefix + "0" + this.upperAlnum(this.int(8, 10)); }
  ip() { return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`; }
  isoTime(base = Date.UTC(2024, 4, 1)) { return new Date(base + this.int(0, 86400 * 200) * 1000).toISOString(); }
}
