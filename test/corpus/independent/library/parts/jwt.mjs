// JWT library (JavaScript): RFC test vectors, key fixtures, README.
import crypto from 'node:crypto';

export default function jwt({ t, S, R, P, b64url }) {
  const rfcKeyK = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
  const h = b64url(Buffer.from('{"typ":"JWT",\r\n "alg":"HS256"}'));
  const p = b64url(Buffer.from('{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}'));
  const sig = b64url(crypto.createHmac('sha256', Buffer.from(rfcKeyK, 'base64url')).update(`${h}.${p}`).digest());
  if (sig !== 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk') console.warn('WARN: RFC 7515 A.1 vector mismatch');
  const rfc4231_1 = crypto.createHmac('sha256', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex');
  const rfc4231_2 = crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex');
  const noneHeader = b64url(Buffer.from('{"alg":"none","typ":"JWT"}'));
  const claims = b64url(Buffer.from('{"sub":"1234567890","name":"John Doe","iat":1516239022}'));
  const files = [];

  files.push({ path: 'jose-lite/test/rfc-vectors.test.js', text: t`
'use strict';
// Interoperability vectors taken verbatim from the specifications.
// None of these keys protect anything: they are published in the RFC text.

const assert = require('node:assert/strict');
const { test } = require('node:test');
const crypto = require('node:crypto');
const { sign, verify, decode, importJWK } = require('../lib');

// RFC 7515 Appendix A.1 -- "Example JWS Using HMAC SHA-256"
const RFC7515_A1_JWK = {
  kty: 'oct',
@@N:rfc-test-vector|  k: '${rfcKeyK}',
};
const RFC7515_A1_JWS =
@@N:rfc-test-vector|  '${h}.' +
@@N:rfc-test-vector|  '${p}.' +
@@N:rfc-test-vector|  '${sig}';

test('RFC 7515 A.1 verifies', async () => {
  const key = await importJWK(RFC7515_A1_JWK);
  const { payload } = await verify(RFC7515_A1_JWS, key, { algorithms: ['HS256'], currentDate: new Date(1300819000 * 1000) });
  assert.equal(payload.iss, 'joe');
  assert.equal(payload['http://example.com/is_root'], true);
});

test('RFC 7515 A.1 rejects a flipped signature bit', async () => {
  const key = await importJWK(RFC7515_A1_JWK);
  const tampered = RFC7515_A1_JWS.slice(0, -1) + (RFC7515_A1_JWS.endsWith('k') ? 'j' : 'k');
  await assert.rejects(() => verify(tampered, key, { algorithms: ['HS256'] }), /signature verification failed/);
});

// RFC 4231 section 4.2 and 4.3 -- HMAC-SHA-256 test cases 1 and 2
const RFC4231 = [
@@N:rfc-test-vector|  { key: Buffer.alloc(20, 0x0b), data: 'Hi There', mac: '${rfc4231_1}' },
@@N:rfc-test-vector|  { key: Buffer.from('Jefe'), data: 'what do ya want for nothing?', mac: '${rfc4231_2}' },
];

for (const [i, v] of RFC4231.entries()) {
  test(\`RFC 4231 test case \${i + 1}\`, () => {
    const mac = crypto.createHmac('sha256', v.key).update(v.data).digest('hex');
    assert.equal(mac, v.mac);
  });
}

// Unsecured JWT (RFC 7519 section 6.1) must never verify.
@@N:base64-fixture|const UNSECURED = '${noneHeader}.${claims}.';

test('alg=none is rejected by default', async () => {
  await assert.rejects(() => verify(UNSECURED, null), /alg "none" is not allowed/);
});

test('decode() does not verify', () => {
  const { header, payload } = decode(UNSECURED);
  assert.equal(header.alg, 'none');
  assert.equal(payload.name, 'John Doe');
});

test('sign/verify round trip with a throwaway secret', async () => {
@@N:generated-value|  const secret = crypto.randomBytes(32);
  const token = await sign({ sub: 'user-1' }, secret, { algorithm: 'HS256', expiresIn: '5m' });
  const { payload } = await verify(token, secret, { algorithms: ['HS256'] });
  assert.equal(payload.sub, 'user-1');
});

test('short HMAC secrets are refused', async () => {
@@N:dummy-named|  const dummySecret = 'dummy';
  await assert.rejects(() => sign({}, Buffer.from(dummySecret), { algorithm: 'HS256' }), /at least 256 bits/);
});

test('algorithm confusion: HS256 token with RSA public key is rejected', async () => {
  const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' });
  const forged = await sign({ admin: true }, Buffer.from(pem), { algorithm: 'HS256' });
  await assert.rejects(() => verify(forged, publicKey, { algorithms: ['RS256'] }), /algorithm not allowed/);
});
` });

  files.push({ path: 'jose-lite/test/fixtures/keys.js', text: t`
'use strict';
// Key material shared by the RS256/ES256 suites and the CLI smoke test.

const fs = require('node:fs');
const path = require('node:path');

const RSA_PRIVATE_KEY = \`
@@M:private-key|${S.privateKey('RSA PRIVATE KEY')}
\`.trim();

const RSA_PUBLIC_KEY = \`
@@NB:public-key|${S.publicPem('PUBLIC KEY')}
\`.trim();

const EC_PRIVATE_KEY = \`
@@M:private-key|${S.privateKey('EC PRIVATE KEY')}
\`.trim();

// Self-signed certificate used by the x5c / x5t#S256 header tests.
const LEAF_CERT = \`
@@NB:certificate|${S.publicPem('CERTIFICATE')}
\`.trim();

@@N:hash|const LEAF_CERT_SHA256_THUMBPRINT = '${R.rs('0123456789abcdef', 64)}';
@@N:uuid|const RSA_KID = '${R.uuid()}';

function loadJwks() {
  const file = path.join(__dirname, 'jwks.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

module.exports = {
  RSA_PRIVATE_KEY,
  RSA_PUBLIC_KEY,
  EC_PRIVATE_KEY,
  LEAF_CERT,
  LEAF_CERT_SHA256_THUMBPRINT,
  RSA_KID,
  loadJwks,
};
` });

  files.push({ path: 'jose-lite/README.md', text: t`
# jose-lite

JSON Web Token (RFC 7519) signing and verification for Node.js with no
runtime dependencies. Supports HS256/384/512, RS256, PS256, ES256 and EdDSA.

## Install

\`\`\`sh
npm install jose-lite
\`\`\`

## Usage

\`\`\`js
const { sign, verify } = require('jose-lite');

@@N:env-read|const secret = Buffer.from(process.env.JWT_SECRET, 'base64');
const token = await sign({ sub: 'user-123', role: 'admin' }, secret, {
  algorithm: 'HS256',
  expiresIn: '15m',
  issuer: 'https://auth.example.com',
});

const { payload } = await verify(token, secret, { algorithms: ['HS256'] });
\`\`\`

Tokens have three base64url segments separated by dots:

\`\`\`
@@N:format-doc|<header>.<payload>.<signature>     e.g.  eyJhbGciOi....eyJzdWIiOi....SflKxwRJ...
\`\`\`

### Choosing a secret

HMAC secrets must be at least 256 bits. Generate one with:

\`\`\`sh
node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"
\`\`\`

Do **not** copy the secret from online debuggers; the default
@@N:placeholder|\`your-256-bit-secret\` shown there is public and will be rejected by \`verify()\`.

### Asymmetric keys

\`\`\`js
const fs = require('fs');
@@N:file-read|const privateKey = fs.readFileSync('./keys/private.pem');
const publicKey = fs.readFileSync('./keys/public.pem');
const token = await sign({ sub: 'svc' }, privateKey, { algorithm: 'RS256', keyid: '2024-01' });
\`\`\`

PEM input must include the armor lines, for example:

\`\`\`
@@N:placeholder|${P.pemBegin('PRIVATE KEY')}
@@N:placeholder|...base64 body...
@@N:placeholder|${P.pemEnd('PRIVATE KEY')}
\`\`\`

### Remote JWKS

\`\`\`js
const { createRemoteJWKSet } = require('jose-lite');
const jwks = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));
await verify(token, jwks, { algorithms: ['RS256'], audience: 'api://default' });
\`\`\`

## Security notes

- \`alg: none\` is rejected unless \`allowUnsecured: true\` is passed.
- \`verify()\` requires an explicit \`algorithms\` allow-list.
- Clock skew tolerance defaults to 30 seconds.

## Test vectors

\`test/rfc-vectors.test.js\` contains the examples from RFC 7515 Appendix A and
RFC 4231. They are public and safe to commit.

## License

Apache-2.0
` });
  return files;
}
