// Secret-shaped value generators. Prefixes are assembled by concatenation so this
// source contains no complete token-shaped literal.
import crypto from "node:crypto";
import { ALPHA } from "./rng.mjs";

const U = "_";
export const PFX = {
  stripeSecretLive: "sk" + U + "li" + "ve" + U,
  stripeSecretTest: "sk" + U + "te" + "st" + U,
  stripePubLive: "pk" + U + "li" + "ve" + U,
  stripePubTest: "pk" + U + "te" + "st" + U,
  stripeWebhook: "wh" + "sec" + U,
  githubPat: "gh" + "p" + U,
  githubFine: "git" + "hub" + U + "pat" + U,
  gitlabPat: "gl" + "pat" + "-",
  npm: "n" + "pm" + U,
  slackBot: "xo" + "xb" + "-",
  slackHook: "https://" + "hooks." + "slack" + ".com/" + "services/",
  awsKeyId: "AK" + "IA",
  awsTempKeyId: "AS" + "IA",
  googleApi: "AI" + "za",
  sendgrid: "S" + "G" + ".",
  shopify: "sh" + "pat" + U,
  openai: "s" + "k-" + "pr" + "oj-",
  pypi: "py" + "pi-",
  pypiMacaroon: "Ag" + "EIcHlwaS5vcmc",
  mailgun: "k" + "ey-",
  twilioSid: "A" + "C",
};
export const PEM_DASH = "-".repeat(5);
export const pemHeader = (kind) => PEM_DASH + "BEGIN " + kind + PEM_DASH;
export const pemFooter = (kind) => PEM_DASH + "END " + kind + PEM_DASH;

// ---------------- documented / well-known example values (NOT secrets) ----------------
export const AWS_DOC_KEY_ID = PFX.awsKeyId + "IOSFODNN7" + "EXAMPLE";
export const AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLE" + "KEY";
export const JWT_IO_SECRET = "your-" + "256-bit-" + "secret";
export function jwtIoExample() {
  const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
  const p = Buffer.from(JSON.stringify({ sub: "1234567890", name: "John Doe", iat: 1516239022 })).toString("base64url");
  const sig = crypto.createHmac("sha256", JWT_IO_SECRET).update(h + "." + p).digest("base64url");
  return `${h}.${p}.${sig}`;
}
export const b64urlJson = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");

// ---------------- secret generators (planted positives) ----------------
export function makeSecrets(r) {
  const b32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  return {
    awsKeyId: () => PFX.awsKeyId + r.str(b32, 16),
    awsSecret: () => r.str(ALPHA.b64, 40),
    stripeLive: () => PFX.stripeSecretLive + "51" + r.alnum(14) + r.alnum(82),
    stripeWebhook: () => PFX.stripeWebhook + r.alnum(32),
    githubPat: () => PFX.githubPat + r.alnum(36),
    gitlabPat: () => PFX.gitlabPat + r.str(ALPHA.alnum + "-_", 20),
    npm: () => PFX.npm + r.alnum(36),
    slackBot: () => PFX.slackBot + r.digits(12) + "-" + r.digits(13) + "-" + r.alnum(24),
    slackWebhook: () => PFX.slackHook + "T" + r.upperAlnum(8) + "/B" + r.upperAlnum(10) + "/" + r.alnum(24),
    googleApi: () => PFX.googleApi + "Sy" + r.str(ALPHA.alnum + "-_", 33),
    sendgrid: () => PFX.sendgrid + r.str(ALPHA.alnum + "-_", 22) + "." + r.str(ALPHA.alnum + "-_", 43),
    shopify: () => PFX.shopify + r.hex(32),
    openai: () => PFX.openai + r.str(ALPHA.alnum + "-_", 64) + r.alnum(20),
    pypi: () => PFX.pypi + PFX.pypiMacaroon + "CJ" + r.str(ALPHA.b64url, 150),
    mailgun: () => PFX.mailgun + r.hex(32),
    twilioSid: () => PFX.twilioSid + r.hex(32),
    twilioToken: () => r.hex(32),
    telegram: () => String(r.int(5, 7)) + r.digits(9) + ":AA" + r.str(ALPHA.b64url, 33),
    datadog: () => r.hex(32),
    djangoKey: () => r.str("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50),
    azureStorageKey: () => r.b64(64),
    jwtSecret: () => r.str(ALPHA.alnum, 24) + r.str(ALPHA.b64url, 24),
    password: (n = 18) => r.password(n),
    urlPassword: (n = 20) => r.urlPassword(n),
    hexKey: (n = 64) => r.hex(n),
  };
}

// hardcoded service bearer JWT (RS256) -- a planted positive
export function serviceJwt(r, claims) {
  const h = b64urlJson({ alg: "RS256", typ: "JWT", kid: r.hex(16) });
  const p = b64urlJson(claims);
  return `${h}.${p}.${r.b64url(256)}`;
}

// ---------------- DER helpers ----------------
function derLen(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
export function tlv(tag, body) { return Buffer.concat([Buffer.from([tag]), derLen(body.length), body]); }
export const seq = (...items) => tlv(0x30, Buffer.concat(items));
export const set = (...items) => tlv(0x31, Buffer.concat(items));
export const octet = (b) => tlv(0x04, b);
export const bitstr = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
export const nul = () => Buffer.from([0x05, 0x00]);
export const ctx = (n, body) => tlv(0xa0 + n, body);
export function intSmall(v) { return tlv(0x02, Buffer.from([v])); }
export function intBytes(b) { if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return tlv(0x02, b); }
export function bigPositive(r, n) { const b = r.bytes(n); b[0] |= 0x80; b[n - 1] |= 0x01; return b; }
export const OID = {
  rsaEncryption: Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]),
  sha256WithRSA: Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]),
  ecPublicKey: Buffer.from([0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]),
  prime256v1: Buffer.from([0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]),
  cn: Buffer.from([0x06, 0x03, 0x55, 0x04, 0x03]),
  o: Buffer.from([0x06, 0x03, 0x55, 0x04, 0x0a]),
  c: Buffer.from([0x06, 0x03, 0x55, 0x04, 0x06]),
};
const printable = (s) => tlv(0x13, Buffer.from(s));
const utf8 = (s) => tlv(0x0c, Buffer.from(s));
const utcTime = (s) => tlv(0x17, Buffer.from(s));

