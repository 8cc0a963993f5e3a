// Integrations, i18n, k8s/CI/observability docs, ADR on scanning, on-call notes,
// multi-language config reference, Docker guide, JWT signing guide, bastion runbook.
import { PK, pemBegin } from './keys.mjs';

export default [
  // ------------------------------------------------------------------ Telegram
  {
    path: 'docs/integrations/telegram.md', kind: 'markdown',
    build: ({ p, n, t, P }) => `# Telegram alerts for on-call

Critical alerts are mirrored to the **Fernhill On-call** Telegram group so that people
without the PagerDuty app still see them.

## Creating the bot

Talk to [@BotFather](https://t.me/BotFather):

‵‵‵text
/newbot
Alright, a new bot. How are we going to call it? Please choose a name for your bot.
Fernhill On-call
Good. Now let's choose a username for your bot. It must end in ‵bot‵.
fernhill_oncall_bot
Done! Congratulations on your new bot. You will find it at t.me/fernhill_oncall_bot.

Use this token to access the HTTP API:
${p(t.telegram(), 'telegram-bot-token', ['pasted', 'botfather-transcript'])}
Keep your token secure and store it safely, it can be used by anyone to control your bot.
‵‵‵

${n('Telegram documents the format with the example ‵' + P.telegramDocExample + '‵.', ['telegram-docs-example'])}

## Finding the chat id

‵‵‵bash
${n('curl -s "https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/getUpdates" | jq \'.result[].message.chat\'', ['env-ref'])}
‵‵‵

‵‵‵json
{ ${n('"id": -1001873640215,', ['id', 'chat-id'])} "title": "Fernhill On-call", "type": "supergroup" }
‵‵‵

## Alertmanager receiver

‵‵‵yaml
receivers:
  - name: telegram-oncall
    telegram_configs:
      ${n('- bot_token_file: /etc/alertmanager/secrets/telegram_token', ['file-ref'])}
        chat_id: -1001873640215
        parse_mode: HTML
‵‵‵

${n('Rotate the token with ‵/revoke‵ in BotFather; update ‵secret/alertmanager/telegram‵ in Vault.', ['prose', 'vault-path'])}
`,
  },

  // ------------------------------------------------------------------ i18n
  {
    path: 'web/locales/en.json', kind: 'i18n-json', format: 'json',
    build: ({ n, P }) => JSON.stringify({
      auth: {
        login_title: 'Sign in to Tidepool',
        password: n('Password', ['i18n']),
        password_placeholder: n('Enter your password', ['i18n']),
        password_hint: n('At least 12 characters, including a number and a symbol.', ['i18n']),
        password_mismatch: n('Passwords do not match.', ['i18n']),
        forgot_password: n('Forgot your password?', ['i18n']),
        reset_password_email: n('We sent a password reset link to {email}. It expires in 30 minutes.', ['i18n']),
      },
      settings: {
        api_keys: {
          title: 'API keys',
          create: 'Create API key',
          secret_key_label: n('Secret key', ['i18n']),
          secret_key_once: n('This is the only time the secret key will be shown. Copy it now.', ['i18n']),
          masked_key: n('tp_live_••••••••••••••••{last4}', ['i18n', 'masked']),
          revoke_confirm: n('Revoke key ending in {last4}? Integrations using it will stop working immediately.', ['i18n']),
        },
        integrations: {
          stripe_key_label: 'Stripe restricted key',
          stripe_key_placeholder: n(P.rkLive + '…', ['i18n', 'truncated']),
          github_token_help: n('Paste a fine-grained personal access token (starts with ' + P.ghFine + ').', ['i18n', 'format-description']),
          slack_webhook_placeholder: n(P.slackHooks + 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', ['i18n', 'placeholder']),
          webhook_secret_label: 'Signing secret',
        },
      },
      errors: {
        invalid_api_key: n('Invalid API key provided: {masked_key}', ['i18n']),
        token_expired: 'Your session has expired. Please sign in again.',
      },
    }, null, 2) + '\n',
  },

  // ------------------------------------------------------------------ k8s secrets runbook
  {
    path: 'docs/runbooks/k8s-secrets.md', kind: 'markdown',
    build: ({ p, n, t }) => {
      const pw = t.password(24, 'plain');
      const b64 = Buffer.from(pw).toString('base64');
      return `# Runbook: inspecting and fixing Kubernetes secrets

Most secrets are synced from Vault by External Secrets Operator. If a pod fails with
‵CreateContainerConfigError‵, the ‵ExternalSecret‵ usually failed to sync.

## Check the sync status

‵‵‵bash
kubectl -n tidepool get externalsecret
kubectl -n tidepool describe externalsecret ledger-db
‵‵‵

## Reading a value (break-glass only)

‵‵‵bash
${n("kubectl -n tidepool get secret ledger-db -o jsonpath='{.data.password}' | base64 -d", ['command'])}
‵‵‵

## Manual override

If Vault is unavailable you can create the secret by hand. Template:

‵‵‵yaml
apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: tidepool
type: Opaque
stringData:
  username: tidepool_app
  ${n('password: <change-me>', ['placeholder'])}
‵‵‵

or from the shell, without the value touching disk:

‵‵‵bash
${n('kubectl -n tidepool create secret generic ledger-db --from-literal=username=tidepool_app --from-literal=password="$LEDGER_DB_PASSWORD"', ['env-ref'])}
‵‵‵

This is the manifest that was applied during INC-298 (Vault sealed for 3 hours):

‵‵‵yaml
apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: tidepool
  annotations:
    fernhill.io/incident: INC-298
type: Opaque
data:
  ${n('username: ' + Buffer.from('tidepool_app').toString('base64'), ['base64', 'username'])}
  ${p('password: ' + b64, 'password', ['base64-encoded', 'k8s-secret', 'pasted'])}
‵‵‵

${n('After Vault is back, delete the manual secret and let ESO recreate it; then rotate the password.', ['prose'])}

## TLS secrets

‵‵‵bash
${n('kubectl -n tidepool create secret tls api-tls --cert=tls.crt --key=tls.key', ['file-ref'])}
‵‵‵
`;
    },
  },

  // ------------------------------------------------------------------ CI docs
  {
    path: 'docs/ci/pipelines.md', kind: 'markdown',
    build: ({ p, n, t }) => `# CI pipelines

Tidepool builds on GitHub Actions; the DR mirror on GitLab has its own runners.

## GitHub Actions

‵‵‵yaml
jobs:
  test:
    runs-on: ubuntu-22.04
    services:
      postgres:
        image: postgres:15
        env:
          ${n('POSTGRES_PASSWORD: ${{ secrets.CI_POSTGRES_PASSWORD }}', ['env-ref', 'github-actions'])}
    steps:
      - uses: actions/checkout@${n(t.hex(40), ['commit-sha', 'pinned-action'])} # v4.1.1
      - run: npm ci && npm test
        env:
          ${n('DATABASE_URL: postgres://postgres:${{ secrets.CI_POSTGRES_PASSWORD }}@localhost:5432/postgres', ['env-ref', 'db-uri'])}
          ${n('GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}', ['env-ref', 'github-actions'])}
‵‵‵

${n('‵GITHUB_TOKEN‵ is minted per job and expires when the job ends; there is nothing to rotate.', ['prose'])}

## GitLab DR runners

Runners for ‵gitlab.dr.fernhill.io‵ were registered with the legacy registration flow:

‵‵‵bash
sudo gitlab-runner register \\
  --non-interactive \\
  --url https://gitlab.dr.fernhill.io/ \\
  ${p('--registration-token ' + t.glReg(), 'gitlab-runner-registration-token', ['pasted', 'cli-arg'])} \\
  --executor docker --docker-image alpine:3.19 \\
  --description dr-runner-01
‵‵‵

Resulting ‵/etc/gitlab-runner/config.toml‵ on ‵dr-runner-01‵:

‵‵‵toml
concurrent = 4

[[runners]]
  name = "dr-runner-01"
  url = "https://gitlab.dr.fernhill.io/"
  id = 17
  ${p('token = "' + t.glrt() + '"', 'gitlab-runner-token', ['pasted', 'toml'])}
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
‵‵‵

${n('New runners should use ‵gitlab-runner register --token "$RUNNER_AUTH_TOKEN"‵ (the ‵glrt-‵ token from the UI) instead.', ['env-ref', 'prefix-mention'])}

## GitLab CI variables

‵‵‵yaml
deploy:
  script:
    - ${n('echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"', ['env-ref'])}
    - ${n('curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"', ['env-ref'])}
‵‵‵
`,
  },

  // ------------------------------------------------------------------ observability
  {
    path: 'docs/observability.md', kind: 'markdown',
    build: ({ p, n, t }) => {
      const trace = t.hex(32);
      return `# Observability

## Datadog

The agent runs as a DaemonSet; keys come from the ‵datadog-keys‵ secret.

‵‵‵yaml
datadog:
  ${n('apiKeyExistingSecret: datadog-keys', ['k8s-secret-ref'])}
  site: datadoghq.eu
‵‵‵

For a one-off agent on the bastion:

‵‵‵bash
docker run -d --name dd-agent \\
  ${p('-e DD_API_KEY=' + t.ddApi(), 'datadog-api-key', ['pasted', 'cli-arg'])} \\
  -e DD_SITE=datadoghq.eu \\
  -v /var/run/docker.sock:/var/run/docker.sock:ro \\
  gcr.io/datadoghq/agent:7
‵‵‵

${n('Template for new hosts: ‵DD_API_KEY=<DATADOG_API_KEY>‵ — the value is in Vault at ‵secret/datadog/api_key‵.', ['placeholder', 'vault-path'])}

### Querying metrics from scripts

‵‵‵bash
curl -s "https://api.datadoghq.eu/api/v1/query?from=$(date -d '-1 hour' +%s)&to=$(date +%s)&query=avg:tidepool.ingest.lag{*}" \\
  ${n('-H "DD-API-KEY: ${DD_API_KEY}" \\', ['env-ref'])}
  ${p('-H "DD-APPLICATION-KEY: ' + t.ddApp() + '"', 'datadog-app-key', ['pasted', 'header'])}
‵‵‵

## Tracing

Traces are correlated with logs via ‵dd.trace_id‵. A log line looks like:

‵‵‵json
${n('{"level":"info","msg":"ingested","dd.trace_id":"' + BigInt('0x' + trace.slice(16)).toString() + '","dd.span_id":"' + BigInt('0x' + t.hex(16)).toString() + '","otel.trace_id":"' + trace + '"}', ['trace-id', 'hex'])}
‵‵‵

## Sentry

Errors from the API and worker go to Sentry. The DSN is public by design and
lives in ‵config/sentry.ts‵.

Source maps are uploaded during the release:

‵‵‵bash
${n('export SENTRY_AUTH_TOKEN="$(vault kv get -field=token secret/ci/sentry)"', ['env-ref', 'vault-path'])}
sentry-cli sourcemaps upload --release "$VERSION" dist/
‵‵‵

When the Vault path was wrong during the 2.15.0 release, this was used instead
(from the release engineer's shell history):

‵‵‵bash
${p('export SENTRY_AUTH_TOKEN=' + t.sentryOrg('fernhill'), 'sentry-auth-token', ['pasted', 'shell-history'])}
‵‵‵

Personal tokens work too, e.g. for ‵sentry-cli info‵ on your laptop:

‵‵‵text
${p('token=' + t.sentryUser(), 'sentry-auth-token', ['pasted', 'sentryclirc'])}
‵‵‵

${n('(That is the format of ‵~/.sentryclirc‵; keep the file mode at 0600.)', ['prose'])}
`;
    },
  },

  // ------------------------------------------------------------------ ADR: secret scanning
  {
    path: 'docs/adr/0012-secret-scanning.md', kind: 'markdown',
    build: ({ n, t, P }) => `# 12. Block credentials at commit time

Date: 2024-06-03

## Status

Accepted

## Context

Between January and May 2024 we had five credential leaks into Git or chat (see
post-mortems). GitHub push protection only covers partner patterns, not our own
‵tp_live_‵ keys.

## Decision

We run a scanner in pre-commit and in CI with these rules (excerpt):

| Rule | Pattern | Notes |
|---|---|---|
${n('| tidepool-live-key | ‵tp_live_[A-Za-z0-9]{32}‵ | our own keys |', ['regex', 'table'])}
${n('| github-pat | ‵' + P.ghp + '[A-Za-z0-9]{36}‵, ‵' + P.ghFine + '\\w{82}‵ | |', ['regex', 'table'])}
${n('| slack | ‵xox[abposr]-[A-Za-z0-9-]{10,}‵ | bot, user and app tokens |', ['regex', 'table'])}
${n('| aws-key-id | ‵\\b(AKIA|ASIA)[A-Z2-7]{16}\\b‵ | |', ['regex', 'table'])}
${n('| private-key | ‵' + pemBegin('([A-Z ]+ )?' + PK) + '‵ | PEM and OpenSSH |', ['regex', 'table'])}
${n('| generic-password | ‵(?i)password\\s*[:=]\\s*["\']?[^\\s"\']{12,}‵ | high false-positive rate |', ['regex', 'table'])}

Allow-listed values (documentation examples):

‵‵‵text
${n(P.awsExampleId, ['aws-docs-example', 'allowlist'])}
${n(P.awsExampleSecret, ['aws-docs-example', 'allowlist'])}
${n(P.skTest + '4eC39HqLyjWDarjtT1zdp7dc', ['provider-docs-example', 'allowlist'])}
${n(P.telegramDocExample, ['telegram-docs-example', 'allowlist'])}
‵‵‵

## Entropy

${n('Strings longer than 20 characters with Shannon entropy above 4.5 bits/char are reported only when they appear next to a keyword such as ‵token‵, ‵secret‵ or ‵password‵.', ['prose'])}
This avoids flagging things like:

- commit SHAs: ${n('‵' + t.hex(40) + '‵', ['commit-sha'])}
- SHA-256 checksums: ${n('‵' + t.hex(64) + '‵', ['sha256'])}
- UUIDs: ${n('‵' + t.uuid() + '‵', ['uuid'])}
- Subresource integrity: ${n('‵' + t.sri('sha384', 48) + '‵', ['sri-hash'])}

## Consequences

- ${n('Developers may need to replace realistic-looking example values with ‵<YOUR_TOKEN>‵ or ‵xxxxxxxx‵.', ['placeholder', 'prose'])}
- Findings in ‵docs/‵ are reviewed weekly; real leaks are rotated within 24 hours.
`,
  },

  // ------------------------------------------------------------------ on-call handoff (plain text)
  {
    path: 'notes/oncall-handoff-2024-w19.txt', kind: 'plain-text',
    build: ({ p, n, t, P }) => `ON-CALL HANDOFF  week 19 (2024-05-06 -> 2024-05-13)
from: Tomasz   to: Aisha
=====================================================

OPEN ISSUES
-----------
1. ghcr pull rate limits on the staging cluster. Workaround: nodes pull from Docker Hub
   with the CI account. If pulls start failing again:

     docker login -u fernhillci -p ${p(t.dockerPat(), 'dockerhub-pat', ['pasted', 'cli-arg'])}

   ${n('(yes I know, --password-stdin; the proper fix is PLAT-2301. masked in Vault as ' + P.dckr + '****)', ['masked', 'prose'])}

2. deploy-bot Slack app: Socket Mode reconnects every ~2h. App-level token is
   ${p(t.slackApp(), 'slack-app-token', ['pasted', 'plain-text'])}
   if you need to restart it by hand:  SLACK_APP_TOKEN=<that> npm run bot

3. Reporting job uses my personal Slack token for the weekly digest until the bot gets
   the files:write scope:
   ${p('SLACK_USER_TOKEN=' + t.slackUser(), 'slack-user-token', ['pasted', 'plain-text'])}

4. Billing worker can't reach RabbitMQ after the cert renewal. Direct URL for debugging with
   amqp-consume (bypasses the HAProxy in front):
   ${p('amqps://billing_worker:' + t.password(20, 'uri') + '@rabbit-01.internal.fernhill.io:5671/billing', 'db-uri-password', ['pasted', 'amqp'])}

5. ${n('Nothing else sensitive here; all other creds: 1Password > Platform > "On-call".', ['prose'])}

PAGES THIS WEEK
---------------
- Mon 02:14  ledger-db replication lag > 30s (self-resolved)
- Wed 11:40  ${n('tidepool-api 401 spike: customer rotated key tp_live_****8c1d and forgot the worker', ['masked'])}
- Fri 17:05  disk 90% on dr-runner-01 (docker prune)

REMINDERS
---------
- ${n('Quarterly password rotation for break-glass accounts is due 2024-05-15.', ['prose'])}
- ${n('Do not paste tokens into PagerDuty notes; they are emailed to stakeholders.', ['prose'])}
`,
  },

  // ------------------------------------------------------------------ config reference (many languages)
  {
    path: 'docs/examples/config-reference.md', kind: 'markdown',
    build: ({ p, n, t }) => `# Configuring the SDKs

Every SDK reads the same environment variables. The snippets below show idiomatic
ways to pass credentials in each language.

## Go

‵‵‵go
package main

import (
	"os"

	tidepool "github.com/fernhill/tidepool-go"
)

func main() {
	${n('client := tidepool.NewClient(os.Getenv("TIDEPOOL_API_KEY"))', ['env-ref'])}
	_ = client
}
‵‵‵

The invoice summariser prototype (‵cmd/summarise‵) still hardcodes its key — see PLAT-2320:

‵‵‵go
func newLLM() *openai.Client {
	${p('return openai.NewClient("' + t.openaiLegacy() + '")', 'openai-api-key', ['pasted', 'go'])}
}
‵‵‵

Same story for the invoice backfill script (‵scripts/backfill_invoices.rb‵, deleted in 2.15 but still in history):

‵‵‵ruby
require "stripe"
${p('Stripe.api_key = "' + t.stripeLiveLegacy() + '"', 'stripe-secret-key', ['pasted', 'ruby'])}
Stripe::Invoice.list(limit: 100, status: "open").auto_paging_each { |inv| backfill(inv) }
‵‵‵

## Java

‵‵‵java
${n('String stripeKey = System.getenv("STRIPE_SECRET_KEY");', ['env-ref'])}
Stripe.apiKey = stripeKey;
‵‵‵

## Kotlin

‵‵‵kotlin
${n('val token: String = System.getenv("TIDEPOOL_API_KEY") ?: error("TIDEPOOL_API_KEY not set")', ['env-ref'])}
‵‵‵

## Ruby

‵‵‵ruby
${n('Tidepool.api_key = ENV.fetch("TIDEPOOL_API_KEY")', ['env-ref'])}
${n('Tidepool.db_url  = ENV.fetch("DATABASE_URL", "postgres://localhost/tidepool_dev")', ['env-ref', 'db-uri'])}
‵‵‵

## PHP

‵‵‵php
<?php
${n("$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));", ['env-ref'])}
‵‵‵

## Rust

‵‵‵rust
${n('let token = std::env::var("GITHUB_TOKEN").expect("GITHUB_TOKEN must be set");', ['env-ref'])}
‵‵‵

## C#

‵‵‵csharp
${n('var conn = builder.Configuration.GetConnectionString("Exports"); // from Key Vault', ['config-ref'])}
${n('var blob = new BlobServiceClient(new Uri("https://fhexportsprod.blob.core.windows.net"), new DefaultAzureCredential());', ['managed-identity'])}
‵‵‵

Local overrides in ‵appsettings.Development.json‵ (this one was committed by mistake in PR #4410):

‵‵‵json
{
  "ConnectionStrings": {
    ${p('"Exports": "' + t.azureStorage('fhexportsdev') + '"', 'azure-storage-connection-string', ['pasted', 'json'])}
  },
  ${n('"Tidepool": { "ApiKey": "" }', ['empty'])}
}
‵‵‵

## PowerShell

‵‵‵powershell
${n('$headers = @{ Authorization = "Bearer $env:TIDEPOOL_API_KEY" }', ['env-ref'])}
Invoke-RestMethod -Uri https://api.fernhill.io/v1/usage -Headers $headers
‵‵‵

## Terraform

‵‵‵hcl
variable "tidepool_api_key" {
  type      = string
  sensitive = true
}

resource "kubernetes_secret" "tidepool" {
  metadata { name = "tidepool" }
  data = {
    ${n('api_key = var.tidepool_api_key', ['var-ref'])}
  }
}
‵‵‵

## TOML (worker config)

‵‵‵toml
[tidepool]
${n('api_key = "${TIDEPOOL_API_KEY}"', ['env-ref'])}
${n('webhook_secret = "" # set via TIDEPOOL_WEBHOOK_SECRET', ['empty', 'env-name'])}
‵‵‵
`,
  },

  // ------------------------------------------------------------------ Docker guide
  {
    path: 'docs/dev/docker.md', kind: 'markdown',
    build: ({ p, n, t }) => {
      const redisPw = t.password(28, 'uri');
      const mongoPw = t.password(18, 'uri');
      return `# Docker images and Compose

## Building

‵‵‵bash
docker build -t ghcr.io/fernhill/tidepool-api:dev -f services/api/Dockerfile .
‵‵‵

${n('Never use ‵ARG‵ or ‵ENV‵ for secrets — they end up in the image history. Use BuildKit secrets:', ['prose'])}

‵‵‵dockerfile
# syntax=docker/dockerfile:1.6
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package*.json ./
${n('RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci', ['buildkit-secret', 'env-ref'])}
‵‵‵

‵‵‵bash
${n('docker build --secret id=npm_token,env=NPM_TOKEN .', ['env-ref'])}
‵‵‵

The old worker Dockerfile (kept for reference until the 2.x images are retired)
did exactly what you should not do:

‵‵‵dockerfile
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1
${p('ENV REDIS_URL=redis://:' + redisPw + '@tidepool-cache.ab12cd.ng.0001.euw1.cache.amazonaws.com:6379/0', 'db-uri-password', ['pasted', 'dockerfile'])}
COPY . /app
CMD ["python", "-m", "tidepool_worker"]
‵‵‵

## Compose

‵‵‵yaml
services:
  api:
    image: ghcr.io/fernhill/tidepool-api:dev
    env_file: .env
    environment:
      ${n('DATABASE_URL: postgres://tidepool:${POSTGRES_PASSWORD}@postgres:5432/tidepool', ['env-ref', 'db-uri'])}
      ${n('MONGO_URL: mongodb://mongo:27017/tidepool', ['db-uri', 'no-credentials'])}
  postgres:
    image: postgres:15
    environment:
      ${n('POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}', ['env-ref'])}
‵‵‵

## Connecting to the shared Atlas cluster

${n('Atlas shows a template like ‵mongodb+srv://<username>:<password>@cluster0.abcde.mongodb.net/‵ — fill in your own user.', ['placeholder', 'db-uri'])}
The analytics read-only user (shared, rotate after the Q3 migration):

‵‵‵bash
${p('mongosh "mongodb+srv://analytics_ro:' + mongoPw + '@tidepool-prod.x7k2p.mongodb.net/events?retryWrites=true&w=majority"', 'db-uri-password', ['pasted', 'mongodb'])}
‵‵‵

## Image digests

${n('Production pins ‵ghcr.io/fernhill/tidepool-api@sha256:' + t.hex(64) + '‵.', ['image-digest'])}
`;
    },
  },

  // ------------------------------------------------------------------ JWT signing guide
  {
    path: 'docs/guides/jwt-signing.md', kind: 'markdown',
    build: ({ p, n, t, K, r }) => {
      const ec = K.ecKey(r);
      const kid = 'tp-es256-' + t.hex(8);
      return `# Service token signing (ES256)

Starting with 2.16 internal service tokens move from HS256 (shared secret) to
ES256 so that verifiers only need the public key.

## Key pair

Generate with OpenSSL:

‵‵‵bash
openssl ecparam -name prime256v1 -genkey -noout -out signing.pem
openssl ec -in signing.pem -pubout -out signing.pub.pem
‵‵‵

${n('The private key never leaves ‵auth.fernhill.io‵; it is stored in AWS KMS in production.', ['prose'])}

### Public key (distribute freely)

‵‵‵
${n(ec.spkiPem, ['public-key', 'pem-block'])}
‵‵‵

### JWKS

Verifiers fetch ‵https://auth.fernhill.io/.well-known/jwks.json‵:

‵‵‵json
{
  "keys": [
    {
      "kty": "EC",
      "crv": "P-256",
      ${n('"kid": "' + kid + '",', ['key-id'])}
      ${n('"x": "' + ec.jwk.x + '",', ['public-key', 'jwk'])}
      ${n('"y": "' + ec.jwk.y + '",', ['public-key', 'jwk'])}
      "use": "sig",
      "alg": "ES256"
    }
  ]
}
‵‵‵

### Staging private key

Staging does not use KMS. The staging signing key, as generated on 2024-06-11:

‵‵‵
${p(ec.sec1, 'private-key', ['pasted', 'pem-block', 'ec'])}
‵‵‵

## Migration

1. Verifiers accept both HS256 and ES256 (2.15.x).
2. ${n('Issuer switches to ES256; the HS256 secret (‵TIDEPOOL_JWT_SECRET‵) is kept for 24h for in-flight tokens.', ['env-name', 'prose'])}
3. HS256 support removed in 2.17.
`;
    },
  },

  // ------------------------------------------------------------------ bastion runbook
  {
    path: 'docs/runbooks/bastion-access.md', kind: 'markdown',
    build: ({ p, n, K, r }) => {
      const host1 = K.ed25519Key(r, '');
      const host2 = K.ecKey(r);
      const old = K.rsaKey(r, 2048);
      return `# Runbook: bastion access

## Normal access

Access is via Teleport: ‵tsh login --proxy=teleport.fernhill.io‵ then ‵tsh ssh bastion‵.

## Break-glass (Teleport down)

Use plain SSH with the break-glass key. Expected host keys (add to ‵~/.ssh/known_hosts‵):

‵‵‵text
${n('bastion.fernhill.io ' + host1.sshPub.trim(), ['ssh-public-key', 'known-hosts'])}
${n('bastion.fernhill.io ' + host2.sshPub(), ['ssh-public-key', 'known-hosts'])}
‵‵‵

${n('Host key fingerprint (ED25519): ‵' + host1.sshFingerprint + '‵', ['fingerprint'])}

‵‵‵sshconfig
Host bastion-breakglass
  HostName bastion.fernhill.io
  User breakglass
  ${n('IdentityFile ~/.ssh/fernhill_breakglass', ['file-ref'])}
  IdentitiesOnly yes
‵‵‵

${n('The break-glass key is split between two 1Password vaults; two people are needed to reassemble it.', ['prose'])}

## Legacy bastion (decommission pending, PLAT-1984)

The old bastion ‵bastion-old.fernhill.io‵ still accepts the RSA key below. It was
attached to this page in 2021 and never removed:

‵‵‵
${p(old.pkcs1, 'private-key', ['pasted', 'pem-block', 'rsa-pkcs1'])}
‵‵‵

Its public half, for the ‵authorized_keys‵ audit:

‵‵‵
${n(old.sshPub('ops@bastion-old'), ['ssh-public-key'])}
‵‵‵
`;
    },
  },
];
