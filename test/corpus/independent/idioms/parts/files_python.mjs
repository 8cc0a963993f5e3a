// Python sources: triple-quoted strings, class constants, default parameter
// values, dict literals, keyword arguments, builder chains.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';
import { rng } from './rng.mjs';

export function billingSettings() {
  const b = new FileBuilder('services/billing/billing/settings.py');
  const sk = T.stripeSecret(), wh = T.stripeWebhook(), rk = T.stripeRestricted();
  b.text(`
"""Billing service settings.

Values are read from the environment in production; the defaults below
exist so that \`make dev\` works without a .env file.

Example .env entry (never commit a real key):
`);
  b.neg('placeholder', `    STRIPE_SECRET_KEY=${N.fill(P.skLive, 24)}`);
  b.text(`
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import stripe

# Publishable keys are embedded in the checkout page and are public by design.
`);
  b.neg('publishable', `STRIPE_PUBLISHABLE_KEY = "${T.stripePublishable()}"`);
  b.neg('publishable', `STRIPE_PUBLISHABLE_KEY_TEST = "${T.stripePublishableTest()}"`);
  b.text(`

# Legacy INI blob consumed by the reconciliation worker.
RECONCILER_CONFIG = """
[stripe]
api_version = 2023-10-16
`);
  b.pos(S('stripe-secret-key', 'stripe', 'python-triple-quoted', sk), `secret_key = ${sk}`);
  b.text(`
max_network_retries = 3

[ledger]
currency = usd
batch_size = 500
"""


@dataclass
class StripeSettings:
    api_version: str = "2023-10-16"
`);
  b.neg('env-read', `    secret_key: str = field(default_factory=lambda: os.environ["STRIPE_SECRET_KEY"])`);
  b.text(`
    webhook_tolerance: int = 300
    statement_descriptor: str = "ACME BILLING"


class WebhookConfig:
    ENDPOINT = "/webhooks/stripe"
`);
  b.pos(S('stripe-webhook-secret', 'stripe', 'class-constant', wh), `    SIGNING_SECRET = "${wh}"`);
  b.neg('truncated', `    # rotated 2024-03; the previous secret (${N.elide(P.whsec, 6)}) was revoked`);
  b.text(`
    TOLERANCE_SECONDS = 300
`);
  b.neg('id-same-shape', `    SAMPLE_EVENT_ID = "evt_${rng.b62(24)}"`);
  b.text(`


`);
  b.pos(S('stripe-restricted-key', 'stripe', 'default-parameter', rk),
    `def make_client(api_key: str = "${rk}", timeout: float = 20.0) -> stripe.StripeClient:`);
  b.text(`
    """Build a Stripe client for the refunds worker."""
    return stripe.StripeClient(api_key, max_network_retries=2)


def client_from_env() -> stripe.StripeClient:
`);
  b.neg('env-read', `    key = os.getenv("STRIPE_RESTRICTED_KEY")`);
  b.text(`
    if not key:
        raise RuntimeError("STRIPE_RESTRICTED_KEY is not set")
    return make_client(key)


def redact(key: str) -> str:
    """Show only the mode prefix and the last four characters."""
    return key[:8] + "..." + key[-4:]


`);
  b.neg('masked', `EXAMPLE_REDACTED = "${P.skLive}${'*'.repeat(20)}${rng.b62(4)}"`);
  b.text(`
SETTINGS = StripeSettings()
`);
  return b;
}

