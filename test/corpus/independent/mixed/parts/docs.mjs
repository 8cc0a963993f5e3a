// Markdown: README, runbooks, incident write-up, API docs, CHANGELOG, handoff notes
import { file, POS, NEG } from './builder.mjs';
import { tok, neg, PREFIX } from './tokens.mjs';
import { hex, uuid, int, pick, str, B64, DIGITS } from './rng.mjs';

export function docs() {
  // ---------------------------------------------------------------- README
  {
    const f = file('README.md', 'markdown');
    const sha = neg.sha40();
    f.t(`# ledgerline

Billing and invoicing service for the Acme platform. Handles subscriptions,
usage metering, invoice rendering and payment collection through Stripe.
`);
    f.l(`[![build](https://ci.acme.dev/badge/ledgerline.svg?commit=${sha})](https://ci.acme.dev/ledgerline)`, NEG('hash'));
    f.t(`
## Requirements

- Node.js 20+
- PostgreSQL 15
- Redis 7 (for the job queue)

## Getting started

\`\`\`bash
git clone git@github.com:acme/ledgerline.git
cd ledgerline
cp .env.example .env
npm ci
\`\`\`

Then fill in \`.env\`. Every value below is a placeholder; ask in #billing-dev
for the sandbox credentials or pull them from Vault (\`vault kv get secret/ledgerline/dev\`).

\`\`\`dotenv
DATABASE_URL=postgres://localhost:5432/ledgerline_dev`);
    f.l(`STRIPE_SECRET_KEY=${PREFIX.skLive}xxxxxxxxxxxxxxxxxxxxxxxx`, NEG('placeholder'));
    f.l(`STRIPE_WEBHOOK_SECRET=<your-webhook-signing-secret>`, NEG('placeholder'));
    f.l(`GITHUB_TOKEN=${PREFIX.ghp}XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`, NEG('placeholder'));
    f.l(`SENDGRID_API_KEY=YOUR_SENDGRID_API_KEY`, NEG('placeholder'));
    f.l(`SLACK_BOT_TOKEN=${PREFIX.xoxb}your-bot-token`, NEG('placeholder'));
    f.t(`\`\`\`

### AWS

Invoice PDFs are written to S3. For local development use the AWS example
credentials from the SDK docs together with LocalStack:

\`\`\`bash`);
    f.l(`export AWS_ACCESS_KEY_ID=${neg.awsExampleId()}`, NEG('example'));
    f.l(`export AWS_SECRET_ACCESS_KEY=${neg.awsExampleSecret()}`, NEG('example'));
    f.t(`export AWS_ENDPOINT_URL=http://localhost:4566
\`\`\`

## Running

\`\`\`bash
npm run db:migrate
npm run dev
\`\`\`

The API listens on http://localhost:8080. Health check: \`GET /healthz\`.

## Configuration reference

| Variable | Required | Description |
|---|---|---|`);
    f.l(`| \`STRIPE_SECRET_KEY\` | yes | Secret API key, \`${PREFIX.skLive}...\` in production |`, NEG('placeholder'));
    f.l(`| \`STRIPE_PUBLISHABLE_KEY\` | yes | Public key passed to the checkout page |`);
    f.l(`| \`JWT_SIGNING_SECRET\` | yes | HMAC secret for session tokens, at least 32 bytes |`);
    f.t(`| \`INVOICE_BUCKET\` | no | Defaults to \`acme-invoices-dev\` |
| \`LOG_LEVEL\` | no | \`debug\`, \`info\` (default), \`warn\` |

## Contributing

See CONTRIBUTING.md. Never commit real credentials; \`gitleaks\` runs in CI.
`);
  }

  // ---------------------------------------------------------------- runbook
  {
    const f = file('docs/runbooks/rotate-credentials.md', 'markdown');
    f.t(`# Runbook: rotating service credentials

Owner: platform-security · Last reviewed: 2024-04-02

Use this runbook when a credential is suspected to be exposed, or for the
quarterly rotation. Never paste real values into tickets or chat.

## 1. GitHub deploy token

1. Create a new fine-grained token under the \`acme-bot\` account with
   \`contents:read\` on the target repository.
2. Store it in Vault:

\`\`\`bash`);
    f.l(`vault kv put secret/ci/github token="${PREFIX.ghfine}<NEW_TOKEN>"`, NEG('placeholder'));
    f.t(`\`\`\`

3. Update the CI variable (the pipeline reads it from the environment):

\`\`\`yaml
env:`);
    f.l(`  GITHUB_TOKEN: \${{ secrets.ACME_BOT_TOKEN }}`, NEG('reference'));
    f.t(`\`\`\`

## 2. Slack bot token

Reinstall the app from https://api.slack.com/apps and copy the new bot token.
It has the form:

\`\`\``);
    f.l(`${PREFIX.xoxb}XXXXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX`, NEG('placeholder'));
    f.t(`\`\`\`

Then:

\`\`\`bash`);
    f.l(`kubectl -n notify create secret generic slack --from-literal=token="$SLACK_BOT_TOKEN" --dry-run=client -o yaml | kubectl apply -f -`, NEG('reference'));
    f.t(`\`\`\`

## 3. Database role passwords

Generate a new password and apply it with psql. Do not type it on the
command line; use a psql variable so it stays out of shell history:

\`\`\`sql`);
    f.l(`\\set new_password \`openssl rand -base64 24\``);
    f.l(`ALTER ROLE reporting WITH PASSWORD :'new_password';`, NEG('reference'));
    f.t(`\`\`\`

## 4. Deploy key for the bastion

Append the new *public* key to \`~deploy/.ssh/authorized_keys\`:

\`\`\``);
    f.l(`${neg.sshEd25519()} deploy@ci-runner-04`, NEG('public-key'));
    f.t(`\`\`\`

## 5. Verify

- [ ] Old token revoked (GitHub shows "Revoked" in the audit log)
- [ ] Pipelines green on main
- [ ] \`password_last_rotated\` updated in the inventory sheet
`);
  }

  // ---------------------------------------------------------------- incident (positive)
  {
    const f = file('docs/incidents/2024-03-12-deploy-outage.md', 'markdown');
    const traceId = neg.traceId();
    const sha = neg.sha40();
    f.t(`# Incident 2024-03-12: production deploys blocked for 2h14m

**Severity:** SEV-2
**Status:** Resolved
**Authors:** J. Okafor, M. Lindqvist

## Summary

At 09:41 UTC the deploy pipeline started failing on the \`fetch-artifacts\`
stage with HTTP 401 from GitLab. The group access token used by the runner had
expired. Deploys were restored at 11:55 UTC after issuing a new token.

## Timeline (UTC)

- 09:41 first failed job (pipeline #88213)`);
    f.l(`- 09:44 alert fired, trace \`${traceId}\``, NEG('id'));
    f.l(`- 10:02 rollback of \`${sha}\` did not help`, NEG('hash'));
    f.t(`- 10:30 root cause identified: token expiry
- 11:50 new token issued and deployed to runners

## What we tried

To check whether the new token worked we ran the following from a runner
shell (copied verbatim from the incident channel):

\`\`\`bash`);
    f.l(`curl --header "PRIVATE-TOKEN: ${tok.gitlabPat()}" "https://gitlab.acme.dev/api/v4/projects/412/jobs/artifacts/main/download?job=build"`, POS('gitlab-pat'));
    f.t(`\`\`\`

The notification step was also patched by hand to post to the ops channel:

\`\`\`bash`);
    f.l(`curl -X POST -H 'Content-type: application/json' --data '{"text":"deploys restored"}' ${tok.slackWebhook()}`, POS('slack-webhook'));
    f.t(`\`\`\`

## Root cause

Group access tokens were created with a 1-year expiry in March 2023 and nobody
owned the renewal.

## Action items

| # | Action | Owner | Due |
|---|---|---|---|
| 1 | Alert 30 days before token expiry | platform | 2024-03-29 |
| 2 | Move runner credentials to Vault dynamic secrets | platform | 2024-04-30 |
| 3 | Rotate the token pasted in this document | security | 2024-03-13 |
`);
  }

  // ---------------------------------------------------------------- API docs (negative)
  {
    const f = file('docs/api/authentication.md', 'markdown');
    f.t(`# Authentication

All API requests must be authenticated with a bearer token issued from the
dashboard under **Settings → API tokens**. Tokens are shown once; store them in
your secret manager.

## Sending the token

\`\`\`bash`);
    f.l(`curl https://api.acme.dev/v2/invoices \\`);
    f.l(`  -H "Authorization: Bearer <token>"`, NEG('placeholder'));
    f.t(`\`\`\`

Or, reading it from the environment:

\`\`\`bash`);
    f.l(`curl -H "Authorization: Bearer $ACME_API_TOKEN" https://api.acme.dev/v2/customers`, NEG('reference'));
    f.t(`\`\`\`

In Python:

\`\`\`python
import os, requests
`);
    f.l(`token = os.environ["ACME_API_TOKEN"]`, NEG('reference'));
    f.l(`resp = requests.get("https://api.acme.dev/v2/customers", headers={"Authorization": f"Bearer {token}"})`);
    f.t(`\`\`\`

## Token format

Tokens are JWTs signed with HS256. A decoded header looks like
\`{"alg":"HS256","typ":"JWT"}\`. Example (truncated):

\`\`\``);
    f.l(`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI...<snip>`, NEG('placeholder'));
    f.t(`\`\`\`

## Errors

| Status | Meaning |
|---|---|`);
    f.l(`| 401 | Missing or invalid token |`);
    f.l(`| 403 | Token lacks the required scope |`);
    f.l(`| 419 | Token expired; request a new one with your refresh token |`);
    f.t(`
## Rotating tokens

Use \`POST /v2/tokens/{id}/rotate\`. The old token keeps working for 10 minutes.
`);
  }

  // ---------------------------------------------------------------- API docs (positive)
  {
    const f = file('docs/api/webhooks.md', 'markdown');
    const now = 1715677200;
    f.t(`# Webhooks

Acme sends a signed \`POST\` to your endpoint for every billing event.

## Verifying signatures

Each request carries an \`Acme-Signature\` header. Verify it with our public key:

\`\`\``);
    f.l(`-----BEGIN PUBLIC KEY-----`, NEG('public-key'));
    f.l('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + str(B64, 20), NEG('public-key'));
    for (let i = 0; i < 5; i++) f.l(str(B64, 64), NEG('public-key'));
    f.l(str(B64, 24) + 'IDAQAB', NEG('public-key'));
    f.l(`-----END PUBLIC KEY-----`, NEG('public-key'));
    f.t(`\`\`\`

## Replaying an event

> **Note from support (2024-05-02):** the customer reported replays failing, this
> is the exact command they used, which worked once we fixed the endpoint:

\`\`\`bash`);
    f.l(`curl https://api.stripe.com/v1/events/evt_${str(B64.slice(0, 62), 16)}/retry \\`, NEG('id'));
    f.l(`  -u ${tok.stripeSecret(int(24, 99))}:`, POS('stripe-secret'));
    f.t(`\`\`\`

and the service token from their integration, which we used to reproduce:

\`\`\``);
    f.l(`Authorization: Bearer ${tok.jwt({ sub: 'svc-webhook-relay', org: 'org_4471', scope: 'events:replay', iat: now, exp: now + 31536000 })}`, POS('jwt'));
    f.t(`\`\`\`

## Event types

| Type | Sent when |
|---|---|
| \`invoice.paid\` | An invoice is paid in full |
| \`invoice.payment_failed\` | A charge attempt fails |
| \`customer.updated\` | Billing details changed |
`);
  }

  // ---------------------------------------------------------------- CHANGELOG
  {
    const f = file('CHANGELOG.md', 'markdown');
    f.t(`# Changelog

All notable changes to this project are documented here. The format is based
on Keep a Changelog and the project follows Semantic Versioning.
`);
    const entries = [
      ['2.4.0', '2024-05-10', [
        ['Added', 'Support for usage-based tiers'],
        ['Fixed', 'Token refresh race when two workers renew at once'],
        ['Fixed', 'Password reset emails sent twice'],
        ['Security', 'Rotate webhook signing secret on tenant deletion'],
      ]],
      ['2.3.1', '2024-04-22', [
        ['Fixed', 'Invoice PDF fonts on Alpine images'],
        ['Changed', 'Redact API keys in request logs'],
      ]],
      ['2.3.0', '2024-04-03', [
        ['Added', 'Secret scanning pre-commit hook'],
        ['Changed', 'Bump stripe-node to 15.1.0'],
        ['Removed', 'Legacy /v1/token endpoint'],
      ]],
    ];
    for (const [ver, date, items] of entries) {
      const full = neg.sha40();
      const prev = neg.sha7();
      f.l(`## [${ver}](https://github.com/acme/ledgerline/compare/${prev}...${full.slice(0, 7)}) - ${date}`, NEG('hash'));
      f.l('');
      for (const [kind, text] of items) {
        f.l(`- **${kind}:** ${text} ([${neg.sha7()}](https://github.com/acme/ledgerline/commit/${neg.sha40()}))`, NEG('hash'));
      }
      f.l('');
    }
    f.l(`## 2.2.0 - 2024-03-01`);
    f.l('');
    f.l(`Release commit: ${neg.sha40()}`, NEG('hash'));
    f.l(`Docker image: ghcr.io/acme/ledgerline@sha256:${neg.sha256()}`, NEG('hash'));
    f.l(`- Initial public API`);
  }

  // ---------------------------------------------------------------- on-call handoff (positive)
  {
    const f = file('docs/oncall/2024-W19-handoff.md', 'markdown');
    f.t(`# On-call handoff, week 19

## Open issues

- Invoice export job for tenant \`t_8812\` is stuck; retried twice.
- S3 uploads from the reporting box were failing because the instance profile
  was detached. As a stopgap I configured static keys on \`reporting-01\`:

\`\`\`ini
[default]`);
    f.l(`aws_access_key_id = ${tok.awsKeyId()}`, POS('aws-access-key'));
    f.l(`aws_secret_access_key = ${tok.awsSecret()}`, POS('aws-secret-key'));
    f.l(`region = eu-west-1`);
    f.t(`\`\`\`

  **Please** re-attach the instance profile and delete these keys in IAM.

## Noise

- \`PasswordResetLatencyHigh\` flaps at night; threshold is too tight.`);
    f.l(`- Request \`${uuid()}\` in the 502 spike was a client timeout.`, NEG('id'));
    f.t(`
## Handoff checklist

- [x] PagerDuty override updated
- [ ] Post-incident review for the deploy outage
`);
  }
}
