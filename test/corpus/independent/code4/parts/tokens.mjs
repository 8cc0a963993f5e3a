// Seeded factory for credential-shaped values.
// Every provider prefix is assembled from fragments at run time, so this source
// file itself never contains a literal that looks like a usable credential.
import { createHash } from 'node:crypto';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 0x5ec4e7c4;
let rnd = mulberry32(SEED);
export function reseed(seed = SEED) {
  rnd = mulberry32(seed);
}

const DIG = '0123456789';
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
export const CS = {
  digits: DIG,
  upper: UP,
  lower: LO,
  alpha: UP + LO,
  alnum: DIG + UP + LO,
  upalnum: UP + DIG,
  loalnum: LO + DIG,
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  b64: UP + LO + DIG + '+/',
  b64url: UP + LO + DIG + '-_',
  b32: UP + '234567',
  b32lo: LO + '234567',
  bech32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
  bcrypt: './' + UP + LO + DIG,
  urlpw: UP + LO + DIG + '-_.~',
  pwsym: '!*-_.+^~',
  django: LO + DIG + '!@#%^&*(-_=+)',
};

export function int(a, b) {
  return a + Math.floor(rnd() * (b - a + 1));
}
export function pick(arr) {
  return arr[Math.floor(rnd() * arr.length)];
}
export function str(n, cs = 'alnum') {
  const chars = CS[cs] ?? cs;
  let s = '';
  for (let i = 0; i < n; i++) s += chars[Math.floor(rnd() * chars.length)];
  return s;
}
const hex = (n) => str(n, 'hex');
const digits = (n) => str(1, '123456789') + str(n - 1, 'digits');

// ---- prefixes (built from fragments) ---------------------------------------
const u = '_';
export const PFX = {
  ghp: 'gh' + 'p' + u,
  gho: 'gh' + 'o' + u,
  ghs: 'gh' + 's' + u,
  ghpat: 'github' + u + 'pat' + u,
  glpat: 'gl' + 'pat' + '-',
  xoxb: 'xo' + 'xb' + '-',
  xoxp: 'xo' + 'xp' + '-',
  slackHook: 'https://' + 'hooks.' + 'slack' + '.com/' + 'services/',
  skLive: 'sk' + u + 'live' + u,
  skTest: 'sk' + u + 'test' + u,
  rkLive: 'rk' + u + 'live' + u,
  pkLive: 'pk' + u + 'live' + u,
  whsec: 'wh' + 'sec' + u,
  akia: 'AK' + 'IA',
  aiza: 'AI' + 'za',
  skProj: 'sk' + '-' + 'proj' + '-',
  oaiMark: 'T3Bl' + 'bkFJ',
  skAnt: 'sk' + '-' + 'ant' + '-',
  skAnt03: 'sk' + '-' + 'ant' + '-' + 'api03' + '-',
  hf: 'h' + 'f' + u,
  sg: 'S' + 'G.',
  mgKey: 'ke' + 'y-',
  shpat: 'shp' + 'at' + u,
  shpss: 'shp' + 'ss' + u,
  sqAccess: 'EA' + 'AA',
  sqSecret: 'sq0' + 'csp' + '-',
  sqAppId: 'sq0' + 'idp' + '-',
  btAccess: 'access' + u + 'token' + '$' + 'production' + '$',
  npm: 'np' + 'm' + u,
  hvs: 'hv' + 's.',
  dop: 'do' + 'p' + u + 'v1' + u,
  dapi: 'da' + 'pi',
  gocspx: 'GOC' + 'SPX' + '-',
  mbSk: 's' + 'k.',
  mbPk: 'p' + 'k.',
  age: 'AGE-' + 'SECRET-' + 'KEY-' + '1',
  fcm: ':' + 'APA' + '91b',
  turnstile: '0x' + '4AAAAAAA',
  ghApp: 'Iv' + '1.',
};