export function llmClients() {
  const b = new FileBuilder('ml/llm/clients.py');
  const oa = T.openai(), an = T.anthropic(), hf = T.huggingface(), co = T.cohere(), gq = T.groq(), rp = T.replicate();
  b.text(`
"""Thin wrappers around the hosted LLM providers used by the eval pipeline.

Keys come from the environment (see docs/llm.md), for example:

`);
  b.neg('truncated', `    export OPENAI_API_KEY=${N.elide(P.openai, 3)}`);
  b.neg('placeholder', `    export ANTHROPIC_API_KEY=${P.anthropic}...`);
  b.text(`
"""
from __future__ import annotations

import logging
import os
from typing import Any

import anthropic
import cohere
import groq
import replicate
from huggingface_hub import InferenceClient
from openai import OpenAI

log = logging.getLogger(__name__)

`);
  b.neg('env-read', `OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")`);
  b.line('# Separate project key so the nightly batch job has its own usage limits.');
  b.pos(S('openai-api-key', 'openai', 'module-constant', oa), `OPENAI_BATCH_KEY = "${oa}"`);
  b.text(`

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-latest",
    "groq": "llama-3.1-70b-versatile",
}


def openai_client(batch: bool = False) -> OpenAI:
    key = OPENAI_BATCH_KEY if batch else OPENAI_API_KEY
    return OpenAI(api_key=key, timeout=60)


`);
  b.pos(S('anthropic-api-key', 'anthropic', 'default-parameter', an),
    `def anthropic_client(api_key: str = "${an}") -> anthropic.Anthropic:`);
  b.text(`
    return anthropic.Anthropic(api_key=api_key, max_retries=3)


def anthropic_client_from_env() -> anthropic.Anthropic:
`);
  b.neg('env-read', `    return anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])`);
  b.text(`


HF_TOKENS: dict[str, str] = {
`);
  b.pos(S('huggingface-token', 'huggingface', 'dict-literal', hf), `    "read": "${hf}",`);
  b.neg('placeholder', `    "write": "${N.fill(P.hf, 34, 'x')}",`);
  b.text(`
}
`);
  b.neg('hash-same-length', `MODEL_REVISION = "${T.gitSha()}"  # pinned commit of the tokenizer repo`);
  b.text(`


def hf_client(model: str, scope: str = "read") -> InferenceClient:
    return InferenceClient(model=model, token=HF_TOKENS[scope], revision=MODEL_REVISION)


def cohere_client() -> cohere.ClientV2:
    return cohere.ClientV2(
`);
  b.pos(S('cohere-api-key', 'cohere', 'keyword-argument', co), `        api_key="${co}",`);
  b.text(`
        timeout=30,
    )


def cohere_client_from_env() -> cohere.ClientV2:
`);
  b.neg('env-read', `    return cohere.ClientV2(api_key=os.environ["CO_API_KEY"])`);
  b.neg('placeholder', `    # CO_API_KEY=${'x'.repeat(40)}`);
  b.text(`


`);
  b.neg('name-only', `def groq_client(api_key: str | None = None) -> groq.Groq:`);
  b.pos(S('groq-api-key', 'groq', 'or-fallback', gq), `    return groq.Groq(api_key=api_key or "${gq}")`);
  b.text(`


`);
  b.pos(S('replicate-api-token', 'replicate', 'env-setdefault', rp), `os.environ.setdefault("REPLICATE_API_TOKEN", "${rp}")`);
  b.neg('truncated', `# the staging token (${N.elide(P.replicate, 4)}) lives in Doppler`);
  b.text(`


def run_replicate(model: str, **inputs: Any) -> Any:
    log.info("replicate run %s", model)
    return replicate.run(model, input=inputs)


def available_providers() -> list[str]:
    found = []
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "COHERE_API_KEY", "GROQ_API_KEY"):
        if os.environ.get(name):
            found.append(name.split("_")[0].lower())
    return found
`);
  return b;
}

export function bootstrapSecrets() {
  const b = new FileBuilder('ops/secrets/bootstrap_secrets.py');
  const age = T.ageSecret(), hvs = T.vault(), dp = T.doppler();
  b.text(`
#!/usr/bin/env python3
"""Bootstrap secrets for a fresh staging cluster.

Writes the SOPS age identity, logs in to Vault and seeds the Doppler config
that the staging workloads read at start-up.
"""
import os
import pathlib
import sys

import hvac
import requests

AGE_KEYS_PATH = pathlib.Path.home() / ".config" / "sops" / "age" / "keys.txt"

# Recipient listed in .sops.yaml (the public half, safe to share)
`);
  b.neg('public-key', `AGE_RECIPIENT = "${T.agePublic()}"`);
  b.text(`

AGE_IDENTITY = """\\
# created: 2024-05-02T10:14:07Z
`);
  b.neg('public-key', `# public key: ${T.agePublic()}`);
  b.pos(S('age-secret-key', 'age', 'python-triple-quoted', age), age);
  b.text(`
"""


class VaultSettings:
    ADDR = "https://vault.internal.acme.io:8200"
    NAMESPACE = "platform/staging"
`);
  b.pos(S('vault-token', 'hashicorp-vault', 'class-constant', hvs), `    BOOTSTRAP_TOKEN = "${hvs}"`);
  b.neg('placeholder', `    # runbook example: VAULT_TOKEN=${N.fill(P.vault, 24)}`);
  b.text(`
    MOUNT = "kv"


def write_age_identity() -> None:
    AGE_KEYS_PATH.parent.mkdir(parents=True, exist_ok=True)
    AGE_KEYS_PATH.write_text(AGE_IDENTITY)
    AGE_KEYS_PATH.chmod(0o600)


def vault_client() -> hvac.Client:
`);
  b.neg('env-read', `    token = os.environ.get("VAULT_TOKEN") or VaultSettings.BOOTSTRAP_TOKEN`);
  b.text(`
    client = hvac.Client(url=VaultSettings.ADDR, token=token, namespace=VaultSettings.NAMESPACE)
    if not client.is_authenticated():
        sys.exit("vault: not authenticated")
    return client


class DopplerSeeder:
    API = "https://api.doppler.com/v3"

    def __init__(self) -> None:
        self.session = requests.Session()
        self.project = ""
        self.config = ""

    def with_project(self, name: str) -> "DopplerSeeder":
        self.project = name
        return self

    def with_config(self, name: str) -> "DopplerSeeder":
        self.config = name
        return self

    def with_token(self, token: str) -> "DopplerSeeder":
        self.session.headers["Authorization"] = f"Bearer {token}"
        return self

    def push(self, secrets: dict[str, str]) -> None:
        url = f"{self.API}/configs/config/secrets"
        body = {"project": self.project, "config": self.config, "secrets": secrets}
        self.session.post(url, json=body, timeout=15).raise_for_status()


def main() -> None:
    write_age_identity()
    vault = vault_client()
`);
  b.neg('secret-manager', `    stripe_key = vault.secrets.kv.v2.read_secret_version(path="billing/stripe")["data"]["data"]["secret_key"]`);
  b.text(`
    seeder = (
        DopplerSeeder()
        .with_project("billing")
        .with_config("stg")
`);
  b.pos(S('doppler-token', 'doppler', 'builder-chain', dp), `        .with_token("${dp}")`);
  b.neg('truncated', `        # prod uses a service token too (${N.elide(P.doppler, 4)}), read from Vault`);
  b.text(`
    )
    seeder.push({"STRIPE_SECRET_KEY": stripe_key})
    print("staging secrets seeded")


if __name__ == "__main__":
    main()
`);
  return b;
}

