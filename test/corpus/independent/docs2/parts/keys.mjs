// Deterministic key material built from the seeded PRNG: RSA (BigInt prime search),
// EC P-256, Ed25519 / OpenSSH, self-signed X.509 certificates, armored PGP blocks.
// PEM labels are assembled from pieces so this file contains no literal key header.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

export const PK = 'PRIVATE' + ' KEY';
const DASH = '-----';
export const pemBegin = (label) => DASH + 'BEGIN ' + label + DASH;
export const pemEnd = (label) => DASH + 'END ' + label + DASH;

export function wrap(s, w) { return s.match(new RegExp('.{1,' + w + '}', 'g')).join('\n'); }
export function pem(label, der) {
  return pemBegin(label) + '\n' + wrap(Buffer.from(der).toString('base64'), 64) + '\n' + pemEnd(label);
}

// ---------- DER ----------
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const b = [];
  while (n > 0) { b.unshift(n & 255); n >>= 8; }
  return Buffer.from([0x80 | b.length, ...b]);
}
export const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
export function bigToBuf(x) {
  let h = x.toString(16); if (h.length % 2) h = '0' + h;
  let b = Buffer.from(h, 'hex');
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return b;
}
const INT = (x) => tlv(0x02, bigToBuf(BigInt(x)));
const SEQ = (...xs) => tlv(0x30, Buffer.concat(xs));
const SET = (...xs) => tlv(0x31, Buffer.concat(xs));
const NULL = Buffer.from([5, 0]);
function OID(s) {
  const parts = s.split('.').map(Number);
  const out = [40 * parts[0] + parts[1]];
  for (const v of parts.slice(2)) {
    const tmp = [v & 127]; let x = v >>> 7;
    while (x) { tmp.unshift((x & 127) | 128); x >>>= 7; }
    out.push(...tmp);
  }
  return tlv(6, Buffer.from(out));
}
const UTF8 = (s) => tlv(0x0c, Buffer.from(s));
const PRINTABLE = (s) => tlv(0x13, Buffer.from(s));
const UTCTIME = (s) => tlv(0x17, Buffer.from(s));
const BITSTR = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const OCTET = (b) => tlv(0x04, b);

// ---------- RSA ----------
const SMALL = (() => {
  const lim = 3000, s = new Uint8Array(lim), out = [];
  for (let i = 2; i < lim; i++) if (!s[i]) { out.push(BigInt(i)); for (let j = i * i; j < lim; j += i) s[j] = 1; }
  return out;
})();
function modPow(b, e, m) {
  let r = 1n; b %= m;
  while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; }
  return r;
}
function isProbPrime(n) {
  for (const p of SMALL) { if (n % p === 0n) return n === p; }
  let d = n - 1n, s = 0n;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  outer: for (const a of [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n]) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1n; i < s; i++) { x = (x * x) % n; if (x === n - 1n) continue outer; }
    return false;
  }
  return true;
}
function randBig(rng, bits) {
  let x = 0n;
  for (let i = 0; i < bits / 32; i++) x = (x << 32n) | BigInt(rng.u32());
  return x;
}
function genPrime(rng, bits) {
  let x = randBig(rng, bits) | (3n << BigInt(bits - 2)) | 1n;
  while (!isProbPrime(x)) x += 2n;
  return x;
}
function egcd(a, b) { let [x0, x1, y0, y1] = [1n, 0n, 0n, 1n]; while (b) { const q = a / b; [a, b] = [b, a % b]; [x0, x1] = [x1, x0 - q * x1]; [y0, y1] = [y1, y0 - q * y1]; } return [a, x0, y0]; }
function modInv(a, m) { const [g, x] = egcd(((a % m) + m) % m, m); if (g !== 1n) throw new Error('no inverse'); return ((x % m) + m) % m; }
const gcd = (a, b) => egcd(a, b)[0];

