// Generators for secret values (all registered) and for hard-negative values.
// Provider prefixes are assembled by concatenation so this file holds no
// token-shaped literal.
import { str, int, pick, reg, rnd, ALNUM, HEX, B64, B64URL, UPPER, LOWER, DIGITS } from './core.mjs';

const P = (...parts) => parts.join('');
const U32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const b64 = (s) => Buffer.from(s).toString('base64');
const b64url = (s) => Buffer.from(s).toString('base64url');

// ---------------------------------------------------------------- secrets
export const tok = {
  ghp: () => reg(P('gh', 'p_') + str(36, ALNUM)),
  ghs: () => reg(P('gh', 's_') + str(36, ALNUM)),
  ghFine: () => reg(P('git', 'hub_', 'pat_') + str(22, ALNUM) + '_' + str(59, ALNUM)),
  awsId: () => reg(P('AK', 'IA') + str(16, U32)),
  awsSecret: () => reg(str(40, B64)),
  slackBot: () => reg(P('xo', 'xb-') + str(12, DIGITS) + '-' + str(13, DIGITS) + '-' + str(24, ALNUM)),
  slackWebhook: () => reg(P('https://hooks.', 'slack.com/services/') + 'T' + str(8, UPPER + DIGITS) + '/B' + str(10, UPPER + DIGITS) + '/' + str(24, ALNUM)),
  stripe: () => reg(P('sk', '_li', 've_') + str(24, ALNUM)),
  stripeLong: () => reg(P('sk', '_li', 've_') + str(99, ALNUM)),
  stripeRk: () => reg(P('rk', '_li', 've_') + str(24, ALNUM)),
  whsec: () => reg(P('wh', 'sec_') + str(32, ALNUM)),
  glpat: () => reg(P('gl', 'pat-') + str(20, ALNUM + '-_')),
  npm: () => reg(P('np', 'm_') + str(36, ALNUM)),
  sendgrid: () => reg(P('S', 'G.') + str(22, B64URL) + '.' + str(43, B64URL)),
  googleApi: () => reg(P('AI', 'za') + str(35, B64URL)),
  hf: () => reg(P('h', 'f_') + str(34, UPPER + LOWER)),
  openai: () => reg(P('sk-', 'proj-') + str(58, B64URL) + P('T3Blbk', 'FJ') + str(58, B64URL)),
  hex32: () => reg(str(32, HEX)),
  hex40: () => reg(str(40, HEX)),
  sessionId: () => reg(str(int(32, 48), B64URL)),
  jwt: (sub = 'user_' + int(1000, 99999), extra = {}) => {
    const iat = 1717000000 + int(0, 9000000);
    const h = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const p = b64url(JSON.stringify({ sub, iat, exp: iat + 3600 * 24 * 365 * 5, ...extra }));
    return reg(h + '.' + p + '.' + str(43, B64URL));
  },
  k8sSaJwt: () => {
    const h = b64url(JSON.stringify({ alg: 'RS256', kid: str(43, B64URL) }));
    const p = b64url(JSON.stringify({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'payments', 'kubernetes.io/serviceaccount/service-account.name': 'deployer', sub: 'system:serviceaccount:payments:deployer' }));
    return reg(h + '.' + p + '.' + str(342, B64URL));
  },
};

const WORDS = ['falcon', 'harbor', 'maple', 'copper', 'velvet', 'orbit', 'tundra', 'cobalt', 'prairie', 'lantern',
  'quartz', 'meadow', 'saffron', 'glacier', 'ember', 'juniper', 'walnut', 'basalt', 'heron', 'mistral'];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const leet = (w) => w.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0').replace(/i/g, '1');

/** realistic password. safe: 'url' (no reserved chars), 'shell', 'any' */
export function password(safe = 'any') {
  const sym = safe === 'url' ? '-_.~' : safe === 'shell' ? '-_.+^~%' : '-_.+^~!*#%';
  let p;
  const v = int(0, 3);
  if (v === 0) p = cap(pick(WORDS)) + pick(sym) + cap(pick(WORDS)) + int(10, 99) + pick(sym);
  else if (v === 1) { p = str(int(16, 22), ALNUM + sym); p = pick(UPPER) + p + int(0, 9); }
  else if (v === 2) p = cap(leet(pick(WORDS))) + int(1000, 9999) + pick(sym) + pick(UPPER) + pick(LOWER);
  else p = str(int(20, 28), ALNUM);
  return reg(p);
}

const PEM = (label, beginEnd) => '-----' + beginEnd + ' ' + label + ' KEY-----';
/** PEM private key lines (random body, shaped like the real thing) */
export function privateKeyLines(kind = 'RSA') {
  const label = kind === 'RSA' ? P('RSA PRI', 'VATE') : kind === 'EC' ? P('EC PRI', 'VATE') : kind === 'OPENSSH' ? P('OPENSSH PRI', 'VATE') : P('PRI', 'VATE');
  let body;
  if (kind === 'RSA') body = 'MIIEpAIBAAKCAQEA' + str(1572, B64);
  else if (kind === 'EC') body = 'MHcCAQEEI' + str(155, B64) + '==';
  else if (kind === 'OPENSSH') body = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + str(300, B64) + '=';
  else body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + str(1570, B64) + '=';
  const width = kind === 'OPENSSH' ? 70 : 64;
  const lines = [PEM(label, 'BEGIN')];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  lines.push(PEM(label, 'END'));
  reg(lines.slice(1, -1).join(''));
  for (const l of lines.slice(1, -1)) if (l.length >= 20) reg(l);
  return lines;
}

// ---------------------------------------------------------- hard negatives
export const neg = {
  uuid: () => {
    const h = str(32, HEX);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick('89ab')}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
  sha1: () => str(40, HEX),
  sha256: () => str(64, HEX),
  short: () => str(7, HEX),
  bcrypt: (v = '2b', cost = 12) => '$' + v + '$' + cost + '$' + str(53, './' + ALNUM),
  accountId: () => String(int(1, 9)) + str(11, DIGITS),
  rsaPublicDer: () => 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + str(306, B64) + 'IDAQAB',
  rsaPublicPemLines: () => {
    const body = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + str(306, B64) + 'IDAQAB';
    const out = ['-----BEGIN PUBLIC KEY-----'];
    for (let i = 0; i < body.length; i += 64) out.push(body.slice(i, i + 64));
    out.push('-----END PUBLIC KEY-----');
    return out;
  },
  sshEd25519: (comment) => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + str(43, B64) + (comment ? ' ' + comment : ''),
  sshRsa: (comment) => 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + str(344, B64) + (comment ? ' ' + comment : ''),
  md5Fingerprint: () => Array.from({ length: 16 }, () => str(2, HEX)).join(':'),
  googleClientId: () => str(12, DIGITS) + '-' + str(32, LOWER + DIGITS) + '.apps.googleusercontent.com',
  awsExampleKeyId: () => P('AK', 'IA', 'IOSFODNN7', 'EXAMPLE'),
  twilioSid: () => 'AC' + str(32, HEX),
  stripePub: () => P('pk', '_li', 've_') + str(24, ALNUM),
  ga: () => `GA1.2.${int(100000000, 999999999)}.${int(1690000000, 1720000000)}`,
  b64: (s) => b64(s),
  rnd,
};
export { b64, b64url };
