// Backups, docker-compose, terraform, k8s, CI, docs, fixtures, sample data, logs
export default function infra(c) {
  // ---------- backups ----------
  {
    const f = c.file('ops/backup/db_backup.sh', ['shell', 'backup']);
    const pg = c.pw('shell'), my = c.pw('shell');
    f.t(`
#!/usr/bin/env bash
# Nightly dumps for the reporting databases.  Runs from cron on backup01:
#   15 2 * * * /opt/ops/backup/db_backup.sh >> /var/log/db_backup.log 2>&1
set -euo pipefail

DEST=/srv/backups/$(date +%F)
mkdir -p "$DEST"

# --- postgres: reporting ---`);
    f.p(`export PGPASSWORD='${pg}'`, 'pgpassword-env', pg, ['pg_dump']);
    f.t(`pg_dump -h reporting-db.db.internal -U backup -Fc -Z 6 reporting > "$DEST/reporting.dump"
unset PGPASSWORD

# --- postgres: orders (password from vault) ---`);
    f.n(`PGPASSWORD="$(vault kv get -field=password secret/db/orders/backup)" \\`, ['vault-ref']);
    f.t(`  pg_dump -h orders-db.db.internal -U backup -Fc orders > "$DEST/orders.dump"

# --- mysql: crm ---`);
    f.p(`mysqldump -h crm-db.db.internal -u backup -p'${my}' --single-transaction --routines --triggers crm | gzip > "$DEST/crm.sql.gz"`, 'mysqldump-password', my, ['cli']);
    f.n(`mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction billing | gzip > "$DEST/billing.sql.gz"`, ['file-ref']);
    f.t(`
sha256sum "$DEST"/* > "$DEST/SHA256SUMS"
aws s3 sync "$DEST" "s3://corp-db-backups/$(date +%F)/" --sse aws:kms`);
  }
  {
    const f = c.file('ops/backup/SHA256SUMS.sample', ['checksum']);
    ['reporting.dump', 'orders.dump', 'crm.sql.gz'].forEach((n) => f.n(`${c.hex(64)}  /srv/backups/2024-05-14/${n}`, ['sha256']));
  }
  {
    const f = c.file('ops/backup/home/.pgpass', ['pgpass']);
    const a = c.pw('shell').replace(/:/g, ''), b = c.pw('shell').replace(/:/g, '');
    f.t(`# hostname:port:database:username:password`);
    f.p(`reporting-db.db.internal:5432:reporting:backup:${a}`, 'pgpass-password', a, ['pgpass']);
    f.p(`*:5432:*:replicator:${b}`, 'pgpass-password', b, ['pgpass']);
  }
  {
    const f = c.file('ops/backup/home/.my.cnf', ['ini', 'mysql']);
    const p = c.pw('ini');
    f.t(`[client]
user=backup
host=crm-db.db.internal`);
    f.p(`password="${p}"`, 'mysql-client-password', p, ['my.cnf']);
    f.t(`
[mysqldump]
quick
max_allowed_packet=256M`);
  }
  {
    const f = c.file('ops/backup/restore_to_staging.sh', ['shell', 'backup']);
    f.t(`
#!/usr/bin/env bash
# Restore the latest reporting dump into staging.
set -euo pipefail
: "\${STAGING_PGPASSWORD:?must be set}"`);
    f.n(`export PGPASSWORD="\${STAGING_PGPASSWORD}"`, ['env-ref']);
    f.t(`LATEST=$(aws s3 ls s3://corp-db-backups/ | sort | tail -1 | awk '{print $2}')
aws s3 cp "s3://corp-db-backups/\${LATEST}reporting.dump" /tmp/reporting.dump
pg_restore -h staging-db.db.internal -U restore --clean --if-exists -d reporting /tmp/reporting.dump`);
    f.n(`mysql -h staging-mysql -u restore -p"$MYSQL_RESTORE_PW" crm < /tmp/crm.sql`, ['env-ref']);
  }

  // ---------- docker-compose ----------
  {
    const f = c.file('deploy/compose/docker-compose.databases.yml', ['yaml', 'docker-compose']);
    const pg = c.pw('shell'), root = c.pw('shell'), app = c.pw('shell');
    f.t(`
# Shared integration environment on the build agents.
services:
  postgres:
    image: postgres:16.2
    restart: unless-stopped
    environment:
      POSTGRES_USER: integration`);
    f.p(`      POSTGRES_PASSWORD: "${pg}"`, 'docker-env-password', pg, ['postgres']);
    f.t(`      POSTGRES_DB: integration
    ports:
      - "5432:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U integration"]
      interval: 10s

  mysql:
    image: mysql:8.3
    environment:`);
    f.p(`      MYSQL_ROOT_PASSWORD: '${root}'`, 'docker-env-password', root, ['mysql']);
    f.t(`      MYSQL_DATABASE: crm
      MYSQL_USER: crm`);
    f.n(`      MYSQL_PASSWORD_FILE: /run/secrets/mysql_crm_password`, ['file-ref']);
    f.t(`    command: ["--default-authentication-plugin=caching_sha2_password"]

  postgres-secure:
    image: postgres:16.2
    environment:`);
    f.n(`      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password`, ['file-ref']);
    f.t(`    secrets:
      - pg_password

  mariadb:
    image: mariadb:11
    environment:`);
    f.n(`      MARIADB_ROOT_PASSWORD: \${MARIADB_ROOT_PASSWORD:?set in .env}`, ['env-ref']);
    f.n(`      MARIADB_RANDOM_ROOT_PASSWORD: "yes"`, ['flag']);
    f.t(`
secrets:
  pg_password:
    file: ./secrets/pg_password.txt

volumes:
  pgdata:`);
  }
  {
    const f = c.file('deploy/compose/docker-compose.metabase.yml', ['yaml', 'docker-compose', 'metabase']);
    const p = c.pw('shell'), ek = c.b64(32);
    f.t(`
services:
  metabase:
    image: metabase/metabase:v0.49.6
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_HOST: metabase-db`);
    f.p(`      MB_DB_PASS: "${p}"`, 'metabase-db-password', p, ['env']);
    f.p(`      MB_ENCRYPTION_SECRET_KEY: "${ek}"`, 'metabase-encryption-key', ek, ['env']);
    f.t(`      JAVA_TIMEZONE: Europe/Berlin
    depends_on:
      - metabase-db

  metabase-db:
    image: postgres:15
    environment:
      POSTGRES_USER: metabase
      POSTGRES_DB: metabase`);
    f.n(`      POSTGRES_PASSWORD_FILE: /run/secrets/metabase_db_password`, ['file-ref']);
    f.t(`    volumes:
      - mbdata:/var/lib/postgresql/data

volumes:
  mbdata:`);
  }
  {
    const f = c.file('deploy/compose/docker-compose.dev.yml', ['yaml', 'docker-compose', 'dev']);
    f.t(`
# local development only - throwaway credentials
services:
  db:
    image: postgres:16
    environment:`);
    f.n(`      POSTGRES_PASSWORD: postgres`, ['local-default']);
    f.t(`    ports: ["5432:5432"]
  redis:
    image: redis:7`);
    f.n(`    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:-devpassword}"]`, ['env-ref']);
    f.t(`  airflow-init:
    image: apache/airflow:2.9.1
    environment:`);
    f.n(`      _AIRFLOW_WWW_USER_PASSWORD: \${_AIRFLOW_WWW_USER_PASSWORD:-airflow}`, ['env-ref']);
    f.n(`      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow`, ['local-default']);
  }

  // ---------- Terraform ----------
  {
    const f = c.file('infra/terraform/rds/main.tf', ['terraform', 'aws', 'rds']);
    const p = c.pw('gen').replace(/[@]/g, '!');
    f.t(`
resource "aws_db_subnet_group" "warehouse" {
  name       = "warehouse"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "warehouse" {
  identifier              = "warehouse-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.r6g.2xlarge"
  allocated_storage       = 500
  db_subnet_group_name    = aws_db_subnet_group.warehouse.name
  username                = "warehouse_admin"`);
    f.n(`  manage_master_user_password = true`, ['managed']);
    f.t(`  storage_encrypted       = true
  deletion_protection     = true
}

resource "random_password" "reporting" {
  length           = 32
  special          = true
  override_special = "!#*-_"
}

resource "aws_db_instance" "reporting" {
  identifier     = "reporting-prod"
  engine         = "postgres"
  engine_version = "16.2"
  instance_class = "db.r6g.large"
  username       = "reporting_admin"`);
    f.n(`  password       = random_password.reporting.result`, ['tf-reference']);
    f.t(`}

resource "aws_db_instance" "legacy_mysql" {
  identifier     = "legacy-mysql"
  engine         = "mysql"
  engine_version = "8.0.36"
  instance_class = "db.t3.medium"
  username       = "admin"`);
    f.p(`  password       = "${p}"`, 'terraform-db-password', p, ['aws_db_instance']);
    f.t(`  skip_final_snapshot = true
}

resource "aws_rds_cluster" "events" {
  cluster_identifier = "events-aurora"
  engine             = "aurora-postgresql"
  master_username    = "events_admin"`);
    f.n(`  master_password    = var.events_master_password`, ['tf-variable']);
    f.t(`}`);
  }
  {
    const f = c.file('infra/terraform/rds/variables.tf', ['terraform']);
    f.t(`
variable "private_subnet_ids" {
  type = list(string)
}

variable "events_master_password" {
  type      = string
  sensitive = true`);
    f.n(`  description = "Master password for the events Aurora cluster (set via TF_VAR_events_master_password)"`, ['description']);
    f.t(`}`);
  }
  {
    const f = c.file('infra/terraform/cloudsql/main.tf', ['terraform', 'gcp', 'cloudsql']);
    const p = c.pw('gen');
    f.t(`
resource "google_sql_database_instance" "analytics" {
  name             = "analytics-pg"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-4-16384"
    ip_configuration {
      ipv4_enabled    = false
      private_network = var.vpc_id
    }
  }
}

resource "google_sql_user" "looker" {
  name     = "looker"
  instance = google_sql_database_instance.analytics.name`);
    f.p(`  password = "${p}"`, 'terraform-db-password', p, ['google_sql_user']);
    f.t(`}

data "google_secret_manager_secret_version" "dbt_pw" {
  secret = "dbt-cloudsql-password"
}

resource "google_sql_user" "dbt" {
  name     = "dbt"
  instance = google_sql_database_instance.analytics.name`);
    f.n(`  password = data.google_secret_manager_secret_version.dbt_pw.secret_data`, ['tf-reference']);
    f.t(`}

resource "google_sql_user" "iam_analyst" {
  name     = "analyst@corp-analytics.iam"
  instance = google_sql_database_instance.analytics.name
  type     = "CLOUD_IAM_SERVICE_ACCOUNT"
}`);
  }

  // ---------- Kubernetes ----------
  {
    const f = c.file('deploy/k8s/warehouse-db-secret.yaml', ['yaml', 'k8s']);
    const p = c.pw('gen');
    f.t(`
apiVersion: v1
kind: Secret
metadata:
  name: warehouse-db
  namespace: etl
type: Opaque
stringData:
  username: etl_loader`);
    f.p(`  password: "${p}"`, 'k8s-secret-stringdata', p, ['stringData']);
    f.t(`  host: warehouse.db.internal`);
  }
  {
    const f = c.file('deploy/k8s/etl-worker-deployment.yaml', ['yaml', 'k8s']);
    f.t(`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: etl-worker
  namespace: etl
spec:
  replicas: 3
  selector:
    matchLabels: { app: etl-worker }
  template:
    metadata:
      labels: { app: etl-worker }
      annotations:`);
    f.n(`        vault.hashicorp.com/agent-inject-secret-db: "database/creds/etl-worker"`, ['vault-ref']);
    f.t(`    spec:
      containers:
        - name: worker
          image: registry.corp.example/data/etl-worker:2.14.0
          env:
            - name: WAREHOUSE_USER
              value: etl_loader
            - name: WAREHOUSE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: warehouse-db`);
    f.n(`                  key: password`, ['secret-ref']);
    f.t(`            - name: SNOWFLAKE_PASSWORD
              valueFrom:`);
    f.n(`                secretKeyRef: { name: snowflake-loader, key: password }`, ['secret-ref']);
    f.n(`            - { name: PGPASSFILE, value: /etc/pg/.pgpass }`, ['file-ref']);
  }
  {
    const f = c.file('deploy/k8s/adf-linked-service-lake.json', ['json', 'azure', 'adf']);
    const k = c.azureKey();
    f.t(`
{
  "name": "LakeStorageLinkedService",
  "properties": {
    "type": "AzureBlobStorage",
    "typeProperties": {`);
    f.p(`      "connectionString": "DefaultEndpointsProtocol=https;AccountName=corpdatalake;AccountKey=${k};EndpointSuffix=core.windows.net"`, 'azure-storage-connection-string', k, ['adf']);
    f.t(`    }
  }
}`);
    const g = c.file('deploy/k8s/adf-linked-service-sql.json', ['json', 'azure', 'adf']);
    g.t(`
{
  "name": "FinanceSqlLinkedService",
  "properties": {
    "type": "AzureSqlDatabase",
    "typeProperties": {`);
    g.n(`      "connectionString": "Server=tcp:finance-sql.database.windows.net,1433;Database=Finance;User ID=adf_reader;Encrypt=True;",`, ['no-password']);
    g.t(`      "password": {
        "type": "AzureKeyVaultSecret",
        "store": { "referenceName": "CorpKeyVault", "type": "LinkedServiceReference" },`);
    g.n(`        "secretName": "finance-sql-adf-reader-password"`, ['keyvault-ref']);
    g.t(`      }
    }
  }
}`);
  }

  // ---------- CI ----------
  {
    const f = c.file('.github/workflows/dbt.yml', ['yaml', 'github-actions']);
    f.t(`
name: dbt CI
on:
  pull_request:
    paths: ["analytics/dbt/**"]
jobs:
  build:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:`);
    f.n(`          POSTGRES_PASSWORD: postgres`, ['local-default']);
    f.t(`        ports: ["5432:5432"]
    env:
      DBT_PROFILES_DIR: analytics/dbt
      CI_PG_HOST: localhost`);
    f.n(`      CI_PG_PASSWORD: \${{ secrets.CI_PG_PASSWORD }}`, ['gha-secret']);
    f.n(`      SNOWFLAKE_PRIVATE_KEY_PASSPHRASE: \${{ secrets.SNOWFLAKE_PRIVATE_KEY_PASSPHRASE }}`, ['gha-secret']);
    f.n(`      DBT_ENV_SECRET_GIT_CREDENTIAL: \${{ secrets.DBT_GIT_TOKEN }}`, ['gha-secret']);
    f.t(`    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.11" }
      - run: pip install -r analytics/requirements.txt
      - run: dbt deps && dbt build --target ci`);
  }
  {
    const f = c.file('analytics/requirements.txt', ['requirements', 'checksum']);
    f.t(`# generated by pip-compile --generate-hashes`);
    [['dbt-core', '1.7.13'], ['dbt-postgres', '1.7.13'], ['dbt-snowflake', '1.7.4']].forEach(([n, v]) => {
      f.t(`${n}==${v} \\`);
      f.n(`    --hash=sha256:${c.hex(64)}`, ['sha256']);
    });
  }
  {
    const f = c.file('config/warehouse-clients.yaml', ['yaml', 'secret-store']);
    f.t(`
# consumed by platform-config-loader; values starting with vault: are resolved at startup
warehouse:
  host: warehouse.db.internal
  user: etl_loader`);
    f.n(`  password: vault:secret/data/warehouse/etl_loader#password`, ['vault-ref']);
    f.t(`snowflake:
  account: corp-analytics
  user: LOADER_SVC`);
    f.n(`  password: "arn:aws:secretsmanager:eu-west-1:${c.str('0123456789', 12)}:secret:snowflake/loader-${c.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 6)}"`, ['secret-arn']);
    f.t(`clickhouse:
  host: clickhouse.events.internal`);
    f.n(`  password: "{{ .Values.clickhouse.password }}"`, ['template']);
    f.n(`  password_secret: projects/corp-analytics/secrets/clickhouse-ingest/versions/latest`, ['gcp-secret-ref']);
  }

  // ---------- tests / fixtures ----------
  {
    const f = c.file('etl/tests/conftest.py', ['python', 'tests']);
    f.t(`
import os

import pytest
from sqlalchemy import create_engine

`);
    f.n(`TEST_DB_URL = os.getenv("TEST_DB_URL", "postgresql+psycopg2://postgres:postgres@localhost:5432/etl_test")`, ['local-default']);
    f.t(`

@pytest.fixture(scope="session")
def engine():
    return create_engine(TEST_DB_URL)


@pytest.fixture
def fake_user():`);
    f.n(`    return {"email": "alice@example.com", "password": "test-password-not-real"}`, ['fake-fixture']);
    f.t(`

@pytest.fixture
def snowflake_conn_params():
    return {
        "account": "test_account",
        "user": "test_user",`);
    f.n(`        "password": "dummy",`, ['fake-fixture']);
    f.t(`        "warehouse": "TEST_WH",
    }


def test_masking(engine):`);
    f.n(`    assert mask_dsn("postgresql://u:secret@h/db") == "postgresql://u:***@h/db"`, ['fake-fixture']);
  }
  {
    const f = c.file('services/orders-api/test/fixtures/users.json', ['json', 'tests']);
    f.t(`[`);
    for (let i = 0; i < 3; i++) {
      f.t(`  {
    "id": "${c.uuid()}",
    "email": "user${i + 1}@example.test",`);
      f.n(`    "password_hash": "${c.bcrypt(10)}",`, ['bcrypt-hash']);
      f.t(`    "role": "${['admin', 'analyst', 'viewer'][i]}"
  }${i < 2 ? ',' : ''}`);
    }
    f.t(`]`);
  }

  // ---------- sample data ----------
  {
    const f = c.file('data/samples/app_users_sample.csv', ['csv', 'sample-data']);
    f.t(`id,email,password_hash,api_key_last4,created_at,signup_source`);
    for (let i = 0; i < 6; i++) {
      const d = `2024-0${c.int(1, 9)}-${String(c.int(10, 28))}T${String(c.int(10, 23))}:${String(c.int(10, 59))}:00Z`;
      f.n(`${c.uuid()},user${c.int(1000, 9999)}@example.org,${c.bcrypt(12)},${c.str('0123456789abcdef', 4)},${d},${c.pick(['web', 'ios', 'android', 'partner'])}`, ['bcrypt-hash', 'uuid']);
    }
  }
  {
    const f = c.file('data/samples/snowflake_query_history.csv', ['csv', 'sample-data']);
    f.t(`QUERY_ID,USER_NAME,WAREHOUSE_NAME,EXECUTION_STATUS,TOTAL_ELAPSED_TIME,BYTES_SCANNED`);
    for (let i = 0; i < 4; i++) {
      const qid = '01b' + c.hex(5) + '-' + c.str('0123456789', 4) + '-' + c.hex(4) + '-0000-' + c.hex(12);
      f.n(`${qid},${c.pick(['DBT_SVC', 'LOADER_SVC', 'MKOWALSKI'])},${c.pick(['TRANSFORMING_WH', 'LOAD_WH'])},SUCCESS,${c.int(100, 90000)},${c.int(1000, 99999999)}`, ['query-id']);
    }
  }

  // ---------- docs ----------
  {
    const f = c.file('docs/connecting-to-the-warehouse.md', ['markdown', 'docs']);
    f.t(`
# Connecting to the warehouse

Never paste real credentials into notebooks or tickets. Use the \`warehouse\` profile from
\`~/.aws/config\` and the Vault-issued database credentials.

## psql

\`\`\`bash
vault read database/creds/analyst   # returns a short-lived username/password
\`\`\`

Connection URI format:

\`\`\``);
    f.n(`postgresql://<user>:<password>@warehouse.db.internal:5432/warehouse?sslmode=require`, ['placeholder']);
    f.n(`postgres://user:password@host:5432/dbname`, ['doc-example']);
    f.t(`\`\`\`

## S3 access from Spark

The AWS documentation uses these example values; do **not** put real keys in spark-defaults.conf:

\`\`\`properties`);
    f.n(`spark.hadoop.fs.s3a.access.key ${'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE'}`, ['aws-doc-example']);
    f.n(`spark.hadoop.fs.s3a.secret.key ${'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY'}`, ['aws-doc-example']);
    f.t(`\`\`\`

## Snowflake

\`\`\`python
import snowflake.connector
conn = snowflake.connector.connect(
    account="corp-analytics",
    user=os.environ["SNOWFLAKE_USER"],`);
    f.n(`    password=os.environ["SNOWFLAKE_PASSWORD"],`, ['env-ref']);
    f.t(`)
\`\`\`

## Databricks

Create a personal access token under *User Settings → Developer*; it looks like`);
    f.n(`\`dapi\` followed by 32 hex characters, e.g. \`${'da' + 'pi' + '1234567890abcdef'.repeat(2)}\`.`, ['doc-example']);
    f.t(`
## JDBC (DBeaver)
`);
    f.n(`jdbc:postgresql://warehouse.db.internal:5432/warehouse?user=YOUR_USER&password=YOUR_PASSWORD&ssl=true`, ['placeholder']);
  }

  // ---------- logs ----------
  {
    const f = c.file('logs/etl_orders_2024-05-14.log', ['log']);
    const t = (s) => `2024-05-14T03:0${c.int(0, 9)}:${String(c.int(10, 59))}.${c.int(100, 999)}Z`;
    f.t(`${t()} INFO  orders_daily starting run_id=scheduled__2024-05-13T03:00:00+00:00`);
    f.n(`${t()} INFO  connecting to postgresql+psycopg2://etl_loader:***@warehouse.db.internal:5432/warehouse`, ['masked']);
    f.n(`${t()} INFO  snowflake query submitted sfqid=01b4${c.hex(4)}-0602-${c.hex(4)}-0000-${c.hex(12)}`, ['query-id']);
    f.n(`${t()} INFO  s3 upload ok etag="${c.hex(32)}" key=orders/dt=2024-05-13/orders.parquet`, ['etag']);
    f.n(`${t()} INFO  auth ok user=etl_loader password=[REDACTED] host=warehouse.db.internal`, ['redacted']);
    f.n(`${t()} INFO  databricks run submitted run_id=${c.int(100000000, 999999999)} job_id=${c.int(100000000000, 999999999999)} trace=${c.uuid()}`, ['job-id']);
    f.t(`${t()} INFO  orders_daily finished rows=184213 duration_s=412`);
  }
}
