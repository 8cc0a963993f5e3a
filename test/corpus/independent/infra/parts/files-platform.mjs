// Cloudflare, Fly.io, Vercel, Netlify, NixOS, Dockerfiles, devcontainer
import { J, PH, uri } from './tokens.mjs';
import { CS } from './rng.mjs';

export default [
  ['cloudflare/wrangler.toml', (d, t) => {
    d.t('name = "edge-router"', 'main = "src/index.ts"', 'compatibility_date = "2024-09-23"', 'compatibility_flags = ["nodejs_compat"]');
    d.n(`account_id = "${t.hex(32)}"`, 'id');
    d.t('workers_dev = false');
    d.n(`route = { pattern = "api.acme-shop.com/*", zone_id = "${t.hex(32)}" }`, 'id');
    d.t('', '[vars]', 'ENVIRONMENT = "production"', 'UPSTREAM_URL = "https://origin.acme-shop.com"');
    d.n(`STRIPE_PUBLISHABLE_KEY = "${t.stripePk()}"`, 'public');
    const wh = t.stripeWhsec();
    d.p(`STRIPE_WEBHOOK_SECRET = "${wh}"`, 'stripe-webhook-secret', wh, 'prefixed');
    d.n('# UPSTREAM_API_TOKEN is a secret: `wrangler secret put UPSTREAM_API_TOKEN`', 'secret-name');
    d.t('', '[[kv_namespaces]]', 'binding = "SESSIONS"');
    d.n(`id = "${t.hex(32)}"`, 'id');
    d.n(`preview_id = "${t.hex(32)}"`, 'id');
    d.t('', '[[d1_databases]]', 'binding = "DB"', 'database_name = "edge-router-prod"');
    d.n(`database_id = "${t.uuid()}"`, 'id');
    d.t('', '[[r2_buckets]]', 'binding = "ASSETS"', 'bucket_name = "edge-assets"', '', '[env.staging]', 'name = "edge-router-staging"');
    const cf = t.cfToken();
    d.p(`vars = { ENVIRONMENT = "staging", CF_API_TOKEN = "${cf}" }`, 'cloudflare-api-token', cf, 'keyword');
  }],

  ['fly/fly.toml', (d, t) => {
    d.t('app = "acme-billing"', 'primary_region = "ams"', 'kill_signal = "SIGINT"', '', '[build]');
    d.n(`  image = "registry.fly.io/acme-billing@sha256:${t.sha256()}"`, 'hash');
    d.t('', '[deploy]', '  release_command = "bin/rails db:migrate"', '  strategy = "rolling"', '', '[env]',
      '  RAILS_ENV = "production"', '  RAILS_LOG_TO_STDOUT = "1"');
    const ppw = t.urlPassword();
    d.p(`  DATABASE_URL = "${uri('postgres', 'acme_billing', ppw, 'acme-billing-db.flycast:5432/acme_billing?sslmode=disable')}"`, 'postgres-uri', ppw, 'uri');
    const rpw = t.urlPassword();
    d.p(`  REDIS_URL = "${uri('redis', 'default', rpw, 'fly-acme-billing-redis.upstash.io:6379')}"`, 'redis-uri', rpw, 'uri');
    d.n('  SECRET_KEY_BASE_FILE = "/run/secrets/secret_key_base"', 'path');
    d.n('  # RAILS_MASTER_KEY is set with `fly secrets set RAILS_MASTER_KEY=...`', 'secret-name');
    d.t('', '[http_service]', '  internal_port = 3000', '  force_https = true', '  auto_stop_machines = true',
      '  min_machines_running = 1', '', '[[vm]]', '  size = "shared-cpu-2x"', '  memory = "1gb"');
  }],

  ['vercel/vercel.json', (d, t) => {
    d.t('{', '  "$schema": "https://openapi.vercel.sh/vercel.json",', '  "framework": "nextjs",',
      '  "buildCommand": "pnpm build",', '  "regions": ["fra1"],', '  "env": {');
    d.n(`    "NEXT_PUBLIC_FIREBASE_API_KEY": "${t.firebaseKey()}",`, 'public');
    d.t('    "NEXT_PUBLIC_FIREBASE_PROJECT_ID": "acme-storefront",');
    d.n(`    "NEXT_PUBLIC_STRIPE_KEY": "${t.stripePk()}",`, 'public');
    d.n('    "DATABASE_URL": "@storefront-database-url",', 'reference');
    const sk = t.stripeSk();
    d.p(`    "STRIPE_SECRET_KEY": "${sk}"`, 'stripe-secret-key', sk, 'prefixed');
    d.t('  },', '  "build": {', '    "env": {');
    d.n('      "NPM_TOKEN": "@npm-token"', 'reference');
    d.t('    }', '  },', '  "headers": [', '    {', '      "source": "/(.*)",', '      "headers": [');
    d.n(`        { "key": "Content-Security-Policy", "value": "script-src 'self' '${t.sri256()}' '${t.sri384()}'" },`, 'hash');
    d.t('        { "key": "X-Frame-Options", "value": "DENY" }', '      ]', '    }', '  ],',
      '  "crons": [{ "path": "/api/cron/revalidate", "schedule": "0 * * * *" }]', '}');
  }],

  ['netlify/netlify.toml', (d, t) => {
    d.t('[build]', '  command = "npm run build"', '  publish = "dist"', '', '[build.environment]', '  NODE_VERSION = "20"');
    d.n('  SECRETS_SCAN_OMIT_KEYS = "ALGOLIA_APP_ID,GATSBY_STRIPE_PK,CONTENTFUL_SPACE_ID"', 'secret-name');
    d.n(`  GATSBY_STRIPE_PK = "${t.stripePk()}"`, 'public');
    d.n(`  ALGOLIA_APP_ID = "${t.s(10, CS.UPDIG)}"`, 'id');
    d.n(`  CONTENTFUL_SPACE_ID = "${t.s(12, CS.LODIG)}"`, 'id');
    const cfp = t.contentful();
    d.p(`  CONTENTFUL_MANAGEMENT_TOKEN = "${cfp}"`, 'contentful-pat', cfp, 'prefixed');
    d.t('', '[context.deploy-preview.environment]', '  ALGOLIA_INDEX = "docs_preview"');
    const al = t.algoliaAdmin();
    d.p(`  ALGOLIA_ADMIN_KEY = "${al}"`, 'algolia-admin-key', al, 'keyword');
    d.t('', '[[plugins]]', '  package = "@netlify/plugin-lighthouse"', '', '[[headers]]', '  for = "/*"', '  [headers.values]');
    d.n(`    Content-Security-Policy = "script-src 'self' '${t.sri512()}'"`, 'hash');
    d.t('', '[[redirects]]', '  from = "/api/*"', '  to = "https://api.acme-shop.com/:splat"', '  status = 200',
      '  headers = {X-From = "Netlify"}');
  }],

  ['nix/hosts/web01/configuration.nix', (d, t) => {
    d.t('{ config, pkgs, lib, ... }:', '', 'let', '  dashboards = pkgs.fetchFromGitHub {',
      '    owner = "acme-infra";', '    repo = "grafana-dashboards";');
    d.n(`    rev = "${t.sha()}";`, 'hash');
    d.n(`    hash = "${t.sri256()}";`, 'hash');
    d.t('  };', 'in', '{', '  imports = [ ./hardware-configuration.nix ../../modules/common.nix ];', '',
      '  networking.hostName = "web01";', '');
    d.n(`  nix.settings.trusted-public-keys = [ "cache.acme.dev-1:${t.b64(32)}" ];`, 'public');
    d.t('', '  sops.defaultSopsFile = ../../secrets/web01.yaml;', '  sops.secrets."restic/password" = { };',
      '  sops.secrets."grafana/admin" = { owner = "grafana"; };', '', '  users.users.deploy = {',
      '    isNormalUser = true;', '    extraGroups = [ "wheel" ];');
    d.n('    initialPassword = "changeme";', 'placeholder');
    d.t('    openssh.authorizedKeys.keys = [');
    d.n(`      "${t.sshEd25519Pub('deploy@ci')}"`, 'public');
    d.t('    ];', '  };', '', '  services.postgresql = {', '    enable = true;', '    package = pkgs.postgresql_16;',
      '    ensureDatabases = [ "shop" ];', '    initialScript = pkgs.writeText "init.sql" \'\'');
    const pw = t.password();
    d.p(`      CREATE ROLE shop WITH LOGIN PASSWORD '${pw}';`, 'password', pw, 'sql');
    d.t('      GRANT ALL PRIVILEGES ON DATABASE shop TO shop;', "    '';", '  };', '',
      '  services.prometheus.exporters.postgres = {', '    enable = true;');
    const epw = t.urlPassword();
    d.p(`    dataSourceName = "${uri('postgresql', 'exporter', epw, 'localhost:5432/postgres?sslmode=disable')}";`, 'postgres-uri', epw, 'uri');
    d.t('  };', '', '  services.grafana = {', '    enable = true;', '    settings.security.admin_user = "admin";');
    d.n('    settings.security.admin_password = "$__file{${config.sops.secrets."grafana/admin".path}}";', 'reference');
    d.t('    provision.dashboards.settings.providers = [ { options.path = dashboards; } ];', '  };', '',
      '  services.restic.backups.daily = {', '    repository = "s3:s3.eu-central-1.amazonaws.com/acme-backups/web01";');
    d.n('    passwordFile = config.sops.secrets."restic/password".path;', 'reference');
    d.t('    timerConfig.OnCalendar = "daily";', '  };', '', '  services.tailscale.enable = true;',
      '  systemd.services.tailscale-bootstrap = {', '    after = [ "tailscaled.service" ];', '    wantedBy = [ "multi-user.target" ];',
      "    script = ''");
    const ts = t.tailscale();
    d.p(`      \${pkgs.tailscale}/bin/tailscale up --authkey=${ts} --hostname=web01`, 'tailscale-key', ts, 'prefixed');
    d.t("    '';", '  };', '', '  system.stateVersion = "24.05";', '}');
  }],

  ['docker/api.Dockerfile', (d, t) => {
    const dig = t.sha256();
    d.t('# syntax=docker/dockerfile:1.7');
    d.n(`FROM node:20.12-alpine@sha256:${dig} AS deps`, 'hash');
    d.t('WORKDIR /app');
    d.n('ARG NPM_TOKEN', 'secret-name');
    d.t('COPY package.json package-lock.json ./');
    d.n('RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev', 'reference');
    d.t('', 'FROM deps AS build', 'COPY . .', 'RUN npm run build', '');
    d.n(`FROM node:20.12-alpine@sha256:${dig}`, 'hash');
    d.t('WORKDIR /app');
    d.n(`ARG GIT_SHA=${t.sha()}`, 'hash');
    d.t('LABEL org.opencontainers.image.revision=$GIT_SHA', 'ENV NODE_ENV=production \\', '    PORT=8080');
    const ppw = t.urlPassword();
    d.p(`ENV DATABASE_URL=${uri('postgresql', 'api', ppw, 'db.internal:5432/api')}`, 'postgres-uri', ppw, 'uri');
    const rpw = t.urlPassword();
    d.p(`ENV REDIS_URL=${uri('redis', '', rpw, 'cache.internal:6379/0')}`, 'redis-uri', rpw, 'uri');
    const st = t.sentryUser();
    d.p(`ENV SENTRY_AUTH_TOKEN=${st}`, 'sentry-token', st, 'prefixed');
    d.t('COPY --from=deps /app/node_modules ./node_modules', 'COPY --from=build /app/dist ./dist', 'USER node',
      'EXPOSE 8080', 'CMD ["node", "dist/server.js"]');
  }],

  ['docker/worker.Dockerfile', (d, t) => {
    d.n(`FROM python:3.12-slim@sha256:${t.sha256()}`, 'hash');
    d.t('WORKDIR /srv/worker');
    d.n('ARG HF_TOKEN', 'secret-name');
    d.n('ARG PYPI_TOKEN', 'secret-name');
    d.t('# Local-only defaults; real credentials come from the task role');
    d.n(`ENV AWS_ACCESS_KEY_ID=${PH.awsExampleId} \\`, 'example');
    d.n(`    AWS_SECRET_ACCESS_KEY=${PH.awsExampleSecret}`, 'example');
    const apw = t.urlPassword();
    d.p(`ENV CELERY_BROKER_URL=${uri('amqp', 'worker', apw, 'rabbitmq.internal:5672/jobs')}`, 'amqp-uri', apw, 'uri');
    const mpw = t.urlPassword();
    d.p(`ENV REPORTS_DB_URL=${uri('mysql', 'reporter', mpw, 'mysql.internal:3306/reports')}`, 'mysql-uri', mpw, 'uri');
    const hf = t.hf();
    d.p(`ENV HUGGING_FACE_HUB_TOKEN=${hf}`, 'huggingface-token', hf, 'prefixed');
    d.t('COPY requirements.txt .');
    d.n('RUN pip install --no-cache-dir --extra-index-url "https://__token__:${PYPI_TOKEN}@pypi.acme.internal/simple" -r requirements.txt', 'reference');
    d.t('RUN curl -fsSLo /usr/local/bin/tini https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64 \\');
    d.n(` && echo "${t.sha256()}  /usr/local/bin/tini" | sha256sum -c - \\`, 'hash');
    d.t(' && chmod +x /usr/local/bin/tini', 'COPY . .', 'ENTRYPOINT ["/usr/local/bin/tini", "--"]',
      'CMD ["celery", "-A", "worker.app", "worker", "--loglevel=INFO"]');
  }],

  ['.devcontainer/devcontainer.json', (d, t) => {
    d.t('{', '  "name": "acme-api",', '  "dockerComposeFile": ["../docker-compose.yml", "docker-compose.devcontainer.yml"],',
      '  "service": "app",', '  "workspaceFolder": "/workspaces/${localWorkspaceFolderBasename}",', '  "features": {',
      '    "ghcr.io/devcontainers/features/node:1": { "version": "20" },', '    "ghcr.io/devcontainers/features/aws-cli:1": {}',
      '  },', '  "remoteEnv": {');
    d.n('    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}",', 'reference');
    d.t('    "AWS_PROFILE": "acme-dev"', '  },', '  "containerEnv": {');
    const oa = t.openai();
    d.p(`    "OPENAI_API_KEY": "${oa}",`, 'openai-api-key', oa, 'prefixed');
    const an = t.anthropic();
    d.p(`    "ANTHROPIC_API_KEY": "${an}",`, 'anthropic-api-key', an, 'prefixed');
    d.n('    "PGPASSWORD": "${localEnv:PGPASSWORD}"', 'reference');
    d.t('  },');
    d.n('  "postCreateCommand": "npm config set //npm.pkg.github.com/:_authToken ${GITHUB_TOKEN} && npm ci",', 'reference');
    d.t('  "customizations": {', '    "vscode": {', '      "extensions": ["dbaeumer.vscode-eslint", "ms-azuretools.vscode-docker"]',
      '    }', '  },', '  "mounts": ["source=${localEnv:HOME}/.aws,target=/home/node/.aws,type=bind,consistency=cached"]', '}');
  }],
];
