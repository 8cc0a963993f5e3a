// Blind test-corpus generator: secrets in awkward places/forms beside same-shaped negatives.
// Usage: CORPUS_OUT=/some/dir node gen.mjs   (default ./corpus next to this file)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32, makeTokens } from './parts/tokens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT || path.join(HERE, 'corpus');
const R = mulberry32(0x7a11c0de);
const T = makeTokens(R);

const files = [];
const labels = [];
function F(p) {
  const f = { path: p, lines: [] };
  files.push(f);
  const lab = (o) => labels.push({ file: p, ...o });
  const api = {
    l(...t) { f.lines.push(...t); return api; },
    p(text, rule, value, tags = []) {
      f.lines.push(text); const n = f.lines.length;
      lab({ line: n, endLine: n, expect: true, rule, tags, _v: value }); return api;
    },
    n(text, tags = []) {
      f.lines.push(text); const n = f.lines.length;
      lab({ line: n, endLine: n, expect: false, rule: 'negative', tags }); return api;
    },
    pm(arr, rule, tags = []) {
      const s = f.lines.length + 1; f.lines.push(...arr);
      lab({ line: s, endLine: f.lines.length, expect: true, rule, tags, _v: arr[0].trim() }); return api;
    },
    nm(arr, tags = []) {
      const s = f.lines.length + 1; f.lines.push(...arr);
      lab({ line: s, endLine: f.lines.length, expect: false, rule: 'negative', tags }); return api;
    },
  };
  return api;
}
const b64 = (s) => Buffer.from(s).toString('base64');
const MASK = (pfx, n) => pfx + '*'.repeat(n);
const AWS_DOC_ID = 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE';
const AWS_DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY';
const GH = 'gh' + 'p_', SKL = 'sk' + '_live_', XB = 'xo' + 'xb-';

