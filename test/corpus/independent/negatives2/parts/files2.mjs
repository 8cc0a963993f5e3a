// Keys/certs/ssh, schemas, infra (terraform, k8s, sops, ansible, compose).
import { createHmac } from 'node:crypto';
import { add, N, P, T, ri, pick, hex, alnum, lower, b64, b64u, bytes, sha, uuid, wrap, urlsafe, chars, digits, UP, DG, pem, PRIV, rsaPkcs1Der, ecDer, certDer, sshEdPub, sshRsaPub, opensshEdPriv } from './lib.mjs';

const firstBody = (p) => p.split('\n')[1];

export function keys() {
  const jwks = { keys: [{ kty: 'RSA', use: 'sig', alg: 'RS256', kid: hex(40), n: Buffer.concat([Buffer.from([0xc0 | ri(64)]), bytes(255)]).toString('base64url'), e: 'AQAB' }, { kty: 'EC', use: 'sig', alg: 'ES256', crv: 'P-256', kid: uuid(), x: b64u(32), y: b64u(32) }] };
  add('public/.well-known/jwks.json', JSON.stringify(jwks, null, 2), [N(jwks.keys[0].n, ['jwks', 'public-key']), N(jwks.keys[0].kid, ['jwks']), N(jwks.keys[1].x, ['jwks', 'public-key']), N(jwks.keys[1].y, ['jwks', 'public-key']), N(jwks.keys[1].kid, ['jwks'])]);

  const ca = pem('CERTIFICATE', certDer()), ca2 = pem('CERTIFICATE', certDer());
  add('tests/fixtures/tls/ca-bundle.crt', `# Test CA chain used by integration tests\n${ca}\n${ca2}\n`, [N(firstBody(ca), ['certificate'], { block: true }), N(firstBody(ca2), ['certificate'], { block: true })]);

  const crt = pem('CERTIFICATE', certDer()), key = pem(PRIV('RSA'), rsaPkcs1Der());
  add('tests/fixtures/tls/client.pem', `${crt}\n${key}\n`, [N(firstBody(crt), ['certificate'], { block: true }), P(firstBody(key), 'private-key', ['pem', 'rsa'], { block: true })]);

  const ec = pem(PRIV('EC'), ecDer()), pub = pem('PUBLIC' + ' KEY', Buffer.concat([Buffer.from([0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04]), bytes(64)]));
  add('services/auth/testdata/webhook-signing.pem', `${pub}\n${ec}\n`, [N(firstBody(pub), ['public-key'], { block: true }), P(firstBody(ec), 'private-key', ['pem', 'ec'], { block: true })]);

  const ssh = opensshEdPriv('ci@build-runner');
  add('tests/fixtures/ssh/id_ed25519', ssh, [P(firstBody(ssh), 'private-key', ['openssh'], { block: true })]);

  const kh = [], km = [];
  for (const h of ['github.com', 'gitlab.com', 'bitbucket.org']) { const l = `${h} ${sshEdPub()}`; kh.push(l); km.push(N(l.slice(-30), ['known_hosts'])); }
  for (let i = 0; i < 3; i++) { const l = `|1|${b64(20)}|${b64(20)} ${pick([sshEdPub(), sshRsaPub()])}`; kh.push(l); km.push(N(l.slice(3, 30), ['known_hosts', 'hashed'])); }
  add('tests/fixtures/ssh/known_hosts', kh.join('\n'), km);

  const ak = [sshEdPub('alice@laptop'), sshRsaPub('bob@workstation'), 'from="10.20.0.0/16",no-port-forwarding,command="/usr/local/bin/backup-only" ' + sshEdPub('backup@nas'), 'cert-authority ' + sshEdPub('ops-ca')];
  add('deploy/ansible/roles/base/files/authorized_keys', ak.join('\n'), ak.map((l) => N(l.slice(-40), ['authorized_keys', 'public-key'])));
}

