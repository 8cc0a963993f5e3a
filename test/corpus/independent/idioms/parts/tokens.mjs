// Token generators, one per provider format. Prefixes are assembled by
// concatenation so that this source never holds a token-shaped literal.
import { rng, ALPHA } from './rng.mjs';

const j = (...p) => p.join('');

// ---- prefixes --------------------------------------------------------------
export const P = {
  akia: j('AK', 'IA'),
  ghp: j('gh', 'p_'), gho: j('gh', 'o_'), ghs: j('gh', 's_'), ghpat: j('github', '_pat_'),
  glpat: j('gl', 'pat-'), gldt: j('gl', 'dt-'), glrt: j('gl', 'rt-'),
  xoxb: j('xo', 'xb-'), xoxp: j('xo', 'xp-'), xapp: j('xa', 'pp-'),
  slackHook: j('https://hooks.', 'slack.com/', 'services/'),
  skLive: j('sk', '_live_'), rkLive: j('rk', '_live_'), pkLive: j('pk', '_live_'), pkTest: j('pk', '_test_'),
  whsec: j('wh', 'sec_'),
  shpat: j('sh', 'pat_'), shpss: j('sh', 'pss_'),
  hubspot: j('pat', '-na1-'),
  atlassian: j('ATA', 'TT3'),
  linear: j('lin', '_api_'),
  notionOld: j('sec', 'ret_'), notion: j('nt', 'n_'),
  airtable: j('p', 'at'),
  figma: j('fi', 'gd_'),
  vercel: j('vc', 'p_'),
  netlify: j('nf', 'p_'),
  sbSecret: j('sb', '_secret_'), sbPub: j('sb', '_publishable_'),
  postman: j('PM', 'AK-'),
  sendgrid: j('S', 'G.'),
  mailgun: j('ke', 'y-'),
  twilioSk: j('S', 'K'), twilioAc: j('A', 'C'),
  nrak: j('NR', 'AK-'),
  sentryOrg: j('sn', 'trys_'),
  glsa: j('gl', 'sa_'), glc: j('gl', 'c_'),
  dapi: j('da', 'pi'),
  openai: j('sk', '-proj-'), openaiMark: j('T3Bl', 'bkFJ'),
  anthropic: j('sk', '-ant-', 'api03-'),
  hf: j('h', 'f_'),
  groq: j('gs', 'k_'),
  replicate: j('r', '8_'),
  pulumi: j('pu', 'l-'),
  atlasv1: j('.atlas', 'v1.'),
  doppler: j('dp', '.pt.'),
  vault: j('hv', 's.'),
  age: j('AGE-', 'SECRET-', 'KEY-'),
  agePub: j('ag', 'e1'),
  npm: j('np', 'm_'),
  pypi: j('py', 'pi-'), pypiMac: j('AgEI', 'cHlwaS5', 'vcmc'),
  rubygems: j('ruby', 'gems_'),
  docker: j('dckr', '_pat_'),
  doV1: j('do', 'p_v1_'),
  heroku: j('HR', 'KU-AA'),
  ltai: j('LT', 'AI'),
  aiza: j('AI', 'za'),
  eyJ: j('ey', 'J'),
};

