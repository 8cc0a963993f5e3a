// Configuration that references secrets (templating, secret managers, encrypted blobs)
// with a few genuinely hardcoded secrets hidden among them.
import { FileBuilder } from "./builder.mjs";
import { ALPHA } from "./rng.mjs";
import { pemFooter, pemHeader, pemWrap, pkcs8RsaPrivateDer } from "./tokens.mjs";

export function configRefs(r, S) {
  const out = [];
  const ghaRef = (name) => "${{ secrets." + name + " }}";

  // ---------- Helm deployment ----------
  {
    const b = new FileBuilder("charts/api/templates/deployment.yaml");
    b.block(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
  labels:
    {{- include "api.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "api.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      annotations:`);
    b.n(`        checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}`, "helm-template");
    b.block(`
      labels:
        {{- include "api.selectorLabels" . | nindent 8 }}
    spec:
      serviceAccountName: {{ include "api.serviceAccountName" . }}
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          ports:
            - containerPort: 8080
          env:
            - name: DB_HOST
              value: {{ .Values.db.host | quote }}
            - name: DB_USER
              value: {{ .Values.db.user | quote }}`);
    b.n(`            - name: DB_PASSWORD`, "env-var-name");
    b.l(`              valueFrom:`);
    b.n(`                secretKeyRef:`, "k8s-secret-ref");
    b.n(`                  name: {{ .Values.db.existingSecret | default (printf "%s-db" (include "api.fullname" .)) }}`, "k8s-secret-ref");
    b.n(`                  key: password`, "k8s-secret-ref");
    b.n(`            - name: STRIPE_SECRET_KEY`, "env-var-name");
    b.l(`              valueFrom:`);
    b.n(`                secretKeyRef:`, "k8s-secret-ref");
    b.n(`                  name: stripe-credentials`, "k8s-secret-ref");
    b.n(`                  key: secret-key`, "k8s-secret-ref");
    b.n(`            - name: JWT_SIGNING_KEY_FILE`, "env-var-name");
    b.n(`              value: /var/run/secrets/jwt/signing.key`, "secret-file-path");
    b.block(`
          envFrom:
            - configMapRef:
                name: {{ include "api.fullname" . }}-config
          volumeMounts:
            - name: jwt-keys
              mountPath: /var/run/secrets/jwt
              readOnly: true
      volumes:
        - name: jwt-keys
          secret:`);
    b.n(`            secretName: {{ .Values.jwt.secretName }}`, "k8s-secret-ref");
    b.block(`
---
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "api.fullname" . }}-db
type: Opaque
data:`);
    b.n(`  password: {{ required "db.password is required" .Values.db.password | b64enc | quote }}`, "helm-template");
    b.n(`  url: {{ printf "postgres://%s:%s@%s:5432/%s" .Values.db.user .Values.db.password .Values.db.host .Values.db.name | b64enc | quote }}`, "helm-template");
    out.push(b);
  }

  // ---------- Terraform ----------
  {
    const b = new FileBuilder("infra/terraform/modules/database/main.tf");
    b.block(`
variable "db_username" {
  type    = string
  default = "app"
}
`);
    b.n(`variable "db_password" {`, "terraform-variable");
    b.block(`
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret" "db" {
  name = "\${var.env}/app/db"
}
`);
    b.n(`data "aws_secretsmanager_secret_version" "db" {`, "secret-manager-ref");
    b.n(`  secret_id = data.aws_secretsmanager_secret.db.id`, "secret-manager-ref");
    b.block(`
}

locals {`);
    b.n(`  db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)`, "secret-manager-ref");
    b.block(`
}

resource "random_password" "replica" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_db_instance" "primary" {
  identifier              = "\${var.env}-app-primary"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = var.instance_class
  allocated_storage       = 200
  username                = var.db_username`);
    b.n(`  password                = local.db_creds["password"]`, "secret-manager-ref");
    b.block(`
  storage_encrypted       = true
  kms_key_id              = var.kms_key_arn
  backup_retention_period = 14
  deletion_protection     = true
}

resource "aws_db_instance" "replica" {
  identifier          = "\${var.env}-app-replica"
  replicate_source_db = aws_db_instance.primary.identifier
  instance_class      = var.instance_class`);
    b.n(`  password            = random_password.replica.result`, "terraform-reference");
    b.block(`
}

# Legacy reporting database, imported from the old account in 2022.
resource "aws_db_instance" "reporting" {
  identifier        = "reporting-legacy"
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  allocated_storage = 100
  username          = "report_admin"`);
    b.s(`  password          = "${S.password(22)}"`, "hardcoded-password", ["terraform"]);
    b.block(`
  skip_final_snapshot = true
}

