// Helpers: seeded PRNG, random shapes, provider-format token builders, label resolution.
import { createHash } from 'node:crypto';

let S = 0x5eed2468;
export function rnd() {
  S = (S + 0x6d2b79f5) | 0;
  let t = Math.imul(S ^ (S >>> 15), 1 | S);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const ri = (n) => Math.floor(rnd() * n);
export const pick = (a) => a[ri(a.length)];
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz', DG = '0123456789';
export const AN = UP + LO + DG;
export const chars = (set, n) => { let o = ''; for (let i = 0; i < n; i++) o += set[ri(set.length)]; return o; };
export const alnum = (n) => chars(AN, n);
export const urlsafe = (n) => chars(AN + '-_', n);
export const hex = (n) => chars('0123456789abcdef', n);
export const lower = (n) => chars(LO, n);
export const digits = (n) => chars('123456789', 1) + chars(DG, n - 1);
export const bytes = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = ri(256); return b; };
export const b64 = (n) => bytes(n).toString('base64');
export const b64u = (n) => bytes(n).toString('base64url');
export const sha = (alg, s, enc = 'hex') => createHash(alg).update(s).digest(enc);
export const uuid = () => { const h = hex(32).split(''); h[12] = '4'; h[16] = '89ab'[ri(4)]; const s = h.join(''); return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`; };
const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ulid = () => { let t = 1700000000000 + ri(60000000000); let ts = ''; for (let i = 0; i < 10; i++) { ts = CROCK[t % 32] + ts; t = Math.floor(t / 32); } return ts + chars(CROCK, 16); };
export const snowflake = () => '1' + chars('12', 1) + chars(DG, 17);
export const wrap = (s, n) => s.match(new RegExp(`.{1,${n}}`, 'g'));

// crc32 + base62 for GitHub-style checksummed tokens
const CRC = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
const crc32 = (s) => { let c = 0xffffffff; for (const b of Buffer.from(s)) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const b62 = (n) => { const A = DG + UP + LO; let o = ''; do { o = A[n % 62] + o; n = Math.floor(n / 62); } while (n > 0); return o.padStart(6, '0'); };

// ---- provider formats (prefixes assembled at run time) ----
export const T = {
  ghp: () => { const b = alnum(30); return 'gh' + 'p_' + b + b62(crc32(b)); },
  ghs: () => { const b = alnum(30); return 'gh' + 's_' + b + b62(crc32(b)); },
  awsId: () => 'AK' + 'IA' + chars(UP + '234567', 16),
  awsSecret: () => chars(AN + '/+', 40),
  skLive: () => 'sk' + '_li' + 've_51' + alnum(97),
  rkLive: () => 'rk' + '_li' + 've_51' + alnum(97),
  pkLive: () => 'pk' + '_li' + 've_51' + alnum(97),
  xoxb: () => 'xo' + 'xb-' + digits(12) + '-' + digits(13) + '-' + alnum(24),
  slackHook: () => 'https://hooks.slack' + '.com/services/T' + chars(UP + DG, 8) + '/B' + chars(UP + DG, 10) + '/' + alnum(24),
  openai: () => 'sk-' + 'proj-' + urlsafe(74) + 'T3Blbk' + 'FJ' + urlsafe(74),
  anthropic: () => 'sk-' + 'ant-' + 'api03-' + urlsafe(93) + 'AA',
  google: () => 'AI' + 'za' + 'Sy' + urlsafe(33),
  sendgrid: () => 'S' + 'G.' + urlsafe(22) + '.' + urlsafe(43),
  npm: () => 'np' + 'm_' + alnum(36),
  pypi: () => 'py' + 'pi-' + 'AgEI' + 'cHlwaS5vcmc' + 'CJ' + urlsafe(160),
  gitlab: () => 'gl' + 'pat-' + urlsafe(20),
  twilioSid: () => 'A' + 'C' + hex(32),
  twilioTok: () => hex(32),
  telegram: () => digits(10) + ':' + 'AA' + urlsafe(33),
  discordHook: () => 'https://discord' + '.com/api/webhooks/' + snowflake() + '/' + urlsafe(68),
  shopify: () => 'shp' + 'at_' + hex(32),
  datadog: () => hex(32),
  azureKey: () => b64(64),
  password: () => chars(AN, 4) + chars('!#%*', 1) + chars(AN, 9) + chars('!#%*', 1) + chars(AN, 5),
  urlpass: () => alnum(24),
};

// ---- DER/PEM builders ----
export const BEGIN = (k) => '-----' + 'BEGIN ' + k + '-----';
export const END = (k) => '-----' + 'END ' + k + '-----';
export const PRIV = (kind) => (kind ? kind + ' ' : '') + 'PRIVATE' + ' KEY';
export function pem(label, der) { return [BEGIN(label), ...wrap(der.toString('base64'), 64), END(label)].join('\n'); }
export function rsaPkcs1Der() { const len = 0x4a4; return Buffer.concat([Buffer.from([0x30, 0x82, len >> 8, len & 0xff, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00, 0xc0 | ri(64)]), bytes(len - 9)]); }
export function ecDer() { return Buffer.concat([Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]), bytes(32), Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), bytes(64)]); }
export function certDer() { const len = 0x3c5; return Buffer.concat([Buffer.from([0x30, 0x82, len >> 8, len & 0xff, 0x30, 0x82, 0x02, 0xad, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14]), bytes(len - 11)]); }
const sshStr = (b) => { const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, Buffer.from(b)]); };
const u32 = (n) => { const l = Buffer.alloc(4); l.writeUInt32BE(n); return l; };
export function edPubBlob(pub) { return Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]); }
export function sshEdPub(comment) { return 'ssh-ed25519 ' + edPubBlob(bytes(32)).toString('base64') + (comment ? ' ' + comment : ''); }
export function sshRsaPub(comment) { const n = Buffer.concat([Buffer.from([0x00, 0xc0 | ri(64)]), bytes(255)]); return 'ssh-rsa ' + Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(n)]).toString('base64') + (comment ? ' ' + comment : ''); }
export function opensshEdPriv(comment) {
  const pub = bytes(32), priv = Buffer.concat([bytes(32), pub]); const ck = bytes(4);
  let sec = Buffer.concat([ck, ck, sshStr('ssh-ed25519'), sshStr(pub), sshStr(priv), sshStr(comment)]);
  const pad = []; for (let i = 1; sec.length + pad.length < Math.ceil(sec.length / 8) * 8; i++) pad.push(i); sec = Buffer.concat([sec, Buffer.from(pad)]);
  const der = Buffer.concat([Buffer.from('openssh-key-v1\0'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(edPubBlob(pub)), sshStr(sec)]);
  const lab = 'OPENSSH ' + 'PRIVATE' + ' KEY';
  return [BEGIN(lab), ...wrap(der.toString('base64'), 70), END(lab)].join('\n');
}

// ---- corpus assembly ----
export const files = [];
export const N = (find, tags = [], opt = {}) => ({ find, expect: false, rule: 'negative', tags, ...opt });
export const P = (find, rule, tags = [], opt = {}) => ({ find, expect: true, rule, tags, ...opt });
export function add(path, text, marks = []) { files.push({ path, text: text.endsWith('\n') ? text : text + '\n', marks }); }

export function resolve() {
  const labels = [], problems = [];
  for (const f of files) {
    const lines = f.text.split('\n');
    for (const m of f.marks) {
      const hits = []; lines.forEach((l, i) => { if (l.includes(m.find)) hits.push(i); });
      if (hits.length === 0 || (hits.length > 1 && !m.all)) { problems.push(`${f.path}: find ${JSON.stringify(m.find.slice(0, 60))} hits=${hits.length}`); continue; }
      for (const h of hits) {
        let line = h + 1, endLine = h + 1;
        if (m.block) { // PEM-style block: expand to BEGIN/END lines around the hit
          let a = h; while (a > 0 && !lines[a].includes('-----' + 'BEGIN')) a--;
          let b = h; while (b < lines.length - 1 && !lines[b].includes('-----' + 'END')) b++;
          line = a + 1; endLine = b + 1;
        }
        labels.push({ file: f.path, line, endLine, expect: m.expect, rule: m.rule, tags: m.tags, _value: m.value ?? m.find });
      }
    }
  }
  return { labels, problems };
}