export function pemWrap(kind, der, width = 64) {
  const b64 = der.toString("base64");
  const lines = [pemHeader(kind)];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  lines.push(pemFooter(kind));
  return lines.join("\n");
}

export function rsaPkcs1PrivateDer(r) {
  const e = Buffer.from([0x01, 0x00, 0x01]);
  return seq(intSmall(0), intBytes(bigPositive(r, 256)), tlv(0x02, e), intBytes(bigPositive(r, 256)),
    intBytes(bigPositive(r, 128)), intBytes(bigPositive(r, 128)), intBytes(r.bytes(128)), intBytes(r.bytes(128)), intBytes(r.bytes(128)));
}
export function rsaPrivatePem(r) { return pemWrap("RSA PRIVATE KEY", rsaPkcs1PrivateDer(r)); }
export function pkcs8RsaPrivatePem(r) {
  return pemWrap("PRIVATE KEY", seq(intSmall(0), seq(OID.rsaEncryption, nul()), octet(rsaPkcs1PrivateDer(r))));
}
export function pkcs8RsaPrivateDer(r) { return seq(intSmall(0), seq(OID.rsaEncryption, nul()), octet(rsaPkcs1PrivateDer(r))); }
export function ecPrivatePem(r) {
  const pub = Buffer.concat([Buffer.from([0x04]), r.bytes(64)]);
  return pemWrap("EC PRIVATE KEY", seq(intSmall(1), octet(r.bytes(32)), ctx(0, OID.prime256v1), ctx(1, bitstr(pub))));
}
export function rsaSpkiDer(r) {
  const pub = seq(intBytes(bigPositive(r, 256)), tlv(0x02, Buffer.from([0x01, 0x00, 0x01])));
  return seq(seq(OID.rsaEncryption, nul()), bitstr(pub));
}
export function rsaPublicPem(r) { return pemWrap("PUBLIC KEY", rsaSpkiDer(r)); }
export function ecPublicPem(r) {
  return pemWrap("PUBLIC KEY", seq(seq(OID.ecPublicKey, OID.prime256v1), bitstr(Buffer.concat([Buffer.from([4]), r.bytes(64)]))));
}
function name(cn, o, c = "US") {
  return seq(set(seq(OID.c, printable(c))), set(seq(OID.o, utf8(o))), set(seq(OID.cn, utf8(cn))));
}
export function certificateDer(r, cn, issuer = "Acme Internal CA", org = "Acme Corp") {
  const tbs = seq(ctx(0, intSmall(2)), intBytes(r.bytes(16)), seq(OID.sha256WithRSA, nul()), name(issuer, org),
    seq(utcTime("240301000000Z"), utcTime("260301000000Z")), name(cn, org), rsaSpkiDer(r));
  return seq(tbs, seq(OID.sha256WithRSA, nul()), bitstr(r.bytes(256)));
}
export function certificatePem(r, cn, issuer, org) { return pemWrap("CERTIFICATE", certificateDer(r, cn, issuer, org)); }
export function fingerprintColon(der, algo = "sha256") {
  return crypto.createHash(algo).update(der).digest("hex").toUpperCase().match(/../g).join(":");
}