export function rsaKey(rng, bits = 2048) {
  const e = 65537n;
  for (;;) {
    const p = genPrime(rng, bits / 2), q = genPrime(rng, bits / 2);
    if (p === q) continue;
    if (gcd(p - 1n, e) !== 1n || gcd(q - 1n, e) !== 1n) continue;
    const n = p * q;
    const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
    const d = modInv(e, lambda);
    const der = SEQ(INT(0), INT(n), INT(e), INT(d), INT(p), INT(q), INT(d % (p - 1n)), INT(d % (q - 1n)), INT(modInv(q, p)));
    const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
    // sanity: sign/verify round trip
    const sig = crypto.sign('sha256', Buffer.from('x'), key);
    if (!crypto.verify('sha256', Buffer.from('x'), crypto.createPublicKey(key), sig)) throw new Error('rsa broken');
    const pub = crypto.createPublicKey(key);
    const sshBlob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), sshString(bigToBuf(e)), sshString(bigToBuf(n))]);
    return {
      key,
      pkcs1: pem('RSA ' + PK, der),
      pkcs8: key.export({ type: 'pkcs8', format: 'pem' }).trim(),
      spkiPem: pub.export({ type: 'spki', format: 'pem' }).trim(),
      pkcs1PubPem: pub.export({ type: 'pkcs1', format: 'pem' }).trim(),
      sshPub: (comment) => 'ssh-rsa ' + sshBlob.toString('base64') + (comment ? ' ' + comment : ''),
      sshFingerprint: 'SHA256:' + crypto.createHash('sha256').update(sshBlob).digest('base64').replace(/=+$/, ''),
      md5Fingerprint: crypto.createHash('md5').update(sshBlob).digest('hex').match(/../g).join(':'),
    };
  }
}

// ---------- EC P-256 ----------
export function ecKey(rng) {
  const ecdh = crypto.createECDH('prime256v1');
  const d = rng.bytes(32); d[0] &= 0x7f; d[0] |= 0x01;
  ecdh.setPrivateKey(d);
  const pt = ecdh.getPublicKey();
  const b64u = (b) => b.toString('base64url');
  const jwk = { kty: 'EC', crv: 'P-256', d: b64u(d), x: b64u(pt.subarray(1, 33)), y: b64u(pt.subarray(33, 65)) };
  const key = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  const pub = crypto.createPublicKey(key);
  const sshBlob = Buffer.concat([sshString(Buffer.from('ecdsa-sha2-nistp256')), sshString(Buffer.from('nistp256')), sshString(pt)]);
  return {
    key, jwk,
    sec1: key.export({ type: 'sec1', format: 'pem' }).trim(),
    pkcs8: key.export({ type: 'pkcs8', format: 'pem' }).trim(),
    spkiPem: pub.export({ type: 'spki', format: 'pem' }).trim(),
    sshPub: (comment) => 'ecdsa-sha2-nistp256 ' + sshBlob.toString('base64') + (comment ? ' ' + comment : ''),
  };
}

// ---------- Ed25519 / OpenSSH ----------
export function sshString(buf) { const l = Buffer.alloc(4); l.writeUInt32BE(buf.length); return Buffer.concat([l, buf]); }
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };

export function ed25519Key(rng, comment) {
  const seed = rng.bytes(32);
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const pub = crypto.createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32);
  const kt = Buffer.from('ssh-ed25519');
  const pubBlob = Buffer.concat([sshString(kt), sshString(pub)]);
  const check = rng.bytes(4);
  let priv = Buffer.concat([check, check, sshString(kt), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(Buffer.from(comment))]);
  let pad = 1;
  while (priv.length % 8) priv = Buffer.concat([priv, Buffer.from([pad++])]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'), sshString(Buffer.from('none')), sshString(Buffer.from('none')),
    sshString(Buffer.alloc(0)), u32(1), sshString(pubBlob), sshString(priv),
  ]);
  const label = 'OPENSSH ' + PK;
  return {
    key,
    openssh: pemBegin(label) + '\n' + wrap(body.toString('base64'), 70) + '\n' + pemEnd(label),
    pkcs8: key.export({ type: 'pkcs8', format: 'pem' }).trim(),
    sshPub: 'ssh-ed25519 ' + pubBlob.toString('base64') + ' ' + comment,
    sshFingerprint: 'SHA256:' + crypto.createHash('sha256').update(pubBlob).digest('base64').replace(/=+$/, ''),
    md5Fingerprint: crypto.createHash('md5').update(pubBlob).digest('hex').match(/../g).join(':'),
    rawPubHex: pub.toString('hex'),
  };
}