export function schemas() {
  const gql = `# Auth schema\ntype AuthPayload {\n  accessToken: String!\n  refreshToken: String!\n  expiresIn: Int!\n}\n\ninput LoginInput {\n  email: String!\n  password: String!\n  otpCode: String\n}\n\ntype ApiKey {\n  id: ID!\n  """Only the last four characters are ever returned, e.g. "…a1b2"."""\n  lastFour: String!\n  secretHash: String! @deprecated(reason: "use fingerprint")\n}\n\ntype Mutation {\n  login(input: LoginInput!): AuthPayload!\n  resetPassword(token: String!, newPassword: String!): Boolean!\n  rotateApiKey(id: ID!): ApiKey!\n}\n`;
  add('api/schema.graphql', gql, [N('refreshToken: String!', ['schema']), N('  password: String!', ['schema']), N('secretHash: String!', ['schema']), N('resetPassword(token', ['schema']), N('accessToken: String!', ['schema'])]);

  const proto = `syntax = "proto3";\n\npackage vault.v1;\n\nimport "google/api/field_behavior.proto";\n\nmessage CreateCredentialRequest {\n  string name = 1;\n  string password = 2 [(google.api.field_behavior) = INPUT_ONLY];\n  bytes secret_hash = 3;\n  string api_key = 4 [(google.api.field_behavior) = INPUT_ONLY];\n}\n\nmessage Token {\n  string access_token = 1;\n  string refresh_token = 2;\n  int64 expires_at = 3;\n}\n`;
  add('proto/vault/v1/credentials.proto', proto, [N('string password = 2', ['schema']), N('bytes secret_hash', ['schema']), N('string api_key = 4', ['schema']), N('string access_token = 1', ['schema']), N('string refresh_token = 2', ['schema'])]);

  // canonical jwt.io example token, computed at run time
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const hd = enc({ alg: 'HS256', typ: 'JWT' }), pl = enc({ sub: '1234567890', name: 'John Doe', iat: 1516239022 });
  const jwt = `${hd}.${pl}.` + createHmac('sha256', 'your-256-bit-secret').update(`${hd}.${pl}`).digest('base64url');
  const oa = `openapi: 3.1.0\ninfo:\n  title: Payments API\n  version: 3.2.0\ncomponents:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n    apiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n  schemas:\n    Credentials:\n      type: object\n      properties:\n        api_key:\n          type: string\n          description: Your secret API key.\n          example: "<your-api-key>"\n        password:\n          type: string\n          format: password\n          writeOnly: true\n          example: "********"\n    TokenResponse:\n      type: object\n      properties:\n        access_token:\n          type: string\n          example: ${jwt}\n        token_type:\n          type: string\n          example: Bearer\n    Charge:\n      type: object\n      properties:\n        source:\n          type: string\n          example: tok_visa\n        customer:\n          type: string\n          example: cus_${'0'.repeat(14)}\n`;
  add('api/openapi.yaml', oa, [N('example: "<your-api-key>"', ['openapi', 'placeholder']), N('example: "********"', ['openapi', 'placeholder']), N(jwt, ['openapi', 'jwt-io-example']), N('example: tok_visa', ['openapi', 'stripe-test-token']), N('example: cus_', ['openapi']), N('name: X-API-Key', ['openapi'])]);
}

