// Config formats: TOML inline tables, INI unquoted values, .env with escaped
// JSON, a Firebase/GCP service-account JSON, and a Markdown docs page.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';
import { rsaKey } from './keys.mjs';
import { rng } from './rng.mjs';

const pkcs8String = (rsa) => rsa.pkcs8Lines.join('\n') + '\n';

export function settingsToml() {
  const b = new FileBuilder('analytics/config/settings.toml');
  const db = T.databricks(), oa = T.openai();
  b.text(`
# analytics-worker settings (TOML). Environment variables override any key
# via ANALYTICS__SECTION__KEY.

[app]
name = "analytics-worker"
log_level = "info"
timezone = "UTC"

[warehouse]
catalog = "main"
schema = "analytics"
`);
  b.neg('id-same-shape', `warehouse_id = "${rng.hex(16)}"`);
  b.pos(S('databricks-token', 'databricks', 'toml-inline-table', db),
    `databricks = { host = "https://adb-4417703342219012.12.azuredatabricks.net", token = "${db}" }`);
  b.neg('template-ref', 'databricks_staging = { host = "https://adb-7730153210040451.11.azuredatabricks.net", token = "${DATABRICKS_STAGING_TOKEN}" }');
  b.text(`

[llm]
provider = "openai"
model = "gpt-4o-mini"
max_tokens = 800
`);
  b.pos(S('openai-api-key', 'openai', 'toml-inline-table', oa), `openai = { api_key = "${oa}", timeout = 60 }`);
  b.neg('env-read', 'anthropic = { api_key_env = "ANTHROPIC_API_KEY", timeout = 60 }');
  b.neg('truncated', `# keys look like ${N.elide(P.openai, 3)} - see docs/llm.md`);
  b.text(`

[queue]
url = "amqp://rabbit.internal:5672/analytics"
prefetch = 50
retry = { attempts = 5, backoff_seconds = 30 }

[[jobs]]
name = "daily-rollup"
schedule = "0 3 * * *"
query = "sql/daily_rollup.sql"

[[jobs]]
name = "weekly-cohorts"
schedule = "0 4 * * 1"
query = "sql/weekly_cohorts.sql"

[[jobs]]
name = "llm-tagging"
schedule = "*/30 * * * *"
query = "sql/untagged_tickets.sql"
`);
  return b;
}

export function appIni() {
  const b = new FileBuilder('marketing/config/app.ini');
  const mc = T.mailchimp('us12'), cf = T.cloudflareToken();
  b.text(`
; Marketing site settings (read with configparser)
[general]
environment = production
debug = false
base_url = https://www.acme.io
default_locale = en-US

[mailchimp]
`);
  b.pos(S('mailchimp-api-key', 'mailchimp', 'ini-unquoted', mc), `api_key = ${mc}`);
  b.line('server_prefix = us12');
  b.neg('id-same-shape', `audience_id = ${rng.hex(10)}`);
  b.line('double_opt_in = true');
  b.neg('placeholder', `; api_key = ${'x'.repeat(32)}-us12`);
  b.text(`

[mailchimp.staging]
server_prefix = us12
`);
  b.neg('template-ref', 'api_key = %(MAILCHIMP_STAGING_KEY)s');
  b.text(`

[certbot.dns_cloudflare]
dns_cloudflare_email = ops@acme.io
`);
  b.pos(S('cloudflare-api-token', 'cloudflare', 'ini-unquoted', cf), `dns_cloudflare_api_token = ${cf}`);
  b.line('propagation_seconds = 30');
  b.text(`

[cache]
backend = redis
url = redis://cache.internal:6379/0
ttl = 3600

[analytics]
ga_measurement_id = G-7QK2M4ZP1R
`);
  b.neg('id-same-shape', `google_site_verification = ${rng.b64url(43)}`);
  b.neg('name-only', 'hotjar_secret =');
  b.text(`

[uploads]
bucket = acme-marketing-assets
max_size_mb = 25
allowed = png,jpg,webp,svg
`);
  return b;
}

