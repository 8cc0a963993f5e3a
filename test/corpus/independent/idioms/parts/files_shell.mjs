// Shell, PowerShell, Makefile and Dockerfile: exports, heredocs, curl
// -H/-u/--data arguments, make variables, Dockerfile ARG/ENV.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';
import { rng } from './rng.mjs';

export function deploySh() {
  const b = new FileBuilder('scripts/deploy.sh');
  const ak = T.awsKeyId(), as = T.awsSecret(), dt = T.gldt();
  b.text(`
#!/usr/bin/env bash
# Deploy the API to the staging ECS cluster.
set -euo pipefail

REGION="\${AWS_REGION:-eu-west-1}"
CLUSTER="acme-staging"
SERVICE="api"

# CI user for the staging account (TODO: switch the pipeline to OIDC)
`);
  b.pos(S('aws-access-key-id', 'aws', 'shell-export', ak), `export AWS_ACCESS_KEY_ID=${ak}`);
  b.pos(S('aws-secret-access-key', 'aws', 'shell-export', as), `export AWS_SECRET_ACCESS_KEY="${as}"`);
  b.text(`
export AWS_DEFAULT_REGION="$REGION"

# The example pair from the AWS documentation, used by the moto-based tests:
`);
  b.neg('docs-example', `#   export AWS_ACCESS_KEY_ID=${N.awsDocKeyId()}`);
  b.neg('docs-example', `#   export AWS_SECRET_ACCESS_KEY=${N.awsDocSecret()}`);
  b.neg('env-read', `export AWS_SESSION_TOKEN="\${AWS_SESSION_TOKEN:-}"`);
  b.text(`

log() { printf '[deploy] %s\\n' "$*" >&2; }

IMAGE_TAG="$(git rev-parse --short HEAD)"
REGISTRY="registry.gitlab.com/acme/api"

log "writing ~/.netrc for the GitLab package registry"
cat > "$HOME/.netrc" <<EOF
machine gitlab.com
login gitlab+deploy-token-4417
`);
  b.pos(S('gitlab-deploy-token', 'gitlab', 'shell-heredoc', dt), `password ${dt}`);
  b.text(`
EOF
chmod 600 "$HOME/.netrc"

log "pulling $REGISTRY:$IMAGE_TAG"
docker pull "$REGISTRY:$IMAGE_TAG"

`);
  b.neg('secret-manager', `DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id staging/api/db --query SecretString --output text)"`);
  b.text(`

log "registering task definition"
TASK_DEF="$(jq --arg img "$REGISTRY:$IMAGE_TAG" --arg pw "$DB_PASSWORD" \\
  '.containerDefinitions[0].image = $img | .containerDefinitions[0].environment += [{"name":"DB_PASSWORD","value":$pw}]' \\
  deploy/task-definition.json)"
ARN="$(aws ecs register-task-definition --cli-input-json "$TASK_DEF" --query 'taskDefinition.taskDefinitionArn' --output text)"

log "updating $CLUSTER/$SERVICE -> $ARN"
aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$ARN" >/dev/null
aws ecs wait services-stable --cluster "$CLUSTER" --services "$SERVICE"
log "done"
`);
  return b;
}

export function smokeTestSh() {
  const b = new FileBuilder('scripts/smoke_test.sh');
  const pm = T.postman(), mg = T.mailgun(), xb = T.xoxb(), cf = T.cloudflareGlobalKey();
  b.text(`
#!/usr/bin/env bash
# Post-deploy smoke tests against the staging stack.
set -euo pipefail

BASE_URL="\${BASE_URL:-https://staging.acme.io}"
MG_DOMAIN="mg.acme.io"
`);
  b.neg('id-same-shape', `CF_ZONE_ID="${T.md5()}"`);
  b.text(`

pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; exit 1; }

echo "== health"
curl -fsS "$BASE_URL/healthz" >/dev/null && pass healthz || fail healthz

echo "== postman monitor"
curl -fsS -X POST "https://api.getpostman.com/monitors/1e6b6cc1-c760-48e0-968f-4bfaeeae9af1/run" \\
`);
  b.pos(S('postman-api-key', 'postman', 'curl-header', pm), `  -H "X-Api-Key: ${pm}" \\`);
  b.text(`
  -H "Content-Type: application/json" \\
  -o /dev/null && pass postman || fail postman

`);
  b.neg('env-read', `curl -fsS "https://api.getpostman.com/me" -H "X-Api-Key: \${POSTMAN_API_KEY}" -o /dev/null`);
  b.text(`

echo "== mailgun send"
`);
  b.pos(S('mailgun-api-key', 'mailgun', 'curl-user', mg), `curl -fsS --user "api:${mg}" \\`);
  b.text(`
  "https://api.eu.mailgun.net/v3/$MG_DOMAIN/messages" \\
  -F from="Smoke <smoke@$MG_DOMAIN>" \\
  -F to="qa@acme.io" \\
  -F subject="smoke $(date +%s)" \\
  -F text="staging smoke test" >/dev/null && pass mailgun || fail mailgun
`);
  b.neg('placeholder', `# from the Mailgun docs: curl -s --user 'api:YOUR_API_KEY' https://api.mailgun.net/v3/...`);
  b.text(`

echo "== slack post"
curl -fsS -X POST https://slack.com/api/chat.postMessage \\
`);
  b.pos(S('slack-bot-token', 'slack', 'curl-data', xb), `  --data "token=${xb}" \\`);
  b.text(`
  --data "channel=qa-smoke" \\
  --data-urlencode "text=smoke passed on $BASE_URL" >/dev/null

echo "== cloudflare purge"
curl -fsS -X POST "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/purge_cache" \\
  -H "X-Auth-Email: ops@acme.io" \\
`);
  b.pos(S('cloudflare-global-api-key', 'cloudflare', 'curl-header', cf), `  -H "X-Auth-Key: ${cf}" \\`);
  b.text(`
  -H "Content-Type: application/json" \\
  --data '{"purge_everything":true}' >/dev/null && pass purge || fail purge

echo "all smoke tests passed"
`);
  return b;
}

