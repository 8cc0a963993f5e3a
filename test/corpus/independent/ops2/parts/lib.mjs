// Helpers: seeded PRNG, secret-shaped value generators, file builder with labels.
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

export function makeGen(seed) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const fromSet = (set, n) => { let s = ''; for (let i = 0; i < n; i++) s += set[Math.floor(rnd() * set.length)]; return s; };
  const LOW = 'abcdefghijklmnopqrstuvwxyz', UP = LOW.toUpperCase(), DIG = '0123456789';
  const AN = LOW + UP + DIG, HEX = '0123456789abcdef';
  const bytes = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; };
  const WORDS = ['copper','lantern','glacier','orbit','maple','thunder','velvet','harbor','cactus','nimbus','quartz','falcon','ember','tundra','pixel','saffron','walnut','comet','meadow','raven','cobalt','juniper','anvil','sparrow'];
  const g = {
    rnd, int, pick, fromSet, bytes,
    alnum: (n) => { let s; do { s = fromSet(AN, n); } while (!/[0-9]/.test(s) || !/[A-Z]/.test(s) || !/[a-z]/.test(s)); return s; },
    hex: (n) => fromSet(HEX, n),
    upperAn: (n) => fromSet(UP + DIG, n),
    b64: (n) => bytes(n).toString('base64'),
    b64url: (n) => bytes(n).toString('base64url'),
    uuid: () => { const h = fromSet(HEX, 32); return `${h.slice(0,8)}-${h.slice(8,12)}-4${h.slice(13,16)}-${pick(['8','9','a','b'])}${h.slice(17,20)}-${h.slice(20,32)}`; },
    // password styles
    pwComplex: (n = int(14, 22)) => { let s; do { s = fromSet(AN + '!@#%^&*-_=+.', n); } while (!/[0-9]/.test(s) || !/[!@#%^&*\-_=+.]/.test(s) || !/[A-Z]/.test(s)); return s; },
    pwWords: () => { const w = [pick(WORDS), pick(WORDS), pick(WORDS)]; w[0] = w[0][0].toUpperCase() + w[0].slice(1); return w.join(pick(['-', '.', '_'])) + int(10, 99) + pick(['!', '#', '%', '']); },
    pwSimpleStrong: (n = int(16, 28)) => g.alnum(n),
  };
  g.pw = () => pick([g.pwComplex, g.pwWords, g.pwSimpleStrong])();
  g.pwSafe = () => pick([() => g.alnum(int(16, 24)), () => g.pwWords().replace(/[#%]$/, '!'), () => fromSet(LOW + UP, 1) + fromSet(AN + '-_.', int(15, 21)) + int(1, 9)])(); // URL/ini/shell-safe
  // hashes (negatives)
  const CRYPT = './' + DIG + UP + LOW;
  g.sha512crypt = () => '$6$' + fromSet(CRYPT, 16) + '$' + fromSet(CRYPT, 86);
  g.bcrypt = () => '$2y$' + pick(['10', '12']) + '$' + fromSet(CRYPT, 53);
  g.md5crypt = () => '$1$' + fromSet(CRYPT, 8) + '$' + fromSet(CRYPT, 22);
  g.apr1 = () => '$apr1$' + fromSet(CRYPT, 8) + '$' + fromSet(CRYPT, 22);
  g.ssha = () => '{SSHA}' + bytes(24).toString('base64');
  // provider tokens (prefixes assembled at runtime)
  const P = {
    gh: 'gh' + 'p_', glpat: 'gl' + 'pat-', akia: 'AK' + 'IA', xoxb: 'xo' + 'xb-', sg: 'S' + 'G.',
    slackHook: 'https://hooks.' + 'sla' + 'ck.com/services/', hvs: 'h' + 'vs.', glsa: 'gl' + 'sa_',
    skl: 's' + 'k_' + 'li' + 've_', mg: 'ke' + 'y-',
  };
  g.P = P;
  g.github = () => P.gh + fromSet(AN, 36);
  g.gitlab = () => P.glpat + fromSet(AN + '-_', 20);
  g.awsKeyId = () => P.akia + fromSet(UP + '234567', 16);
  g.awsSecret = () => fromSet(AN + '+/', 40);
  g.slackBot = () => P.xoxb + int(1000000000, 9999999999) + '-' + int(1000000000000, 9999999999999) + '-' + fromSet(AN, 24);
  g.slackHook = () => P.slackHook + 'T' + fromSet(UP + DIG, 10) + '/B' + fromSet(UP + DIG, 10) + '/' + fromSet(AN, 24);
  g.sendgrid = () => P.sg + fromSet(AN + '-_', 22) + '.' + fromSet(AN + '-_', 43);
  g.mailgun = () => P.mg + g.hex(32);
  g.vault = () => P.hvs + fromSet(AN + '_-', 90);
  g.grafanaSA = () => P.glsa + fromSet(AN, 32) + '_' + g.hex(8);
  g.stripe = () => P.skl + fromSet(AN, 24);
  g.influx = () => bytes(64).toString('base64url').replace(/-/g, 'x').replace(/_/g, 'Q') + '==';
  g.esServiceToken = () => Buffer.concat([Buffer.from([0, 1, 0, 1]), Buffer.from('elastic/kibana/kibana-prod:' + fromSet(AN + '_-', 22))]).toString('base64url');
  g.wgKey = () => bytes(32).toString('base64');
  g.jenkinsEnc = () => '{' + Buffer.concat([Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, 16]), bytes(int(40, 56))]).toString('base64') + '}';
  // blocks
  const wrap = (s, w) => { const out = []; for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w)); return out; };
  g.wrap = wrap;
  const BEGIN = '-----' + 'BEGIN ', END = '-----' + 'END ';
  g.pem = (kind) => {
    let der, label;
    if (kind === 'ec') {
      label = 'EC ' + 'PRIVATE KEY';
      der = Buffer.concat([Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]), bytes(32), Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), bytes(64)]);
    } else if (kind === 'pkcs8') {
      label = 'PRIVATE' + ' KEY';
      der = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa7, 0x30, 0x82, 0x04, 0xa3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]), bytes(1187)]);
    } else if (kind === 'openssh') {
      label = 'OPENSSH ' + 'PRIVATE KEY';
      der = Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x33, 0, 0, 0, 0x0b]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 0x20]), bytes(300)]);
      const body = wrap(der.toString('base64'), 70);
      return [BEGIN + label + '-----', ...body, END + label + '-----'];
    } else {
      label = 'RSA ' + 'PRIVATE KEY';
      der = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]), bytes(1180)]);
    }
    return [BEGIN + label + '-----', ...wrap(der.toString('base64'), 64), END + label + '-----'];
  };
  g.pemPublic = () => { const label = 'PUBLIC' + ' KEY'; const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00]), bytes(270)]); return [BEGIN + label + '-----', ...wrap(der.toString('base64'), 64), END + label + '-----']; };
  g.ovpnStatic = () => ['-----' + 'BEGIN OpenVPN Static key V1-----', ...Array.from({ length: 16 }, () => g.hex(32)), '-----' + 'END OpenVPN Static key V1-----'];
  g.sshPub = (comment) => 'ssh-' + 'ed25519 ' + Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), bytes(32)]).toString('base64') + ' ' + comment;
  g.sshRsaPub = (comment) => 'ssh-' + 'rsa ' + Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.from([0, 0, 0, 3, 1, 0, 1, 0, 0, 1, 1, 0]), bytes(256)]).toString('base64') + ' ' + comment;
  return g;
}