output "primary_endpoint" {
  value = aws_db_instance.primary.endpoint
}

output "db_password" {`);
    b.n(`  value     = var.db_password`, "terraform-variable");
    b.l(`  sensitive = true`, `}`);
    out.push(b);
  }

  // ---------- GitHub Actions ----------
  {
    const b = new FileBuilder(".github/workflows/release.yml");
    b.block(`
name: release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write
  id-token: write

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NODE_VERSION: 20`);
    b.s(`      NPM_TOKEN: ${S.npm()}`, "npm-token", ["ci"]);
    b.block(`
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ env.NODE_VERSION }}
          registry-url: https://registry.npmjs.org
      - run: npm ci
      - run: npm test
      - name: Publish
        run: npm publish --access public
        env:`);
    b.n(`          NODE_AUTH_TOKEN: ${ghaRef("NPM_PUBLISH_TOKEN")}`, "ci-secret-ref");
    b.block(`
      - name: Configure AWS credentials
        uses: aws-actions/configure-aws-credentials@v4
        with:`);
    b.n(`          role-to-assume: arn:aws:iam::${r.digits(12)}:role/github-release`, "aws-arn");
    b.block(`
          aws-region: us-east-1
      - name: Upload artifacts
        run: aws s3 sync dist/ s3://acme-releases/\${{ github.ref_name }}/
      - name: Docker login
        uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: \${{ github.actor }}`);
    b.n(`          password: ${ghaRef("GITHUB_TOKEN")}`, "ci-secret-ref");
    b.block(`
      - name: Create GitHub release
        uses: softprops/action-gh-release@v2
        with:
          generate_release_notes: true
        env:`);
    b.n(`          GITHUB_TOKEN: ${ghaRef("GITHUB_TOKEN")}`, "ci-secret-ref");
    b.block(`
      - name: Notify
        if: always()
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"release \${{ github.ref_name }}: \${{ job.status }}"}'
        env:`);
    b.n(`          SLACK_WEBHOOK_URL: ${ghaRef("SLACK_RELEASE_WEBHOOK")}`, "ci-secret-ref");
    b.l(`          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK`);
    out.push(b);
  }

  // ---------- Spring config class ----------
  {
    const b = new FileBuilder("services/ledger/src/main/java/com/acme/ledger/config/DataSourceConfig.java");
    b.block(`
package com.acme.ledger.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DataSourceConfig {

    @Value("\${db.url}")
    private String url;

    @Value("\${db.username}")
    private String username;
`);
    b.n(`    @Value("\${db.password}")`, "spring-placeholder");
    b.n(`    private String password;`, "keyword-identifier");
    b.l("");
    b.n(`    @Value("\${payments.api-key:}")`, "spring-placeholder");
    b.n(`    private String paymentsApiKey;`, "keyword-identifier");
    b.block(`

    @Bean
    public DataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setUsername(username);`);
    b.n(`        cfg.setPassword(password);`, "keyword-identifier");
    b.block(`
        cfg.setMaximumPoolSize(20);
        cfg.setConnectionTimeout(5_000);
        cfg.addDataSourceProperty("sslmode", "verify-full");
        return new HikariDataSource(cfg);
    }

    @Bean
    public PaymentsClient paymentsClient() {
        if (paymentsApiKey == null || paymentsApiKey.isBlank()) {`);
    b.n(`            throw new IllegalStateException("payments.api-key must be set (PAYMENTS_API_KEY env var)");`, "keyword-identifier");
    b.block(`
        }
        return new PaymentsClient(paymentsApiKey);
    }
}`);
    out.push(b);
  }

  // ---------- Spring properties (one hardcoded prod secret) ----------
  {
    const b = new FileBuilder("services/ledger/src/main/resources/application-prod.properties");
    b.block(`
# Production profile. Values in \${...} are resolved from the environment / Vault.
spring.application.name=ledger
server.port=8080
management.endpoints.web.exposure.include=health,info,prometheus
`);
    b.n(`db.url=\${DB_URL}`, "spring-placeholder");
    b.n(`db.username=\${DB_USERNAME:ledger}`, "spring-placeholder");
    b.n(`db.password=\${DB_PASSWORD}`, "spring-placeholder");
    b.n(`payments.api-key=\${PAYMENTS_API_KEY}`, "spring-placeholder");
    b.block(`
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.flyway.enabled=true
spring.flyway.url=\${DB_URL}
spring.flyway.user=ledger_migrator`);
    b.s(`spring.flyway.password=${S.password(20)}`, "hardcoded-password", ["spring"]);
    b.block(`

