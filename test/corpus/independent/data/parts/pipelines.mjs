// Orchestration / data-platform configs: dbt, airflow, hadoop, hive, spark, kafka, rabbitmq, nats, redis, clickhouse, trino, debezium, cassandra, liquibase, flyway
export default function pipelines(c) {
  // ---------- dbt ----------
  {
    const f = c.file('analytics/dbt/profiles.yml', ['yaml', 'dbt']);
    const pg = c.pw('gen'), sf = c.pw('gen'), pass = c.pw('gen');
    const acct = c.str('abcdefghijklmnopqrstuvwxyz', 2) + c.str('0123456789', 5) + '.eu-central-1';
    f.t(`
# dbt profiles for the analytics project.
# CI uses the "ci" target with credentials from GitHub secrets; see .github/workflows/dbt.yml
analytics:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      port: 5432
      user: "{{ env_var('DBT_USER', 'analytics') }}"`);
    f.n(`      password: "{{ env_var('DBT_ENV_SECRET_PG_PASSWORD') }}"`, ['env-var']);
    f.t(`      dbname: analytics
      schema: "dbt_{{ env_var('USER') }}"
      threads: 4
    ci:
      type: postgres
      host: "{{ env_var('CI_PG_HOST') }}"
      port: 5432
      user: ci_runner`);
    f.n(`      pass: "{{ env_var('CI_PG_PASSWORD') | as_text }}"`, ['env-var']);
    f.t(`      dbname: analytics_ci
      schema: ci
      threads: 8
    prod:
      type: postgres
      host: warehouse-prod.cluster-c${c.str('abcdefghijklmnopqrstuvwxyz0123456789', 11)}.eu-west-1.rds.amazonaws.com
      port: 5432
      user: dbt_prod`);
    f.p(`      password: '${pg}'`, 'dbt-profile-password', pg, ['postgres']);
    f.t(`      dbname: analytics
      schema: marts
      threads: 12
      keepalives_idle: 0
      sslmode: require

snowflake_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: ${acct}
      user: DBT_SVC`);
    f.p(`      password: "${sf}"`, 'dbt-profile-password', sf, ['snowflake']);
    f.t(`      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING_WH
      schema: DBT_PROD
      threads: 16
      client_session_keep_alive: false
    keypair:
      type: snowflake
      account: ${acct}
      user: DBT_KEYPAIR
      private_key_path: /secrets/snowflake/rsa_key.p8`);
    f.p(`      private_key_passphrase: ${pass}`, 'private-key-passphrase', pass, ['snowflake']);
    f.t(`      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING_WH
      schema: DBT_KEYPAIR
    sso:
      type: snowflake
      account: ${acct}
      user: "{{ env_var('SNOWFLAKE_USER') }}"`);
    f.n(`      authenticator: externalbrowser`, ['sso']);
    f.t(`      role: ANALYST
      database: ANALYTICS
      warehouse: ADHOC_WH
      schema: "DBT_{{ env_var('USER') | upper }}"

bigquery_marketing:
  target: prod
  outputs:
    prod:
      type: bigquery
      method: service-account
      project: corp-marketing-analytics`);
    f.n(`      keyfile: /secrets/gcp/dbt-marketing-sa.json`, ['file-ref']);
    f.t(`      dataset: marts
      threads: 8
      location: EU
      job_execution_timeout_seconds: 600`);
  }
  {
    const f = c.file('analytics/dbt/profiles.example.yml', ['yaml', 'dbt', 'example']);
    f.t(`
# Copy to ~/.dbt/profiles.yml and fill in your own credentials.
analytics:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      user: <your-username>`);
    f.n(`      password: <your-password>`, ['placeholder']);
    f.t(`      dbname: analytics
      schema: dbt_yourname
    databricks:
      type: databricks
      host: adb-0000000000000000.0.azuredatabricks.net
      http_path: /sql/1.0/warehouses/0000000000000000`);
    f.n(`      token: dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`, ['placeholder', 'databricks']);
    f.t(`      schema: dbt_yourname
    snowflake:
      type: snowflake
      account: xy12345.eu-central-1
      user: YOUR_USER`);
    f.n(`      password: changeme`, ['placeholder']);
    f.n(`      private_key_passphrase: "{{ env_var('SNOWFLAKE_PRIVATE_KEY_PASSPHRASE') }}"`, ['env-var']);
  }
  {
    const f = c.file('analytics/dbt/packages.yml', ['yaml', 'dbt']);
    const tok = c.ghp();
    f.t(`
packages:
  - package: dbt-labs/dbt_utils
    version: [">=1.1.0", "<2.0.0"]
  - package: calogica/dbt_expectations
    version: 0.10.1
  # internal macros (private repo)`);
    f.p(`  - git: "https://${tok}@github.com/corp-data/dbt-internal-macros.git"`, 'github-pat', tok, ['git-url']);
    f.t(`    revision: v2.4.0
  # same repo, CI variant uses the dbt Cloud env secret`);
    f.n(`  - git: "https://{{ env_var('DBT_ENV_SECRET_GIT_CREDENTIAL') }}@github.com/corp-data/dbt-internal-macros.git"`, ['env-var']);
    f.t(`    revision: v2.4.0`);
  }

  // ---------- Airflow ----------
  const airflowDbPw = c.pw('url');
  {
    const f = c.file('airflow/config/airflow.cfg', ['ini', 'airflow']);
    const fern = c.fernet();
    const sk = c.b64(24);
    const redisPw = c.pwAlnum(32);
    f.t(`
[core]
dags_folder = /opt/airflow/dags
hostname_callable = airflow.utils.net.getfqdn
default_timezone = utc
executor = CeleryExecutor
parallelism = 64
max_active_tasks_per_dag = 16
load_examples = False
plugins_folder = /opt/airflow/plugins`);
    f.p(`fernet_key = ${fern}`, 'airflow-fernet-key', fern, ['fernet']);
    f.t(`donot_pickle = True
dagbag_import_timeout = 60.0

[database]`);
    f.p(`sql_alchemy_conn = postgresql+psycopg2://airflow:${airflowDbPw}@airflow-meta.db.internal:5432/airflow`, 'db-connection-uri', airflowDbPw, ['sqlalchemy']);
    f.n(`# sql_alchemy_conn = sqlite:////opt/airflow/airflow.db`, ['no-password']);
    f.t(`sql_alchemy_pool_size = 10
sql_alchemy_pool_recycle = 1800

[logging]
base_log_folder = /opt/airflow/logs
remote_logging = True
remote_log_conn_id = aws_logs
remote_base_log_folder = s3://corp-airflow-logs/prod
logging_level = INFO

[webserver]
base_url = https://airflow.data.corp.example
web_server_port = 8080`);
    f.p(`secret_key = ${sk}`, 'airflow-webserver-secret-key', sk, ['secret-key']);
    f.t(`expose_config = False
rbac = True

[celery]
worker_concurrency = 16`);
    f.p(`broker_url = redis://:${redisPw}@airflow-redis.data.svc:6379/0`, 'redis-uri-password', redisPw, ['celery']);
    f.n(`# result_backend: unset -> defaults to sql_alchemy_conn (db+ scheme added automatically)`, ['comment']);
    f.t(`
[smtp]
smtp_host = smtp.corp.example
smtp_starttls = True
smtp_ssl = False
smtp_user = airflow-alerts`);
    f.n(`smtp_password =`, ['empty']);
    f.t(`smtp_port = 587
smtp_mail_from = airflow@corp.example

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend`);
    f.n(`backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "config_prefix": "airflow/config"}`, ['secret-store-ref']);
  }
  {
    const f = c.file('airflow/config/airflow.staging.cfg', ['ini', 'airflow']);
    f.t(`
# Staging: every secret is resolved at runtime via *_cmd / *_secret options.
[core]
executor = CeleryExecutor
load_examples = False`);
    f.n(`fernet_key_cmd = cat /run/secrets/airflow_fernet_key`, ['cmd-ref']);
    f.t(`
[database]`);
    f.n(`sql_alchemy_conn_cmd = /opt/airflow/bin/read-secret airflow/staging/sql_alchemy_conn`, ['cmd-ref']);
    f.t(`
[webserver]`);
    f.n(`secret_key_secret = airflow/staging/webserver_secret_key`, ['secret-store-ref']);
    f.t(`
[celery]`);
    f.n(`broker_url_cmd = cat /run/secrets/airflow_broker_url`, ['cmd-ref']);
  }
  {
    const f = c.file('airflow/.env', ['dotenv', 'airflow']);
    const wp = c.pw('url'), ak = c.awsKeyId(), as = c.awsSecret();
    const sfp = c.pw('url');
    f.t(`
# docker compose env for the local airflow stack (loaded by docker-compose.airflow.yml)
AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=false`);
    f.n(`AIRFLOW__CORE__FERNET_KEY=\${FERNET_KEY}`, ['env-ref']);
    f.t(`
# connections (URI form)`);
    f.p(`AIRFLOW_CONN_WAREHOUSE_DB='postgres://etl_loader:${wp}@warehouse.db.internal:5432/warehouse?sslmode=require'`, 'airflow-conn-uri', wp, ['postgres']);
    f.p(`AIRFLOW_CONN_AWS_DEFAULT='aws://${ak}:${encodeURIComponent(as)}@/?region_name=eu-west-1'`, 'aws-secret-access-key', encodeURIComponent(as), ['aws', 'airflow-conn']);
    f.p(`AIRFLOW_CONN_SNOWFLAKE_DEFAULT='{"conn_type": "snowflake", "login": "AIRFLOW_SVC", "password": "${sfp}", "schema": "RAW", "extra": {"account": "corp-analytics", "warehouse": "LOAD_WH", "database": "RAW", "role": "LOADER"}}'`, 'airflow-conn-json', sfp, ['snowflake']);
    f.n(`AIRFLOW_CONN_HTTP_PARTNER_API='https://partner-api.example.com/v2'`, ['no-password']);
    f.n(`AIRFLOW_CONN_SFTP_VENDOR='sftp://vendor_drop@sftp.vendor.example:22/?key_file=%2Fopt%2Fairflow%2Fkeys%2Fvendor_ed25519'`, ['file-ref']);
  }
  {
    const f = c.file('airflow/dags/orders_daily.py', ['python', 'airflow']);
    const hook = c.slackHook();
    f.t(`
"""Daily orders ELT: Postgres -> S3 -> Snowflake."""
from __future__ import annotations

import pendulum
from airflow import DAG
from airflow.hooks.base import BaseHook
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.amazon.aws.transfers.sql_to_s3 import SqlToS3Operator
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator
from airflow.providers.slack.operators.slack_webhook import SlackWebhookOperator

BUCKET = "corp-data-lake-raw"
`);
    f.n(`S3_SSE_KEY_ARN = Variable.get("orders_s3_kms_key_arn")`, ['variable-ref']);
    f.n(`PARTNER_API_TOKEN = Variable.get("partner_api_token", default_var=None)`, ['variable-ref']);
    f.t(`

def _check_source(**_):
    conn = BaseHook.get_connection("warehouse_db")`);
    f.n(`    dsn = f"host={conn.host} port={conn.port} dbname={conn.schema} user={conn.login} password={conn.password}"`, ['runtime-ref']);
    f.t(`    import psycopg2

    with psycopg2.connect(dsn) as pg, pg.cursor() as cur:
        cur.execute("SELECT count(*) FROM orders WHERE created_at::date = current_date - 1")
        (n,) = cur.fetchone()
    if n == 0:
        raise ValueError("no orders for yesterday")


with DAG(
    dag_id="orders_daily",
    schedule="0 3 * * *",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    tags=["orders", "elt"],
) as dag:
    check = PythonOperator(task_id="check_source", python_callable=_check_source)

    extract = SqlToS3Operator(
        task_id="extract_orders",
        sql_conn_id="warehouse_db",
        query="SELECT * FROM orders WHERE created_at::date = '{{ ds }}'",
        s3_bucket=BUCKET,
        s3_key="orders/dt={{ ds }}/orders.parquet",
        file_format="parquet",
        replace=True,
    )

    load = SnowflakeOperator(
        task_id="load_orders",
        snowflake_conn_id="snowflake_default",
        sql="COPY INTO RAW.ORDERS FROM @RAW.LAKE_STAGE/orders/dt={{ ds }}/ FILE_FORMAT=(TYPE=PARQUET)",
    )

    notify = SlackWebhookOperator(
        task_id="notify",
        # TODO move to a connection (DATA-1182)`);
    f.p(`        webhook_token="${hook}",`, 'slack-webhook-url', hook, ['webhook']);
    f.t(`        message="orders_daily finished for {{ ds }}",
    )

    check >> extract >> load >> notify`);
  }
  {
    const f = c.file('airflow/connections/connections.yaml', ['yaml', 'airflow']);
    const a = c.pw('gen'), b = c.pw('gen');
    f.t(`
# imported with: airflow connections import connections.yaml
warehouse_db:
  conn_type: postgres
  host: warehouse.db.internal
  schema: warehouse
  login: etl_loader`);
    f.p(`  password: "${a}"`, 'airflow-conn-password', a, ['postgres']);
    f.t(`  port: 5432
  extra:
    sslmode: require
clickhouse_events:
  conn_type: http
  host: clickhouse.events.internal
  login: airflow`);
    f.p(`  password: '${b}'`, 'airflow-conn-password', b, ['clickhouse']);
    f.t(`  port: 8443
  extra:
    secure: true
gcp_bigquery:
  conn_type: google_cloud_platform
  login: ''`);
    f.n(`  password: ''`, ['empty']);
    f.t(`  extra:`);
    f.n(`    key_path: /opt/airflow/secrets/gcp-etl-sa.json`, ['file-ref']);
    f.t(`    project: corp-analytics
    scope: https://www.googleapis.com/auth/cloud-platform`);
  }

  // ---------- Hadoop / Hive / Spark ----------
  {
    const f = c.file('hadoop/conf/core-site.xml', ['xml', 'hadoop']);
    const ak = c.awsKeyId(), as = c.awsSecret(), az = c.azureKey();
    f.t(`
<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>hdfs://datalake-nn:8020</value>
  </property>
  <property>
    <name>hadoop.tmp.dir</name>
    <value>/data/hadoop/tmp</value>
  </property>

  <!-- S3A: bucket used by the nightly distcp jobs -->
  <property>
    <name>fs.s3a.aws.credentials.provider</name>`);
    f.n(`    <value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value>`, ['class-name']);
    f.t(`  </property>
  <property>
    <name>fs.s3a.access.key</name>`);
    f.p(`    <value>${ak}</value>`, 'aws-access-key-id', ak, ['s3a']);
    f.t(`  </property>
  <property>
    <name>fs.s3a.secret.key</name>`);
    f.p(`    <value>${as}</value>`, 'aws-secret-access-key', as, ['s3a']);
    f.t(`  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.eu-west-1.amazonaws.com</value>
  </property>

  <!-- ABFS for the archive container -->
  <property>
    <name>fs.azure.account.key.corparchive.dfs.core.windows.net</name>`);
    f.p(`    <value>${az}</value>`, 'azure-storage-account-key', az, ['abfs']);
    f.t(`  </property>

  <!-- prefer the credential store for anything new -->
  <property>
    <name>hadoop.security.credential.provider.path</name>`);
    f.n(`    <value>jceks://hdfs@datalake-nn:8020/user/etl/s3.jceks</value>`, ['credential-provider']);
    f.t(`  </property>
  <property>
    <name>fs.s3a.bucket.corp-lake-curated.aws.credentials.provider</name>`);
    f.n(`    <value>com.amazonaws.auth.InstanceProfileCredentialsProvider</value>`, ['class-name']);
    f.t(`  </property>
</configuration>`);
  }
  {
    const f = c.file('hive/conf/hive-site.xml', ['xml', 'hive']);
    const p = c.pw('xml');
    f.t(`
<?xml version="1.0"?>
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>`);
    f.n(`    <value>jdbc:postgresql://metastore-db.data.internal:5432/hive_metastore?sslmode=require</value>`, ['jdbc-no-password']);
    f.t(`  </property>
  <property>
    <name>javax.jdo.option.ConnectionDriverName</name>
    <value>org.postgresql.Driver</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>`);
    f.p(`    <value>${p}</value>`, 'hive-metastore-password', p, ['jdo']);
    f.t(`  </property>
  <property>
    <name>hive.metastore.uris</name>
    <value>thrift://hive-metastore:9083</value>
  </property>
  <property>
    <name>hive.metastore.warehouse.dir</name>
    <value>s3a://corp-lake-curated/warehouse</value>
  </property>
</configuration>`);
  }
  {
    const f = c.file('hive/conf/hive-site.xml.template', ['xml', 'hive', 'template']);
    f.t(`
<?xml version="1.0"?>
<!-- rendered at container start by entrypoint.sh (envsubst) -->
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>`);
    f.n(`    <value>\${env:METASTORE_DB_PASSWORD}</value>`, ['env-ref']);
    f.t(`  </property>
  <property>
    <name>hive.server2.keystore.password</name>`);
    f.n(`    <value>\${HS2_KEYSTORE_PASSWORD}</value>`, ['env-ref']);
    f.t(`  </property>
</configuration>`);
  }
  {
    const f = c.file('spark/conf/spark-defaults.conf', ['spark', 'properties']);
    const ak = c.awsKeyId(), as = c.awsSecret(), auth = c.hex(48);
    f.t(`
# Default system properties included when running spark-submit.
spark.master                              k8s://https://kubernetes.default.svc
spark.submit.deployMode                   cluster
spark.kubernetes.namespace                spark-jobs
spark.eventLog.enabled                    true
spark.eventLog.dir                        s3a://corp-spark-history/events
spark.sql.extensions                      io.delta.sql.DeltaSparkSessionExtension
spark.sql.catalog.spark_catalog           org.apache.spark.sql.delta.catalog.DeltaCatalog
spark.serializer                          org.apache.spark.serializer.KryoSerializer
spark.authenticate                        true`);
    f.n(`spark.authenticate.secret.file            /etc/spark/secrets/auth-secret`, ['file-ref']);
    f.p(`spark.hadoop.fs.s3a.access.key           ${ak}`, 'aws-access-key-id', ak, ['s3a']);
    f.p(`spark.hadoop.fs.s3a.secret.key           ${as}`, 'aws-secret-access-key', as, ['s3a']);
    f.n(`# spark.hadoop.fs.s3a.aws.credentials.provider com.amazonaws.auth.WebIdentityTokenCredentialsProvider`, ['comment']);
    f.n(`spark.kubernetes.driver.secretKeyRef.DB_PASSWORD   warehouse-db:password`, ['secret-ref']);
    f.t(`spark.executor.memory                     8g
spark.executor.cores                      4
spark.dynamicAllocation.enabled           true`);
  }

  // ---------- Kafka ----------
  {
    const f = c.file('kafka/clients/producer.properties', ['properties', 'kafka']);
    const p = c.pw('conn'), ks = c.pw('conn');
    f.t(`
# Producer config for the CDC fan-out service (on-prem cluster)
bootstrap.servers=kafka-0.kafka.data:9093,kafka-1.kafka.data:9093,kafka-2.kafka.data:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512`);
    f.p(`sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="cdc-fanout" password="${p}";`, 'kafka-sasl-password', p, ['jaas']);
    f.t(`ssl.truststore.location=/etc/kafka/secrets/kafka.truststore.jks`);
    f.n(`ssl.truststore.password=changeit`, ['default-placeholder']);
    f.t(`ssl.keystore.location=/etc/kafka/secrets/cdc-fanout.keystore.jks`);
    f.n(`ssl.keystore.password=\${file:/etc/kafka/secrets/cdc-fanout.creds:keystore_password}`, ['config-provider-ref']);
    f.t(`acks=all
enable.idempotence=true
compression.type=zstd
linger.ms=20`);
  }
  {
    const f = c.file('kafka/clients/confluent-cloud.properties', ['properties', 'kafka', 'confluent']);
    const key = c.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), sec = c.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64);
    const srKey = c.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), srSec = c.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64);
    f.t(`
# Confluent Cloud - lkc-${c.str('abcdefghijklmnopqrstuvwxyz0123456789', 5)} (eu-west-1)
bootstrap.servers=pkc-${c.str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.mechanism=PLAIN`);
    f.p(`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${key}' password='${sec}';`, 'confluent-api-secret', sec, ['jaas']);
    f.t(`client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000

# Schema Registry
schema.registry.url=https://psrc-${c.str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.eu-central-1.aws.confluent.cloud
basic.auth.credentials.source=USER_INFO`);
    f.n(`basic.auth.user.info=\${SCHEMA_REGISTRY_API_KEY}:\${SCHEMA_REGISTRY_API_SECRET}`, ['env-ref']);
  }
  {
    const f = c.file('kafka/connect/worker.properties', ['properties', 'kafka', 'connect']);
    f.t(`
bootstrap.servers=kafka-0.kafka.data:9093
group.id=connect-cdc
config.providers=file,vault
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
config.providers.vault.class=io.confluent.csid.config.provider.vault.VaultConfigProvider
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512`);
    f.n(`sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="connect" password="\${file:/etc/kafka/secrets/connect.properties:sasl_password}";`, ['config-provider-ref']);
    f.n(`ssl.keystore.password=\${vault:secret/data/kafka/connect:keystore_password}`, ['vault-ref']);
  }
  {
    const f = c.file('kafka/connect/connectors/orders-cdc.json', ['json', 'kafka', 'debezium']);
    const p = c.pw('gen');
    f.t(`
{
  "name": "orders-cdc",
  "config": {
    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
    "plugin.name": "pgoutput",
    "database.hostname": "orders-db.db.internal",
    "database.port": "5432",
    "database.user": "debezium",`);
    f.p(`    "database.password": "${p}",`, 'debezium-db-password', p, ['connector']);
    f.t(`    "database.dbname": "orders",
    "topic.prefix": "cdc.orders",
    "table.include.list": "public.orders,public.order_lines,public.customers",
    "slot.name": "debezium_orders",
    "publication.autocreate.mode": "filtered",
    "heartbeat.interval.ms": "10000"
  }
}`);
  }
  {
    const f = c.file('kafka/connect/connectors/customers-cdc.json', ['json', 'kafka', 'debezium']);
    f.t(`
{
  "name": "customers-cdc",
  "config": {
    "connector.class": "io.debezium.connector.mysql.MySqlConnector",
    "database.hostname": "crm-db.db.internal",
    "database.port": "3306",
    "database.user": "debezium",`);
    f.n(`    "database.password": "\${file:/opt/kafka/external-configuration/crm-credentials/creds.properties:password}",`, ['config-provider-ref']);
    f.t(`    "database.server.id": "184054",
    "topic.prefix": "cdc.crm",
    "schema.history.internal.kafka.bootstrap.servers": "kafka-0.kafka.data:9093",
    "schema.history.internal.kafka.topic": "schema-changes.crm"
  }
}`);
  }

  // ---------- RabbitMQ ----------
  {
    const f = c.file('rabbitmq/rabbitmq.conf', ['rabbitmq', 'ini']);
    const p = c.pw('ini');
    f.t(`
## RabbitMQ node config for the ingestion broker
listeners.tcp.default = 5672
management.tcp.port = 15672
loopback_users.guest = true`);
    f.n(`default_user = guest`, ['default-creds']);
    f.n(`default_pass = guest`, ['default-creds']);
    f.t(`## ^ overridden on prod nodes by conf.d/10-defaults.conf
vm_memory_high_watermark.relative = 0.6
disk_free_limit.absolute = 5GB
cluster_formation.peer_discovery_backend = rabbit_peer_discovery_k8s`);
    const g = c.file('rabbitmq/conf.d/10-defaults.conf', ['rabbitmq', 'ini']);
    g.t(`default_vhost = ingest
default_user = ingest_admin`);
    g.p(`default_pass = ${p}`, 'rabbitmq-default-password', p, ['broker']);
    g.t(`default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*`);
  }
  {
    const f = c.file('rabbitmq/definitions.json', ['json', 'rabbitmq']);
    f.t(`
{
  "rabbit_version": "3.12.10",
  "users": [
    {
      "name": "ingest_worker",`);
    f.n(`      "password_hash": "${c.b64(36)}",`, ['password-hash']);
    f.t(`      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    },
    {
      "name": "monitoring",`);
    f.n(`      "password_hash": "${c.b64(36)}",`, ['password-hash']);
    f.t(`      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["monitoring"]
    }
  ],
  "vhosts": [{ "name": "ingest" }],
  "permissions": [
    { "user": "ingest_worker", "vhost": "ingest", "configure": "", "write": "^ingest\\\\..*", "read": "^ingest\\\\..*" }
  ]
}`);
  }

  // ---------- NATS ----------
  {
    const f = c.file('nats/nats-server.conf', ['nats', 'conf']);
    const p = c.pw('shell');
    f.t(`
# NATS server for the telemetry pipeline
port: 4222
http_port: 8222
server_name: telemetry-nats-0

jetstream {
  store_dir: /data/jetstream
  max_memory_store: 1G
  max_file_store: 50G
}

authorization {
  users = [`);
    f.p(`    { user: "telemetry_ingest", password: "${p}" }`, 'nats-user-password', p, ['plaintext']);
    f.n(`    { user: "telemetry_reader", password: "${c.bcrypt(11).replace('$2b$', '$2a$')}" }`, ['bcrypt-hash']);
    f.n(`    { user: "dashboards", password: $DASHBOARDS_NATS_PASSWORD }`, ['env-ref']);
    f.t(`  ]
}

accounts {
  DEVICES {
    users = [`);
    f.n(`      { nkey: ${c.natsPub()} }`, ['nkey-public']);
    f.t(`    ]
  }
}`);
  }
  {
    const f = c.file('nats/keys/telemetry-ingest.nk', ['nats', 'nkey']);
    const s = c.natsSeed();
    f.p(s, 'nats-nkey-seed', s, ['seed']);
  }

  // ---------- Redis ----------
  {
    const f = c.file('redis/redis.conf', ['redis', 'conf']);
    const rp = c.pwAlnum(32), ma = c.pwAlnum(32);
    f.t(`
# Redis 7 config for the feature-store cache
bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised no
loglevel notice

################################## SECURITY ###################################
# Require clients to issue AUTH <PASSWORD> before processing any other commands.
#`);
    f.n(`# requirepass foobared`, ['doc-example']);
    f.p(`requirepass ${rp}`, 'redis-requirepass', rp, ['requirepass']);
    f.t(`aclfile /etc/redis/users.acl

################################# REPLICATION #################################
# replicaof <masterip> <masterport>`);
    f.n(`# masterauth <master-password>`, ['placeholder']);
    f.p(`masterauth ${ma}`, 'redis-masterauth', ma, ['replication']);
    f.t(`
maxmemory 6gb
maxmemory-policy allkeys-lru
appendonly yes`);
  }
  {
    const f = c.file('redis/users.acl', ['redis', 'acl']);
    const p = c.pw('shell');
    f.n(`user default off`, ['acl']);
    f.n(`user feature_reader on #${c.hex(64)} ~features:* &* -@all +@read +ping`, ['sha256-hash']);
    f.p(`user feature_writer on >${p} ~features:* &* -@all +@write +@read +ping`, 'redis-acl-password', p, ['acl']);
    f.n(`user exporter on #${c.hex(64)} ~* &* -@all +info +ping +config|get +client|list`, ['sha256-hash']);
  }

  // ---------- ClickHouse ----------
  {
    const f = c.file('clickhouse/users.d/users.xml', ['xml', 'clickhouse']);
    const p = c.pw('xml');
    f.t(`
<clickhouse>
  <users>
    <default>`);
    f.n(`      <password></password>`, ['empty']);
    f.t(`      <networks><ip>::1</ip><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
    <ingest>`);
    f.p(`      <password>${p}</password>`, 'clickhouse-user-password', p, ['plaintext']);
    f.t(`      <networks><ip>10.0.0.0/8</ip></networks>
      <profile>ingest</profile>
      <quota>default</quota>
    </ingest>
    <grafana>`);
    f.n(`      <password_sha256_hex>${c.hex(64)}</password_sha256_hex>`, ['sha256-hash']);
    f.t(`      <networks><ip>10.0.0.0/8</ip></networks>
      <profile>readonly</profile>
      <quota>default</quota>
    </grafana>
    <mysql_compat>`);
    f.n(`      <password_double_sha1_hex>${c.hex(40)}</password_double_sha1_hex>`, ['sha1-hash']);
    f.t(`      <profile>readonly</profile>
    </mysql_compat>
  </users>
</clickhouse>`);
  }
  {
    const f = c.file('clickhouse/client/config.xml', ['xml', 'clickhouse']);
    const p = c.pw('xml');
    f.t(`
<config>
  <host>clickhouse.events.internal</host>
  <port>9440</port>
  <secure>true</secure>
  <user>analyst_batch</user>`);
    f.p(`  <password>${p}</password>`, 'clickhouse-client-password', p, ['client']);
    f.t(`  <openSSL>
    <client>
      <caConfig>/etc/ssl/certs/corp-ca.pem</caConfig>
    </client>
  </openSSL>
</config>`);
  }

  // ---------- Trino ----------
  {
    const f = c.file('trino/etc/catalog/warehouse.properties', ['properties', 'trino']);
    const p = c.pw('ini');
    f.t(`
connector.name=postgresql
connection-url=jdbc:postgresql://warehouse.db.internal:5432/warehouse
connection-user=trino_ro`);
    f.p(`connection-password=${p}`, 'trino-catalog-password', p, ['catalog']);
    f.t(`case-insensitive-name-matching=true`);
    const g = c.file('trino/etc/catalog/crm.properties', ['properties', 'trino']);
    g.t(`connector.name=mysql
connection-url=jdbc:mysql://crm-db.db.internal:3306
connection-user=trino_ro`);
    g.n(`connection-password=\${ENV:CRM_DB_PASSWORD}`, ['env-ref']);
  }

  // ---------- Cassandra ----------
  {
    const f = c.file('cassandra/cqlshrc', ['ini', 'cassandra']);
    const p = c.pw('ini');
    f.t(`
; ~/.cassandra/cqlshrc for the ops jump host
[authentication]
username = ops_cql`);
    f.p(`password = ${p}`, 'cassandra-password', p, ['cqlshrc']);
    f.t(`
[connection]
hostname = cassandra-seed-0.cassandra.data
port = 9042
ssl = true

[ssl]
certfile = /etc/cassandra/certs/ca.pem
validate = true`);
  }

  // ---------- Liquibase / Flyway ----------
  {
    const f = c.file('db/liquibase/liquibase.properties', ['properties', 'liquibase']);
    const p = c.pw('ini');
    f.t(`
changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://inventory-db.db.internal:5432/inventory
username=liquibase`);
    f.p(`password=${p}`, 'liquibase-password', p, ['properties']);
    f.t(`driver=org.postgresql.Driver
liquibase.hub.mode=off`);
  }
  {
    const f = c.file('db/liquibase/liquibase.properties.example', ['properties', 'liquibase', 'example']);
    f.t(`changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://localhost:5432/inventory
username=liquibase`);
    f.n(`password=<password>`, ['placeholder']);
  }
  {
    const f = c.file('db/liquibase/databasechangelog-export.csv', ['csv', 'liquibase']);
    f.t(`ID,AUTHOR,FILENAME,DATEEXECUTED,ORDEREXECUTED,EXECTYPE,MD5SUM,DESCRIPTION,LIQUIBASE,DEPLOYMENT_ID`);
    const ids = ['create-inventory-tables', 'add-sku-index', 'add-warehouse-fk', 'seed-uom'];
    ids.forEach((id, i) => {
      f.n(`${id},jdoe,db/changelog/changes/00${i + 1}.yaml,2024-0${i + 2}-1${i} 09:1${i}:07,${i + 1},EXECUTED,9:${c.hex(32)},createTable,4.25.1,${c.str('0123456789', 10)}`, ['checksum']);
    });
  }
  {
    const f = c.file('db/flyway/conf/flyway.conf', ['properties', 'flyway']);
    const p = c.pw('ini');
    f.t(`
# Flyway config for the shared dev database
flyway.url=jdbc:postgresql://dev-db.db.internal:5432/payments
flyway.user=flyway_dev`);
    f.p(`flyway.password=${p}`, 'flyway-password', p, ['conf']);
    f.t(`flyway.schemas=payments
flyway.locations=filesystem:sql/migrations
flyway.baselineOnMigrate=true`);
  }
  {
    const f = c.file('db/flyway/conf/flyway-ci.conf', ['properties', 'flyway']);
    f.t(`flyway.url=jdbc:postgresql://\${env.CI_DB_HOST}:5432/payments`);
    f.n(`flyway.user=\${env.FLYWAY_USER}`, ['env-ref']);
    f.n(`flyway.password=\${env.FLYWAY_PASSWORD}`, ['env-ref']);
    f.t(`flyway.schemas=payments
flyway.cleanDisabled=true`);
  }
  {
    const f = c.file('db/flyway/flyway_schema_history.csv', ['csv', 'flyway']);
    f.t(`installed_rank,version,description,type,script,checksum,installed_by,installed_on,execution_time,success`);
    ['create payments', 'add refunds', 'ledger partitions'].forEach((d, i) => {
      f.n(`${i + 1},${i + 1},${d},SQL,V${i + 1}__${d.replace(/ /g, '_')}.sql,${c.chance(0.5) ? '-' : ''}${c.int(100000000, 2147483647)},flyway_dev,2024-03-0${i + 1} 10:22:1${i}.${c.int(100, 999)},${c.int(20, 900)},t`, ['checksum']);
    });
  }
}