export class F {
  constructor(path) { this.path = path; this.lines = []; this.labels = []; }
  // plain text (may be multi-line)
  t(s) { for (const x of s.replace(/^\n/, '').replace(/\n$/, '').split('\n')) this.lines.push(x); return this; }
  l(...xs) { for (const x of xs) this.lines.push(x); return this; }
  // positive on one line
  p(text, value, rule, tags = []) {
    this.lines.push(text);
    const n = this.lines.length;
    this.labels.push({ file: this.path, line: n, endLine: n, expect: true, rule, tags, _v: value });
    return this;
  }
  // positive block (array of lines); value = joined lines that must appear
  pb(lines, rule, tags = [], valueLines = lines) {
    const start = this.lines.length + 1;
    for (const x of lines) this.lines.push(x);
    this.labels.push({ file: this.path, line: start, endLine: this.lines.length, expect: true, rule, tags, _v: valueLines.join('\n') });
    return this;
  }
  n(text, tags = []) {
    this.lines.push(text);
    const n = this.lines.length;
    this.labels.push({ file: this.path, line: n, endLine: n, expect: false, rule: 'negative', tags });
    return this;
  }
  nb(lines, tags = []) {
    const start = this.lines.length + 1;
    for (const x of lines) this.lines.push(x);
    this.labels.push({ file: this.path, line: start, endLine: this.lines.length, expect: false, rule: 'negative', tags });
    return this;
  }
  text() { return this.lines.join('\n') + '\n'; }
}
