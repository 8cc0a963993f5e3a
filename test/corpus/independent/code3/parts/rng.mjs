// Seeded PRNG + generators for synthetic (never real) credential values.
export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz', DG = '0123456789';
const AN = UP + LO + DG;
export function makeT(seed) {
  const r = mulberry32(seed);
  const pick = (cs, n) => { let s = ''; for (let i = 0; i < n; i++) s += cs[Math.floor(r() * cs.length)]; return s; };
  const T = {
    pick, r,
    alnum: (n) => pick(AN, n),
    hex: (n) => pick('0123456789abcdef', n),
    b64: (n) => pick(AN + '+/', n),
    uuid: () => { const h = pick('0123456789abcdef', 32); return `${h.slice(0,8)}-${h.slice(8,12)}-4${h.slice(13,16)}-a${h.slice(17,20)}-${h.slice(20)}`; },
    // realistic human-ish password; charset safe inside quotes of every language used
    pw: () => {
      const words = ['Falcon','winter','Harbor','quartz','Maple','orbit','Copper','lumen','Tundra','violet','Ember','saddle'];
      const w = () => words[Math.floor(r() * words.length)];
      return w() + pick('!#%*-_.', 1) + w() + pick(DG, 2 + Math.floor(r() * 3)) + pick('!#*', 1);
    },
    urlpw: () => pick(AN, 18 + Math.floor(r() * 6)),
    aws: () => 'AK' + 'IA' + pick(UP + '234567', 16),
    awsSecret: () => pick(AN + '/+', 40),
    ghp: () => 'gh' + 'p_' + pick(AN, 36),
    stripe: () => 'sk' + '_live_' + pick(AN, 24),
    stripePk: () => 'pk' + '_live_' + pick(AN, 24),
    slack: () => 'xo' + 'xb-' + pick(DG, 12) + '-' + pick(DG, 13) + '-' + pick(AN, 24),
    slackWebhook: () => 'https://hooks.slack' + '.com/services/T' + pick(UP + DG, 8) + '/B' + pick(UP + DG, 8) + '/' + pick(AN, 24),
    google: () => 'AI' + 'za' + pick(AN + '_-', 35),
    sendgrid: () => 'S' + 'G.' + pick(AN + '_-', 22) + '.' + pick(AN + '_-', 43),
    npm: () => 'np' + 'm_' + pick(AN, 36),
    glpat: () => 'gl' + 'pat-' + pick(AN + '_-', 20),
    openai: () => 'sk' + '-' + pick(AN, 20) + 'T3Blbk' + 'FJ' + pick(AN, 20),
    anthropic: () => 'sk' + '-ant-api03-' + pick(AN + '_-', 93) + 'AA',
    twilio: () => 'S' + 'K' + pick('0123456789abcdef', 32),
    azureConn: (acct) => 'DefaultEndpointsProtocol=https;AccountName=' + acct + ';Account' + 'Key=' + pick(AN + '+/', 86) + '==;EndpointSuffix=core.windows.net',
    pem: () => {
      const lines = ['-----BEGIN ' + 'RSA PRIVATE KEY-----', 'MIIEow' + 'IBAAKCAQEA' + pick(AN + '+/', 54)];
      for (let i = 0; i < 5; i++) lines.push(pick(AN + '+/', 64));
      lines.push(pick(AN + '+/', 28) + '=');
      lines.push('-----END ' + 'RSA PRIVATE KEY-----');
      return lines;
    },
    sshPub: () => 'ssh-' + 'ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + pick(AN + '+/', 43) + ' deploy@ci',
  };
  return T;
}
