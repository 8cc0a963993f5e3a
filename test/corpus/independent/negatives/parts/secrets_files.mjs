// Files that carry genuinely leaked credentials, surrounded by ordinary / hard-negative lines.
import { FileBuilder } from "./builder.mjs";
import { ALPHA } from "./rng.mjs";
import { PFX, certificateDer, opensshPrivatePem, pemWrap, rsaPkcs1PrivateDer, serviceJwt, sshEd25519PublicBlob, sshPubLine } from "./tokens.mjs";

export function secretFiles(r, S) {
  const out = [];

  // ---------- committed worker .env ----------
  {
    const b = new FileBuilder("services/worker/.env");
    b.block(`
# worker runtime config (prod)
NODE_ENV=production
SERVICE_NAME=acme-worker
LOG_LEVEL=info
LOG_FORMAT=json

# queues
QUEUE_NAME=jobs-default
QUEUE_PREFETCH=16
CONCURRENCY=8
JOB_TIMEOUT_MS=120000
RETRY_BACKOFF=exponential

# storage
AWS_REGION=us-east-1`);
    b.s(`AWS_ACCESS_KEY_ID=${S.awsKeyId()}`, "aws-access-key-id", ["dotenv"]);
    b.s(`AWS_SECRET_ACCESS_KEY=${S.awsSecret()}`, "aws-secret-access-key", ["dotenv"]);
    b.l(`S3_BUCKET=acme-worker-artifacts-prod`, `S3_PREFIX=exports/`, "", "# cache / locks");
    b.s(`REDIS_URL=redis://:${S.urlPassword(24)}@acme-prod-cache.x1y2z3.ng.0001.use1.cache.amazonaws.com:6379/2`, "connection-string-password", ["dotenv"]);
    b.l(`LOCK_TTL_SECONDS=30`, "", "# observability");
    b.s(`DD_API_KEY=${S.datadog()}`, "datadog-api-key", ["dotenv"]);
    b.l(`DD_SITE=datadoghq.com`, `DD_ENV=production`, `DD_SERVICE=acme-worker`, `DD_TRACE_SAMPLE_RATE=0.2`, "", "# outbound email");
    b.s(`MAILGUN_API_KEY=${S.mailgun()}`, "mailgun-api-key", ["dotenv"]);
    b.l(`MAILGUN_DOMAIN=mg.acme.example`, `MAIL_FROM="Acme <no-reply@acme.example>"`, "", "# feature flags", `FF_NEW_EXPORTER=true`, `FF_PDF_RENDERER=chromium`);
    out.push(b);
  }

  // ---------- billing production config ----------
  {
    const b = new FileBuilder("services/billing/config/production.json");
    b.block(`
{
  "server": {
    "port": 8080,
    "trustProxy": true,
    "requestTimeoutMs": 15000
  },
  "stripe": {
    "apiVersion": "2024-06-20",`);
    b.s(`    "secretKey": "${S.stripeLive()}",`, "stripe-secret-key", ["config"]);
    b.n(`    "publishableKey": "${PFX.stripePubLive}51${r.alnum(14)}${r.alnum(82)}",`, "stripe-publishable-key");
    b.s(`    "webhookSecret": "${S.stripeWebhook()}",`, "stripe-webhook-secret", ["config"]);
    b.n(`    "connectAccount": "acct_1${r.alnum(15)}",`, "stripe-object-id");
    b.block(`
    "maxNetworkRetries": 2,
    "prices": {`);
    b.n(`      "starter_monthly": "price_1${r.alnum(23)}",`, "stripe-object-id");
    b.n(`      "team_monthly": "price_1${r.alnum(23)}",`, "stripe-object-id");
    b.n(`      "enterprise_yearly": "price_1${r.alnum(23)}"`, "stripe-object-id");
    b.block(`
    }
  },
  "database": {
    "host": "billing-db.internal.acme.example",
    "port": 5432,
    "name": "billing",
    "user": "billing_app",`);
    b.n(`    "passwordFile": "/run/secrets/billing_db_password",`, "secret-file-path");
    b.block(`
    "pool": { "min": 2, "max": 20 }
  },
  "invoices": {
    "pdfBucket": "acme-invoices-prod",
    "footer": "Acme Corp · 100 Main St · Springfield"
  },
  "taxes": {
    "provider": "stripe_tax",
    "defaultBehavior": "exclusive"
  }
}`);
    out.push(b);
  }

  // ---------- release script ----------
  {
    const b = new FileBuilder("scripts/release.sh");
    const artUser = "ci-publisher";
    b.block(`
#!/usr/bin/env bash
# Cut a release: tag, build, publish npm + PyPI packages, upload artifacts, create GitHub release.
set -euo pipefail

VERSION="\${1:?usage: release.sh <version>}"
TAG="v\${VERSION}"
ROOT="$(git rev-parse --show-toplevel)"
cd "$ROOT"
`);
    b.s(`export GITHUB_TOKEN="${S.githubPat()}"`, "github-token", ["shell-script"]);
    b.block(`
if [[ -n "$(git status --porcelain)" ]]; then
  echo "working tree is dirty" >&2
  exit 1
fi

echo "==> tagging \${TAG} at $(git rev-parse --short HEAD)"
git tag -a "\${TAG}" -m "release \${TAG}"
git push origin "\${TAG}"

echo "==> building"
npm ci
npm run build
python -m build libs/pycrypt

echo "==> publishing python package"`);
    b.s(`TWINE_USERNAME=__token__ TWINE_PASSWORD="${S.pypi()}" \\`, "pypi-token", ["shell-script"]);
    b.block(`
  python -m twine upload libs/pycrypt/dist/*

echo "==> uploading artifacts"
for f in dist/*.tar.gz; do
  sha256sum "$f" >> dist/SHA256SUMS`);
    b.s(`  curl -fsS --upload-file "$f" "https://${artUser}:${S.urlPassword(18)}@nexus.internal.acme.example/repository/releases/\${TAG}/$(basename "$f")"`, "basic-auth-url", ["shell-script"]);
    b.block(`
done

echo "==> creating GitHub release"
gh release create "\${TAG}" dist/*.tar.gz dist/SHA256SUMS \\
  --title "\${TAG}" \\
  --notes-file "CHANGELOG.d/\${VERSION}.md"

echo "done: https://github.com/acme/platform/releases/tag/\${TAG}"`);
    out.push(b);
  }

  // ---------- post-deploy CI script ----------
  {
    const b = new FileBuilder("ci/scripts/post-deploy.sh");
    const now = 1716000000;
    const jwt = serviceJwt(r, { iss: "https://auth.acme.example/", sub: "svc-smoke-tests", aud: "https://api.acme.example", scope: "projects:read health:read", iat: now, exp: now + 60 * 60 * 24 * 365 * 5 });
    b.block(`
#!/usr/bin/env bash
# Runs after every deploy: smoke-test the API, then announce in Slack.
set -uo pipefail

ENVIRONMENT="\${1:-production}"
API_BASE="https://api.acme.example"
COMMIT_SHA="\${CI_COMMIT_SHA:-$(git rev-parse HEAD)}"
`);
    b.s(`SMOKE_TOKEN="${jwt}"`, "hardcoded-jwt", ["ci"]);
    b.s(`SLACK_WEBHOOK="${S.slackWebhook()}"`, "slack-webhook", ["ci"]);
    b.s(`SLACK_BOT_TOKEN="${S.slackBot()}"`, "slack-bot-token", ["ci"]);
    b.n(`SLACK_CHANNEL="${r.slackId("C")}"  # #deploys`, "slack-id");
    b.block(`

status=ok
for path in /healthz /v1/projects?limit=1 /v1/me; do
  code=$(curl -s -o /dev/null -w '%{http_code}' \\`);
    b.n(`    -H "Authorization: Bearer \${SMOKE_TOKEN}" \\`, "env-reference");
    b.block(`
    -H "X-Request-Id: smoke-\${COMMIT_SHA:0:12}" \\
    "\${API_BASE}\${path}")
  echo "\${path} -> \${code}"
  if [[ "$code" != 2* ]]; then status=failed; fi
done

text="Deploy of \\\`\${COMMIT_SHA:0:12}\\\` to *\${ENVIRONMENT}*: smoke tests \${status}"
curl -fsS -X POST -H 'Content-Type: application/json' \\
  --data "{\\"text\\": \\"\${text}\\"}" \\
  "\${SLACK_WEBHOOK}" || echo "slack webhook failed" >&2

if [[ "$status" == failed ]]; then
  # page the on-call via a threaded message so the alert bot picks it up
  curl -fsS https://slack.com/api/chat.postMessage \\`);
    b.n(`    -H "Authorization: Bearer \${SLACK_BOT_TOKEN}" \\`, "env-reference");
    b.block(`
    -H 'Content-Type: application/json; charset=utf-8' \\
    --data "{\\"channel\\": \\"\${SLACK_CHANNEL}\\", \\"text\\": \\":rotating_light: \${text}\\"}"
  exit 1
fi`);
    out.push(b);
  }

  // ---------- docker-compose override ----------
  {
    const b = new FileBuilder("docker-compose.override.yml");
    b.block(`
# Local overrides: run the API against the shared staging data instead of the local db.
# (docker compose picks this file up automatically)
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: postgres`);
    b.n(`      POSTGRES_PASSWORD: postgres`, "local-dev-default");
    b.block(`
    ports:
      - "5432:5432"

  redis:
    image: redis:7-alpine`);
    b.n(`    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:-localdev}"]`, "env-reference");
    b.block(`

  api:
    build:
      context: .
      dockerfile: services/api/Dockerfile
    environment:
      NODE_ENV: development`);
    b.s(`      DATABASE_URL: postgres://acme_staging:${S.urlPassword(22)}@staging-db.cluster-c7xk2m1q9zpt.us-east-1.rds.amazonaws.com:5432/acme`, "connection-string-password", ["docker-compose"]);
    b.s(`      QUEUE_URL: amqps://acme:${S.urlPassword(20)}@b-${r.uuid()}.mq.us-east-1.amazonaws.com:5671`, "connection-string-password", ["docker-compose"]);
    b.n(`      JWT_SECRET: \${JWT_SECRET:?set JWT_SECRET in your shell}`, "env-reference");
    b.block(`
      LOG_LEVEL: debug
    ports:
      - "3000:3000"
    volumes:
      - ./services/api/src:/app/src:ro
    depends_on:
      - redis

  mailhog:
    image: mailhog/mailhog:v1.0.1
    ports:
      - "8025:8025"`);
    out.push(b);
  }

  // ---------- PEM bundle exported from a PKCS#12 in a fixtures folder ----------
  {
    const b = new FileBuilder("services/gateway/test/fixtures/tls/staging-gateway.pem");
    const localKeyId = r.HEX(40).match(/../g).join(" ");
    b.l("Bag Attributes");
    b.n(`    localKeyID: ${localKeyId}`, "key-identifier");
    b.l("    friendlyName: gateway.staging.acme.example", "Key Attributes: <No Attributes>");
    b.s(pemWrap("RSA PRIVATE KEY", rsaPkcs1PrivateDer(r)), "private-key", ["fixtures-folder"]);
    b.l("Bag Attributes");
    b.n(`    localKeyID: ${localKeyId}`, "key-identifier");
    b.l("subject=C = US, O = Acme Corp, CN = gateway.staging.acme.example", "issuer=C = US, O = Acme Corp, CN = Acme Issuing CA 2024", "");
    b.nBlock(pemWrap("CERTIFICATE", certificateDer(r, "gateway.staging.acme.example", "Acme Issuing CA 2024")), "certificate");
    out.push(b);
  }

  // ---------- session handling with a hardcoded signing secret ----------
  {
    const b = new FileBuilder("services/api/src/auth/session.ts");
    b.block(`
import jwt from "jsonwebtoken";
import type { Request, Response, NextFunction } from "express";
import { AuthError, AuthErrorCode } from "@acme/auth-core";
`);
    b.n(`export const SESSION_COOKIE = "acme_session";`, "cookie-name");
    b.n(`export const CSRF_HEADER = "X-CSRF-Token";`, "header-name");
    b.l(`const SESSION_TTL = "12h";`, "");
    b.s(`const SIGNING_SECRET = "${S.jwtSecret()}";`, "hardcoded-jwt-secret", ["app-code"]);
    b.block(`

export interface SessionClaims {
  sub: string;
  org: string;
  roles: string[];
}

export function issueSession(res: Response, claims: SessionClaims): string {`);
    b.n(`  const token = jwt.sign(claims, SIGNING_SECRET, { algorithm: "HS256", expiresIn: SESSION_TTL, issuer: "acme-api" });`, "keyword-identifier");
    b.n(`  res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: "lax", maxAge: 12 * 3600 * 1000 });`, "keyword-identifier");
    b.n(`  return token;`, "keyword-identifier");
    b.block(`
}

export function requireSession(req: Request, _res: Response, next: NextFunction): void {`);
    b.n(`  const token = req.cookies?.[SESSION_COOKIE];`, "keyword-identifier");
    b.n(`  if (!token) return next(new AuthError(AuthErrorCode.TOKEN_MALFORMED, "no session"));`, "keyword-identifier");
    b.block(`
  try {`);
    b.n(`    const claims = jwt.verify(token, SIGNING_SECRET, { algorithms: ["HS256"], issuer: "acme-api" }) as SessionClaims;`, "keyword-identifier");
    b.block(`
    (req as Request & { session?: SessionClaims }).session = claims;
    next();
  } catch (e) {
    const expired = e instanceof jwt.TokenExpiredError;
    next(new AuthError(expired ? AuthErrorCode.TOKEN_EXPIRED : AuthErrorCode.INVALID_SIGNATURE));
  }
}

export function clearSession(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: "lax" });
}`);
    out.push(b);
  }

  // ---------- Django settings ----------
  {
    const b = new FileBuilder("services/billing/app/settings.py");
    b.block(`
"""Django settings for the billing admin."""
import os
from pathlib import Path

import environ

env = environ.Env(DEBUG=(bool, False))
BASE_DIR = Path(__file__).resolve().parent.parent
`);
    b.s(`SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${S.djangoKey()}")`, "django-secret-key", ["python"]);
    b.block(`
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["billing-admin.internal.acme.example"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "billing.apps.BillingConfig",
]

DATABASES = {"default": env.db("DATABASE_URL")}
`);
    b.n(`STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")`, "env-reference");
    b.n(`STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="")`, "env-reference");
    b.l("", "# SMS receipts");
    b.skip(`TWILIO_ACCOUNT_SID = "${S.twilioSid()}"`);
    b.s(`TWILIO_AUTH_TOKEN = "${S.twilioToken()}"`, "twilio-auth-token", ["python"]);
    b.n(`TWILIO_FROM_NUMBER = "+15005550006"  # Twilio magic test number`, "test-phone-number");
    b.l("", "# Finance alerts go to a Telegram group");
    b.s(`TELEGRAM_BOT_TOKEN = env("TELEGRAM_BOT_TOKEN", default="${S.telegram()}")`, "telegram-bot-token", ["python"]);
    b.n(`TELEGRAM_CHAT_ID = "-100${r.digits(10)}"`, "chat-id");
    b.l("");
    b.n(`AUTH_PASSWORD_VALIDATORS = [`, "keyword-identifier");
    b.n(`    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},`, "keyword-identifier");
    b.n(`    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},`, "keyword-identifier");
    b.n(`    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},`, "keyword-identifier");
    b.l("]");
    b.n(`PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]`, "keyword-identifier");
    b.block(`

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
TIME_ZONE = "UTC"
USE_TZ = True
STATIC_URL = "/static/"`);
    out.push(b);
  }

  // ---------- one-off backfill script ----------
  {
    const b = new FileBuilder("scripts/backfill_user_summaries.py");
    const cluster = r.lowerAlnum(5);
    b.block(`
#!/usr/bin/env python3
"""One-off: generate a short profile summary for users created before 2024-03.

Run from a laptop with VPN; takes ~40 minutes for the full collection.
"""
import sys
import time

from bson import ObjectId
from openai import OpenAI
from pymongo import MongoClient, UpdateOne
`);
    b.s(`MONGO_URI = "mongodb+srv://backfill:${S.urlPassword(20)}@cluster0.${cluster}.mongodb.net/acme?retryWrites=true&w=majority"`, "connection-string-password", ["python-script"]);
    b.s(`client = OpenAI(api_key="${S.openai()}")`, "openai-api-key", ["python-script"]);
    b.n(`CUTOFF = ObjectId("${(0x65e1a000).toString(16)}0000000000000000")  # ids created before 2024-03-01`, "mongo-objectid");
    b.n(`RESUME_AFTER = ObjectId("${r.objectId()}")  # last id processed by the previous run`, "mongo-objectid");
    b.block(`
BATCH = 200


def summarize(doc):
    prompt = f"Summarize this user's profile in one sentence: {doc.get('bio', '')[:2000]}"
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], max_tokens=60)
    return resp.choices[0].message.content.strip()


def main():
    db = MongoClient(MONGO_URI)["acme"]
    query = {"_id": {"$lt": CUTOFF, "$gt": RESUME_AFTER}, "summary": {"$exists": False}}
    ops = []
    for n, doc in enumerate(db.users.find(query).sort("_id", 1), 1):
        ops.append(UpdateOne({"_id": doc["_id"]}, {"$set": {"summary": summarize(doc)}}))
        if len(ops) >= BATCH:
            db.users.bulk_write(ops, ordered=False)
            print(f"{n} done, last={doc['_id']}", file=sys.stderr)
            ops.clear()
            time.sleep(1)
    if ops:
        db.users.bulk_write(ops, ordered=False)


if __name__ == "__main__":
    main()`);
    out.push(b);
  }

  // ---------- CI runner bootstrap ----------
  {
    const b = new FileBuilder("infra/runners/bootstrap-runner.sh");
    b.block(`
#!/usr/bin/env bash
# Bootstraps a self-hosted CI runner VM (Ubuntu 22.04). Run once as root via cloud-init.
set -euxo pipefail

apt-get update
apt-get install -y git curl jq docker.io build-essential
useradd -m -s /bin/bash runner || true
install -d -m 700 -o runner -g runner /home/runner/.ssh

# deploy key used to push tags to the infra repo`);
    b.l(`cat > /home/runner/.ssh/id_ed25519 <<'KEY'`);
    b.s(opensshPrivatePem(r, "runner@ci"), "private-key", ["shell-heredoc"]);
    b.l("KEY");
    b.block(`
chmod 600 /home/runner/.ssh/id_ed25519
`);
    b.n(`echo "gitlab.com ${sshPubLine(sshEd25519PublicBlob(r))}" >> /home/runner/.ssh/known_hosts`, "ssh-known-host");
    b.block(`
chown -R runner:runner /home/runner/.ssh

# private dependencies`);
    b.s(`sudo -u runner git config --global url."https://oauth2:${S.gitlabPat()}@gitlab.com/acme/".insteadOf "https://gitlab.com/acme/"`, "gitlab-token", ["shell-script"]);
    b.s(`echo "//npm.pkg.github.com/:_authToken=${PFX.githubFine}${r.alnum(22)}_${r.alnum(59)}" >> /home/runner/.npmrc`, "github-token", ["shell-script"]);
    b.block(`
echo "@acme:registry=https://npm.pkg.github.com" >> /home/runner/.npmrc
chown runner:runner /home/runner/.npmrc

usermod -aG docker runner
systemctl enable --now docker

RUNNER_VERSION=2.317.0
cd /home/runner
curl -fsSLo runner.tgz "https://github.com/actions/runner/releases/download/v\${RUNNER_VERSION}/actions-runner-linux-x64-\${RUNNER_VERSION}.tar.gz"`);
    b.n(`echo "${r.sha256()}  runner.tgz" | sha256sum -c -`, "file-checksum");
    b.block(`
sudo -u runner tar xzf runner.tgz
# registration token is short-lived and passed in by the provisioning job`);
    b.n(`sudo -u runner ./config.sh --unattended --url https://github.com/acme --token "\${RUNNER_REG_TOKEN:?}" --labels self-hosted,linux,x64`, "env-reference");
    b.l(`./svc.sh install runner && ./svc.sh start`);
    out.push(b);
  }

  // ---------- Ruby integrations ----------
  {
    const b = new FileBuilder("services/storefront/lib/acme/integrations.rb");
    b.block(`
# frozen_string_literal: true

require "net/http"
require "json"
require "openssl"

module Acme
  module Integrations
    SHOPIFY_SHOP = "acme-store.myshopify.com"
    SHOPIFY_API_VERSION = "2024-07"`);
    b.s(`    SHOPIFY_ACCESS_TOKEN = "${S.shopify()}"`, "shopify-access-token", ["ruby"]);
    b.n(`    SHOPIFY_HMAC_HEADER = "X-Shopify-Hmac-Sha256"`, "header-name");
    b.s(`    GOOGLE_GEOCODING_KEY = ENV.fetch("GOOGLE_GEOCODING_KEY", "${S.googleApi()}")`, "google-api-key", ["ruby"]);
    b.block(`

    class Shopify
      def initialize(shop: SHOPIFY_SHOP, version: SHOPIFY_API_VERSION)
        @base = URI("https://#{shop}/admin/api/#{version}/")
      end

      def orders(since_id: nil)
        uri = @base + "orders.json"
        uri.query = URI.encode_www_form(status: "any", limit: 250, since_id: since_id)
        req = Net::HTTP::Get.new(uri)`);
    b.n(`        req["X-Shopify-Access-Token"] = SHOPIFY_ACCESS_TOKEN`, "keyword-identifier");
    b.block(`
        JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }.body).fetch("orders")
      end

      # Verify that a webhook really came from Shopify.
      def self.valid_webhook?(body, hmac_header, secret)
        digest = OpenSSL::HMAC.digest("sha256", secret, body)
        Rack::Utils.secure_compare([digest].pack("m0"), hmac_header.to_s)
      end
    end

    module Geocoder
      def self.lookup(address)
        uri = URI("https://maps.googleapis.com/maps/api/geocode/json")`);
    b.n(`        uri.query = URI.encode_www_form(address: address, key: GOOGLE_GEOCODING_KEY)`, "keyword-identifier");
    b.block(`
        res = JSON.parse(Net::HTTP.get(uri))
        loc = res.dig("results", 0, "geometry", "location")
        loc && [loc["lat"], loc["lng"]]
      end
    end
  end
end`);
    out.push(b);
  }

  // ---------- .NET appsettings ----------
  {
    const b = new FileBuilder("services/reports/appsettings.Production.json");
    const tenant = r.uuid(), clientId = r.uuid();
    b.block(`
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "reports.acme.example",
  "ConnectionStrings": {`);
    b.s(`    "Reports": "Server=tcp:acme-reports-prod.database.windows.net,1433;Initial Catalog=reports;User ID=reports_app;Password=${S.password(20).replace(/[;"\\]/g, "x")};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",`, "connection-string-password", ["appsettings"]);
    b.s(`    "Blobs": "DefaultEndpointsProtocol=https;AccountName=acmereportsprod;AccountKey=${S.azureStorageKey()};EndpointSuffix=core.windows.net"`, "azure-storage-key", ["appsettings"]);
    b.block(`
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",`);
    b.n(`    "TenantId": "${tenant}",`, "uuid");
    b.n(`    "ClientId": "${clientId}",`, "uuid");
    b.n(`    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://acme-reports-kv.vault.azure.net/secrets/aad-client-secret/)",`, "keyvault-ref");
    b.block(`
    "CallbackPath": "/signin-oidc"
  },
  "ApplicationInsights": {`);
    b.skip(`    "ConnectionString": "InstrumentationKey=${r.uuid()};IngestionEndpoint=https://eastus-8.in.applicationinsights.azure.com/"`);
    b.block(`
  },
  "Reports": {
    "DefaultTimezone": "UTC",
    "MaxRowsPerExport": 500000,
    "ExportContainer": "exports",
    "RetentionDays": 90
  }
}`);
    out.push(b);
  }
  return out;
}
