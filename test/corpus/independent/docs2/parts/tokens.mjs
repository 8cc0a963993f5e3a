// Provider token formats. Every prefix is assembled from fragments so that this
// source file itself contains nothing that looks like a credential.
import crypto from 'node:crypto';
import { crc32, base62 } from './keys.mjs';

export const P = {
  ghp: 'gh' + 'p_', gho: 'gh' + 'o_', ghs: 'gh' + 's_', ghu: 'gh' + 'u_',
  ghFine: 'git' + 'hub_' + 'pat_',
  glpat: 'gl' + 'pat-', glrt: 'gl' + 'rt-', glReg: 'GR13' + '48941',
  xoxb: 'xo' + 'xb-', xoxp: 'xo' + 'xp-', xapp: 'xa' + 'pp-', xoxe: 'xo' + 'xe.',
  slackHooks: 'https://hooks.' + 'slack.com/' + 'services/',
  skLive: 'sk' + '_live_', skTest: 'sk' + '_test_', rkLive: 'rk' + '_live_', pkLive: 'pk' + '_live_', pkTest: 'pk' + '_test_',
  whsec: 'wh' + 'sec_',
  akia: 'AK' + 'IA', asia: 'AS' + 'IA', aroa: 'AR' + 'OA', aida: 'AI' + 'DA',
  aiza: 'AI' + 'za',
  skProj: 'sk' + '-proj-', oaiMark: 'T3Blbk' + 'FJ', sk: 's' + 'k-',
  ant: 'sk' + '-ant-' + 'api03-',
  npm: 'np' + 'm_', pypi: 'py' + 'pi-', pypiMac: 'AgEIcH' + 'lwaS5vcmc',
  dckr: 'dc' + 'kr_' + 'pat_', hrku: 'HR' + 'KU-',
  dop: 'do' + 'p_v1_',
  sntryu: 'sn' + 'tryu_', sntrys: 'sn' + 'trys_',
  discordHooks: 'https://discord.com/api/' + 'web' + 'hooks/',
  eyJ: 'ey' + 'J',
  awsExampleId: 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE',
  awsExampleSecret: 'wJalrXUtnFEMI' + '/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY',
  telegramDocExample: '123456' + ':ABC-DEF1234' + 'ghIkl-zyx57W2v1u123ew11',
  azureDevstoreKey: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu' + 'Fq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
};

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function makeTokens(r) {
  const t = {
    alnum: (n) => r.str(ALNUM, n),
    hex: (n) => r.str(HEX, n),
    HEXU: (n) => r.str('0123456789ABCDEF', n),
    b64: (n) => r.str(B64, n),
    b64url: (n) => r.str(B64URL, n),
    upper: (n) => r.str(UPPER, n),
    digits: (n) => String(r.range(1, 9)) + r.str('0123456789', n - 1),
    uuid: () => {
      const h = r.str(HEX, 32).split('');
      h[12] = '4'; h[16] = '89ab'[r.int(4)];
      const s = h.join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
    password: (n = 18, kind = 'plain') => {
      const sets = {
        plain: [ALNUM, '!#%^*+=?@-_'],
        uri: [ALNUM, '-_.~'],
        shell: [ALNUM, '!#%^*+=?@-_:,.'],
      }[kind];
      let s;
      do {
        s = '';
        for (let i = 0; i < n; i++) s += r.chance(0.15) ? r.pick(sets[1].split('')) : r.pick(sets[0].split(''));
      } while (!(/[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s)));
      return s;
    },
    // GitHub: prefix + 30 random + 6-char base62 CRC32 of the random part
    gh: (prefix) => { const body = r.str(ALNUM, 30); return prefix + body + base62(crc32(body), 6); },
    ghp: () => t.gh(P.ghp), gho: () => t.gh(P.gho), ghs: () => t.gh(P.ghs),
    ghFine: () => P.ghFine + r.str('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2) + r.str(ALNUM, 20) + '_' + r.str(ALNUM, 59),
    glpat: () => P.glpat + r.str(B64URL, 20),
    glrt: () => P.glrt + r.str(B64URL, 20),
    glReg: () => P.glReg + r.str(B64URL, 20),
    slackBot: () => P.xoxb + t.digits(12) + '-' + t.digits(13) + '-' + r.str(ALNUM, 24),
    slackUser: () => P.xoxp + t.digits(12) + '-' + t.digits(12) + '-' + t.digits(13) + '-' + r.str(HEX, 32),
    slackApp: () => P.xapp + '1-A' + r.str(UPPER, 10) + '-' + t.digits(13) + '-' + r.str(HEX, 64),
    slackWebhook: () => P.slackHooks + 'T' + r.str(UPPER, 10) + '/B' + r.str(UPPER, 10) + '/' + r.str(ALNUM, 24),
    stripeLive: () => P.skLive + '51' + r.str(ALNUM, 97),
    stripeLiveLegacy: () => P.skLive + r.str(ALNUM, 24),
    stripeRestricted: () => P.rkLive + '51' + r.str(ALNUM, 97),
    whsec: () => P.whsec + r.str(ALNUM, 32),
    awsKeyId: () => P.akia + r.str(B32, 16),
    awsTempKeyId: () => P.asia + r.str(B32, 16),
    awsSecret: () => r.str(B64, 40),
    awsSessionToken: () => 'IQoJb3JpZ2luX2VjE' + r.str(B64, 380),
    awsRoleId: () => P.aroa + r.str(B32, 17),
    awsUserId: () => P.aida + r.str(B32, 17),
    googleApiKey: () => P.aiza + 'Sy' + r.str(B64URL, 33),
    azureStorage: (acct) => `DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${r.bytes(64).toString('base64')};EndpointSuffix=core.windows.net`,
    azureServiceBus: (ns, keyName = 'RootManageSharedAccessKey') => `Endpoint=sb://${ns}.servicebus.windows.net/;SharedAccessKeyName=${keyName};SharedAccessKey=${r.bytes(32).toString('base64')}`,
    openaiProj: () => P.skProj + r.str(B64URL, 74) + P.oaiMark + r.str(B64URL, 74),
    openaiLegacy: () => P.sk + r.str(ALNUM, 20) + P.oaiMark + r.str(ALNUM, 20),
    anthropic: () => P.ant + r.str(B64URL, 93) + 'AA',
    npm: () => { const body = r.str(ALNUM, 30); return P.npm + body + base62(crc32(body), 6); },
    pypi: (project) => {
      const caveat = project
        ? JSON.stringify({ permissions: { projects: [project] }, version: 1 }).replace(/:/g, ': ').replace(/,/g, ', ')
        : '{"permissions": "user", "version": 1}';
      const parts = [
        Buffer.from([0x02, 0x01, 0x08]), Buffer.from('pypi.org'),
        Buffer.from([0x02, 0x24]), Buffer.from(t.uuid()), Buffer.from([0x00]),
        Buffer.from([0x02, caveat.length]), Buffer.from(caveat), Buffer.from([0x00, 0x00]),
        Buffer.from([0x06, 0x20]), r.bytes(32),
      ];
      return P.pypi + Buffer.concat(parts).toString('base64url');
    },
    dockerPat: () => P.dckr + r.str(B64URL, 27),
    herokuNew: () => P.hrku + 'AA' + r.str(B64URL, 58),
    doToken: () => P.dop + r.str(HEX, 64),
    ddApi: () => r.str(HEX, 32),
    ddApp: () => r.str(HEX, 40),
    sentryUser: () => P.sntryu + r.str(HEX, 64),
    sentryOrg: (org) => {
      const payload = JSON.stringify({ iat: 1712000000 + r.int(9000000) + r.int(1000) / 1000, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org });
      return P.sntrys + Buffer.from(payload).toString('base64').replace(/=+$/, '') + '_' + r.str(B64, 43);
    },
    telegram: () => String(r.range(5, 7)) + r.str('0123456789', 9) + ':AA' + r.str(B64URL, 33),
    discordBot: () => {
      const id = String(r.range(1, 1)) + r.str('0123456789', 18);
      return Buffer.from(id).toString('base64').replace(/=+$/, '') + '.' + r.str(B64URL, 6) + '.' + r.str(B64URL, 38);
    },
    discordWebhook: () => P.discordHooks + '1' + r.str('0123456789', 18) + '/' + r.str(B64URL, 68),
    jwtHS: (payload, secret, header = { alg: 'HS256', typ: 'JWT' }) => {
      const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const si = enc(header) + '.' + enc(payload);
      return si + '.' + crypto.createHmac('sha256', secret).update(si).digest('base64url');
    },
    jwtRS: (payload, kid) => {
      const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return enc({ alg: 'RS256', kid, typ: 'JWT' }) + '.' + enc(payload) + '.' + r.bytes(256).toString('base64url');
    },
    sri: (alg = 'sha512', bytes = 64) => alg + '-' + r.bytes(bytes).toString('base64'),
  };
  return t;
}
