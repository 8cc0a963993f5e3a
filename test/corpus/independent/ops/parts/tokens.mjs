// Provider-shaped secret generators. Prefixes are assembled by concatenation so
// this source file holds no token-shaped literal. Every value is registered.
import { A, rs, hex, b64, b64u, rbytes, rr, uuid, wrap, reg } from './core.mjs';

const P = (...parts) => parts.join('');

export const githubPat = () => reg(P('gh', 'p_') + rs(36));
export const githubFineGrained = () => reg(P('github', '_pat_') + rs(22) + '_' + rs(59));
export const gitlabPat = () => reg(P('gl', 'pat-') + rs(20, A.AN + '-_'));
export const gitlabRunnerToken = () => reg(P('gl', 'rt-') + rs(20, A.AN + '-_'));
export const slackWebhook = () =>
  reg(P('https://hooks.', 'slack', '.com/services/') + 'T' + rs(8, A.UPDI) + '/B' + rs(10, A.UPDI) + '/' + rs(24));
export const slackBot = () => reg(P('xo', 'xb-') + rr(100000000000, 999999999999) + '-' + rr(1000000000000, 9999999999999) + '-' + rs(24));
export const awsKeyId = () => {
  let body;
  do body = rs(16, A.UP + '234567');
  while (body.startsWith('AK'));
  return reg(P('AK', 'IA') + body);
};
export const awsSecret = () => reg(rs(40, A.AN + '/+'));
export const npmToken = () => reg(P('np', 'm_') + rs(36));
export const pypiToken = () => reg(P('py', 'pi-') + 'AgEIcHlwaS5vcmc' + rs(rr(150, 170), A.B64U));
export const cratesToken = () => reg(P('ci', 'o') + rs(32));
export const rubygemsKey = () => reg(P('ruby', 'gems_') + hex(48));
export const vaultToken = () => reg(P('hv', 's.') + 'CAESI' + rs(86, A.B64U));
export const vaultBatchToken = () => reg(P('hv', 'b.') + 'AAAAAQ' + rs(120, A.B64U));
export const datadogApiKey = () => reg(hex(32));
export const pagerdutyKey = () => reg(hex(32));
export const opsgenieKey = () => reg(uuid());
export const sendgridKey = () => reg(P('S', 'G.') + rs(22, A.B64U) + '.' + rs(43, A.B64U));
export const stripeKey = () => reg(P('sk', '_li', 've_') + rs(24));
export const dockerPat = () => reg(P('dckr', '_pat_') + rs(27, A.AN + '-_'));
export const gossipKey = () => reg(b64(32));
export const consulToken = () => reg(uuid());
export const grafanaSaToken = () => reg(P('gl', 'sa_') + rs(32) + '_' + hex(8));
export const googleApiKey = () => reg(P('AI', 'za') + rs(35, A.AN + '-_'));
export const azureStorageKey = () => reg(b64(64));
export const circleToken = () => reg(P('CCI', 'PAT_') + rs(22) + '_' + hex(40));
export const sonarToken = () => reg(P('sq', 'p_') + hex(40));
export const teamsWebhook = () =>
  reg(P('https://contoso.webhook.', 'office', '.com/webhookb2/') + uuid() + '@' + uuid() + '/IncomingWebhook/' + hex(32) + '/' + uuid());
export const discordWebhook = () => reg(P('https://discord', '.com/api/webhooks/') + rr(1e17, 9e17) + '/' + rs(68, A.B64U));
export const sentryAuthToken = () => reg(P('sntry', 's_') + rs(64, A.B64U));
export const jfrogApiKey = () => reg(P('AKC', 'p8') + rs(69));
export const genericApiKey = (n = 32) => reg(rs(n));
export const hexSecret = (n = 64) => reg(hex(n));
export const wpSalt = () => {
  const al = A.AN + '!@#$%^&*()-_[]{}<>~`+=,.;:/?|';
  return reg(rs(64, al));
};
// rclone "obscured" password: base64url(no pad) of 16-byte IV + AES-CTR ciphertext
export const rcloneObscured = (plainLen = rr(14, 24)) => reg(rbytes(16 + plainLen).toString('base64url'));
export const basicAuth = (user, pass) => reg(Buffer.from(`${user}:${pass}`).toString('base64'));

// ---- private keys (random bodies with plausible DER prefixes) ----
const pem = (label, der, w = 64) => {
  const body = wrap(der.toString('base64'), w);
  return reg(['-----BEGIN ' + label + '-----', ...body, '-----END ' + label + '-----'].join('\n'));
};
export const ecPrivateKey = () => {
  const der = Buffer.concat([
    Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]),
    rbytes(32),
    Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]),
    rbytes(64),
  ]);
  return pem(P('EC PRI', 'VATE KEY'), der);
};
export const rsaPrivateKey = () => {
  const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]), rbytes(1180)]);
  return pem(P('RSA PRI', 'VATE KEY'), der);
};
export const pkcs8PrivateKey = () => {
  const der = Buffer.concat([
    Buffer.from([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8]),
    rbytes(1190),
  ]);
  return pem(P('PRI', 'VATE KEY'), der);
};
export const opensshPrivateKey = () => {
  const der = Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), rbytes(340)]);
  return pem(P('OPENSSH PRI', 'VATE KEY'), der, 70);
};

// Grafana Cloud access-policy token: prefix + base64(JSON)
export const grafanaCloudToken = () => {
  const json = JSON.stringify({ o: String(rr(100000, 999999)), n: 'stack-' + rr(100000, 999999) + '-hm-write-' + rs(6, A.LO), k: rs(24), m: { r: 'prod-eu-west-2' } });
  return reg(P('gl', 'c_') + Buffer.from(json).toString('base64'));
};
// Kubernetes service-account token (JWT shape, random signature)
export const k8sSaToken = (ns, sa) => {
  const h = Buffer.from(JSON.stringify({ alg: 'RS256', kid: rs(43, A.B64U) })).toString('base64url');
  const p = Buffer.from(
    JSON.stringify({
      iss: 'kubernetes/serviceaccount',
      'kubernetes.io/serviceaccount/namespace': ns,
      'kubernetes.io/serviceaccount/secret.name': `${sa}-token-${rs(5, A.LODI)}`,
      'kubernetes.io/serviceaccount/service-account.name': sa,
      'kubernetes.io/serviceaccount/service-account.uid': uuid(),
      sub: `system:serviceaccount:${ns}:${sa}`,
    }),
  ).toString('base64url');
  return reg(`${h}.${p}.${rs(342, A.B64U)}`);
};