export function setDevEnvPs1() {
  const b = new FileBuilder('scripts/Set-DevEnvironment.ps1');
  const gq = T.groq(), dop = T.digitalocean(), cft = T.cloudflareToken(), hk = T.heroku();
  b.text(`
<#
.SYNOPSIS
    Sets user-level environment variables for local development on Windows.
.EXAMPLE
    ./scripts/Set-DevEnvironment.ps1 -Profile dev
#>
[CmdletBinding()]
param(
    [string]$Profile = "dev",
`);
  b.pos(S('groq-api-key', 'groq', 'powershell-default-parameter', gq), `    [string]$GroqApiKey = "${gq}"`);
  b.text(`
)

$ErrorActionPreference = "Stop"
Write-Host "Configuring $Profile environment..."

`);
  b.pos(S('digitalocean-pat', 'digitalocean', 'powershell-env', dop), `$env:DIGITALOCEAN_TOKEN = "${dop}"`);
  b.pos(S('cloudflare-api-token', 'cloudflare', 'powershell-setenv', cft),
    `[Environment]::SetEnvironmentVariable("CLOUDFLARE_API_TOKEN", "${cft}", "User")`);
  b.neg('id-same-shape', `[Environment]::SetEnvironmentVariable("CLOUDFLARE_ACCOUNT_ID", "${T.md5()}", "User")`);
  b.line('$env:GROQ_API_KEY = $GroqApiKey');
  b.neg('env-read', '$env:DIGITALOCEAN_SPACES_KEY = $env:CI_SPACES_KEY');
  b.neg('placeholder', `# $env:DIGITALOCEAN_TOKEN = "${N.fill(P.doV1, 64, '0')}"`);
  b.neg('truncated', `# Groq keys start with ${N.elide(P.groq, 4)} and are created at console.groq.com/keys`);
  b.text(`

# Prefer the SecretManagement vault when the module is installed.
if (Get-Module -ListAvailable -Name Microsoft.PowerShell.SecretManagement) {
`);
  b.neg('secret-manager', '    $herokuKey = Get-Secret -Name HerokuApiKey -Vault AcmeDev -AsPlainText');
  b.text(`
}

$headers = @{
    Accept        = "application/vnd.heroku+json; version=3"
`);
  b.pos(S('heroku-api-key', 'heroku', 'powershell-hashtable', hk), `    Authorization = "Bearer ${hk}"`);
  b.text(`
}

$apps = Invoke-RestMethod -Uri "https://api.heroku.com/apps" -Headers $headers
$apps | Select-Object name, region, updated_at | Format-Table -AutoSize

Write-Host "Done. Restart your terminal to pick up the new variables."
`);
  return b;
}

export function publishPackagesSh() {
  const b = new FileBuilder('scripts/publish_packages.sh');
  const npm = T.npm(), pypi = T.pypi(), gem = T.rubygems(), dck = T.dockerhub();
  b.text(`
#!/usr/bin/env bash
# Publish the JS, Python and Ruby SDKs plus the CLI image from the release VM.
set -euo pipefail

VERSION="\${1:?usage: publish_packages.sh <version>}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

echo "-> npm"
cat > "$ROOT/packages/sdk-js/.npmrc" <<'NPMRC'
registry=https://registry.npmjs.org/
`);
  b.pos(S('npm-access-token', 'npm', 'shell-heredoc', npm), `//registry.npmjs.org/:_authToken=${npm}`);
  b.text(`
always-auth=true
NPMRC
( cd "$ROOT/packages/sdk-js" && npm publish --access public )

echo "-> GitHub Packages (token from CI)"
`);
  b.neg('env-read', `printf '//npm.pkg.github.com/:_authToken=%s\\n' "\${NODE_AUTH_TOKEN}" >> "$HOME/.npmrc"`);
  b.text(`

echo "-> PyPI"
cat > "$HOME/.pypirc" <<'PYPIRC'
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
`);
  b.pos(S('pypi-upload-token', 'pypi', 'shell-heredoc', pypi), `password = ${pypi}`);
  b.text(`

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
`);
  b.neg('placeholder', `password = ${P.pypi}REPLACE_ME`);
  b.text(`
PYPIRC
python -m twine upload --non-interactive "$ROOT"/packages/sdk-py/dist/*

echo "-> RubyGems"
mkdir -p "$HOME/.gem"
cat > "$HOME/.gem/credentials" <<EOF
---
`);
  b.pos(S('rubygems-api-key', 'rubygems', 'shell-heredoc', gem), `:rubygems_api_key: ${gem}`);
  b.text(`
EOF
`);
  b.neg('truncated', `# (the old key ${N.elide(P.rubygems, 6)} was revoked after the 2.3.0 release)`);
  b.text(`
chmod 0600 "$HOME/.gem/credentials"
gem push "$ROOT/packages/sdk-rb/acme-sdk-$VERSION.gem"

echo "-> Docker Hub"
`);
  b.pos(S('dockerhub-pat', 'dockerhub', 'shell-pipe', dck), `echo "${dck}" | docker login -u acmebot --password-stdin`);
  b.neg('env-read', `echo "$DOCKERHUB_TOKEN" | docker login -u acmebot --password-stdin 2>/dev/null || true`);
  b.text(`
docker push "acme/cli:$VERSION"
docker push "acme/cli:latest"

echo "published $VERSION"
`);
  return b;
}

