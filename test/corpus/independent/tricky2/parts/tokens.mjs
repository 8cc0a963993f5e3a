// Token factories. Every provider prefix is assembled by concatenation so this
// source file never contains a literal that looks like a real credential.
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DG = '0123456789';
export const A = {
  UP, LO, DG, ALNUM: UP + LO + DG, HEX: '0123456789abcdef', UPNUM: UP + DG,
  URL: UP + LO + DG + '_-', B64: UP + LO + DG + '+/', B32: UP + '234567',
};

export function makeTokens(R) {
  const int = (n) => Math.floor(R() * n);
  const pick = (a) => a[int(a.length)];
  const s = (n, al = A.ALNUM) => { let o = ''; for (let i = 0; i < n; i++) o += al[int(al.length)]; return o; };
  // ensure a mix of classes so values look like real random secrets
  const mixed = (n, al = A.ALNUM) => {
    for (;;) { const v = s(n, al); if (/[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v)) return v; }
  };
  const digits = (n) => String(1 + int(9)) + s(n - 1, A.DG);
  const bytes = (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = int(256); return b; };
  const b64u = (buf) => Buffer.from(buf).toString('base64url');
  const T = {
    s, mixed, digits, pick, int, bytes,
    hex: (n) => s(n, A.HEX),
    uuid: () => { const h = s(32, A.HEX); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${pick('89ab')}${h.slice(17, 20)}-${h.slice(20, 32)}`; },
    ghp: () => 'gh' + 'p_' + mixed(36),
    gho: () => 'gh' + 'o_' + mixed(36),
    ghs: () => 'gh' + 's_' + mixed(36),
    ghFine: () => 'github' + '_pat_' + '11' + s(20, A.UPNUM) + '_' + mixed(59),
    glpat: () => 'glp' + 'at-' + mixed(20, A.URL),
    slackBot: () => 'xo' + 'xb-' + digits(11) + '-' + digits(13) + '-' + mixed(24),
    slackUser: () => 'xo' + 'xp-' + digits(11) + '-' + digits(12) + '-' + digits(13) + '-' + s(32, A.HEX),
    slackHook: () => 'https://hooks.' + 'slack.com/services/' + 'T' + s(8, A.UPNUM) + '/B' + s(10, A.UPNUM) + '/' + mixed(24),
    stripe: () => 'sk' + '_live_' + mixed(24) + (R() < 0.5 ? mixed(75) : ''),
    stripeRk: () => 'rk' + '_live_' + mixed(24),
    awsId: () => 'AK' + 'IA' + s(16, A.B32),
    awsSecret: () => mixed(40, A.ALNUM + A.ALNUM + '/+'),
    google: () => 'AI' + 'za' + 'Sy' + mixed(33, A.URL),
    azureKey: () => bytes(64).toString('base64'),
    openai: () => 'sk-' + 'proj-' + mixed(74, A.URL) + 'T3Blbk' + 'FJ' + mixed(74, A.URL),
    anthropic: () => 'sk-' + 'ant-' + 'api03-' + mixed(93, A.URL) + 'AA',
    twilioSid: () => 'A' + 'C' + s(32, A.HEX),
    twilioKey: () => 'S' + 'K' + s(32, A.HEX),
    sendgrid: () => 'S' + 'G.' + mixed(22, A.URL) + '.' + mixed(43, A.URL),
    npm: () => 'np' + 'm_' + mixed(36),
    pypi: () => 'py' + 'pi-' + 'AgEIcHlw' + 'aS5vcmc' + mixed(140, A.URL),
    docker: () => 'dck' + 'r_pat_' + mixed(27, A.URL),
    ddApi: () => s(32, A.HEX),
    ddApp: () => s(40, A.HEX),
    sentry: () => 'sntr' + 'yu_' + s(64, A.HEX),
    telegram: () => digits(10) + ':' + 'AA' + mixed(33, A.URL),
    discord: () => Buffer.from('1' + s(17, A.DG)).toString('base64').replace(/=+$/, '') + '.' + mixed(6, A.URL) + '.' + mixed(38, A.URL),
    jwt: (claims) => {
      const h = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const now = 1700000000 + int(30000000);
      const p = b64u(JSON.stringify({ sub: String(digits(7)), iss: 'https://auth.acme-internal.net', iat: now, exp: now + 3600 * 24 * 365, ...(claims || {}) }));
      return h + '.' + p + '.' + b64u(bytes(32));
    },
    password: (n = 18) => { for (;;) { const v = s(n - 2, A.ALNUM) + pick('!*_.^') + pick(A.DG); if (/[A-Z]/.test(v) && /[a-z]/.test(v)) return v; } },
    urlpass: (n = 20) => mixed(n, A.ALNUM + '-_'),
    sha256: () => s(64, A.HEX),
    sha1: () => s(40, A.HEX),
  };
  T.pem = (kind) => {
    const head = '-----BEGIN ' + (kind ? kind + ' ' : '') + 'PRIV' + 'ATE KEY-----';
    const foot = '-----END ' + (kind ? kind + ' ' : '') + 'PRIV' + 'ATE KEY-----';
    const n = kind === 'EC' ? 121 : 1190 + int(30);
    let body = bytes(n);
    if (kind === 'RSA') body[0] = 0x30, body[1] = 0x82;
    const b = body.toString('base64');
    const lines = [head];
    for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
    lines.push(foot);
    return lines;
  };
  T.openssh = () => {
    const str = (x) => { const b = Buffer.isBuffer(x) ? x : Buffer.from(x); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]); };
    const u32 = (v) => { const l = Buffer.alloc(4); l.writeUInt32BE(v); return l; };
    const pub = Buffer.concat([str('ssh-ed25519'), str(bytes(32))]);
    const chk = bytes(4);
    const priv = Buffer.concat([chk, chk, str('ssh-ed25519'), str(pub.subarray(19)), str(bytes(64)), str('deploy@ci-runner'), Buffer.from([1, 2, 3, 4, 5])]);
    const buf = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(pub), str(priv)]);
    const b = buf.toString('base64');
    const lines = ['-----BEGIN OPENSSH ' + 'PRIV' + 'ATE KEY-----'];
    for (let i = 0; i < b.length; i += 70) lines.push(b.slice(i, i + 70));
    lines.push('-----END OPENSSH ' + 'PRIV' + 'ATE KEY-----');
    return lines;
  };
  T.sshPub = (c = 'deploy@ci') => 'ssh-ed25519 ' + Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), bytes(32)]).toString('base64') + ' ' + c;
  T.pubPem = () => {
    const b = bytes(294).toString('base64');
    const lines = ['-----BEGIN PUBLIC KEY-----'];
    for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
    lines.push('-----END PUBLIC KEY-----');
    return lines;
  };
  T.cert = () => {
    const b = bytes(700).toString('base64');
    const lines = ['-----BEGIN CERTIFICATE-----'];
    for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
    lines.push('-----END CERTIFICATE-----');
    return lines;
  };
  return T;
}