// ---------------------------------------------------------------- 1 deploy.sh
{
  const npm = T.npm(), gh = T.ghp(), pw = T.password();
  F('scripts/deploy.sh')
    .l('#!/usr/bin/env bash', 'set -euo pipefail', '', '# write registry credentials for the publish step')
    .l('cat > "$HOME/.npmrc" <<EOF')
    .p(`//registry.npmjs.org/:_authToken=${npm}`, 'npm-token', npm, ['shell', 'heredoc'])
    .l('EOF', '', 'cat > .npmrc.ci <<EOF')
    .n('//registry.npmjs.org/:_authToken=${NPM_TOKEN}', ['shell', 'heredoc', 'env-ref'])
    .l('EOF', '')
    .p(`curl -fsSL -H "Authorization: Bearer ${gh}" https://api.github.com/repos/acme/web/releases`, 'github-pat', gh, ['shell', 'curl-header'])
    .n('curl -fsSL -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/repos/acme/web/releases', ['shell', 'curl-header', 'env-ref'])
    .p(`curl -u deploy:${pw} https://artifacts.acme-internal.net/upload -T dist.tgz`, 'password-in-cli', pw, ['shell', 'curl-u'])
    .n('curl -u "$ARTIFACT_USER:$ARTIFACT_PASS" https://artifacts.acme-internal.net/upload -T dist.tgz', ['shell', 'curl-u', 'env-ref'])
    .n('curl -u "deploy:$(cat /run/secrets/artifact_pass)" https://artifacts.acme-internal.net/ping', ['shell', 'cmd-subst'])
    .l('echo "deployed"');
}
// ---------------------------------------------------------------- 2 db-maintenance.sh
{
  const p1 = T.urlpass(), p2 = T.urlpass(16), p3 = T.urlpass(), p4 = T.urlpass(22), p5 = T.urlpass(18);
  F('scripts/db-maintenance.sh')
    .l('#!/bin/bash', '# nightly maintenance for reporting db', '')
    .p(`psql "postgresql://reporting:${p1}@pg-prod-1.acme-internal.net:5432/reporting?sslmode=require" -c 'VACUUM ANALYZE;'`, 'db-uri-password', p1, ['shell', 'psql'])
    .n('psql "postgresql://reporting@pg-prod-1.acme-internal.net:5432/reporting?sslmode=require" -c "select 1"', ['shell', 'psql', 'no-password'])
    .p(`PGPASSWORD=${p2} pg_dump -h pg-prod-1 -U reporting reporting > /backup/reporting.sql`, 'password-in-cli', p2, ['shell', 'env-prefix'])
    .n('PGPASSWORD="$REPORTING_DB_PASSWORD" pg_dump -h pg-prod-1 -U reporting reporting > /backup/r.sql', ['shell', 'env-ref'])
    .p(`mysql -h mysql-legacy -u root -p${p3} -e 'FLUSH LOGS;'`, 'password-in-cli', p3, ['shell', 'mysql'])
    .n('mysql -h mysql-legacy -u root -p"$MYSQL_ROOT_PASSWORD" -e "FLUSH LOGS;"', ['shell', 'mysql', 'env-ref'])
    .p(`mongosh "mongodb+srv://ops:${p4}@cluster0.x7kq2.mongodb.net/admin" --eval 'db.runCommand({compact: "events"})'`, 'db-uri-password', p4, ['shell', 'mongo'])
    .n('mongosh "mongodb://localhost:27017/admin" --eval "db.stats()"', ['shell', 'mongo', 'no-password'])
    .p(`redis-cli -h cache-01 -a ${p5} --no-auth-warning FLUSHDB`, 'password-in-cli', p5, ['shell', 'redis'])
    .n('redis-cli -h cache-01 -a "$REDIS_PASSWORD" --no-auth-warning INFO', ['shell', 'redis', 'env-ref']);
}
// ---------------------------------------------------------------- 3 Makefile
{
  const d = T.docker(), gl = T.glpat();
  F('Makefile')
    .l('IMAGE ?= acme/api', 'TAG ?= $(shell git rev-parse --short HEAD)')
    .p(`REGISTRY_TOKEN := ${d}`, 'dockerhub-pat', d, ['makefile', 'variable'])
    .n('GITHUB_TOKEN ?= $(shell gh auth token)', ['makefile', 'cmd-subst'])
    .n('SONAR_TOKEN ?= $(SONAR_TOKEN_FROM_CI)', ['makefile', 'var-ref'])
    .l('', 'login:')
    .n('\tdocker login -u acmebot -p $(REGISTRY_TOKEN_CI) docker.io', ['makefile', 'recipe', 'var-ref'])
    .l('', 'release:')
    .p(`\tcurl --fail -H "PRIVATE-TOKEN: ${gl}" -X POST https://gitlab.com/api/v4/projects/4412/releases -d tag_name=$(TAG)`, 'gitlab-pat', gl, ['makefile', 'recipe', 'curl-header'])
    .n('\tcurl --fail -H "PRIVATE-TOKEN: $${GITLAB_TOKEN}" -X POST https://gitlab.com/api/v4/projects/4412/pipeline', ['makefile', 'recipe', 'env-ref'])
    .n(`\t@echo "commit $(TAG) sha256=${T.sha256()}"`, ['makefile', 'hash']);
}
// ---------------------------------------------------------------- 4 Dockerfile
{
  const ak = T.awsId(), npm = T.npm(), pw = T.urlpass();
  F('Dockerfile')
    .l('FROM node:20-bookworm-slim AS build')
    .n('ARG NPM_TOKEN', ['dockerfile', 'arg-no-default'])
    .n('ARG GH_TOKEN=""', ['dockerfile', 'empty'])
    .p(`ENV AWS_ACCESS_KEY_ID=${ak}`, 'aws-access-key-id', ak, ['dockerfile', 'env'])
    .n('ENV AWS_REGION=eu-west-1 AWS_PROFILE=${AWS_PROFILE}', ['dockerfile', 'env-ref'])
    .l('WORKDIR /app', 'COPY package*.json ./')
    .p(`RUN echo "//registry.npmjs.org/:_authToken=${npm}" > .npmrc && npm ci && rm .npmrc`, 'npm-token', npm, ['dockerfile', 'run'])
    .n('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci', ['dockerfile', 'secret-mount'])
    .l('FROM python:3.12-slim')
    .p(`RUN pip install --index-url https://ci-reader:${pw}@nexus.acme-internal.net/repository/pypi/simple acme-core==4.2.1`, 'url-basic-auth-password', pw, ['dockerfile', 'pip-index'])
    .n('RUN pip install --index-url https://${PIP_USER}:${PIP_PASSWORD}@nexus.acme-internal.net/repository/pypi/simple acme-core', ['dockerfile', 'pip-index', 'env-ref'])
    .n(`RUN echo "${T.sha256()}  /tmp/tini" | sha256sum -c -`, ['dockerfile', 'hash']);
}
// ---------------------------------------------------------------- 5 ci/build.sh
{
  const gh = T.ghFine(), sk = T.stripe();
  F('ci/build.sh')
    .l('#!/bin/sh', 'set -e')
    .p(`docker build --build-arg GH_TOKEN=${gh} -t acme/web:ci .`, 'github-fine-grained-pat', gh, ['docker', 'build-arg'])
    .n('docker build --build-arg GH_TOKEN="$GH_TOKEN" --build-arg BUILD_ID=$CI_PIPELINE_ID -t acme/web:ci .', ['docker', 'build-arg', 'env-ref'])
    .p(`docker run --rm -e STRIPE_SECRET_KEY=${sk} -e NODE_ENV=test acme/web:ci npm test`, 'stripe-secret-key', sk, ['docker', 'run-e'])
    .n('docker run --rm -e STRIPE_SECRET_KEY -e NODE_ENV=test acme/web:ci npm test', ['docker', 'run-e', 'passthrough'])
    .n('docker run --rm -e "STRIPE_SECRET_KEY=$(vault kv get -field=key secret/stripe)" acme/web:ci', ['docker', 'run-e', 'cmd-subst'])
    .n(`docker run --rm -e STRIPE_SECRET_KEY=${MASK(SKL, 24)} acme/web:ci`, ['docker', 'masked']);
}
// ---------------------------------------------------------------- 6 kubectl secrets
{
  const pw = T.password(), g = T.google(), d = T.docker();
  F('k8s/create-secrets.sh')
    .l('#!/usr/bin/env bash', 'NS=payments')
    .l('kubectl -n "$NS" create secret generic api-db \\')
    .p(`  --from-literal=username=payments --from-literal=password='${pw}' \\`, 'password-assignment', pw, ['kubectl', 'from-literal'])
    .l('  --dry-run=client -o yaml | kubectl apply -f -')
    .p(`kubectl -n "$NS" create secret generic maps --from-literal=api-key=${g}`, 'google-api-key', g, ['kubectl', 'from-literal'])
    .n('kubectl -n "$NS" create secret generic maps2 --from-literal=api-key="$MAPS_API_KEY"', ['kubectl', 'env-ref'])
    .n('kubectl -n "$NS" create secret generic tls-extra --from-file=ca.crt=./certs/ca.crt', ['kubectl', 'from-file'])
    .n('kubectl -n "$NS" create secret generic session --from-literal=secret="$(openssl rand -base64 32)"', ['kubectl', 'cmd-subst'])
    .p(`kubectl -n "$NS" create secret docker-registry hub --docker-username=acmebot --docker-password=${d}`, 'dockerhub-pat', d, ['kubectl', 'docker-registry']);
}
// ---------------------------------------------------------------- 7 k8s secret.yaml
{
  const pw = T.password(20), pwB = b64(pw), tok = T.slackBot(), tokB = b64(tok);
  F('k8s/secret.yaml')
    .l('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: billing-worker')
    .n(`  uid: ${T.uuid()}`, ['k8s', 'uuid'])
    .l('  annotations:')
    .n(`    checksum/config: ${T.sha256()}`, ['k8s', 'hash'])
    .l('type: Opaque', 'data:')
    .p(`  DB_PASSWORD: ${pwB}`, 'k8s-secret-base64', pwB, ['k8s', 'base64'])
    .p(`  SLACK_BOT_TOKEN: ${tokB}`, 'slack-bot-token', tokB, ['k8s', 'base64'])
    .n(`  LOG_LEVEL: ${b64('info')}`, ['k8s', 'base64', 'non-secret'])
    .n(`  config.yaml: ${b64('queue: billing\nconcurrency: 4\nretry: 3\n')}`, ['k8s', 'base64', 'non-secret'])
    ;
}
{
  const t2 = T.twilioKey(), tt = T.hex(32);
  F('k8s/secret-stringdata.yaml')
    .l('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: notify', 'type: Opaque', 'stringData:')
    .p(`  TWILIO_API_KEY: ${t2}`, 'twilio-api-key', t2, ['k8s', 'stringData'])
    .p(`  TWILIO_AUTH_TOKEN: "${tt}"`, 'twilio-auth-token', tt, ['k8s', 'stringData'])
    .n('  TWILIO_ACCOUNT_SID: "<set-by-sealed-secrets>"', ['k8s', 'placeholder'])
    .n('  SMTP_PASSWORD: ""', ['k8s', 'empty'])
    .n('  WEBHOOK_SECRET: ref+vault://secret/data/notify#webhook', ['k8s', 'secret-ref']);
}
// ---------------------------------------------------------------- 8 helm
{
  const pw = T.urlpass(24), hook = T.slackHook();
  F('helm/install.sh')
    .l('#!/usr/bin/env bash', 'helm upgrade --install pg bitnami/postgresql \\')
    .p(`  --set auth.postgresPassword=${pw} \\`, 'password-assignment', pw, ['helm', 'set'])
    .n('  --set auth.existingSecret=pg-credentials \\', ['helm', 'secret-ref'])
    .n(`  --set image.digest=sha256:${T.sha256()} \\`, ['helm', 'hash'])
    .l('  --namespace data')
    .l('helm upgrade --install alerts prometheus-community/alertmanager \\')
    .p(`  --set-string config.receivers[0].slack_configs[0].api_url=${hook} \\`, 'slack-webhook', hook, ['helm', 'set-string'])
    .n('  --set-string config.global.smtp_auth_password="$SMTP_PASSWORD" \\', ['helm', 'env-ref'])
    .l('  --namespace monitoring')
    .n('helm upgrade --install app ./chart --set secrets.apiKey={{ .Values.apiKey }} -f values.yaml', ['helm', 'template-ref']);
}
// ---------------------------------------------------------------- 9 git remotes
{
  const s1 = T.ghs(), g1 = T.glpat(), g2 = T.gho();
  F('scripts/setup-remotes.sh')
    .l('#!/bin/sh')
    .p(`git remote add mirror https://x-access-token:${s1}@github.com/acme/platform.git`, 'github-app-token', s1, ['git', 'remote-url'])
    .p(`git remote set-url upstream https://oauth2:${g1}@gitlab.com/acme/platform.git`, 'gitlab-pat', g1, ['git', 'remote-url'])
    .n('git remote add origin https://github.com/acme/platform.git', ['git', 'no-cred'])
    .n('git remote add ci https://x-access-token:${GITHUB_TOKEN}@github.com/acme/platform.git', ['git', 'env-ref'])
    .n('git remote add ssh git@github.com:acme/platform.git', ['git', 'ssh-url'])
    .p(`git config --global url."https://${g2}:x-oauth-basic@github.com/".insteadOf "https://github.com/"`, 'github-oauth-token', g2, ['git', 'insteadOf'])
    .n(`git checkout ${T.sha1()}`, ['git', 'hash']);
}
// ---------------------------------------------------------------- 10 requirements.txt
{
  const pw = T.urlpass(), pp = T.pypi();
  F('requirements.txt')
    .p(`--extra-index-url https://deploy:${pw}@nexus.acme-internal.net/repository/pypi-private/simple`, 'url-basic-auth-password', pw, ['pip', 'index-url'])
    .n('--extra-index-url https://${NEXUS_USER}:${NEXUS_PASSWORD}@nexus.acme-internal.net/repository/pypi-private/simple', ['pip', 'env-ref'])
    .p(`--index-url https://__token__:${pp}@pypi.acme-internal.net/simple`, 'pypi-token', pp, ['pip', 'index-url'])
    .l('requests==2.32.3 \\')
    .n(`    --hash=sha256:${T.sha256()} \\`, ['pip', 'hash'])
    .n(`    --hash=sha256:${T.sha256()}`, ['pip', 'hash'])
    .l('acme-core==4.2.1');
}
// ---------------------------------------------------------------- 11 .npmrc
{
  const n1 = T.npm(), up = b64('ci-publisher:' + T.password());
  F('.npmrc')
    .l('registry=https://registry.npmjs.org/', '@acme:registry=https://npm.pkg.github.com/')
    .p(`//registry.npmjs.org/:_authToken=${n1}`, 'npm-token', n1, ['npmrc'])
    .n('//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}', ['npmrc', 'env-ref'])
    .p(`//nexus.acme-internal.net/repository/npm/:_auth=${up}`, 'npm-basic-auth-base64', up, ['npmrc', 'base64'])
    .n(`//nexus.acme-internal.net/repository/npm/:_auth=\${NEXUS_AUTH_B64}`, ['npmrc', 'env-ref'])
    .l('always-auth=true');
}
// ---------------------------------------------------------------- 12 crontab
{
  const p = T.urlpass(), tg = T.telegram();
  F('ops/crontab')
    .l('SHELL=/bin/bash', 'MAILTO=ops@acme.example', '# m h dom mon dow command')
    .p(`15 2 * * * PGPASSWORD='${p}' /usr/bin/pg_dump -h db1 -U backup app | gzip > /srv/backup/app-$(date +\\%F).sql.gz`, 'password-in-cli', p, ['crontab'])
    .n(`*/5 * * * * curl -fsS -m 10 --retry 5 https://hc-ping.com/${T.uuid()} > /dev/null`, ['crontab', 'uuid'])
    .n('0 * * * * curl -s -H "DD-API-KEY: $DD_API_KEY" https://api.datadoghq.com/api/v1/validate', ['crontab', 'env-ref'])
    .p(`30 7 * * 1 curl -s "https://api.telegram.org/bot${tg}/sendMessage?chat_id=-100${T.digits(10)}&text=weekly"`, 'telegram-bot-token', tg, ['crontab', 'url-path'])
    .n('30 8 * * 1 curl -s "https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage?chat_id=${CHAT_ID}&text=hi"', ['crontab', 'env-ref'])
    .n('0 4 * * * /usr/local/bin/rotate-keys --vault-path secret/data/cron/backup', ['crontab', 'secret-ref']);
}
// ---------------------------------------------------------------- 13 systemd
{
  const p = T.urlpass(), sg = T.sendgrid();
  F('deploy/systemd/acme-api.service')
    .l('[Unit]', 'Description=ACME API', 'After=network-online.target', '', '[Service]', 'User=acme')
    .p(`Environment="DATABASE_URL=postgres://acme_api:${p}@10.20.0.15:5432/acme"`, 'db-uri-password', p, ['systemd', 'environment'])
    .p(`Environment=SENDGRID_API_KEY=${sg}`, 'sendgrid-api-key', sg, ['systemd', 'environment'])
    .n('Environment="LOG_LEVEL=info" "PORT=8080"', ['systemd', 'non-secret'])
    .n('EnvironmentFile=/etc/acme/api.env', ['systemd', 'file-ref'])
    .n('LoadCredential=db_password:/etc/credstore/acme_db_password', ['systemd', 'credential-ref'])
    .n('Environment="DATABASE_URL=postgres://acme_api@10.20.0.15:5432/acme?passfile=/run/credentials/acme-api.service/pgpass"', ['systemd', 'no-password'])
    .l('ExecStart=/opt/acme/bin/api', '', '[Install]', 'WantedBy=multi-user.target');
}
// ---------------------------------------------------------------- 14 app.yaml (block scalars, anchors)
{
  const key = T.pem('RSA').map((x) => '    ' + x), pw = T.password(), pub = T.pubPem().map((x) => '    ' + x);
  const vaultLines = ['$ANSIBLE_VAULT;1.1;AES256', ...Array.from({ length: 4 }, () => T.s(80, '0123456789abcdef'))].map((x) => '    ' + x);
  F('config/app.yaml')
    .l('service:', '  name: ledger', '  description: >')
    .n('    Issues short-lived access tokens and rotates the signing key', ['yaml', 'folded', 'prose'])
    .n('    every 24h; the password policy requires 14 characters.', ['yaml', 'folded', 'prose'])
    .l('signing:', '  private_key: |')
    .pm(key, 'private-key-pem', ['yaml', 'block-literal', 'pem'])
    .l('  public_key: |')
    .nm(pub, ['yaml', 'block-literal', 'public-key'])
    .l('defaults: &db_defaults', '  host: db.acme-internal.net', '  user: ledger')
    .p(`  password: ${pw}`, 'password-assignment', pw, ['yaml', 'anchor'])
    .l('primary:')
    .n('  <<: *db_defaults', ['yaml', 'alias'])
    .l('replica:', '  <<: *db_defaults')
    .n('  password: *replica_password_ref', ['yaml', 'alias'])
    .l('legacy:', '  password: !vault |')
    .nm(vaultLines, ['yaml', 'ansible-vault', 'encrypted']);
}
// ---------------------------------------------------------------- 15 JSON embedded in YAML
{
  const x = T.slackBot(), sk = T.stripeRk();
  F('config/embedded.yaml')
    .l('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bridge-config', 'data:')
    .p(`  slack.json: '{"workspace":"acme","bot_token":"${x}","channel":"#alerts"}'`, 'slack-bot-token', x, ['yaml', 'json-in-yaml'])
    .n('  slack-ci.json: \'{"workspace":"acme","bot_token":"${SLACK_BOT_TOKEN}","channel":"#ci"}\'', ['yaml', 'json-in-yaml', 'env-ref'])
    .p(`  stripe.json: "{\\"restricted_key\\": \\"${sk}\\", \\"mode\\": \\"live\\"}"`, 'stripe-restricted-key', sk, ['yaml', 'json-in-yaml', 'escaped'])
    .n(`  stripe-test.json: "{\\"restricted_key\\": \\"${MASK('rk' + '_live_', 24)}\\", \\"mode\\": \\"live\\"}"`, ['yaml', 'json-in-yaml', 'masked'])
    .n(`  trace.json: '{"trace_id":"${T.hex(32)}","span_id":"${T.hex(16)}"}'`, ['yaml', 'json-in-yaml', 'hex-id']);
}
// ---------------------------------------------------------------- 16 settings.json (YAML in JSON, escaped JSON)
{
  const p1 = T.password(), p2 = T.password(), oa = T.openai();
  F('config/settings.json')
    .l('{', '  "release": "2024.11.3",')
    .p(`  "helmValues": "auth:\\n  username: ledger\\n  password: ${p1}\\n",`, 'password-assignment', p1, ['json', 'yaml-in-json'])
    .n('  "helmValuesCi": "auth:\\n  username: ledger\\n  existingSecret: ledger-db\\n",', ['json', 'yaml-in-json'])
    .p(`  "bootstrapPayload": "{\\"user\\":\\"admin\\",\\"password\\":\\"${p2}\\"}",`, 'password-assignment', p2, ['json', 'escaped-json'])
    .n('  "bootstrapTemplate": "{\\"user\\":\\"admin\\",\\"password\\":\\"\\"}",', ['json', 'escaped-json', 'empty'])
    .n('  "bootstrapExample": "{\\"user\\":\\"admin\\",\\"password\\":\\"<redacted>\\"}",', ['json', 'escaped-json', 'placeholder'])
    .p(`  "llm": "{\\"provider\\":\\"openai\\",\\"apiKey\\":\\"${oa}\\"}",`, 'openai-api-key', oa, ['json', 'escaped-json'])
    .n('  "llmCi": "{\\"provider\\":\\"openai\\",\\"apiKey\\":\\"${OPENAI_API_KEY}\\"}",', ['json', 'escaped-json', 'env-ref'])
    .n(`  "buildId": "${T.uuid()}"`, ['json', 'uuid'])
    .l('}');
}
// ---------------------------------------------------------------- 17 URL-encoded query strings
{
  const g = T.google(), pw = T.password(), pwEnc = encodeURIComponent(pw + '@#'), gh = T.ghp();
  F('docs/api-requests.http')
    .l('### geocode')
    .p(`GET https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre&key=${g}`, 'google-api-key', g, ['http', 'query-string'])
    .l('', '### legacy login (form encoded)', 'POST https://legacy.acme-internal.net/login', 'Content-Type: application/x-www-form-urlencoded', '')
    .p(`username=svc-reports&password=${pwEnc}&remember=1`, 'password-assignment', pwEnc, ['http', 'url-encoded'])
    .l('', '### templated')
    .n('GET https://legacy.acme-internal.net/export?token=%7B%7Bapi_token%7D%7D&format=csv', ['http', 'url-encoded', 'template'])
    .n('GET https://legacy.acme-internal.net/export?token={{api_token}}&format=csv', ['http', 'template'])
    .l('', '### redirect with encoded token in state')
    .p(`GET https://ci.acme-internal.net/callback?next=https%3A%2F%2Fapi.github.com%2Fuser%3Faccess_token%3D${gh}`, 'github-pat', gh, ['http', 'url-encoded'])
    .n(`GET https://ci.acme-internal.net/callback?state=${T.hex(32)}&code_challenge_method=S256`, ['http', 'oauth-state'])
    .n('Authorization: Bearer {{auth_token}}', ['http', 'template']);
}
// ---------------------------------------------------------------- 18 .env
{
  const oa = T.openai(), an = T.anthropic(), sk = T.stripe(), dd = T.ddApi(), se = T.sentry();
  F('.env')
    .l('# local overrides -- DO NOT COMMIT (oops)', 'NODE_ENV=development')
    .p(`export OPENAI_API_KEY="${oa}"`, 'openai-api-key', oa, ['dotenv', 'export', 'quoted'])
    .p(`ANTHROPIC_API_KEY='${an}'`, 'anthropic-api-key', an, ['dotenv', 'single-quoted'])
    .p(`# STRIPE_SECRET_KEY=${sk}`, 'stripe-secret-key', sk, ['dotenv', 'commented-out'])
    .p(`DATADOG_API_KEY=${dd}  # prod org, rotate Q3`, 'datadog-api-key', dd, ['dotenv', 'inline-comment'])
    .p(`SENTRY_AUTH_TOKEN=${se}`, 'sentry-auth-token', se, ['dotenv'])
    .n('SENTRY_DSN_PUBLIC_KEY=', ['dotenv', 'empty'])
    .n('GITHUB_TOKEN=${GH_TOKEN}', ['dotenv', 'env-ref'])
    .n('AWS_SECRET_ACCESS_KEY=your-secret-access-key-here', ['dotenv', 'placeholder'])
    .n('STRIPE_WEBHOOK_SECRET="" # filled by `stripe listen`', ['dotenv', 'empty'])
    .n('# OPENAI_API_KEY should look like ' + 'sk-' + 'proj-... (see docs/llm.md)', ['dotenv', 'format-doc']);
}
// ---------------------------------------------------------------- 19 .env.production (base64 plain)
{
  const basic = b64('metrics:' + T.password()), sa = b64(JSON.stringify({ type: 'service_account', project_id: 'acme-prod', private_key_id: T.hex(40) }));
  F('.env.production')
    .p(`METRICS_BASIC_AUTH=${basic}`, 'basic-auth-base64', basic, ['dotenv', 'base64'])
    .n(`BANNER_B64=${b64('Welcome to ACME production - authorised use only')}`, ['dotenv', 'base64', 'non-secret'])
    .n(`FEATURE_FLAGS_B64=${b64('{"newCheckout":true,"betaSearch":false}')}`, ['dotenv', 'base64', 'non-secret'])
    .n(`GCP_SA_META_B64=${sa}`, ['dotenv', 'base64', 'key-id-only'])
    .n('DATABASE_PASSWORD_FILE=/run/secrets/db_password', ['dotenv', 'file-ref']);
}
// ---------------------------------------------------------------- 20 concat / template literals
{
  const gh = T.ghp(), pw = T.urlpass(), sk = T.stripe();
  const cut = 14;
  F('src/clients/http.js')
    .l("import { request } from 'undici';", '')
    .p(`const AUTH = 'Bearer ' + '${gh}';`, 'github-pat', gh, ['js', 'concat-one-line'])
    .n('const AUTH_CI = `Bearer ${process.env.GITHUB_TOKEN}`;', ['js', 'template', 'env-ref'])
    .p(`const legacyDsn = \`mysql://root:${pw}@\${host}:3306/app\`;`, 'db-uri-password', pw, ['js', 'template-literal'])
    .n('const dsn = `postgres://app:${encodeURIComponent(pwd)}@${host}:5432/app`;', ['js', 'template-literal', 'interpolated'])
    .l('// key split across lines (intentionally unlabeled)')
    .l(`const stripeKey = '${sk.slice(0, cut)}' +`, `  '${sk.slice(cut)}';`)
    .n("const stripeKeyFromEnv = process.env['STRIPE_SECRET_KEY'] ?? '';", ['js', 'env-ref'])
    .n(`const PREFIX = '${SKL}';  // used to validate key shape`, ['js', 'prefix-only']);
}
// ---------------------------------------------------------------- 21 settings.py (triple-quoted blob)
{
  const pw = T.password(), ak = T.awsId(), as = T.awsSecret();
  F('app/settings.py')
    .l('import os', '')
    .n('SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', ['python', 'env-ref'])
    .l('', 'LEGACY_INI = """', '[database]', 'host = db-old.acme-internal.net', 'user = ledger')
    .p(`password = ${pw}`, 'password-assignment', pw, ['python', 'triple-quoted', 'ini-in-string'])
    .l('', '[cache]')
    .n('password = %(REDIS_PASSWORD)s', ['python', 'triple-quoted', 'interpolation'])
    .l('"""', '')
    .p(`AWS_ACCESS_KEY_ID = "${ak}"`, 'aws-access-key-id', ak, ['python'])
    .p(`AWS_SECRET_ACCESS_KEY = "${as}"`, 'aws-secret-access-key', as, ['python'])
    .n(`AWS_DOCS_EXAMPLE = ("${AWS_DOC_ID}", "${AWS_DOC_SECRET}")`, ['python', 'doc-example'])
    .n('DATABASES = {"default": {"PASSWORD": os.getenv("DB_PASSWORD", "")}}', ['python', 'env-ref']);
}
// ---------------------------------------------------------------- 22 TOML inline tables
{
  const pw = T.password(), se = T.sentry();
  F('config/app.toml')
    .l('[server]', 'port = 8080', '')
    .p(`db = { user = "ledger", password = "${pw}", host = "db.acme-internal.net" }`, 'password-assignment', pw, ['toml', 'inline-table'])
    .n('db_ci = { user = "ledger", password = "${DB_PASSWORD}", host = "localhost" }', ['toml', 'inline-table', 'env-ref'])
    .p(`sentry = { org = "acme", auth_token = "${se}" }`, 'sentry-auth-token', se, ['toml', 'inline-table'])
    .n('sentry_ci = { org = "acme", auth_token = { env = "SENTRY_AUTH_TOKEN" } }', ['toml', 'inline-table', 'env-ref'])
    .l('', '[[tool.poetry.source]]', 'name = "internal"')
    .n('url = "https://nexus.acme-internal.net/repository/pypi/simple"', ['toml', 'no-cred'])
    .n(`lock_hash = "sha256:${T.sha256()}"`, ['toml', 'hash']);
}
// ---------------------------------------------------------------- 23 INI sections
{
  const pw = T.password(), ak = T.awsId(), as = T.awsSecret();
  F('deploy/app.ini')
    .l('[database]', 'host = 10.0.4.12', 'user = app_rw')
    .p(`password = ${pw}`, 'password-assignment', pw, ['ini', 'section'])
    .l('', '[smtp]', 'host = smtp.sendgrid.net', 'user = apikey')
    .n('password = %(ENV_SMTP_PASSWORD)s', ['ini', 'interpolation'])
    .l('', '[aws]')
    .p(`aws_access_key_id = ${ak}`, 'aws-access-key-id', ak, ['ini'])
    .p(`aws_secret_access_key = ${as}`, 'aws-secret-access-key', as, ['ini'])
    .l('', '[aws-example]')
    .n(`aws_access_key_id = ${AWS_DOC_ID}`, ['ini', 'doc-example'])
    .n('aws_secret_access_key = <paste-secret-here>', ['ini', 'placeholder'])
    .n(`role_session_name = deploy-${T.uuid()}`, ['ini', 'uuid']);
}
// ---------------------------------------------------------------- 24 XML attributes & CDATA
{
  const p1 = T.password(), sk = T.stripe(), p2 = T.password(), sp = T.hex(32);
  F('src/Web/web.config')
    .l('<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <connectionStrings>')
    .p(`    <add name="Default" connectionString="Server=sql-prod-02;Database=Orders;User Id=orders_app;Password=${p1};Encrypt=True" />`, 'connection-string-password', p1, ['xml', 'attribute'])
    .n('    <add name="Reporting" connectionString="Server=sql-prod-02;Database=Reports;Integrated Security=SSPI" />', ['xml', 'attribute', 'integrated-auth'])
    .l('  </connectionStrings>', '  <appSettings>')
    .p(`    <add key="Stripe:SecretKey" value="${sk}" />`, 'stripe-secret-key', sk, ['xml', 'attribute'])
    .n('    <add key="Stripe:PublishableKeyRef" value="#{StripePublishableKey}#" />', ['xml', 'token-replace'])
    .n('    <add key="ApiKey" value="$(ApiKey)" />', ['xml', 'msbuild-ref'])
    .l('  </appSettings>', '  <smtp>')
    .p(`    <password><![CDATA[${p2}]]></password>`, 'password-assignment', p2, ['xml', 'cdata'])
    .n('    <passwordRef><![CDATA[${SMTP_PASSWORD}]]></passwordRef>', ['xml', 'cdata', 'env-ref'])
    .l('  </smtp>')
    .p(`  <sharepoint clientId="${T.uuid()}" clientSecret="${sp}" />`, 'client-secret', sp, ['xml', 'attribute'])
    .n(`  <machineKeyInfo thumbprint="${T.sha1().toUpperCase()}" />`, ['xml', 'thumbprint'])
    .l('</configuration>');
}
// ---------------------------------------------------------------- 25 properties with escaped colons
{
  const pw = T.password(), hook = T.slackHook(), hookEsc = hook.replace('https:', 'https\\:');
  F('src/main/resources/application-prod.properties')
    .n('spring.datasource.url=jdbc\\:postgresql\\://db-prod\\:5432/orders', ['properties', 'escaped-colon', 'no-cred'])
    .l('spring.datasource.username=orders')
    .p(`spring.datasource.password=${pw}`, 'password-assignment', pw, ['properties'])
    .n('spring.datasource.password.fallback=${DB_PASSWORD\\:}', ['properties', 'env-ref'])
    .p(`alerts.slack.webhook=${hookEsc}`, 'slack-webhook', hookEsc, ['properties', 'escaped-colon'])
    .n('alerts.slack.webhook.template=https\\://hooks.slack.com/services/${SLACK_PATH}', ['properties', 'escaped-colon', 'env-ref'])
    .n(`mail.password=ENC(${b64(T.bytes(32).toString('binary')).slice(0, 44)})`, ['properties', 'jasypt-encrypted'])
    .n('app.jwt.secret=${vcap.services.jwt.credentials.secret}', ['properties', 'cf-ref']);
}
// ---------------------------------------------------------------- 26 setenv.bat
{
  const k = T.google(), gl = T.glpat(), pw = T.password();
  F('scripts/setenv.bat')
    .l('@echo off', 'REM local dev environment')
    .p(`set MAPS_API_KEY=${k}`, 'google-api-key', k, ['bat', 'set'])
    .p(`set "GITLAB_TOKEN=${gl}"`, 'gitlab-pat', gl, ['bat', 'set-quoted'])
    .n('set MAPS_API_KEY_CI=%VAULT_MAPS_API_KEY%', ['bat', 'env-ref'])
    .n('set "GITLAB_TOKEN_CI=%CI_JOB_TOKEN%"', ['bat', 'env-ref'])
    .p(`setx SQL_PASSWORD "${pw}"`, 'password-assignment', pw, ['bat', 'setx'])
    .n('set /p SQL_PASSWORD=Enter SQL password: ', ['bat', 'prompt'])
    .l('call dev-server.cmd');
}
// ---------------------------------------------------------------- 27 setenv.ps1
{
  const ak = T.azureKey(), pw = T.password();
  F('scripts/setenv.ps1')
    .l('# Requires -Version 7')
    .p(`$env:AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${ak};EndpointSuffix=core.windows.net"`, 'azure-storage-key', ak, ['ps1', 'env'])
    .n('$env:AZURE_STORAGE_CONNECTION_STRING = "UseDevelopmentStorage=true"', ['ps1', 'dev-storage'])
    .n('$env:AZURE_CLIENT_SECRET = $env:ARM_CLIENT_SECRET', ['ps1', 'env-ref'])
    .p(`$cred = New-Object PSCredential('svc-deploy', (ConvertTo-SecureString '${pw}' -AsPlainText -Force))`, 'password-assignment', pw, ['ps1', 'securestring'])
    .n("$cred2 = Get-Secret -Name 'svc-deploy' -Vault AcmeKeyVault", ['ps1', 'secret-store'])
    .n('$pw = Read-Host -AsSecureString "Password"', ['ps1', 'prompt'])
    .n(`$env:AZURE_TENANT_ID = "${T.uuid()}"`, ['ps1', 'uuid']);
}
// ---------------------------------------------------------------- 28 terraform heredoc
{
  const dd = T.ddApi(), pw = T.password();
  F('infra/main.tf')
    .l('resource "aws_instance" "agent" {', '  ami           = "ami-0c55b159cbfafe1f0"', '  instance_type = "t3.small"', '  user_data     = <<-EOF', '    #!/bin/bash')
    .p(`    DD_API_KEY=${dd} DD_SITE="datadoghq.eu" bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"`, 'datadog-api-key', dd, ['terraform', 'heredoc'])
    .n('    export DD_APP_KEY=$(aws ssm get-parameter --name /dd/app_key --with-decryption --query Parameter.Value --output text)', ['terraform', 'heredoc', 'cmd-subst'])
    .l('  EOF', '}', '', 'resource "aws_db_instance" "main" {', '  engine   = "postgres"', '  username = "ledger"')
    .p(`  password = "${pw}"`, 'password-assignment', pw, ['terraform'])
    .l('}', '', 'resource "aws_db_instance" "replica" {')
    .n('  password = var.db_password', ['terraform', 'var-ref'])
    .n('  kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/' + T.uuid() + '"', ['terraform', 'arn'])
    .l('}', '', 'data "aws_secretsmanager_secret_version" "db" {')
    .n('  secret_id = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/ledger/db-' + T.s(6) + '"', ['terraform', 'secret-ref'])
    .l('}');
}
// ---------------------------------------------------------------- 29 Jupyter notebook
{
  const oa = T.openai(), hf = T.ghp();
  const oaMasked = oa.slice(0, 8) + '...' + oa.slice(-4);
  F('notebooks/eval.ipynb')
    .l('{', ' "cells": [', '  {', '   "cell_type": "code",', '   "execution_count": 3,', '   "metadata": {},', '   "outputs": [', '    {', '     "name": "stdout",', '     "output_type": "stream",', '     "text": [')
    .p(`      "OPENAI_API_KEY=${oa}\\n",`, 'openai-api-key', oa, ['ipynb', 'output'])
    .n(`      "key loaded: ${oaMasked}\\n",`, ['ipynb', 'output', 'masked'])
    .p(`      "GH_TOKEN=${hf}\\n"`, 'github-pat', hf, ['ipynb', 'output'])
    .l('     ]', '    }', '   ],', '   "source": [')
    .n('    "import os\\n",', ['ipynb'])
    .n('    "openai.api_key = os.getenv(\\"OPENAI_API_KEY\\")\\n",', ['ipynb', 'source', 'env-ref'])
    .n('    "!env | grep -E \'OPENAI|GH_\'"', ['ipynb', 'source'])
    .l('   ]', '  }', ' ],', ' "metadata": {', '  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}', ' },', ' "nbformat": 4,', ' "nbformat_minor": 5', '}');
}
// ---------------------------------------------------------------- 30 commented-out code
{
  const sg = T.sendgrid(), tw = T.hex(32), sid = T.twilioSid();
  F('src/notify/legacy_client.py')
    .l('from sendgrid import SendGridAPIClient', 'import os', '')
    .n('# SendGrid keys have the form SG.<22 chars>.<43 chars>; never commit them.', ['python', 'comment', 'format-doc'])
    .p(`# client = SendGridAPIClient("${sg}")`, 'sendgrid-api-key', sg, ['python', 'commented-out'])
    .n('client = SendGridAPIClient(os.environ["SENDGRID_API_KEY"])', ['python', 'env-ref'])
    .l('')
    .p(`# TWILIO = Client("${sid}", "${tw}")  # old prod creds`, 'twilio-auth-token', tw, ['python', 'commented-out'])
    .n('# TODO: move twilio auth token into vault path secret/notify/twilio', ['python', 'comment'])
    .n('# token format: 32 hex chars, e.g. 0123456789abcdef0123456789abcdef', ['python', 'comment', 'format-doc']);
}
// ---------------------------------------------------------------- 31 tests (python)
{
  const x = T.slackBot(), j = T.jwt({ role: 'admin', email: 'ops@acme.example' });
  F('tests/test_auth.py')
    .l('import pytest', 'from app.auth import verify, mask', '')
    .l('def test_verify_prod_token():')
    .p(`    token = "${x}"`, 'slack-bot-token', x, ['test', 'real-looking'])
    .l('    assert verify(token)', '', 'def test_jwt_roundtrip():')
    .p(`    assert decode("${j}")["role"] == "admin"`, 'jwt', j, ['test', 'assertion'])
    .l('', 'def test_mask():')
    .n(`    assert mask("${XB}1234") == "${XB}****"`, ['test', 'masked'])
    .n('    assert verify("fake-token-for-tests") is False', ['test', 'obvious-fake'])
    .n('    assert verify(password="not-a-real-password") is False', ['test', 'obvious-fake'])
    .n(`    assert verify("${GH}" + "x" * 36) is False`, ['test', 'obvious-fake']);
}
// ---------------------------------------------------------------- 32 tests (jest)
{
  const ak = T.awsId(), as = T.awsSecret(), an = T.anthropic();
  F('test/redact.test.ts')
    .l("import { redact } from '../src/redact';", '', "describe('redact', () => {", "  it('redacts access keys', () => {")
    .p(`    expect(redact('key=${ak}')).toBe('key=[REDACTED]');`, 'aws-access-key-id', ak, ['test', 'assertion'])
    .p(`    expect(redact('secret=${as}')).toBe('secret=[REDACTED]');`, 'aws-secret-access-key', as, ['test', 'assertion'])
    .n(`    expect(redact('${'AK' + 'IA'}' + 'IOSFODNN7' + 'EXAMPLE')).toContain('REDACTED');`, ['test', 'doc-example', 'split'])
    .n("    expect(redact('" + 'AK' + 'IA' + "' + 'X'.repeat(16))).toContain('REDACTED');", ['test', 'obvious-fake'])
    .l('  });', "  it('redacts llm keys', () => {")
    .p(`    const k = '${an}';`, 'anthropic-api-key', an, ['test', 'real-looking'])
    .n("    expect(redact('" + 'sk-' + 'ant-' + "...')).toBe('" + 'sk-' + 'ant-' + "...');", ['test', 'prefix-only'])
    .l('  });', '});');
}
// ---------------------------------------------------------------- 33 docker-compose
{
  const p1 = T.urlpass(), p2 = T.urlpass(), jw = T.hex(64);
  F('docker-compose.yml')
    .l('services:', '  db:', '    image: postgres:16', '    environment:')
    .p(`      - POSTGRES_PASSWORD=${p1}`, 'password-assignment', p1, ['compose', 'env-list'])
    .n('      - POSTGRES_USER=ledger', ['compose', 'non-secret'])
    .l('  mysql:', '    image: mysql:8', '    environment:')
    .n('      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it}', ['compose', 'env-ref'])
    .n('      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password', ['compose', 'file-ref'])
    .l('  cache:', '    image: redis:7')
    .p(`    command: ["redis-server", "--requirepass", "${p2}", "--appendonly", "yes"]`, 'password-in-cli', p2, ['compose', 'command'])
    .n('    command: redis-server --requirepass "$${REDIS_PASSWORD}"', ['compose', 'command', 'env-ref'])
    .l('  api:', '    image: acme/api:latest', '    environment:')
    .p(`      JWT_SIGNING_SECRET: "${jw}"`, 'generic-secret', jw, ['compose', 'env-map'])
    .n(`      BUILD_SHA: "${T.sha1()}"`, ['compose', 'hash'])
    .l('secrets:', '  mysql_password:')
    .n('    file: ./secrets/mysql_password.txt', ['compose', 'file-ref']);
}
// ---------------------------------------------------------------- 34 GitHub workflow
{
  const gh = T.ghp(), pp = T.pypi();
  F('.github/workflows/release.yml')
    .l('name: release', 'on:', '  push:', '    tags: ["v*"]', 'jobs:', '  publish:', '    runs-on: ubuntu-latest', '    env:')
    .n('      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}', ['gha', 'secret-ref'])
    .l('    steps:', '      - uses: actions/checkout@' + T.sha1(), '      - name: tag status', '        run: |')
    .p(`          curl -sf -H "Authorization: token ${gh}" -d '{"state":"success"}' https://api.github.com/repos/acme/web/statuses/$GITHUB_SHA`, 'github-pat', gh, ['gha', 'block-scalar', 'curl-header'])
    .n('          curl -sf -H "Authorization: token ${{ secrets.GITHUB_TOKEN }}" https://api.github.com/repos/acme/web', ['gha', 'block-scalar', 'secret-ref'])
    .l('      - name: pypi', '        run: >')
    .p(`          twine upload -u __token__ -p ${pp} dist/*`, 'pypi-token', pp, ['gha', 'folded-scalar'])
    .l('      - name: pypi (ci)')
    .n('        run: twine upload -u __token__ -p "${{ secrets.PYPI_API_TOKEN }}" dist/*', ['gha', 'secret-ref']);
}
// ---------------------------------------------------------------- 35 ansible group_vars
{
  const pw = T.password(), tg = T.telegram();
  F('ansible/group_vars/prod/vars.yml')
    .n('db_password: "{{ vault_db_password }}"', ['ansible', 'jinja-ref'])
    .n("telegram_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/bot:token') }}\"", ['ansible', 'lookup'])
    .n("api_key: \"{{ lookup('env', 'API_KEY') }}\"", ['ansible', 'lookup']);
  F('ansible/group_vars/prod/vault.yml')
    .l('# NOTE: should be encrypted with ansible-vault; was committed in plaintext')
    .p(`vault_db_password: "${pw}"`, 'password-assignment', pw, ['ansible', 'plaintext-vault'])
    .p(`vault_telegram_token: ${tg}`, 'telegram-bot-token', tg, ['ansible', 'plaintext-vault']);
}
// ---------------------------------------------------------------- 36 key files
{
  F('deploy/keys/ci_deploy_ed25519').pm(T.openssh(), 'private-key-openssh', ['keyfile', 'openssh']);
  F('deploy/keys/ci_deploy_ed25519.pub').n(T.sshPub('ci-deploy@acme'), ['public-key']);
  F('deploy/tls/ingress.key').pm(T.pem(''), 'private-key-pem', ['keyfile', 'pkcs8']);
  F('deploy/tls/ingress.crt').nm(T.cert(), ['certificate']);
}
// ---------------------------------------------------------------- 37 EC key in heredoc in shell
{
  const ec = T.pem('EC');
  F('scripts/install-signer.sh')
    .l('#!/bin/bash', "cat > /etc/signer/key.pem <<'KEY'")
    .pm(ec, 'private-key-pem', ['shell', 'heredoc', 'ec'])
    .l('KEY', "cat > /etc/signer/pub.pem <<'KEY'")
    .nm(T.pubPem(), ['shell', 'heredoc', 'public-key'])
    .l('KEY')
    .n('openssl ecparam -name prime256v1 -genkey -noout -out "$KEY_PATH"', ['shell', 'keygen-cmd'])
    .n('echo "-----BEGIN EC ' + 'PRIV' + 'ATE KEY-----" | grep -q BEGIN  # format check only', ['shell', 'header-only']);
}
// ---------------------------------------------------------------- 38 bot config JSON
{
  const dc = T.discord(), tg = T.telegram();
  F('bot/config.json')
    .l('{')
    .p(`  "discordToken": "${dc}",`, 'discord-bot-token', dc, ['json', 'discord'])
    .n(`  "discordClientId": "1${T.digits(17)}",`, ['json', 'snowflake'])
    .n(`  "guildId": "9${T.digits(17)}",`, ['json', 'snowflake'])
    .p(`  "telegram": { "token": "${tg}", "chatId": -100${T.digits(10)} },`, 'telegram-bot-token', tg, ['json', 'nested'])
    .n('  "telegramStaging": { "token": "<BOT_TOKEN_FROM_BOTFATHER>", "chatId": 0 },', ['json', 'placeholder'])
    .n(`  "publicKey": "${T.hex(64)}"`, ['json', 'public-key', 'discord-interactions'])
    .l('}');
}
// ---------------------------------------------------------------- 39 twilio curl
{
  const sid = T.twilioSid(), tok = T.hex(32), key = T.twilioKey(), ksec = T.mixed(32);
  F('scripts/sms-alert.sh')
    .l('#!/bin/sh')
    .p(`curl -X POST "https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json" -u "${sid}:${tok}" \\`, 'twilio-auth-token', tok, ['shell', 'curl-u'])
    .l('  --data-urlencode "Body=disk full" --data-urlencode "To=+15555550100" --data-urlencode "From=+15555550199"')
    .n('curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json" -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" \\', ['shell', 'curl-u', 'env-ref'])
    .l('  --data-urlencode "Body=test"')
    .p(`curl -s -u "${key}:${ksec}" https://api.twilio.com/2010-04-01/Accounts.json`, 'twilio-api-key', key, ['shell', 'curl-u'])
    .n(`# Account SID for reference only: ${sid.slice(0, 6)}... (see 1Password "Twilio prod")`, ['shell', 'comment', 'truncated'])
    .n('curl -s --data "api_key=${TW_KEY}&secret=${TW_SECRET}" https://notify.acme-internal.net/sms', ['shell', 'curl-data', 'env-ref']);
}
// ---------------------------------------------------------------- 40 datadog.yaml
{
  const a = T.ddApi(), b = T.ddApp();
  F('monitoring/datadog.yaml')
    .p(`api_key: ${a}`, 'datadog-api-key', a, ['yaml', 'datadog'])
    .p(`app_key: ${b}`, 'datadog-app-key', b, ['yaml', 'datadog'])
    .l('site: datadoghq.eu', 'logs_enabled: true', 'secret_backend_command: /opt/datadog/fetch-secrets')
    .n('proxy_api_key: ENC[datadog/proxy_api_key]', ['yaml', 'secret-backend'])
    .n(`host_id: ${T.hex(32)}`, ['yaml', 'hex-id'])
    .n(`install_signature: ${T.sha256()}`, ['yaml', 'hash']);
}
// ---------------------------------------------------------------- 41 lockfiles / checksums (negatives)
{
  const f = F('web/package-lock.json').l('{', '  "name": "web",', '  "lockfileVersion": 3,', '  "packages": {');
  const pk = [['lodash', '4.17.21'], ['undici', '6.19.8'], ['zod', '3.23.8']];
  for (const [pkg, v] of pk) {
    f.l(`    "node_modules/${pkg}": {`, `      "version": "${v}",`)
      .n(`      "resolved": "https://registry.npmjs.org/${pkg}/-/${pkg}-${v}.tgz",`, ['lockfile', 'url'])
      .n(`      "integrity": "sha512-${T.bytes(64).toString('base64')}"`, ['lockfile', 'integrity'])
      .l(pkg === 'zod' ? '    }' : '    },');
  }
  f.l('  }', '}');
  const g = F('go.sum');
  for (const m of ['github.com/google/uuid v1.6.0', 'golang.org/x/crypto v0.28.0', 'github.com/stretchr/testify v1.9.0']) {
    g.n(`${m} h1:${T.bytes(32).toString('base64')}`, ['gosum', 'hash']);
    g.n(`${m}/go.mod h1:${T.bytes(32).toString('base64')}`, ['gosum', 'hash']);
  }
  const s = F('dist/SHA256SUMS');
  for (const n of ['acme-cli_linux_amd64.tar.gz', 'acme-cli_darwin_arm64.tar.gz', 'acme-cli_windows_amd64.zip']) s.n(`${T.sha256()}  ${n}`, ['checksum']);
}
// ---------------------------------------------------------------- 42 README with examples
{
  const leaked = T.slackUser(), dh = T.docker();
  F('docs/README.md')
    .l('# Deploying', '', 'Set your credentials first:', '', '```bash')
    .n('export GITHUB_TOKEN=<your personal access token>', ['markdown', 'placeholder'])
    .n('export SLACK_TOKEN=' + XB + 'your-bot-token', ['markdown', 'placeholder'])
    .n(`export STRIPE_SECRET_KEY=${SKL}...`, ['markdown', 'prefix-only'])
    .l('```', '', 'Tokens look like `' + GH + '` followed by 36 alphanumeric characters.', '')
    .l('Debug session pasted from Slack (should have been scrubbed):', '', '```')
    .p(`$ SLACK_USER_TOKEN=${leaked} ./bin/export-channel --channel C0${T.s(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`, 'slack-user-token', leaked, ['markdown', 'code-fence'])
    .p(`$ docker login -u acmebot --password ${dh}`, 'dockerhub-pat', dh, ['markdown', 'code-fence'])
    .n('$ docker login -u acmebot --password-stdin < ~/.docker/token', ['markdown', 'stdin'])
    .l('```');
}
// ---------------------------------------------------------------- 43 GitLab CI with anchors
{
  const jwt = T.jwt({ scope: 'deploy', aud: 'argocd' }), gl = T.glpat();
  F('.gitlab-ci.yml')
    .l('.deploy_vars: &deploy_vars')
    .p(`  ARGOCD_AUTH_TOKEN: "${jwt}"`, 'jwt', jwt, ['gitlab-ci', 'anchor'])
    .n('  ARGOCD_SERVER: argocd.acme-internal.net', ['gitlab-ci', 'non-secret'])
    .l('', 'deploy:', '  variables:')
    .n('    <<: *deploy_vars', ['gitlab-ci', 'alias'])
    .n('    CI_REGISTRY_PASSWORD: $CI_JOB_TOKEN', ['gitlab-ci', 'env-ref'])
    .l('  script:')
    .p(`    - 'curl --header "PRIVATE-TOKEN: ${gl}" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'`, 'gitlab-pat', gl, ['gitlab-ci', 'script'])
    .n('    - \'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"\'', ['gitlab-ci', 'env-ref'])
    .n('    - vault kv get -field=token secret/ci/argocd > /tmp/argocd-token', ['gitlab-ci', 'secret-store']);
}