// ---- checksums / encodings -------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
export function crc32(str) {
  let c = 0xffffffff;
  for (const b of Buffer.from(str, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let s = '';
  do { s = ALPHA.b62[n % 62] + s; n = Math.floor(n / 62); } while (n > 0);
  return s;
}
// GitHub / npm style: 30 random base62 chars + 6 char base62 CRC32 checksum
function checksummed(prefix) {
  const body = rng.b62(30);
  return prefix + body + base62(crc32(body)).padStart(6, '0');
}
const b64urlOf = (buf) => Buffer.from(buf).toString('base64url');
const b64Of = (buf) => Buffer.from(buf).toString('base64');

// bech32 (BIP-173) for age keys
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
function bech32(hrp, bytes) {
  const data = [];
  let acc = 0, bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b; bits += 8;
    while (bits >= 5) { bits -= 5; data.push((acc >>> bits) & 31); }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const hx = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const pm = polymod(hx.concat(data, [0, 0, 0, 0, 0, 0])) ^ 1;
  const chk = [];
  for (let i = 0; i < 6; i++) chk.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + data.concat(chk).map((d) => BECH[d]).join('');
}

// ---- providers -------------------------------------------------------------
export const T = {
  awsKeyId: () => P.akia + rng.str(ALPHA.base32, 16),
  awsSecret: () => rng.str(ALPHA.b62 + '+/', 40),

  ghp: () => checksummed(P.ghp),
  gho: () => checksummed(P.gho),
  ghs: () => checksummed(P.ghs),
  githubPat: () => P.ghpat + rng.b62(22) + '_' + rng.b62(59),

  glpat: () => P.glpat + rng.b64url(20),
  gldt: () => P.gldt + rng.b64url(20),
  glrt: () => P.glrt + rng.b64url(20),

  xoxb: () => `${P.xoxb}${rng.digits(12)}-${rng.digits(13)}-${rng.b62(24)}`,
  xoxp: () => `${P.xoxp}${rng.digits(12)}-${rng.digits(12)}-${rng.digits(13)}-${rng.hex(32)}`,
  xapp: () => `${P.xapp}1-A${rng.str(ALPHA.upnum, 10)}-${rng.digits(13)}-${rng.hex(64)}`,
  slackWebhook: () => `${P.slackHook}T${rng.str(ALPHA.upnum, 8)}/B${rng.str(ALPHA.upnum, 10)}/${rng.b62(24)}`,

  stripeSecret: () => P.skLive + '51' + rng.b62(97),
  stripeSecretShort: () => P.skLive + rng.b62(24),
  stripeRestricted: () => P.rkLive + '51' + rng.b62(97),
  stripeWebhook: () => P.whsec + rng.b62(32),
  stripePublishable: () => P.pkLive + '51' + rng.b62(97),
  stripePublishableTest: () => P.pkTest + '51' + rng.b62(97),

  shpat: () => P.shpat + rng.hex(32),
  shpss: () => P.shpss + rng.hex(32),
  hubspot: () => P.hubspot + rng.uuid(),
  atlassian: () => P.atlassian + 'xFfGF0' + rng.b64url(171) + '=' + rng.HEX(8),
  linear: () => P.linear + rng.b62(40),
  notionLegacy: () => P.notionOld + rng.b62(43),
  notion: () => P.notion + rng.digits(11) + rng.b62(35),
  airtable: () => P.airtable + rng.b62(14) + '.' + rng.hex(64),
  figma: () => P.figma + rng.b64url(40),
  vercel: () => P.vercel + rng.b62(56),
  netlify: () => P.netlify + rng.b62(36),

  supabaseRef: () => rng.str(ALPHA.lower, 20),
  supabaseJwt(ref, role) {
    const header = b64urlOf(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const iat = 1700000000 + rng.int(20000000);
    const payload = b64urlOf(JSON.stringify({ iss: 'supabase', ref, role, iat, exp: iat + 315360000 }));
    return `${header}.${payload}.${b64urlOf(rng.bytes(32))}`;
  },
  sbSecret: () => P.sbSecret + rng.b64url(31),
  sbPublishable: () => P.sbPub + rng.b64url(31),

  postman: () => `${P.postman}${rng.hex(24)}-${rng.hex(34)}`,
  sendgrid: () => `${P.sendgrid}${rng.b64url(22)}.${rng.b64url(43)}`,
  mailgun: () => P.mailgun + rng.hex(32),
  mailchimp: (dc = 'us12') => `${rng.hex(32)}-${dc}`,
  twilioAuthToken: () => rng.hex(32),
  twilioApiKeySid: () => P.twilioSk + rng.hex(32),
  twilioApiKeySecret: () => rng.b62(32),
  twilioAccountSid: () => P.twilioAc + rng.hex(32),
  datadogApiKey: () => rng.hex(32),
  datadogAppKey: () => rng.hex(40),
  newrelic: () => P.nrak + rng.str(ALPHA.upnum, 27),
  sentryOrg(org) {
    const iat = 1700000000 + rng.int(30000000) + rng.int(1000000) / 1e6;
    const json = JSON.stringify({ iat, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org });
    return `${P.sentryOrg}${b64Of(json)}_${rng.str(ALPHA.b64, 43)}`;
  },
  grafanaSa: () => `${P.glsa}${rng.b62(32)}_${rng.hex(8)}`,
  grafanaCloud(stack) {
    const json = JSON.stringify({ o: String(rng.digits(6)), n: `${stack}-read-token`, k: rng.b62(24), m: { r: 'prod-us-east-0' } });
    return P.glc + b64Of(json);
  },
  databricks: () => P.dapi + rng.hex(32),
  openai: () => P.openai + rng.b64url(74) + P.openaiMark + rng.b64url(74),
  anthropic: () => P.anthropic + rng.b64url(93) + 'AA',
  huggingface: () => P.hf + rng.str(ALPHA.alpha, 34),
  cohere: () => rng.b62(40),
  groq: () => P.groq + rng.b62(52),
  replicate: () => P.replicate + rng.b62(37),
  pulumi: () => P.pulumi + rng.hex(40),
  terraformCloud: () => rng.b62(14) + P.atlasv1 + rng.b64url(67),
  doppler: () => P.doppler + rng.b62(43),
  vault: () => P.vault + 'CAESI' + rng.b64url(86),
  vaultLegacy: () => P.vault + rng.b62(24),
  ageSecret: () => bech32(P.age.toLowerCase(), rng.bytes(32)).toUpperCase(),
  agePublic: () => bech32('age', rng.bytes(32)),
  npm: () => checksummed(P.npm),
  pypi: () => P.pypi + P.pypiMac + 'CJD' + rng.b64url(150),
  rubygems: () => P.rubygems + rng.hex(48),
  dockerhub: () => P.docker + rng.b64url(27),
  digitalocean: () => P.doV1 + rng.hex(64),
  heroku: () => P.heroku + rng.b64url(42) + '_____w' + rng.b64url(10),
  alibabaId: () => P.ltai + '5t' + rng.b62(18),
  alibabaSecret: () => rng.b62(30),
  cloudflareToken: () => rng.b64url(40),
  cloudflareGlobalKey: () => rng.hex(37),
  okta: () => '00' + rng.b64url(40),
  auth0Secret: () => rng.b64url(64),
  auth0ClientId: () => rng.b62(32),
  azureAdSecret: () => rng.b62(3) + rng.str(ALPHA.digits, 1) + 'Q~' + rng.strEdge(ALPHA.b62 + '_~.-', 34),
  azureStorageKey: () => b64Of(rng.bytes(64)),
  gcpApiKey: () => P.aiza + 'Sy' + rng.b64url(33),
  password: (n = 24) => rng.b62(n),
  gitSha: () => rng.hex(40),
  sha256: () => rng.hex(64),
  md5: () => rng.hex(32),
  uuid: () => rng.uuid(),
};

// ---- hard-negative shapes ---------------------------------------------------
export const N = {
  // prefix + a run of one filler char
  fill: (prefix, n, ch = 'X') => prefix + ch.repeat(n),
  // prefix + a few chars + an ellipsis, as docs elide tokens
  elide: (prefix, shown = 4, ell = '…') => prefix + rng.str(ALPHA.lownum, shown) + ell,
  awsDocKeyId: () => P.akia + 'IOSFODNN7' + 'EXAMPLE',
  // Azurite / storage-emulator account key, published in Microsoft's docs
  azuriteKey: () => j('Eby8vdM02x', 'NOcqFlqUwJ', 'PLlmEtlCDX', 'J1OUzFT50u', 'SRZ6IFsuFq', '2UVErCz4I6', 'tq/K1SZFPT', 'Otr/KBHBek', 'soGMGw=='),
  awsDocSecret: () => j('wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'),
};
