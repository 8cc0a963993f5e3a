// Generated secret values (positives) and random-looking non-secrets (negatives).
// Provider prefixes are assembled by concatenation so this file holds no token-shaped literal.
import { createHash } from 'node:crypto';
import { A, str, int, pick, bytes } from './rng.mjs';

const P = {
  aws: 'AK' + 'IA',
  ghp: 'gh' + 'p_',
  slack: 'xo' + 'xb-',
  stripe: 'sk' + '_li' + 've_',
  sg: 'S' + 'G.',
  npm: 'np' + 'm_',
  glpat: 'gl' + 'pat-',
  openaiMid: 'T3Bl' + 'bkFJ',
  twilioAcct: 'A' + 'C',
  pemBegin: '-----BEGIN ' + 'RSA PRIVATE' + ' KEY-----',
  pemEnd: '-----END ' + 'RSA PRIVATE' + ' KEY-----',
};

const WORDS = ['velvet', 'harbor', 'copper', 'lantern', 'meadow', 'falcon', 'granite', 'orchid', 'saffron', 'tundra', 'quiver', 'ember', 'juniper', 'marble', 'nimbus', 'pepper'];
const SYM = '!#%*-_@^~+=';
const cap = (w) => w[0].toUpperCase() + w.slice(1);

function mixed(n, symbols) {
  // random string guaranteed to contain upper, lower, digit (+ symbol)
  for (;;) {
    const s = str(A.alnum + symbols, n);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s) && (!symbols || [...s].some((c) => symbols.includes(c)))) return s;
  }
}

export const tok = {
  awsAccess: () => P.aws + str(A.upper + '234567', 16),
  awsSecret: () => str(A.b64, 40),
  awsSecretSpecial: () => { // ensure + and / appear (for URL-encoding tests)
    const s = str(A.alnum, 40).split('');
    s[5 + int(10)] = '+'; s[20 + int(10)] = '/'; s[32 + int(6)] = '+';
    return s.join('');
  },
  github: () => P.ghp + str(A.alnum, 36),
  slack: () => P.slack + str(A.digits, 12) + '-' + str(A.digits, 13) + '-' + str(A.alnum, 24),
  stripe: () => P.stripe + str(A.alnum, 24),
  sendgrid: () => P.sg + str(A.b64url, 22) + '.' + str(A.b64url, 43),
  npm: () => P.npm + str(A.alnum, 36),
  gitlab: () => P.glpat + str(A.alnum + '-_', 20),
  openai: () => 'sk' + '-' + str(A.alnum, 20) + P.openaiMid + str(A.alnum, 20),
  twilioSid: () => P.twilioAcct + str(A.hex, 32),
  twilioAuth: () => str(A.hex, 32),
  genericHex: (n = 40) => str(A.hex, n),
  // realistic human/generated passwords; `symbols` restricts specials for the host syntax
  password: (symbols = SYM) => {
    const style = int(3);
    if (style === 0) return mixed(14 + int(7), symbols);
    if (style === 1) return cap(pick(WORDS)) + int(10) + cap(pick(WORDS)) + (symbols ? symbols[int(symbols.length)] : '') + (10 + int(90)) + str(A.alnum, 3);
    return str(A.lower, 3) + mixed(8, symbols) + str(A.digits, 2) + cap(pick(WORDS));
  },
  pem: () => {
    const body = [];
    for (let i = 0; i < 12; i++) body.push(str(A.b64, 64));
    body.push(str(A.b64, 24) + '==');
    return [P.pemBegin, 'MIIEpAIBAAKCAQEA' + str(A.b64, 48), ...body, P.pemEnd];
  },
};

// ---- negatives ----
const sha = (alg, s) => createHash(alg).update(String(s)).digest();
function b58(buf) {
  let x = BigInt('0x' + (buf.toString('hex') || '0'));
  let out = '';
  while (x > 0n) { out = A.b58[Number(x % 58n)] + out; x /= 58n; }
  for (const b of buf) { if (b === 0) out = '1' + out; else break; }
  return out;
}
function b32lower(buf) {
  const al = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0, val = 0, out = '';
  for (const b of buf) { val = (val << 8) | b; bits += 8; while (bits >= 5) { out += al[(val >>> (bits - 5)) & 31]; bits -= 5; } }
  if (bits > 0) out += al[(val << (5 - bits)) & 31];
  return out;
}
const b64url = (s) => Buffer.from(s).toString('base64url');
let seq = 0;
const salt = () => `${++seq}-${str(A.alnum, 8)}`;

export const neg = {
  sha1: () => sha('sha1', salt()).toString('hex'),
  sha256: () => sha('sha256', salt()).toString('hex'),
  short: (n = 8) => sha('sha1', salt()).toString('hex').slice(0, n),
  uuid: () => {
    const h = bytes(16); h[6] = (h[6] & 0x0f) | 0x40; h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  },
  btc: () => { // real base58check P2PKH address
    const payload = Buffer.concat([Buffer.from([0]), bytes(20)]);
    const chk = sha('sha256', sha('sha256', payload)).subarray(0, 4);
    return b58(Buffer.concat([payload, chk]));
  },
  cidV0: () => b58(Buffer.concat([Buffer.from([0x12, 0x20]), sha('sha256', salt())])),
  cidV1: () => 'b' + b32lower(Buffer.concat([Buffer.from([0x01, 0x70, 0x12, 0x20]), sha('sha256', salt())])),
  dockerDigest: () => 'sha256:' + sha('sha256', salt()).toString('hex'),
  integrity: () => 'sha512-' + sha('sha512', salt()).toString('base64'),
  sri384: () => 'sha384-' + sha('sha384', salt()).toString('base64'),
  sri256: () => 'sha256-' + sha('sha256', salt()).toString('base64'),
  exampleJwt: () => {
    const h = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const p = b64url(JSON.stringify({ sub: '1234567890', name: 'Jane Example', iat: 1516239022, exp: 1516242622 }));
    return `${h}.${p}.${sha('sha256', salt()).toString('base64url')}`;
  },
  b64json: (obj) => Buffer.from(JSON.stringify(obj)).toString('base64'),
  buildId: () => `${2024}${String(1 + int(12)).padStart(2, '0')}${String(1 + int(28)).padStart(2, '0')}.${1 + int(40)}-${sha('sha1', salt()).toString('hex').slice(0, 10)}`,
};
export const basic = (user, pw) => Buffer.from(`${user}:${pw}`).toString('base64');
export const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