export function envProduction() {
  const b = new FileBuilder('web/.env.production');
  const pw = T.password(28), xb = T.xoxb(), rsa = rsaKey(2048);
  const ref = T.supabaseRef();
  const pkcs8 = pkcs8String(rsa);
  const saJson = JSON.stringify({
    type: 'service_account',
    project_id: 'acme-prod',
    private_key_id: T.gitSha(),
    private_key: pkcs8,
    client_email: 'sheets-export@acme-prod.iam.gserviceaccount.com',
    client_id: rng.digits(21),
    token_uri: 'https://oauth2.googleapis.com/token',
  });
  const envEscape = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const slackJson = JSON.stringify({ bot_token: xb, default_channel: '#support', unfurl: true });
  b.text(`
# Production environment for the web app (loaded by docker compose).
NODE_ENV=production
PORT=3000
APP_URL=https://app.acme.io
LOG_LEVEL=info

`);
  b.pos(S('postgres-password', 'postgres', 'dotenv-connection-url', pw),
    `DATABASE_URL=postgres://app:${pw}@db.prod.internal:5432/app?sslmode=require`);
  b.neg('template-ref', 'DATABASE_REPLICA_URL=postgres://app:${DB_REPLICA_PASSWORD}@db-replica.prod.internal:5432/app');
  b.text(`
REDIS_URL=redis://cache.prod.internal:6379/0

# Slack app settings, parsed as JSON by src/slack/config.ts
`);
  b.pos(S('slack-bot-token', 'slack', 'dotenv-escaped-json', xb), `SLACK_CONFIG="${envEscape(slackJson)}"`);
  b.neg('placeholder', `SLACK_CONFIG_EXAMPLE="${envEscape(JSON.stringify({ bot_token: P.xoxb + '...', default_channel: '#general' }))}"`);
  b.text(`

# Google service account for the Sheets export job (escaped JSON)
`);
  b.pos(S('gcp-service-account-private-key', 'gcp', 'dotenv-escaped-json', rsa.pkcs8Lines[1]),
    `GOOGLE_SERVICE_ACCOUNT_JSON="${envEscape(saJson)}"`);
  b.text(`

# Public keys (shipped to the browser)
`);
  b.line(`NEXT_PUBLIC_SUPABASE_URL=https://${ref}.supabase.co`);
  b.neg('publishable', `NEXT_PUBLIC_SUPABASE_ANON_KEY=${T.supabaseJwt(ref, 'anon')}`);
  b.neg('publishable', `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${T.stripePublishable()}`);
  b.neg('public-dsn', `NEXT_PUBLIC_SENTRY_DSN=https://${T.md5()}@o${rng.digits(7)}.ingest.us.sentry.io/${rng.digits(7)}`);
  b.text(`

# Filled in by the deploy pipeline
`);
  b.neg('name-only', 'MAILGUN_API_KEY=');
  b.neg('template-ref', 'OPENAI_API_KEY=${OPENAI_API_KEY}');
  b.text(`
FEATURE_FLAGS=checkout_v2,dark_mode
SESSION_TTL_HOURS=12
RATE_LIMIT_PER_MINUTE=600
UPLOAD_MAX_MB=25
`);
  return b;
}

