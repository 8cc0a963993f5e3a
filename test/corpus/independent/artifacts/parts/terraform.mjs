// Terraform state files.
import { Doc, S, N, int, str, reg, ALNUM, HEX, UPPER, DIGITS } from './core.mjs';
import { tok, password, privateKeyLines, neg } from './tokens.mjs';

export function terraform() {
  const docs = [];
  const acct = neg.accountId();
  const region = 'eu-west-1';
  {
    const d = new Doc('infra/prod/terraform.tfstate', { json: true });
    const dbPw = password('url');
    const pemLines = privateKeyLines('RSA');
    const pem = pemLines.join('\n') + '\n';
    const pubPem = neg.rsaPublicPemLines().join('\n') + '\n';
    const rdsRes = 'db-' + str(26, UPPER + DIGITS);
    const state = {
      version: 4,
      terraform_version: '1.7.5',
      serial: int(40, 400),
      lineage: N(neg.uuid(), 'uuid'),
      outputs: {
        db_endpoint: { value: `orders-prod.c${str(11, 'abcdefghijklmnopqrstuvwxyz0123456789')}.${region}.rds.amazonaws.com:5432`, type: 'string' },
        ci_user_arn: { value: N(`arn:aws:iam::${acct}:user/ci-deployer`, 'arn'), type: 'string' },
        db_password: { value: S(dbPw, 'password', ['tfstate', 'sensitive-output']), type: 'string', sensitive: true },
      },
      resources: [
        {
          mode: 'managed', type: 'aws_db_instance', name: 'orders', provider: 'provider["registry.terraform.io/hashicorp/aws"]',
          instances: [{
            schema_version: 2,
            attributes: {
              allocated_storage: 100,
              arn: N(`arn:aws:rds:${region}:${acct}:db:orders-prod`, 'arn'),
              engine: 'postgres', engine_version: '15.6',
              id: N(rdsRes, 'resource-id'),
              identifier: 'orders-prod', instance_class: 'db.r6g.large',
              kms_key_id: N(`arn:aws:kms:${region}:${acct}:key/${neg.uuid()}`, 'arn'),
              password: S(dbPw, 'password', ['tfstate']),
              port: 5432,
              resource_id: N(rdsRes, 'resource-id'),
              username: 'orders_admin',
              vpc_security_group_ids: [N('sg-' + str(17, HEX), 'resource-id')],
            },
            sensitive_attributes: [[{ type: 'get_attr', value: 'password' }]],
            private: N(Buffer.from(JSON.stringify({ 'e2bfb730-ecaa-11e6-8f88-34363bc7c4c0': { create: 2400000000000, delete: 3600000000000 }, schema_version: '2' })).toString('base64'), 'base64-metadata'),
          }],
        },
        {
          mode: 'managed', type: 'aws_iam_access_key', name: 'ci', provider: 'provider["registry.terraform.io/hashicorp/aws"]',
          instances: [{
            schema_version: 0,
            attributes: {
              create_date: '2024-02-14T09:12:44Z',
              encrypted_secret: null,
              encrypted_ses_smtp_password_v4: null,
              id: S(tok.awsId(), 'aws-access-key-id', ['tfstate']),
              key_fingerprint: null,
              pgp_key: null,
              secret: S(tok.awsSecret(), 'aws-secret-access-key', ['tfstate']),
              ses_smtp_password_v4: S(reg('B' + str(43, ALNUM + '+/')), 'smtp-password', ['tfstate']),
              status: 'Active',
              user: 'ci-deployer',
            },
            sensitive_attributes: [],
          }],
        },
        {
          mode: 'managed', type: 'tls_private_key', name: 'bastion', provider: 'provider["registry.terraform.io/hashicorp/tls"]',
          instances: [{
            schema_version: 1,
            attributes: {
              algorithm: 'RSA', ecdsa_curve: 'P224',
              id: N(neg.sha1(), 'sha1-id'),
              private_key_openssh: null,
              private_key_pem: S(pem, 'private-key', ['tfstate', 'json-escaped']),
              public_key_fingerprint_md5: N(neg.md5Fingerprint(), 'fingerprint'),
              public_key_fingerprint_sha256: N('SHA256:' + str(43, ALNUM + '+/'), 'fingerprint'),
              public_key_openssh: N(neg.sshRsa() + '\n', 'public-key'),
              public_key_pem: N(pubPem, 'public-key'),
              rsa_bits: 2048,
            },
            sensitive_attributes: [],
          }],
        },
        {
          mode: 'managed', type: 'random_password', name: 'grafana_admin', provider: 'provider["registry.terraform.io/hashicorp/random"]',
          instances: [{
            schema_version: 3,
            attributes: {
              bcrypt_hash: N(neg.bcrypt('2a', 10), 'bcrypt-hash'),
              id: 'none', length: 24, lower: true, min_numeric: 0, numeric: true, override_special: '_-',
              result: S(reg(str(24, ALNUM + '_-')), 'password', ['tfstate', 'random_password']),
              special: true, upper: true,
            },
            sensitive_attributes: [],
          }],
        },
        {
          mode: 'data', type: 'aws_caller_identity', name: 'current', provider: 'provider["registry.terraform.io/hashicorp/aws"]',
          instances: [{
            schema_version: 0,
            attributes: {
              account_id: N(acct, 'account-id'),
              arn: N(`arn:aws:sts::${acct}:assumed-role/TerraformApply/${int(1700000000, 1720000000)}`, 'arn'),
              id: N(acct, 'account-id'),
              user_id: N('AROA' + str(17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') + ':' + int(1700000000, 1720000000), 'role-id'),
            },
            sensitive_attributes: [],
          }],
        },
      ],
      check_results: null,
    };
    d.json(state);
    docs.push(d);
  }
  // .terraform/terraform.tfstate: backend config with static S3 credentials
  {
    const d = new Doc('infra/prod/.terraform/terraform.tfstate', { json: true });
    d.json({
      version: 3,
      serial: 1,
      lineage: N(neg.uuid(), 'uuid'),
      backend: {
        type: 's3',
        config: {
          access_key: S(tok.awsId(), 'aws-access-key-id', ['tf-backend']),
          acl: null, assume_role_duration_seconds: null,
          bucket: 'acme-terraform-state-prod',
          dynamodb_table: 'terraform-locks',
          encrypt: true,
          key: 'orders/prod.tfstate',
          kms_key_id: N(`arn:aws:kms:${region}:${acct}:key/${neg.uuid()}`, 'arn'),
          profile: null,
          region,
          role_arn: N(`arn:aws:iam::${acct}:role/TerraformApply`, 'arn'),
          secret_key: S(tok.awsSecret(), 'aws-secret-access-key', ['tf-backend']),
          session_name: null,
          token: null,
        },
        hash: N(int(1000000000, 4000000000), 'config-hash'),
      },
      modules: [{ path: ['root'], outputs: {}, resources: {}, depends_on: [] }],
    });
    docs.push(d);
  }
  return docs;
}
