import { build, S, N } from './builder.mjs';
import { tok, pw, upw, hex, alnum, digits, uuid, pick, EXAMPLE_AWS_ID, EXAMPLE_AWS_SECRET } from './rng.mjs';
const DOM = 'internal.acme-corp.net';

export function files1() {
  const out = [];
  const dbpw = upw();
  out.push(build('services/api/.env.production', [
    '# orders-api — production environment\n# Managed by the platform team; rotation runbook: PLAT-112\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\nLOG_FORMAT=json\nTZ=UTC\n\n# --- database ---',
    `DB_HOST=pg-primary.${DOM}\nDB_PORT=5432\nDB_NAME=orders\nDB_USER=orders_app`,
    S(`DB_PASSWORD=${dbpw}`, 'password', 'env'),
    'DB_POOL_MAX=20',
    N('DB_REPLICA_PASSWORD=${DB_PASSWORD}', 'reference'),
    S(`DATABASE_URL=postgres://orders_app:${dbpw}@pg-primary.${DOM}:5432/orders?sslmode=require`, 'connection-string', 'env'),
    '\n# --- cache ---',
    `REDIS_HOST=redis.${DOM}`,
    N(`REDIS_URL=redis://redis.${DOM}:6379/0`, 'no-credentials'),
    'REDIS_TLS=true\n\n# --- third parties ---',
    S(`STRIPE_SECRET_KEY=${tok.stripe()}`, 'stripe-key', 'env'),
    N(`STRIPE_PUBLISHABLE_KEY=${tok.stripePub()}`, 'public-key'),
    N('STRIPE_WEBHOOK_SECRET=', 'empty'),
    'SENDGRID_FROM=no-reply@acme-corp.com',
    S(`SLACK_ALERT_WEBHOOK=${tok.slackHook()}`, 'slack-webhook', 'env'),
    '\n# --- auth ---',
    'JWT_EXPIRES_IN=15m',
    'JWT_PUBLIC_KEY_PATH=/etc/acme/jwt/public.pem',
    N('SESSION_SECRET_FILE=/run/secrets/session_secret', 'file-reference'),
    N(`BUILD_SHA=${hex(40)}`, 'git-sha'),
  ]));

  out.push(build('services/api/.env.example', [
    '# Copy to .env and fill in real values. NEVER commit the filled-in file.\nNODE_ENV=development\nPORT=3000\nLOG_LEVEL=debug\n',
    'DB_HOST=localhost\nDB_USER=orders_app',
    N('DB_PASSWORD=changeme', 'placeholder'),
    N('DATABASE_URL=postgres://orders_app:<password>@localhost:5432/orders', 'placeholder'),
    N('REDIS_URL=redis://localhost:6379/0', 'no-credentials'),
    '',
    N('STRIPE_SECRET_KEY=' + 'sk' + '_test_' + 'x'.repeat(24), 'placeholder'),
    N('SENDGRID_API_KEY=your-sendgrid-api-key', 'placeholder'),
    N('SLACK_ALERT_WEBHOOK=https://hooks.' + 'slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX', 'placeholder'),
    N('JWT_SECRET=', 'empty'),
    '\n# AWS (docs example values — replace with your own)',
    N(`AWS_ACCESS_KEY_ID=${EXAMPLE_AWS_ID}`, 'example'),
    N(`AWS_SECRET_ACCESS_KEY=${EXAMPLE_AWS_SECRET}`, 'example'),
    'AWS_REGION=eu-west-1',
    N('GITHUB_TOKEN=<your-github-token>', 'placeholder'),
    N('OPENAI_API_KEY=...', 'placeholder'),
    '\n# Feature flags\nFF_NEW_CHECKOUT=false\nFF_BULK_EXPORT=true',
  ]));

  out.push(build('services/worker/.env.staging', [
    '# worker — staging\nAPP_ENV=staging\nWORKER_CONCURRENCY=8\nLOG_LEVEL=debug\n',
    S(`AWS_ACCESS_KEY_ID=${tok.awsId()}`, 'aws-access-key', 'env'),
    S(`AWS_SECRET_ACCESS_KEY=${tok.awsSecret()}`, 'aws-secret-key', 'env'),
    'AWS_REGION=eu-west-1',
    N(`AWS_ACCOUNT_ID=${digits(12)}`, 'id'),
    'JOBS_QUEUE_NAME=jobs-staging\n',
    N(`AMQP_URL=amqp://worker:\${RABBITMQ_PASSWORD}@rabbitmq.staging.${DOM}:5672/jobs`, 'reference'),
    S(`MONGO_URI=mongodb+srv://worker:${upw()}@cluster0.${alnum(5).toLowerCase()}.mongodb.net/jobs?retryWrites=true&w=majority`, 'connection-string', 'env'),
    'MONGO_POOL_SIZE=10\n',
    N(`WORKER_ID=${uuid()}`, 'uuid'),
    N(`ARTIFACT_SHA256=${hex(64)}`, 'digest'),
    N('OPENAI_API_KEY=', 'empty'),
    'CACHE_KEY_PREFIX=worker:staging:\nRETRY_BACKOFF_MS=500\nMAX_RETRIES=5\nSHUTDOWN_GRACE_SECONDS=30',
  ]));

  out.push(build('deploy/docker-compose.yml', [
    'version: "3.9"\n\nservices:\n  api:',
    N(`    image: registry.acme-corp.net/orders/api@sha256:${hex(64)}`, 'digest'),
    '    env_file: ../services/api/.env.production\n    environment:',
    N('      DB_PASSWORD: ${DB_PASSWORD}', 'reference'),
    N('      REDIS_URL: ${REDIS_URL:?redis url is required}', 'reference'),
    '      NODE_ENV: production\n    ports:\n      - "8080:8080"\n    depends_on:\n      - postgres\n      - redis\n\n  postgres:\n    image: postgres:15.4\n    environment:\n      POSTGRES_USER: orders_app',
    N('      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password', 'file-reference'),
    '      POSTGRES_DB: orders\n    secrets:\n      - pg_password\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n\n  redis:\n    image: redis:7.2-alpine',
    S(`    command: ["redis-server", "--requirepass", "${upw()}"]`, 'password', 'compose'),
    '\n  grafana:\n    image: grafana/grafana:10.2.0\n    environment:',
    S(`      GF_SECURITY_ADMIN_PASSWORD: "${pw()}"`, 'password', 'compose'),
    '      GF_SERVER_ROOT_URL: https://grafana.acme-corp.net\n\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt\n\nvolumes:\n  pgdata: {}',
  ]));

  out.push(build('deploy/docker-compose.override.yml', [
    '# Local development overrides — merged automatically by `docker compose up`\nservices:\n  api:\n    build:\n      context: ../services/api\n      target: dev\n    environment:\n      LOG_LEVEL: debug',
    N('      DB_PASSWORD: ${POSTGRES_PASSWORD:-}', 'reference'),
    '    volumes:\n      - ../services/api/src:/app/src\n\n  minio:\n    image: minio/minio:RELEASE.2023-11-20T22-40-07Z\n    command: server /data --console-address ":9001"\n    environment:\n      MINIO_ROOT_USER: acme-dev',
    S(`      MINIO_ROOT_PASSWORD: "${pw()}"`, 'password', 'compose'),
    '    ports:\n      - "9000:9000"\n      - "9001:9001"\n\n  mailhog:\n    image: mailhog/mailhog:v1.0.1\n    ports:\n      - "8025:8025"',
    N('# example: STRIPE_SECRET_KEY=' + 'sk' + '_test_' + '1234567890abcdef', 'example-comment'),
    N('# MINIO_ROOT_PASSWORD=<set-me-locally>', 'placeholder'),
  ]));
  return out;
}
