// Application / client code and configs: ORMs, R/Julia/SAS, warehouses, BI tools, ODBC/Oracle
export default function apps(c) {
  // ---------- Prisma ----------
  {
    const f = c.file('services/inventory-api/prisma/schema.prisma', ['prisma']);
    f.t(`
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider          = "postgresql"`);
    f.n(`  url               = env("DATABASE_URL")`, ['env-ref']);
    f.n(`  shadowDatabaseUrl = env("SHADOW_DATABASE_URL")`, ['env-ref']);
    f.t(`}

model User {
  id           String   @id @default(uuid())
  email        String   @unique`);
    f.n(`  passwordHash String   @map("password_hash")`, ['ddl']);
    f.t(`  createdAt    DateTime @default(now()) @map("created_at")

  @@map("users")
}

model StockItem {
  id        Int      @id @default(autoincrement())
  sku       String   @unique
  quantity  Int
  updatedAt DateTime @updatedAt
}`);
  }
  {
    const f = c.file('services/inventory-api/.env', ['dotenv', 'prisma']);
    const p = c.pw('url'), s = c.pw('url');
    f.t(`# local overrides - DO NOT COMMIT (it was committed anyway)
NODE_ENV=development
PORT=3001`);
    f.p(`DATABASE_URL="postgresql://inventory:${p}@inventory-db.db.internal:5432/inventory?schema=public&sslmode=require"`, 'db-connection-uri', p, ['postgres']);
    f.t(`LOG_LEVEL=debug`);
  }
  {
    const f = c.file('services/inventory-api/.env.example', ['dotenv', 'prisma', 'example']);
    f.t(`NODE_ENV=development
PORT=3001`);
    f.n(`DATABASE_URL="postgresql://USER:PASSWORD@localhost:5432/inventory?schema=public"`, ['placeholder']);
    f.n(`SHADOW_DATABASE_URL="postgresql://postgres:postgres@localhost:5432/inventory_shadow"`, ['local-default']);
    f.t(`LOG_LEVEL=info`);
  }

  // ---------- Django ----------
  {
    const f = c.file('webapp/config/settings/base.py', ['python', 'django']);
    f.t(`
import os
from pathlib import Path

import environ

env = environ.Env()
BASE_DIR = Path(__file__).resolve().parent.parent.parent
`);
    f.n(`SECRET_KEY = env("DJANGO_SECRET_KEY")`, ['env-ref']);
    f.t(`DEBUG = env.bool("DJANGO_DEBUG", default=False)

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": env("DB_NAME", default="webapp"),
        "USER": env("DB_USER", default="webapp"),`);
    f.n(`        "PASSWORD": env("DB_PASSWORD"),`, ['env-ref']);
    f.t(`        "HOST": env("DB_HOST", default="localhost"),
        "PORT": env.int("DB_PORT", default=5432),
        "CONN_MAX_AGE": 60,
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": "webapp_ro",`);
    f.n(`        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"],`, ['env-ref']);
    f.t(`        "HOST": os.environ.get("ANALYTICS_DB_HOST", "analytics-replica"),
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]`);
    f.n(`PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]`, ['config-name']);
  }
  {
    const f = c.file('webapp/config/settings/production_legacy.py', ['python', 'django']);
    const sk = c.str('abcdefghijklmnopqrstuvwxyz0123456789!@^*(-_=+)', 50);
    const p = c.pw('gen');
    f.t(`
# Legacy production settings for the on-prem deployment (pre-k8s).
from .base import *  # noqa
`);
    f.p(`SECRET_KEY = "${sk}"`, 'django-secret-key', sk, ['secret-key']);
    f.t(`DEBUG = False
ALLOWED_HOSTS = ["webapp.corp.example"]

DATABASES["default"].update(
    {
        "HOST": "pg-prod-01.corp.example",
        "USER": "webapp",`);
    f.p(`        "PASSWORD": "${p}",`, 'django-db-password', p, ['settings']);
    f.t(`    }
)`);
  }

  // ---------- SQLAlchemy ----------
  {
    const f = c.file('etl/common/db.py', ['python', 'sqlalchemy']);
    const p = c.pw('url');
    f.t(`
"""Engine factories shared by the ETL jobs."""
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

# Reporting replica (read-only).  FIXME: move to secrets manager`);
    f.p(`REPORTING_DSN = "postgresql+psycopg2://report_ro:${p}@reporting-replica.db.internal:5432/reporting"`, 'db-connection-uri', p, ['sqlalchemy']);
    f.t(`

def warehouse_engine():
    url = URL.create(
        "postgresql+psycopg2",
        username=os.environ["WAREHOUSE_USER"],`);
    f.n(`        password=os.getenv("WAREHOUSE_PASSWORD"),`, ['env-ref']);
    f.t(`        host=os.environ.get("WAREHOUSE_HOST", "warehouse.db.internal"),
        database="warehouse",
    )
    return create_engine(url, pool_pre_ping=True, pool_size=5)


def local_socket_engine():
    # peer auth via unix socket`);
    f.n(`    return create_engine("postgresql+psycopg2://etl@/warehouse?host=/var/run/postgresql")`, ['no-password']);
    f.t(`

def reporting_engine():
    return create_engine(REPORTING_DSN, pool_pre_ping=True)


LEGACY_DSN_TEMPLATE = (`);
    f.n(`    "host=%(host)s port=%(port)s dbname=%(dbname)s user=%(user)s password=%(password)s"`, ['format-placeholder']);
    f.t(`)

VERIFY_USER_SQL = text(`);
    f.n(`    "SELECT id FROM users WHERE email = :email AND password_hash = crypt(:password, password_hash)"`, ['bind-param']);
    f.t(`)`);
  }

  // ---------- knex ----------
  {
    const f = c.file('services/orders-api/knexfile.js', ['javascript', 'knex']);
    const p = c.pw('gen');
    f.t(`
// Update with your config settings.
/** @type { Object.<string, import("knex").Knex.Config> } */
module.exports = {
  development: {
    client: 'pg',`);
    f.n(`    connection: 'postgres://postgres:postgres@localhost:5432/orders_dev',`, ['local-default']);
    f.t(`    migrations: { tableName: 'knex_migrations' },
  },

  staging: {
    client: 'pg',`);
    f.n(`    connection: process.env.DATABASE_URL,`, ['env-ref']);
    f.t(`    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },

  production: {
    client: 'pg',
    connection: {
      host: 'orders-prod.db.internal',
      database: 'orders',
      user: 'orders_api',`);
    f.p(`      password: '${p}',`, 'knex-db-password', p, ['production']);
    f.t(`      ssl: { rejectUnauthorized: true },
    },
    pool: { min: 2, max: 20 },
    migrations: { tableName: 'knex_migrations' },
  },
};`);
  }

  // ---------- TypeORM ----------
  {
    const f = c.file('services/billing/ormconfig.json', ['json', 'typeorm']);
    const p = c.pw('gen');
    f.t(`
{
  "type": "mysql",
  "host": "billing-db.db.internal",
  "port": 3306,
  "username": "billing_svc",`);
    f.p(`  "password": "${p}",`, 'typeorm-db-password', p, ['ormconfig']);
    f.t(`  "database": "billing",
  "synchronize": false,
  "logging": ["error"],
  "entities": ["dist/entity/**/*.js"],
  "migrations": ["dist/migration/**/*.js"]
}`);
  }
  {
    const f = c.file('services/billing/src/data-source.ts', ['typescript', 'typeorm']);
    f.t(`
import 'reflect-metadata';
import { DataSource } from 'typeorm';

export const AppDataSource = new DataSource({
  type: 'mysql',
  host: process.env.DB_HOST ?? 'localhost',
  port: Number(process.env.DB_PORT ?? 3306),
  username: process.env.DB_USER,`);
    f.n(`  password: process.env.DB_PASSWORD,`, ['env-ref']);
    f.t(`  database: 'billing',
  entities: [__dirname + '/entity/*.{js,ts}'],
});`);
  }

  // ---------- Sequelize ----------
  {
    const f = c.file('services/crm-sync/config/config.json', ['json', 'sequelize']);
    const p = c.pw('gen');
    f.t(`
{
  "development": {
    "username": "crm_sync",`);
    f.p(`    "password": "${p}",`, 'sequelize-db-password', p, ['development']);
    f.t(`    "database": "crm_sync_dev",
    "host": "dev-db.db.internal",
    "dialect": "postgres"
  },
  "test": {
    "username": "root",`);
    f.n(`    "password": null,`, ['null']);
    f.t(`    "database": "crm_sync_test",
    "host": "127.0.0.1",
    "dialect": "sqlite",
    "storage": ":memory:"
  },
  "production": {`);
    f.n(`    "use_env_variable": "DATABASE_URL",`, ['env-ref']);
    f.t(`    "dialect": "postgres",
    "dialectOptions": { "ssl": { "require": true } }
  }
}`);
  }

  // ---------- GORM ----------
  {
    const f = c.file('services/ledger/internal/store/db.go', ['go', 'gorm']);
    const p = c.pw('conn').replace(/[ ']/g, '');
    f.t(`
package store

import (
	"fmt"
	"os"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

// Open connects to the ledger database.
func Open() (*gorm.DB, error) {`);
    f.n(`	dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=ledger port=5432 sslmode=require", os.Getenv("LEDGER_DB_HOST"), os.Getenv("LEDGER_DB_USER"), os.Getenv("LEDGER_DB_PASSWORD"))`, ['format-placeholder']);
    f.t(`	return gorm.Open(postgres.Open(dsn), &gorm.Config{})
}

// OpenReplica is used by the nightly reconciliation job.
func OpenReplica() (*gorm.DB, error) {`);
    f.p(`	dsn := "host=ledger-replica.db.internal user=ledger_recon password=${p} dbname=ledger port=5432 sslmode=require"`, 'gorm-dsn-password', p, ['dsn']);
    f.t(`	return gorm.Open(postgres.Open(dsn), &gorm.Config{})
}

// testDSN is only used by the docker-based integration tests.`);
    f.n(`const testDSN = "host=localhost user=postgres password=postgres dbname=ledger_test port=55432 sslmode=disable"`, ['local-default']);
  }

  // ---------- Diesel ----------
  {
    const f = c.file('services/metrics-rs/.env', ['dotenv', 'diesel']);
    const p = c.pw('url');
    f.p(`DATABASE_URL=postgres://metrics:${p}@metrics-db.db.internal/metrics`, 'db-connection-uri', p, ['diesel']);
    f.t(`RUST_LOG=info,diesel=warn`);
  }
  {
    const f = c.file('services/metrics-rs/src/db.rs', ['rust', 'diesel']);
    f.t(`
use diesel::pg::PgConnection;
use diesel::prelude::*;
use std::env;

pub fn establish_connection() -> PgConnection {
    dotenvy::dotenv().ok();`);
    f.n(`    let database_url = env::var("DATABASE_URL").expect("DATABASE_URL must be set");`, ['env-ref']);
    f.t(`    PgConnection::establish(&database_url)
        .unwrap_or_else(|_| panic!("Error connecting to {}", database_url))
}`);
  }

  // ---------- Spring / JDBC ----------
  {
    const f = c.file('services/reporting-java/src/main/resources/application-prod.properties', ['properties', 'spring', 'jdbc']);
    const p = c.pw('ini'), q = c.pw('url');
    f.t(`
spring.datasource.url=jdbc:postgresql://reporting-db.db.internal:5432/reporting
spring.datasource.username=reporting_app`);
    f.p(`spring.datasource.password=${p}`, 'spring-datasource-password', p, ['jdbc']);
    f.t(`spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate

# secondary datasource for the legacy MySQL reports`);
    f.p(`reports.legacy.jdbc-url=jdbc:mysql://legacy-mysql.db.internal:3306/reports?user=reports_ro&password=${q}&useSSL=true`, 'jdbc-url-password', q, ['jdbc']);
  }
  {
    const f = c.file('services/reporting-java/src/main/resources/application.properties', ['properties', 'spring']);
    f.t(`spring.datasource.url=\${DB_URL:jdbc:postgresql://localhost:5432/reporting}
spring.datasource.username=\${DB_USER:reporting_app}`);
    f.n(`spring.datasource.password=\${DB_PASSWORD}`, ['env-ref']);
    f.n(`spring.cloud.vault.kv.default-context=reporting`, ['vault-ref']);
  }

  // ---------- Rails ----------
  {
    const f = c.file('services/storefront/config/database.yml', ['yaml', 'rails']);
    const p = c.pw('gen');
    f.t(`
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: storefront_development

test:
  <<: *default
  database: storefront_test

production:
  <<: *default
  database: storefront_production
  username: storefront`);
    f.n(`  password: <%= ENV["STOREFRONT_DATABASE_PASSWORD"] %>`, ['erb-env']);
    f.t(`
reporting:
  <<: *default
  host: reporting-replica.db.internal
  database: storefront_reporting
  username: storefront_reporting`);
    f.p(`  password: "${p}"`, 'rails-db-password', p, ['database-yml']);
    f.n(`  # password: <%= Rails.application.credentials.dig(:reporting, :db_password) %>`, ['credentials-ref']);
  }

  // ---------- R ----------
  {
    const f = c.file('analysis/.Renviron', ['r', 'renviron']);
    const a = c.pw('shell'), b = c.pw('shell');
    f.t(`R_LIBS_USER=~/R/library
PGHOST=warehouse.db.internal
PGUSER=analyst_mk`);
    f.p(`PGPASSWORD=${a}`, 'env-db-password', a, ['renviron']);
    f.t(`SNOWFLAKE_ACCOUNT=corp-analytics
SNOWFLAKE_USER=MKOWALSKI`);
    f.n(`SNOWFLAKE_PRIVATE_KEY_PATH=~/.ssh/snowflake_rsa_key.p8`, ['file-ref']);
    f.n(`GITHUB_PAT=`, ['empty']);
  }
  {
    const f = c.file('analysis/R/load_data.R', ['r', 'dbi']);
    const p = c.pw('gen');
    f.t(`
library(DBI)
library(RPostgres)
library(dplyr)

# warehouse: credentials from .Renviron
con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("PGHOST"),
  dbname = "warehouse",
  user = Sys.getenv("PGUSER"),`);
    f.n(`  password = Sys.getenv("PGPASSWORD")`, ['env-ref']);
    f.t(`)

# legacy MySQL (marketing) -- quick hack for Q3 deck`);
    f.t(`mkt <- dbConnect(
  RMariaDB::MariaDB(),
  host = "mkt-mysql.db.internal",
  user = "mkt_reader",`);
    f.p(`  password = "${p}",`, 'r-dbconnect-password', p, ['dbi']);
    f.t(`  dbname = "marketing"
)

# when running interactively in RStudio
ro <- dbConnect(RPostgres::Postgres(), host = "warehouse.db.internal", dbname = "warehouse",`);
    f.n(`                user = "analyst", password = rstudioapi::askForPassword("Warehouse password"))`, ['prompt']);
    f.n(`sf_pw <- keyring::key_get("snowflake", username = Sys.getenv("SNOWFLAKE_USER"))`, ['keyring']);
    f.t(`
orders <- tbl(con, "orders") %>% filter(order_date >= "2024-01-01") %>% collect()
dbDisconnect(con); dbDisconnect(mkt)`);
  }

  // ---------- Julia ----------
  {
    const f = c.file('analysis/julia/ingest.jl', ['julia']);
    const p = c.pw('conn').replace(/[ ']/g, '');
    f.t(`
using LibPQ, DataFrames, CSV

# batch box connection (service account)`);
    f.p(`const CONN_STR = "host=warehouse.db.internal port=5432 dbname=warehouse user=julia_batch password=${p} sslmode=require"`, 'julia-connstring-password', p, ['libpq']);
    f.n(`const DEV_CONN_STR = "host=localhost dbname=warehouse user=$(ENV["USER"]) password=$(get(ENV, "PGPASSWORD", ""))"`, ['env-ref']);
    f.t(`
conn = LibPQ.Connection(CONN_STR)
df = DataFrame(execute(conn, "SELECT sku, sum(qty) AS qty FROM order_lines GROUP BY sku"))
CSV.write("out/sku_totals.csv", df)
close(conn)`);
  }

  // ---------- SAS ----------
  {
    const f = c.file('analysis/sas/autoexec.sas', ['sas']);
    const p = c.pw('conn').replace(/[ ";']/g, '');
    f.t(`
/* autoexec for the risk batch server */
options compress=yes fullstimer;
%let run_dt = %sysfunc(today(), yymmddn8.);
`);
    f.p(`libname oradw oracle user=risk_batch password="${p}" path="DWPROD" schema=RISK;`, 'sas-libname-password', p, ['libname']);
    f.n(`libname pgdw postgres server="warehouse.db.internal" database=warehouse user=&sysuserid password="&pg_pw" schema=marts;`, ['macro-var']);
    f.n(`libname sfdw snow server="corp-analytics.snowflakecomputing.com" authdomain="SnowflakeAuth" schema=MARTS;`, ['authdomain']);
    f.t(`libname work_ext "/sasdata/risk/work";`);
  }

  // ---------- Snowflake ----------
  {
    const f = c.file('ops/snowsql/config', ['ini', 'snowflake']);
    const p = c.pw('ini');
    f.t(`
[connections]
accountname = corp-analytics
region = eu-central-1
rolename = SYSADMIN
warehousename = ADMIN_WH

[connections.loader]
accountname = corp-analytics
username = LOADER_SVC`);
    f.p(`password = "${p}"`, 'snowflake-password', p, ['snowsql']);
    f.t(`dbname = RAW
warehousename = LOAD_WH

[connections.sso]
accountname = corp-analytics
username = jdoe@corp.example`);
    f.n(`authenticator = externalbrowser`, ['sso']);
    f.t(`
[options]
log_level = INFO
friendly = False`);
  }
  {
    const f = c.file('ops/snowflake/connections.toml', ['toml', 'snowflake']);
    const p = c.pw('ini');
    f.t(`
[default]
account = "corp-analytics"
user = "REVERSE_ETL_SVC"`);
    f.p(`password = "${p}"`, 'snowflake-password', p, ['connections-toml']);
    f.t(`warehouse = "REVERSE_ETL_WH"
database = "MARTS"
role = "REVERSE_ETL"

[keypair]
account = "corp-analytics"
user = "DBT_KEYPAIR"
authenticator = "SNOWFLAKE_JWT"`);
    f.n(`private_key_file = "/secrets/snowflake/rsa_key.p8"`, ['file-ref']);
    f.n(`private_key_file_pwd = "\${SNOWFLAKE_PRIVATE_KEY_PASSPHRASE}"`, ['env-ref']);
  }
  {
    const f = c.file('ops/snowflake/keys/rsa_key.p8', ['pem', 'snowflake']);
    const k = c.pem('enc');
    f.p(k.text, 'private-key', k.value, ['encrypted-pkcs8']);
    const g = c.file('ops/snowflake/keys/rsa_key.pub', ['pem', 'snowflake']);
    const pub = c.pubPem();
    g.n(pub[0], ['public-key']);
    g.t(pub.slice(1).join('\n'));
  }

  // ---------- Redshift ----------
  {
    const f = c.file('etl/redshift/load_events.py', ['python', 'redshift']);
    const p = c.pw('gen'), ak = c.awsKeyId(), as = c.awsSecret();
    f.t(`
import os

import redshift_connector

conn = redshift_connector.connect(
    host="events-cluster.c${c.str('abcdefghijklmnopqrstuvwxyz0123456789', 10)}.eu-west-1.redshift.amazonaws.com",
    database="events",
    port=5439,
    user="loader",`);
    f.p(`    password="${p}",`, 'redshift-password', p, ['redshift-connector']);
    f.t(`)
conn.autocommit = True
cur = conn.cursor()

# preferred path: role attached to the cluster
cur.execute("""
    COPY events.page_views FROM 's3://corp-events-raw/page_views/{dt}/'`);
    f.n(`    IAM_ROLE 'arn:aws:iam::${c.str('0123456789', 12)}:role/RedshiftCopyRole'`, ['iam-role-arn']);
    f.t(`    FORMAT AS PARQUET
""".format(dt=os.environ["RUN_DATE"]))

# partner bucket in another account, no role trust yet
cur.execute("""
    COPY events.partner_clicks FROM 's3://partner-exports/clicks/'`);
    f.p(`    CREDENTIALS 'aws_access_key_id=${ak};aws_secret_access_key=${as}'`, 'aws-secret-access-key', as, ['redshift-copy']);
    f.t(`    FORMAT AS CSV IGNOREHEADER 1
""")

iam_conn = redshift_connector.connect(
    iam=True,
    database="events",
    db_user="loader",
    cluster_identifier="events-cluster",`);
    f.n(`    profile=os.environ.get("AWS_PROFILE", "data-loader"),`, ['env-ref']);
    f.t(`)`);
  }

  // ---------- Databricks ----------
  {
    const f = c.file('ops/databricks/.databrickscfg', ['ini', 'databricks']);
    const t1 = c.dapi(), t2 = c.dapi() + '-2';
    f.t(`
[DEFAULT]
host = https://adb-${c.str('0123456789', 16)}.${c.int(1, 19)}.azuredatabricks.net`);
    f.p(`token = ${t1}`, 'databricks-pat', t1, ['cfg']);
    f.t(`
[prod-jobs]
host = https://corp-prod.cloud.databricks.com`);
    f.p(`token = ${t2}`, 'databricks-pat', t2, ['cfg']);
    f.t(`
[dev]
host = https://corp-dev.cloud.databricks.com`);
    f.n(`auth_type = databricks-cli`, ['oauth']);
  }
  {
    const f = c.file('ops/databricks/notebooks/ingest_clickstream.py', ['python', 'databricks']);
    const tok = c.dapi();
    f.t(`
# Databricks notebook source
# MAGIC %md
# MAGIC ### Clickstream ingest (autoloader)

# COMMAND ----------
`);
    f.n(`jdbc_password = dbutils.secrets.get(scope="warehouse", key="jdbc-password")`, ['secret-scope']);
    f.n(`storage_key = dbutils.secrets.get(scope="lake", key="abfs-account-key")`, ['secret-scope']);
    f.t(`spark.conf.set("fs.azure.account.key.corplake.dfs.core.windows.net", storage_key)

# COMMAND ----------

import requests

# trigger the downstream job in the other workspace`);
    f.p(`resp = requests.post("https://corp-prod.cloud.databricks.com/api/2.1/jobs/run-now", headers={"Authorization": "Bearer ${tok}"}, json={"job_id": ${c.int(100000000000, 999999999999)}})`, 'databricks-pat', tok, ['bearer']);
    f.n(`print(resp.json()["run_id"])  # e.g. ${c.int(10000000, 99999999)}`, ['job-id']);
  }

  // ---------- BigQuery service account ----------
  {
    const f = c.file('secrets/gcp/bq-loader-sa.json', ['json', 'gcp']);
    const k = c.pem('rsa');
    f.t(`
{
  "type": "service_account",
  "project_id": "corp-analytics-prod",
  "private_key_id": "${c.hex(40)}",`);
    f.p(`  "private_key": "${k.inline}",`, 'gcp-service-account-key', k.value, ['private-key']);
    f.t(`  "client_email": "bq-loader@corp-analytics-prod.iam.gserviceaccount.com",
  "client_id": "${c.str('0123456789', 21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40corp-analytics-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}`);
  }

  // ---------- ODBC ----------
  {
    const f = c.file('ops/odbc/odbc.ini', ['ini', 'odbc']);
    const a = c.pw('conn'), b = c.pw('conn');
    f.t(`
[ODBC Data Sources]
WarehousePG = PostgreSQL Unicode
FinanceMSSQL = ODBC Driver 18 for SQL Server
Databricks = Simba Spark ODBC Driver

[WarehousePG]
Driver     = PostgreSQL Unicode
Servername = warehouse.db.internal
Port       = 5432
Database   = warehouse
Username   = odbc_reports`);
    f.p(`Password   = ${a}`, 'odbc-password', a, ['dsn']);
    f.t(`SSLmode    = require

[FinanceMSSQL]
Driver   = ODBC Driver 18 for SQL Server
Server   = tcp:finance-sql.corp.example,1433
Database = Finance
UID      = svc_finance_odbc`);
    f.p(`PWD      = ${b}`, 'odbc-password', b, ['dsn']);
    f.t(`Encrypt  = yes

[Databricks]
Driver   = /opt/simba/spark/lib/64/libsparkodbc_sb64.so
Host     = adb-${c.str('0123456789', 16)}.3.azuredatabricks.net
Port     = 443
HTTPPath = /sql/1.0/warehouses/${c.hex(16)}
SSL      = 1
ThriftTransport = 2
AuthMech = 11
Auth_Flow = 2`);
    f.n(`Auth_Client_ID = ${c.uuid()}`, ['uuid']);
    f.n(`PWD =`, ['empty']);
  }
  // ---------- Oracle client ----------
  {
    const f = c.file('ops/oracle/network/admin/tnsnames.ora', ['oracle', 'tns']);
    f.t(`
DWPROD =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCPS)(HOST = dwprod-scan.corp.example)(PORT = 2484))
    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = dwprod.corp.example))
  )

FINWH_PRIMARY =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = finwh-db01.corp.example)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = finwh))
  )`);
    const g = c.file('ops/oracle/network/admin/sqlnet.ora', ['oracle', 'sqlnet']);
    g.n(`WALLET_LOCATION = (SOURCE = (METHOD = FILE)(METHOD_DATA = (DIRECTORY = /u01/app/oracle/admin/wallet)))`, ['wallet-ref']);
    g.n(`SQLNET.WALLET_OVERRIDE = TRUE`, ['wallet-ref']);
    g.t(`SSL_CLIENT_AUTHENTICATION = FALSE
SQLNET.AUTHENTICATION_SERVICES = (TCPS, NTS)`);
  }
  {
    const f = c.file('ops/oracle/bin/run_risk_batch.sh', ['shell', 'oracle']);
    const p = c.pw('shell').replace(/[@]/g, '_');
    f.t(`
#!/bin/ksh
# Nightly risk aggregation - called from cron on riskbatch01
. /home/oracle/.profile
export ORACLE_SID=DWPROD
LOG=/var/log/risk/batch_$(date +%Y%m%d).log
`);
    f.p(`sqlplus -s risk_batch/${p}@DWPROD @/opt/risk/sql/aggregate.sql >> "$LOG" 2>&1`, 'sqlplus-password', p, ['cli']);
    f.t(`
# secondary steps use the wallet (no password on the command line)`);
    f.n(`sqlplus -s /@DWPROD_WALLET @/opt/risk/sql/publish.sql >> "$LOG" 2>&1`, ['wallet-ref']);
    f.n(`sqlplus -s "\${RISK_USER}/\${RISK_PASS}@\${TNS_ALIAS}" @/opt/risk/sql/cleanup.sql >> "$LOG" 2>&1`, ['env-ref']);
  }

  // ---------- Superset / Metabase / Grafana / Tableau ----------
  {
    const f = c.file('bi/superset/superset_config.py', ['python', 'superset']);
    const sk = c.b64(42), p = c.pw('url');
    f.t(`
import os

ROW_LIMIT = 50000
SUPERSET_WEBSERVER_PORT = 8088
`);
    f.p(`SECRET_KEY = "${sk}"`, 'superset-secret-key', sk, ['secret-key']);
    f.p(`SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:${p}@superset-meta.db.internal:5432/superset"`, 'db-connection-uri', p, ['metadata-db']);
    f.n(`MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")`, ['env-ref']);
    f.n(`SMTP_PASSWORD = os.environ.get("SUPERSET_SMTP_PASSWORD")`, ['env-ref']);
    f.t(`
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
CACHE_CONFIG = {
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "CACHE_KEY_PREFIX": "superset_",
    "CACHE_REDIS_URL": "redis://superset-redis:6379/1",
}`);
  }
  {
    const f = c.file('bi/grafana/provisioning/datasources/datasources.yaml', ['yaml', 'grafana']);
    const a = c.pw('gen'), b = c.pw('gen');
    f.t(`
apiVersion: 1

datasources:
  - name: Warehouse (Postgres)
    type: grafana-postgresql-datasource
    uid: warehouse-pg
    url: warehouse.db.internal:5432
    user: grafana_ro
    jsonData:
      database: warehouse
      sslmode: require
      postgresVersion: 1500
    secureJsonData:`);
    f.p(`      password: '${a}'`, 'grafana-datasource-password', a, ['secureJsonData']);
    f.t(`
  - name: Events (ClickHouse)
    type: grafana-clickhouse-datasource
    uid: events-ch
    jsonData:
      host: clickhouse.events.internal
      port: 9440
      protocol: native
      secure: true
      username: grafana
    secureJsonData:`);
    f.n(`      password: \${CH_GRAFANA_PASSWORD}`, ['env-ref']);
    f.t(`
  - name: Billing (MySQL)
    type: mysql
    uid: billing-mysql
    url: billing-db.db.internal:3306
    user: grafana_ro
    jsonData:
      database: billing
    secureJsonData:`);
    f.n(`      password: $BILLING_MYSQL_PASSWORD`, ['env-ref']);
    f.t(`
  - name: Ledger (Postgres)
    type: grafana-postgresql-datasource
    uid: ledger-pg
    url: ledger-replica.db.internal:5432
    user: grafana_ro
    secureJsonData:`);
    f.n(`      password: $__file{/run/secrets/grafana_ledger_pw}`, ['file-ref']);
  }
  {
    const f = c.file('bi/tableau/orders_extract.tds', ['xml', 'tableau']);
    f.t(`
<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='Orders (Warehouse)' inline='true' source-platform='win' version='18.1' xmlns:user='http://www.tableausoftware.com/xml/user'>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='warehouse.db.internal' name='postgres.${c.str('0123456789abcdefghijklmnopqrstuvwxyz', 28)}'>`);
    f.n(`        <connection authentication='username-password' class='postgres' dbname='warehouse' odbc-native-protocol='' one-time-sql='' port='5432' server='warehouse.db.internal' sslmode='require' username='tableau_ro' />`, ['no-password']);
    f.t(`      </named-connection>
      <named-connection caption='corp-analytics.snowflakecomputing.com' name='snowflake.${c.str('0123456789abcdefghijklmnopqrstuvwxyz', 28)}'>`);
    f.n(`        <connection authentication='oauth' class='snowflake' dbname='ANALYTICS' password='' schema='MARTS' server='corp-analytics.snowflakecomputing.com' service='TABLEAU' username='' warehouse='BI_WH' />`, ['empty']);
    f.t(`      </named-connection>
    </named-connections>
  </connection>
  <aliases enabled='yes' />
  <column datatype='integer' name='[order_id]' role='dimension' type='ordinal' />
  <column datatype='real' name='[total_amount]' role='measure' type='quantitative' />
</datasource>`);
  }

  // ---------- Notebooks ----------
  {
    const f = c.file('notebooks/snowflake_cohort_exploration.ipynb', ['ipynb', 'snowflake']);
    const p = c.pw('gen'), ak = c.awsKeyId(), as = c.awsSecret();
    const qid = c.hex(8).slice(0, 2) + c.hex(6) + '-0' + c.hex(3) + '-' + c.hex(4) + '-' + c.hex(4) + '-' + c.hex(12);
    notebook(f, [
      { type: 'markdown', id: c.hex(8), src: ['# Cohort retention exploration', '', 'Scratch notebook for the Q2 retention review.'] },
      {
        type: 'code', id: c.hex(8), src: [
          'import snowflake.connector',
          'import pandas as pd',
          '',
          'ctx = snowflake.connector.connect(',
          '    user="MKOWALSKI",',
          { p: `    password="${p}",`, rule: 'snowflake-password', value: p, tags: ['connector'] },
          '    account="corp-analytics",',
          '    warehouse="ADHOC_WH",',
          '    database="ANALYTICS",',
          '    schema="MARTS",',
          ')',
        ],
      },
      {
        type: 'code', id: c.hex(8), src: [
          'cur = ctx.cursor()',
          'cur.execute("SELECT cohort_month, months_since, retained FROM cohort_retention")',
          'df = cur.fetch_pandas_all()',
          'print(cur.sfqid)',
        ],
        outputs: [{ kind: 'stream', text: [{ n: qid, tags: ['query-id'] }] }],
      },
      {
        type: 'code', id: c.hex(8), src: [
          'import boto3',
          's3 = boto3.client(',
          '    "s3",',
          { p: `    aws_access_key_id="${ak}",`, rule: 'aws-access-key-id', value: ak, tags: ['boto3'] },
          { p: `    aws_secret_access_key="${as}",`, rule: 'aws-secret-access-key', value: as, tags: ['boto3'] },
          ')',
          'df.to_parquet("/tmp/cohorts.parquet")',
          's3.upload_file("/tmp/cohorts.parquet", "corp-analytics-scratch", "cohorts/q2.parquet")',
        ],
      },
      {
        type: 'code', id: c.hex(8), src: [
          'from getpass import getpass',
          'import sqlalchemy as sa',
          { n: 'pw = getpass("warehouse password: ")', tags: ['prompt'] },
          'eng = sa.create_engine(sa.engine.URL.create("postgresql+psycopg2", username="mkowalski", password=pw, host="warehouse.db.internal", database="warehouse"))',
          'eng.url',
        ],
        outputs: [{ kind: 'result', text: [{ n: "postgresql+psycopg2://mkowalski:***@warehouse.db.internal/warehouse", tags: ['masked'] }] }],
      },
    ]);
  }
  {
    const f = c.file('notebooks/bigquery_funnel_eda.ipynb', ['ipynb', 'bigquery']);
    const k = c.pem('rsa');
    const job = 'job_' + c.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 28);
    notebook(f, [
      { type: 'markdown', id: c.hex(8), src: ['## Funnel EDA (BigQuery)'] },
      {
        type: 'code', id: c.hex(8), src: [
          'from google.cloud import bigquery',
          'from google.oauth2 import service_account',
          '',
          { n: 'creds = service_account.Credentials.from_service_account_file("/home/jupyter/keys/funnel-sa.json")', tags: ['file-ref'] },
          'client = bigquery.Client(credentials=creds, project="corp-marketing-analytics")',
        ],
      },
      {
        type: 'code', id: c.hex(8), src: [
          '# colab fallback: inline key (rotate after demo!)',
          'info = {',
          '    "type": "service_account",',
          '    "project_id": "corp-marketing-analytics",',
          '    "client_email": "funnel-demo@corp-marketing-analytics.iam.gserviceaccount.com",',
          { p: `    "private_key": "${k.inline}",`, rule: 'gcp-service-account-key', value: k.value, tags: ['private-key'] },
          '    "token_uri": "https://oauth2.googleapis.com/token",',
          '}',
          'creds = service_account.Credentials.from_service_account_info(info)',
        ],
      },
      {
        type: 'code', id: c.hex(8), src: [
          'job = client.query("SELECT step, COUNT(DISTINCT user_pseudo_id) AS users FROM `corp-marketing-analytics.funnel.events` GROUP BY step")',
          'print(job.job_id)',
          'df = job.to_dataframe()',
        ],
        outputs: [{ kind: 'stream', text: [{ n: job, tags: ['job-id'] }] }],
      },
      {
        type: 'code', id: c.hex(8), src: ['df.head()'],
        outputs: [{ kind: 'result', text: ['          step    users', '0    page_view  1284012', '1  add_to_cart   210388', { n: `# session_id sample: ${c.uuid()}`, tags: ['uuid'] }] }],
      },
    ]);
  }
}

import { notebook } from './lib.mjs';
