// Seeded PRNG + value generators. All token prefixes are built by concatenation.
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = mulberry32(0x5eed0006);
export const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = (a) => a[Math.floor(r() * a.length)];
const U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', L = 'abcdefghijklmnopqrstuvwxyz', D = '0123456789';
export const AN = U + L + D, HEX = '0123456789abcdef', B64 = AN + '+/', B64U = AN + '-_';
export const rs = (al, n) => { let s = ''; for (let i = 0; i < n; i++) s += al[Math.floor(r() * al.length)]; return s; };
export const hex = (n) => rs(HEX, n), alnum = (n) => rs(AN, n), digits = (n) => rs(D, n), upper = (n) => rs(U + D, n);
export const b64 = (s) => Buffer.from(s).toString('base64');
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;

const WORDS = ['Harbor', 'Maple', 'Falcon', 'Quartz', 'Nimbus', 'Orbit', 'Copper', 'Velvet', 'Tundra', 'Saffron', 'Lantern', 'Granite'];
const SYM = '!@%^*-_+=';
// realistic password (safe in env/yaml-quoted/ini; no # $ quotes spaces or backslash)
export function pw() {
  const k = int(0, 2);
  if (k === 0) return pick(WORDS) + pick(WORDS).toLowerCase() + digits(int(2, 4)) + pick(SYM.split('')) + rs(U, 1);
  if (k === 1) return rs(U, 1) + rs(L, 2) + rs(AN + SYM, int(14, 20)) + rs(D, 1) + pick(SYM.split(''));
  return rs(U, 1) + alnum(int(19, 27));
}
// password safe inside URLs / connection strings / ini
export const upw = () => rs(U, 1) + rs(L, 1) + alnum(int(16, 24)) + rs(D, 2);

export const tok = {
  awsId: () => 'AK' + 'IA' + rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  awsSecret: () => rs(AN + '/+', 40),
  ghp: () => 'gh' + 'p_' + alnum(36),
  glpat: () => 'gl' + 'pat-' + rs(AN + '-_', 20),
  slackBot: () => 'xo' + 'xb-' + digits(12) + '-' + digits(13) + '-' + alnum(24),
  slackHook: () => 'https://hooks.' + 'slack.com/services/T' + upper(10) + '/B' + upper(11) + '/' + alnum(24),
  stripe: () => 'sk' + '_live_' + '51' + alnum(60),
  stripePub: () => 'pk' + '_live_' + '51' + alnum(60),
  sendgrid: () => 'S' + 'G.' + rs(B64U, 22) + '.' + rs(B64U, 43),
  npm: () => 'np' + 'm_' + alnum(36),
  pypi: () => 'py' + 'pi-' + 'AgEIcHlwaS5vcmc' + rs(B64U, 140),
  openai: () => 'sk' + '-proj-' + rs(B64U, 64),
  ddApi: () => hex(32),
  ddApp: () => hex(40),
  jwt: () => rs(B64, 64),
  django: () => rs(L + D + '!@#%^&*(-_=+)', 50),
  railsBase: () => hex(128),
  azureKey: () => rs(B64, 86) + '==',
  cf: () => rs(AN + '_-', 40),
  bcrypt: () => '$2' + 'a$10$' + rs('./' + AN, 53),
  apr1: () => '$ap' + 'r1$' + rs('./' + AN, 8) + '$' + rs('./' + AN, 22),
  sha256: () => hex(64),
  sshPub: (who) => 'ssh-' + 'rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + rs(B64, 340) + ' ' + who,
};
// PEM block (random body, not a real key); returns array of lines
export function pem(label, nlines = 12, indent = '') {
  const out = [indent + '-----BEGIN ' + label + '-----'];
  const start = label.includes('PRIVATE') ? 'MIIEo' + 'wIBAAKCAQEA' : 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';
  let body = start + rs(B64, 64 * nlines - start.length - 20);
  for (let i = 0; i < body.length; i += 64) out.push(indent + body.slice(i, i + 64));
  out[out.length - 1] += '==';
  out.push(indent + '-----END ' + label + '-----');
  return out;
}
// docs-style example values (obviously examples), still built by concatenation
export const EXAMPLE_AWS_ID = 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE';
export const EXAMPLE_AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY';