spring.kafka.bootstrap-servers=b-1.ledger.kafka.us-east-1.amazonaws.com:9096
spring.kafka.properties.security.protocol=SASL_SSL
spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512`);
    b.n(`spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="\${KAFKA_USER}" password="\${KAFKA_PASSWORD}";`, "spring-placeholder");
    b.block(`

logging.level.root=INFO
logging.level.com.acme.ledger=INFO
logging.pattern.console=%d{ISO8601} %-5level [%X{traceId}] %logger{36} - %msg%n

spring.security.oauth2.resourceserver.jwt.issuer-uri=https://auth.acme.example/
spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://auth.acme.example/.well-known/jwks.json`);
    b.n(`spring.security.oauth2.client.registration.partner.client-id=ledger-service`, "oauth-client-id");
    b.n(`spring.security.oauth2.client.registration.partner.client-secret=\${PARTNER_CLIENT_SECRET}`, "spring-placeholder");
    b.l(`spring.security.oauth2.client.registration.partner.authorization-grant-type=client_credentials`);
    b.block(`

ledger.export.bucket=acme-ledger-exports-prod
ledger.export.kms-key-alias=alias/ledger-exports
ledger.reconcile.cron=0 15 2 * * *`);
    out.push(b);
  }

  // ---------- SealedSecret ----------
  {
    const b = new FileBuilder("k8s/overlays/prod/sealed-db-credentials.yaml");
    b.block(`
# Encrypted with kubeseal against the prod cluster's controller key.
# Only the controller can decrypt this; it is safe to commit.
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db-credentials
  namespace: payments
  annotations:
    sealedsecrets.bitnami.com/namespace-wide: "false"
spec:
  encryptedData:`);
    for (const k of ["DB_PASSWORD", "DB_URL", "STRIPE_SECRET_KEY", "JWT_SIGNING_KEY"]) b.n(`    ${k}: Ag${r.b64(r.int(540, 620)).replace(/=+$/, "")}`, "sealed-secret");
    b.block(`
  template:
    metadata:
      name: db-credentials
      namespace: payments
      labels:
        app.kubernetes.io/part-of: payments
    type: Opaque
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
  namespace: payments
spec:
  template:
    spec:
      containers:
        - name: api
          envFrom:
            - secretRef:
                name: db-credentials
---
apiVersion: v1
kind: Secret
metadata:
  name: bigquery-exporter-sa
  namespace: payments
type: Opaque
stringData:
  key.json: |
    {
      "type": "service_account",
      "project_id": "acme-analytics-prod",`);
    b.skip(`      "private_key_id": "${r.hex(40)}",`);
    const pk = pemWrap("PRIVATE KEY", pkcs8RsaPrivateDer(r)).split("\n").join("\\n") + "\\n";
    b.s(`      "private_key": "${pk}",`, "gcp-service-account-key", ["k8s-plain-secret"]);
    b.l(`      "client_email": "bq-exporter@acme-analytics-prod.iam.gserviceaccount.com",`);
    b.n(`      "client_id": "1${r.digits(20)}",`, "oauth-client-id");
    b.block(`
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-exporter%40acme-analytics-prod.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }`);
    out.push(b);
  }

  // ---------- SOPS ----------
  {
    const b = new FileBuilder("deploy/secrets/prod.enc.yaml");
    const enc = (plainLen, type = "str") => `ENC[AES256_GCM,data:${r.b64(plainLen)},iv:${r.b64(32)},tag:${r.b64(16)},type:${type}]`;
    b.l("database:");
    b.n(`    host: ${enc(34)}`, "sops-encrypted");
    b.n(`    user: ${enc(6)}`, "sops-encrypted");
    b.n(`    password: ${enc(24)}`, "sops-encrypted");
    b.n(`    port: ${enc(2, "int")}`, "sops-encrypted");
    b.l("stripe:");
    b.n(`    secret_key: ${enc(107)}`, "sops-encrypted");
    b.n(`    webhook_secret: ${enc(38)}`, "sops-encrypted");
    b.l("aws:");
    b.n(`    access_key_id: ${enc(20)}`, "sops-encrypted");
    b.n(`    secret_access_key: ${enc(40)}`, "sops-encrypted");
    b.l("feature_flags:");
    b.n(`    new_checkout: ${enc(4, "bool")}`, "sops-encrypted");
    b.l("sops:", "    kms:");
    b.n(`        - arn: arn:aws:kms:us-east-1:${r.digits(12)}:key/${r.uuid()}`, "aws-arn");
    b.l(`          created_at: "${r.isoTime()}"`);
    b.n(`          enc: ${r.b64(r.int(180, 200))}`, "sops-encrypted");
    b.l(`          aws_profile: ""`, "    age:");
    b.n(`        - recipient: age1${r.str("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}`, "age-recipient");
    b.l(`          enc: |`);
    const age = r.b64(r.int(230, 260));
    const ageLines = [pemHeader("AGE ENCRYPTED FILE")];
    for (let i = 0; i < age.length; i += 64) ageLines.push(age.slice(i, i + 64));
    ageLines.push(pemFooter("AGE ENCRYPTED FILE"));
    b.nBlock(ageLines.map((x) => "            " + x).join("\n"), "sops-encrypted");
    b.l(`    lastmodified: "${r.isoTime()}"`);
    b.n(`    mac: ${enc(64)}`, "sops-encrypted");
    b.l(`    unencrypted_suffix: _unencrypted`, `    version: 3.8.1`);
    out.push(b);
  }

  // ---------- Ansible group vars with inline vault values ----------
  {
    const b = new FileBuilder("ansible/group_vars/prod/main.yml");
    b.block(`
---
# Plain variables for the prod group. Secrets are ansible-vault encrypted (vault.yml or
# inline !vault values at the bottom) and referenced here as vault_* so grep finds each use.
app_env: production
app_user: acme
app_port: 8080
`);
    for (const [k, v] of [["db_password", "vault_db_password"], ["redis_password", "vault_redis_password"], ["stripe_secret_key", "vault_stripe_secret_key"],
      ["smtp_password", "vault_smtp_password"], ["jwt_secret", "vault_jwt_secret"], ["datadog_api_key", "vault_datadog_api_key"]]) {
      b.n(`${k}: "{{ ${v} }}"`, "ansible-var-ref");
    }
    b.block(`

db_host: db-primary.internal.acme.example
db_name: acme
redis_host: redis.internal.acme.example

nginx_worker_processes: auto
nginx_client_max_body_size: 25m

users:
  - name: deploy
    groups: [docker]`);
    b.n(`    password: "!"  # locked account, SSH key only`, "locked-account-marker");
    b.block(`
  - name: backup
    groups: []`);
    b.n(`    password: "{{ vault_backup_user_hash | password_hash('sha512') }}"`, "ansible-var-ref");
    b.l("", "# encrypted inline with: ansible-vault encrypt_string --name <var>");
    for (const v of ["vault_smtp_password", "vault_datadog_api_key"]) {
      b.l(`${v}: !vault |`);
      const lines = ["          $ANSIBLE_VAULT;1.1;AES256"];
      const k = r.int(5, 7);
      for (let i = 0; i < k; i++) lines.push("          " + r.hex(i === k - 1 ? 2 * r.int(15, 32) : 64));
      b.nBlock(lines.join("\n"), "ansible-vault");
    }
    b.l("", "vault_db_password: !vault |");
    {
      const lines = ["          $ANSIBLE_VAULT;1.2;AES256;prod"];
      for (let i = 0; i < 5; i++) lines.push("          " + r.hex(i === 4 ? 48 : 64));
      b.nBlock(lines.join("\n"), "ansible-vault");
    }
    out.push(b);
  }

  // ---------- Vault agent ----------
  {
    const b = new FileBuilder("deploy/vault/agent.hcl");
    b.block(`
pid_file = "/tmp/vault-agent.pid"

vault {
  address = "https://vault.internal.acme.example:8200"
  ca_cert = "/etc/ssl/certs/acme-internal-ca.pem"
}

auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "payments-api"
    }
  }

  sink "file" {
    config = {`);
    b.n(`      path = "/home/vault/.vault-token"`, "secret-file-path");
    b.block(`
      mode = 0600
    }
  }
}

template {
  destination = "/etc/secrets/app.env"
  perms       = "0400"
  contents    = <<EOT`);
    b.n(`{{ with secret "database/creds/payments-api" -}}`, "vault-template");
    b.n(`DB_USERNAME={{ .Data.username }}`, "vault-template");
    b.n(`DB_PASSWORD={{ .Data.password }}`, "vault-template");
    b.l(`{{- end }}`);
    b.n(`{{ with secret "kv/data/payments/stripe" -}}`, "vault-template");
    b.n(`STRIPE_SECRET_KEY={{ .Data.data.secret_key }}`, "vault-template");
    b.n(`STRIPE_WEBHOOK_SECRET={{ .Data.data.webhook_secret }}`, "vault-template");
    b.l(`{{- end }}`);
    b.n(`{{ with secret "transit/export/signing-key/jwt" -}}`, "vault-template");
    b.n(`JWT_SIGNING_KEY={{ index .Data.keys "1" }}`, "vault-template");
    b.block(`
{{- end }}
EOT
}

template {
  source      = "/vault/templates/tls.ctmpl"
  destination = "/etc/tls/server.pem"
  command     = "kill -HUP $(pidof envoy)"
}`);
    out.push(b);
  }
  return out;
}