export function firebaseServiceAccount() {
  const b = new FileBuilder('functions/config/firebase-admin.json');
  const rsa = rsaKey(2048);
  const proj = 'acme-mobile-prod';
  const sender = rng.digits(12);
  const keyJson = JSON.stringify(pkcs8String(rsa));
  b.text(`
{
  "web": {
`);
  b.neg('publishable', `    "apiKey": "${T.gcpApiKey()}",`);
  b.text(`
    "authDomain": "${proj}.firebaseapp.com",
    "projectId": "${proj}",
    "storageBucket": "${proj}.appspot.com",
    "messagingSenderId": "${sender}",
`);
  b.neg('id-same-shape', `    "appId": "1:${sender}:web:${rng.hex(22)}"`);
  b.text(`
  },
  "admin": {
    "type": "service_account",
    "project_id": "${proj}",
`);
  b.neg('id-same-shape', `    "private_key_id": "${T.gitSha()}",`);
  b.pos(S('gcp-service-account-private-key', 'firebase', 'json-string', rsa.pkcs8Lines[1]), `    "private_key": ${keyJson},`);
  b.text(`
    "client_email": "firebase-adminsdk-q7x2m@${proj}.iam.gserviceaccount.com",
    "client_id": "${rng.digits(21)}",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q7x2m%40${proj}.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"
  },
  "adminStaging": {
    "type": "service_account",
    "project_id": "acme-mobile-staging",
`);
  b.neg('name-only', '    "private_key": "",');
  b.text(`
    "client_email": "firebase-adminsdk-k2p9d@acme-mobile-staging.iam.gserviceaccount.com",
    "credentialsFromEnv": "GOOGLE_APPLICATION_CREDENTIALS"
  },
  "emulators": {
    "auth": { "port": 9099 },
    "firestore": { "port": 8080 },
    "functions": { "port": 5001 },
    "storage": { "port": 9199 },
    "ui": { "enabled": true, "port": 4000 }
  },
  "region": "europe-west1"
}
`);
  return b;
}

export function integrationsReadme() {
  const b = new FileBuilder('docs/integrations/README.md');
  const F = '`'.repeat(3);
  const lin = T.linear();
  b.text(`
# Integrations

This page lists the third-party services the platform talks to, where their
credentials live, and what a valid value looks like. Real values belong in
Vault (\`kv/platform/<service>\`), never in this repository.

| Provider | Variable | Looks like |
| --- | --- | --- |
`);
  b.neg('truncated', `| Stripe | \`STRIPE_SECRET_KEY\` | \`${N.elide(P.skLive, 4)}\` |`);
  b.neg('truncated', `| GitHub | \`GITHUB_TOKEN\` | \`${N.elide(P.ghp, 4)}\` (36 chars after the prefix) |`);
  b.neg('truncated', `| OpenAI | \`OPENAI_API_KEY\` | \`${N.elide(P.openai, 3)}\` |`);
  b.neg('truncated', `| Slack | \`SLACK_BOT_TOKEN\` | \`${P.xoxb}…\` |`);
  b.neg('placeholder', `| SendGrid | \`SENDGRID_API_KEY\` | \`${P.sendgrid}<22 chars>.<43 chars>\` |`);
  b.text(`

## Stripe

Set the key in your shell before running the billing worker locally:

${F}bash
`);
  b.neg('placeholder', `export STRIPE_SECRET_KEY=${P.skLive}...`);
  b.text(`
make -C services/billing dev
${F}

## OpenAI

${F}python
from openai import OpenAI

`);
  b.neg('truncated', `client = OpenAI(api_key="${N.elide(P.openai, 3)}")  # use your own key`);
  b.text(`
${F}

## Linear

Example request used when debugging the release-notes bot:

${F}bash
curl https://api.linear.app/graphql \\
`);
  b.pos(S('linear-api-key', 'linear', 'markdown-code-block', lin), `  -H "Authorization: ${lin}" \\`);
  b.text(`
  -H "Content-Type: application/json" \\
  --data '{"query": "{ viewer { id name } }"}'
${F}

## AWS

The unit tests use the example credentials from the AWS documentation:

`);
  b.neg('docs-example', `- access key id: \`${N.awsDocKeyId()}\``);
  b.neg('docs-example', `- secret access key: \`${N.awsDocSecret()}\``);
  b.text(`

## age / SOPS

`);
  b.neg('public-key', `Recipients are public and look like \`${T.agePublic()}\`.`);
  b.line('Identities (the private half) stay in `~/.config/sops/age/keys.txt`.');
  b.text(`

## Log masking

The logger masks tokens before they are written, so a log line shows e.g.
`);
  b.neg('masked', `\`${P.ghp}${'*'.repeat(32)}${rng.b62(4)}\``);
  b.text(`

## Rotating credentials

1. Create the new credential in the provider's console.
2. Write it to Vault: \`vault kv put kv/platform/<service> token=@-\`.
3. Restart the consumers: \`kubectl rollout restart deploy -l uses=<service>\`.
4. Revoke the old credential.
`);
  return b;
}
