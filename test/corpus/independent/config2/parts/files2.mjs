import { build, S, N } from './builder.mjs';
import { tok, pw, upw, hex, alnum, digits, uuid, pem, b64, rs } from './rng.mjs';

export function files2() {
  const out = [];
  const acct = digits(12);
  out.push(build('k8s/orders-api/deployment.yaml', [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-api\n  namespace: orders\n  labels:\n    app: orders-api\n  annotations:',
    N(`    checksum/config: ${hex(64)}`, 'checksum'),
    'spec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: orders-api\n  template:\n    metadata:\n      labels:\n        app: orders-api\n    spec:\n      serviceAccountName: orders-api\n      containers:\n        - name: api',
    N(`          image: registry.acme-corp.net/orders/api@sha256:${hex(64)}`, 'digest'),
    '          ports:\n            - containerPort: 8080\n          env:\n            - name: DB_HOST\n              value: pg-primary.orders.svc.cluster.local',
    N('            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: orders-db\n                  key: password', 'reference'),
    N('            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: payments-keys\n                  key: stripe-secret-key', 'reference'),
    '            - name: PAYMENTS_GITLAB_TOKEN',
    S(`              value: "${tok.glpat()}"`, 'gitlab-token', 'k8s'),
    '          resources:\n            requests:\n              cpu: 250m\n              memory: 512Mi\n            limits:\n              memory: 1Gi\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080',
  ]));

  const dbpw = upw();
  out.push(build('k8s/orders-api/secret.yaml', [
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\n  namespace: orders\ntype: Opaque\nstringData:',
    S(`  password: "${dbpw}"`, 'password', 'k8s-secret'),
    '  username: orders_app',
    S(`  url: "postgres://orders_app:${dbpw}@pg-primary.orders.svc.cluster.local:5432/orders"`, 'connection-string', 'k8s-secret'),
    '---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-keys\n  namespace: orders\ntype: Opaque\ndata:',
    S(`  stripe-secret-key: ${b64(tok.stripe())}`, 'stripe-key', 'base64'),
    '---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: partner-api\n  namespace: orders\ntype: Opaque\nstringData:',
    N('  api-key: "REPLACE_ME"', 'placeholder'),
    N('  api-secret: ""', 'empty'),
  ]));

  out.push(build('k8s/orders-api/configmap.yaml', [
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: orders-api-config\n  namespace: orders\ndata:\n  LOG_LEVEL: info\n  HTTP_TIMEOUT_MS: "5000"',
    N(`  OAUTH_CLIENT_ID: "${uuid()}"`, 'id'),
    '  JWKS_URL: https://auth.acme-corp.com/.well-known/jwks.json',
    N('  PASSWORD_MIN_LENGTH: "12"', 'keyword-only'),
    N('  DB_SECRET_NAME: orders-db', 'reference'),
    N(`  TEMPLATE_CACHE_HASH: ${hex(40)}`, 'hash'),
    '  JWT_PUBLIC_KEY: |',
    N(pem('PUBLIC KEY', 6, '    '), 'public-key'),
    '  app.properties: |\n    spring.mail.host=smtp.mailgun.org\n    spring.mail.port=587\n    spring.mail.username=postmaster@mg.acme-corp.com',
    S(`    spring.mail.password=${upw()}`, 'password', 'configmap'),
    '    spring.mail.properties.mail.smtp.starttls.enable=true',
  ]));

  out.push(build('helm/orders/values-prod.yaml', [
    'replicaCount: 3\n\nimage:\n  repository: registry.acme-corp.net/orders/api',
    N(`  digest: sha256:${hex(64)}`, 'digest'),
    '  pullPolicy: IfNotPresent\n\nimagePullSecrets:\n  - name: regcred\n\npostgresql:\n  enabled: true\n  auth:\n    username: orders_app',
    S(`    password: "${pw()}"`, 'password', 'helm'),
    N('    existingSecret: ""', 'empty'),
    '    database: orders\n\nredis:\n  enabled: true\n  auth:\n    enabled: true',
    N('    existingSecret: orders-redis', 'reference'),
    N('    existingSecretPasswordKey: redis-password', 'reference'),
    '\ndatadog:\n  site: datadoghq.eu',
    S(`  apiKey: ${tok.ddApi()}`, 'datadog-api-key', 'helm'),
    N('  appKeyExistingSecret: datadog-app-key', 'reference'),
    '\ningress:\n  enabled: true\n  className: nginx\n  hosts:\n    - host: api.acme-corp.com\n      paths:\n        - path: /\n          pathType: Prefix\n  tls:\n    - secretName: orders-tls\n      hosts:\n        - api.acme-corp.com',
  ]));

  out.push(build('.github/workflows/deploy.yml', [
    'name: deploy\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n\npermissions:\n  id-token: write\n  contents: read\n\nenv:\n  AWS_REGION: eu-west-1\n\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:',
    N(`      - uses: actions/checkout@${hex(40)} # v4.1.1`, 'git-sha'),
    `      - uses: aws-actions/configure-aws-credentials@v4\n        with:`,
    N(`          role-to-assume: arn:aws:iam::${acct}:role/gha-deploy`, 'id'),
    '          aws-region: ${{ env.AWS_REGION }}\n      - name: Login to registry',
    N('        run: echo "${{ secrets.REGISTRY_PASSWORD }}" | docker login registry.acme-corp.net -u ci --password-stdin', 'reference'),
    '      - name: Build and push\n        run: |\n          docker build -t registry.acme-corp.net/orders/api:${{ github.sha }} .\n          docker push registry.acme-corp.net/orders/api:${{ github.sha }}\n      - name: Smoke test\n        env:',
    S(`          SMOKE_GH_TOKEN: ${tok.ghp()}`, 'github-token', 'actions'),
    '        run: ./scripts/smoke.sh https://api.acme-corp.com\n      - name: Notify slack\n        env:',
    N('          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}', 'reference'),
    '        run: ./scripts/notify.sh "deployed ${{ github.sha }}"\n      - name: Datadog deploy event\n        run: |\n          curl -sS -X POST "https://api.datadoghq.eu/api/v1/events" \\',
    S(`            -H "DD-API-KEY: ${tok.ddApi()}" \\`, 'datadog-api-key', 'actions'),
    '            -d \'{"title":"orders-api deployed","tags":["env:prod"]}\'',
  ]));

  out.push(build('terraform/main.tf', [
    'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.30"\n    }\n    datadog = {\n      source = "DataDog/datadog"\n    }\n  }\n  backend "s3" {\n    bucket = "acme-tfstate-prod"\n    key    = "orders/terraform.tfstate"\n    region = "eu-west-1"\n  }\n}\n\nprovider "aws" {\n  region = var.region\n}\n',
    'provider "datadog" {',
    S(`  api_key = "${tok.ddApi()}"`, 'datadog-api-key', 'terraform'),
    N('  app_key = var.datadog_app_key', 'reference'),
    '}\n\nresource "aws_db_instance" "orders" {\n  identifier        = "orders-prod"\n  engine            = "postgres"\n  engine_version    = "15.4"\n  instance_class    = "db.r6g.large"\n  allocated_storage = 200\n  username          = "orders_admin"',
    N('  password          = var.db_password', 'reference'),
    '  storage_encrypted = true\n}\n\nresource "random_password" "redis" {\n  length  = 32\n  special = false\n}\n\nresource "aws_elasticache_replication_group" "orders" {\n  replication_group_id = "orders-prod"\n  description          = "orders cache"\n  node_type            = "cache.r6g.large"',
    N('  auth_token           = random_password.redis.result', 'reference'),
    '}\n\nresource "aws_secretsmanager_secret_version" "stripe" {\n  secret_id     = aws_secretsmanager_secret.stripe.id',
    N('  secret_string = jsonencode({ api_key = var.stripe_secret_key })', 'reference'),
    '}\n\nvariable "region" {\n  type = string\n}\n',
    N('variable "db_password" {', 'keyword-only'),
    '  type      = string\n  sensitive = true\n}',
  ]));

  out.push(build('terraform/prod.tfvars', [
    'region      = "eu-west-1"\nenvironment = "prod"\nowner_team  = "orders"\n',
    S(`db_password       = "${pw()}"`, 'password', 'tfvars'),
    S(`stripe_secret_key = "${tok.stripe()}"`, 'stripe-key', 'tfvars'),
    N('datadog_app_key   = ""', 'empty'),
    '',
    N(`vpc_id     = "vpc-${hex(17)}"`, 'id'),
    N(`kms_key_id = "arn:aws:kms:eu-west-1:${acct}:key/${uuid()}"`, 'id'),
    N(`ssh_public_key = "${tok.sshPub('deploy@acme-ci')}"`, 'public-key'),
    '\ninstance_count    = 3\ninstance_type     = "m6i.large"\nenable_monitoring = true\nbackup_retention  = 14\n',
    N(`pagerduty_service_id = "P${rs('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}"`, 'id'),
    'alert_email          = "oncall-orders@acme-corp.com"\nslack_channel        = "#orders-alerts"',
  ]));
  return out;
}