export function makefile() {
  const b = new FileBuilder('Makefile');
  const gp = T.githubPat(), nf = T.netlify();
  b.text(`
# Build and release helpers for the CLI and the docs site.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VERSION ?= $(shell git describe --tags --always --dirty)
GITHUB_REPO := acme/cli
`);
  b.pos(S('github-fine-grained-pat', 'github', 'makefile-variable', gp), `GITHUB_TOKEN := ${gp}`);
  b.neg('id-same-shape', `NETLIFY_SITE_ID := ${T.uuid()}`);
  b.pos(S('netlify-pat', 'netlify', 'makefile-variable', nf), `NETLIFY_AUTH_TOKEN ?= ${nf}`);
  b.neg('file-read', 'DOCKER_TOKEN ?= $(shell cat $(HOME)/.config/acme/docker-token)');
  b.neg('env-read', 'SENTRY_AUTH_TOKEN ?= $(CI_SENTRY_AUTH_TOKEN)');
  b.text(`
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: help build test lint release docs docs-deploy clean

help: ## Show this help
\t@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "%-14s %s\\n", $$1, $$2}'

build: ## Build the CLI
\tgo build -ldflags "$(LDFLAGS)" -o bin/acme ./cmd/acme

test: ## Run unit tests
\tgo test ./... -race -count=1

lint: ## Run linters
\tgolangci-lint run ./...

release: build ## Create a GitHub release with goreleaser
\tGITHUB_TOKEN=$(GITHUB_TOKEN) goreleaser release --clean

docs: ## Build the docs site
\tcd docs && npm ci && npm run build

docs-deploy: docs ## Deploy docs to Netlify
\tnpx netlify-cli deploy --prod --dir=docs/build --site=$(NETLIFY_SITE_ID) --auth=$(NETLIFY_AUTH_TOKEN)

clean: ## Remove build output
\trm -rf bin dist docs/build

# Forks: pass your own token, e.g.
`);
  b.neg('placeholder', `#   make release GITHUB_TOKEN=${P.ghpat}${'X'.repeat(22)}_${'X'.repeat(59)}`);
  return b;
}

export function dockerfile() {
  const b = new FileBuilder('Dockerfile');
  const nr = T.newrelic(), st = T.sentryOrg('acme');
  b.text(`
# syntax=docker/dockerfile:1.7
FROM node:20-bookworm-slim AS build

`);
  b.pos(S('newrelic-user-api-key', 'newrelic', 'dockerfile-arg', nr), `ARG NEW_RELIC_API_KEY=${nr}`);
  b.text(`
ARG SENTRY_ORG=acme
ARG SENTRY_PROJECT=web
`);
  b.pos(S('sentry-org-token', 'sentry', 'dockerfile-env', st), `ENV SENTRY_AUTH_TOKEN=${st}`);
  b.neg('name-only', 'ARG NPM_TOKEN');
  b.text(`

WORKDIR /app
COPY package.json package-lock.json ./
`);
  b.neg('template-ref', 'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm -f .npmrc');
  b.text(`
COPY . .
RUN npm run build \\
 && npx @sentry/cli sourcemaps upload --org "$SENTRY_ORG" --project "$SENTRY_PROJECT" dist \\
 && npx newrelic-deploy-marker --api-key "$NEW_RELIC_API_KEY" --app web
`);
  b.neg('secret-manager', 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm prune --omit=dev');
  b.text(`

FROM node:20-bookworm-slim
ENV NODE_ENV=production \\
    PORT=8080
`);
  b.neg('name-only', 'ENV NEW_RELIC_LICENSE_KEY=""');
  b.neg('public-dsn', `ENV SENTRY_DSN=https://${T.md5()}@o${rng.digits(7)}.ingest.us.sentry.io/${rng.digits(7)}`);
  b.text(`
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
COPY package.json ./
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD node dist/healthcheck.js || exit 1
CMD ["node", "dist/server.js"]
`);
  return b;
}
