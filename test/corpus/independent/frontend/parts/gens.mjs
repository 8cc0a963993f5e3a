// Provider-shaped value generators. Prefixes are built by concatenation on purpose.
import { rs, rsMix, int, pick, digits, uuid, b64, b64u, UP, LO, DIG, AN, HEX, B64, B64U, LOAN, UPAN } from './core.mjs';

const live = '_li' + 've_';
const test = '_te' + 'st_';

export const G = {
  stripeSk: () => 's' + 'k' + live + '51' + rsMix(AN, 96),
  stripeSkTest: () => 's' + 'k' + test + '51' + rsMix(AN, 96),
  stripeRk: () => 'r' + 'k' + live + '51' + rsMix(AN, 96),
  stripePk: () => 'p' + 'k' + live + '51' + rsMix(AN, 96),
  stripePkTest: () => 'p' + 'k' + test + '51' + rsMix(AN, 96),
  whsec: () => 'wh' + 'sec_' + rsMix(AN, 32),
  openai: () => 'sk-' + 'proj-' + rs(B64U, 74) + 'T3Blbk' + 'FJ' + rs(B64U, 74),
  openaiLegacy: () => 'sk-' + rsMix(AN, 20) + 'T3Blbk' + 'FJ' + rsMix(AN, 20),
  anthropic: () => 'sk-' + 'ant-' + 'api03-' + rs(B64U, 93) + 'AA',
  ghp: () => 'gh' + 'p_' + rsMix(AN, 36),
  ghFine: () => 'github' + '_pat_' + '11' + rs(UPAN, 20) + '_' + rsMix(AN, 59),
  ghOauthSecret: () => rs(HEX, 40),
  ghClientId: () => 'Ov23li' + rsMix(AN, 14),
  googleClientId: () => `${digits(12)}-${rs(LOAN, 32)}.apps.googleusercontent.com`,
  googleSecret: () => 'GOC' + 'SPX-' + rsMix(B64U, 28),
  googleApiKey: () => 'AI' + 'za' + 'Sy' + rsMix(B64U, 33),
  awsAkid: () => 'AK' + 'IA' + rs(UP + '234567', 16),
  awsSecret: () => rsMix(B64, 40),
  slackBot: () => 'xo' + 'xb-' + digits(12) + '-' + digits(13) + '-' + rsMix(AN, 24),
  slackWebhook: () => 'https://hooks.' + 'slack.com/services/T' + rs(UPAN, 8) + '/B' + rs(UPAN, 10) + '/' + rsMix(AN, 24),
  sendgrid: () => 'S' + 'G.' + rs(B64U, 22) + '.' + rs(B64U, 43),
  twilioSid: () => 'A' + 'C' + rs(HEX, 32),
  twilioToken: () => rs(HEX, 32),
  mailchimp: () => rs(HEX, 32) + '-us' + int(2, 21),
  mapbox: (kind, user) => kind + '.' + b64u(JSON.stringify({ u: user, a: 'cl' + rs(LOAN, 23) })) + '.' + rs(B64U, 22),
  sentryDsn: () => `https://${rs(HEX, 32)}@o${digits(6)}.ingest.us.sentry.io/${digits(7)}`,
  sentryAuth: (org) => 'sntry' + 's_' + b64(JSON.stringify({ iat: int(1.70e9, 1.73e9) + 0.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org })).replace(/=+$/, '') + '_' + rs(B64, 43),
  posthogPk: () => 'ph' + 'c_' + rsMix(AN, 43),
  posthogPersonal: () => 'ph' + 'x_' + rsMix(AN, 47),
  segment: () => rsMix(AN, 32),
  hex32: () => rs(HEX, 32),
  algoliaAppId: () => rs(UPAN, 10),
  recaptcha: () => '6L' + pick(['c', 'd', 'e', 'f']) + rsMix(AN + '-_', 37),
  hcaptchaSecret: () => '0x' + rs(HEX, 40),
  pusherHex: () => rs(HEX, 20),
  ably: () => rsMix(AN, 6) + '.' + rsMix(AN, 6) + ':' + rsMix(B64U, 43),
  cloudinaryKey: () => digits(15),
  cloudinarySecret: () => rsMix(B64U, 27),
  contentfulCPA: () => 'CFP' + 'AT-' + rsMix(B64U, 43),
  contentfulCDA: () => rsMix(B64U, 43),
  sanityToken: () => 's' + 'k' + rsMix(AN, 180),
  shpat: () => 'shp' + 'at_' + rs(HEX, 32),
  shpss: () => 'shp' + 'ss_' + rs(HEX, 32),
  clerkPk: (domain) => 'p' + 'k' + live + b64(domain + '$').replace(/=+$/, ''),
  clerkSk: () => 's' + 'k' + live + rsMix(AN, 42),
  auth0ClientId: () => rsMix(AN, 32),
  auth0Secret: () => rsMix(B64U, 64),
  paypalClientId: () => 'A' + rsMix(B64U, 79),
  paypalSecret: () => 'E' + rsMix(B64U, 79),
  braintreeTokenization: () => 'production_' + rs(LOAN, 8) + '_' + rs(LOAN, 16),
  intercomAppId: () => rs(LOAN, 8),
  intercomToken: () => b64('tok' + ':' + uuid() + ':1:0'),
  ldClientId: () => rs(HEX, 24),
  ldSdk: () => 'sdk-' + uuid(),
  upstashToken: () => 'A' + rs(UP, 1) + rs(AN, 2) + 'ASQg' + rsMix(B64, 66) + '=',
  resend: () => 're' + '_' + rsMix(AN, 8) + '_' + rsMix(AN, 24),
  netlify: () => 'nf' + 'p_' + rsMix(AN, 36),
  vercel: () => rsMix(AN, 24),
  npm: () => 'np' + 'm_' + rsMix(AN, 36),
  hf: () => 'h' + 'f_' + rsMix(AN, 34),
  replicate: () => 'r' + '8_' + rsMix(AN, 37),
  nextauthSecret: () => rsMix(B64, 43) + '=',
  hexSecret: (n = 64) => rs(HEX, n),
  b64Secret: (n = 44) => rsMix(B64U, n),
  supabaseRef: () => rs(LO, 20),
  jwt: (payload, sigLen = 43) => b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) + '.' + b64u(JSON.stringify(payload)) + '.' + rs(B64U, sigLen),
  supabaseKey: (ref, role) => {
    const iat = int(1.68e9, 1.72e9);
    return G.jwt({ iss: 'supabase', ref, role, iat, exp: iat + 315360000 });
  },
  firebaseAppId: (sender) => `1:${sender}:web:${rs(HEX, 22)}`,
  gaId: () => 'G-' + rs(UPAN, 10),
  vapidPublic: () => 'B' + rs(B64U, 86),
  sri384: () => 'sha' + '384-' + rs(B64, 64),
  sri512: () => 'sha' + '512-' + rs(B64, 86) + '==',
  sha256b64: () => rs(B64, 43) + '=',
  gitSha: () => rs(HEX, 40),
  chash: (n = 8) => rs(HEX, n),
  // prefix: structural ASN.1 header (not secret) so bodies look like real DER
  pem: (kind, nLines, prefix = '') => {
    const begin = '-----BEGIN ' + kind + '-----';
    const end = '-----END ' + kind + '-----';
    const body = [];
    for (let i = 0; i < nLines; i++) body.push(i === 0 ? prefix + rs(B64, 64 - prefix.length) : rs(B64, 64));
    body.push(rs(B64, int(8, 40)) + pick(['', '=', '==']));
    return { begin, end, body, text: [begin, ...body, end].join('\n') };
  },
  pkcs8RsaPrefix: () => 'MIIEv' + pick(['Q', 'g', 'A']) + 'IBADANBgkqhkiG9w0BAQEFAASC' + pick(['BKcw', 'BKgw', 'BKkw']) + 'ggSj' + 'AgEAAoIBAQ',
  pkcs8EcPrefix: () => 'MIGTAgEAMBMG' + 'ByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg',
};
