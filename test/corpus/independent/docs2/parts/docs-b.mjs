// Notebooks, Sphinx/AsciiDoc/MDX docs, chat exports, email, meeting notes, FAQ, issue templates.

export default [
  // ------------------------------------------------------------------ notebook 2
  {
    path: 'notebooks/llm-eval.ipynb', kind: 'jupyter', format: 'json',
    build: ({ p, n, t, P, nb }) => {
      const key = t.anthropic();
      return nb([
        { type: 'md', src: '# Invoice-summary prompt eval\n\nCompares two prompt variants on 50 anonymised invoices. Results go to `evals/invoice_summary.csv`.' },
        {
          src: '%pip install -q anthropic==0.28.0 pandas',
          outputs: [{ kind: 'stream', text: n('Collecting anthropic==0.28.0 (from -r requirements.txt) --hash=sha256:' + t.hex(64), ['sha256', 'pip-hash']) + '\nNote: you may need to restart the kernel to use updated packages.\n' }],
        },
        {
          src: 'import os, anthropic\n\n' + n('# client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])', ['env-ref', 'comment']) + '\n' +
            'client = anthropic.Anthropic(api_key="' + p(key, 'anthropic-api-key', ['notebook-source']) + '")',
        },
        {
          src: 'resp = client.messages.create(model="claude-3-haiku-20240307", max_tokens=200,\n    messages=[{"role": "user", "content": "Summarise: invoice INV-0042 ..."}])\nresp.id',
          outputs: [{ kind: 'result', text: "'" + n('msg_01' + t.alnum(22), ['id']) + "'" }],
        },
        {
          src: '# with the old key, for comparison\nold = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY_OLD"])\nold.messages.create(model="claude-3-haiku-20240307", max_tokens=10, messages=[{"role": "user", "content": "hi"}])',
          outputs: [{
            kind: 'error', ename: 'AuthenticationError',
            evalue: n("Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}", ['error-message']),
            traceback: [
              '\u001b[0;31m---------------------------------------------------------------------------\u001b[0m',
              '\u001b[0;31mAuthenticationError\u001b[0m                       Traceback (most recent call last)',
              n('Request headers: {\'x-api-key\': \'' + P.ant + '****************\', \'anthropic-version\': \'2023-06-01\'}', ['masked']),
            ],
          }],
        },
        {
          src: 'import pandas as pd\nres = pd.read_csv("evals/invoice_summary.csv")\nres.groupby("variant").score.mean()',
          outputs: [{ kind: 'result', text: 'variant\nA    0.78\nB    0.84\nName: score, dtype: float64' }],
        },
        { type: 'md', src: '### Notes\n\n' + n('- API keys for the eval project are in 1Password ("Anthropic – evals"). Do not commit notebooks with keys in them.', ['prose']) },
      ]);
    },
  },

  // ------------------------------------------------------------------ Sphinx index
  {
    path: 'docs/index.rst', kind: 'rst',
    build: ({ n, P }) => `Tidepool Python SDK
===================

.. image:: https://readthedocs.org/projects/tidepool-sdk/badge/?version=latest
   :target: https://tidepool-sdk.readthedocs.io/en/latest/

The ‵‵tidepool‵‵ package is a thin client for the Tidepool usage API.

.. toctree::
   :maxdepth: 2

   quickstart
   configuration
   releasing
   changelog

Installation
------------

.. code-block:: console

   $ pip install tidepool-sdk

Configuration
-------------

The client reads its settings from the environment:

.. list-table::
   :header-rows: 1

   * - Variable
     - Description
     - Example
   * - ‵‵TIDEPOOL_API_KEY‵‵
     - API key from the dashboard
     - ${n('‵‵tp_live_<32 characters>‵‵', ['placeholder', 'format-description'])}
   * - ‵‵TIDEPOOL_BASE_URL‵‵
     - Override the API host
     - ‵‵https://api.sandbox.fernhill.io/v1‵‵
   * - ‵‵TIDEPOOL_DB_URL‵‵
     - Optional local cache
     - ${n('‵‵postgresql://user:secret@localhost/tidepool_cache‵‵', ['placeholder', 'db-uri'])}

.. code-block:: python

   from tidepool import Client

   ${n('client = Client(api_key=os.environ["TIDEPOOL_API_KEY"])', ['env-ref'])}
   client.events.ingest(customer="cus_123", metric="api_calls", quantity=1)

.. warning::

   ${n('Do not pass the API key as a literal string. Keys pasted into notebooks or', ['prose'])}
   scripts end up in version control sooner or later.

.. note::

   ${n('If you also call Stripe directly, use a restricted key (‵‵' + P.rkLive + '...‵‵) with', ['truncated', 'prose'])}
   read-only access to invoices.
`,
  },

  // ------------------------------------------------------------------ Sphinx releasing
  {
    path: 'docs/releasing.rst', kind: 'rst',
    build: ({ p, n, t, P }) => `Releasing
=========

Releases are published to PyPI by the ‵‵publish.yml‵‵ workflow using trusted
publishing (OIDC). The manual procedure below is only for emergencies.

Prerequisites
-------------

* Maintainer role on https://pypi.org/project/tidepool-sdk/
* ${n('A project-scoped API token. PyPI tokens start with ‵‵' + P.pypi + '‵‵, followed by a long base64 macaroon.', ['format-description'])}

Manual upload
-------------

.. code-block:: console

   $ python -m build
   $ ${n('twine upload -u __token__ -p "$PYPI_API_TOKEN" dist/*', ['env-ref'])}

Alternatively put the token in ‵‵~/.pypirc‵‵. Template:

.. code-block:: ini

   [pypi]
   username = __token__
   ${n('password = <your PyPI API token>', ['placeholder'])}

The emergency release of 1.8.2 (2024-02-27) was done from Jonas' laptop with this
file; it is kept here until the token is revoked (PLAT-2277):

.. code-block:: ini

   [distutils]
   index-servers = pypi

   [pypi]
   repository = https://upload.pypi.org/legacy/
   username = __token__
   password = ${p(t.pypi('tidepool-sdk'), 'pypi-token', ['pasted', 'pypirc'])}

Verifying the upload
--------------------

.. code-block:: console

   $ pip download tidepool-sdk==1.8.2 --no-deps -d /tmp/check
   $ sha256sum /tmp/check/tidepool_sdk-1.8.2-py3-none-any.whl
   ${n(t.hex(64) + '  /tmp/check/tidepool_sdk-1.8.2-py3-none-any.whl', ['sha256'])}

Compare with the hash shown on the PyPI release page.
`,
  },

  // ------------------------------------------------------------------ AsciiDoc deploy guide
  {
    path: 'docs/deploy.adoc', kind: 'asciidoc',
    build: ({ p, n, t, P }) => `= Deploying Tidepool
Platform Team <platform@fernhill.io>
v3.2, 2024-04-09
:toc: left
:icons: font
:source-highlighter: rouge

== Overview

Production runs on Kubernetes (EKS). The public status page and the docs site run
on DigitalOcean App Platform, and the legacy admin UI still lives on Heroku.

== Kubernetes

[source,bash]
----
kubectl config use-context fernhill-prod-eu
helm upgrade --install tidepool charts/tidepool -f charts/tidepool/values-prod.yaml \\
  --set image.tag=2.15.0
----

NOTE: ${n('Image tags are immutable; pin digests in ‵values-prod.yaml‵, e.g. ‵sha256:' + t.hex(64) + '‵.', ['image-digest'])}

== DigitalOcean (status page, docs)

[source,bash]
----
${n('doctl auth init --access-token "$DIGITALOCEAN_TOKEN"', ['env-ref'])}
doctl apps create-deployment 5f1c0a4e-docs --wait
----

${n('Personal access tokens have the form ‵' + P.dop + '‵ followed by 64 hex characters.', ['format-description'])}

.Token used by the docs deploy job (scoped to the ‵docs‵ app only)
[source,bash]
----
export DIGITALOCEAN_TOKEN=${p(t.doToken(), 'digitalocean-token', ['pasted', 'code-block'])}
doctl apps list --format ID,Spec.Name
----

== Heroku (legacy admin UI)

[source,bash]
----
${n('heroku auth:token    # prints the token of the logged-in user', ['prose', 'command'])}
export HEROKU_API_KEY=${p(t.uuid(), 'heroku-api-key', ['pasted', 'uuid-format', 'keyword-context'])}
git push heroku main
----

For CI, create a long-lived authorization instead of using your own login:

[source,bash]
----
$ heroku authorizations:create --description "tidepool-admin deploys"
Creating OAuth Authorization... done
Client:      <none>
ID:          ${n(t.uuid(), ['uuid', 'id'])}
Description: tidepool-admin deploys
Scope:       global
${p('Token:       ' + t.herokuNew(), 'heroku-api-key', ['pasted', 'cli-output'])}
Updated at:  Tue Apr 09 2024 10:12:44 GMT+0000
----

WARNING: ${n('The token above grants full account access. Store it as ‵HEROKU_API_KEY‵ in the CI secret store and nowhere else.', ['prose', 'env-name'])}

== Terraform variables

[source,hcl]
----
variable "do_token" {
  type      = string
  sensitive = true
}

provider "digitalocean" {
  ${n('token = var.do_token', ['var-ref'])}
}
----
`,
  },

  // ------------------------------------------------------------------ MDX
  {
    path: 'docs/guides/webhooks.mdx', kind: 'mdx',
    build: ({ p, n, t, P }) => {
      const ts = 1712659200 + 3127;
      return `---
title: Receiving webhooks
description: Verify and process Tidepool and Stripe webhook events.
sidebar_position: 4
tags: [webhooks, security]
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import { Callout } from '@/components/Callout';

# Receiving webhooks

Tidepool forwards Stripe invoice events to your endpoint after enriching them with
usage data. Every request carries a ‵Tidepool-Signature‵ header.

<Callout type="danger">
  ${n('Never commit your signing secret. Load it from ‵process.env.TIDEPOOL_WEBHOOK_SECRET‵ or your secret manager.', ['prose', 'env-ref'])}
</Callout>

## Signature header

‵‵‵text
${n('Tidepool-Signature: t=' + ts + ',v1=' + t.hex(64), ['hmac-signature', 'example'])}
‵‵‵

${n('‵v1‵ is a hex-encoded HMAC-SHA256 of ‵{t}.{raw body}‵ keyed with your endpoint secret (‵' + P.whsec + '…‵).', ['format-description', 'truncated'])}

<Tabs>
<TabItem value="node" label="Node.js">

‵‵‵js
import crypto from "node:crypto";

${n('const secret = process.env.TIDEPOOL_WEBHOOK_SECRET;', ['env-ref'])}

export function verify(rawBody, header) {
  const { t, v1 } = Object.fromEntries(header.split(",").map((kv) => kv.split("=")));
  const expected = crypto.createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(v1));
}
‵‵‵

</TabItem>
<TabItem value="python" label="Python">

‵‵‵python
import hmac, hashlib, os

${n('SECRET = os.environ["TIDEPOOL_WEBHOOK_SECRET"].encode()', ['env-ref'])}

def verify(raw_body: bytes, header: str) -> bool:
    parts = dict(kv.split("=", 1) for kv in header.split(","))
    mac = hmac.new(SECRET, f"{parts['t']}.".encode() + raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, parts["v1"])
‵‵‵

</TabItem>
</Tabs>

## Local testing

‵‵‵bash
stripe listen --forward-to localhost:3000/webhooks/stripe
${n('> Ready! Your webhook signing secret is ' + P.whsec + '**************************** (^C to quit)', ['masked', 'cli-output'])}
‵‵‵

## Production configuration

Our own billing-sync endpoint is configured like this (copied from the
‵billing-sync‵ Helm values while debugging PAY-790):

‵‵‵yaml
env:
  STRIPE_WEBHOOK_SECRET: "${p(t.whsec(), 'stripe-webhook-secret', ['pasted', 'helm-values'])}"
  ${n('TIDEPOOL_WEBHOOK_SECRET: "{{ .Values.secrets.webhookSecret }}"', ['template'])}
‵‵‵

<Callout type="info">
  Retries use exponential backoff for up to 3 days. Use the event ‵id‵
  (for example ${n('‵evt_' + t.alnum(24) + '‵', ['id'])}) to deduplicate.
</Callout>
`;
    },
  },

  // ------------------------------------------------------------------ Slack export
  {
    path: 'exports/slack/incident-2024-05-02/2024-05-02.json', kind: 'slack-export', format: 'json', slash: true,
    build: ({ p, n, t, P, r, K, people }) => {
      const bot = t.slackBot();
      const sshKey = K.ed25519Key(r, 'ops@ops-01');
      const gh = t.ghp();
      let ts = 1714651200 + r.int(3000);
      const msg = (who, text, extra = {}) => {
        ts += 30 + r.int(400);
        return {
          client_msg_id: extra.noId ? undefined : t.uuid(),
          type: 'message',
          text,
          user: who[2],
          ts: `${ts}.${String(r.int(999999)).padStart(6, '0')}`,
          team: 'T02FHL1TPL',
          user_profile: { avatar_hash: t.hex(12), first_name: who[0].split(' ')[0], real_name: who[0], display_name: who[1], team: 'T02FHL1TPL', is_restricted: false, is_ultra_restricted: false },
          ...(extra.blocksText ? { blocks: [{ type: 'rich_text', block_id: t.alnum(5), elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: extra.blocksText }] }] }] } : {}),
        };
      };
      const [a, b, c, d] = people;
      const m = [
        msg(a, 'deploy-bot is not posting to #releases since this morning, anyone touched the Slack app?'),
        msg(b, n('I regenerated the bot token yesterday when I added the `chat:write.public` scope, old one was `' + P.xoxb + '…`', ['truncated', 'chat']), {}),
        msg(b, 'here is the new one, can someone put it in the deploy-bot secret? ' + p(bot, 'slack-bot-token', ['chat', 'pasted']), { blocksText: 'here is the new one, can someone put it in the deploy-bot secret? ' + p(bot, 'slack-bot-token', ['chat', 'pasted', 'rich-text-block']) }),
        msg(c, n('please don\'t paste tokens in channels :pray: use 1Password or `vault kv put secret/deploy-bot/slack token=@-`', ['prose', 'chat'])),
        msg(b, 'oops, sorry. will rotate again after we confirm it works'),
        msg(d, 'while we are at it, the mirror job also fails, it uses my PAT: ' + p(gh, 'github-pat', ['chat', 'pasted']), { blocksText: 'while we are at it, the mirror job also fails, it uses my PAT: ' + p(gh, 'github-pat', ['chat', 'pasted', 'rich-text-block']) }),
        msg(c, n('[REDACTED by Slack DLP: message contained a credential]', ['redacted', 'chat'])),
        msg(a, n('GitHub PATs look like `' + P.ghp + '` + 36 chars, the DLP rule matches those; the bot token got through because the rule only checks `' + P.xoxp + '`', ['format-description', 'chat'])),
        msg(d, n('rotated both. new values are in vault, sha of the secret version: ' + t.hex(40), ['sha1', 'chat'])),
        msg(a, 'confirmed deploy-bot posts again :white_check_mark:'),
        msg(b, 'unrelated, but for the bastion-old cleanup: this is the key the cron on ops-01 uses, can someone check if it is still in authorized_keys?\n```' + p(sshKey.openssh, 'openssh-private-key', ['chat', 'json-escaped']) + '```'),
        msg(c, n('checked, its public half `' + sshKey.sshPub.split(' ').slice(0, 2).join(' ').slice(0, 40) + '…` is still there. removing it now and rotating', ['truncated', 'ssh-public-key', 'chat'])),
      ];
      return JSON.stringify(m, null, 4) + '\n';
    },
  },

  // ------------------------------------------------------------------ Teams export
  {
    path: 'exports/teams/platform-general-2024-04.json', kind: 'teams-export', format: 'json',
    build: ({ p, n, t, P, people, r }) => {
      const [a, b, c] = people;
      let time = Date.UTC(2024, 3, 16, 8, 30, 0);
      const m = (who, html) => {
        time += (5 + r.int(90)) * 60000;
        const id = String(time);
        return {
          id, replyToId: null, etag: id, messageType: 'message',
          createdDateTime: new Date(time).toISOString(), lastModifiedDateTime: new Date(time).toISOString(),
          importance: 'normal', locale: 'en-us',
          from: { application: null, device: null, user: { id: t.uuid(), displayName: who[0], userIdentityType: 'aadUser', tenantId: '6f0c2d1e-8b1a-4c3e-9a7d-2f54e1b0c9aa' } },
          body: { contentType: 'html', content: html },
          attachments: [], mentions: [], reactions: [],
        };
      };
      return JSON.stringify({
        '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#teams('2c4e8f10-7a3b-4d21-b9e5-0c6a8d3f1e72')/channels('19%3Aa81f0c3d9b2e4f6a8c1d3e5f7a9b0c2d%40thread.tacv2')/messages",
        '@odata.count': 6,
        value: [
          m(a, '<p>Exports to the partner SFTP are failing since the storage account move. Does anyone have the new connection string?</p>'),
          m(b, '<p>Here you go, this is the new one for <b>fhexportsprod</b>:</p><p>' + p(t.azureStorage('fhexportsprod'), 'azure-storage-connection-string', ['chat', 'html']) + '</p>'),
          m(c, n('<p>Please use Key Vault reference <code>@Microsoft.KeyVault(SecretUri=https://fh-prod-kv.vault.azure.net/secrets/exports-storage/)</code> in app settings instead of the raw string.</p>', ['keyvault-ref', 'chat'])),
          m(a, '<p>Also the invoice-events queue:</p><pre>' + p(t.azureServiceBus('fh-billing-prod'), 'azure-servicebus-connection-string', ['chat', 'html']) + '</pre>'),
          m(b, n('<p>For local dev use Azurite: <code>AccountName=devstoreaccount1;AccountKey=' + P.azureDevstoreKey + '</code> (the well-known emulator key)</p>', ['well-known-emulator-key', 'chat'])),
          m(c, n('<p>Rotated the prod key, connection string now reads <code>DefaultEndpointsProtocol=https;AccountName=fhexportsprod;AccountKey=&lt;redacted&gt;;EndpointSuffix=core.windows.net</code> in the wiki.</p>', ['redacted', 'chat'])),
        ],
      }, null, 2) + '\n';
    },
  },

  // ------------------------------------------------------------------ email
  {
    path: 'mail/2024-02-19_re-replica-credentials.eml', kind: 'email',
    build: ({ p, n, t, r }) => {
      const pw = t.password(16, 'plain');
      const b = r.bytes(256).toString('base64');
      const mid = 'CAH' + t.alnum(40) + '@mail.gmail.com';
      const mid0 = 'CAJ' + t.alnum(38) + '@mail.gmail.com';
      return `Return-Path: <jonas@fernhill.io>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])
        by mx.google.com with SMTPS id a640c23a62f3a-a3e7c1d1f07sor4719623566b.12.2024.02.19.07.41.22
        for <tomasz@fernhill.io>
        (Google Transport Security);
        Mon, 19 Feb 2024 07:41:22 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=fernhill.io; s=google; t=1708357282; x=1708962082; darn=fernhill.io;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        ${n('bh=' + r.bytes(32).toString('base64') + ';', ['dkim', 'body-hash'])}
${n(b.match(/.{1,70}/g).map((x, i) => '        ' + (i === 0 ? 'b=' : '') + x).join('\n'), ['dkim', 'signature'])}
MIME-Version: 1.0
References: <${mid0}>
In-Reply-To: <${mid0}>
From: Jonas Berg <jonas@fernhill.io>
Date: Mon, 19 Feb 2024 16:41:10 +0100
${n('Message-ID: <' + mid + '>', ['message-id'])}
Subject: Re: replica credentials for the reporting job
To: Tomasz Nowak <tomasz@fernhill.io>
Cc: Priya Raman <priya@fernhill.io>
Content-Type: text/plain; charset="UTF-8"

Hi Tomasz,

I created the role on ledger-db-3 this morning. Details:

  host:     ledger-db-3.internal.fernhill.io
  port:     5432
  database: ledger
  user:     reporting_ro
${p('  password: ' + pw, 'password', ['email', 'pasted'])}

It only has SELECT on the reporting schema. ${n('I\'ll move the password into Vault once', ['prose'])}
PLAT-2254 is merged, then you can switch to ${n('$REPORTING_DB_PASSWORD', ['env-ref'])}.

Cheers,
Jonas

On Mon, 19 Feb 2024 at 10:02, Tomasz Nowak <tomasz@fernhill.io> wrote:
> Hey Jonas,
>
> ${n('Could you send me the password for the read replica user? The old one', ['prose', 'quoted'])}
> ${n('from the wiki (password: ********) no longer works.', ['masked', 'quoted'])}
>
> Thanks!
> Tomasz

--
Jonas Berg · Platform Engineering · Fernhill
`;
    },
  },

  // ------------------------------------------------------------------ meeting notes
  {
    path: 'docs/meetings/2024-06-18-platform-sync.md', kind: 'markdown',
    build: ({ p, n, t, P }) => `# Platform sync — 2024-06-18

**Attendees:** Priya, Tomasz, Hannah, Jonas, Mei
**Notes:** Mei

## 1. Grafana migration

- Grafana 10.4 is up at https://grafana.internal.fernhill.io, dashboards imported.
- SSO via Okta not finished yet; until then log in with the local admin:
  user ‵admin‵, password ${p('‵' + t.password(14, 'plain') + '‵', 'password', ['meeting-notes', 'pasted'])} (Tomasz to disable by Friday)
- ${n('Hannah: rotate the Datadog API key used by the old exporter (key ending in ‵…9f3c‵).', ['truncated'])}

## 2. AWS access keys

- ${n('Still 4 IAM users with long-lived access keys (‵' + P.akia + '…‵). Plan: move CI to OIDC by end of Q3.', ['truncated'])}
- ${n('Jonas shared the IAM credential report; the oldest key is 612 days old and was last used from ‵203.0.113.24‵.', ['prose'])}

## 3. Secret scanning

- GitHub push protection enabled org-wide on 2024-06-10.
- ${n('Custom patterns added for ‵tp_live_[A-Za-z0-9]{32}‵ and ‵' + P.dop + '[a-f0-9]{64}‵.', ['regex'])}
- ${n('3 alerts this week, all false positives on ‵' + P.awsExampleId + '‵ in docs.', ['aws-docs-example'])}

## 4. Incidents

- INC-311 (webhook outage) post-mortem reviewed, action items tracked in PAY-812/815.
- ${n('Reverted commit ‵' + t.hex(40) + '‵ that disabled TLS verification in the worker.', ['commit-sha'])}

## Action items

- [ ] Tomasz — disable Grafana local admin after Okta SSO works
- [ ] Hannah — Datadog key rotation
- [ ] Jonas — OIDC for ‵deploy.yml‵ (${n('replace ‵${{ secrets.AWS_ACCESS_KEY_ID }}‵', ['env-ref', 'github-actions'])})
`,
  },

  // ------------------------------------------------------------------ FAQ
  {
    path: 'docs/faq/troubleshooting.md', kind: 'markdown',
    build: ({ p, n, t, P }) => `# Troubleshooting FAQ

### The API returns 401 even though my token is set

Check the request actually carries the header. With ‵DEBUG=tidepool:*‵ the client
logs a masked version:

‵‵‵text
${n('tidepool:http → POST /v1/events Authorization: Bearer ' + P.eyJ + 'hbGciOi…[truncated]', ['truncated', 'log'])}
${n('tidepool:http ← 401 {"error":{"code":"token_expired"}} request_id=req_' + t.alnum(24), ['id', 'log'])}
‵‵‵

If the header is missing, ‵TIDEPOOL_API_KEY‵ is not exported in the shell that
runs the process (${n('‵echo ${TIDEPOOL_API_KEY:0:8}‵', ['env-ref'])} should print the first 8 characters).

### The Datadog agent is not sending metrics

Run the agent with debug logging and look for the intake response:

‵‵‵text
2024-05-14 09:12:03 UTC | CORE | DEBUG | (pkg/forwarder/transaction/transaction.go:433 in internalProcess) | Transaction sent
2024-05-14 09:12:03 UTC | CORE | DEBUG | POST https://api.datadoghq.eu/api/v1/series
${p('2024-05-14 09:12:03 UTC | CORE | DEBUG |   DD-API-KEY: ' + t.ddApi(), 'datadog-api-key', ['log', 'pasted'])}
2024-05-14 09:12:03 UTC | CORE | ERROR | API Key invalid, dropping transaction for this endpoint
‵‵‵

The key above belongs to the **US** org but the agent sends to ‵datadoghq.eu‵; set
‵DD_SITE‵. ${n('Agent config template: ‵api_key: <DATADOG_API_KEY>‵.', ['placeholder'])}

### ‵gh‵ works but ‵git push‵ is rejected

Check which account and scopes the CLI is using. Output from Mei's laptop when this
was debugged (PLAT-2266):

‵‵‵text
$ gh auth status -t
github.com
  ✓ Logged in to github.com account mei-fernhill (keyring)
  - Active account: true
  - Git operations protocol: https
${p('  - Token: ' + t.gho(), 'github-oauth-token', ['pasted', 'cli-output'])}
  - Token scopes: 'gist', 'read:org', 'repo'
‵‵‵

${n('Without ‵-t‵ the token is masked as ‵' + P.gho + '************************************‵.', ['masked'])}

### ‵npm ERR! 401 Unauthorized‵ when installing ‵@fernhill/*‵ packages

Your ‵.npmrc‵ must reference the token via the environment:

‵‵‵ini
@fernhill:registry=https://npm.pkg.github.com
${n('//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}', ['env-ref', 'npmrc'])}
‵‵‵

### Git keeps asking for my password

${n('GitHub no longer accepts account passwords for Git over HTTPS. Use SSH or a personal access token as the password.', ['prose'])}

### ‵psql: FATAL: password authentication failed for user "tidepool_app"‵

${n('App credentials are dynamic (Vault, 24h TTL). Fetch fresh ones with ‵vault read database/creds/tidepool-app‵.', ['prose'])}
The output looks like:

‵‵‵text
Key                Value
---                -----
${n('lease_id           database/creds/tidepool-app/' + t.alnum(24), ['id', 'vault-lease'])}
lease_duration     24h
${n('password           ********************', ['masked'])}
username           v-token-tidepool-app-${t.alnum(20)}-1715677923
‵‵‵

### Sentry shows "Invalid token" in the release step

${n('‵sentry-cli‵ needs ‵SENTRY_AUTH_TOKEN‵ with ‵project:releases‵ scope. Org tokens start with ‵' + P.sntrys + '‵, user tokens with ‵' + P.sntryu + '‵.', ['format-description', 'env-name'])}
`,
  },

  // ------------------------------------------------------------------ issue template (md)
  {
    path: '.github/ISSUE_TEMPLATE/bug_report.md', kind: 'issue-template',
    build: ({ n, P }) => `---
name: Bug report
about: Something in Tidepool is not working as documented
title: "[bug] "
labels: ["bug", "needs-triage"]
assignees: []
---

${n('<!-- ⚠️ Do NOT paste API keys, tokens, passwords or connection strings. Replace them with [REDACTED]. -->', ['prose', 'comment'])}

**Describe the bug**
A clear and concise description of what the bug is.

**To reproduce**
Steps to reproduce the behaviour:
1. Call ‵...‵
2. With payload ‵...‵
3. See error

**Logs**
‵‵‵
${n('paste logs here (tokens appear as tp_live_****abcd; if you see a full key, redact it)', ['masked', 'prose'])}
‵‵‵

**Environment**
- SDK version:
- Runtime (node/python + version):
- ${n('API key type: [ ] live (‵tp_live_…‵) [ ] test (‵tp_test_…‵) — do not paste the key', ['truncated'])}
- ${n('Stripe mode: [ ] live (‵' + P.skLive + '…‵) [ ] test', ['truncated'])}

**Additional context**
Add any other context about the problem here.
`,
  },

  // ------------------------------------------------------------------ issue form (yml)
  {
    path: '.github/ISSUE_TEMPLATE/integration_request.yml', kind: 'issue-template-yaml',
    build: ({ n, P }) => `name: Integration request
description: Ask the Platform team to connect a third-party service (Slack, Discord, Datadog, ...)
title: "[integration]: "
labels: ["integration", "platform"]
body:
  - type: markdown
    attributes:
      value: |
        Thanks! ${n('**Never** put credentials in this form. We will create tokens ourselves and store them in Vault.', ['prose'])}
  - type: dropdown
    id: service
    attributes:
      label: Service
      options: [Slack, Discord, Datadog, Sentry, PagerDuty, Other]
    validations:
      required: true
  - type: input
    id: workspace
    attributes:
      label: Workspace / organisation
      placeholder: fernhill.slack.com
  - type: input
    id: existing-token
    attributes:
      label: Existing token (last 4 characters only)
      description: ${n('If a token already exists, give us its last four characters so we can find and revoke it, e.g. ‵' + P.xoxb + '…a9Zq‵.', ['truncated'])}
      ${n('placeholder: "…a9Zq"', ['truncated'])}
  - type: textarea
    id: scopes
    attributes:
      label: Required scopes
      placeholder: chat:write, channels:read
  - type: checkboxes
    id: terms
    attributes:
      label: Checklist
      options:
        - label: ${n('I have not pasted any secret, password or webhook URL in this issue', ['prose'])}
          required: true
`,
  },
];
