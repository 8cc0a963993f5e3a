// Blind labeled corpus generator: configuration & infrastructure files.
// Plain ESM, no dependencies. Deterministic (mulberry32, fixed seed).
// Every secret is generated at run time from the provider's published format;
// token prefixes are assembled by concatenation so this source holds no token-shaped literal.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? path.join(HERE, 'corpus');

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x5ec2e7a1);
const ri = (n) => Math.floor(rnd() * n);
const pick = (a) => a[ri(a.length)];
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DG = '0123456789';
const ALNUM = UP + LO + DG;
const HEXC = '0123456789abcdef';
const B64C = UP + LO + DG + '+/';
const B64U = UP + LO + DG + '-_';
const gen = (alpha, n) => { let s = ''; for (let i = 0; i < n; i++) s += alpha[ri(alpha.length)]; return s; };
const hex = (n) => gen(HEXC, n);
const digits = (n) => String(1 + ri(9)) + gen(DG, n - 1);
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => ri(256)));
const b64 = (buf) => Buffer.from(buf).toString('base64');
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const uuid = () => {
  const h = hex(32).split('');
  h[12] = '4'; h[16] = '89ab'[ri(4)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};
const WORDS = ['copper', 'lantern', 'drift', 'orchid', 'velvet', 'harbor', 'maple', 'quartz', 'ember', 'falcon',
  'tundra', 'saffron', 'glacier', 'meadow', 'cobalt', 'juniper', 'basalt', 'comet', 'willow', 'pylon'];
// strong password with symbols safe for YAML-quoted / .env / XML / connection-string contexts
function pw(n = 20) {
  const sym = '!%^*-_+=.';
  let s = gen(UP, 1) + gen(LO, 1) + gen(DG, 1) + gen(sym, 1) + gen(ALNUM + sym + ALNUM, n - 4);
  return s.split('').sort(() => rnd() - 0.5).join('');
}
const pwA = (n = 24) => gen(UP, 1) + gen(LO, 1) + gen(DG, 1) + gen(ALNUM, n - 3); // URL-safe
const passphrase = () => `${pick(WORDS)}-${pick(WORDS)}-${digits(2)}-${pick(WORDS)}`;

// ---------------------------------------------------------------- token formats
const PFX = {
  ghp: 'gh' + 'p_', ghs: 'gh' + 's_', ghpat: 'github' + '_pat_', glpat: 'gl' + 'pat-',
  xoxb: 'xo' + 'xb-', skLive: 'sk' + '_live_', pkLive: 'pk' + '_live_', pkTest: 'pk' + '_test_', skTest: 'sk' + '_test_',
  whsec: 'wh' + 'sec_', sg: 'S' + 'G.', npm: 'n' + 'pm_', pypi: 'py' + 'pi-', pypiMac: 'AgEIcHlw' + 'aS5vcmc',
  dckr: 'dckr' + '_pat_', hvs: 'h' + 'vs.', glsa: 'gl' + 'sa_', dop: 'do' + 'p_v1_', hrku: 'HR' + 'KU-' + 'AA',
  akia: 'AK' + 'IA', asia: 'AS' + 'IA', skProj: 'sk-' + 'proj-', oaiMark: 'T3Blbk' + 'FJ', skAnt: 'sk-' + 'ant-' + 'api03-',
  squ: 'sq' + 'u_', sntrys: 'sntr' + 'ys_', aiza: 'AI' + 'za' + 'Sy', akcp: 'AK' + 'Cp', atbb: 'AT' + 'BB', oy2: 'o' + 'y2',
  mgKey: 'ke' + 'y-', sessTok: 'IQoJb3Jp' + 'Z2luX2Vj', mapbox: 'p' + 'k.',
};
const CRC_TABLE = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
function crc32(str) { let c = 0xffffffff; for (const ch of Buffer.from(str)) c = CRC_TABLE[(c ^ ch) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const B62 = DG + UP + LO;
function base62(n, pad) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(pad, '0'); }
const checksummed = (prefix) => { const e = gen(ALNUM, 30); return prefix + e + base62(crc32(e), 6); };

const T = {
  awsId: () => PFX.akia + gen(UP + '234567', 16),
  awsTmpId: () => PFX.asia + gen(UP + '234567', 16),
  awsSecret: () => gen(B64C, 40),
  awsSession: () => PFX.sessTok + gen(B64C, 600) + '==',
  ghp: () => checksummed(PFX.ghp),
  ghs: () => checksummed(PFX.ghs),
  ghpat: () => PFX.ghpat + '11' + gen(UP + DG, 7) + '0' + gen(ALNUM, 12) + '_' + gen(ALNUM, 59),
  glpat: () => PFX.glpat + gen(B64U, 20),
  slackBot: () => PFX.xoxb + digits(12) + '-' + digits(13) + '-' + gen(ALNUM, 24),
  slackHook: () => `https://hooks.slack.com/services/T${gen(UP + DG, 8)}/B${gen(UP + DG, 10)}/${gen(ALNUM, 24)}`,
  stripeSk: () => PFX.skLive + '51' + gen(ALNUM, 97),
  stripeSkShort: () => PFX.skLive + gen(ALNUM, 24),
  stripePk: () => PFX.pkLive + '51' + gen(ALNUM, 97),
  whsec: () => PFX.whsec + gen(ALNUM, 32),
  sendgrid: () => PFX.sg + gen(B64U, 22) + '.' + gen(B64U, 43),
  twilioAuth: () => hex(32),
  mailgun: () => PFX.mgKey + hex(32),
  ddApi: () => hex(32),
  ddApp: () => hex(40),
  sentryDsn: () => `https://${hex(32)}@o${digits(6)}.ingest.us.sentry.io/${digits(7)}`,
  sentryOrg: (org) => PFX.sntrys + b64(JSON.stringify({ iat: 1707312000 + ri(5e6) + ri(1000) / 1000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org })) + '_' + gen(B64C, 43),
  npm: () => checksummed(PFX.npm),
  pypi: () => PFX.pypi + PFX.pypiMac + 'CJ' + gen(B64U, 162),
  dockerhub: () => PFX.dckr + gen(B64U, 27),
  vault: () => PFX.hvs + 'CAESI' + gen(B64U, 86),
  grafana: () => PFX.glsa + gen(ALNUM, 32) + '_' + hex(8),
  openai: () => PFX.skProj + gen(B64U, 74) + PFX.oaiMark + gen(B64U, 73) + 'A',
  anthropic: () => PFX.skAnt + gen(B64U, 93) + 'AA',
  cloudflare: () => gen(B64U, 40),
  okta: () => '00' + gen(B64U, 40),
  oktaClientSecret: () => gen(B64U, 40),
  auth0Secret: () => gen(B64U, 64),
  digitalocean: () => PFX.dop + hex(64),
  herokuV2: () => PFX.hrku + gen(B64U, 58),
  azureStorageKey: () => b64(bytes(64)),
  azureSasKey: () => b64(bytes(32)),
  azureAdSecret: () => gen(ALNUM, 3) + gen(DG, 1) + 'Q~' + gen(ALNUM + '-_.~', 34),
  azureDevops: () => gen('abcdefghijklmnopqrstuvwxyz234567', 52),
  nuget: () => PFX.oy2 + gen(LO + DG, 43),
  jfrog: () => PFX.akcp + '8' + gen(ALNUM, 68),
  bitbucket: () => PFX.atbb + gen(ALNUM, 32),
  newrelic: () => hex(36) + 'NRAL',
  sonar: () => PFX.squ + hex(40),
  djangoKey: () => gen(LO + DG + '!@#$%^&*(-_=+)', 50),
  railsKey: () => hex(128),
  jwtSecret: () => b64url(bytes(64)),
  firebaseWeb: () => PFX.aiza + gen(B64U, 33),
  mapboxPublic: (user) => PFX.mapbox + b64url(JSON.stringify({ u: user, a: 'cl' + gen(LO + DG, 23) })) + '.' + gen(B64U, 22),
};

// ---------------------------------------------------------------- keys (deterministic)
function modPow(b, e, m) { let r = 1n; b %= m; while (e > 0n) { if (e & 1n) r = (r * b) % m; e >>= 1n; b = (b * b) % m; } return r; }
function randBig(bits) { const by = bytes(Math.ceil(bits / 8)); let x = 0n; for (const v of by) x = (x << 8n) | BigInt(v); return x & ((1n << BigInt(bits)) - 1n); }
const SMALL_PRIMES = (() => { const p = []; for (let i = 3; p.length < 300; i += 2) if (p.every((q) => i % q)) p.push(i); return p.map(BigInt); })();
function isProbablePrime(n) {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n, s = 0n; while ((d & 1n) === 0n) { d >>= 1n; s++; }
  for (let i = 0; i < 24; i++) {
    const a = 2n + (randBig(64) % (n - 4n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let r = 1n; r < s; r++) { x = (x * x) % n; if (x === n - 1n) { ok = true; break; } }
    if (!ok) return false;
  }
  return true;
}
function genPrime(bits) { for (;;) { const x = randBig(bits) | (3n << BigInt(bits - 2)) | 1n; if ((x - 1n) % 65537n !== 0n && isProbablePrime(x)) return x; } }
function egcdInv(a, m) { let [or, r] = [a % m, m], [os, s] = [1n, 0n]; while (r !== 0n) { const q = or / r; [or, r] = [r, or - q * r]; [os, s] = [s, os - q * s]; } return ((os % m) + m) % m; }
function bigBytes(x) { let h = x.toString(16); if (h.length % 2) h = '0' + h; return Buffer.from(h, 'hex'); }
function derLen(n) { if (n < 128) return Buffer.from([n]); const b = bigBytes(BigInt(n)); return Buffer.concat([Buffer.from([0x80 | b.length]), b]); }
const der = (tag, body) => Buffer.concat([Buffer.from([tag]), derLen(body.length), body]);
const derInt = (x) => { let b = x === 0n ? Buffer.from([0]) : bigBytes(x); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return der(0x02, b); };
const derSeq = (...p) => der(0x30, Buffer.concat(p));
function genRsa(bits = 2048) {
  const e = 65537n;
  const p = genPrime(bits / 2), q = genPrime(bits / 2);
  const n = p * q, phi = (p - 1n) * (q - 1n), d = egcdInv(e, phi);
  const pkcs1 = derSeq(derInt(0n), derInt(n), derInt(e), derInt(d), derInt(p), derInt(q), derInt(d % (p - 1n)), derInt(d % (q - 1n)), derInt(egcdInv(q, p)));
  const key = crypto.createPrivateKey({ key: pkcs1, format: 'der', type: 'pkcs1' });
  return { n, e, key };
}
const pkcs8Pem = (k) => k.key.export({ type: 'pkcs8', format: 'pem' });
const pkcs1Pem = (k) => k.key.export({ type: 'pkcs1', format: 'pem' });
function sshString(buf) { const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); }
const sshMpint = (x) => { let b = bigBytes(x); if (b[0] & 0x80) b = Buffer.concat([Buffer.from([0]), b]); return sshString(b); };
const sshRsaPub = (k, comment) => 'ssh-rsa ' + b64(Buffer.concat([sshString('ssh-rsa'), sshMpint(k.e), sshMpint(k.n)])) + ' ' + comment;
function genEd25519() {
  const seed = bytes(32);
  const priv = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const pub = crypto.createPublicKey(priv).export({ format: 'der', type: 'spki' }).subarray(-32);
  return { seed, pub };
}
const ed25519Pub = (k, comment) => 'ssh-ed25519 ' + b64(Buffer.concat([sshString('ssh-ed25519'), sshString(k.pub)])) + ' ' + comment;
function opensshPrivPem(k, comment) {
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(k.pub)]);
  const check = bytes(4);
  let sec = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(k.pub), sshString(Buffer.concat([k.seed, k.pub])), sshString(comment)]);
  const pad = []; for (let i = 1; (sec.length + pad.length) % 8; i++) pad.push(i);
  sec = Buffer.concat([sec, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshString('none'), sshString('none'), sshString(''), Buffer.from([0, 0, 0, 1]), sshString(pubBlob), sshString(sec)]);
  return pemLines('OPENSSH PRIVATE KEY', body, 70);
}
function genEcPem() {
  const d = Buffer.concat([Buffer.from([1 + ri(0xfe)]), bytes(31)]);
  const sec1 = derSeq(derInt(1n), der(0x04, d), der(0xa0, Buffer.from('06082a8648ce3d030107', 'hex')));
  const jwk = crypto.createPrivateKey({ key: sec1, format: 'der', type: 'sec1' }).export({ format: 'jwk' });
  const pub = Buffer.concat([Buffer.from([0, 4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  const full = derSeq(derInt(1n), der(0x04, d), der(0xa0, Buffer.from('06082a8648ce3d030107', 'hex')), der(0xa1, der(0x03, pub)));
  return crypto.createPrivateKey({ key: full, format: 'der', type: 'sec1' }).export({ type: 'sec1', format: 'pem' });
}
const D5 = '-'.repeat(5);
function pemLines(label, buf, width = 64) {
  const s = b64(buf), out = [`${D5}BEGIN ${label}${D5}`];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  out.push(`${D5}END ${label}${D5}`);
  return out;
}
// public certificates are decoys only (negatives): DER-shaped header + random body
const fakeCert = () => pemLines('CERTIFICATE', Buffer.concat([Buffer.from('3082036b30820253a003020102021400', 'hex'), bytes(860)]));
const pemToLines = (pem) => pem.trimEnd().split('\n');
function jwt(header, payload, sigBytes = 256) { return b64url(JSON.stringify(header)) + '.' + b64url(JSON.stringify(payload)) + '.' + b64url(bytes(sigBytes)); }

// ---------------------------------------------------------------- builder
const FILES = [];
const SECRET_VALUES = new Set();
const reg = (...v) => { for (const x of v) SECRET_VALUES.add(x); return v[0]; };
class F {
  constructor(p) { this.p = p; this.lines = []; this.lab = []; FILES.push(this); }
  _push(lines, expect, rule, tags) {
    const start = this.lines.length + 1;
    for (const l of lines) { if (l.includes('\n')) throw new Error(`newline in line of ${this.p}`); this.lines.push(l); }
    this.lab.push({ file: this.p, line: start, endLine: this.lines.length, expect, rule, tags });
    return this;
  }
  o(...chunks) { for (const c of chunks) for (const l of c.split('\n')) this._push([l], false, 'none', []); return this; }
  s(line, rule, ...tags) { return this._push([line], true, rule, tags); }
  S(lines, rule, ...tags) { return this._push(lines, true, rule, tags); }
  n(line, kind, ...tags) { return this._push([line], false, 'negative', [kind, ...tags]); }
  N(lines, kind, ...tags) { return this._push(lines, false, 'negative', [kind, ...tags]); }
}

// shared identities
const ACCT = digits(12), ACCT2 = digits(12);
const rdsHost = (db) => `${db}.${gen(LO + DG, 12)}.us-east-1.rds.amazonaws.com`;
const AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG' + '/bPxRfiCYEXAMPLEKEY'; // AWS documentation example (negative)
const sha256 = () => 'sha256:' + hex(64);

// ================================================================ 1. billing-service/.env
{
  const f = new F('billing-service/.env');
  const dbpw = reg(pwA(26)), rpw = reg(pwA(32)), apw = reg(pwA(22));
  f.o('# billing-service runtime configuration', '# Environment: production (loaded via systemd EnvironmentFile=)',
    'NODE_ENV=production', 'PORT=8080', 'LOG_LEVEL=info', 'APP_URL=https://billing.brightloop.io', '', '# --- Database ---');
  f.s(`DATABASE_URL=postgresql://billing_app:${dbpw}@${rdsHost('billing-prod')}:5432/billing?sslmode=require`, 'connection-string', 'postgres');
  f.o('DATABASE_POOL_MAX=20', 'DATABASE_STATEMENT_TIMEOUT_MS=15000', '', '# --- Cache / queue ---');
  f.s(`REDIS_URL=rediss://default:${rpw}@billing-cache.${gen(LO + DG, 6)}.ng.0001.use1.cache.amazonaws.com:6379/0`, 'connection-string', 'redis');
  f.s(`AMQP_URL=amqps://billing:${apw}@rabbit.internal.brightloop.io:5671/billing`, 'connection-string', 'amqp');
  f.o('', '# --- Stripe ---');
  f.n(`STRIPE_PUBLISHABLE_KEY=${T.stripePk()}`, 'publishable-key', 'stripe');
  f.s(`STRIPE_SECRET_KEY=${reg(T.stripeSk())}`, 'stripe', 'sk_live');
  f.s(`STRIPE_WEBHOOK_SECRET=${reg(T.whsec())}`, 'stripe', 'whsec');
  f.o('STRIPE_API_VERSION=2023-10-16', '', '# --- Email ---');
  f.s(`SENDGRID_API_KEY=${reg(T.sendgrid())}`, 'sendgrid');
  f.o('EMAIL_FROM="Brightloop Billing <billing@brightloop.io>"', '', '# --- Auth ---');
  f.s(`JWT_SECRET=${reg(T.jwtSecret())}`, 'jwt-secret', 'generic');
  f.o('JWT_ISSUER=https://auth.brightloop.io');
  f.n('TOKEN_TTL=3600', 'non-secret-config');
  f.n('REFRESH_TOKEN_TTL=1209600', 'non-secret-config');
  f.o('', '# --- AWS ---', 'AWS_REGION=us-east-1');
  f.s(`AWS_ACCESS_KEY_ID=${reg(T.awsId())}`, 'aws', 'access-key-id');
  f.s(`AWS_SECRET_ACCESS_KEY=${reg(T.awsSecret())}`, 'aws', 'secret-access-key');
  f.o('S3_INVOICE_BUCKET=brightloop-invoices-prod');
  f.n(`KMS_KEY_ARN=arn:aws:kms:us-east-1:${ACCT}:key/${uuid()}`, 'arn');
  f.o('', '# --- Observability ---');
  f.s(`SENTRY_DSN=${reg(T.sentryDsn())}`, 'sentry', 'dsn');
  f.o('SENTRY_ENVIRONMENT=production', 'FEATURE_FLAGS=invoices_v2,dunning_emails');
}

// ================================================================ 2. billing-service/.env.example
{
  const f = new F('billing-service/.env.example');
  f.o('# Copy this file to .env and fill in real values. NEVER commit .env.', '# Values below are examples / local defaults only.',
    'NODE_ENV=development', 'PORT=8080', 'LOG_LEVEL=debug', 'APP_URL=http://localhost:8080', '', '# --- Database ---');
  f.n('DATABASE_URL=postgresql://postgres:postgres@localhost:5432/billing_dev', 'dev-default');
  f.o('DATABASE_POOL_MAX=5', 'DATABASE_STATEMENT_TIMEOUT_MS=15000', '', '# --- Cache / queue ---', 'REDIS_URL=redis://localhost:6379/0');
  f.n('AMQP_URL=amqp://guest:guest@localhost:5672/', 'dev-default');
  f.o('', '# --- Stripe (use test-mode keys locally) ---');
  f.n(`STRIPE_PUBLISHABLE_KEY=${PFX.pkTest}your_publishable_key`, 'placeholder');
  f.n(`STRIPE_SECRET_KEY=${PFX.skTest}${'x'.repeat(24)}`, 'placeholder');
  f.n(`STRIPE_WEBHOOK_SECRET=${PFX.whsec}...`, 'placeholder');
  f.o('STRIPE_API_VERSION=2023-10-16', '', '# --- Email ---');
  f.n('SENDGRID_API_KEY=your-sendgrid-api-key-here', 'placeholder');
  f.o('EMAIL_FROM="Billing Dev <billing@example.com>"', '', '# --- Auth ---');
  f.n('JWT_SECRET=changeme', 'placeholder');
  f.o('JWT_ISSUER=http://localhost:4000');
  f.n('TOKEN_TTL=3600', 'non-secret-config');
  f.o('', '# --- AWS (documentation example credentials) ---', 'AWS_REGION=us-east-1');
  f.n(`AWS_ACCESS_KEY_ID=${PFX.akia}IOSFODNN7EXAMPLE`, 'example', 'aws-docs');
  f.n(`AWS_SECRET_ACCESS_KEY=${AWS_DOC_SECRET}`, 'example', 'aws-docs');
  f.o('S3_INVOICE_BUCKET=billing-invoices-dev', '', '# --- Observability ---');
  f.n('SENTRY_DSN=', 'empty');
  f.n('SLACK_BOT_TOKEN=<token>', 'placeholder');
}

// ================================================================ 3. storefront/.env.production
{
  const f = new F('storefront/.env.production');
  const mpw = reg(pwA(24));
  f.o('# storefront (Next.js 14) — production environment', '# Synced from 1Password by `make env-prod`; do not edit by hand.', '',
    'NEXT_PUBLIC_SITE_URL=https://shop.tessera.store', '');
  f.o('# Firebase web SDK config (public, shipped to the browser)');
  f.n(`NEXT_PUBLIC_FIREBASE_API_KEY=${T.firebaseWeb()}`, 'public-client-key', 'firebase-web');
  f.o('NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN=tessera-shop.firebaseapp.com', 'NEXT_PUBLIC_FIREBASE_PROJECT_ID=tessera-shop');
  f.n(`NEXT_PUBLIC_FIREBASE_APP_ID=1:${digits(12)}:web:${hex(22)}`, 'identifier');
  f.n(`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${T.stripePk()}`, 'publishable-key', 'stripe');
  f.o('', '# Server-only');
  f.s(`MONGODB_URI=mongodb+srv://storefront:${mpw}@cluster0.${gen(LO + DG, 5)}.mongodb.net/shop?retryWrites=true&w=majority`, 'connection-string', 'mongodb');
  f.s(`OPENAI_API_KEY=${reg(T.openai())}`, 'openai');
  f.s(`ANTHROPIC_API_KEY=${reg(T.anthropic())}`, 'anthropic');
  f.o('', '# Auth0', 'AUTH0_ISSUER_BASE_URL=https://tessera.us.auth0.com');
  f.n(`AUTH0_CLIENT_ID=${gen(ALNUM, 32)}`, 'identifier');
  f.s(`AUTH0_CLIENT_SECRET=${reg(T.auth0Secret())}`, 'auth0', 'client-secret');
  f.s(`AUTH0_SECRET=${reg(hex(64))}`, 'generic', 'session-secret');
  f.o('AUTH0_BASE_URL=https://shop.tessera.store', '', '# Cloudflare (cache purge)');
  f.n(`CLOUDFLARE_ZONE_ID=${hex(32)}`, 'identifier');
  f.s(`CLOUDFLARE_API_TOKEN=${reg(T.cloudflare())}`, 'cloudflare');
  f.o('', '# Search');
  f.n(`NEXT_PUBLIC_ALGOLIA_APP_ID=${gen(UP + DG, 10)}`, 'identifier');
  f.s(`ALGOLIA_ADMIN_API_KEY=${reg(hex(32))}`, 'algolia', 'admin-key');
  f.o('', '# ISR on-demand revalidation');
  f.n('REVALIDATE_MAX_AGE=300', 'non-secret-config');
  f.o('NEXT_TELEMETRY_DISABLED=1');
}

// ================================================================ 4. storefront/.env.sample
{
  const f = new F('storefront/.env.sample');
  f.o('# Sample environment for local development.', '# cp .env.sample .env.local  — then replace the placeholders.', '',
    'NEXT_PUBLIC_SITE_URL=http://localhost:3000', '');
  f.n('NEXT_PUBLIC_FIREBASE_API_KEY=<your-firebase-web-api-key>', 'placeholder');
  f.o('NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN=your-project.firebaseapp.com', 'NEXT_PUBLIC_FIREBASE_PROJECT_ID=your-project');
  f.n('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_...', 'placeholder');
  f.o('', 'MONGODB_URI=mongodb://localhost:27017/shop');
  f.n(`OPENAI_API_KEY=${PFX.skProj}REPLACE_ME`, 'placeholder');
  f.n('ANTHROPIC_API_KEY=<token>', 'placeholder');
  f.o('', 'AUTH0_ISSUER_BASE_URL=https://YOUR_TENANT.us.auth0.com');
  f.n('AUTH0_CLIENT_ID=YOUR_CLIENT_ID', 'placeholder');
  f.n('AUTH0_CLIENT_SECRET=', 'empty');
  f.n('AUTH0_SECRET=use `openssl rand -hex 32` to generate a 32 bytes value', 'placeholder');
  f.o('AUTH0_BASE_URL=http://localhost:3000', '');
  f.n('CLOUDFLARE_API_TOKEN=your-token-here', 'placeholder');
  f.n('ALGOLIA_ADMIN_API_KEY=********************************', 'placeholder');
  f.n(`GITHUB_TOKEN=${PFX.ghp}${'x'.repeat(36)}`, 'placeholder', 'token-shaped');
  f.n(`SLACK_BOT_TOKEN=${PFX.xoxb}your-bot-token`, 'placeholder');
  f.o('', 'NEXT_TELEMETRY_DISABLED=1');
}

// ================================================================ 5. platform/docker-compose.yml
{
  const f = new F('platform/docker-compose.yml');
  const redisPw = reg(pw(28)), rabbitPw = reg(passphrase());
  f.o('name: brightloop-platform', '', 'services:', '  api:');
  f.n(`    image: ghcr.io/brightloop/api@${sha256()}`, 'digest');
  f.o('    restart: unless-stopped', '    depends_on:', '      - postgres', '      - redis', '      - rabbitmq', '    ports:', '      - "8080:8080"', '    environment:',
    '      NODE_ENV: production');
  f.n('      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@postgres:5432/app', 'reference');
  f.n('      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0', 'reference');
  f.n('      AMQP_URL: amqp://orders:${RABBITMQ_PASSWORD:?set RABBITMQ_PASSWORD}@rabbitmq:5672/', 'reference');
  f.n('      SESSION_SECRET: ${SESSION_SECRET:?must be set}', 'reference');
  f.o('    secrets:', '      - stripe_secret_key', '', '  postgres:', '    image: postgres:16.2-alpine', '    environment:',
    '      POSTGRES_USER: app', '      POSTGRES_DB: app');
  f.n('      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password', 'reference');
  f.o('    volumes:', '      - pgdata:/var/lib/postgresql/data', '    secrets:', '      - pg_password', '', '  redis:', '    image: redis:7.2-alpine');
  f.s(`    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${redisPw}"]`, 'password', 'redis');
  f.o('    volumes:', '      - redisdata:/data', '', '  rabbitmq:', '    image: rabbitmq:3.13-management', '    environment:',
    '      RABBITMQ_DEFAULT_USER: orders');
  f.s(`      RABBITMQ_DEFAULT_PASS: "${rabbitPw}"`, 'password', 'amqp', 'passphrase');
  f.o('    ports:', '      - "15672:15672"', '', '  grafana:');
  f.n(`    image: grafana/grafana-oss:10.4.1@${sha256()}`, 'digest');
  f.o('    environment:', '      GF_SECURITY_ADMIN_USER: admin');
  f.n('      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin_password', 'reference');
  f.n('      GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: ${GRAFANA_OAUTH_CLIENT_SECRET}', 'reference');
  f.o('      GF_AUTH_GENERIC_OAUTH_ENABLED: "true"', '    secrets:', '      - grafana_admin_password', '', 'volumes:', '  pgdata:', '  redisdata:', '',
    'secrets:', '  pg_password:', '    file: ./secrets/pg_password.txt', '  grafana_admin_password:', '    file: ./secrets/grafana_admin_password.txt',
    '  stripe_secret_key:', '    environment: STRIPE_SECRET_KEY');
}

// ================================================================ 6. k8s Deployment
{
  const f = new F('deploy/k8s/orders-api/deployment.yaml');
  f.o('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: orders-api', '  namespace: orders', '  labels:', '    app.kubernetes.io/name: orders-api',
    '    app.kubernetes.io/part-of: brightloop', 'spec:', '  replicas: 3', '  revisionHistoryLimit: 5', '  selector:', '    matchLabels:', '      app.kubernetes.io/name: orders-api',
    '  template:', '    metadata:', '      labels:', '        app.kubernetes.io/name: orders-api', '      annotations:');
  f.n(`        checksum/config: ${hex(64)}`, 'hash');
  f.o('    spec:', '      serviceAccountName: orders-api', '      imagePullSecrets:', '        - name: ghcr-pull', '      containers:', '        - name: orders-api');
  f.n(`          image: ghcr.io/brightloop/orders-api@${sha256()}`, 'digest');
  f.o('          ports:', '            - containerPort: 8080', '              name: http', '          envFrom:', '            - configMapRef:', '                name: orders-api-config');
  f.n('            - secretRef:', 'reference');
  f.n('                name: orders-api-secrets', 'reference');
  f.o('          env:', '            - name: SPRING_PROFILES_ACTIVE', '              value: prod');
  f.N(['            - name: DB_PASSWORD', '              valueFrom:', '                secretKeyRef:', '                  name: orders-db', '                  key: password'], 'reference', 'secretKeyRef');
  f.N(['            - name: PAYMENTS_API_KEY', '              valueFrom:', '                secretKeyRef:', '                  name: payments-credentials', '                  key: api-key'], 'reference', 'secretKeyRef');
  f.o('            - name: DD_ENV', '              value: production', '            - name: DD_API_KEY');
  f.s(`              value: "${reg(T.ddApi())}"`, 'datadog', 'api-key');
  f.o('            - name: SLACK_ALERTS_WEBHOOK');
  f.s(`              value: ${reg(T.slackHook())}`, 'slack', 'webhook');
  f.o('            - name: JAVA_TOOL_OPTIONS', '              value: "-XX:MaxRAMPercentage=75 -XX:+UseG1GC"');
  f.n('            - name: SESSION_TIMEOUT_SECONDS', 'non-secret-config');
  f.n('              value: "1800"', 'non-secret-config');
  f.o('          resources:', '            requests:', '              cpu: 250m', '              memory: 512Mi', '            limits:', '              memory: 1Gi',
    '          readinessProbe:', '            httpGet:', '              path: /actuator/health/readiness', '              port: http', '            periodSeconds: 10',
    '          livenessProbe:', '            httpGet:', '              path: /actuator/health/liveness', '              port: http', '            initialDelaySeconds: 30',
    '          volumeMounts:', '            - name: tls', '              mountPath: /etc/orders/tls', '              readOnly: true', '      volumes:', '        - name: tls', '          secret:',
    '            secretName: orders-api-tls');
}

// ================================================================ 7. k8s Secret (data / stringData / dockerconfigjson / ssh key)
{
  const f = new F('deploy/k8s/orders-api/secret.yaml');
  const dbpw = reg(pw(24)), jwtk = reg(b64(bytes(48))), smtp = reg(pw(18));
  const ghcrTok = reg(T.ghp());
  f.o('# Applied manually during the 2023 migration. TODO: move to ExternalSecrets.', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: orders-api-secrets', '  namespace: orders',
    '  labels:', '    app.kubernetes.io/name: orders-api', 'type: Opaque', 'data:');
  f.s(`  DB_PASSWORD: ${b64(dbpw)}`, 'password', 'base64-encoded');
  f.s(`  JWT_SIGNING_KEY: ${b64(jwtk)}`, 'jwt-secret', 'base64-encoded');
  f.n('  FEATURE_TOKEN_TTL: MzYwMA==', 'non-secret-config', 'base64-encoded');
  f.o('stringData:');
  f.s(`  SMTP_PASSWORD: "${smtp}"`, 'smtp', 'password');
  f.s(`  MAILGUN_API_KEY: ${reg(T.mailgun())}`, 'mailgun');
  f.n('  OPTIONAL_PARTNER_TOKEN: ""', 'empty');
  f.o('---', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: ghcr-pull', '  namespace: orders', 'type: kubernetes.io/dockerconfigjson', 'data:');
  const dockercfg = JSON.stringify({ auths: { 'ghcr.io': { username: 'brightloop-bot', password: ghcrTok, auth: b64(`brightloop-bot:${ghcrTok}`) } } });
  f.s(`  .dockerconfigjson: ${b64(dockercfg)}`, 'docker-auth', 'github', 'base64-encoded');
  f.o('---', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: argocd-repo-infra', '  namespace: argocd', '  labels:', '    argocd.argoproj.io/secret-type: repository',
    'type: Opaque', 'stringData:', '  type: git', '  url: git@github.com:brightloop/infra.git', '  sshPrivateKey: |');
  const ed = genEd25519();
  f.S(opensshPrivPem(ed, 'argocd@brightloop').map((l) => '    ' + l), 'private-key', 'openssh', 'multiline');
}

// ================================================================ 8. k8s ConfigMap (+ CA bundle)
{
  const f = new F('deploy/k8s/orders-api/configmap.yaml');
  f.o('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: orders-api-config', '  namespace: orders', 'data:', '  SERVER_PORT: "8080"',
    '  LOG_FORMAT: json', '  ORDERS_DB_HOST: orders-db.orders.svc.cluster.local', '  ORDERS_DB_NAME: orders', '  ORDERS_DB_USER: orders_svc');
  f.n('  ORDERS_DB_PASSWORD_SECRET: orders-db/password', 'reference');
  f.n('  AUTH_PASSWORD_MIN_LENGTH: "12"', 'non-secret-config');
  f.n('  AUTH_TOKEN_TTL: "3600"', 'non-secret-config');
  f.n('  AUTH_MAX_FAILED_LOGINS: "5"', 'non-secret-config');
  f.n(`  OAUTH_CLIENT_ID: ${uuid()}`, 'identifier', 'uuid');
  f.o('  OAUTH_JWKS_URI: https://auth.brightloop.io/.well-known/jwks.json');
  f.n('  VAULT_SECRET_PATH: vault:secret/data/orders/prod#stripe_key', 'reference');
  f.o('  VAULT_ADDR: https://vault.brightloop.io:8200', '  application.yaml: |', '    orders:', '      cache:', '        ttl: 10m', '      checkout:', '        reservation-timeout: 15m');
  f.n('      api-key-header: X-Api-Key', 'non-secret-config');
  f.o('  ca-bundle.crt: |', '    # Brightloop Internal Root CA G2');
  f.N([...fakeCert(), ...fakeCert()].map((l) => '    ' + l), 'public-cert', 'ca-bundle');
}

// ================================================================ 9. Helm values.yaml
{
  const f = new F('charts/payments/values.yaml');
  const pgpw = reg(pw(22));
  f.o('# Default values for payments.', '# This is a YAML-formatted file.', '', 'replicaCount: 3', '', 'image:', '  repository: ghcr.io/brightloop/payments', '  tag: "2.14.1"');
  f.n(`  digest: "${sha256()}"`, 'digest');
  f.o('  pullPolicy: IfNotPresent', '', 'imagePullSecrets:', '  - name: ghcr-pull', '', 'serviceAccount:', '  create: true', '  annotations:');
  f.n(`    eks.amazonaws.com/role-arn: arn:aws:iam::${ACCT}:role/payments-irsa`, 'arn');
  f.o('', 'postgresql:', '  enabled: true', '  auth:', '    username: payments', '    database: payments');
  f.s(`    password: "${pgpw}"`, 'password', 'postgres');
  f.n('    existingSecret: payments-postgresql-admin', 'reference');
  f.o('  primary:', '    persistence:', '      size: 20Gi', '', 'redis:', '  enabled: true', '  auth:', '    enabled: true');
  f.n('    existingSecret: payments-redis', 'reference');
  f.n('    existingSecretPasswordKey: redis-password', 'reference');
  f.o('', 'config:', '  currency: USD');
  f.n('  passwordMinLength: 12', 'non-secret-config');
  f.n('  tokenTtlSeconds: 3600', 'non-secret-config');
  f.o('  maxRefundDays: 90', '', 'secrets:', '  create: true');
  f.s(`  stripeSecretKey: "${reg(T.stripeSkShort())}"`, 'stripe', 'sk_live');
  f.n(`  stripePublishableKey: "${T.stripePk()}"`, 'publishable-key', 'stripe');
  f.n('  vaultToken: ""', 'empty');
  f.n('  webhookSecret: null', 'null');
  f.o('', 'externalSecrets:', '  enabled: false', '  refreshInterval: 1h', '  data:', '    - secretKey: stripeSecretKey');
  f.n('      remoteRef: vault:secret/data/payments/prod#stripe_secret_key', 'reference');
  f.o('', 'webhookTls:', '  enabled: true', '  # serving cert for the admission webhook (rotated yearly, see RUNBOOK.md)');
  f.S(['  key: |', ...pemToLines(genEcPem()).map((l) => '    ' + l)], 'private-key', 'ec', 'multiline');
  f.o('', 'service:', '  type: ClusterIP', '  port: 80', '', 'resources:', '  requests:', '    cpu: 200m', '    memory: 256Mi', '  limits:', '    memory: 512Mi', '',
    'podDisruptionBudget:', '  minAvailable: 2');
}

// ================================================================ 10. Helm template
{
  const f = new F('charts/payments/templates/secret.yaml');
  f.o('{{- if .Values.secrets.create }}', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: {{ include "payments.fullname" . }}', '  labels:',
    '    {{- include "payments.labels" . | nindent 4 }}', 'type: Opaque', 'data:');
  f.n('  stripe-secret-key: {{ .Values.secrets.stripeSecretKey | b64enc | quote }}', 'reference', 'template');
  f.n('  db-password: {{ .Values.postgresql.auth.password | b64enc | quote }}', 'reference', 'template');
  f.n('  {{- with .Values.secrets.vaultToken }}', 'reference', 'template');
  f.n('  vault-token: {{ . | b64enc | quote }}', 'reference', 'template');
  f.o('  {{- end }}', 'stringData:');
  f.n('  DATABASE_URL: "postgres://{{ .Values.postgresql.auth.username }}:{{ .Values.postgresql.auth.password }}@{{ include "payments.fullname" . }}-postgresql:5432/{{ .Values.postgresql.auth.database }}"', 'reference', 'template');
  f.n('  WEBHOOK_SECRET: {{ required "secrets.webhookSecret is required" .Values.secrets.webhookSecret | quote }}', 'reference', 'template');
  f.o('{{- end }}', '---', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: {{ include "payments.fullname" . }}-random', 'type: Opaque', 'data:');
  f.n('  api-signing-key: {{ randAlphaNum 48 | b64enc | quote }}', 'reference', 'template');
  f.n('  {{- $existing := lookup "v1" "Secret" .Release.Namespace (printf "%s-random" (include "payments.fullname" .)) }}', 'reference', 'template');
  f.o('  # keep existing value across upgrades', '  {{- if $existing }}');
  f.n('  session-key: {{ index $existing.data "session-key" }}', 'reference', 'template');
  f.o('  {{- else }}');
  f.n('  session-key: {{ randAlphaNum 64 | b64enc | quote }}', 'reference', 'template');
  f.o('  {{- end }}');
}

// ================================================================ 11. GitHub Actions
{
  const f = new F('.github/workflows/deploy.yml');
  f.o('name: deploy', '', 'on:', '  push:', '    branches: [main]', '  workflow_dispatch:', '', 'permissions:', '  contents: read', '  id-token: write', '  packages: write', '',
    'concurrency:', '  group: deploy-${{ github.ref }}', '  cancel-in-progress: false', '', 'env:', '  AWS_REGION: us-east-1', '  IMAGE: ghcr.io/brightloop/api');
  f.n('  SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOY_WEBHOOK }}', 'reference');
  f.o('', 'jobs:', '  build:', '    runs-on: ubuntu-22.04', '    steps:');
  f.n(`      - uses: actions/checkout@${hex(40)} # v4.1.1`, 'hash', 'pinned-action');
  f.n(`      - uses: actions/setup-node@${hex(40)} # v4.0.2`, 'hash', 'pinned-action');
  f.o('        with:', '          node-version: 20', '          cache: npm', '          registry-url: https://npm.pkg.github.com', '      - run: npm ci', '        env:');
  f.n('          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}', 'reference');
  f.o('      - run: npm test -- --ci');
  f.n(`      - uses: docker/login-action@${hex(40)} # v3.1.0`, 'hash', 'pinned-action');
  f.o('        with:', '          registry: ghcr.io', '          username: ${{ github.actor }}');
  f.n('          password: ${{ secrets.GITHUB_TOKEN }}', 'reference');
  f.o('      - name: Build and push', '        run: |', '          docker build --build-arg GIT_SHA=${{ github.sha }} -t $IMAGE:${{ github.sha }} .',
    '          docker push $IMAGE:${{ github.sha }}', '', '  deploy:', '    needs: build', '    runs-on: ubuntu-22.04', '    environment: production', '    steps:');
  f.n(`      - uses: aws-actions/configure-aws-credentials@${hex(40)} # v4`, 'hash', 'pinned-action');
  f.o('        with:');
  f.n(`          role-to-assume: arn:aws:iam::${ACCT}:role/gha-deploy`, 'arn');
  f.o('          aws-region: ${{ env.AWS_REGION }}', '      - name: Fetch chart dependencies from private repo', '        env:');
  f.s(`          CHARTS_REPO_TOKEN: ${reg(T.ghp())}`, 'github', 'ghp');
  f.o('        run: |');
  f.n('          git clone https://x-access-token:$CHARTS_REPO_TOKEN@github.com/brightloop/charts.git /tmp/charts', 'reference', 'url-credential');
  f.o('      - name: Helm upgrade', '        run: |', '          aws eks update-kubeconfig --name prod --region $AWS_REGION',
    '          helm upgrade --install api /tmp/charts/api --set image.tag=${{ github.sha }} --wait', '      - name: Notify', '        if: always()',
    '        run: |', '          curl -sS -X POST -H "Content-Type: application/json" \\', '            -d "{\\"text\\":\\"deploy ${{ job.status }}: ${{ github.sha }}\\"}" "$SLACK_WEBHOOK_URL"');
}

// ================================================================ 12. GitLab CI
{
  const f = new F('.gitlab-ci.yml');
  f.o('stages:', '  - test', '  - build', '  - release', '', 'variables:', '  DOCKER_DRIVER: overlay2', '  POSTGRES_DB: app_test', '  POSTGRES_USER: postgres');
  f.n('  POSTGRES_PASSWORD: postgres', 'dev-default', 'ci-service');
  f.n('  DATABASE_URL: "postgres://postgres:postgres@postgres:5432/app_test"', 'dev-default', 'ci-service');
  f.o('', 'default:');
  f.n(`  image: python:3.12-slim@${sha256()}`, 'digest');
  f.o('', 'test:', '  stage: test', '  services:', '    - postgres:16', '  script:', '    - pip install -r requirements-dev.txt', '    - pytest -q', '',
    'build:', '  stage: build', '  image: docker:24', '  services:', '    - docker:24-dind', '  script:');
  f.n('    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"', 'reference');
  f.o('    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .', '    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"', '',
    'sonar:', '  stage: test', '  image: sonarsource/sonar-scanner-cli:5', '  variables:', '    SONAR_HOST_URL: https://sonar.brightloop.io');
  f.n('    SONAR_TOKEN: $SONAR_TOKEN', 'reference');
  f.o('  script:', '    - sonar-scanner -Dsonar.qualitygate.wait=true', '  allow_failure: true', '',
    'release:', '  stage: release', '  image: curlimages/curl:8.6.0', '  rules:', '    - if: $CI_COMMIT_TAG', '  script:', '    - >', '      curl --fail -X POST');
  f.s(`      --header "PRIVATE-TOKEN: ${reg(T.glpat())}"`, 'gitlab', 'glpat');
  f.o('      --data "name=$CI_COMMIT_TAG&tag_name=$CI_COMMIT_TAG"', '      "https://gitlab.brightloop.io/api/v4/projects/$CI_PROJECT_ID/releases"', '',
    'pages:', '  stage: release', '  script:', '    - mkdocs build -d public', '  artifacts:', '    paths:', '      - public', '  only:', '    - main');
}

// ================================================================ 13. Terraform main.tf
{
  const f = new F('infra/terraform/main.tf');
  f.o('terraform {', '  required_version = ">= 1.6"', '  required_providers {', '    aws = {', '      source  = "hashicorp/aws"', '      version = "~> 5.40"', '    }',
    '    digitalocean = {', '      source  = "digitalocean/digitalocean"', '      version = "~> 2.34"', '    }', '  }', '  backend "s3" {', '    bucket         = "brightloop-tfstate"',
    '    key            = "prod/core.tfstate"', '    region         = "us-east-1"', '    dynamodb_table = "tf-locks"', '    encrypt        = true', '  }', '}', '',
    '# TODO(ops-412): switch to OIDC role; static keys are temporary', 'provider "aws" {', '  region     = var.region');
  f.s(`  access_key = "${reg(T.awsId())}"`, 'aws', 'access-key-id');
  f.s(`  secret_key = "${reg(T.awsSecret())}"`, 'aws', 'secret-access-key');
  f.o('}', '', 'provider "digitalocean" {');
  f.s(`  token = "${reg(T.digitalocean())}"`, 'digitalocean');
  f.o('}', '', 'data "aws_secretsmanager_secret_version" "orders_db" {');
  f.n(`  secret_id = "arn:aws:secretsmanager:us-east-1:${ACCT}:secret:prod/orders/db-${gen(ALNUM, 6)}"`, 'reference', 'arn');
  f.o('}', '', 'resource "aws_db_instance" "orders" {', '  identifier              = "orders-prod"', '  engine                  = "postgres"',
    '  engine_version          = "16.2"', '  instance_class          = "db.r6g.large"', '  allocated_storage       = 100', '  username                = "orders_admin"');
  f.n('  password                = jsondecode(data.aws_secretsmanager_secret_version.orders_db.secret_string)["password"]', 'reference');
  f.n('  kms_key_id              = aws_kms_key.rds.arn', 'reference');
  f.o('  storage_encrypted       = true', '  backup_retention_period = 14', '  deletion_protection     = true', '}', '', 'resource "aws_kms_key" "rds" {',
    '  description             = "RDS encryption key"', '  deletion_window_in_days = 30', '  enable_key_rotation     = true', '}', '', 'resource "random_password" "redis_auth" {');
  f.n('  length  = 32', 'non-secret-config');
  f.o('  special = false', '}', '', 'resource "aws_ssm_parameter" "redis_auth" {', '  name  = "/prod/orders/redis_auth"', '  type  = "SecureString"');
  f.n('  value = random_password.redis_auth.result', 'reference');
  f.o('}', '', 'resource "aws_ssm_parameter" "payments_api_key" {', '  name  = "/prod/payments/api_key"', '  type  = "SecureString"');
  f.n('  value = var.payments_api_key', 'reference');
  f.o('}', '', 'resource "aws_iam_role" "ci_deploy" {', '  name = "ci-deploy"', '  assume_role_policy = jsonencode({', '    Version = "2012-10-17"', '    Statement = [{',
    '      Effect = "Allow"', '      Action = "sts:AssumeRole"');
  f.n(`      Principal = { AWS = "arn:aws:iam::${ACCT2}:root" }`, 'arn', 'aws-account-id');
  f.o('    }]', '  })', '}', '', 'variable "region" {', '  type    = string', '  default = "us-east-1"', '}', '', 'variable "payments_api_key" {',
    '  type      = string', '  sensitive = true', '}', '', 'variable "db_password" {', '  type      = string', '  sensitive = true');
  f.n('  default   = ""', 'empty');
  f.o('}');
}

// ================================================================ 14. Terraform tfvars
{
  const f = new F('infra/terraform/environments/prod.tfvars');
  f.o('# Production environment values', 'environment = "prod"', 'region      = "us-east-1"');
  f.n(`account_id  = "${ACCT}"`, 'aws-account-id');
  f.o('', 'vpc_cidr             = "10.20.0.0/16"', 'private_subnet_cidrs = ["10.20.1.0/24", "10.20.2.0/24", "10.20.3.0/24"]', 'public_subnet_cidrs  = ["10.20.101.0/24", "10.20.102.0/24"]', '',
    'db_instance_class = "db.r6g.large"', 'db_username       = "orders_admin"');
  f.s(`db_password       = "${reg(pw(24))}"`, 'password');
  f.o('', '# monitoring');
  f.s(`datadog_api_key = "${reg(T.ddApi())}"`, 'datadog', 'api-key');
  f.s(`datadog_app_key = "${reg(T.ddApp())}"`, 'datadog', 'app-key');
  f.s(`grafana_auth    = "${reg(T.grafana())}"`, 'grafana', 'glsa');
  f.o('grafana_url     = "https://brightloop.grafana.net"', '', '# certificates / keys');
  f.n(`acm_certificate_arn = "arn:aws:acm:us-east-1:${ACCT}:certificate/${uuid()}"`, 'arn');
  f.n(`kms_key_arn         = "arn:aws:kms:us-east-1:${ACCT}:key/${uuid()}"`, 'arn');
  f.n(`allowed_account_ids = ["${ACCT}", "${ACCT2}"]`, 'aws-account-id');
  f.o('', 'tags = {', '  Owner      = "platform"', '  CostCenter = "1042"', '  ManagedBy  = "terraform"', '}');
}

// ================================================================ 15. Ansible group vars (vault blocks)
const vaultBlock = (key, indent = '          ') => {
  const out = [`${key}: !vault |`, `${indent}$ANSIBLE_VAULT;1.1;AES256`];
  const nl = 4 + ri(4);
  for (let i = 0; i < nl; i++) out.push(indent + hex(80));
  out.push(indent + hex(2 * (10 + ri(28))));
  return out;
};
{
  const f = new F('ansible/group_vars/production/vars.yml');
  const tlsKey = genRsa(2048);
  f.o('---', '# Production group variables', 'app_name: orders', 'app_user: orders', 'app_port: 8080', 'deploy_root: /srv/orders', '',
    'db_host: orders-db.prod.brightloop.internal', 'db_name: orders', 'db_user: orders_svc');
  f.N(vaultBlock('db_password'), 'encrypted', 'ansible-vault');
  f.o('', 'smtp_host: smtp.mailgun.org', 'smtp_user: postmaster@mg.brightloop.io');
  f.N(vaultBlock('smtp_password'), 'encrypted', 'ansible-vault');
  f.o('', 'redis_host: 10.20.1.45');
  f.s(`redis_password: "${reg(pw(26))}"`, 'password', 'redis');
  f.o('', 'newrelic_enabled: true');
  f.s(`newrelic_license_key: "${reg(T.newrelic())}"`, 'newrelic');
  f.o('', 'password_policy:');
  f.n('  min_length: 12', 'non-secret-config');
  f.n('  max_age_days: 90', 'non-secret-config');
  f.o('', 'ssh_authorized_keys:');
  f.n(`  - "${ed25519Pub(genEd25519(), 'ops@bastion-1')}"`, 'public-key', 'ssh');
  f.n(`  - "${sshRsaPub(tlsKey, 'deploy@ci-runner')}"`, 'public-key', 'ssh');
  f.o('', 'nginx_tls_certificate: |');
  f.N(fakeCert().map((l) => '  ' + l), 'public-cert');
  f.o('# TODO: move into vault before go-live');
  f.S(['nginx_tls_private_key: |', ...pemToLines(pkcs1Pem(tlsKey)).map((l) => '  ' + l)], 'private-key', 'rsa', 'multiline');
}

// ================================================================ 16. Ansible playbook
{
  const f = new F('ansible/playbooks/deploy-orders.yml');
  const artPw = reg(pw(20));
  f.o('---', '- name: Deploy orders service', '  hosts: orders', '  become: true', '  vars_files:', '    - ../group_vars/production/vars.yml', '',
    '  pre_tasks:', '    - name: Ensure app user exists', '      ansible.builtin.user:', '        name: "{{ app_user }}"', '        system: true', '        shell: /usr/sbin/nologin');
  f.n('        password: "!"', 'non-secret-config', 'locked-account');
  f.o('', '  tasks:', '    - name: Download release artifact', '      ansible.builtin.get_url:',
    '        url: "https://artifactory.brightloop.io/artifactory/releases/orders/{{ release }}/orders.jar"', '        dest: "{{ deploy_root }}/releases/{{ release }}.jar"',
    '        url_username: svc-ansible');
  f.s(`        url_password: "${artPw}"`, 'password', 'artifactory');
  f.o('        mode: "0640"', '', '    - name: Create database role', '      community.postgresql.postgresql_user:', '        name: "{{ db_user }}"');
  f.n('        password: "{{ db_password }}"', 'reference');
  f.o('        login_host: "{{ db_host }}"', '        login_user: postgres');
  f.n("        login_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/pg:admin_password') }}\"", 'reference', 'vault');
  f.o('', '    - name: Render environment file', '      ansible.builtin.template:', '        src: orders.env.j2', '        dest: /etc/orders/orders.env', '        mode: "0600"',
    '        owner: "{{ app_user }}"', '', '    - name: Run migrations', '      ansible.builtin.command: "java -jar {{ deploy_root }}/releases/{{ release }}.jar db migrate"',
    '      environment:');
  f.n('        PGPASSWORD: "{{ db_password }}"', 'reference');
  f.n("        DEPLOY_TOKEN: \"{{ lookup('ansible.builtin.env', 'DEPLOY_TOKEN') }}\"", 'reference');
  f.o('      changed_when: false', '', '    - name: Notify deploy API', '      ansible.builtin.uri:', '        url: https://deploys.brightloop.io/api/v1/events',
    '        method: POST', '        headers:');
  f.n('          Authorization: "Bearer {{ deploy_api_token }}"', 'reference');
  f.o('        body_format: json', '        body:', '          service: orders', '          version: "{{ release }}"', '',
    '  handlers:', '    - name: Restart orders', '      ansible.builtin.systemd:', '        name: orders', '        state: restarted', '        daemon_reload: true');
}

// ================================================================ 17. Spring application.yml
{
  const f = new F('services/orders/src/main/resources/application.yml');
  f.o('spring:', '  application:', '    name: orders', '  datasource:', '    url: jdbc:postgresql://orders-db.prod.brightloop.internal:5432/orders', '    username: orders_svc');
  f.s(`    password: ${reg(pw(22))}`, 'password', 'postgres');
  f.o('    hikari:', '      maximum-pool-size: 20', '  jpa:', '    open-in-view: false', '    hibernate:', '      ddl-auto: validate', '  rabbitmq:', '    host: mq.prod.brightloop.internal',
    '    username: orders');
  f.n('    password: ${RABBITMQ_PASSWORD}', 'reference');
  f.o('  mail:', '    host: smtp.sendgrid.net', '    port: 587', '    username: apikey');
  f.s(`    password: ${reg(T.sendgrid())}`, 'sendgrid', 'smtp');
  f.o('  security:', '    oauth2:', '      client:', '        registration:', '          okta:');
  f.n(`            client-id: 0oa${gen(ALNUM, 17)}`, 'identifier');
  f.s(`            client-secret: ${reg(T.oktaClientSecret())}`, 'okta', 'client-secret');
  f.o('            scope: openid,profile,email', '        provider:', '          okta:', '            issuer-uri: https://brightloop.okta.com/oauth2/default', '',
    'okta:', '  client:', '    org-url: https://brightloop.okta.com');
  f.s(`    token: ${reg(T.okta())}`, 'okta', 'api-token');
  f.o('', 'app:', '  jwt:');
  f.s(`    secret: ${reg(b64(bytes(64)))}`, 'jwt-secret', 'base64');
  f.n('    expiration-seconds: 3600', 'non-secret-config');
  f.o('  security:');
  f.n('    password-min-length: 12', 'non-secret-config');
  f.n('    password-hash-algorithm: argon2id', 'non-secret-config');
  f.o('', 'management:', '  endpoints:', '    web:', '      exposure:', '        include: health,info,prometheus', '', '---', 'spring:', '  config:', '    activate:',
    '      on-profile: local', '  datasource:', '    url: jdbc:postgresql://localhost:5432/orders', '    username: postgres');
  f.n('    password: postgres', 'dev-default');
  f.o('  rabbitmq:', '    host: localhost', '    username: guest');
  f.n('    password: guest', 'dev-default');
}

// ================================================================ 18. Spring application.properties
{
  const f = new F('services/inventory/src/main/resources/application.properties');
  const mqpw = reg(pwA(24));
  f.o('# Inventory service configuration', 'spring.application.name=inventory', 'server.port=8081', '',
    'spring.datasource.url=jdbc:mysql://inventory-db.prod.brightloop.internal:3306/inventory?useSSL=true&requireSSL=true', 'spring.datasource.username=inventory');
  f.s(`spring.datasource.password=${reg(pw(20))}`, 'password', 'mysql');
  f.o('spring.datasource.hikari.maximum-pool-size=15', '');
  f.s(`spring.rabbitmq.addresses=amqps://inventory:${mqpw}@mq.prod.brightloop.internal:5671/inventory`, 'connection-string', 'amqp');
  f.n('spring.data.mongodb.uri=${MONGODB_URI}', 'reference');
  f.o('', 'spring.mail.host=smtp.mailgun.org', 'spring.mail.username=postmaster@mg.brightloop.io');
  f.n('spring.mail.password=${SMTP_PASSWORD}', 'reference');
  f.o('', 'spring.cloud.vault.uri=https://vault.brightloop.io:8200', 'spring.cloud.vault.authentication=TOKEN');
  f.s(`spring.cloud.vault.token=${reg(T.vault())}`, 'vault', 'hvs');
  f.o('spring.cloud.vault.kv.backend=secret', '', 'server.ssl.enabled=true', 'server.ssl.key-store=classpath:keystore.p12', 'server.ssl.key-store-type=PKCS12');
  f.n('server.ssl.key-store-password=${KEYSTORE_PASSWORD}', 'reference');
  f.o('', 'app.security.encryption.algorithm=AES/GCM/NoPadding');
  f.s(`app.security.encryption.secret=${reg(b64(bytes(32)))}`, 'generic', 'encryption-key');
  f.n('app.security.password.min-length=12', 'non-secret-config');
  f.n('app.security.token.ttl=3600', 'non-secret-config');
  f.n('app.security.api-key.header=X-Inventory-Key', 'non-secret-config');
  f.o('', 'management.endpoints.web.exposure.include=health,info,prometheus', 'logging.level.root=INFO', 'logging.level.com.brightloop.inventory=DEBUG');
}

// ================================================================ 19. appsettings.json
{
  const f = new F('src/Contoso.Api/appsettings.json');
  f.o('{', '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', '    }', '  },', '  "AllowedHosts": "*",',
    '  "ConnectionStrings": {');
  f.s(`    "DefaultConnection": "Server=tcp:contoso-sql-prod.database.windows.net,1433;Initial Catalog=contoso;Persist Security Info=False;User ID=contoso_app;Password=${reg(pw(22))};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",`, 'connection-string', 'sqlserver');
  f.s(`    "BlobStorage": "DefaultEndpointsProtocol=https;AccountName=contosoprodassets;AccountKey=${reg(T.azureStorageKey())};EndpointSuffix=core.windows.net",`, 'azure', 'storage-account-key');
  f.s(`    "ServiceBus": "Endpoint=sb://contoso-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${reg(T.azureSasKey())}",`, 'azure', 'service-bus');
  f.n('    "LocalDb": "Server=(localdb)\\\\mssqllocaldb;Database=contoso_dev;Trusted_Connection=True;MultipleActiveResultSets=true"', 'dev-default', 'no-credential');
  f.o('  },', '  "AzureAd": {', '    "Instance": "https://login.microsoftonline.com/",', '    "Domain": "contoso.onmicrosoft.com",');
  f.n(`    "TenantId": "${uuid()}",`, 'identifier', 'uuid');
  f.n(`    "ClientId": "${uuid()}",`, 'identifier', 'uuid');
  f.s(`    "ClientSecret": "${reg(T.azureAdSecret())}",`, 'azure', 'client-secret');
  f.o('    "CallbackPath": "/signin-oidc"', '  },', '  "Jwt": {', '    "Issuer": "https://api.contoso.com",', '    "Audience": "contoso-clients",');
  f.s(`    "SigningKey": "${reg(T.jwtSecret())}",`, 'jwt-secret');
  f.n('    "ExpiryMinutes": 60', 'non-secret-config');
  f.o('  },', '  "KeyVault": {', '    "VaultUri": "https://contoso-prod-kv.vault.azure.net/"', '  },', '  "Identity": {', '    "Password": {');
  f.n('      "RequiredLength": 12,', 'non-secret-config');
  f.o('      "RequireDigit": true,', '      "RequireNonAlphanumeric": true', '    },', '    "Lockout": {', '      "MaxFailedAccessAttempts": 5', '    }', '  },', '  "Features": {',
    '    "EnableSwagger": false', '  }', '}');
}

// ================================================================ 20. Web.config
{
  const f = new F('src/Contoso.Web/Web.config');
  f.o('<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <configSections>',
    '    <section name="entityFramework" type="System.Data.Entity.Internal.ConfigFile.EntityFrameworkSection, EntityFramework" requirePermission="false" />',
    '  </configSections>', '  <connectionStrings>');
  f.s(`    <add name="DefaultConnection" connectionString="Data Source=sql01.corp.contoso.com;Initial Catalog=ContosoWeb;User ID=websvc;Password=${reg(pw(18))};" providerName="System.Data.SqlClient" />`, 'connection-string', 'sqlserver');
  f.n('    <add name="Reporting" connectionString="Data Source=sql02.corp.contoso.com;Initial Catalog=Reports;Integrated Security=True;" providerName="System.Data.SqlClient" />', 'no-credential');
  f.o('  </connectionStrings>', '  <appSettings>', '    <add key="webpages:Version" value="3.0.0.0" />', '    <add key="ClientValidationEnabled" value="true" />',
    '    <add key="SmtpHost" value="smtp.office365.com" />', '    <add key="SmtpUser" value="noreply@contoso.com" />');
  f.s(`    <add key="SmtpPassword" value="${reg(passphrase())}" />`, 'smtp', 'password', 'passphrase');
  f.n('    <add key="PaymentGatewayApiKey" value="#{PaymentGatewayApiKey}#" />', 'reference', 'token-replacement');
  f.n('    <add key="MinPasswordLength" value="12" />', 'non-secret-config');
  f.o('  </appSettings>', '  <system.web>', '    <compilation debug="false" targetFramework="4.8" />', '    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />');
  f.s(`    <machineKey validationKey="${reg(hex(128).toUpperCase())}" decryptionKey="${reg(hex(64).toUpperCase())}" validation="HMACSHA256" decryption="AES" />`, 'generic', 'machine-key');
  f.o('    <authentication mode="Forms">', '      <forms loginUrl="~/Account/Login" timeout="2880" requireSSL="true" />', '    </authentication>', '    <membership defaultProvider="SqlProvider">',
    '      <providers>');
  f.n('        <add name="SqlProvider" type="System.Web.Security.SqlMembershipProvider" connectionStringName="DefaultConnection" minRequiredPasswordLength="12" passwordFormat="Hashed" />', 'non-secret-config');
  f.o('      </providers>', '    </membership>', '    <customErrors mode="RemoteOnly" />', '  </system.web>', '  <system.webServer>', '    <httpProtocol>', '      <customHeaders>',
    '        <remove name="X-Powered-By" />', '        <add name="Strict-Transport-Security" value="max-age=31536000" />', '      </customHeaders>', '    </httpProtocol>',
    '  </system.webServer>', '</configuration>');
}

// ================================================================ 21. Django settings
{
  const f = new F('backend/config/settings/production.py');
  const rpw = reg(pwA(28));
  f.o('"""Production settings for the brightloop backend."""', 'import os', '', 'from .base import *  # noqa: F401,F403', '', 'DEBUG = False', '');
  f.s(`SECRET_KEY = "${reg(T.djangoKey())}"`, 'django-secret');
  f.o('', 'ALLOWED_HOSTS = ["api.brightloop.io", ".brightloop.internal"]', 'CSRF_TRUSTED_ORIGINS = ["https://app.brightloop.io"]', '', 'DATABASES = {', '    "default": {',
    '        "ENGINE": "django.db.backends.postgresql",', '        "NAME": os.environ.get("DB_NAME", "brightloop"),', '        "USER": os.environ.get("DB_USER", "brightloop"),');
  f.n('        "PASSWORD": os.environ["DB_PASSWORD"],', 'reference');
  f.o('        "HOST": os.environ.get("DB_HOST", "db.prod.brightloop.internal"),', '        "PORT": "5432",', '        "CONN_MAX_AGE": 60,', '    }', '}', '', 'CACHES = {',
    '    "default": {', '        "BACKEND": "django_redis.cache.RedisCache",');
  f.s(`        "LOCATION": "redis://:${rpw}@cache.prod.brightloop.internal:6379/1",`, 'connection-string', 'redis');
  f.o('    }', '}', '');
  f.n('CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]', 'reference');
  f.o('', 'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"', 'EMAIL_HOST = "smtp.mailgun.org"', 'EMAIL_PORT = 587', 'EMAIL_USE_TLS = True',
    'EMAIL_HOST_USER = "postmaster@mg.brightloop.io"');
  f.s(`EMAIL_HOST_PASSWORD = "${reg(hex(32) + '-' + hex(8) + '-' + hex(8))}"`, 'smtp', 'mailgun');
  f.o('', 'AWS_STORAGE_BUCKET_NAME = "brightloop-media-prod"');
  f.n('AWS_S3_ACCESS_KEY_ID = os.getenv("AWS_ACCESS_KEY_ID")', 'reference');
  f.n('AWS_S3_SECRET_ACCESS_KEY = os.getenv("AWS_SECRET_ACCESS_KEY")', 'reference');
  f.o('', '# GitHub login (social-auth-app-django)');
  f.n(`SOCIAL_AUTH_GITHUB_KEY = "Ov23li${gen(ALNUM, 14)}"`, 'identifier');
  f.s(`SOCIAL_AUTH_GITHUB_SECRET = "${reg(hex(40))}"`, 'generic', 'oauth-client-secret');
  f.o('', 'AUTH_PASSWORD_VALIDATORS = [', '    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},');
  f.n('    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},', 'non-secret-config');
  f.o('    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},', ']', '',
    'PASSWORD_HASHERS = [', '    "django.contrib.auth.hashers.Argon2PasswordHasher",', '    "django.contrib.auth.hashers.PBKDF2PasswordHasher",', ']', '');
  f.n('SESSION_COOKIE_AGE = 1209600', 'non-secret-config');
  f.o('SESSION_COOKIE_SECURE = True', 'SECURE_HSTS_SECONDS = 31536000', '', 'import sentry_sdk  # noqa: E402', '');
  f.n('sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1)', 'reference');
}

// ================================================================ 22. Django fixture with password hashes
{
  const f = new F('backend/accounts/fixtures/seed_users.json');
  const users = [
    ['admin', 'pbkdf2'], ['ops', 'bcrypt'], ['support', 'argon2'], ['demo', 'pbkdf2'],
  ];
  const hashFor = (kind) => {
    if (kind === 'pbkdf2') return `pbkdf2_sha256$720000$${gen(ALNUM, 22)}$${b64(bytes(32))}`;
    if (kind === 'bcrypt') return `bcrypt_sha256$$2b$12$${gen('./' + ALNUM, 53)}`;
    return `argon2$argon2id$v=19$m=102400,t=2,p=8$${b64(bytes(16)).replace(/=+$/, '')}$${b64(bytes(32)).replace(/=+$/, '')}`;
  };
  f.o('[');
  users.forEach(([u, kind], i) => {
    f.o('  {', '    "model": "accounts.user",', `    "pk": ${i + 1},`, '    "fields": {', `      "username": "${u}",`, `      "email": "${u}@brightloop.io",`);
    f.n(`      "password": "${hashFor(kind)}",`, 'password-hash', kind);
    f.o(`      "is_staff": ${i < 3},`, `      "is_superuser": ${i === 0},`);
    f.n(`      "api_token_sha256": "${hex(64)}",`, 'hash');
    f.o(`      "date_joined": "2023-0${1 + i}-1${i}T09:00:00Z"`, '    }', i === users.length - 1 ? '  }' : '  },');
  });
  f.o(']');
}

// ================================================================ 23. Rails database.yml
{
  const f = new F('shop/config/database.yml');
  f.o('# PostgreSQL. Versions 9.3 and up are supported.', 'default: &default', '  adapter: postgresql', '  encoding: unicode',
    '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', '', 'development:', '  <<: *default', '  database: shop_development', '  username: postgres');
  f.n('  password: postgres', 'dev-default');
  f.o('  host: localhost', '', 'test:', '  <<: *default', '  database: shop_test', '  username: postgres');
  f.n('  password:', 'empty');
  f.o('', 'production:', '  <<: *default');
  f.n('  url: <%= ENV["DATABASE_URL"] %>', 'reference');
  f.o('  username: shop');
  f.n('  password: <%= ENV["SHOP_DATABASE_PASSWORD"] %>', 'reference');
  f.o('', '# read-only replica of the analytics warehouse (MySQL)', 'analytics:', '  adapter: mysql2', '  encoding: utf8mb4', '  host: analytics-db.prod.internal',
    '  username: analytics_ro');
  f.s(`  password: "${reg(pw(20))}"`, 'password', 'mysql');
  f.o('  database: analytics', '  replica: true', '', 'legacy_import:', '  adapter: postgresql', '  database: legacy', '  username: importer');
  f.n('  password: null', 'null');
}

// ================================================================ 24. Rails secrets.yml
{
  const f = new F('shop/config/secrets.yml');
  f.o('# Be sure to restart your server when you modify this file.', '#', '# Your secret key is used for verifying the integrity of signed cookies.',
    '# Make sure the secrets in this file are kept private if you are sharing your code publicly.', '', 'shared:', '  api_host: https://api.shop.northwind.dev');
  f.n(`  stripe_publishable_key: ${T.stripePk()}`, 'publishable-key', 'stripe');
  f.o('', 'development:');
  f.n('  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "dev-only-not-secret" %>', 'reference');
  f.o('', 'production:');
  f.s(`  secret_key_base: ${reg(T.railsKey())}`, 'rails-secret');
  f.n('  stripe_secret_key: <%= ENV["STRIPE_SECRET_KEY"] %>', 'reference');
  f.s(`  github_webhook_secret: ${reg(hex(40))}`, 'generic', 'webhook-secret');
  f.n('  session_expire_after: 3600', 'non-secret-config');
}

// ================================================================ 25. Maven settings.xml
{
  const f = new F('ci/maven/settings.xml');
  f.o('<?xml version="1.0" encoding="UTF-8"?>', '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"', '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">', '  <servers>', '    <server>',
    '      <id>nexus-releases</id>', '      <username>deployment</username>');
  f.n(`      <password>{${b64(bytes(33))}}</password>`, 'encrypted', 'maven-encrypted');
  f.o('    </server>', '    <server>', '      <id>nexus-snapshots</id>', '      <username>deployment</username>');
  f.n('      <password>${env.NEXUS_PASSWORD}</password>', 'reference');
  f.o('    </server>', '    <server>', '      <id>github</id>', '      <username>brightloop-ci</username>');
  f.s(`      <password>${reg(T.ghp())}</password>`, 'github', 'ghp');
  f.o('    </server>', '    <server>', '      <id>artifactory</id>', '      <username>svc-maven</username>');
  f.s(`      <password>${reg(T.jfrog())}</password>`, 'artifactory', 'api-key');
  f.o('    </server>', '  </servers>', '  <mirrors>', '    <mirror>', '      <id>nexus</id>', '      <mirrorOf>*</mirrorOf>',
    '      <url>https://nexus.brightloop.io/repository/maven-public/</url>', '    </mirror>', '  </mirrors>', '  <profiles>', '    <profile>', '      <id>sonar</id>',
    '      <properties>', '        <sonar.host.url>https://sonar.brightloop.io</sonar.host.url>');
  f.n('        <sonar.token>${env.SONAR_TOKEN}</sonar.token>', 'reference');
  f.o('      </properties>', '    </profile>', '  </profiles>', '  <activeProfiles>', '    <activeProfile>sonar</activeProfile>', '  </activeProfiles>', '</settings>');
}

// ================================================================ 26. nuget.config
{
  const f = new F('src/nuget.config');
  f.o('<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <packageSources>', '    <clear />',
    '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
    '    <add key="contoso-internal" value="https://pkgs.dev.azure.com/contoso/_packaging/internal/nuget/v3/index.json" />',
    '    <add key="github" value="https://nuget.pkg.github.com/contoso/index.json" />', '  </packageSources>', '  <packageSourceCredentials>', '    <contoso-internal>',
    '      <add key="Username" value="build-agent" />');
  f.s(`      <add key="ClearTextPassword" value="${reg(T.azureDevops())}" />`, 'azure-devops', 'pat');
  f.o('    </contoso-internal>', '    <github>', '      <add key="Username" value="contoso-bot" />');
  f.n('      <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />', 'reference');
  f.o('    </github>', '  </packageSourceCredentials>', '  <apikeys>');
  f.s(`    <add key="https://api.nuget.org/v3/index.json" value="${reg(T.nuget())}" />`, 'nuget', 'api-key');
  f.o('  </apikeys>', '  <packageSourceMapping>', '    <packageSource key="nuget.org">', '      <package pattern="*" />', '    </packageSource>',
    '    <packageSource key="contoso-internal">', '      <package pattern="Contoso.*" />', '    </packageSource>', '  </packageSourceMapping>', '</configuration>');
}

// ================================================================ 27. .npmrc
{
  const f = new F('web-client/.npmrc');
  const artPw = reg(pwA(20));
  f.o('# npm configuration for web-client', 'registry=https://registry.npmjs.org/', '@brightloop:registry=https://npm.pkg.github.com/', '');
  f.n('//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}', 'reference');
  f.s(`//registry.npmjs.org/:_authToken=${reg(T.npm())}`, 'npm', 'authToken');
  f.o('', '# legacy Artifactory virtual repo used by the design-system packages', '@brightloop-ds:registry=https://artifactory.brightloop.io/artifactory/api/npm/npm-virtual/');
  f.s(`//artifactory.brightloop.io/artifactory/api/npm/npm-virtual/:_auth=${b64('svc-npm:' + artPw)}`, 'basic-auth', 'npm', 'base64-encoded');
  f.o('//artifactory.brightloop.io/artifactory/api/npm/npm-virtual/:always-auth=true', '', 'save-exact=true', 'engine-strict=true', 'fund=false', 'audit-level=high',
    'prefer-offline=true', 'loglevel=warn');
}

// ================================================================ 28. .pypirc
{
  const f = new F('home/ci/.pypirc');
  f.o('[distutils]', 'index-servers =', '    pypi', '    testpypi', '    internal', '', '[pypi]', 'username = __token__');
  f.s(`password = ${reg(T.pypi())}`, 'pypi');
  f.o('', '[testpypi]', 'repository = https://test.pypi.org/legacy/', 'username = __token__');
  f.n('password = <your-testpypi-token>', 'placeholder');
  f.o('', '[internal]', 'repository = https://nexus.brightloop.io/repository/pypi-internal/', 'username = ci-publisher');
  f.s(`password = ${reg(pw(22))}`, 'password');
}

// ================================================================ 29. .netrc
{
  const f = new F('home/deploy/.netrc');
  const herokuKey = reg(uuid());
  f.o('machine github.com', '  login brightloop-deploy');
  f.s(`  password ${reg(T.ghp())}`, 'github', 'ghp');
  f.o('', 'machine api.heroku.com', '  login ops@brightloop.io');
  f.s(`  password ${herokuKey}`, 'heroku', 'uuid-key');
  f.o('', 'machine artifactory.brightloop.io', '  login svc-ci');
  f.s(`  password ${reg(pw(20))}`, 'password');
  f.o('', '# local mock server used by integration tests', 'machine localhost', '  login test');
  f.n('  password test', 'dev-default');
}

// ================================================================ 30. .git-credentials
{
  const f = new F('home/deploy/.git-credentials');
  f.s(`https://brightloop-deploy:${reg(T.ghp())}@github.com`, 'github', 'basic-auth', 'ghp');
  f.s(`https://oauth2:${reg(T.glpat())}@gitlab.brightloop.io`, 'gitlab', 'basic-auth', 'glpat');
  f.s(`https://deploy-bot:${reg(T.bitbucket())}@bitbucket.org`, 'bitbucket', 'basic-auth', 'app-password');
  f.s(`https://contoso-build:${reg(T.azureDevops())}@dev.azure.com`, 'azure-devops', 'basic-auth', 'pat');
}

// ================================================================ 31. docker config.json
{
  const f = new F('home/deploy/.docker/config.json');
  const hubTok = reg(T.dockerhub()), ghTok = reg(T.ghpat());
  f.o('{', '\t"auths": {', '\t\t"https://index.docker.io/v1/": {');
  f.s(`\t\t\t"auth": "${b64('brightloopci:' + hubTok)}"`, 'docker-auth', 'dockerhub', 'base64-encoded');
  f.o('\t\t},', '\t\t"ghcr.io": {');
  f.s(`\t\t\t"auth": "${b64('brightloop-bot:' + ghTok)}"`, 'docker-auth', 'github', 'base64-encoded');
  f.o('\t\t},');
  f.n(`\t\t"${ACCT}.dkr.ecr.us-east-1.amazonaws.com": {}`, 'aws-account-id', 'credential-helper');
  f.o('\t},', '\t"credHelpers": {');
  f.n(`\t\t"${ACCT}.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"`, 'aws-account-id', 'credential-helper');
  f.o('\t},', '\t"credsStore": "pass",', '\t"currentContext": "default",', '\t"HttpHeaders": {', '\t\t"User-Agent": "Docker-Client/24.0.7 (linux)"', '\t},',
    '\t"plugins": {', '\t\t"-x-cli-hints": {', '\t\t\t"enabled": "true"', '\t\t}', '\t}', '}');
}

// ================================================================ 32. kubeconfig
{
  const f = new F('home/deploy/.kube/config');
  const clientKey = genRsa(2048);
  const certB64 = () => b64(fakeCert().join('\n') + '\n');
  const eksId = hex(32).toUpperCase();
  const saTok = reg(jwt({ alg: 'RS256', kid: b64url(bytes(32)) }, {
    aud: ['https://kubernetes.default.svc'], exp: 1767225600 + ri(1e6), iat: 1735689600 + ri(1e6), iss: `https://oidc.eks.us-east-1.amazonaws.com/id/${eksId}`,
    'kubernetes.io': { namespace: 'ci', serviceaccount: { name: 'deployer', uid: uuid() } }, nbf: 1735689600, sub: 'system:serviceaccount:ci:deployer',
  }));
  f.o('apiVersion: v1', 'clusters:', '- cluster:');
  f.n(`    certificate-authority-data: ${certB64()}`, 'public-cert', 'base64-encoded');
  f.o('    server: https://10.40.0.10:6443', '  name: onprem-prod', '- cluster:');
  f.n(`    certificate-authority-data: ${certB64()}`, 'public-cert', 'base64-encoded');
  f.o(`    server: https://${eksId}.gr7.us-east-1.eks.amazonaws.com`);
  f.n(`  name: arn:aws:eks:us-east-1:${ACCT}:cluster/prod`, 'arn');
  f.o('contexts:', '- context:', '    cluster: onprem-prod', '    user: onprem-admin', '  name: onprem-prod', '- context:');
  f.n(`    cluster: arn:aws:eks:us-east-1:${ACCT}:cluster/prod`, 'arn');
  f.o('    user: ci-deployer', '  name: eks-prod', 'current-context: onprem-prod', 'kind: Config', 'preferences: {}', 'users:', '- name: onprem-admin', '  user:');
  f.n(`    client-certificate-data: ${certB64()}`, 'public-cert', 'base64-encoded');
  f.s(`    client-key-data: ${b64(pkcs1Pem(clientKey))}`, 'private-key', 'base64-encoded', 'rsa');
  f.o('- name: ci-deployer', '  user:');
  f.s(`    token: ${saTok}`, 'jwt', 'k8s-service-account');
  f.o('- name: eks-sso', '  user:', '    exec:', '      apiVersion: client.authentication.k8s.io/v1beta1', '      command: aws', '      args:', '      - eks', '      - get-token',
    '      - --cluster-name', '      - prod', '      env:', '      - name: AWS_PROFILE', '        value: sso-dev', '      interactiveMode: IfAvailable');
}

// ================================================================ 33. ~/.aws/credentials
{
  const f = new F('home/deploy/.aws/credentials');
  f.o('[default]');
  f.s(`aws_access_key_id = ${reg(T.awsId())}`, 'aws', 'access-key-id');
  f.s(`aws_secret_access_key = ${reg(T.awsSecret())}`, 'aws', 'secret-access-key');
  f.o('region = us-east-1', '', '# copied from the AWS CLI docs to test the config parser', '[docs-example]');
  f.n(`aws_access_key_id = ${PFX.akia}IOSFODNN7EXAMPLE`, 'example', 'aws-docs');
  f.n(`aws_secret_access_key = ${AWS_DOC_SECRET}`, 'example', 'aws-docs');
  f.o('', '[incident-2024-03]');
  f.s(`aws_access_key_id = ${reg(T.awsTmpId())}`, 'aws', 'access-key-id', 'temporary');
  f.s(`aws_secret_access_key = ${reg(T.awsSecret())}`, 'aws', 'secret-access-key', 'temporary');
  f.s(`aws_session_token = ${reg(T.awsSession())}`, 'aws', 'session-token');
  f.o('', '[profile-with-process]');
  f.n('credential_process = /usr/local/bin/aws-vault export --format=json prod', 'reference');
  f.o('', '[sso-dev]', 'sso_start_url = https://brightloop.awsapps.com/start', 'sso_region = us-east-1');
  f.n(`sso_account_id = ${ACCT2}`, 'aws-account-id');
  f.o('sso_role_name = DeveloperAccess');
}

// ================================================================ 34. GCP service account JSON
function serviceAccount(f, project, email, key) {
  const pem = pkcs8Pem(key).replace(/\n/g, '\\n');
  f.o('{', '  "type": "service_account",', `  "project_id": "${project}",`);
  f.n(`  "private_key_id": "${hex(40)}",`, 'identifier', 'key-id');
  f.s(`  "private_key": "${pem}",`, 'private-key', 'gcp', 'json-escaped');
  f.o(`  "client_email": "${email}",`);
  f.n(`  "client_id": "1${gen(DG, 20)}",`, 'identifier');
  f.o('  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",',
    '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
    `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(email)}",`, '  "universe_domain": "googleapis.com"', '}');
}
serviceAccount(new F('infra/gcp/terraform-sa.json'), 'brightloop-prod', 'terraform@brightloop-prod.iam.gserviceaccount.com', genRsa(2048));
// ================================================================ 35. Firebase admin SDK service account
serviceAccount(new F('mobile/functions/serviceAccountKey.json'), 'tessera-shop', `firebase-adminsdk-${gen(LO + DG, 5)}@tessera-shop.iam.gserviceaccount.com`, genRsa(2048));

// ================================================================ 36. Dockerfile
{
  const f = new F('services/api/Dockerfile');
  f.o('# syntax=docker/dockerfile:1.6');
  f.n(`FROM node:20.11-bookworm-slim@${sha256()} AS deps`, 'digest');
  f.o('WORKDIR /app', 'COPY package.json package-lock.json ./');
  f.n('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev', 'reference', 'build-secret');
  f.o('');
  f.n(`FROM node:20.11-bookworm-slim@${sha256()} AS build`, 'digest');
  f.o('WORKDIR /app', 'COPY --from=deps /app/node_modules ./node_modules', 'COPY . .');
  f.n('ARG SENTRY_AUTH_TOKEN', 'reference', 'build-arg');
  f.o('ARG SENTRY_ORG=brightloop', 'RUN npm run build', '# source maps upload (token hardcoded for the release pipeline — remove!)');
  f.s(`RUN SENTRY_AUTH_TOKEN=${reg(T.sentryOrg('brightloop'))} npx @sentry/cli sourcemaps upload --org brightloop --project api ./dist`, 'sentry', 'org-auth-token');
  f.o('');
  f.n(`FROM gcr.io/distroless/nodejs20-debian12@${sha256()}`, 'digest');
  f.o('WORKDIR /app', 'ENV NODE_ENV=production \\', '    PORT=3000 \\', '    LOG_LEVEL=info');
  f.n(`ENV MAPBOX_PUBLIC_TOKEN=${T.mapboxPublic('brightloop')}`, 'public-client-key', 'mapbox-public');
  f.s(`ENV INTERNAL_API_KEY=${reg(b64url(bytes(32)))}`, 'generic', 'api-key');
  f.n('ENV DB_PASSWORD=""', 'empty');
  f.o('COPY --from=build /app/dist ./dist', 'COPY --from=deps /app/node_modules ./node_modules', 'EXPOSE 3000', 'USER nonroot',
    'HEALTHCHECK --interval=30s --timeout=3s CMD ["/nodejs/bin/node", "dist/healthcheck.js"]', 'CMD ["dist/server.js"]');
}

// ================================================================ 37. nginx.conf
{
  const f = new F('deploy/nginx/nginx.conf');
  const upUser = 'metrics', upPw = reg(pwA(24));
  f.o('user  nginx;', 'worker_processes  auto;', 'error_log  /var/log/nginx/error.log warn;', 'pid        /var/run/nginx.pid;', '', 'events {', '    worker_connections  2048;', '}', '',
    'http {', '    include       /etc/nginx/mime.types;', '    default_type  application/octet-stream;', '    sendfile      on;', '    keepalive_timeout  65;', '    server_tokens off;', '',
    '    upstream api_backend {', '        server 10.20.1.10:8080 max_fails=3;', '        server 10.20.1.11:8080 max_fails=3;', '        keepalive 32;', '    }', '',
    '    server {', '        listen 80;', '        server_name api.brightloop.io;', '        return 301 https://$host$request_uri;', '    }', '', '    server {',
    '        listen 443 ssl http2;', '        server_name api.brightloop.io;', '');
  f.n('        ssl_certificate     /etc/nginx/tls/fullchain.pem;', 'file-path');
  f.n('        ssl_certificate_key /etc/nginx/tls/privkey.pem;', 'file-path');
  f.o('        ssl_protocols       TLSv1.2 TLSv1.3;', "        ssl_ciphers         'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384';",
    '        ssl_session_cache   shared:SSL:10m;', '        add_header Strict-Transport-Security "max-age=63072000" always;', '', '        location / {',
    '            proxy_pass http://api_backend;', '            proxy_http_version 1.1;', '            proxy_set_header Connection "";', '            proxy_set_header Host $host;',
    '            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;', '        }', '', '        location /internal/ {');
  f.s(`            if ($http_x_internal_key != "${reg(hex(48))}") {`, 'generic', 'api-key');
  f.o('                return 401;', '            }', '            proxy_pass http://api_backend;', '        }', '', '        location /metrics {');
  f.n('            auth_basic           "metrics";', 'non-secret-config');
  f.n('            auth_basic_user_file /etc/nginx/.htpasswd;', 'file-path');
  f.o('            proxy_pass http://10.20.1.20:9090/metrics;', '        }', '', '        location /grafana/ {', '            proxy_pass http://10.20.1.30:3000/;');
  f.s(`            proxy_set_header Authorization "Basic ${b64(upUser + ':' + upPw)}";`, 'basic-auth', 'base64-encoded');
  f.o('        }', '    }', '}');
}

// ================================================================ 38. Jenkinsfile
{
  const f = new F('Jenkinsfile');
  f.o('pipeline {', '  agent {', '    kubernetes {', "      yamlFile 'ci/pod.yaml'", '    }', '  }', '', '  options {', "    timeout(time: 45, unit: 'MINUTES')",
    '    buildDiscarder(logRotator(numToKeepStr: \'30\'))', '  }', '', '  environment {', "    REGISTRY = 'registry.brightloop.io'");
  f.n("    REGISTRY_CREDS = credentials('registry-push')", 'reference');
  f.n("    SLACK_TOKEN = credentials('slack-bot-token')", 'reference');
  f.s(`    SONAR_TOKEN = '${reg(T.sonar())}'`, 'sonarqube', 'squ');
  f.o('  }', '', '  stages {', "    stage('Build') {", '      steps {', "        sh './gradlew clean build -x test'", '      }', '    }', '',
    "    stage('Test') {", '      steps {', "        sh './gradlew test'", '      }', '      post {', '        always {', "          junit 'build/test-results/test/*.xml'", '        }', '      }',
    '    }', '', "    stage('Sonar') {", '      steps {');
  f.n('        sh "./gradlew sonar -Dsonar.host.url=https://sonar.brightloop.io -Dsonar.token=$SONAR_TOKEN"', 'reference');
  f.o('      }', '    }', '',
    "    stage('Publish') {", "      when { branch 'main' }", '      steps {');
  f.n("        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {", 'reference');
  f.n("          sh 'echo $NEXUS_PASS | docker login -u $NEXUS_USER --password-stdin $REGISTRY'", 'reference');
  f.o('          sh "docker build -t $REGISTRY/orders:${env.GIT_COMMIT} ."', '          sh "docker push $REGISTRY/orders:${env.GIT_COMMIT}"', '        }', '      }', '    }', '  }', '',
    '  post {', '    failure {', '      sh """');
  f.s(`        curl -s -X POST -H 'Authorization: Bearer ${reg(T.slackBot())}' \\`, 'slack', 'xoxb');
  f.o("          -H 'Content-type: application/json' \\", '          --data \'{"channel":"#ci-alerts","text":"Build failed: ${env.BUILD_URL}"}\' \\',
    '          https://slack.com/api/chat.postMessage', '      """', '    }', '  }', '}');
}

// ================================================================ 39. Makefile
{
  const f = new F('Makefile');
  f.o('SHELL := /bin/bash', 'REGISTRY ?= ghcr.io/brightloop', 'IMAGE ?= $(REGISTRY)/api', 'TAG ?= $(shell git rev-parse --short HEAD)', 'VAULT_ADDR ?= https://vault.brightloop.io:8200');
  f.s(`VAULT_TOKEN ?= ${reg(T.vault())}`, 'vault', 'hvs');
  f.n('DOCKER_PASSWORD ?= $(shell cat .secrets/docker-password 2>/dev/null)', 'reference');
  f.o('', '.PHONY: build push login psql migrate seed-prod secrets', '', 'build:', '\tdocker build -t $(IMAGE):$(TAG) .', '', 'login:');
  f.n('\t@echo "$(DOCKER_PASSWORD)" | docker login ghcr.io -u $(DOCKER_USER) --password-stdin', 'reference');
  f.o('', 'push: login build', '\tdocker push $(IMAGE):$(TAG)', '', 'psql:');
  f.n('\tpsql "postgresql://postgres:postgres@localhost:5432/app_dev"', 'dev-default');
  f.o('', 'migrate:');
  f.n('\tDATABASE_URL=$(DATABASE_URL) ./bin/migrate up', 'reference');
  f.o('', 'secrets:', '\tvault kv get -format=json secret/api/prod | jq -r \'.data.data | to_entries[] | "\\(.key)=\\(.value)"\' > .env', '', '# one-off: seed reference data into prod', 'seed-prod:');
  f.s(`\tPGPASSWORD='${reg(pw(20))}' psql -h prod-db.brightloop.internal -U admin -d app -f db/seed.sql`, 'password', 'postgres');
  f.o('', 'clean:', '\trm -rf dist coverage .pytest_cache');
}

// ================================================================ 40. pyproject.toml (poetry)
{
  const f = new F('backend/pyproject.toml');
  const srcPw = reg(pwA(22));
  f.o('[tool.poetry]', 'name = "brightloop-backend"', 'version = "3.8.2"', 'description = "Brightloop API backend"', 'authors = ["Platform Team <platform@brightloop.io>"]',
    'readme = "README.md"', 'packages = [{ include = "brightloop" }]', '', '[tool.poetry.dependencies]', 'python = "^3.11"', 'django = "^4.2"', 'djangorestframework = "^3.14"',
    'psycopg = { version = "^3.1", extras = ["binary"] }', 'celery = "^5.3"', 'django-redis = "^5.4"', 'sentry-sdk = "^1.40"', 'brightloop-auth = { version = "^2.1", source = "internal" }', '',
    '[tool.poetry.group.dev.dependencies]', 'pytest = "^8.0"', 'pytest-django = "^4.8"', 'ruff = "^0.3"', '', '[[tool.poetry.source]]', 'name = "internal"');
  f.s(`url = "https://pypi-deploy:${srcPw}@pypi.brightloop.io/simple/"`, 'basic-auth', 'password-in-url');
  f.o('priority = "supplemental"', '', '[tool.pytest.ini_options]', 'DJANGO_SETTINGS_MODULE = "config.settings.test"', 'env = [');
  f.n('    "SECRET_KEY=test-secret-key-not-for-production",', 'placeholder', 'test-value');
  f.n('    "DB_PASSWORD=postgres",', 'dev-default');
  f.o(']', '', '[tool.ruff]', 'line-length = 100', 'target-version = "py311"', '', '[build-system]', 'requires = ["poetry-core"]', 'build-backend = "poetry.core.masonry.api"');
}

// ================================================================ 41. Cargo.toml
{
  const f = new F('rust-ingest/Cargo.toml');
  f.o('[package]', 'name = "ingest"', 'version = "0.9.3"', 'edition = "2021"', 'rust-version = "1.75"', 'license = "Apache-2.0"', 'publish = false', '', '[dependencies]',
    'tokio = { version = "1.36", features = ["full"] }', 'serde = { version = "1", features = ["derive"] }', 'serde_json = "1"', 'reqwest = { version = "0.11", default-features = false, features = ["rustls-tls", "json"] }',
    'tracing = "0.1"', 'aws-config = "1.1"', 'aws-sdk-s3 = "1.17"');
  f.s(`brightloop-auth = { git = "https://brightloop-ci:${reg(T.ghpat())}@github.com/brightloop/auth-rs.git", tag = "v0.4.2" }`, 'github', 'github_pat', 'password-in-url');
  f.n(`schema-registry = { git = "https://github.com/brightloop/schema-registry-rs.git", rev = "${hex(40)}" }`, 'hash', 'git-rev');
  f.o('', '[dev-dependencies]', 'wiremock = "0.6"', 'tempfile = "3"', '', '[profile.release]', 'lto = "thin"', 'codegen-units = 1', 'strip = true');
}

// ================================================================ 42. package.json
{
  const f = new F('web-client/package.json');
  f.o('{', '  "name": "@brightloop/web-client",', '  "version": "1.8.0",', '  "private": true,', '  "type": "module",');
  f.n(`  "packageManager": "pnpm@8.15.4+sha256.${hex(64)}",`, 'hash');
  f.o('  "scripts": {', '    "dev": "vite",', '    "build": "tsc -b && vite build",', '    "test": "vitest run",', '    "lint": "eslint . --max-warnings 0",');
  f.n('    "publish:internal": "npm publish --registry https://npm.pkg.github.com/ --//npm.pkg.github.com/:_authToken=$NPM_TOKEN",', 'reference');
  f.n(`    "notify:release": "curl -s --user \\"api:$MAILGUN_API_KEY\\" https://api.mailgun.net/v3/mg.brightloop.io/messages -F from=releases@brightloop.io -F to=eng@brightloop.io -F subject=released",`, 'reference');
  f.o('    "preview": "vite preview"', '  },', '  "dependencies": {', '    "@tanstack/react-query": "^5.28.0",', '    "axios": "^1.6.7",', '    "react": "^18.2.0",',
    '    "react-dom": "^18.2.0",', '    "zod": "^3.22.4"', '  },', '  "devDependencies": {', '    "@types/react": "^18.2.64",', '    "@vitejs/plugin-react": "^4.2.1",',
    '    "eslint": "^8.57.0",', '    "typescript": "^5.4.2",', '    "vite": "^5.1.6",', '    "vitest": "^1.3.1"', '  },', '  "engines": {', '    "node": ">=20"', '  }', '}');
}

// ================================================================ 43-48. Lockfiles
const NPM_PKGS = [
  ['@babel/code-frame', '7.23.5'], ['@tanstack/query-core', '5.28.0'], ['@tanstack/react-query', '5.28.0'], ['asynckit', '0.4.0'], ['axios', '1.6.7'],
  ['combined-stream', '1.0.8'], ['delayed-stream', '1.0.0'], ['follow-redirects', '1.15.6'], ['form-data', '4.0.0'], ['js-tokens', '4.0.0'],
  ['loose-envify', '1.4.0'], ['mime-db', '1.52.0'], ['mime-types', '2.1.35'], ['proxy-from-env', '1.1.0'], ['react', '18.2.0'], ['zod', '3.22.4'],
];
const tgz = (name, ver) => `${name}/-/${name.split('/').pop()}-${ver}.tgz`;
{
  const f = new F('web-client/package-lock.json');
  f.o('{', '  "name": "@brightloop/web-client",', '  "version": "1.8.0",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {', '    "": {',
    '      "name": "@brightloop/web-client",', '      "version": "1.8.0",', '      "dependencies": {', '        "@tanstack/react-query": "^5.28.0",', '        "axios": "^1.6.7",',
    '        "react": "^18.2.0",', '        "zod": "^3.22.4"', '      }', '    },');
  NPM_PKGS.forEach(([name, ver], i) => {
    f.o(`    "node_modules/${name}": {`, `      "version": "${ver}",`, `      "resolved": "https://registry.npmjs.org/${tgz(name, ver)}",`);
    f.n(`      "integrity": "sha512-${b64(bytes(64))}",`, 'lockfile', 'hash');
    f.o(`      "license": "MIT"`, i === NPM_PKGS.length - 1 ? '    }' : '    },');
  });
  f.o('  }', '}');
}
{
  const f = new F('legacy-frontend/yarn.lock');
  f.o('# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', '');
  NPM_PKGS.slice(0, 12).forEach(([name, ver]) => {
    f.o('', `${name.startsWith('@') ? `"${name}@^${ver}"` : `${name}@^${ver}`}:`, `  version "${ver}"`);
    f.n(`  resolved "https://registry.yarnpkg.com/${tgz(name, ver)}#${hex(40)}"`, 'lockfile', 'hash');
    f.n(`  integrity sha512-${b64(bytes(64))}`, 'lockfile', 'hash');
  });
}
{
  const f = new F('services/gateway/go.sum');
  const mods = [['github.com/gin-gonic/gin', 'v1.9.1'], ['github.com/go-playground/validator/v10', 'v10.19.0'], ['github.com/golang-jwt/jwt/v5', 'v5.2.1'],
    ['github.com/google/uuid', 'v1.6.0'], ['github.com/jackc/pgx/v5', 'v5.5.5'], ['github.com/prometheus/client_golang', 'v1.19.0'], ['github.com/redis/go-redis/v9', 'v9.5.1'],
    ['github.com/spf13/viper', 'v1.18.2'], ['go.uber.org/zap', 'v1.27.0'], ['golang.org/x/crypto', 'v0.21.0'], ['golang.org/x/net', 'v0.22.0'], ['golang.org/x/sync', 'v0.6.0'],
    ['google.golang.org/grpc', 'v1.62.1'], ['google.golang.org/protobuf', 'v1.33.0']];
  for (const [m, v] of mods) {
    f.n(`${m} ${v} h1:${b64(bytes(32))}`, 'lockfile', 'hash');
    f.n(`${m} ${v}/go.mod h1:${b64(bytes(32))}`, 'lockfile', 'hash');
  }
}
{
  const f = new F('rust-ingest/Cargo.lock');
  f.o('# This file is automatically @generated by Cargo.', '# It is not intended for manual editing.', 'version = 3');
  const crates = [['aho-corasick', '1.1.2', ['memchr']], ['bytes', '1.5.0', []], ['itoa', '1.0.10', []], ['memchr', '2.7.1', []], ['ryu', '1.0.17', []],
    ['serde', '1.0.197', ['serde_derive']], ['serde_derive', '1.0.197', []], ['serde_json', '1.0.114', ['itoa', 'ryu', 'serde']], ['tokio', '1.36.0', ['bytes']], ['tracing', '0.1.40', []]];
  for (const [n, v, deps] of crates) {
    f.o('', '[[package]]', `name = "${n}"`, `version = "${v}"`, 'source = "registry+https://github.com/rust-lang/crates.io-index"');
    f.n(`checksum = "${hex(64)}"`, 'lockfile', 'hash');
    if (deps.length) f.o('dependencies = [', ...deps.map((d) => ` "${d}",`), ']');
  }
  f.o('', '[[package]]', 'name = "ingest"', 'version = "0.9.3"', 'dependencies = [', ' "serde",', ' "serde_json",', ' "tokio",', ' "tracing",', ']');
}
{
  const f = new F('backend/poetry.lock');
  f.o('# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.');
  const pk = [['asgiref', '3.7.2', 'ASGI specs, helper code, and adapters', '>=3.7'], ['django', '4.2.11', 'A high-level Python web framework that encourages rapid development and clean, pragmatic design.', '>=3.8'],
    ['sqlparse', '0.4.4', 'A non-validating SQL parser.', '>=3.5'], ['redis', '5.0.3', 'Python client for Redis database and key-value store', '>=3.7'],
    ['sentry-sdk', '1.42.0', 'Python client for Sentry (https://sentry.io)', '*']];
  for (const [n, v, d, py] of pk) {
    const us = n.replace(/-/g, '_');
    f.o('', '[[package]]', `name = "${n}"`, `version = "${v}"`, `description = "${d}"`, 'optional = false', `python-versions = "${py}"`, 'files = [');
    f.n(`    {file = "${us}-${v}-py3-none-any.whl", hash = "sha256:${hex(64)}"},`, 'lockfile', 'hash');
    f.n(`    {file = "${us}-${v}.tar.gz", hash = "sha256:${hex(64)}"},`, 'lockfile', 'hash');
    f.o(']');
  }
  f.o('', '[metadata]', 'lock-version = "2.0"', 'python-versions = "^3.11"');
  f.n(`content-hash = "${hex(64)}"`, 'lockfile', 'hash');
}
{
  const f = new F('php-app/composer.lock');
  f.o('{', '    "_readme": [', '        "This file locks the dependencies of your project to a known state",',
    '        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",', '        "This file is @generated automatically"', '    ],');
  f.n(`    "content-hash": "${hex(32)}",`, 'lockfile', 'hash');
  f.o('    "packages": [');
  const pk = [['monolog/monolog', '3.5.0', 'Seldaek/monolog'], ['psr/log', '3.0.0', 'php-fig/log'], ['guzzlehttp/guzzle', '7.8.1', 'guzzle/guzzle'], ['vlucas/phpdotenv', 'v5.6.0', 'vlucas/phpdotenv']];
  pk.forEach(([n, v, gh], i) => {
    const ref = hex(40);
    f.o('        {', `            "name": "${n}",`, `            "version": "${v}",`, '            "source": {', '                "type": "git",', `                "url": "https://github.com/${gh}.git",`);
    f.n(`                "reference": "${ref}"`, 'lockfile', 'hash');
    f.o('            },', '            "dist": {', '                "type": "zip",');
    f.n(`                "url": "https://api.github.com/repos/${gh}/zipball/${ref}",`, 'lockfile', 'hash');
    f.n(`                "reference": "${ref}",`, 'lockfile', 'hash');
    f.n('                "shasum": ""', 'lockfile', 'empty');
    f.o('            },', '            "type": "library",', '            "license": [', '                "MIT"', '            ],', `            "time": "2024-0${i + 1}-1${i}T10:${10 + i}:00+00:00"`,
      i === pk.length - 1 ? '        }' : '        },');
  });
  f.o('    ],', '    "packages-dev": [],', '    "aliases": [],', '    "minimum-stability": "stable",', '    "stability-flags": [],', '    "prefer-stable": true,',
    '    "prefer-lowest": false,', '    "platform": {', '        "php": "^8.2"', '    },', '    "platform-dev": [],', '    "plugin-api-version": "2.6.0"', '}');
}

// ================================================================ 49. serverless.yml
{
  const f = new F('services/notifications/serverless.yml');
  f.o('service: notifications', 'frameworkVersion: "3"', '', 'provider:', '  name: aws', '  runtime: nodejs20.x', "  stage: ${opt:stage, 'dev'}", '  region: us-east-1',
    '  memorySize: 512', '  timeout: 20', '  environment:', '    STAGE: ${sls:stage}');
  f.n('    TWILIO_ACCOUNT_SID: ${ssm:/notifications/${sls:stage}/twilio-account-sid}', 'reference', 'ssm');
  f.s(`    TWILIO_AUTH_TOKEN: "${reg(T.twilioAuth())}"`, 'twilio', 'auth-token');
  f.n('    SLACK_BOT_TOKEN: ${ssm:/aws/reference/secretsmanager/notifications/slack-bot-token}', 'reference', 'ssm');
  f.n(`    DB_SECRET_ARN: arn:aws:secretsmanager:us-east-1:${ACCT}:secret:notifications/db-${gen(ALNUM, 6)}`, 'reference', 'arn');
  f.n('    SENDGRID_API_KEY: ${env:SENDGRID_API_KEY}', 'reference');
  f.o('    FROM_EMAIL: notifications@brightloop.io', '  iam:', '    role:', '      statements:', '        - Effect: Allow', '          Action:', '            - sqs:ReceiveMessage',
    '            - sqs:DeleteMessage', '          Resource:');
  f.n(`            - arn:aws:sqs:us-east-1:${ACCT}:notifications-*`, 'arn');
  f.o('        - Effect: Allow', '          Action:', '            - secretsmanager:GetSecretValue', '          Resource:');
  f.n(`            - arn:aws:secretsmanager:us-east-1:${ACCT}:secret:notifications/*`, 'arn');
  f.o('', 'functions:', '  dispatch:', '    handler: src/dispatch.handler', '    events:', '      - sqs:');
  f.n(`          arn: arn:aws:sqs:us-east-1:${ACCT}:notifications-outbound`, 'arn');
  f.o('          batchSize: 10', '  smsStatus:', '    handler: src/sms-status.handler', '    events:', '      - httpApi:', '          path: /twilio/status', '          method: post', '',
    'plugins:', '  - serverless-esbuild', '', 'custom:', '  esbuild:', '    bundle: true', '    minify: true');
}

// ================================================================ 50. CloudFormation
{
  const f = new F('infra/cloudformation/reporting-db.yaml');
  f.o("AWSTemplateFormatVersion: '2010-09-09'", 'Description: Reporting database and export Lambda', '', 'Parameters:', '  DBUsername:', '    Type: String', '    Default: reporting_admin',
    '  DBPassword:', '    Type: String', '    NoEcho: true', '    MinLength: 16', '  VpcId:', '    Type: AWS::EC2::VPC::Id', '', 'Resources:', '  DBSecret:',
    '    Type: AWS::SecretsManager::Secret', '    Properties:', '      Name: reporting/db', '      GenerateSecretString:', "        SecretStringTemplate: '{\"username\": \"reporting_admin\"}'",
    '        GenerateStringKey: password');
  f.n('        PasswordLength: 32', 'non-secret-config');
  f.o("        ExcludeCharacters: '\"@/\\'", '', '  ReportingDB:', '    Type: AWS::RDS::DBInstance', '    DeletionPolicy: Snapshot', '    Properties:', '      Engine: postgres',
    "      EngineVersion: '16.2'", '      DBInstanceClass: db.t4g.medium', "      AllocatedStorage: '50'");
  f.n("      MasterUsername: !Sub '{{resolve:secretsmanager:${DBSecret}:SecretString:username}}'", 'reference', 'resolve');
  f.n("      MasterUserPassword: !Sub '{{resolve:secretsmanager:${DBSecret}:SecretString:password}}'", 'reference', 'resolve');
  f.o('      StorageEncrypted: true');
  f.n('      KmsKeyId: !Ref ReportingKey', 'reference', 'ref');
  f.o('', '  ReportingKey:', '    Type: AWS::KMS::Key', '    Properties:', '      EnableKeyRotation: true', '', '  ExportFunction:', '    Type: AWS::Lambda::Function',
    '    Properties:', '      Runtime: python3.12', '      Handler: export.handler');
  f.n('      Role: !GetAtt ExportRole.Arn', 'reference', 'ref');
  f.o('      Environment:', '        Variables:');
  f.n('          DB_SECRET_ARN: !Ref DBSecret', 'reference', 'ref');
  f.n("          PARTNER_API_KEY: '{{resolve:ssm-secure:/reporting/partner-api-key:3}}'", 'reference', 'resolve');
  f.s(`          LEGACY_HMAC_SECRET: ${reg(hex(64))}`, 'generic', 'hmac-secret');
  f.o('      Code:', '        S3Bucket: brightloop-lambda-artifacts', '        S3Key: reporting/export-1.4.0.zip', '', '  ExportRole:', '    Type: AWS::IAM::Role', '    Properties:',
    '      AssumeRolePolicyDocument:', "        Version: '2012-10-17'", '        Statement:', '          - Effect: Allow', '            Principal:',
    '              Service: lambda.amazonaws.com', '            Action: sts:AssumeRole', '      ManagedPolicyArns:');
  f.n('        - arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole', 'arn');
  f.o('', 'Outputs:', '  DBEndpoint:', '    Value: !GetAtt ReportingDB.Endpoint.Address');
}

// ================================================================ 51. Pulumi stack config
{
  const f = new F('infra/pulumi/Pulumi.prod.yaml');
  f.n(`encryptionsalt: v1:${b64(bytes(8))}:v1:${b64(bytes(12))}:${b64(bytes(32))}`, 'encrypted', 'pulumi');
  f.o('config:', '  aws:region: us-east-1', '  edge:replicas: "3"', '  edge:domain: edge.brightloop.io', '  edge:dbPassword:');
  f.n(`    secure: v1:${b64(bytes(12))}:${b64(bytes(40))}`, 'encrypted', 'pulumi');
  f.o('  edge:stripeKey:');
  f.n(`    secure: v1:${b64(bytes(12))}:${b64(bytes(120))}`, 'encrypted', 'pulumi');
  f.s(`  digitalocean:token: ${reg(T.digitalocean())}`, 'digitalocean');
  f.s(`  edge:alertsWebhook: ${reg(T.slackHook())}`, 'slack', 'webhook');
  f.s(`  edge:herokuApiKey: ${reg(T.herokuV2())}`, 'heroku', 'HRKU');
  f.n('  edge:cloudflareZoneTtl: "300"', 'non-secret-config');
  f.o('  edge:tags:', '    owner: platform', '    env: prod');
}

// ================================================================ write + verify
fs.rmSync(OUT, { recursive: true, force: true });
const labels = [];
for (const f of FILES) {
  const dest = path.join(OUT, f.p);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, f.lines.join('\n') + '\n');
  // coverage check: labels tile the file exactly
  let next = 1;
  for (const l of f.lab) { if (l.line !== next || l.endLine < l.line) throw new Error(`label gap in ${f.p} at ${next}`); next = l.endLine + 1; }
  if (next !== f.lines.length + 1) throw new Error(`labels do not cover ${f.p}`);
  // leak check: no registered secret appears on a line not labeled true
  for (const l of f.lab) {
    if (l.expect) continue;
    for (let i = l.line; i <= l.endLine; i++) for (const s of SECRET_VALUES) if (f.lines[i - 1].includes(s)) throw new Error(`secret leaked on non-positive line ${f.p}:${i}`);
  }
  if (f.p.endsWith('.json') || f.p.endsWith('composer.lock')) JSON.parse(f.lines.join('\n'));
  labels.push(...f.lab);
}
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');

// ---------------------------------------------------------------- summary
const pos = labels.filter((l) => l.expect);
const neg = labels.filter((l) => !l.expect && l.rule === 'negative');
const byTag = {};
for (const l of neg) byTag[l.tags[0]] = (byTag[l.tags[0]] || 0) + 1;
const byRule = {};
for (const l of pos) byRule[l.rule] = (byRule[l.rule] || 0) + 1;
const lineCounts = FILES.map((f) => f.lines.length);
console.log(`files: ${FILES.length} (lines ${Math.min(...lineCounts)}..${Math.max(...lineCounts)}, total ${lineCounts.reduce((a, b) => a + b, 0)})`);
console.log(`label entries: ${labels.length}`);
console.log(`positives: ${pos.length} (multi-line: ${pos.filter((l) => l.endLine > l.line).length})`);
console.log(`hard negatives: ${neg.length} (excluding lockfile: ${neg.filter((l) => l.tags[0] !== 'lockfile').length})`);
console.log('negatives by tag:', Object.entries(byTag).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(', '));
console.log('positives by rule:', Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(', '));
const fmt = new Set(pos.flatMap((l) => [l.rule, ...l.tags]));
console.log('formats covered:', [...fmt].sort().join(', '));