// ---- GitHub checksum (CRC32, base62) -----------------------------------------
const CRC_TABLE = (() => {
  const tbl = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tbl[n] = c >>> 0;
  }
  return tbl;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  const A = DIG + UP + LO;
  let s = '';
  while (n > 0) {
    s = A[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, '0');
}
function ghToken(prefix) {
  const body = str(30, 'alnum');
  return prefix + body + base62(crc32(body), 6);
}

// ---- PEM ------------------------------------------------------------------------
const DASH = '-'.repeat(5);
export function pemHeader(label, end = false) {
  return DASH + (end ? 'END ' : 'BEGIN ') + label + ' KEY' + DASH;
}
function wrap(s, w) {
  const out = [];
  for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w));
  return out;
}
const PEM_KINDS = {
  rsa: { label: 'RSA ' + 'PRIVATE', lead: 'MIIEpAIBAAKCAQEA', len: 1588, pad: '', width: 64 },
  pkcs8: { label: 'PRI' + 'VATE', lead: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', len: 1620, pad: '=', width: 64 },
  ec: { label: 'EC ' + 'PRIVATE', lead: 'MHcCAQEEI', len: 162, pad: '==', width: 64 },
  p8: { label: 'PRI' + 'VATE', lead: 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg', len: 184, pad: '', width: 64 },
  openssh: {
    label: 'OPENSSH ' + 'PRIVATE',
    lead: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA',
    len: 396,
    pad: '',
    width: 70,
  },
  pub: { label: 'PUB' + 'LIC', lead: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', len: 386, pad: '', width: 64, tail: 'IDAQAB' },
};
function pemLines(kind) {
  const k = PEM_KINDS[kind];
  const tail = k.tail ?? '';
  const body = k.lead + str(k.len - k.lead.length - k.pad.length - tail.length, 'b64') + tail + k.pad;
  return [pemHeader(k.label), ...wrap(body, k.width), pemHeader(k.label, true)];
}

// ---- misc helpers ------------------------------------------------------------------
const b64u = (s) => Buffer.from(s).toString('base64url');
const words = ['Harbor', 'Falcon', 'Quartz', 'Maple', 'Copper', 'Orbit', 'Velvet', 'Summit', 'Cobalt', 'Juniper', 'Ember', 'Nimbus', 'Tundra', 'Saffron'];

export const t = {
  str,
  int,
  pick,
  hex,
  digits,
  uuid() {
    const h = hex(32).split('');
    h[12] = '4';
    h[16] = pick(['8', '9', 'a', 'b']);
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  },
  sha256Of(text) {
    return createHash('sha256').update(text).digest('hex');
  },
  sha256: () => hex(64),
  gitSha: () => hex(40),
  bcrypt: (cost = 12) => '$2b$' + String(cost).padStart(2, '0') + '$' + str(53, 'bcrypt'),
  argon2: () => '$argon2id$v=19$m=65536,t=3,p=4$' + str(22, CS.alnum + '+/') + '$' + str(43, CS.alnum + '+/'),

  // GitHub
  ghp: () => ghToken(PFX.ghp),
  gho: () => ghToken(PFX.gho),
  ghs: () => ghToken(PFX.ghs),
  ghpat: () => PFX.ghpat + '11' + str(20, 'upalnum') + '_' + str(59, 'alnum'),
  ghOauthClientId: () => PFX.ghApp + hex(16),
  // GitLab
  glpat: () => PFX.glpat + str(20, CS.alnum + '-_'),
  // Slack
  xoxb: () => PFX.xoxb + digits(11) + '-' + digits(13) + '-' + str(24, 'alnum'),
  xoxp: () => PFX.xoxp + digits(11) + '-' + digits(11) + '-' + digits(13) + '-' + hex(32),
  slackHook: () => PFX.slackHook + 'T' + str(8, 'upalnum') + '/B' + str(10, 'upalnum') + '/' + str(24, 'alnum'),
  // Stripe
  skLive: () => PFX.skLive + (rnd() < 0.5 ? str(24, 'alnum') : '51' + str(12, 'alnum') + str(85, 'alnum')),
  rkLive: () => PFX.rkLive + (rnd() < 0.5 ? str(24, 'alnum') : '51' + str(12, 'alnum') + str(85, 'alnum')),
  pkLive: () => PFX.pkLive + '51' + str(12, 'alnum') + str(85, 'alnum'),
  whsec: () => PFX.whsec + str(32, 'alnum'),
  stripeMasked: () => PFX.skLive + '*'.repeat(int(4, 16)) + str(4, 'alnum'),
  // AWS
  akid: () => PFX.akia + str(16, 'b32'),
  awsSecret: () => str(40, 'b64'),
  awsDocExampleId: () => PFX.akia + 'IOSFODNN7' + 'EXAMPLE',
  awsDocExampleSecret: () => 'wJalrXUtn' + 'FEMI/K7MD' + 'ENG/' + 'bPxRfiCY' + 'EXAMPLEKEY',
  // Google
  aiza: () => PFX.aiza + 'Sy' + str(33, 'b64url'),
  gocspx: () => PFX.gocspx + str(28, 'b64url'),
  googleClientId: () => digits(12) + '-' + str(32, 'loalnum') + '.apps.googleusercontent.com',
  // AI providers
  openai: () => PFX.skProj + str(74, 'b64url') + PFX.oaiMark + str(74, 'b64url'),
  anthropic: () => PFX.skAnt03 + str(93, 'b64url') + 'AA',
  hf: () => PFX.hf + str(34, 'alpha'),
  // messaging
  sendgrid: () => PFX.sg + str(22, 'b64url') + '.' + str(43, 'b64url'),
  mailgun: () => PFX.mgKey + hex(32),
  twilioSid: () => 'AC' + hex(32),
  twilioToken: () => hex(32),
  telegram: () => digits(10) + ':' + 'AA' + str(33, 'b64url'),
  discord: () => b64u('1' + str(18, 'digits')).replace(/=+$/, '') + '.' + str(6, 'b64url') + '.' + str(38, 'b64url'),
  fcmLegacy: () => 'AAAA' + str(7, 'b64url') + PFX.fcm + str(134, 'b64url'),
  // commerce
  shpat: () => PFX.shpat + hex(32),
  shpss: () => PFX.shpss + hex(32),
  squareAccess: () => PFX.sqAccess + str(60, 'b64url'),
  squareSecret: () => PFX.sqSecret + str(43, 'b64url'),
  squareAppId: () => PFX.sqAppId + str(22, 'b64url'),
  btAccess: () => PFX.btAccess + str(16, 'loalnum') + '$' + hex(32),
  paypalClientId: () => 'A' + str(79, 'b64url'),
  paypalSecret: () => 'E' + str(79, 'b64url'),
  algoliaApp: () => str(10, 'upalnum'),
  // infra
  azureKey: () => str(86, 'b64') + '==',
  adoPat: () => str(52, 'b32lo'),
  vault: () => PFX.hvs + 'CAESI' + str(86, CS.alnum + '-_'),
  npm: () => PFX.npm + str(36, 'alnum'),
  dop: () => PFX.dop + hex(64),
  dapi: () => PFX.dapi + hex(32),
  age: () => PFX.age + str(58, 'bech32'),
  datadog: () => hex(32),
  sentryDsn: () => 'https://' + hex(32) + '@o' + digits(6) + '.ingest.sentry.io/' + digits(16),
  mapboxSk: (user = 'acme') => PFX.mbSk + b64u(JSON.stringify({ u: user, a: 'cl' + str(23, 'loalnum') })).replace(/=+$/, '') + '.' + str(22, 'b64url'),
  mapboxPk: (user = 'acme') => PFX.mbPk + b64u(JSON.stringify({ u: user, a: 'cl' + str(23, 'loalnum') })).replace(/=+$/, '') + '.' + str(22, 'b64url'),
  turnstileSiteKey: () => PFX.turnstile + str(14, CS.alnum),
  sshEd25519Pub: (comment) => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + str(43, 'b64') + ' ' + comment,
  // JWT
  jwt(payload) {
    return b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) + '.' + b64u(JSON.stringify(payload)) + '.' + str(43, 'b64url');
  },
  supabaseServiceRole() {
    const iat = 1690000000 + int(0, 20000000);
    return t.jwt({ iss: 'supabase', ref: str(20, 'lower'), role: 'service' + '_role', iat, exp: iat + 315360000 });
  },
  // generic secrets
  jwtSecret: () => (rnd() < 0.5 ? hex(64) : str(48, 'b64url')),
  djangoKey: () => str(50, 'django'),
  password() {
    const style = int(0, 2);
    if (style === 0) return pick(words) + pick(CS.pwsym.split('')) + str(4, 'digits') + pick(words).toLowerCase() + pick(CS.pwsym.split(''));
    if (style === 1) return str(4, 'upper') + str(3, 'digits') + pick(CS.pwsym.split('')) + str(6, 'alnum') + pick(CS.pwsym.split('')) + str(3, 'alnum');
    return str(18, CS.alnum + CS.pwsym);
  },
  urlpw: () => str(int(18, 26), 'alnum') ,

  // PEM blocks
  pem(kind, indent = '') {
    return pemLines(kind)
      .map((l, i) => (i === 0 ? l : indent + l))
      .join('\n');
  },
  pemEscaped(kind) {
    return pemLines(kind).join('\\n') + '\\n';
  },
  pemHeader,
};
