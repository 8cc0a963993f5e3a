// Repository docs: README, onboarding, runbooks, post-mortem, ADR, changelog, API reference.
// ‵ is rendered as a backtick; p()/n() mark positives/negatives.

export default [
  // ------------------------------------------------------------------ README
  {
    path: 'README.md', kind: 'markdown',
    build: ({ p, n, t, P }) => `# Tidepool

[![CI](https://github.com/fernhill/tidepool/actions/workflows/ci.yml/badge.svg?branch=main)](https://github.com/fernhill/tidepool/actions/workflows/ci.yml)
[![npm](https://img.shields.io/npm/v/@fernhill/tidepool-client.svg)](https://www.npmjs.com/package/@fernhill/tidepool-client)
[![License: Apache-2.0](https://img.shields.io/badge/License-Apache_2.0-blue.svg)](LICENSE)

Tidepool ingests usage events from Fernhill products, deduplicates them and
reconciles them against Stripe invoices every night. This repository contains the
API (‵services/api‵), the ingestion worker (‵services/worker‵) and the TypeScript
client published as ‵@fernhill/tidepool-client‵.

## Quick start

‵‵‵bash
git clone git@github.com:fernhill/tidepool.git
cd tidepool
cp .env.example .env
docker compose up -d postgres redis
npm ci
npm run migrate && npm run dev
‵‵‵

Then fill in ‵.env‵. None of these values are needed for unit tests; the
integration suite reads them from the environment:

‵‵‵dotenv
DATABASE_URL=${n('postgres://USER:PASSWORD@localhost:5432/tidepool', ['placeholder', 'db-uri'])}
STRIPE_SECRET_KEY=${n(P.skTest + 'x'.repeat(24), ['placeholder', 'stripe'])}
GITHUB_TOKEN=${n('<your-github-token>', ['placeholder'])}
OPENAI_API_KEY=${n(P.sk + '...', ['placeholder', 'truncated'])}
TIDEPOOL_SIGNING_SECRET=${n('change-me-to-a-long-random-string', ['placeholder'])}
‵‵‵

> [!WARNING]
> ${n('Never commit a real ‵.env‵. The pre-commit hook rejects files containing ‵' + P.skLive + '‵ or ‵' + P.xoxb + '‵ prefixes.', ['prose', 'prefix-mention'])}

## Using the client

‵‵‵ts
import { Tidepool } from "@fernhill/tidepool-client";

const tp = new Tidepool({ apiKey: ${n('process.env.TIDEPOOL_API_KEY', ['env-ref'])} });
await tp.events.ingest({ customer: "cus_123", metric: "api_calls", quantity: 1 });
‵‵‵

## Deploy notifications

The deploy workflow posts to ‵#tidepool-deploys‵. To check the message format locally:

‵‵‵bash
curl -X POST -H 'Content-type: application/json' \\
  --data '{"text":"tidepool deployed to staging"}' \\
  ${p(t.slackWebhook(), 'slack-webhook', ['pasted', 'code-fence'])}
‵‵‵

## Releasing

Releases are cut from ‵main‵ by ‵.github/workflows/release.yml‵, which authenticates to npm with
${n('‵${{ secrets.NPM_TOKEN }}‵', ['env-ref', 'github-actions'])}; maintainers never need a local npm token.
The last manual release (v2.14.0) was built from commit ${n(t.hex(40), ['commit-sha'])}.

## License

Apache-2.0. See [LICENSE](LICENSE).
`,
  },

  // ------------------------------------------------------------------ onboarding
  {
    path: 'docs/getting-started.md', kind: 'markdown',
    build: ({ p, n, t, P, K, r }) => {
      const me = K.ed25519Key(r, 'lukas@fernhill-laptop');
      return `---
title: Getting started on the Platform team
owner: platform@fernhill.io
last_reviewed: 2024-05-06
---

# Getting started on the Platform team

Welcome! This page walks you through your first two days. If something here is
wrong, fix it — this doc is owned by everyone.

## 1. Accounts

- Google Workspace and Okta are created by IT before your first day.
- ${n('Your initial Okta password is sent by SMS and must be changed at first login; passwords expire every 90 days.', ['prose'])}
- Ask in ‵#platform-help‵ to be added to the ‵fernhill/platform‵ GitHub team.
- ${n('1Password: all shared credentials live in the "Platform" vault. Never copy a password into Slack or a doc.', ['prose'])}

## 2. SSH key

Generate an Ed25519 key and add the **public** half to GitHub and to ‵infra/users.tf‵:

‵‵‵bash
ssh-keygen -t ed25519 -C "you@fernhill.io"
cat ~/.ssh/id_ed25519.pub
‵‵‵

It should look like this (this is Lukas' key, already in ‵users.tf‵):

‵‵‵text
${n(me.sshPub, ['ssh-public-key'])}
‵‵‵

Check the fingerprint matches what GitHub shows under *Settings → SSH keys*:
${n('‵' + me.sshFingerprint + '‵', ['fingerprint'])}.

## 3. AWS

We use IAM Identity Center. Configure the CLI with ‵aws configure sso‵ and pick the
‵PlatformEngineer‵ permission set. The AWS docs show a static-key config like this —
**don't** do this for real accounts:

‵‵‵ini
[default]
aws_access_key_id = ${n(P.awsExampleId, ['aws-docs-example'])}
aws_secret_access_key = ${n(P.awsExampleSecret, ['aws-docs-example'])}
‵‵‵

Until SSO is wired up for the sandbox account (PLAT-2231), use the shared sandbox
user. Put this in ‵~/.aws/credentials‵:

‵‵‵ini
[fernhill-sandbox]
aws_access_key_id = ${p(t.awsKeyId(), 'aws-access-key-id', ['pasted'])}
aws_secret_access_key = ${p(t.awsSecret(), 'aws-secret-access-key', ['pasted'])}
region = eu-west-1
‵‵‵

## 4. GitHub CLI

‵‵‵bash
gh auth login --hostname github.com --git-protocol ssh
${n('export GITHUB_TOKEN="$(gh auth token)"', ['env-ref', 'command-substitution'])}
‵‵‵

${n('Classic personal access tokens start with ‵' + P.ghp + '‵ followed by 36 characters; fine-grained ones start with ‵' + P.ghFine + '‵.', ['format-description'])}
Prefer fine-grained tokens scoped to a single repository.

## 5. Local stack

‵‵‵bash
make bootstrap      # installs asdf plugins, node 20, python 3.11
make up             # docker compose: postgres, redis, localstack
‵‵‵

The local Postgres is reachable at ${n('‵postgres://tidepool@localhost:5432/tidepool‵', ['db-uri', 'no-password'])}
(trust auth, no password).
`;
    },
  },

  // ------------------------------------------------------------------ runbook: db failover
  {
    path: 'docs/runbooks/database-failover.md', kind: 'markdown',
    build: ({ p, n, t }) => {
      const pw = t.password(22, 'uri');
      const pw2 = t.password(18, 'shell');
      return `# Runbook: ledger-db failover

| | |
|---|---|
| **Service** | ledger-db (Postgres 15, Patroni) |
| **Severity** | SEV-1 if writes are failing for > 2 min |
| **Owner** | @fernhill/platform |
| **Last tested** | 2024-04-17 (game day) |

## Symptoms

- ‵tidepool-api‵ returns 503 with ‵could not connect to server: Connection refused‵
- Datadog monitor **ledger-db primary unreachable** is firing
- ‵patronictl list‵ shows no ‵Leader‵

## 1. Confirm the primary is really gone

‵‵‵bash
ssh bastion.fernhill.io
sudo -u postgres patronictl -c /etc/patroni/patroni.yml list
‵‵‵

Example output during the last game day:

‵‵‵text
+ Cluster: ledger (${n('7312849301847261934', ['id', 'numeric'])}) ------+---------+-----+-----------+
| Member           | Host        | Role    | State   | TL  | Lag in MB |
+------------------+-------------+---------+---------+-----+-----------+
| ledger-db-1      | 10.20.1.11  | Replica | stopped |     |   unknown |
| ledger-db-2      | 10.20.1.12  | Leader  | running |  14 |           |
| ledger-db-3      | 10.20.1.13  | Replica | running |  14 |         0 |
+------------------+-------------+---------+---------+-----+-----------+
‵‵‵

## 2. Promote a replica

If Patroni did not fail over automatically within 60 s:

‵‵‵bash
sudo -u postgres patronictl -c /etc/patroni/patroni.yml failover --candidate ledger-db-2 --force
‵‵‵

## 3. Verify writes from the bastion

Connect with the admin role directly against the new leader (PgBouncer may still
hold connections to the old one):

‵‵‵bash
psql "${p(`postgresql://tidepool_admin:${pw}@ledger-db-2.internal.fernhill.io:5432/ledger?sslmode=require`, 'db-uri-password', ['pasted', 'postgres'])}"
‵‵‵

‵‵‵sql
SELECT pg_is_in_recovery();   -- must be false
INSERT INTO ops.failover_checks(note) VALUES ('runbook verification') RETURNING id;
‵‵‵

${n('Normally you should use the connection string from Vault instead: ‵psql "$LEDGER_ADMIN_URL"‵.', ['env-ref'])}
${n('The admin password lives in Vault at ‵secret/ledger/admin‵ and is rotated by the ‵db-rotate‵ job.', ['prose', 'vault-path'])}

## 4. Take a fresh base backup

‵‵‵bash
${p(`PGPASSWORD='${pw2}' pg_basebackup -h ledger-db-2.internal.fernhill.io -U replicator -D /backups/ledger-$(date +%F) -Ft -z -P`, 'password', ['pasted', 'cli-arg'])}
‵‵‵

## 5. Repoint PgBouncer

Edit ‵/etc/pgbouncer/pgbouncer.ini‵ and reload:

‵‵‵ini
[databases]
ledger = host=ledger-db-2.internal.fernhill.io port=5432 dbname=ledger
${n('auth_file = /etc/pgbouncer/userlist.txt', ['file-path'])}
‵‵‵

The log line you want to see after ‵systemctl reload pgbouncer‵ is:

‵‵‵text
${n('LOG C-0x55d0c2: ledger/tidepool_app@10.20.3.7:51324 login attempt: db=ledger user=tidepool_app tls=TLSv1.3 password=****', ['masked', 'log'])}
‵‵‵

## 6. Afterwards

- Rebuild the failed node with ‵make -C infra/ledger rebuild NODE=ledger-db-1‵.
- ${n('Rotate the ‵tidepool_admin‵ password if it was used from a laptop rather than the bastion.', ['prose'])}
- Write the incident timeline in ‵docs/postmortems/‵.
`;
    },
  },

  // ------------------------------------------------------------------ runbook: rotate creds
  {
    path: 'docs/runbooks/rotate-credentials.md', kind: 'markdown',
    build: ({ p, n, t, P }) => `# Runbook: rotating leaked or expiring credentials

Use this when GitHub secret scanning, GitGuardian or a human reports a leaked
credential, or when the quarterly rotation reminder fires.

## Recognising what leaked

| Provider | Looks like | Where it is used |
|---|---|---|
${n('| GitHub classic PAT | ‵' + P.ghp + '‵ + 36 alphanumerics | release bot, mirror job |', ['format-description', 'table'])}
${n('| GitHub fine-grained PAT | ‵' + P.ghFine + '‵ + 82 characters | renovate |', ['format-description', 'table'])}
${n('| npm automation token | ‵' + P.npm + '‵ + 36 alphanumerics | ‵release.yml‵ |', ['format-description', 'table'])}
${n('| Slack bot token | ‵' + P.xoxb + '…‵ | deploy-bot |', ['format-description', 'truncated', 'table'])}
${n('| Stripe secret key | ‵' + P.skLive + '…‵ (never ‵' + P.pkLive + '‵, that one is public) | tidepool-api |', ['format-description', 'truncated', 'table'])}
${n('| AWS access key | ‵' + P.akia + '‵ + 16 upper-case letters/digits | legacy exporter |', ['format-description', 'table'])}

The detection regexes we use in the pre-commit hook:

‵‵‵text
${n(P.ghp + '[A-Za-z0-9]{36}', ['regex'])}
${n(P.ghFine + '[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', ['regex'])}
${n(P.npm + '[A-Za-z0-9]{36}', ['regex'])}
${n('xox[baprs]-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,32}', ['regex'])}
${n('(sk|rk)_live_[0-9a-zA-Z]{24,99}', ['regex'])}
${n('(AKIA|ASIA)[A-Z2-7]{16}', ['regex'])}
‵‵‵

## Rotation steps (GitHub / npm)

1. Create the replacement token in the provider UI. It is shown **once**.
2. Store it:
   ‵‵‵bash
   ${n('gh secret set NPM_TOKEN --repo fernhill/tidepool --body "$NEW_NPM_TOKEN"', ['env-ref'])}
   ${n('vault kv put secret/ci/npm token="$NEW_NPM_TOKEN"', ['env-ref'])}
   ‵‵‵
3. Re-run the last release workflow to prove the new token works.
4. Revoke the old token. ${n('Note only its last four characters in the ticket, e.g. ‵' + P.npm + '…q7Zk‵.', ['truncated'])}

## Rotation log

| Date | Credential | By | Notes |
|---|---|---|---|
${n('| 2024-01-08 | Stripe restricted key for reporting | Diego | old key ‵' + P.rkLive + '****************************Xw2p‵ revoked |', ['masked', 'table'])}
| 2024-02-14 | GitHub PAT for mirror job | Mei | migrated to GitHub App |
| 2024-04-02 | npm automation token | Lukas | new token below until Vault sync is fixed |
| 2024-05-21 | renovate PAT | Jonas | see below |

Temporary copy of the 2024-04-02 npm token (remove after PLAT-2310 is done):

‵‵‵
${p(t.npm(), 'npm-token', ['pasted', 'code-fence'])}
‵‵‵

Renovate's new fine-grained token (expires 2024-11-21):
${p(t.ghFine(), 'github-fine-grained-pat', ['pasted', 'prose-inline'])}

## Slack bot token

${n('Slack tokens can be revoked with ‵auth.revoke‵; pass the token via ‵$SLACK_BOT_TOKEN‵, never on the command line.', ['env-ref', 'prose'])}
`,
  },

  // ------------------------------------------------------------------ post-mortem
  {
    path: 'docs/postmortems/2024-03-12-payment-webhook-outage.md', kind: 'markdown',
    build: ({ p, n, t, P }) => {
      const leaked = t.stripeLive();
      const redisPw = t.password(20, 'plain');
      return `# Post-mortem: Stripe webhooks dropped for 47 minutes

- **Date:** 2024-03-12
- **Authors:** Diego Alvarez, Priya Raman
- **Status:** Final
- **Severity:** SEV-2

## Summary

Between 13:41 and 14:28 UTC ‵tidepool-api‵ rejected every Stripe webhook with HTTP 400
because the signing secret loaded at boot was empty. Stripe retried, so no events
were lost, but invoice reconciliation ran 6 hours late and 212 customers received
a duplicate "payment failed" email.

## Impact

- 3,918 webhook deliveries failed (Stripe event IDs ${n('‵evt_1Otq3fBx8kLw2Rj0aQyW9c2H‵', ['id', 'stripe-object-id'])} through ${n('‵evt_1OtqZ2Bx8kLw2Rj0Vt5Jm1Ke‵', ['id', 'stripe-object-id'])}).
- ${n('The webhook signing secret (‵' + P.whsec + '…‵) itself was never exposed.', ['truncated'])}

## Timeline (UTC)

| Time | Event |
|---|---|
| 13:38 | Deploy of v2.14.0 starts. New config loader reads ‵STRIPE_WEBHOOK_SECRET‵ from a renamed Vault path. |
| 13:41 | First 400s in Datadog. |
| 13:52 | Alert fires; Diego is paged. |
| 14:02 | To rule out a key problem Diego tested the live key from his laptop and pasted the command in #payments-incident: ‵curl https://api.stripe.com/v1/balance -u ${p(leaked, 'stripe-secret-key', ['pasted', 'table'])}:‵ |
| 14:09 | Priya points out the key is now in Slack history; decision to roll it after mitigation. |
| 14:20 | Rolled back to v2.13.4; webhooks start succeeding. |
| 14:28 | Stripe retry queue drained. |
| 14:35 | Worker pods crash-looping on Redis AUTH after the rollback; Tomasz sets a temporary password on the replica: ‵CONFIG SET requirepass "${p(redisPw, 'password', ['pasted', 'redis'])}"‵ |
| 15:10 | Stripe key rolled. ${n('Old key ‵' + P.skLive + '****' + leaked.slice(-4) + '‵ expired.', ['masked'])} |
| 15:40 | Redis password reverted to the Vault-managed value. |

## Root cause

The config loader in v2.14.0 looked up ${n('‵vault:secret/data/tidepool/stripe#webhook_secret‵', ['vault-path'])}
while the secret was still stored under ‵secret/data/payments/stripe‵. The loader
treated a missing key as an empty string instead of failing fast.

## What went well

- Stripe retries meant no data loss.
- Rollback took under 10 minutes.

## What went badly

- A live secret key was pasted into Slack. ${n('Stripe masks keys in its dashboard as ‵' + P.skLive + '...' + 'a1B2‵ — use that form when discussing keys.', ['masked', 'prose'])}
- The Redis password was typed into a shared terminal recording.

## Action items

| # | Action | Owner | Ticket |
|---|---|---|---|
| 1 | Fail fast when a required secret resolves to empty | Priya | PAY-812 |
${n('| 2 | Enable Slack DLP for ‵' + P.skLive + '‵, ‵' + P.rkLive + '‵ and ‵' + P.whsec + '‵ prefixes | Hannah | SEC-140 |', ['prefix-mention', 'table'])}
| 3 | Add a staging smoke test that sends a signed test webhook | Diego | PAY-815 |
| 4 | ${n('Rotate Redis ‵requirepass‵ and move it to ‵$REDIS_PASSWORD‵ injected by Vault Agent', ['env-ref', 'prose'])} | Tomasz | PLAT-2290 |
`;
    },
  },

  // ------------------------------------------------------------------ ADR
  {
    path: 'docs/adr/0007-secrets-management.md', kind: 'markdown',
    build: ({ n }) => `# 7. Secrets are delivered by Vault Agent, never baked into images

Date: 2023-09-04

## Status

Accepted (supersedes [ADR-0003](0003-env-files-on-hosts.md))

## Context

Until now, service credentials were copied into ‵/etc/tidepool/env‵ on each host by
Ansible. ${n('Rotating a database password meant a full Ansible run across 40 hosts.', ['prose'])}
Several credentials were also present in Docker image layers because of
‵ARG‵/‵ENV‵ misuse in Dockerfiles.

## Decision

1. All secrets live in Vault under ‵secret/data/<service>/<name>‵.
2. Pods receive them through Vault Agent templates rendered to ‵/vault/secrets/‵.
3. Applications read secrets **only** from the environment or those files:

   ‵‵‵python
   ${n('db_url = os.environ["DATABASE_URL"]', ['env-ref'])}
   ${n('stripe_key = Path("/vault/secrets/stripe_key").read_text().strip()', ['file-ref'])}
   ‵‵‵

   ‵‵‵go
   ${n('token := os.Getenv("SLACK_BOT_TOKEN")', ['env-ref'])}
   ‵‵‵

4. Kubernetes manifests reference secrets, they never contain them:

   ‵‵‵yaml
   env:
     - name: DATABASE_PASSWORD
       valueFrom:
         secretKeyRef:
           name: ledger-db
           ${n('key: password', ['k8s-secret-ref'])}
   ‵‵‵

5. ${n('Static passwords must be at least 24 random characters and are rotated every 90 days by the ‵db-rotate‵ CronJob.', ['prose', 'policy'])}

A rendered Vault Agent template looks like:

‵‵‵hcl
template {
  destination = "/vault/secrets/db.env"
  contents = <<EOT
{{- with secret "database/creds/tidepool-app" -}}
${n('DATABASE_URL=postgresql://{{ .Data.username }}:{{ .Data.password }}@ledger-db.internal.fernhill.io:5432/ledger', ['template', 'db-uri'])}
{{- end }}
EOT
}
‵‵‵

## Consequences

- Dynamic database credentials (24h TTL) replace the shared ‵tidepool_app‵ password.
- ${n('Developers can no longer ‵kubectl exec‵ and read ‵$DATABASE_PASSWORD‵; they must request a break-glass lease.', ['env-ref', 'prose'])}
- CI needs a Vault role; GitHub Actions authenticates with OIDC, so there is no
  long-lived ‵VAULT_TOKEN‵ in repository secrets.
`,
  },

  // ------------------------------------------------------------------ CHANGELOG
  {
    path: 'CHANGELOG.md', kind: 'markdown',
    build: ({ n, t, P }) => {
      const s = () => t.hex(7);
      return `# Changelog

All notable changes to this project are documented here. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and the project uses
[Semantic Versioning](https://semver.org/).

## [2.15.0](https://github.com/fernhill/tidepool/compare/v2.14.1...v2.15.0) (2024-05-28)

### Features

* **api:** accept ‵Idempotency-Key‵ on ‵POST /v1/events‵ (${n('[' + s() + '](https://github.com/fernhill/tidepool/commit/' + t.hex(40) + ')', ['commit-sha', 'link'])})
* **worker:** batch Stripe usage records in groups of 100 ([${s()}](https://github.com/fernhill/tidepool/commit/${t.hex(40)}))

### Bug Fixes

* **logging:** ${n('redact ‵Authorization: Bearer …‵ headers and any value matching ‵' + P.xoxb + '*‵ before shipping logs', ['prose', 'prefix-mention'])} ([${s()}](https://github.com/fernhill/tidepool/commit/${t.hex(40)}))
* **config:** ${n('fail fast when ‵STRIPE_WEBHOOK_SECRET‵ is empty (PAY-812)', ['prose', 'env-name'])} (${n('[' + s() + '](https://github.com/fernhill/tidepool/commit/' + t.hex(40) + ')', ['commit-sha', 'link'])})

## [2.14.1](https://github.com/fernhill/tidepool/compare/v2.14.0...v2.14.1) (2024-03-13)

### Bug Fixes

* revert config loader change that broke webhook verification (see post-mortem 2024-03-12)

### Security

* ${n('rotate the Stripe secret key exposed during the incident; the old key (‵' + P.skLive + '…' + 'Wk3d‵) is revoked', ['truncated', 'prose'])}
* ${n('bump ‵undici‵ to 6.6.1 (GHSA-3787-6prv-h9w3)', ['advisory-id'])}

## [2.14.0](https://github.com/fernhill/tidepool/compare/v2.13.4...v2.14.0) (2024-03-12)

### Features

* new config loader backed by Vault Agent files
* ${n('support ‵DATABASE_URL‵ of the form ‵postgresql://user:password@host:5432/db‵ in addition to discrete ‵PG*‵ variables', ['placeholder', 'db-uri'])}

### Dependencies

* ${n('‵@fernhill/eslint-config‵ 4.0.0 → 4.1.0, integrity ‵' + t.sri() + '‵', ['sri-hash'])}

## [2.13.4](https://github.com/fernhill/tidepool/compare/v2.13.3...v2.13.4) (2024-02-20)

### Bug Fixes

* **client:** never include the API key in thrown error messages (${n(t.hex(40), ['commit-sha'])})
* **docs:** ${n('replace real-looking example keys with ‵' + P.skTest + 'XXXXXXXXXXXXXXXXXXXXXXXX‵', ['placeholder'])}

[2.15.0]: https://github.com/fernhill/tidepool/releases/tag/v2.15.0
`;
    },
  },

  // ------------------------------------------------------------------ API auth reference
  {
    path: 'docs/api/authentication.md', kind: 'markdown',
    build: ({ p, n, t, P }) => {
      const example = t.jwtHS({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'your-256-bit-secret');
      const real = t.jwtHS(
        { iss: 'https://auth.fernhill.io/', sub: 'svc:reconciler', aud: 'tidepool-api', scope: 'events:write invoices:read', iat: 1709251200, exp: 1898553600, jti: t.uuid() },
        t.alnum(48));
      return `# Authentication

All requests to ‵https://api.fernhill.io/v1‵ must carry a bearer token in the
‵Authorization‵ header. Tokens are issued by ‵auth.fernhill.io‵ and are JWTs signed
with HS256 (internal services) or RS256 (customer tokens).

## Request format

‵‵‵http
GET /v1/usage?customer=cus_123 HTTP/1.1
Host: api.fernhill.io
${n('Authorization: Bearer <ACCESS_TOKEN>', ['placeholder', 'bearer'])}
Accept: application/json
‵‵‵

### curl

‵‵‵bash
${n('curl -H "Authorization: Bearer $TIDEPOOL_TOKEN" https://api.fernhill.io/v1/usage?customer=cus_123', ['env-ref', 'bearer'])}
‵‵‵

### HTTPie

‵‵‵bash
${n("http GET api.fernhill.io/v1/usage customer==cus_123 'Authorization:Bearer ${TIDEPOOL_TOKEN}'", ['env-ref', 'bearer'])}
‵‵‵

### Python (requests)

‵‵‵python
import os, requests

resp = requests.get(
    "https://api.fernhill.io/v1/usage",
    params={"customer": "cus_123"},
    ${n('headers={"Authorization": f"Bearer {os.environ[\'TIDEPOOL_TOKEN\']}"},', ['env-ref', 'bearer'])}
    timeout=10,
)
‵‵‵

## Token format

${n('Customer API keys look like ‵tp_live_‵ followed by 32 base62 characters (‵tp_test_‵ in test mode).', ['format-description'])}
Internal service tokens are JWTs. The canonical example from jwt.io decodes like this:

‵‵‵text
${n(example, ['jwt', 'well-known-example'])}
‵‵‵

‵‵‵json
{ "sub": "1234567890", "name": "John Doe", "iat": 1516239022 }
‵‵‵

## Obtaining a token

‵‵‵bash
curl -s https://auth.fernhill.io/oauth/token \\
  -d grant_type=client_credentials \\
  ${n('-d client_id="$CLIENT_ID" -d client_secret="$CLIENT_SECRET"', ['env-ref'])}
‵‵‵

Response:

‵‵‵json
{
  ${n('"access_token": "' + P.eyJ + 'hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>",', ['placeholder', 'jwt'])}
  "token_type": "Bearer",
  "expires_in": 3600
}
‵‵‵

## Service-to-service example

The reconciler calls the events endpoint with its own service token:

‵‵‵bash
http POST https://api.fernhill.io/v1/events \\
  ${p("'Authorization:Bearer " + real + "'", 'jwt', ['pasted', 'long-lived', 'httpie'])} \\
  customer=cus_Pq81 metric=api_calls quantity:=1
‵‵‵

## Errors

| Status | ‵error.code‵ | Meaning |
|---|---|---|
| 401 | ‵token_missing‵ | No ‵Authorization‵ header |
| 401 | ‵token_expired‵ | ‵exp‵ is in the past |
| 403 | ‵insufficient_scope‵ | Token lacks the required scope |
`;
    },
  },

  // ------------------------------------------------------------------ OpenAPI
  {
    path: 'docs/api/openapi.yaml', kind: 'openapi-yaml',
    build: ({ n, t, P }) => `openapi: 3.1.0
info:
  title: Tidepool API
  version: 2.15.0
  description: |
    Usage ingestion and billing reconciliation API.

    ${n('Authenticate with a bearer token. API keys start with `tp_live_` (production) or `tp_test_` (sandbox).', ['format-description'])}
servers:
  - url: https://api.fernhill.io/v1
  - url: https://api.sandbox.fernhill.io/v1
security:
  - bearerAuth: []
paths:
  /events:
    post:
      operationId: ingestEvent
      summary: Ingest a usage event
      parameters:
        - name: Idempotency-Key
          in: header
          required: false
          schema:
            type: string
            format: uuid
          ${n('example: ' + t.uuid(), ['uuid', 'example'])}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Event'
            example:
              customer: cus_Pq81
              metric: api_calls
              quantity: 1
              ${n('checksum: ' + t.hex(64), ['sha256', 'example'])}
      responses:
        '202':
          description: Accepted
          headers:
            X-Request-Id:
              schema:
                type: string
              ${n('example: req_' + t.alnum(24), ['id', 'example'])}
        '401':
          $ref: '#/components/responses/Unauthorized'
  /webhooks/endpoints:
    post:
      operationId: createWebhookEndpoint
      summary: Register a webhook endpoint
      responses:
        '201':
          description: Created
          content:
            application/json:
              example:
                id: we_${t.alnum(14)}
                url: https://example.com/hooks/tidepool
                ${n('secret: ' + P.whsec + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', ['placeholder', 'example'])}
                ${n('description: The signing secret is only returned once. Store it as TIDEPOOL_WEBHOOK_SECRET.', ['prose', 'env-name'])}
  /integrations/stripe:
    put:
      operationId: connectStripe
      summary: Connect a Stripe account
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                restricted_key:
                  type: string
                  ${n("pattern: '^rk_(live|test)_[A-Za-z0-9]{24,99}$'", ['regex'])}
                  ${n('example: ' + P.rkLive + '<your restricted key>', ['placeholder', 'example'])}
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      ${n('description: "Example: `Authorization: Bearer tp_test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`"', ['placeholder', 'bearer'])}
  responses:
    Unauthorized:
      description: Missing or invalid token
      content:
        application/json:
          example:
            error:
              code: token_invalid
              ${n('message: "Invalid API key provided: tp_live_************************3f9a"', ['masked'])}
  schemas:
    Event:
      type: object
      required: [customer, metric, quantity]
      properties:
        customer: { type: string, example: cus_Pq81 }
        metric: { type: string, example: api_calls }
        quantity: { type: integer, minimum: 0 }
        checksum:
          type: string
          description: Lower-case hex SHA-256 of the raw payload.
          ${n("pattern: '^[0-9a-f]{64}$'", ['regex'])}
`,
  },

  // ------------------------------------------------------------------ Postman collection
  {
    path: 'docs/api/tidepool.postman_collection.json', kind: 'postman-json', format: 'json',
    build: ({ p, n, t }) => {
      const col = {
        info: {
          _postman_id: n(t.uuid(), ['uuid']),
          name: 'Tidepool API (internal)',
          description: 'Exported from the Platform team workspace. ' + n('Set {{access_token}} in your environment; do not hardcode tokens in requests.', ['prose', 'template-var']),
          schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
          _exporter_id: '28417093',
        },
        item: [
          {
            name: 'Ingest event',
            request: {
              method: 'POST',
              header: [
                { key: 'Content-Type', value: 'application/json' },
                { key: 'Idempotency-Key', value: n('{{$guid}}', ['template-var']) },
              ],
              body: { mode: 'raw', raw: '{\n  "customer": "cus_Pq81",\n  "metric": "api_calls",\n  "quantity": 1\n}', options: { raw: { language: 'json' } } },
              url: { raw: '{{base_url}}/events', host: ['{{base_url}}'], path: ['events'] },
            },
            response: [],
          },
          {
            name: 'Stripe – list invoices (debug)',
            request: {
              method: 'GET',
              header: [{ key: 'Authorization', value: p('Bearer ' + t.stripeRestricted(), 'stripe-restricted-key', ['postman', 'header']), type: 'text' }],
              url: { raw: 'https://api.stripe.com/v1/invoices?limit=5', protocol: 'https', host: ['api', 'stripe', 'com'], path: ['v1', 'invoices'], query: [{ key: 'limit', value: '5' }] },
            },
            response: [],
          },
          {
            name: 'GitHub – trigger release workflow',
            request: {
              method: 'POST',
              header: [
                { key: 'Accept', value: 'application/vnd.github+json' },
                { key: 'Authorization', value: p('token ' + t.ghp(), 'github-pat', ['postman', 'header']) },
                { key: 'X-GitHub-Api-Version', value: '2022-11-28' },
              ],
              body: { mode: 'raw', raw: '{"ref":"main","inputs":{"version":"2.15.0"}}' },
              url: { raw: 'https://api.github.com/repos/fernhill/tidepool/actions/workflows/release.yml/dispatches', host: ['api', 'github', 'com'], path: ['repos', 'fernhill', 'tidepool', 'actions', 'workflows', 'release.yml', 'dispatches'] },
            },
            response: [],
          },
          {
            name: 'Usage by customer',
            request: {
              method: 'GET',
              header: [{ key: 'X-Api-Key', value: n('{{api_key}}', ['template-var']) }],
              url: { raw: '{{base_url}}/usage?customer=cus_Pq81', host: ['{{base_url}}'], path: ['usage'], query: [{ key: 'customer', value: 'cus_Pq81' }] },
            },
            response: [],
          },
        ],
        auth: { type: 'bearer', bearer: [{ key: 'token', value: n('{{access_token}}', ['template-var']), type: 'string' }] },
        variable: [
          { key: 'base_url', value: 'https://api.sandbox.fernhill.io/v1', type: 'string' },
          { key: 'access_token', value: n('<paste token from auth.fernhill.io>', ['placeholder']), type: 'string' },
          { key: 'api_key', value: n('tp_test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', ['placeholder']), type: 'string' },
        ],
      };
      return JSON.stringify(col, null, '\t') + '\n';
    },
  },

  // ------------------------------------------------------------------ notebook 1
  {
    path: 'notebooks/churn-exploration.ipynb', kind: 'jupyter', format: 'json',
    build: ({ p, n, t, r, K, nb }) => {
      const whPw = t.password(20, 'uri');
      const rsPw = t.password(16, 'uri');
      const ids = [t.uuid(), t.uuid(), t.uuid()];
      return nb([
        { type: 'md', src: '# Churn exploration (Q2)\n\nQuick look at usage decline before cancellation. Data from the analytics warehouse.\n\n' + n('> Credentials come from `WAREHOUSE_URL` in your `.env`; never print them.', ['prose', 'env-name']) },
        {
          src: 'import os\nimport pandas as pd\nfrom sqlalchemy import create_engine\nfrom openai import OpenAI\n\n' +
            'os.environ["OPENAI_API_KEY"] = "' + p(t.openaiProj(), 'openai-api-key', ['notebook-source']) + '"\n' +
            'client = OpenAI()',
        },
        {
          src: n('engine = create_engine(os.environ["WAREHOUSE_URL"])', ['env-ref']) + '\nengine',
          outputs: [{ kind: 'result', text: n('Engine(postgresql+psycopg2://analyst:***@warehouse-ro.internal.fernhill.io:5432/analytics)', ['masked', 'sqlalchemy-repr']) }],
        },
        {
          src: '# the env var was not set on the shared kernel, hardcode for now\n' +
            'WAREHOUSE_URL = "' + p(`postgresql+psycopg2://analyst:${whPw}@warehouse-ro.internal.fernhill.io:5432/analytics`, 'db-uri-password', ['notebook-source']) + '"\n' +
            'engine = create_engine(WAREHOUSE_URL)\n' +
            'df = pd.read_sql("select customer_id, week, events from usage_weekly where week >= \'2024-01-01\'", engine)\ndf.head(3)',
          outputs: [{
            kind: 'result',
            text: '                            customer_id        week  events\n' +
              '0  ' + n(ids[0], ['uuid']) + '  2024-01-01   18233\n' +
              '1  ' + n(ids[1], ['uuid']) + '  2024-01-01     912\n' +
              '2  ' + n(ids[2], ['uuid']) + '  2024-01-01   40411',
          }],
        },
        {
          src: '# which cluster is the legacy export reading from?\nprint(os.environ.get("REDSHIFT_URL"))',
          outputs: [{ kind: 'stream', text: p(`redshift://etl_reader:${rsPw}@fernhill-dw.c8x1kq2v9z3m.eu-west-1.redshift.amazonaws.com:5439/dw`, 'db-uri-password', ['notebook-output']) + '\n' }],
        },
        {
          src: 'import pymysql\n' + n('# conn = pymysql.connect(host="billing-db-ro", user="etl", password=os.getenv("BILLING_DB_PASSWORD"))', ['env-ref', 'comment']) + '\n' +
            'conn = pymysql.connect(host="billing-db-ro.internal.fernhill.io", user="etl", ' + p('password="' + t.password(16, 'uri') + '"', 'password', ['notebook-source', 'kwarg']) + ', database="billing")\n' +
            'cancellations = pd.read_sql("select customer_id, canceled_at from subscriptions where canceled_at is not null", conn)\nlen(cancellations)',
          outputs: [{ kind: 'result', text: '1318' }],
        },
        {
          src: 'weekly = df.groupby("week").events.sum()\nax = weekly.plot(kind="bar", figsize=(6, 3))',
          outputs: [{ kind: 'display', data: { 'image/png': n(K.tinyPng(r), ['base64-image']), 'text/plain': ['<Figure size 600x300 with 1 Axes>'] } }],
        },
        {
          src: 'import hashlib\nhashlib.sha256(open("exports/churn_q2.parquet", "rb").read()).hexdigest()',
          outputs: [{ kind: 'result', text: "'" + n(t.hex(64), ['sha256']) + "'" }],
        },
        { type: 'md', src: '## Next\n\n- join with Stripe cancellations\n- ' + n('move the warehouse password back into `.env` before sharing this notebook', ['prose']) },
      ]);
    },
  },
];
