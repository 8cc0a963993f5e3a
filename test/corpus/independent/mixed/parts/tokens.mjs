// Token generators. Prefixes are assembled by concatenation so this source
// contains no token-shaped literal.
import { createHmac } from 'node:crypto';
import { rand, str, mixed, hex, int, BASE62, B64, B64URL, B32, DIGITS, UPPER, LOWER } from './rng.mjs';

const P = {
  ghp: 'gh' + 'p_',
  ghfine: 'git' + 'hub_' + 'pat_',
  glpat: 'gl' + 'pat-',
  xoxb: 'xo' + 'xb-',
  slackHook: 'https://hooks.' + 'slack.com/services/',
  skLive: 'sk' + '_live_',
  pkLive: 'pk' + '_live_',
  skProj: 'sk' + '-proj-',
  akia: 'AK' + 'IA',
  sg: 'S' + 'G.',
  npm: 'np' + 'm_',
  twilioSK: 'S' + 'K',
  twilioAC: 'A' + 'C',
  aiza: 'AI' + 'za',
};
export const PREFIX = P;

// CRC32 (for GitHub / npm style checksummed tokens)
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  let s = '';
  do { s = BASE62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(width, '0');
}
function checksummed(prefix) {
  const body = mixed(BASE62, 30);
  return prefix + body + base62(crc32(body), 6);
}

export const tok = {
  githubPat: () => checksummed(P.ghp),                                   // ghp_ + 36
  githubFine: () => P.ghfine + mixed(BASE62, 22) + '_' + mixed(BASE62, 59),
  gitlabPat: () => P.glpat + mixed(BASE62 + '-_', 20),
  slackBot: () => P.xoxb + str(DIGITS, int(10, 13)) + '-' + str(DIGITS, int(10, 13)) + '-' + mixed(BASE62, 24),
  slackWebhook: () => P.slackHook + 'T' + str(UPPER + DIGITS, 10) + '/B' + str(UPPER + DIGITS, 10) + '/' + mixed(BASE62, 24),
  stripeSecret: (n = 99) => P.skLive + mixed(BASE62, n),
  stripePublishable: (n = 99) => P.pkLive + mixed(BASE62, n),
  openai: () => P.skProj + mixed(B64URL, 74) + 'T3Blbk' + 'FJ' + mixed(B64URL, 74),
  awsKeyId: () => P.akia + str(B32, 16),
  awsSecret: () => mixed(B64, 40),
  sendgrid: () => P.sg + mixed(B64URL, 22) + '.' + mixed(B64URL, 43),
  npm: () => checksummed(P.npm),
  twilioKeySid: () => P.twilioSK + hex(32),
  twilioAccountSid: () => P.twilioAC + hex(32), // identifier, not a secret
  twilioSecret: () => mixed(BASE62, 32),
  googleApiKey: () => P.aiza + mixed(BASE62 + '-_', 35),
  jwt: (payload) => {
    const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const h = enc({ alg: 'HS256', typ: 'JWT' });
    const p = enc(payload);
    const key = mixed(BASE62, 48);
    const sig = createHmac('sha256', key).update(h + '.' + p).digest('base64url');
    return h + '.' + p + '.' + sig;
  },
  // strong random password as a human/ops tool would generate
  password: (n = 20, urlSafe = false) => {
    for (;;) {
      const s = str(BASE62 + (urlSafe ? '-_.~!*' : '!#%^*_-+='), n);
      if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && /[^A-Za-z0-9]/.test(s)) return s;
    }
  },
};

// Non-secret look-alikes (negatives)
export const neg = {
  sha40: () => hex(40),
  sha7: () => hex(7),
  sha256: () => hex(64),
  traceId: () => hex(32),
  spanId: () => hex(16),
  bcrypt: () => '$2b$12$' + str('./' + UPPER + LOWER + DIGITS, 53),
  sha512Integrity: () => 'sha512-' + Buffer.from(Array.from({ length: 64 }, () => int(0, 255))).toString('base64'),
  sshEd25519: () => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + str(B64, 43),
  sentryDsn: () => `https://${hex(32)}@o${str(DIGITS, 6)}.ingest.sentry.io/${str(DIGITS, 7)}`,
  // AWS documented example pair (from AWS docs), assembled at run time
  awsExampleId: () => P.akia + 'IOSFODNN7' + 'EXAMPLE',
  awsExampleSecret: () => 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY',
};
