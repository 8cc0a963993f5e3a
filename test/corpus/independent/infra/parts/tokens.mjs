// Value factories. Every provider prefix is assembled from fragments (J(...)) so
// that this source file never contains a literal that itself looks like a token.
import { Buffer } from 'node:buffer';
import { CS } from './rng.mjs';

export const J = (...a) => a.join('');
// URI with userinfo (scheme, user, password, host/path), assembled at run time
export const uri = (scheme, user, pass, rest) => scheme + '://' + user + ':' + pass + '@' + rest;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(str) {
  let c = 0xffffffff;
  for (const ch of Buffer.from(str)) c = CRC_TABLE[(c ^ ch) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  const A = CS.DIG + CS.UP + CS.LO;
  let s = '';
  while (n > 0) { s = A[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(width, '0');
}
export const wrap = (s, n) => s.match(new RegExp('.{1,' + n + '}', 'g'));

// PEM armour labels, assembled.
const KEYWORD = J('PRIV', 'ATE KEY');
export const PEM = {
  RSA: 'RSA ' + KEYWORD,
  EC: 'EC ' + KEYWORD,
  OPENSSH: 'OPENSSH ' + KEYWORD,
  PKCS8: KEYWORD,
  CERT: 'CERTIFICATE',
  PUB: 'PUBLIC KEY',
  PGP: 'PGP MESSAGE',
  AGE: 'AGE ENCRYPTED FILE',
};
const dash = '-----';
export const pemBegin = (label) => dash + 'BEGIN ' + label + dash;
export const pemEnd = (label) => dash + 'END ' + label + dash;

const WORDS = ['Harbor', 'Lantern', 'Falcon', 'Granite', 'Copper', 'Maple', 'Orbit', 'Saffron', 'Tundra',
  'Velvet', 'Cobalt', 'Juniper', 'Quartz', 'Ember', 'Willow', 'Sierra', 'Pelican', 'Marble'];

// Placeholders / documentation examples (negatives), assembled.
export const PH = {
  ghpX: J('gh', 'p_') + 'x'.repeat(36),
  awsExampleId: J('AK', 'IA', 'IOSFODNN7', 'EXAMPLE'),
  awsExampleSecret: J('wJalrXUtn', 'FEMI/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'),
  stripeReplace: J('sk', '_live_', 'REPLACE_ME'),
  slackDocs: 'https://hooks.slack.com/services/' + J('T0000', '0000/B0000', '0000/') + 'X'.repeat(24),
  openaiPlaceholder: J('sk-', 'proj-', '...'),
};

const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const sstr = (buf) => { const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf); return Buffer.concat([u32(b.length), b]); };

export function makeTokens(r) {
  const s = (n, cs = CS.B62) => r.str(n, cs);
  const hex = (n) => r.str(n, CS.HEX);
  const b64 = (n) => r.bytes(n).toString('base64');
  const b64raw = (n) => r.bytes(n).toString('base64').replace(/=+$/, '');
  const b64url = (n) => r.bytes(n).toString('base64url');
  const digits = (n) => r.str(1, '123456789') + r.str(n - 1, CS.DIG);
  const gh = (pfx) => { const body = s(30); return pfx + body + base62(crc32(body), 6); };
  const fill = (head, total) => Buffer.concat([Buffer.from(head), r.bytes(total - head.length)]);
  const pemLines = (label, der, width = 64) => [pemBegin(label), ...wrap(der.toString('base64'), width), pemEnd(label)];

  const T = {
    r, s, hex, b64, b64raw, b64url, digits,
    hexUpper: (n) => r.str(n, CS.HEXU),
    uuid() {
      const h = hex(32).split('');
      h[12] = '4'; h[16] = '89ab'[r.int(0, 3)];
      const x = h.join('');
      return [x.slice(0, 8), x.slice(8, 12), x.slice(12, 16), x.slice(16, 20), x.slice(20)].join('-');
    },
    account: () => digits(12),
    sha: () => hex(40),
    sha256: () => hex(64),

    // ---- passwords
    password(min = 18, max = 26) {
      const sym = '!*-_+=.^~';
      const n = r.int(min, max);
      const c = [r.pick(CS.UP), r.pick(CS.LO), r.pick(CS.DIG), r.pick(sym)];
      while (c.length < n) c.push(r.pick(CS.B62 + CS.B62 + sym));
      r.shuffle(c);
      const k = c.findIndex((x) => /[A-Za-z0-9]/.test(x));
      [c[0], c[k]] = [c[k], c[0]];
      return c.join('');
    },
    urlPassword(min = 20, max = 28) {
      const n = r.int(min, max);
      const c = [r.pick(CS.UP), r.pick(CS.LO), r.pick(CS.DIG)];
      while (c.length < n) c.push(r.pick(CS.B62 + CS.B62 + '-_.'));
      r.shuffle(c);
      const k = c.findIndex((x) => /[A-Za-z0-9]/.test(x));
      [c[0], c[k]] = [c[k], c[0]];
      return c.join('');
    },
    humanPassword() {
      let a = r.pick(WORDS), b = r.pick(WORDS);
      while (b === a) b = r.pick(WORDS);
      return a + r.pick(['-', '.', '_', '!']) + b + digits(4) + r.pick(['!', '*', '.']);
    },

    // ---- provider tokens
    ghp: () => gh(J('gh', 'p_')),
    gho: () => gh(J('gh', 'o_')),
    ghFine: () => J('github', '_pat_') + '11' + s(20, CS.UPDIG) + '_' + s(59),
    awsKeyId: () => J('AK', 'IA') + s(16, CS.B32),
    awsSecret: () => b64(30),
    stripeSk: () => J('sk', '_live_') + '51' + s(97),
    stripeRk: () => J('rk', '_live_') + '51' + s(97),
    stripePk: () => J('pk', '_live_') + '51' + s(97),
    stripeWhsec: () => J('wh', 'sec_') + s(32),
    slackBot: () => J('xo', 'xb-') + digits(12) + '-' + digits(13) + '-' + s(24),
    slackWebhook: () => 'https://hooks.slack.com/services/' + 'T' + s(10, CS.UPDIG) + '/B' + s(10, CS.UPDIG) + '/' + s(24),
    glpat: () => J('gl', 'pat-') + s(20, CS.URL),
    glrt: () => J('gl', 'rt-') + s(20, CS.URL),
    sendgrid: () => J('S', 'G.') + b64url(16) + '.' + b64url(32),
    npm: () => J('np', 'm_') + s(36),
    openai: () => J('sk-', 'proj-') + s(74, CS.URL) + J('T3Blbk', 'FJ') + s(74, CS.URL),
    anthropic: () => J('sk-', 'ant-', 'api03-') + s(93, CS.URL) + 'AA',
    twilioSid: () => 'AC' + hex(32),
    twilioToken: () => hex(32),
    ddApi: () => hex(32),
    ddApp: () => hex(40),
    dockerPat: () => J('dckr', '_pat_') + s(27, CS.URL),
    azureStorageKey: () => b64(64),
    azureClientSecret: () => s(3) + r.pick(CS.DIG) + J('Q', '~') + s(34, CS.B62 + '_~.-'),
    vault: () => J('hv', 's.') + J('CAE', 'SI') + s(86, CS.URL),
    tfc: () => s(14) + J('.atlas', 'v1.') + s(67),
    cfToken: () => s(40, CS.URL),
    fly: () => J('Fly', 'V1 ', 'fm2_') + b64(141),
    netlify: () => J('nf', 'p_') + s(36),
    sentryUser: () => J('sntr', 'yu_') + hex(64),
    pulumi: () => J('pu', 'l-') + hex(40),
    sonarProject: () => J('sq', 'p_') + hex(40),
    sonarUser: () => J('sq', 'u_') + hex(40),
    tailscale: () => J('tskey', '-auth-') + 'k' + s(7) + J('CN', 'TRL-') + s(33),
    hf: () => J('h', 'f_') + s(34, CS.UP + CS.LO),
    jfrog: () => J('AK', 'Cp8') + s(66),
    cratesio: () => J('ci', 'o') + s(32),
    shopify: () => J('shp', 'at_') + hex(32),
    buildkite: () => J('bk', 'ua_') + hex(40),
    telegram: () => digits(10) + ':' + J('A', 'A') + s(33, CS.URL),
    discordWebhookToken: () => s(68, CS.URL),
    newrelic: () => hex(36) + J('NR', 'AL'),
    contentful: () => J('CF', 'PAT-') + s(43, CS.URL),
    paypalClientId: () => 'A' + s(79, CS.URL),
    paypalSecret: () => 'E' + s(79, CS.URL),
    secretKeyBase: () => hex(128),
    algoliaAdmin: () => hex(32),
    sidekiq: () => hex(8) + ':' + hex(8),

    // ---- public / non-secret values of similar shape
    firebaseKey: () => J('AI', 'za') + 'Sy' + s(33, CS.URL),
    sri256: () => 'sha256-' + b64(32),
    sri384: () => 'sha384-' + b64(48),
    sri512: () => 'sha512-' + b64(64),
    tfH1: () => 'h1:' + b64(32),
    ageRecipient: () => 'age1' + s(58, CS.BECH32),
    sshEd25519Pub(comment) {
      const blob = Buffer.concat([sstr('ssh-ed25519'), sstr(r.bytes(32))]);
      return 'ssh-ed25519 ' + blob.toString('base64') + (comment ? ' ' + comment : '');
    },
    sshEcdsaPub() {
      const blob = Buffer.concat([sstr('ecdsa-sha2-nistp256'), sstr('nistp256'), sstr(Buffer.concat([Buffer.from([4]), r.bytes(64)]))]);
      return 'ecdsa-sha2-nistp256 ' + blob.toString('base64');
    },
    certificatePem() {
      const head = [0x30, 0x82, 0x03, 0x5a, 0x30, 0x82, 0x02, 0x42, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14];
      const der = Buffer.concat([fill(head, 15 + 20), Buffer.from([0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00]), r.bytes(862 - 50)]);
      return pemLines(PEM.CERT, der);
    },
    publicKeyPem() {
      const head = [0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
        0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00];
      const mod = r.bytes(256); mod[0] |= 0x80;
      const der = Buffer.concat([Buffer.from(head), mod, Buffer.from([0x02, 0x03, 0x01, 0x00, 0x01])]);
      return pemLines(PEM.PUB, der);
    },

    // ---- private keys (positives)
    rsaPem() {
      const head = Buffer.from([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
      const mod = r.bytes(256); mod[0] |= 0x80;
      const der = Buffer.concat([head, mod, Buffer.from([0x02, 0x03, 0x01, 0x00, 0x01, 0x02, 0x82, 0x01, 0x00]), r.bytes(1192 - 12 - 256 - 9)]);
      return pemLines(PEM.RSA, der);
    },
    ecPem() {
      const der = Buffer.concat([Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]), r.bytes(32),
        Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), r.bytes(64)]);
      return pemLines(PEM.EC, der);
    },
    pkcs8Pem() {
      const head = [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
        0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
      return pemLines(PEM.PKCS8, fill(head, 1218));
    },
    opensshPem(comment) {
      const pub = r.bytes(32), seed = r.bytes(32), check = r.bytes(4);
      const pubBlob = Buffer.concat([sstr('ssh-ed25519'), sstr(pub)]);
      let priv = Buffer.concat([check, check, sstr('ssh-ed25519'), sstr(pub), sstr(Buffer.concat([seed, pub])), sstr(comment)]);
      const pad = []; for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
      priv = Buffer.concat([priv, Buffer.from(pad)]);
      const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), sstr('none'), sstr('none'), sstr(''), u32(1), sstr(pubBlob), sstr(priv)]);
      return pemLines(PEM.OPENSSH, body, 70);
    },

    // ---- encrypted material (negatives)
    pulumiSecure: (n = 32) => 'v1:' + b64(12) + ':' + b64(n),
    pulumiSalt: () => 'v1:' + b64(8) + ':v1:' + b64(12) + ':' + b64(32),
    sopsEnc: (n = 24) => 'ENC[AES256_GCM,data:' + b64(n) + ',iv:' + b64(32) + ',tag:' + b64(16) + ',type:str]',
    kmsBlob: (n = 150) => Buffer.concat([Buffer.from([0x01, 0x02, 0x02, 0x00, 0x78]), r.bytes(n)]).toString('base64'),
    sealed: (n = 40) => Buffer.concat([Buffer.from([0x02, 0x00]), r.bytes(512), r.bytes(n + 28)]).toString('base64'),
    mavenEnc: () => '{' + b64(24) + '}',
    ansibleVault() {
      const inner = hex(64) + '\n' + hex(64) + '\n' + hex(96);
      return ['$ANSIBLE_VAULT;1.1;AES256', ...wrap(Buffer.from(inner).toString('hex'), 80)];
    },
    pgpMessage() {
      const body = Buffer.concat([Buffer.from([0x85, 0x01, 0x0c, 0x03]), r.bytes(330)]).toString('base64');
      return [pemBegin(PEM.PGP), '', ...wrap(body, 64), '=' + b64(3), pemEnd(PEM.PGP)];
    },
    ageArmor() {
      const hdr = 'age-encryption.org/v1\n-> X25519 ' + b64raw(32) + '\n' + b64raw(32) + '\n--- ' + b64raw(32) + '\n';
      const body = Buffer.concat([Buffer.from(hdr), r.bytes(58)]).toString('base64');
      return [pemBegin(PEM.AGE), ...wrap(body, 64), pemEnd(PEM.AGE)];
    },
  };
  return T;
}
