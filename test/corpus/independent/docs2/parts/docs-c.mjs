// Blog draft, man page, docstrings, HTML docs, wiki exports, TLS/SSH guides, policy docs.
import { PK, pemBegin, pemEnd } from './keys.mjs';

export default [
  // ------------------------------------------------------------------ blog draft
  {
    path: 'blog/drafts/2024-07-goodbye-long-lived-aws-keys.md', kind: 'markdown-frontmatter',
    build: ({ p, n, t }) => `---
title: "Goodbye, long-lived AWS keys"
slug: goodbye-long-lived-aws-keys
date: 2024-07-09
author: Jonas Berg
tags: [aws, security, github-actions, oidc]
draft: true
hero: /images/blog/oidc-hero.png
summary: How we removed every static AWS credential from CI in three weeks.
---

A year ago our CI pipelines authenticated to AWS the way most teams start out: an
IAM user per pipeline, with its access key stored as a repository secret. This
post describes how we replaced all of them with GitHub Actions OIDC.

## Before

Every deploy job had a step like this:

‵‵‵yaml
- uses: aws-actions/configure-aws-credentials@v4
  with:
    ${n('aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}', ['env-ref', 'github-actions'])}
    ${n('aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}', ['env-ref', 'github-actions'])}
    aws-region: eu-west-1
‵‵‵

And on laptops, a credentials file that looked roughly like this (this is the old
‵ci-deployer‵ user, which we have since deleted — TODO: double-check before publishing):

‵‵‵ini
[ci-deployer]
aws_access_key_id     = ${p(t.awsKeyId(), 'aws-access-key-id', ['pasted', 'blog'])}
aws_secret_access_key = ${p(t.awsSecret(), 'aws-secret-access-key', ['pasted', 'blog'])}
‵‵‵

## After

The IAM role trusts GitHub's OIDC provider, restricted to our repositories:

‵‵‵json
{
  "Effect": "Allow",
  "Principal": { "Federated": "arn:aws:iam::${n('418273645091', ['aws-account-id'])}:oidc-provider/token.actions.githubusercontent.com" },
  "Action": "sts:AssumeRoleWithWebIdentity",
  "Condition": {
    "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
    "StringLike": { "token.actions.githubusercontent.com:sub": "repo:fernhill/*:ref:refs/heads/main" }
  }
}
‵‵‵

and the workflow needs no secrets at all:

‵‵‵yaml
permissions:
  id-token: write
  contents: read
steps:
  - uses: aws-actions/configure-aws-credentials@v4
    with:
      ${n('role-to-assume: arn:aws:iam::418273645091:role/gha-deploy', ['arn'])}
      aws-region: eu-west-1
  - run: aws sts get-caller-identity
‵‵‵

which prints the assumed role, not a user:

‵‵‵json
{
    ${n('"UserId": "' + t.awsRoleId() + ':GitHubActions",', ['aws-role-id'])}
    "Account": "418273645091",
    "Arn": "arn:aws:sts::418273645091:assumed-role/gha-deploy/GitHubActions"
}
‵‵‵

## Results

- 23 IAM users deleted, 0 static keys left in CI.
- ${n('Secret scanning alerts for ‵AKIA…‵ strings dropped to zero (apart from the documentation example keys).', ['truncated', 'prose'])}
- Session credentials expire after one hour by default.

_Thanks to Hannah and Priya for reviewing this post._
`,
  },

  // ------------------------------------------------------------------ man page
  {
    path: 'man/tidepoolctl.1', kind: 'man-page',
    build: ({ p, n, t }) => `.\\" Manpage for tidepoolctl.
.\\" Contact platform@fernhill.io to correct errors or typos.
.TH TIDEPOOLCTL 1 "2024-05-28" "tidepoolctl 2.15.0" "Tidepool Manual"
.SH NAME
tidepoolctl \\- administer a Tidepool deployment
.SH SYNOPSIS
.B tidepoolctl
[\\fB\\-\\-token\\fR \\fITOKEN\\fR]
[\\fB\\-\\-profile\\fR \\fINAME\\fR]
\\fICOMMAND\\fR [\\fIARGS\\fR...]
.SH DESCRIPTION
.B tidepoolctl
talks to the Tidepool admin API. It can replay usage events, inspect reconciliation
runs and mirror the repository to the GitLab disaster-recovery instance.
.SH OPTIONS
.TP
.BR \\-\\-token " " \\fITOKEN\\fR
${n('Admin API token, for example \\fBtp_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\\fR.', ['placeholder'])}
${n('Prefer the \\fBTIDEPOOL_TOKEN\\fR environment variable; command-line arguments are visible in \\fBps\\fR(1).', ['prose', 'env-name'])}
.TP
.BR \\-\\-password\\-stdin
${n('Read the database password from standard input instead of prompting.', ['prose'])}
.TP
.BR \\-\\-profile " " \\fINAME\\fR
Use the named profile from the credentials file.
.SH ENVIRONMENT
.TP
.B TIDEPOOL_TOKEN
${n('API token. Overrides the \\fBtoken\\fR key of the selected profile.', ['prose'])}
.TP
.B GITLAB_TOKEN
${n('Personal access token for the DR mirror (scopes: \\fBwrite_repository\\fR). Tokens start with \\fBglpat-\\fR.', ['format-description'])}
.SH FILES
.TP
.I ~/.config/tidepool/credentials
${n('INI file with one section per profile. Must be mode 0600. Example: \\fBtoken = ${TIDEPOOL_TOKEN}\\fR', ['env-ref'])}
.SH EXAMPLES
Replay yesterday's events for one customer:
.PP
.nf
.RS
tidepoolctl events replay \\-\\-customer cus_Pq81 \\-\\-since 24h
.RE
.fi
.PP
Mirror the repository to the DR GitLab (token of the \\fBdr-mirror\\fR bot user):
.PP
.nf
.RS
tidepoolctl mirror \\-\\-to https://gitlab.dr.fernhill.io/fernhill/tidepool.git \\\\
${p('    \\-\\-gitlab\\-token ' + t.glpat(), 'gitlab-pat', ['man-page', 'cli-arg'])}
.RE
.fi
.SH EXIT STATUS
0 on success, 1 on usage errors, 2 on API errors, 3 on authentication failure.
.SH SEE ALSO
.BR vault (1),
.BR glab (1)
.SH AUTHOR
Fernhill Platform Team
`,
  },

  // ------------------------------------------------------------------ Python docstrings
  {
    path: 'sdk/python/tidepool/notify.py', kind: 'python-docstrings',
    build: ({ p, n, t, P }) => `"""Alert helpers for Tidepool jobs.

Send short notifications to Telegram (on-call phones) and Slack.

Example::

    from tidepool.notify import Notifier

    ${n('notifier = Notifier(telegram_token="your-bot-token-here", chat_id=-1001234567890)', ['placeholder'])}
    notifier.send("reconciliation finished")

${n('The token is normally read from ‵‵TIDEPOOL_TELEGRAM_TOKEN‵‵; see :func:`Notifier.from_env`.', ['env-name', 'prose'])}
"""
from __future__ import annotations

import os
import urllib.parse
import urllib.request

__all__ = ["Notifier"]

TELEGRAM_API = "https://api.telegram.org"


class Notifier:
    """Send alerts to a Telegram chat.

    :param telegram_token: bot token issued by @BotFather.
    ${n(':param password: optional proxy password. Never log it.', ['prose'])}
    :param chat_id: numeric chat id (negative for groups).

    >>> Notifier.from_env().send("hello")  # doctest: +SKIP
    """

    def __init__(self, telegram_token: str, chat_id: int, password: str | None = None) -> None:
        self._token = telegram_token
        self._chat_id = chat_id
        self._password = password

    @classmethod
    def from_env(cls) -> "Notifier":
        """Build a notifier from the environment.

        ${n('Reads ‵‵TIDEPOOL_TELEGRAM_TOKEN‵‵ and ‵‵TIDEPOOL_TELEGRAM_CHAT‵‵.', ['env-name'])}
        """
        ${n('return cls(os.environ["TIDEPOOL_TELEGRAM_TOKEN"], int(os.environ["TIDEPOOL_TELEGRAM_CHAT"]))', ['env-ref'])}

    def send(self, text: str) -> None:
        """Send *text* to the configured chat.

        Manual test against the on-call group (bot ‵‵@fernhill_oncall_bot‵‵)::

            >>> n = Notifier("${p(t.telegram(), 'telegram-bot-token', ['docstring', 'pasted'])}", -1001873640215)
            >>> n.send("test from docs")

        ${n('Telegram bot tokens have the form ‵‵<bot id>:<35 characters>‵‵, e.g.', ['format-description'])}
        ${n('‵‵' + P.telegramDocExample + '‵‵', ['telegram-docs-example'])} (from the Bot API docs).
        """
        data = urllib.parse.urlencode({"chat_id": self._chat_id, "text": text}).encode()
        url = f"{TELEGRAM_API}/bot{self._token}/sendMessage"
        with urllib.request.urlopen(url, data=data, timeout=10) as resp:  # noqa: S310
            resp.read()

    def __repr__(self) -> str:
        ${n('return f"Notifier(token=\'{self._token[:6]}…\', chat_id={self._chat_id})"', ['masked', 'repr'])}
`,
  },

  // ------------------------------------------------------------------ HTML docs
  {
    path: 'docs/html/api-console.html', kind: 'html',
    build: ({ p, n, t, P }) => {
      const tok = t.jwtHS({ iss: 'https://auth.fernhill.io/', sub: 'user:hannah@fernhill.io', aud: 'tidepool-api', scope: 'admin', iat: 1715000000, exp: 1746536000 }, t.alnum(40));
      return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tidepool API console</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.11.0/swagger-ui.css"
        ${n('integrity="' + t.sri('sha384', 48) + '"', ['sri-hash'])} crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.11.0/swagger-ui-bundle.js"
          ${n('integrity="' + t.sri('sha384', 48) + '"', ['sri-hash'])} crossorigin="anonymous"></script>
</head>
<body>
  <header>
    <h1>Tidepool API console</h1>
    <p>${n('Paste a token below. Tokens are kept in <code>sessionStorage</code> and never sent anywhere except <code>api.fernhill.io</code>.', ['prose'])}</p>
  </header>

  <section id="auth">
    <label for="token">Bearer token</label>
    <!-- prefilled for the demo on 2024-05-06, remove before publishing -->
    ${p('<input id="token" type="password" autocomplete="off" value="' + tok + '">', 'jwt', ['html-attribute', 'pasted'])}
    ${n('<input id="token-placeholder" type="text" placeholder="' + P.eyJ + 'hbGciOi…">', ['placeholder', 'truncated'])}
  </section>

  <section id="example">
    <h2>Example request</h2>
<pre><code class="language-bash">curl https://api.fernhill.io/v1/usage?customer=cus_123 \\
  ${n('-H "Authorization: Bearer $TIDEPOOL_TOKEN"', ['env-ref'])}
</code></pre>
    <p>${n('Replace <code>&lt;ACCESS_TOKEN&gt;</code> in <code>Authorization: Bearer &lt;ACCESS_TOKEN&gt;</code> with your token.', ['placeholder'])}</p>
  </section>

  <div id="swagger"></div>
  <script>
    window.ui = SwaggerUIBundle({
      url: "/docs/api/openapi.yaml",
      dom_id: "#swagger",
      requestInterceptor: (req) => {
        ${n('req.headers.Authorization = "Bearer " + document.getElementById("token").value;', ['dom-ref'])}
        return req;
      },
    });
  </script>
  <footer><small>Build ${n(t.hex(40), ['commit-sha'])}</small></footer>
</body>
</html>
`;
    },
  },

  // ------------------------------------------------------------------ wiki: deploy keys
  {
    path: 'wiki/export/Deploy-Keys.md', kind: 'wiki-export',
    build: ({ p, n, K, r }) => {
      const dk = K.ed25519Key(r, 'deploy@tidepool-infra');
      const other = K.ed25519Key(r, 'deploy@tidepool-charts');
      return `<!-- exported from GitHub wiki fernhill/tidepool, page "Deploy Keys", rev 14 -->
# Deploy Keys

Each repository that CI needs to clone over SSH has its own read-only deploy key.

| Repository | Key comment | Fingerprint | Write? |
|---|---|---|---|
${n('| fernhill/tidepool-infra | deploy@tidepool-infra | ‵' + dk.sshFingerprint + '‵ | no |', ['fingerprint', 'table'])}
${n('| fernhill/tidepool-charts | deploy@tidepool-charts | ‵' + other.sshFingerprint + '‵ | no |', ['fingerprint', 'table'])}

## Public keys (as added on GitHub)

‵‵‵
${n(dk.sshPub, ['ssh-public-key'])}
${n(other.sshPub, ['ssh-public-key'])}
‵‵‵

Legacy MD5 fingerprint (shown by older OpenSSH): ${n('‵MD5:' + dk.md5Fingerprint + '‵', ['fingerprint'])}

## Recovering the tidepool-infra key

The private key is in 1Password ("Deploy key – tidepool-infra"). Because 1Password
was down during INC-298, a copy was put here. **Delete this section once the key is
rotated** (PLAT-2198):

‵‵‵
${p(dk.openssh, 'openssh-private-key', ['pasted', 'pem-block'])}
‵‵‵

## Creating a new deploy key

‵‵‵bash
ssh-keygen -t ed25519 -C "deploy@<repo>" -f ./deploy_key -N ""
gh repo deploy-key add ./deploy_key.pub --repo fernhill/<repo> --title "ci (read-only)"
${n('vault kv put secret/ci/deploy-keys/<repo> private_key=@./deploy_key', ['vault-path', 'file-ref'])}
shred -u ./deploy_key
‵‵‵
`;
    },
  },

  // ------------------------------------------------------------------ wiki: service accounts
  {
    path: 'wiki/export/Service-Accounts.md', kind: 'wiki-export',
    build: ({ p, n, t, P, K, r }) => {
      const rsa = K.rsaKey(r, 2048);
      const sa = {
        type: 'service_account',
        project_id: 'fernhill-analytics',
        private_key_id: t.hex(40),
        private_key: rsa.pkcs8 + '\n',
        client_email: 'bq-exporter@fernhill-analytics.iam.gserviceaccount.com',
        client_id: t.digits(21),
        auth_uri: 'https://accounts.google.com/o/oauth2/auth',
        token_uri: 'https://oauth2.googleapis.com/token',
        auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
        client_x509_cert_url: 'https://www.googleapis.com/robot/v1/metadata/x509/bq-exporter%40fernhill-analytics.iam.gserviceaccount.com',
        universe_domain: 'googleapis.com',
      };
      const lines = JSON.stringify(sa, null, 2).split('\n').map((l) =>
        l.startsWith('  "private_key":') ? '  "private_key": "' + p(JSON.stringify(sa.private_key).slice(1, -1), 'gcp-service-account', ['json-escaped', 'pasted']) + '",' : l);
      return `<!-- Confluence export: PLAT space / Service Accounts / Google Cloud -->
# Google Cloud service accounts

| Account | Project | Used by | Key rotation |
|---|---|---|---|
| bq-exporter | fernhill-analytics | nightly BigQuery export | 90 days |
| maps-geocoder | fernhill-web | address autocomplete | n/a (API key) |

## bq-exporter

${n('Workloads on GKE use Workload Identity, so no key file is needed; locally set ‵GOOGLE_APPLICATION_CREDENTIALS=/path/to/key.json‵.', ['env-ref', 'prose'])}

For the on-prem exporter (no Workload Identity) we generated a JSON key on 2024-03-01.
Key file as downloaded:

‵‵‵json
${lines.join('\n')}
‵‵‵

## maps-geocoder

${n('Google API keys are 39 characters and start with ‵' + P.aiza + '‵.', ['format-description'])} The browser key is
restricted by HTTP referrer to ‵*.fernhill.io/*‵ and is therefore not listed here.
The server-side geocoding key (restricted to the Geocoding API, no referrer check):

‵‵‵bash
${p('GOOGLE_MAPS_SERVER_KEY=' + t.googleApiKey(), 'google-api-key', ['pasted'])}
‵‵‵

${n('To rotate: ‵gcloud services api-keys create --display-name=geocoder-2024q3‵, update ‵$GOOGLE_MAPS_SERVER_KEY‵ in Vault, delete the old key.', ['env-ref', 'prose'])}
`;
    },
  },

  // ------------------------------------------------------------------ TLS setup guide
  {
    path: 'docs/setup/local-tls.md', kind: 'markdown',
    build: ({ p, n, K, r }) => {
      const rsa = K.rsaKey(r, 2048);
      const cert = K.selfSignedCert(r, rsa, { cn: 'staging.tidepool.fernhill.io', o: 'Fernhill Staging', notBefore: '240301000000Z', notAfter: '250301000000Z', san: ['staging.tidepool.fernhill.io', '*.staging.tidepool.fernhill.io'] });
      const label = PK;
      return `# Local TLS for the staging hostnames

Some OAuth callbacks only accept HTTPS, so the local stack terminates TLS in Caddy
using a certificate for ‵*.staging.tidepool.fernhill.io‵.

## Option A: generate your own (preferred)

‵‵‵bash
mkcert -install
mkcert "*.staging.tidepool.fernhill.io" staging.tidepool.fernhill.io
‵‵‵

Caddy expects the files at ‵infra/local/certs/tls.crt‵ and ‵infra/local/certs/tls.key‵.
A key file has this shape:

‵‵‵text
${n(pemBegin(label) + '\n...base64...\n' + pemEnd(label), ['placeholder', 'pem-shape'])}
‵‵‵

## Option B: use the shared staging certificate

The staging certificate (public, safe to share):

‵‵‵
${n(cert.pem, ['certificate', 'pem-block'])}
‵‵‵

${n('SHA-256 fingerprint: ‵' + cert.fingerprint256 + '‵', ['fingerprint'])}

And its key — copied from the staging load balancer because mkcert does not work on
the Windows build agents:

‵‵‵
${p(rsa.pkcs8, 'private-key', ['pasted', 'pem-block', 'pkcs8'])}
‵‵‵

## Verifying

‵‵‵bash
openssl x509 -in infra/local/certs/tls.crt -noout -subject -enddate
openssl rsa -in infra/local/certs/tls.key -check -noout
curl --resolve staging.tidepool.fernhill.io:443:127.0.0.1 https://staging.tidepool.fernhill.io/healthz
‵‵‵

${n('If ‵openssl rsa‵ asks for a pass phrase, the key is encrypted; staging keys are not.', ['prose'])}
`;
    },
  },

  // ------------------------------------------------------------------ CONTRIBUTING
  {
    path: 'CONTRIBUTING.md', kind: 'markdown',
    build: ({ n, t, P }) => `# Contributing to Tidepool

Thanks for helping! Please read this before opening a pull request.

## Development setup

See [docs/getting-started.md](docs/getting-started.md). In short: Node 20, Python 3.11,
Docker, and ‵make bootstrap‵.

## Secrets

- ${n('Never commit ‵.env‵ files, key files or real tokens — not even in tests or docs.', ['prose'])}
- ${n('In docs and tests use obvious placeholders: ‵tp_test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX‵, ‵<YOUR_API_KEY>‵, ‵' + P.skTest + '4eC39HqLyjWDarjtT1zdp7dc‵-style values from provider docs.', ['placeholder', 'provider-docs-example'])}
- The pre-commit hook runs our secret scanner; if it flags a false positive, add an
  inline allow comment and explain why in the PR.

‵‵‵yaml
# .pre-commit-config.yaml
repos:
  - repo: local
    hooks:
      - id: secret-scan
        name: secret scan
        entry: scripts/secret-scan.sh
        language: script
        ${n("exclude: '^docs/api/openapi\\.yaml$|\\.snap$'", ['regex'])}
‵‵‵

## Commit signing

All commits to ‵main‵ must be signed. Register your GPG or SSH signing key with GitHub.

‵‵‵bash
${n('git config --global user.signingkey ' + t.HEXU(16), ['gpg-key-id'])}
git config --global commit.gpgsign true
‵‵‵

## Publishing (maintainers)

‵‵‵yaml
- uses: actions/setup-node@v4
  with:
    node-version: 20
    registry-url: https://registry.npmjs.org
- run: npm publish --provenance --access public
  env:
    ${n('NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}', ['env-ref', 'github-actions'])}
‵‵‵

## Code of conduct

Be kind. See [CODE_OF_CONDUCT.md](CODE_OF_CONDUCT.md).
`,
  },

  // ------------------------------------------------------------------ npm release notes
  {
    path: 'docs/release.md', kind: 'markdown',
    build: ({ p, n, t }) => `# Releasing the JavaScript client

Normally ‵release.yml‵ does everything. This page documents the manual fallback that
was used for 2.13.3 when GitHub Actions was degraded.

## 1. Build and check the tarball

‵‵‵bash
npm ci
npm run build
npm pack --dry-run
‵‵‵

‵‵‵text
npm notice 📦  @fernhill/tidepool-client@2.13.3
npm notice === Tarball Details ===
npm notice name:          @fernhill/tidepool-client
npm notice version:       2.13.3
npm notice filename:      fernhill-tidepool-client-2.13.3.tgz
npm notice package size:  41.7 kB
${n('npm notice shasum:        ' + t.hex(40), ['sha1'])}
${n('npm notice integrity:     ' + t.sri().slice(0, 24) + '[...]' + t.b64(10) + '==', ['sri-hash', 'truncated'])}
‵‵‵

## 2. Authenticate

${n('Use a granular access token limited to the ‵@fernhill‵ scope, and read it from the environment:', ['prose'])}

‵‵‵ini
# ~/.npmrc
${n('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', ['env-ref', 'npmrc'])}
‵‵‵

What was actually used on the release machine for 2.13.3 (project ‵.npmrc‵, not
committed at the time, pasted here for the record):

‵‵‵ini
@fernhill:registry=https://registry.npmjs.org/
${p('//registry.npmjs.org/:_authToken=' + t.npm(), 'npm-token', ['pasted', 'npmrc'])}
always-auth=true
‵‵‵

## 3. Publish

‵‵‵bash
npm publish --access public --otp=123456
‵‵‵

## 4. Verify

‵‵‵bash
npm view @fernhill/tidepool-client@2.13.3 dist.integrity
${n(t.sri(), ['sri-hash'])}
docker buildx imagetools inspect ghcr.io/fernhill/tidepool-client-demo:2.13.3 | grep Digest
${n('Digest:    sha256:' + t.hex(64), ['image-digest'])}
‵‵‵
`,
  },

  // ------------------------------------------------------------------ SECURITY.md
  {
    path: 'SECURITY.md', kind: 'markdown',
    build: ({ n, K, r, t, P }) => {
      const block = K.pgpPublicBlock(r);
      const fp = t.HEXU(40).match(/.{4}/g).join(' ');
      return `# Security Policy

## Supported versions

| Version | Supported |
|---|---|
| 2.15.x | ✅ |
| 2.14.x | ✅ (security fixes only) |
| < 2.14 | ❌ |

## Reporting a vulnerability

Email **security@fernhill.io**. ${n('Please do not include real credentials in your report; if you found a leaked key, send us its location and the last four characters only.', ['prose'])}

We acknowledge reports within two business days.

You may encrypt your report with our PGP key:

${n('Fingerprint: ‵' + fp + '‵', ['fingerprint', 'pgp'])}

‵‵‵
${n(block, ['pgp-public-key', 'pem-block'])}
‵‵‵

## Scope

- ‵api.fernhill.io‵, ‵auth.fernhill.io‵, the Tidepool SDKs in this repository.
- ${n('Out of scope: findings that only involve the documented example keys (e.g. ‵' + P.awsExampleId + '‵) or test-mode placeholders.', ['aws-docs-example', 'prose'])}
`;
    },
  },

  // ------------------------------------------------------------------ Discord integration
  {
    path: 'docs/integrations/discord.md', kind: 'markdown',
    build: ({ p, n, t, K, r }) => {
      const app = K.ed25519Key(r, 'discord-app');
      return `# Discord integration (community server)

The **Tidepool Bot** posts release notes to the community Discord and answers
‵/status‵ slash commands.

## Application

| Field | Value |
|---|---|
${n('| Application ID | ‵1187' + t.digits(15).slice(0, 15) + '‵ |', ['id', 'snowflake'])}
${n('| Public key (for interaction signatures) | ‵' + app.rawPubHex + '‵ |', ['public-key', 'hex'])}
| Interactions endpoint | ‵https://api.fernhill.io/integrations/discord/interactions‵ |

${n('The public key is not a secret: Discord publishes it so that we can verify the Ed25519 signature on every interaction.', ['prose'])}

## Configuration

‵‵‵bash
${n('DISCORD_TOKEN=your-bot-token', ['placeholder'])}
DISCORD_GUILD_ID=1093${t.digits(15)}
‵‵‵

${n('Bot tokens are three base64url segments separated by dots (user id, timestamp, HMAC).', ['format-description'])}

## Release announcements

The release workflow posts through a channel webhook. For manual announcements:

‵‵‵bash
curl -H "Content-Type: application/json" \\
  -d '{"content":"Tidepool 2.15.0 is out! https://github.com/fernhill/tidepool/releases/tag/v2.15.0"}' \\
  ${p('"' + t.discordWebhook() + '"', 'discord-webhook', ['pasted', 'code-fence'])}
‵‵‵

## Running the bot locally

‵‵‵js
// bot/dev.js — quick local run against the test guild
import { Client, GatewayIntentBits } from "discord.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
client.once("ready", () => console.log(\`ready as \${client.user.tag}\`));
${p('client.login("' + t.discordBot() + '");', 'discord-bot-token', ['pasted', 'js'])}
‵‵‵

${n('In production the token comes from ‵process.env.DISCORD_TOKEN‵.', ['env-ref'])}
`;
    },
  },
];
