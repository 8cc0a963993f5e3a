// Hard-negative generators: values that look random but are NOT plaintext secrets
// (encrypted-by-design blobs, hashes, public material, identifiers).
import { A, rs, hex, b64, rbytes, rr, uuid, wrap, pick } from './core.mjs';

const P = (...parts) => parts.join('');

// Ansible vault ciphertext lines (hex, 80 per line)
export const ansibleVaultLines = (indent = '          ') => {
  const body = hex(32 * 2) + '\n' + hex(32 * 2) + '\n' + hex(rr(32, 64) * 2);
  const asHex = Buffer.from(body).toString('hex');
  return [indent + P('$ANSIBLE', '_VAULT;1.1;AES256'), ...wrap(asHex, 80).map((l) => indent + l)];
};

// Jenkins secret: {base64([1][ivLen=16][dataLen][iv][data])}
export const jenkinsEncrypted = (dataLen = pick([16, 32, 48])) => {
  const head = Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, dataLen]);
  return '{' + Buffer.concat([head, rbytes(16 + dataLen)]).toString('base64') + '}';
};
export const travisSecure = () => b64(256);
export const mavenEncrypted = () => '{' + b64(rr(28, 40)).replace(/=+$/, '') + '=}';
export const sopsEnc = (plainLen = rr(12, 40), type = 'str') =>
  `ENC[AES256_GCM,data:${b64(plainLen)},iv:${b64(32)},tag:${b64(16)},type:${type}]`;
export const eyaml = () =>
  'ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA' +
  b64(rr(280, 300)) +
  ']';

// password hashes
export const apr1 = () => '$apr1$' + rs(8, A.CRYPT) + '$' + rs(22, A.CRYPT);
export const bcrypt = (cost = '05', v = '2y') => `$${v}$${cost}$` + rs(53, A.CRYPT);
export const shaHtpasswd = () => '{SHA}' + b64(20);
export const ssha = () => '{SSHA}' + b64(24);
export const sha512crypt = () => '$6$' + rs(16, A.CRYPT) + '$' + rs(86, A.CRYPT);
export const yescrypt = () => '$y$j9T$' + rs(22, A.CRYPT) + '$' + rs(43, A.CRYPT);
export const rabbitHash = () => b64(36);
export const sha256hex = () => hex(64);
export const scramSha256 = () => 'SCRAM-SHA-256$4096:' + b64(16) + '$' + b64(32) + ':' + b64(32);

// public material
export const sshEd25519Pub = (comment) => {
  const t = Buffer.from('ssh-ed25519');
  const k = rbytes(32);
  const len = (n) => Buffer.from([0, 0, 0, n]);
  return 'ssh-ed25519 ' + Buffer.concat([len(t.length), t, len(32), k]).toString('base64') + (comment ? ' ' + comment : '');
};
export const certificateLines = () => {
  const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x5a, 0x30, 0x82, 0x02, 0x42, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14]), rbytes(rr(820, 860))]);
  return ['-----BEGIN CERTIFICATE-----', ...wrap(der.toString('base64'), 64), '-----END CERTIFICATE-----'];
};
export const pgpMessageLines = () => {
  const der = Buffer.concat([Buffer.from([0x85, 0x01, 0x0c, 0x03]), rbytes(rr(330, 380))]);
  return [
    '-----BEGIN PGP MESSAGE-----',
    '',
    ...wrap(der.toString('base64'), 64),
    '=' + b64(3),
    '-----END PGP MESSAGE-----',
  ];
};
export const ageRecipient = () => 'age1' + rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l');
export const gpgFingerprint = () => hex(40).toUpperCase();
export const imageDigest = () => 'sha256:' + hex(64);
export const gitSha = () => hex(40);
export { uuid };
