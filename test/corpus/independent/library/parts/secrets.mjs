// Generators for secret values (positives) and look-alike non-secrets (negatives).
// Every provider prefix is assembled by concatenation; no token-shaped literal lives here.
import { UP, LO, DIG, ALNUM, HEX, B64, B64URL } from './core.mjs';

export const P = {
  ghp: 'gh' + 'p_',
  ghPat: 'github' + '_pat_',
  skLive: 'sk' + '_live_',
  skTest: 'sk' + '_test_',
  pkLive: 'pk' + '_live_',
  rkLive: 'rk' + '_live_',
  whsec: 'wh' + 'sec_',
  akia: 'AK' + 'IA',
  xoxb: 'xo' + 'xb-',
  slackHook: 'https://hooks.slack.com' + '/services/',
  aiza: 'AI' + 'za',
  sg: 'S' + 'G.',
  npm: 'np' + 'm_',
  glpat: 'gl' + 'pat-',
  shpat: 'shp' + 'at_',
  mgKey: 'ke' + 'y-',
  openai: 'sk' + '-',
  openaiMark: 'T3Blbk' + 'FJ',
  pemBegin: (kind) => '-----' + 'BEGIN ' + kind + '-----',
  pemEnd: (kind) => '-----' + 'END ' + kind + '-----',
};

const WORDS = ['harbor', 'maple', 'copper', 'falcon', 'winter', 'orchid', 'granite', 'saffron', 'violet', 'tundra',
  'ember', 'cobalt', 'juniper', 'meadow', 'quartz', 'raven', 'summit', 'thistle', 'walnut', 'zephyr'];
const SYM = '!*-_+.~^';

export function makeSecrets(R) {
  const { rs, int, pick } = R;
  const reg = [];
  const keep = (v, kind, probe = v) => { reg.push({ v: probe, kind }); return v; };
  const cap = (w) => w[0].toUpperCase() + w.slice(1);

  const password = (kind = 'password') => {
    let v;
    switch (int(3)) {
      case 0: v = cap(pick(WORDS)) + pick(SYM) + rs(DIG, 4) + pick(WORDS) + rs(LO + DIG, 2); break;
      case 1: v = rs(ALNUM, 6) + pick(SYM) + rs(ALNUM, 7) + pick(SYM) + rs(ALNUM, 3); break;
      default: v = cap(pick(WORDS)) + rs(DIG, 2) + cap(pick(WORDS)) + pick(SYM) + rs(ALNUM, 5);
    }
    return keep(v, kind);
  };

  const pemBody = (nLines, head = '') => {
    const out = [];
    for (let i = 0; i < nLines; i++) out.push(i === 0 ? head + rs(B64, 64 - head.length) : rs(B64, 64));
    out.push(rs(B64, 20 + int(40)) + (int(2) ? '=' : '=='));
    return out;
  };

  return {
    reg,
    password,
    ghp: () => keep(P.ghp + rs(ALNUM, 36), 'github-pat'),
    ghFine: () => keep(P.ghPat + rs(ALNUM, 22) + '_' + rs(ALNUM, 59), 'github-fine-grained-pat'),
    ghOauthSecret: () => keep(rs(HEX, 40), 'github-oauth-secret'),
    stripeLive: () => keep(P.skLive + rs(ALNUM, 24), 'stripe-secret-key'),
    stripeRestricted: () => keep(P.rkLive + rs(ALNUM, 24), 'stripe-restricted-key'),
    whsec: () => keep(P.whsec + rs(ALNUM, 32), 'stripe-webhook-secret'),
    akid: () => keep(P.akia + rs(UP + '234567', 16), 'aws-access-key-id'),
    awsSecret: () => keep(rs(B64, 40), 'aws-secret-access-key'),
    slackBot: () => keep(P.xoxb + rs(DIG, 12) + '-' + rs(DIG, 13) + '-' + rs(ALNUM, 24), 'slack-bot-token'),
    slackHook: () => keep(P.slackHook + 'T' + rs(UP + DIG, 8) + '/B' + rs(UP + DIG, 10) + '/' + rs(ALNUM, 24), 'slack-webhook-url'),
    googleKey: () => keep(P.aiza + 'Sy' + rs(ALNUM + '-_', 33), 'google-api-key'),
    sendgrid: () => keep(P.sg + rs(B64URL, 22) + '.' + rs(B64URL, 43), 'sendgrid-api-key'),
    npm: () => keep(P.npm + rs(ALNUM, 36), 'npm-token'),
    glpat: () => keep(P.glpat + rs(ALNUM + '-_', 20), 'gitlab-pat'),
    shopify: () => keep(P.shpat + rs(HEX, 32), 'shopify-access-token'),
    mailgun: () => keep(P.mgKey + rs(HEX, 32), 'mailgun-api-key'),
    twilioAuth: () => keep(rs(HEX, 32), 'twilio-auth-token'),
    openai: () => keep(P.openai + rs(ALNUM, 20) + P.openaiMark + rs(ALNUM, 20), 'openai-api-key'),
    azureKey: () => keep(rs(B64, 86) + '==', 'azure-storage-key'),
    uuidSecret: (kind) => keep(R.uuid(), kind),
    hexSecret: (n = 64, kind = 'generic-secret') => keep(rs(HEX, n), kind),
    alnumSecret: (n = 40, kind = 'generic-secret') => keep(rs(ALNUM, n), kind),
    b64Secret: (n = 44, kind = 'generic-secret') => keep(rs(B64, n - 1) + '=', kind),
    djangoKey: () => keep(rs(LO + DIG + '!#^&*(-_=+)', 50), 'django-secret-key'),
    // PEM private key; last line carries the @@E| end marker for the builder.
    privateKey: (kind = 'RSA PRIVATE KEY', indent = '') => {
      const head = kind === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' : kind === 'EC PRIVATE KEY' ? 'MHcCAQEEI' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
      const n = kind === 'EC PRIVATE KEY' ? 2 : 24;
      const body = pemBody(n, head);
      reg.push({ v: body[1], kind: 'private-key' });
      return [indent + P.pemBegin(kind), ...body.map((b) => indent + b), '@@E|' + indent + P.pemEnd(kind)].join('\n');
    },
    // Public material (negatives): every line tagged, last line closes the NB block.
    publicPem: (kind = 'PUBLIC KEY', indent = '') => {
      const head = kind === 'PUBLIC KEY' ? 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' : 'MIIDdzCCAl+gAwIBAgIU';
      const body = pemBody(kind === 'PUBLIC KEY' ? 5 : 18, head);
      return [indent + P.pemBegin(kind), ...body.map((b) => indent + b), '@@E|' + indent + P.pemEnd(kind)].join('\n');
    },
  };
}