export function workspaceSync() {
  const b = new FileBuilder('tools/workspace_sync/sync.py');
  const at = T.airtable(), nt = T.notionLegacy(), pw = T.password(20);
  b.text(`
"""Mirror the product roadmap from Airtable into the team Notion database.

Run from cron every 30 minutes:

    */30 * * * * cd /opt/workspace_sync && .venv/bin/python sync.py
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

import psycopg
import requests
from notion_client import Client as NotionClient

log = logging.getLogger("workspace_sync")

`);
  b.neg('id-same-shape', `AIRTABLE_BASE_ID = "app${rng.b62(14)}"`);
  b.line('AIRTABLE_TABLE = "Roadmap"');
  b.neg('id-same-shape', `NOTION_DATABASE_ID = "${T.md5()}"`);
  b.text(`

AIRTABLE_HEADERS = {
`);
  b.pos(S('airtable-pat', 'airtable', 'headers-dict', at), `    "Authorization": "Bearer ${at}",`);
  b.text(`
    "Content-Type": "application/json",
}

`);
  b.neg('placeholder', `# token format: ${P.airtable}${'X'.repeat(14)}.${'X'.repeat(64)}`);
  b.text(`
STATE_DSN = (
    "host=pg-tools.internal port=5432 dbname=workspace_sync user=sync "
`);
  b.pos(S('postgres-password', 'postgres', 'python-implicit-concat', pw), `    "password=${pw} sslmode=require"`);
  b.text(`
)


def notion() -> NotionClient:
`);
  b.pos(S('notion-token', 'notion', 'keyword-argument', nt), `    return NotionClient(auth="${nt}", log_level=logging.WARNING)`);
  b.text(`


def notion_from_env() -> NotionClient:
`);
  b.neg('env-read', `    return NotionClient(auth=os.environ["NOTION_TOKEN"])`);
  b.text(`


def fetch_airtable_rows() -> list[dict]:
    url = f"https://api.airtable.com/v0/{AIRTABLE_BASE_ID}/{AIRTABLE_TABLE}"
    rows, offset = [], None
    while True:
        params = {"pageSize": 100}
        if offset:
            params["offset"] = offset
        resp = requests.get(url, headers=AIRTABLE_HEADERS, params=params, timeout=20)
        resp.raise_for_status()
        data = resp.json()
        rows.extend(data["records"])
        offset = data.get("offset")
        if not offset:
            return rows


def upsert(client: NotionClient, row: dict) -> None:
    fields = row["fields"]
    client.pages.create(
        parent={"database_id": NOTION_DATABASE_ID},
        properties={
            "Name": {"title": [{"text": {"content": fields.get("Name", "untitled")}}]},
            "Status": {"select": {"name": fields.get("Status", "Backlog")}},
        },
    )


def main() -> None:
    client = notion()
    rows = fetch_airtable_rows()
    for row in rows:
        upsert(client, row)
    with psycopg.connect(STATE_DSN) as conn:
        conn.execute("insert into runs(at, rows) values (%s, %s)", (datetime.now(timezone.utc), len(rows)))
    log.info("synced %d rows", len(rows))


if __name__ == "__main__":
    main()
`);
  return b;
}
