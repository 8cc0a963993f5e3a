// Shared helpers: seeded PRNG, value generators and a labelled-file template tag.
// Every credential-shaped value is generated at run time; provider prefixes are
// assembled by concatenation so this source holds no token-shaped literal.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rnd = mulberry32(0x3b1d5eed);
export function reseed(seed) { rnd = mulberry32(seed); }

export const A = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
};
A.hex = A.digits + 'abcdef';
A.HEX = A.digits + 'ABCDEF';
A.alpha = A.upper + A.lower;
A.alnum = A.upper + A.lower + A.digits;
A.b64url = A.alnum + '-_';
A.b64 = A.alnum + '+/';
A.b32 = A.upper + '234567';
A.lowernum = A.lower + A.digits;
A.uppernum = A.upper + A.digits;

export const R = {
  next: () => rnd(),
  int(lo, hi) { return lo + Math.floor(rnd() * (hi - lo + 1)); },
  pick(a) { return a[Math.floor(rnd() * a.length)]; },
  str(alpha, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)];
    return s;
  },
  bytes(n) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256);
    return b;
  },
};

// ---------------------------------------------------------------- passwords
const WORDS = [
  'maple', 'harbor', 'falcon', 'copper', 'lantern', 'orbit', 'willow', 'cobalt',
  'meadow', 'ember', 'glacier', 'pepper', 'thistle', 'saffron', 'quartz', 'nimbus',
  'juniper', 'otter', 'cedar', 'tundra', 'raven', 'sierra', 'marble', 'velvet',
  'citrus', 'anchor', 'prairie', 'canyon', 'ripple', 'summit', 'basil', 'walnut',
  'fjord', 'hazel', 'indigo', 'lotus', 'magnet', 'nectar', 'oyster', 'pixel',
  'puffin', 'rocket', 'sparrow', 'tangerine', 'umber', 'violet', 'wombat', 'zephyr',
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
function distinct(n) {
  const out = [];
  while (out.length < n) { const w = R.pick(WORDS); if (!out.includes(w)) out.push(w); }
  return out;
}

function withClasses(len, sym) {
  const req = [R.pick(A.upper), R.pick(A.lower), R.pick(A.digits), R.pick(sym)];
  const chars = R.str(A.alnum + A.alnum + sym, len - req.length).split('');
  for (const c of req) chars.splice(R.int(1, chars.length), 0, c);
  if (!A.alnum.includes(chars[0])) chars[0] = R.pick(A.alnum);
  return chars.join('');
}

export const PW = {
  SYM: '!@#*-_.+=?^~', // safe inside quoted strings of most formats
  C: '!@#*-_.+=^~', // no '?' (trigraphs)
  URL: '-_.~', // safe in URL userinfo without escaping
  CMD: '-_.@#', // safe unquoted in cmd.exe
  MAKE: '!@*-_.+=?^~', // no '#' or '$'
  words(sym = PW.SYM) {
    const w = distinct(2);
    return cap(w[0]) + R.pick(sym) + cap(w[1]) + R.str(A.digits, R.int(2, 4));
  },
  random(len = R.int(14, 22), sym = PW.SYM) { return withClasses(len, sym); },
  any(sym = PW.SYM) { return R.next() < 0.5 ? PW.words(sym) : PW.random(undefined, sym); },
  wifi(sym = PW.C) {
    const k = R.int(0, 2);
    const w = distinct(3);
    if (k === 0) return [w[0], w[1], R.str(A.digits, 2), w[2]].join('-');
    if (k === 1) return cap(w[0]) + cap(w[1]) + R.str(A.digits, 4) + R.pick(sym);
    return withClasses(R.int(12, 16), sym);
  },
};

// ---------------------------------------------------------------- generators
// prefixes built by concatenation
const P = {
  aws: 'AK' + 'IA',
  goog: 'AI' + 'za',
  ghp: 'gh' + 'p_',
  ghpat: 'github' + '_pat_',
  glpat: 'gl' + 'pat-',
  xoxb: 'xo' + 'xb-',
  skLive: 'sk' + '_live_',
  pkLive: 'pk' + '_live_',
  whsec: 'wh' + 'sec_',
  sg: 'S' + 'G.',
  hf: 'h' + 'f_',
  oai: 's' + 'k-',
  oaiProj: 's' + 'k-' + 'proj-',
  oaiMark: 'T3Blbk' + 'FJ',
  dapi: 'da' + 'pi',
  dose: 'do' + 'se',
  shpat: 'sh' + 'pat_',
  gocspx: 'GOC' + 'SPX-',
  phc: 'ph' + 'c_',
  appl: 'ap' + 'pl_',
  mbxPublic: 'p' + 'k.',
  mbxSecret: 's' + 'k.',
  admob: 'ca-app-' + 'pub-',
};

const DASH = '-----';
const PRIV = 'PRIV' + 'ATE KEY';
function armor(label, b64, width) {
  const out = [DASH + 'BEGIN ' + label + DASH];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  out.push(DASH + 'END ' + label + DASH);
  return out.join('\n');
}
function derB64(nBytes, prefix) {
  const b = R.bytes(nBytes).toString('base64');
  return prefix + b.slice(prefix.length);
}
const b64urlJson = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');

export const G = {
  hex: (n) => R.str(A.hex, n),
  HEX: (n) => R.str(A.HEX, n),
  alnum: (n) => R.str(A.alnum, n),
  num: (n) => R.str('123456789', 1) + R.str(A.digits, n - 1),
  uuid() {
    const h = G.hex;
    return `${h(8)}-${h(4)}-4${h(3)}-${R.pick('89ab')}${h(3)}-${h(12)}`;
  },
  UUID: () => G.uuid().toUpperCase(),
  mac(oui = '') {
    const parts = oui ? oui.split(':') : [];
    while (parts.length < 6) parts.push(G.HEX(2));
    return parts.join(':');
  },
  colonHex: (n) => Array.from({ length: n }, () => G.HEX(2)).join(':'),
  sha256: () => G.hex(64),
  gitSha: () => G.hex(40),

  // provider-format secrets
  awsKeyId: () => P.aws + R.str(A.b32, 16),
  awsSecret: () => R.str(A.alnum + A.alnum + '/+', 40),
  awsExampleKeyId: () => P.aws + 'IOSFODNN7' + 'EXAMPLE',
  googleKey: () => P.goog + 'Sy' + R.str(A.b64url, 33),
  openaiProj: () => P.oaiProj + R.str(A.b64url, 74) + P.oaiMark + R.str(A.b64url, 74),
  openaiLegacy: () => P.oai + R.str(A.alnum, 20) + P.oaiMark + R.str(A.alnum, 20),
  hf: () => P.hf + R.str(A.alpha, 34),
  ghp: () => P.ghp + R.str(A.alnum, 36),
  ghPat: () => P.ghpat + '11' + R.str(A.uppernum, 20) + '_' + R.str(A.alnum, 59),
  glpat: () => P.glpat + R.str(A.b64url, 20),
  slackBot: () => P.xoxb + G.num(12) + '-' + G.num(13) + '-' + R.str(A.alnum, 24),
  slackWebhook: () => 'https://hooks.slack.com/services/T' + R.str(A.uppernum, 10) + '/B' +
    R.str(A.uppernum, 10) + '/' + R.str(A.alnum, 24),
  stripeSecret: () => P.skLive + '51' + R.str(A.alnum, 97),
  stripePublishable: () => P.pkLive + '51' + R.str(A.alnum, 97),
  stripeWebhookSecret: () => P.whsec + R.str(A.alnum, 32),
  twilioAuthToken: () => G.hex(32),
  sendgrid: () => P.sg + R.str(A.b64url, 22) + '.' + R.str(A.b64url, 43),
  mapbox(kind, user) {
    const payload = b64urlJson({ u: user, a: 'cl' + R.str(A.lowernum, 23) });
    return (kind === 'secret' ? P.mbxSecret : P.mbxPublic) + payload + '.' + R.str(A.b64url, 22);
  },
  telegram: () => G.num(10) + ':' + 'AA' + R.str(A.b64url, 33),
  discordWebhook: () => 'https://discord.com/api/webhooks/' + G.num(19) + '/' + R.str(A.b64url, 68),
  azureStorageKey: () => R.bytes(64).toString('base64'),
  databricks: () => P.dapi + G.hex(32),
  databricksOAuthSecret: () => P.dose + G.hex(32),
  fernet: () => R.bytes(32).toString('base64url') + '=',
  flaskSecret: () => R.bytes(16).toString('base64'),
  shopify: () => P.shpat + G.hex(32),
  googleOAuthSecret: () => P.gocspx + R.str(A.b64url, 28),
  jwt(payload) {
    return b64urlJson({ alg: 'HS256', typ: 'JWT' }) + '.' + b64urlJson(payload) + '.' + R.str(A.b64url, 43);
  },

  // public / identifier values (negatives)
  sentryDsn: () => `https://${G.hex(32)}@o${G.num(6)}.ingest.sentry.io/${G.num(7)}`,
  oauthClientId: (num) => `${num ?? G.num(12)}-${R.str(A.lowernum, 32)}.apps.googleusercontent.com`,
  posthog: () => P.phc + R.str(A.alnum, 43),
  revenuecat: () => P.appl + R.str(A.alnum, 26),
  admob: () => P.admob + G.num(16) + '~' + G.num(10),
  sshEd25519Pub: () => 'AAAAC3NzaC1lZDI1' + 'NTE5AAAAI' + R.str(A.b64, 43),

  // PEM blocks
  rsaPrivateKey: () => armor('RSA ' + PRIV, derB64(1192, 'MIIEpAIBAAKCAQEA'), 64),
  opensshPrivateKey: () => armor('OPENSSH ' + PRIV,
    derB64(399, 'b3BlbnNzaC1rZXkt' + 'djEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' + 'QyNTUxOQAAACA'), 70),
  certificate: (n = 891, prefix = 'MIIDdzCCAl+gAwIBAgI') => armor('CERTIFICATE', derB64(n, prefix), 64),
  ecPublicKey: () => armor('PUBLIC KEY', derB64(91, 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'), 64),
};

// ---------------------------------------------------------------- labelled files
// S(value, rule): a planted secret; the line(s) holding it are labelled expect:true.
// N(value, tag):  a hard negative; the line(s) are labelled expect:false, rule "negative".
// neg(tag):       mark the current line as a hard negative without inserting text.
export const S = (value, rule, tags = []) => ({ __m: 'S', value: String(value), rule, tags });
export const N = (value, tag) => ({ __m: 'N', value: String(value), tag });
export const neg = (tag) => N('', tag);
export const TAB = '\t';

// Tagged template: literal text is taken raw (so "\n" or "\"" stay as written)
// except that \${ and \` are unescaped; common indentation of the literal text is
// removed. Interpolated values are inserted verbatim.
export function file(path, opts = {}) {
  return (strings, ...vals) => {
    const lits = strings.raw.map((s) => s.replace(/\\(\$\{|`)/g, '$1'));
    const L = lits.length - 1;
    lits[0] = lits[0].replace(/^[ \t]*\n/, '');
    lits[L] = lits[L].replace(/\n[ \t]*$/, '\n');

    let indent = Infinity;
    lits.forEach((seg, i) => {
      const starts = i === 0 ? [0] : [];
      for (let k = seg.indexOf('\n'); k !== -1; k = seg.indexOf('\n', k + 1)) starts.push(k + 1);
      for (const p of starts) {
        const m = /^ */.exec(seg.slice(p))[0].length;
        const q = p + m;
        if (q >= seg.length) { if (i !== L) indent = Math.min(indent, m); continue; }
        if (seg[q] === '\n') continue;
        indent = Math.min(indent, m);
      }
    });
    if (!Number.isFinite(indent)) indent = 0;
    const reNl = new RegExp('\\n {0,' + indent + '}', 'g');
    const reStart = new RegExp('^ {0,' + indent + '}');
    const ded = lits.map((seg, i) => {
      let s = seg.replace(reNl, '\n');
      if (i === 0) s = s.replace(reStart, '');
      return s;
    });

    let text = '';
    let nl = 0;
    const marks = [];
    const count = (s) => (s.match(/\n/g) || []).length;
    ded.forEach((seg, i) => {
      text += seg; nl += count(seg);
      if (i < vals.length) {
        const v = vals[i];
        if (v && v.__m) {
          const start = nl + 1;
          const end = start + count(v.value);
          marks.push({ ...v, start, end });
          text += v.value; nl += count(v.value);
        } else {
          const s = String(v);
          text += s; nl += count(s);
        }
      }
    });

    let lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    if (opts.tabs) lines = lines.map((l) => l.replace(/^((?: {4})+)/, (m) => '\t'.repeat(m.length / 4)));
    const n = lines.length;

    const cover = new Array(n + 2).fill(null);
    const entries = [];
    for (const m of marks) {
      if (m.__m === 'N' && m.start === m.end && cover[m.start] && cover[m.start].rule === 'negative' &&
          cover[m.start].line === cover[m.start].endLine) {
        if (!cover[m.start].tags.includes(m.tag)) cover[m.start].tags.push(m.tag);
        continue;
      }
      for (let l = m.start; l <= m.end; l++) {
        if (cover[l]) throw new Error(`${path}:${l}: overlapping labels (${m.__m} ${m.rule || m.tag})`);
      }
      const e = m.__m === 'S'
        ? { file: path, line: m.start, endLine: m.end, expect: true, rule: m.rule, tags: [...m.tags] }
        : { file: path, line: m.start, endLine: m.end, expect: false, rule: 'negative', tags: [m.tag] };
      for (let l = m.start; l <= m.end; l++) cover[l] = e;
      entries.push(e);
    }
    for (let l = 1; l <= n; l++) {
      if (!cover[l]) entries.push({ file: path, line: l, endLine: l, expect: false, rule: 'none', tags: [] });
    }
    entries.sort((a, b) => a.line - b.line);
    return {
      path,
      content: lines.join('\n') + '\n',
      lines,
      labels: entries,
      secrets: marks.filter((m) => m.__m === 'S').map((m) => ({ value: m.value, start: m.start, end: m.end })),
    };
  };
}
