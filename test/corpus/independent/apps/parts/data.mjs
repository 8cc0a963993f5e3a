// Data / ML: notebook script, Airflow DAG + airflow.cfg, dbt profiles, Spark defaults,
// pip requirements with a private index, HF/MLflow upload script, Kaggle/W&B setup, Databricks CLI.
import { file, S, N, neg, G, R, PW, A } from './lib.mjs';

export default function data() {
  const out = [];

  // ------------------------------------------------------------ Jupyter-style notebook
  out.push(file('notebooks/churn_exploration.py')`
    # ---
    # jupyter:
    #   jupytext:
    #     text_representation:
    #       extension: .py
    #       format_name: percent
    #       format_version: '1.3'
    #       jupytext_version: 1.16.1
    #   kernelspec:
    #     display_name: Python 3 (ipykernel)
    #     language: python
    #     name: python3
    # ---

    # %% [markdown]
    # # Churn exploration - Q3 cohort
    # Pulls subscription events from the warehouse replica, geocodes store
    # addresses and logs a baseline model to Weights & Biases.

    # %%
    import os
    from getpass import getpass

    import googlemaps
    import numpy as np
    import pandas as pd
    import wandb
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import train_test_split
    from sqlalchemy import create_engine

    # %%
    os.environ["WANDB_API_KEY"] = "${S(G.hex(40), 'wandb-api-key')}"
    WANDB_PROJECT = "churn-q3"
    gmaps = googlemaps.Client(key="${S(G.googleKey(), 'google-api-key')}")

    # %%
    # read-only replica
    WAREHOUSE_URL = "${S(`postgresql://analyst_ro:${PW.random(16, PW.URL)}@dw-replica.internal:5432/analytics`, 'db-password')}"
    engine = create_engine(WAREHOUSE_URL)

    # prod primary needs personal credentials
    prod_password = getpass("Prod warehouse password: ")${neg('password-prompt')}

    # %%
    events = pd.read_sql(
        """
        select customer_id, plan, event_type, event_ts, store_id
        from subscriptions.events
        where event_ts >= date '2024-07-01'
        """,
        engine,
    )
    stores = pd.read_sql("select store_id, address from core.stores", engine)
    events.head()

    # %%
    # snapshot of the extract used in the deck; verify before re-running
    EXTRACT_SHA256 = "${N(G.sha256(), 'checksum')}"
    events.to_parquet("data/events_q3.parquet")

    # %%
    def geocode(address: str):
        res = gmaps.geocode(address, region="nl")
        if not res:
            return np.nan, np.nan
        loc = res[0]["geometry"]["location"]
        return loc["lat"], loc["lng"]

    stores[["lat", "lng"]] = stores["address"].apply(lambda a: pd.Series(geocode(a)))

    # %%
    features = (
        events.pivot_table(index="customer_id", columns="event_type", values="event_ts", aggfunc="count")
        .fillna(0)
        .join(events.groupby("customer_id")["plan"].last().astype("category").cat.codes.rename("plan_code"))
    )
    labels = events.groupby("customer_id")["event_type"].apply(lambda s: int("cancel" in set(s)))
    X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.2, random_state=7)

    # %%
    run = wandb.init(project=WANDB_PROJECT, config={"model": "gbc", "n_estimators": 300, "max_depth": 3})
    clf = GradientBoostingClassifier(n_estimators=300, max_depth=3).fit(X_train, y_train)
    auc = roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1])
    wandb.log({"test_auc": auc})
    run.finish()
    print(f"AUC: {auc:.3f}")
  `);

  // ------------------------------------------------------------ Airflow DAG
  out.push(file('airflow/dags/daily_sales_etl.py')`
    """Daily sales ETL: pulls orders from the POS API, geocodes new stores, loads the warehouse."""
    from __future__ import annotations

    import json
    from datetime import datetime, timedelta

    import requests
    from airflow import DAG
    from airflow.hooks.base import BaseHook
    from airflow.models import Variable
    from airflow.operators.python import PythonOperator
    from airflow.providers.amazon.aws.hooks.s3 import S3Hook
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    SLACK_WEBHOOK_URL = "${S(G.slackWebhook(), 'slack-webhook')}"
    GEOCODING_API_KEY = "${S(G.googleKey(), 'google-api-key')}"
    WAREHOUSE_CONN_ID = "warehouse_postgres"
    RAW_BUCKET = "acme-raw-sales"


    def _sales_api_token() -> str:
        return Variable.get("sales_api_token")${neg('airflow-variable-ref')}


    def _notify_failure(context):
        ti = context["task_instance"]
        text = f":red_circle: {ti.dag_id}.{ti.task_id} failed for {context['ds']} (<{ti.log_url}|logs>)"
        requests.post(SLACK_WEBHOOK_URL, json={"text": text}, timeout=10)


    default_args = {
        "owner": "data-platform",
        "retries": 2,
        "retry_delay": timedelta(minutes=10),
        "on_failure_callback": _notify_failure,
    }


    def extract_orders(ds: str, **_):
        conn = BaseHook.get_connection("pos_api")${neg('connection-ref')}
        resp = requests.get(
            f"https://{conn.host}/v1/orders",
            params={"date": ds, "page_size": 1000},
            headers={"Authorization": f"Bearer {_sales_api_token()}"},
            timeout=60,
        )
        resp.raise_for_status()
        S3Hook(aws_conn_id="aws_default").load_string(
            json.dumps(resp.json()["orders"]), key=f"orders/{ds}.json", bucket_name=RAW_BUCKET, replace=True
        )


    def geocode_new_stores(**_):
        hook = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID)
        rows = hook.get_records("select store_id, address from core.stores where lat is null")
        for store_id, address in rows:
            r = requests.get(
                "https://maps.googleapis.com/maps/api/geocode/json",
                params={"address": address, "key": GEOCODING_API_KEY},
                timeout=20,
            ).json()
            if r.get("results"):
                loc = r["results"][0]["geometry"]["location"]
                hook.run(
                    "update core.stores set lat = %s, lng = %s where store_id = %s",
                    parameters=(loc["lat"], loc["lng"], store_id),
                )


    def load_orders(ds: str, **_):
        hook = PostgresHook(postgres_conn_id=WAREHOUSE_CONN_ID)
        hook.run("call staging.load_orders_from_s3(%s)", parameters=(f"s3://{RAW_BUCKET}/orders/{ds}.json",))


    with DAG(
        dag_id="daily_sales_etl",
        start_date=datetime(2024, 1, 1),
        schedule="0 3 * * *",
        catchup=False,
        default_args=default_args,
        tags=["sales", "warehouse"],
    ) as dag:
        extract = PythonOperator(task_id="extract_orders", python_callable=extract_orders)
        geocode = PythonOperator(task_id="geocode_new_stores", python_callable=geocode_new_stores)
        load = PythonOperator(task_id="load_orders", python_callable=load_orders)

        extract >> load
        geocode >> load
  `);

  // ------------------------------------------------------------ airflow.cfg
  out.push(file('airflow/airflow.cfg')`
    [core]
    # The folder where your airflow pipelines live, most likely a
    # subfolder in a code repository. This path must be absolute.
    dags_folder = /opt/airflow/dags
    hostname_callable = airflow.utils.net.getfqdn
    default_timezone = utc
    executor = CeleryExecutor
    parallelism = 32
    max_active_tasks_per_dag = 16
    dags_are_paused_at_creation = True
    max_active_runs_per_dag = 16
    load_examples = False
    plugins_folder = /opt/airflow/plugins
    # Secret key to save connection passwords in the db
    fernet_key = ${S(G.fernet(), 'airflow-fernet-key')}
    donot_pickle = True
    dagbag_import_timeout = 30.0
    default_task_retries = 1
    min_serialized_dag_update_interval = 30

    [database]
    # The SqlAlchemy connection string to the metadata database.
    sql_alchemy_conn = ${S(`postgresql+psycopg2://airflow:${PW.random(20, PW.URL)}@pg-airflow.internal:5432/airflow`, 'db-password')}
    sql_alchemy_pool_enabled = True
    sql_alchemy_pool_size = 5
    sql_alchemy_max_overflow = 10
    sql_alchemy_pool_recycle = 1800
    load_default_connections = False

    [logging]
    base_log_folder = /opt/airflow/logs
    remote_logging = True
    remote_log_conn_id = aws_default
    remote_base_log_folder = s3://acme-airflow-logs/prod
    encrypt_s3_logs = False
    logging_level = INFO
    fab_logging_level = WARNING

    [metrics]
    statsd_on = True
    statsd_host = statsd-exporter.monitoring
    statsd_port = 9125
    statsd_prefix = airflow

    [secrets]
    backend = airflow.providers.hashicorp.secrets.vault.VaultBackend
    backend_kwargs = {"connections_path": "airflow/connections", "variables_path": "airflow/variables", "url": "https://vault.internal:8200", "auth_type": "kubernetes", "kubernetes_role": "airflow"}

    [api]
    auth_backends = airflow.api.auth.backend.session

    [webserver]
    base_url = https://airflow.acme-data.internal
    default_ui_timezone = Europe/Amsterdam
    web_server_host = 0.0.0.0
    web_server_port = 8080
    # Secret key used to run your flask app. It should be as random as possible.
    secret_key = ${S(G.flaskSecret(), 'flask-secret-key')}
    workers = 4
    worker_class = sync
    expose_config = False
    authenticate = True
    rbac = True
    navbar_color = #1d6f42

    [email]
    email_backend = airflow.utils.email.send_email_smtp
    email_conn_id = smtp_default
    default_email_on_retry = False
    default_email_on_failure = True

    [smtp]
    smtp_host = smtp.sendgrid.net
    smtp_starttls = True
    smtp_ssl = False
    smtp_user = apikey
    smtp_password = ${neg('empty-value')}
    smtp_port = 587
    smtp_mail_from = airflow@acme-data.io

    [celery]
    celery_app_name = airflow.providers.celery.executors.celery_executor
    worker_concurrency = 16
    broker_url = redis://redis-airflow.internal:6379/0
    flower_host = 0.0.0.0
    flower_port = 5555
    flower_basic_auth = ${neg('empty-value')}
    operation_timeout = 1.0

    [scheduler]
    job_heartbeat_sec = 5
    scheduler_heartbeat_sec = 5
    min_file_process_interval = 30
    dag_dir_list_interval = 300
    parsing_processes = 4
    catchup_by_default = False
  `);

  // ------------------------------------------------------------ dbt profiles.yml
  out.push(file('dbt/profiles.yml')`
    # ~/.dbt/profiles.yml on the shared transform VM
    analytics:
      target: dev
      outputs:
        dev:
          type: snowflake
          account: xy12345.eu-central-1
          user: "{{ env_var('DBT_USER') }}"
          password: "{{ env_var('DBT_PASSWORD') }}"${neg('template-env-ref')}
          role: TRANSFORMER
          database: ANALYTICS_DEV
          warehouse: TRANSFORMING
          schema: "dbt_{{ env_var('DBT_USER') | lower }}"
          threads: 8
          client_session_keep_alive: false

        prod:
          type: snowflake
          account: xy12345.eu-central-1
          user: DBT_PROD
          password: "${S(PW.any(), 'snowflake-password')}"
          role: TRANSFORMER
          database: ANALYTICS
          warehouse: TRANSFORMING_L
          schema: marts
          threads: 16
          query_tag: dbt-prod

        ci:
          type: snowflake
          account: xy12345.eu-central-1
          user: DBT_CI
          private_key_path: ${N('/secrets/dbt_ci_rsa_key.p8', 'file-path-ref')}
          private_key_passphrase: "${S(PW.words(), 'private-key-passphrase')}"
          role: TRANSFORMER_CI
          database: ANALYTICS_CI
          warehouse: TRANSFORMING
          schema: "ci_{{ env_var('CI_PIPELINE_ID', 'local') }}"
          threads: 8

    marketing_bq:
      target: prod
      outputs:
        prod:
          type: bigquery
          method: service-account
          project: acme-marketing-prod
          dataset: marts
          keyfile: ${N('/secrets/bq-dbt-sa.json', 'file-path-ref')}
          threads: 4
          location: EU
          priority: interactive
          job_execution_timeout_seconds: 600
        dev:
          type: bigquery
          method: oauth
          project: acme-marketing-dev
          dataset: "dbt_{{ env_var('USER') }}"
          threads: 4
          location: EU
  `);

  // ------------------------------------------------------------ spark-defaults.conf
  out.push(file('spark/conf/spark-defaults.conf')`
    # Default system properties included when running spark-submit.
    # This is useful for setting default environmental settings.

    spark.master                                     yarn
    spark.submit.deployMode                          cluster
    spark.driver.memory                              4g
    spark.executor.memory                            8g
    spark.executor.cores                             4
    spark.dynamicAllocation.enabled                  true
    spark.dynamicAllocation.maxExecutors             40
    spark.serializer                                 org.apache.spark.serializer.KryoSerializer
    spark.sql.adaptive.enabled                       true
    spark.sql.shuffle.partitions                     400
    spark.sql.sources.partitionOverwriteMode         dynamic

    spark.eventLog.enabled                           true
    spark.eventLog.dir                               s3a://acme-spark-logs/events/
    spark.history.fs.logDirectory                    s3a://acme-spark-logs/events/

    # S3 access for the data lake (service user: spark-emr-lake)
    spark.hadoop.fs.s3a.impl                         org.apache.hadoop.fs.s3a.S3AFileSystem
    spark.hadoop.fs.s3a.aws.credentials.provider     org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider
    spark.hadoop.fs.s3a.access.key                   ${S(G.awsKeyId(), 'aws-access-key-id')}
    spark.hadoop.fs.s3a.secret.key                   ${S(G.awsSecret(), 'aws-secret-access-key')}
    spark.hadoop.fs.s3a.endpoint                     s3.eu-west-1.amazonaws.com
    spark.hadoop.fs.s3a.fast.upload                  true
    spark.hadoop.fs.s3a.connection.maximum           200

    # GCS connector for the marketing exports
    spark.hadoop.google.cloud.auth.service.account.enable     true
    spark.hadoop.google.cloud.auth.service.account.json.keyfile  ${N('/etc/spark/secrets/gcs-export-sa.json', 'file-path-ref')}

    # TLS for the UI and RPC
    spark.ssl.enabled                                true
    spark.ssl.keyStore                               /etc/spark/ssl/keystore.jks
    spark.ssl.keyStorePassword                       \${env:SPARK_KEYSTORE_PASSWORD}${neg('env-ref')}
    spark.ssl.trustStore                             /etc/spark/ssl/truststore.jks

    # Iceberg catalog
    spark.sql.extensions                             org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions
    spark.sql.catalog.lake                           org.apache.iceberg.spark.SparkCatalog
    spark.sql.catalog.lake.catalog-impl              org.apache.iceberg.aws.glue.GlueCatalog
    spark.sql.catalog.lake.warehouse                 s3a://acme-lake/warehouse
    spark.jars.packages                              org.apache.iceberg:iceberg-spark-runtime-3.5_2.12:1.5.0,org.apache.hadoop:hadoop-aws:3.3.4
  `);

  // ------------------------------------------------------------ requirements.txt
  const reqs = [
    ['numpy==1.26.4', 2], ['pandas==2.2.1', 2], ['scikit-learn==1.4.1.post1', 1],
    ['torch==2.2.1', 1], ['transformers==4.38.2', 1], ['mlflow==2.11.1', 1],
  ];
  out.push(buildRequirements(reqs));

  // ------------------------------------------------------------ push_to_hub.py
  out.push(file('ml/scripts/push_to_hub.py')`
    #!/usr/bin/env python
    """Push a fine-tuned checkpoint to the Hugging Face Hub and register it in MLflow."""
    import argparse
    import os
    from pathlib import Path

    import mlflow
    import wandb
    from huggingface_hub import HfApi, create_repo

    HF_WRITE_TOKEN = "${S(G.hf(), 'huggingface-token')}"
    HF_ORG = "acme-ml"
    BASE_MODEL = "distilbert/distilbert-base-uncased"
    BASE_MODEL_REVISION = "${N(G.gitSha(), 'git-sha')}"

    MLFLOW_TRACKING_URI = "https://mlflow.acme-ml.io"
    os.environ["MLFLOW_TRACKING_USERNAME"] = "svc-training"
    os.environ["MLFLOW_TRACKING_PASSWORD"] = "${S(PW.random(20), 'mlflow-password')}"


    def parse_args() -> argparse.Namespace:
        p = argparse.ArgumentParser()
        p.add_argument("checkpoint", type=Path)
        p.add_argument("--repo-name", required=True)
        p.add_argument("--private", action="store_true")
        p.add_argument("--wandb-run", help="W&B run path to link, e.g. acme/sentiment/abc123")
        return p.parse_args()


    def main() -> None:
        args = parse_args()
        api = HfApi(token=HF_WRITE_TOKEN)
        repo_id = f"{HF_ORG}/{args.repo_name}"
        create_repo(repo_id, private=args.private, exist_ok=True, token=HF_WRITE_TOKEN)
        commit = api.upload_folder(folder_path=str(args.checkpoint), repo_id=repo_id, commit_message="Upload checkpoint")

        mlflow.set_tracking_uri(MLFLOW_TRACKING_URI)
        with mlflow.start_run(run_name=f"publish-{args.repo_name}"):
            mlflow.log_params({"base_model": BASE_MODEL, "base_revision": BASE_MODEL_REVISION, "hub_repo": repo_id})
            mlflow.set_tag("hub_commit", commit.oid)

        if args.wandb_run:
            wandb.login(key=os.environ["WANDB_API_KEY"])${neg('env-ref')}
            run = wandb.Api().run(args.wandb_run)
            run.summary["hub_repo"] = repo_id
            run.summary.update()

        print(f"Pushed {args.checkpoint} -> https://huggingface.co/{repo_id}")


    if __name__ == "__main__":
        main()
  `);

  // ------------------------------------------------------------ setup_training_vm.sh (Kaggle + W&B)
  out.push(file('ml/setup_training_vm.sh')`
    #!/usr/bin/env bash
    # One-shot setup for a fresh training VM (or a Colab runtime via !bash).
    set -euo pipefail

    echo "==> System packages"
    sudo apt-get update -qq
    sudo apt-get install -y -qq unzip git-lfs htop > /dev/null

    echo "==> Python deps"
    python -m pip install -q -r requirements.txt

    echo "==> Kaggle credentials"
    mkdir -p ~/.kaggle
    cat > ~/.kaggle/kaggle.json <<'EOF'
    {"username":"mvandijk","key":"${S(G.hex(32), 'kaggle-api-key')}"}
    EOF
    chmod 600 ~/.kaggle/kaggle.json

    echo "==> Weights & Biases"
    cat >> ~/.netrc <<'EOF'
    machine api.wandb.ai
      login user
      password ${S(G.hex(40), 'wandb-api-key')}
    EOF
    chmod 600 ~/.netrc

    echo "==> Hugging Face"
    huggingface-cli login --token "\${HF_TOKEN:?export HF_TOKEN first}"${neg('env-ref')}

    echo "==> Data"
    mkdir -p data
    kaggle competitions download -c store-sales-time-series-forecasting -p data/
    echo "${N(G.sha256(), 'checksum')}  data/store-sales-time-series-forecasting.zip" | sha256sum -c -
    unzip -o -q data/store-sales-time-series-forecasting.zip -d data/store-sales

    echo "==> Done. GPU:"
    nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
  `);

  // ------------------------------------------------------------ .databrickscfg
  out.push(file('databricks/.databrickscfg')`
    ; Databricks CLI / SDK profiles
    ; docs: https://docs.databricks.com/en/dev-tools/auth/config-profiles.html

    [DEFAULT]
    host  = https://adb-${G.num(16)}.${R.int(1, 19)}.azuredatabricks.net
    token = ${S(G.databricks(), 'databricks-token')}

    [staging]
    host  = https://adb-${G.num(16)}.${R.int(1, 19)}.azuredatabricks.net
    token = ${N('<personal-access-token>', 'placeholder')}

    ; interactive login (OAuth U2M), nothing stored here
    [prod]
    host      = https://acme-prod.cloud.databricks.com
    auth_type = databricks-cli

    ; service principal used by the nightly jobs deployer
    [prod-sp]
    host          = https://acme-prod.cloud.databricks.com
    client_id     = ${N(G.uuid(), 'oauth-client-id')}
    client_secret = ${S(G.databricksOAuthSecret(), 'databricks-oauth-secret')}

    [account]
    host       = https://accounts.cloud.databricks.com
    account_id = ${N(G.uuid(), 'uuid')}
    auth_type  = databricks-cli
  `);

  return out;
}

// requirements.txt with --hash lines labelled as checksum negatives.
function buildRequirements(reqs) {
  const parts = [];
  const vals = [];
  let cur = `
    # Training + serving dependencies (pip-compile --generate-hashes).
    # Internal packages come from the GitLab package registry of the ml-platform group.
    --index-url https://pypi.org/simple
    --extra-index-url `;
  parts.push(cur);
  vals.push(S(`https://__token__:${G.glpat()}@gitlab.acme-ml.io/api/v4/groups/118/-/packages/pypi/simple`, 'gitlab-token'));
  cur = '\n\n';
  for (const [pkg, n] of reqs) {
    cur += `    ${pkg} \\\n`;
    for (let i = 0; i < n; i++) {
      cur += '        --hash=sha256:';
      parts.push(cur);
      vals.push(N(G.sha256(), 'checksum'));
      cur = i === n - 1 ? '\n' : ' \\\n';
    }
  }
  cur += `    acme-feature-store @ git+https://gitlab.acme-ml.io/ml-platform/feature-store.git@`;
  parts.push(cur);
  vals.push(N(G.gitSha(), 'git-sha'));
  cur = `
    acme-tokenizers==0.9.2
    # via -r requirements.in
    sentencepiece==0.2.0
    evaluate==0.4.1
    wandb==0.16.4
    huggingface-hub==0.21.4
  `;
  parts.push(cur);
  const strings = parts.slice();
  strings.raw = parts.slice();
  return file('ml/requirements.txt')(strings, ...vals);
}