// ---------------------------------------------------------------- write
fs.rmSync(OUT, { recursive: true, force: true });
for (const f of files) {
  const p = path.join(OUT, f.path);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.lines.join('\n') + '\n');
}
// self-check
const byFile = Object.fromEntries(files.map((f) => [f.path, f.lines]));
let bad = 0;
const seen = new Set();
for (const l of labels) {
  const key = l.file + ':' + l.line;
  if (seen.has(key)) { console.error('duplicate label', key); bad++; }
  seen.add(key);
  const lines = byFile[l.file];
  if (!lines || l.endLine > lines.length || l.line < 1) { console.error('out of range', l); bad++; continue; }
  if (l.expect) {
    if (!lines[l.line - 1].includes(l._v)) { console.error('value not on line', l.file, l.line); bad++; }
    if (l.endLine > l.line && !/^\s*-----END /.test(lines[l.endLine - 1])) { console.error('bad PEM end', l.file, l.line); bad++; }
  }
}
const out = labels.map(({ _v, ...r }) => r);
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(out, null, 2) + '\n');
const pos = out.filter((x) => x.expect).length;
console.log(`files=${files.length} positives=${pos} negatives=${out.length - pos} selfcheck=${bad ? 'FAIL ' + bad : 'ok'}`);
if (bad) process.exit(1);