// ---------- X.509 ----------
function x509Name(cn, o, c = 'US') {
  return SEQ(SET(SEQ(OID('2.5.4.6'), PRINTABLE(c))), SET(SEQ(OID('2.5.4.10'), UTF8(o))), SET(SEQ(OID('2.5.4.3'), UTF8(cn))));
}
export function selfSignedCert(rng, rsa, { cn, o, notBefore, notAfter, san = [] }) {
  const spki = crypto.createPublicKey(rsa.key).export({ type: 'spki', format: 'der' });
  const algId = SEQ(OID('1.2.840.113549.1.1.11'), NULL);
  const serial = BigInt('0x' + rng.bytes(16).toString('hex')) >> 1n;
  const exts = [
    SEQ(OID('2.5.29.19'), OCTET(SEQ())),
    SEQ(OID('2.5.29.15'), tlv(0x01, Buffer.from([0xff])), OCTET(BITSTR(Buffer.from([0xa0])))),
  ];
  if (san.length) exts.push(SEQ(OID('2.5.29.17'), OCTET(SEQ(...san.map((d) => tlv(0x82, Buffer.from(d)))))));
  const name = x509Name(cn, o);
  const tbs = SEQ(tlv(0xa0, INT(2)), INT(serial), algId, name, SEQ(UTCTIME(notBefore), UTCTIME(notAfter)), name, spki, tlv(0xa3, SEQ(...exts)));
  const sig = crypto.sign('sha256', tbs, rsa.key);
  const der = SEQ(tbs, algId, BITSTR(sig));
  const cert = new crypto.X509Certificate(der); // validates structure
  return { pem: pem('CERTIFICATE', der), fingerprint256: cert.fingerprint256, serial: cert.serialNumber };
}

// ---------- PGP (armored public key block; body is random, checksum is a real CRC24) ----------
function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}
export function pgpPublicBlock(rng) {
  const data = Buffer.concat([Buffer.from([0x99, 0x02, 0x0d, 0x04]), rng.bytes(1180)]);
  const c = crc24(data);
  const label = 'PGP PUBLIC KEY BLOCK';
  return pemBegin(label) + '\n\n' + wrap(data.toString('base64'), 64) + '\n=' +
    Buffer.from([c >> 16, (c >> 8) & 255, c & 255]).toString('base64') + '\n' + pemEnd(label);
}

// ---------- CRC32 + base62 (GitHub / npm token checksum) ----------
const CRC_TABLE = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
export function crc32(str) {
  let c = 0xffffffff;
  for (const b of Buffer.from(str)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function base62(n, width) {
  let s = '';
  do { s = B62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(width, '0');
}

// ---------- tiny PNG (for notebook image outputs) ----------
function pngChunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32buf(td));
  return Buffer.concat([len, td, crc]);
}
function crc32buf(buf) { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
export function tinyPng(rng, w = 48, h = 24) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  const bars = Array.from({ length: 6 }, () => rng.int(h));
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const bar = Math.floor(x / (w / 6));
      const on = h - y <= bars[bar] && x % 8 !== 0;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = on ? 31 : 255; raw[o + 1] = on ? 119 : 255; raw[o + 2] = on ? 180 : 255;
    }
  }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), pngChunk('IHDR', ihdr), pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]).toString('base64');
}
