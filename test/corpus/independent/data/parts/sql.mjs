// SQL migrations, admin scripts, mongo shell, pgbouncer
export default function sql(c) {
  // ---------- Postgres roles migration ----------
  {
    const f = c.file('db/migrations/postgres/V3__create_roles.sql', ['sql', 'postgres']);
    const pwRw = c.pw('gen');
    const pwRep = c.pw('gen');
    f.t(`
-- V3: application roles
-- Owner: data-platform team. Reviewed 2023-11-02.
-- NOTE: readonly/readwrite split follows the "least privilege" guide in docs/db-access.md

BEGIN;

CREATE ROLE readonly NOLOGIN;
CREATE ROLE readwrite NOLOGIN;

GRANT CONNECT ON DATABASE orders TO readonly, readwrite;
GRANT USAGE ON SCHEMA public TO readonly, readwrite;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO readwrite;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO readonly;
`);
    f.p(`CREATE ROLE app_rw LOGIN PASSWORD '${pwRw}' IN ROLE readwrite;`, 'sql-role-password', pwRw, ['create-role']);
    f.p(`ALTER ROLE reporting WITH LOGIN PASSWORD '${pwRep}' VALID UNTIL '2025-12-31';`, 'sql-role-password', pwRep, ['alter-role']);
    f.t(`GRANT readonly TO reporting;

-- legacy role migrated from the old cluster, password already hashed by pg_dumpall
`);
    f.n(`ALTER ROLE legacy_etl WITH LOGIN PASSWORD '${c.scram()}';`, ['scram-hash']);
    f.n(`ALTER ROLE legacy_batch WITH LOGIN PASSWORD '${c.pgmd5()}';`, ['md5-hash']);
    f.t(`
-- CI role: password is set out-of-band with \\password ci_runner
`);
    f.n(`ALTER ROLE ci_runner WITH LOGIN PASSWORD NULL;`, ['null-password']);
    f.n(`-- to rotate: psql -c "\\password app_rw" (prompts, never stored here)`, ['comment']);
    f.t(`
COMMIT;`);
  }

  // ---------- users table ----------
  {
    const f = c.file('db/migrations/postgres/V12__users_and_auth.sql', ['sql', 'postgres']);
    const seed = c.pw('gen');
    f.t(`
-- V12: users + auth helpers
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE IF NOT EXISTS app_user (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email           CITEXT NOT NULL UNIQUE,`);
    f.n(`    password_hash   VARCHAR(255) NOT NULL,`, ['ddl']);
    f.n(`    password_reset_token UUID,`, ['ddl']);
    f.n(`    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),`, ['ddl']);
    f.t(`    is_admin        BOOLEAN NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION check_login(p_email TEXT, p_password TEXT)
RETURNS UUID LANGUAGE sql STABLE AS $$
    SELECT id FROM app_user`);
    f.n(`    WHERE email = p_email AND password_hash = crypt(p_password, password_hash);`, ['sql-crypt']);
    f.t(`$$;

CREATE OR REPLACE FUNCTION set_password(p_id UUID, p_password TEXT)
RETURNS void LANGUAGE sql AS $$`);
    f.n(`    UPDATE app_user SET password_hash = crypt(p_password, gen_salt('bf', 12)), password_changed_at = now()`, ['sql-crypt']);
    f.t(`    WHERE id = p_id;
$$;

-- bootstrap admin (TODO: remove after first deploy, see INC-2231)`);
    f.p(`INSERT INTO app_user (email, password_hash, is_admin) VALUES ('ops@orders.internal', crypt('${seed}', gen_salt('bf')), true);`, 'seed-user-password', seed, ['insert']);
    f.t(`
-- fixture user for the staging smoke test, hash only`);
    f.n(`INSERT INTO app_user (email, password_hash) VALUES ('smoke@orders.internal', '${c.bcrypt(12)}');`, ['bcrypt-hash']);
  }

  // ---------- MySQL admin ----------
  {
    const f = c.file('sql/admin/mysql/create_users.sql', ['sql', 'mysql']);
    const a = c.pw('gen'), b = c.pw('gen'), r = c.pw('gen'), s = c.pw('gen');
    f.t(`
-- MySQL 8.0 user provisioning for the catalog service
-- run as: mysql -u root -p < create_users.sql

CREATE DATABASE IF NOT EXISTS catalog CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
`);
    f.p(`CREATE USER IF NOT EXISTS 'catalog_app'@'10.20.%' IDENTIFIED BY '${a}';`, 'sql-user-password', a, ['create-user']);
    f.t(`GRANT SELECT, INSERT, UPDATE, DELETE ON catalog.* TO 'catalog_app'@'10.20.%';
`);
    f.n(`CREATE USER IF NOT EXISTS 'catalog_ro'@'%' IDENTIFIED WITH authentication_ldap_sasl AS 'uid=catalog_ro,ou=svc,dc=corp,dc=example' REQUIRE SSL;`, ['ldap-auth']);
    f.t(`GRANT SELECT ON catalog.* TO 'catalog_ro'@'%';

-- migrated from 5.7, keeps the old native hash`);
    f.n(`CREATE USER IF NOT EXISTS 'legacy_report'@'%' IDENTIFIED WITH mysql_native_password AS '${c.mysqlHash()}';`, ['mysql-hash']);
    f.n(`CREATE USER IF NOT EXISTS 'dba'@'localhost' IDENTIFIED WITH auth_socket;`, ['no-password']);
    f.t(`
-- replication
`);
    f.p(`CREATE USER IF NOT EXISTS 'repl'@'10.20.%' IDENTIFIED BY '${r}';`, 'sql-user-password', r, ['create-user']);
    f.t(`GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.20.%';

-- on the replica:
CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='catalog-db-0.catalog-db.svc',
  SOURCE_USER='repl',`);
    f.p(`  SOURCE_PASSWORD='${r}',`, 'sql-replication-password', r, ['replication']);
    f.t(`  SOURCE_AUTO_POSITION=1,
  SOURCE_SSL=1;

-- example from the MySQL manual, kept for reference:`);
    f.n(`-- CREATE USER 'jeffrey'@'localhost' IDENTIFIED BY 'password';`, ['doc-example']);
    f.n(`-- ALTER USER 'catalog_app'@'10.20.%' IDENTIFIED BY '<new-password>';`, ['placeholder']);
    f.t(`
ALTER USER 'catalog_ro'@'%' PASSWORD EXPIRE INTERVAL 90 DAY;`);
    f.n(`ALTER USER 'root'@'localhost' IDENTIFIED BY RANDOM PASSWORD;`, ['random-password']);
    f.t(`FLUSH PRIVILEGES;`);
  }

  // ---------- Oracle ----------
  {
    const f = c.file('sql/oracle/01_create_etl_schema.sql', ['sql', 'oracle']);
    const a = c.pw('xml').replace(/[@=]/g, '_'), l = c.pw('xml').replace(/[@=]/g, '_');
    f.t(`
--------------------------------------------------------------------------------
-- ETL schema owner + db link to the finance warehouse
-- Run with: sqlplus / as sysdba @01_create_etl_schema.sql
--------------------------------------------------------------------------------
WHENEVER SQLERROR EXIT SQL.SQLCODE
SET DEFINE ON
DEFINE etl_tbs = ETL_DATA
`);
    f.p(`CREATE USER etl_owner IDENTIFIED BY "${a}"`, 'sql-user-password', a, ['oracle', 'create-user']);
    f.t(`  DEFAULT TABLESPACE &etl_tbs
  QUOTA UNLIMITED ON &etl_tbs
  PROFILE app_profile;
`);
    f.n(`CREATE USER etl_reader IDENTIFIED BY "&&etl_reader_password"`, ['sqlplus-substitution']);
    f.t(`  DEFAULT TABLESPACE &etl_tbs;
`);
    f.n(`CREATE USER ops$batch IDENTIFIED EXTERNALLY;`, ['external-auth']);
    f.n(`CREATE USER fin_analyst IDENTIFIED GLOBALLY AS 'CN=fin_analyst,OU=users,DC=corp,DC=example';`, ['global-auth']);
    f.t(`
GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE PROCEDURE TO etl_owner;
GRANT CREATE SESSION TO etl_reader;
`);
    f.n(`ALTER USER etl_reader PASSWORD EXPIRE;`, ['ddl']);
    f.t(`
CREATE DATABASE LINK finwh.corp`);
    f.p(`  CONNECT TO fin_ro IDENTIFIED BY "${l}"`, 'sql-dblink-password', l, ['oracle', 'dblink']);
    f.t(`  USING 'FINWH_PRIMARY';

-- password for etl_reader lives in the Oracle wallet at /u01/app/oracle/admin/wallet
EXIT`);
  }

  // ---------- postgres_fdw / dblink ----------
  {
    const f = c.file('sql/fdw/postgres_fdw_setup.sql', ['sql', 'postgres', 'fdw']);
    const m = c.pw('conn').replace(/'/g, ''), d = c.pw('conn');
    f.t(`
-- Foreign data wrapper to the legacy billing database
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE EXTENSION IF NOT EXISTS dblink;

CREATE SERVER IF NOT EXISTS billing_legacy
  FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'billing-legacy.db.internal', port '5432', dbname 'billing', sslmode 'require');

CREATE USER MAPPING IF NOT EXISTS FOR etl_owner
  SERVER billing_legacy`);
    f.p(`  OPTIONS (user 'fdw_reader', password '${m}');`, 'sql-user-mapping-password', m, ['user-mapping']);
    f.t(`
-- for developers: value comes from a psql variable, e.g. psql -v remote_pw="$REMOTE_PW"
CREATE USER MAPPING IF NOT EXISTS FOR CURRENT_USER
  SERVER billing_legacy`);
    f.n(`  OPTIONS (user 'fdw_dev', password :'remote_pw');`, ['psql-variable']);
    f.t(`
IMPORT FOREIGN SCHEMA public LIMIT TO (invoices, invoice_lines)
  FROM SERVER billing_legacy INTO billing_fdw;

-- one-off reconciliation via dblink
SELECT dblink_connect('billing_conn',`);
    f.p(`  'host=billing-legacy.db.internal port=5432 dbname=billing user=recon password=${d} sslmode=require');`, 'sql-dblink-password', d, ['dblink']);
    f.t(`
SELECT * FROM dblink('billing_conn', 'SELECT id, total_cents FROM invoices WHERE created_at > now() - interval ''1 day''')
  AS t(id bigint, total_cents bigint);

-- peer auth over unix socket, no password needed`);
    f.n(`SELECT * FROM dblink('dbname=warehouse user=readonly', 'SELECT count(*) FROM facts.orders') AS t(n bigint);`, ['no-password']);
    f.t(`SELECT dblink_disconnect('billing_conn');`);
  }

  // ---------- MSSQL ----------
  {
    const f = c.file('sql/mssql/001_logins.sql', ['sql', 'mssql']);
    const l = c.pw('gen'), mk = c.pw('gen');
    f.t(`
USE [master];
GO
-- Service login for the ingestion workers`);
    f.p(`CREATE LOGIN [svc_ingest] WITH PASSWORD = N'${l}', CHECK_POLICY = ON, DEFAULT_DATABASE = [Staging];`, 'sql-login-password', l, ['create-login']);
    f.t(`GO
-- copied from the old server with sp_help_revlogin`);
    f.n(`CREATE LOGIN [svc_report] WITH PASSWORD = 0x0200${c.hex(136).toUpperCase()} HASHED, CHECK_POLICY = OFF;`, ['mssql-hash']);
    f.t(`GO`);
    f.n(`CREATE LOGIN [CORP\\data-engineers] FROM WINDOWS WITH DEFAULT_DATABASE = [Staging];`, ['windows-auth']);
    f.t(`GO
-- sqlcmd variable, supplied by the release pipeline (-v SvcExportPassword=...)`);
    f.n(`CREATE LOGIN [svc_export] WITH PASSWORD = N'$(SvcExportPassword)';`, ['sqlcmd-variable']);
    f.t(`GO

USE [Staging];
GO
IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')`);
    f.p(`    CREATE MASTER KEY ENCRYPTION BY PASSWORD = '${mk}';`, 'sql-master-key-password', mk, ['master-key']);
    f.t(`GO
CREATE USER [svc_ingest] FOR LOGIN [svc_ingest];
ALTER ROLE db_datawriter ADD MEMBER [svc_ingest];
GO`);
  }

  // ---------- Mongo ----------
  {
    const f = c.file('mongo/docker-entrypoint-initdb.d/01-create-users.js', ['javascript', 'mongo']);
    const a = c.pw('gen'), b = c.pw('gen');
    f.t(`
// Executed by the official mongo image on first start (mongosh).
// Creates application users for the events database.
const eventsDb = db.getSiblingDB('events');

eventsDb.createUser({
  user: 'events_writer',`);
    f.p(`  pwd: '${a}',`, 'mongo-user-password', a, ['createUser']);
    f.t(`  roles: [{ role: 'readWrite', db: 'events' }],
});

eventsDb.createUser({
  user: 'events_analytics',`);
    f.n(`  pwd: fs.readFileSync('/run/secrets/events_analytics_pw', 'utf8').trim(),`, ['file-ref']);
    f.t(`  roles: [{ role: 'read', db: 'events' }, { role: 'read', db: 'events_archive' }],
  mechanisms: ['SCRAM-SHA-256'],
});

// interactive admin account: prompts for the password when the script is run by hand
db.getSiblingDB('admin').createUser({
  user: 'dba',`);
    f.n(`  pwd: passwordPrompt(),`, ['prompt']);
    f.t(`  roles: ['root'],
});

// monitoring user, password injected by the deployment
db.getSiblingDB('admin').createUser({
  user: 'mongodb_exporter',`);
    f.n(`  pwd: process.env.MONGO_EXPORTER_PASSWORD,`, ['env-ref']);
    f.t(`  roles: [{ role: 'clusterMonitor', db: 'admin' }, { role: 'read', db: 'local' }],
});`);
    f.n(`// db.changeUserPassword('events_writer', '<new password>')`, ['placeholder']);
  }
  {
    const f = c.file('mongo/scripts/nightly_dump.sh', ['shell', 'mongo', 'backup']);
    const p = c.pw('url');
    const cl = c.str('abcdefghijklmnopqrstuvwxyz0123456789', 5);
    f.t(`
#!/usr/bin/env bash
# Nightly logical backup of the events cluster to S3
set -euo pipefail

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=/var/backups/mongo/events-$STAMP.archive.gz
`);
    f.p(`MONGO_URI="mongodb+srv://backup_svc:${p}@events-prod.${cl}.mongodb.net/?authSource=admin&readPreference=secondary"`, 'mongodb-uri-password', p, ['connection-uri']);
    f.t(`
mongodump --uri "$MONGO_URI" --db events --gzip --archive="$OUT"

# staging cluster uses the password from the mounted docker secret`);
    f.n(`mongodump --host events-stg-0.events-stg:27017 --username backup_svc --password "$(cat /run/secrets/mongo_backup_pw)" --authenticationDatabase admin --gzip --archive=/tmp/stg.gz`, ['file-ref']);
    f.n(`mongodump --uri "\${MONGO_STG_URI}" --db events --gzip --archive=/tmp/stg2.gz`, ['env-ref']);
    f.t(`
aws s3 cp "$OUT" "s3://corp-db-backups/mongo/events/" --sse aws:kms
find /var/backups/mongo -name '*.archive.gz' -mtime +7 -delete`);
  }

  // ---------- pgbouncer ----------
  {
    const f = c.file('pgbouncer/userlist.txt', ['pgbouncer', 'auth-file']);
    const p = c.pw('shell');
    f.t(`;; generated by deploy/pgbouncer/render-userlist.py -- do not edit by hand`);
    f.n(`"app_rw" "${c.scram()}"`, ['scram-hash']);
    f.n(`"reporting" "${c.pgmd5()}"`, ['md5-hash']);
    f.p(`"pgbouncer_stats" "${p}"`, 'pgbouncer-plaintext-password', p, ['plaintext']);
  }
}