// ---------------- SSH ----------------
function sshString(b) { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.isBuffer(b) ? b : Buffer.from(b)]); }
function u32(v) { const l = Buffer.alloc(4); l.writeUInt32BE(v); return l; }
export function sshEd25519PublicBlob(r, keyBytes = r.bytes(32)) { return Buffer.concat([sshString("ssh-ed25519"), sshString(keyBytes)]); }
export function sshRsaPublicBlob(r) {
  const n = Buffer.concat([Buffer.from([0]), bigPositive(r, 256)]);
  return Buffer.concat([sshString("ssh-rsa"), sshString(Buffer.from([0x01, 0x00, 0x01])), sshString(n)]);
}
export function sshEcdsaPublicBlob(r) {
  return Buffer.concat([sshString("ecdsa-sha2-nistp256"), sshString("nistp256"), sshString(Buffer.concat([Buffer.from([4]), r.bytes(64)]))]);
}
export function sshPubLine(blob, comment) {
  const type = blob.subarray(4, 4 + blob.readUInt32BE(0)).toString();
  return `${type} ${blob.toString("base64")}${comment ? " " + comment : ""}`;
}
export function sshFingerprint(blob) { return "SHA256:" + crypto.createHash("sha256").update(blob).digest("base64").replace(/=+$/, ""); }
export function sshMd5Fingerprint(blob) { return "MD5:" + crypto.createHash("md5").update(blob).digest("hex").match(/../g).join(":"); }
export function opensshPrivatePem(r, comment) {
  const pubKey = r.bytes(32);
  const pubBlob = sshEd25519PublicBlob(r, pubKey);
  const check = r.bytes(4);
  let priv = Buffer.concat([check, check, sshString("ssh-ed25519"), sshString(pubKey), sshString(Buffer.concat([r.bytes(32), pubKey])), sshString(comment)]);
  const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from("openssh-key-v1\0"), sshString("none"), sshString("none"), sshString(""), u32(1), sshString(pubBlob), sshString(priv)]);
  return pemWrap("OPENSSH PRIVATE KEY", body, 70);
}

// ---------------- OpenPGP public key armor ----------------
function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) { crc ^= b << 16; for (let i = 0; i < 8; i++) { crc <<= 1; if (crc & 0x1000000) crc ^= 0x1864cfb; } }
  return crc & 0xffffff;
}
export function pgpPublicKeyBlock(r, uid, created = 1700000000) {
  const t = u32(created);
  const edOid = Buffer.from([0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01]);
  const keyBody = Buffer.concat([Buffer.from([4]), t, Buffer.from([22]), edOid, Buffer.from([0x01, 0x07, 0x40]), r.bytes(32)]);
  const pkt = (tag, body) => Buffer.concat([Buffer.from([0xc0 | tag, body.length]), body]);
  const cvOid = Buffer.from([0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x97, 0x55, 0x01, 0x05, 0x01]);
  const subBody = Buffer.concat([Buffer.from([4]), t, Buffer.from([18]), cvOid, Buffer.from([0x01, 0x07, 0x40]), r.bytes(32), Buffer.from([3, 1, 8, 7])]);
  const data = Buffer.concat([pkt(6, keyBody), pkt(13, Buffer.from(uid)), pkt(2, Buffer.concat([Buffer.from([4, 0x13, 22, 8]), r.bytes(140)])),
    pkt(14, subBody), pkt(2, Buffer.concat([Buffer.from([4, 0x18, 22, 8]), r.bytes(120)]))]);
  const b64 = data.toString("base64");
  const lines = [PEM_DASH + "BEGIN PGP PUBLIC KEY BLOCK" + PEM_DASH, ""];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  const c = crc24(data);
  lines.push("=" + Buffer.from([(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]).toString("base64"));
  lines.push(PEM_DASH + "END PGP PUBLIC KEY BLOCK" + PEM_DASH);
  return { text: lines.join("\n"), fingerprint: crypto.createHash("sha1").update(Buffer.concat([Buffer.from([0x99, 0, keyBody.length]), keyBody])).digest("hex").toUpperCase() };
}