export function infra() {
  const acct = digits(12), acct2 = digits(12);
  const plan = `Terraform used the selected providers to generate the following execution plan.\n\n  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                  = "payments-prod"\n      ~ password            = (sensitive value)\n        username            = "payments_admin"\n        kms_key_id          = "arn:aws:kms:eu-west-1:${acct}:key/${uuid()}"\n    }\n\n  # aws_secretsmanager_secret_version.stripe will be created\n  + resource "aws_secretsmanager_secret_version" "stripe" {\n      + arn           = (known after apply)\n      + secret_id     = "arn:aws:secretsmanager:eu-west-1:${acct}:secret:prod/stripe-${alnum(6)}"\n      + secret_string = (sensitive value)\n      + version_id    = (known after apply)\n    }\n\n  # random_password.redis will be created\n  + resource "random_password" "redis" {\n      + result  = (sensitive value)\n      + length  = 32\n      + special = false\n    }\n\nPlan: 2 to add, 1 to change, 0 to destroy.\n\nChanges to Outputs:\n  ~ db_connection_string = (sensitive value)\n`;
  add('infra/plan.txt', plan, [N('password            = (sensitive value)', ['terraform', 'redacted']), N('secret_string = (sensitive value)', ['terraform', 'redacted']), N('result  = (sensitive value)', ['terraform', 'redacted']), N('db_connection_string = (sensitive value)', ['terraform', 'redacted']), N('kms_key_id', ['aws-arn']), N('secret_id ', ['aws-arn'])]);

  const ak = T.awsId(), sk = T.awsSecret();
  const tf = `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.50" }\n  }\n}\n\n# TODO: move to an assumed role before go-live\nprovider "aws" {\n  region     = "eu-west-1"\n  access_key = "${ak}"\n  secret_key = "${sk}"\n}\n\nvariable "db_password" {\n  type      = string\n  sensitive = true\n}\n\ndata "aws_secretsmanager_secret_version" "stripe" {\n  secret_id = "prod/stripe"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "payments-prod"\n  username   = "payments_admin"\n  password   = var.db_password\n  kms_key_id = "arn:aws:kms:eu-west-1:${acct}:key/${uuid()}"\n}\n\nresource "aws_iam_role_policy_attachment" "ro" {\n  role       = "arn:aws:iam::${acct2}:role/ReadOnlyAudit"\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n`;
  add('infra/main.tf', tf, [P(ak, 'aws-access-key-id', ['terraform']), P(sk, 'aws-secret-access-key', ['terraform']), N('password   = var.db_password', ['terraform', 'var-ref']), N('secret_id = "prod/stripe"', ['terraform']), N('kms_key_id = "arn', ['aws-arn']), N(`iam::${acct2}:role`, ['aws-arn', 'account-id'])]);

  const dbp = T.password(), dd = T.datadog();
  const vars = `aws_account_id   = "${acct}"\nvpc_id           = "vpc-0${hex(16)}"\nami_id           = "ami-0${hex(16)}"\nkms_key_arn      = "arn:aws:kms:eu-west-1:${acct}:key/${uuid()}"\ndb_password      = "${dbp}"\ndatadog_api_key  = "${dd}"\nsentry_release   = "${hex(40)}"\n`;
  add('infra/environments/prod.tfvars', vars, [N('aws_account_id', ['account-id']), N('vpc_id', ['aws-id']), N('ami_id', ['aws-id']), N('kms_key_arn', ['aws-arn']), N('sentry_release', ['git-sha']), P(dbp, 'password', ['tfvars']), P(dd, 'datadog-api-key', ['tfvars'])]);

  const dig = 'sha256:' + hex(64), cfgsum = sha('sha256', 'cfg'), dburl = `postgres://payments:${T.urlpass()}@payments-db.prod.svc.cluster.local:5432/payments?sslmode=require`;
  const k8s = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments-api\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: ${cfgsum}\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/payments-api@${dig}\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: payments-stripe\n                  key: secret-key\n            - name: JWT_SIGNING_KEY\n              valueFrom:\n                secretKeyRef: { name: payments-jwt, key: signing-key }\n          envFrom:\n            - secretRef:\n                name: payments-db\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\ntype: Opaque\nstringData:\n  DATABASE_URL: ${dburl}\n`;
  add('deploy/k8s/payments-api.yaml', k8s, [N('checksum/config', ['k8s', 'hash']), N('image: ghcr.io', ['docker-digest']), N('name: STRIPE_SECRET_KEY', ['k8s', 'secretKeyRef']), N('key: secret-key', ['k8s', 'secretKeyRef']), N('secretKeyRef: { name: payments-jwt', ['k8s', 'secretKeyRef']), P(dburl, 'connection-string', ['k8s-secret'])]);

  const sealed = [0, 1, 2].map(() => Buffer.concat([Buffer.from([0x02, 0x00]), bytes(520)]).toString('base64'));
  const es = `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments-stripe\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  target:\n    name: payments-stripe\n  data:\n    - secretKey: secret-key\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key\n---\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments-jwt\n  namespace: payments\nspec:\n  encryptedData:\n    signing-key: ${sealed[0]}\n    webhook-secret: ${sealed[1]}\n    redis-password: ${sealed[2]}\n`;
  add('deploy/k8s/secrets.yaml', es, [N('- secretKeyRef', [], { find: '    - secretKey: secret-key' }), N('key: prod/payments/stripe', ['external-secret']), N('property: secret_key', ['external-secret']), N(sealed[0].slice(0, 40), ['sealed-secret']), N(sealed[1].slice(0, 40), ['sealed-secret']), N(sealed[2].slice(0, 40), ['sealed-secret'])].map((m) => (m.find === '- secretKeyRef' ? { ...m, find: '    - secretKey: secret-key' } : m)));

  const ENC = (n) => `ENC[AES256_GCM,data:${b64(n)},iv:${b64(32)},tag:${b64(16)},type:str]`;
  const e1 = ENC(24), e2 = ENC(51), e3 = ENC(40), mac = `ENC[AES256_GCM,data:${b64(64)},iv:${b64(32)},tag:${b64(16)},type:str]`, age = 'age1' + chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58), armor = wrap(b64(240), 64);
  const sops = `stripe:\n    secret_key: ${e1}\n    webhook_secret: ${e2}\ndatabase:\n    password: ${e3}\nsops:\n    kms: []\n    age:\n        - recipient: ${age}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n${armor.map((l) => '            ' + l).join('\n')}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2024-06-10T08:31:02Z"\n    mac: ${mac}\n    unencrypted_suffix: _unencrypted\n    version: 3.8.1\n`;
  add('deploy/secrets/prod.enc.yaml', sops, [N(e1.slice(0, 50), ['sops']), N(e2.slice(0, 50), ['sops']), N(e3.slice(0, 50), ['sops']), N(mac.slice(0, 50), ['sops']), N(age, ['sops', 'age-recipient']), N(armor[0], ['sops', 'age-armor']), N(armor[1], ['sops', 'age-armor'])]);

  const inner = hex(64) + '\n' + hex(64) + '\n' + hex(352);
  const vh = wrap(Buffer.from(inner).toString('hex'), 80);
  add('deploy/ansible/group_vars/prod/vault.yml', '$ANSIBLE_VAULT;1.1;AES256\n' + vh.join('\n'), [N('$ANSIBLE_VAULT;1.1;AES256', ['ansible-vault']), ...vh.slice(0, 6).map((l) => N(l, ['ansible-vault']))]);

  const bp = T.password();
  const inv = `all:\n  children:\n    web:\n      hosts:\n        web-01.prod.internal:\n        web-02.prod.internal:\n      vars:\n        ansible_user: deploy\n        ansible_become_password: "{{ vault_become_password }}"\n        db_password: "{{ vault_db_password }}"\n    legacy:\n      hosts:\n        billing-old.prod.internal:\n          ansible_user: root\n          ansible_become_password: "${bp}"\n          ansible_ssh_private_key_file: ~/.ssh/legacy_rsa\n`;
  add('deploy/ansible/inventory/prod.yml', inv, [N('vault_become_password', ['ansible', 'var-ref']), N('vault_db_password', ['ansible', 'var-ref']), N('ansible_ssh_private_key_file', ['path']), P(bp, 'password', ['ansible'])]);

  const pg = T.password(), minio = T.password(), rp = T.urlpass(), d1 = 'sha256:' + hex(64);
  const comp = `services:\n  api:\n    image: ghcr.io/acme/payments-api@${d1}\n    env_file:\n      - .env\n      - .env.local\n    environment:\n      DATABASE_URL: postgres://payments:\${POSTGRES_PASSWORD}@db:5432/payments\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:?set STRIPE_SECRET_KEY}\n      REDIS_URL: redis://:${rp}@cache:6379/0\n  db:\n    image: postgres:16.3-alpine\n    environment:\n      POSTGRES_USER: payments\n      POSTGRES_PASSWORD: ${pg}\n  cache:\n    image: redis:7.2\n    command: ["redis-server", "--requirepass", "${rp}"]\n  minio:\n    image: minio/minio:RELEASE.2024-06-06T09-36-42Z\n    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: ${minio}\n    secrets:\n      - minio_kms\nsecrets:\n  minio_kms:\n    file: ./secrets/minio_kms.txt\n`;
  add('docker-compose.yml', comp, [N(d1, ['docker-digest']), N('- .env.local', ['env_file']), N('${POSTGRES_PASSWORD}', ['interpolation']), N('${STRIPE_SECRET_KEY:?', ['interpolation']), N('file: ./secrets/minio_kms.txt', ['path']), P(`redis://:${rp}@`, 'connection-string', ['compose'], { value: rp }), P(`POSTGRES_PASSWORD: ${pg}`, 'password', ['compose'], { value: pg }), P(`"--requirepass", "${rp}"`, 'password', ['compose'], { value: rp }), P(minio, 'password', ['compose'])]);
}
