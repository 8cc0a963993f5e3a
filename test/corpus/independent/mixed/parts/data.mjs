// SQL migrations, seed files, CSV exports
import { file, POS, NEG } from './builder.mjs';
import { tok, neg } from './tokens.mjs';
import { hex, uuid, int, pick, str, DIGITS, LOWER, UPPER, B64 } from './rng.mjs';

export function data() {
  // ---------------------------------------------------------------- PostgreSQL migration
  {
    const f = file('db/migrations/20240115093000_create_reporting_roles.sql', 'sql');
    f.t(`-- Migration: read-only roles for reporting and the BI tool
-- Ticket: DATA-412

BEGIN;

CREATE ROLE readonly NOLOGIN;
GRANT USAGE ON SCHEMA billing TO readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA billing TO readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA billing GRANT SELECT ON TABLES TO readonly;
`);
    f.l(`CREATE USER reporting WITH PASSWORD '${tok.password(22)}' IN ROLE readonly;`, POS('db-password'));
    f.l('');
    f.l(`-- metabase: password set by the BI team, stored here only as its SCRAM verifier`);
    const scram = `SCRAM-SHA-256$4096:${str(B64, 22)}==$${str(B64, 43)}=:${str(B64, 43)}=`;
    f.l(`CREATE USER metabase WITH ENCRYPTED PASSWORD '${scram}' IN ROLE readonly;`, NEG('hash'));
    f.l('');
    f.l(`-- etl: password passed in at deploy time: psql -v etl_password=...`);
    f.l(`CREATE USER etl WITH PASSWORD :'etl_password';`, NEG('reference'));
    f.l(`GRANT INSERT, UPDATE ON billing.usage_events TO etl;`);
    f.l('');
    f.l(`ALTER ROLE analytics_ro WITH LOGIN PASSWORD '${tok.password(16)}' VALID UNTIL '2025-01-01';`, POS('db-password'));
    f.t(`
COMMIT;
`);
  }

  // ---------------------------------------------------------------- MySQL migration
  {
    const f = file('db/migrations/mysql/0007_replication_user.sql', 'sql');
    f.t(`-- 0007: replication user for the read replica in eu-west-1b
-- applied manually on 2024-02-20 (see OPS-2291)
`);
    f.l(`CREATE USER IF NOT EXISTS 'repl'@'10.1.%' IDENTIFIED BY '${tok.password(20)}';`, POS('db-password'));
    f.t(`GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'10.1.%';
`);
    f.l(`-- app user authenticates with a password supplied by the secrets operator`);
    f.l(`-- CREATE USER 'ledgerline'@'%' IDENTIFIED BY '<from-vault>';`, NEG('placeholder'));
    f.t(`FLUSH PRIVILEGES;
`);
  }

  // ---------------------------------------------------------------- seed file
  {
    const f = file('db/seeds/001_dev_users.sql', 'sql');
    f.t(`-- Development seed data. Passwords are bcrypt hashes of "devpassword".
-- Regenerate with: node scripts/hash-password.js

TRUNCATE users, api_keys, integrations RESTART IDENTITY CASCADE;

INSERT INTO users (id, email, display_name, password_hash, role, created_at) VALUES`);
    const people = [['ada@acme.dev', 'Ada Admin', 'admin'], ['bob@acme.dev', 'Bob Billing', 'billing'], ['cy@acme.dev', 'Cy Support', 'support'], ['dee@example.com', 'Dee Customer', 'customer'], ['eli@example.com', 'Eli Customer', 'customer']];
    people.forEach(([email, name, role], i) => {
      f.l(`  (${i + 1}, '${email}', '${name}', '${neg.bcrypt()}', '${role}', now())${i < people.length - 1 ? ',' : ';'}`, NEG('hash'));
    });
    f.t(`
-- API keys are stored hashed; only the prefix is kept in clear for display.
INSERT INTO api_keys (id, user_id, name, key_prefix, key_hash, last_used_at) VALUES`);
    for (let i = 0; i < 3; i++) {
      f.l(`  (${i + 1}, ${i + 1}, '${pick(['ci', 'local', 'zapier'])}', 'ak_${str(LOWER + DIGITS, 6)}', '${neg.sha256()}', NULL)${i < 2 ? ',' : ';'}`, NEG('hash'));
    }
    f.t(`
INSERT INTO integrations (id, tenant_id, provider, config) VALUES`);
    f.l(`  (1, 1, 'github', '{"installation_id": ${int(10000000, 99999999)}, "token_env": "GITHUB_APP_KEY"}'),`, NEG('reference'));
    f.l(`  (2, 1, 'slack', '{"bot_token": "${tok.slackBot()}", "channel": "#billing-alerts"}'),`, POS('slack-bot-token'));
    f.l(`  (3, 2, 'stripe', '{"publishable_key": "${tok.stripePublishable(24)}", "account": "acct_${str(UPPER + LOWER + DIGITS, 16)}"}');`, NEG('public-by-design'));
  }

  // ---------------------------------------------------------------- CSV export
  {
    const f = file('exports/integrations_2024-05-13.csv', 'csv');
    f.l('integration_id,tenant_id,provider,status,credential,created_at,updated_by');
    const rows = [
      ['github', 'active', () => ['[redacted]', NEG('placeholder')]],
      ['stripe', 'active', () => ['[redacted]', NEG('placeholder')]],
      ['sendgrid', 'active', () => [tok.sendgrid(), POS('sendgrid-key')]],
      ['slack', 'disabled', () => ['', null]],
      ['twilio', 'active', () => [tok.twilioAccountSid(), NEG('id')]],
      ['slack', 'active', () => [tok.slackWebhook(), POS('slack-webhook')]],
      ['hubspot', 'error', () => ['***', NEG('placeholder')]],
      ['zapier', 'active', () => ['', null]],
    ];
    rows.forEach(([prov, status, cred], i) => {
      const [c, label] = cred();
      const d = `2024-0${int(1, 5)}-${String(int(1, 28)).padStart(2, '0')}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:00Z`;
      f.l(`${3100 + i * 7},${int(1, 40)},${prov},${status},${c},${d},${pick(['ada@acme.dev', 'bob@acme.dev', 'system'])}`, label || undefined);
    });
  }
}
