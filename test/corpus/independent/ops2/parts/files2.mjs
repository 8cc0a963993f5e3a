import { F } from './lib.mjs';

export function files2(g) {
  const out = [];
  const host = () => g.pick(['10.20.', '10.40.', '172.16.']) + g.int(0, 30) + '.' + g.int(2, 250);

  // ---------- Prometheus ----------
  {
    const f = new F('prometheus/prometheus.yml');
    const bpw = g.pwSafe(), bt = g.b64url(48), rw = g.alnum(40);
    f.t(`global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    cluster: prod-eu1

alerting:
  alertmanagers:
    - static_configs:
        - targets: ['alertmanager:9093']

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node1:9100', 'node2:9100', 'node3:9100']

  - job_name: rabbitmq
    metrics_path: /metrics
    basic_auth:
      username: prometheus`);
    f.p(`      password: ${bpw}`, bpw, 'password', ['prometheus', 'yaml']);
    f.t(`    static_configs:
      - targets: ['rabbit1:15692']

  - job_name: haproxy
    basic_auth:
      username: prometheus`);
    f.n('      password_file: /etc/prometheus/secrets/haproxy_password', ['path']);
    f.t(`    static_configs:
      - targets: ['lb1:8404']

  - job_name: kubernetes-apiserver
    scheme: https
    tls_config:
      ca_file: /etc/prometheus/k8s-ca.crt`);
    f.p(`    bearer_token: ${bt}`, bt, 'bearer-token', ['prometheus']);
    f.t(`    static_configs:
      - targets: ['k8s-api.internal:6443']

  - job_name: kubelet
    scheme: https`);
    f.n('    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token', ['path']);
    f.t(`    kubernetes_sd_configs:
      - role: node

remote_write:
  - url: https://metrics.example-saas.com/api/v1/push
    authorization:
      type: Bearer`);
    f.p(`      credentials: ${rw}`, rw, 'bearer-token', ['prometheus']);
    out.push(f);
  }
  {
    const f = new F('alertmanager/alertmanager.yml');
    const smtp = g.pwSafe(), hook = g.slackHook(), pd = g.hex(32);
    f.t(`global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.example.com:587'
  smtp_from: 'alertmanager@example.com'
  smtp_auth_username: 'alertmanager@example.com'`);
    f.p(`  smtp_auth_password: '${smtp}'`, smtp, 'password', ['alertmanager']);
    f.p(`  slack_api_url: '${hook}'`, hook, 'slack-webhook', ['alertmanager']);
    f.t(`
route:
  receiver: ops-slack
  group_by: ['alertname', 'cluster']
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="critical"]
      receiver: ops-pager

receivers:
  - name: ops-slack
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
  - name: ops-pager
    pagerduty_configs:`);
    f.p(`      - routing_key: ${pd}`, pd, 'pagerduty-key', ['alertmanager']);
    f.t(`        severity: critical
  - name: db-team
    slack_configs:`);
    f.n('      - api_url_file: /etc/alertmanager/secrets/db-team-webhook', ['path']);
    f.t(`        channel: '#db-alerts'
    email_configs:
      - to: dba@example.com`);
    f.n('        auth_password_file: /etc/alertmanager/secrets/smtp', ['path']);
    out.push(f);
  }

  // ---------- Elasticsearch / Kibana ----------
  {
    const f = new F('elasticsearch/elasticsearch.yml');
    f.t(`# ======================== Elasticsearch Configuration =========================
cluster.name: logs-prod
node.name: es-data-01
path.data: /var/lib/elasticsearch
path.logs: /var/log/elasticsearch
network.host: 0.0.0.0
http.port: 9200
discovery.seed_hosts: ["es-master-01", "es-master-02", "es-master-03"]

xpack.security.enabled: true
xpack.security.transport.ssl.enabled: true
xpack.security.transport.ssl.verification_mode: certificate`);
    f.n('xpack.security.transport.ssl.keystore.path: certs/transport.p12', ['path']);
    f.n('# keystore passwords live in the elasticsearch-keystore (xpack.security.transport.ssl.keystore.secure_password)', ['comment']);
    f.t(`xpack.security.http.ssl.enabled: true`);
    f.n('xpack.security.http.ssl.keystore.path: certs/http.p12', ['path']);
    out.push(f);
  }
  {
    const f = new F('kibana/kibana.yml');
    const pw = g.pwSafe(), ek1 = g.alnum(32), ek2 = g.hex(64), sat = g.esServiceToken();
    f.t(`server.port: 5601
server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.example.internal"
elasticsearch.hosts: ["https://es-coord-01:9200", "https://es-coord-02:9200"]

# If your Elasticsearch is protected with basic authentication, these settings provide
# the username and password that the Kibana server uses to perform maintenance on the Kibana
# index at startup.`);
    f.n('#elasticsearch.username: "kibana_system"', ['comment']);
    f.n('#elasticsearch.password: "pass"', ['comment', 'documented-default']);
    f.l('elasticsearch.username: "kibana_system"');
    f.p(`elasticsearch.password: "${pw}"`, pw, 'password', ['kibana']);
    f.t(`elasticsearch.ssl.certificateAuthorities: [ "/etc/kibana/certs/ca.crt" ]
`);
    f.p(`xpack.security.encryptionKey: "${ek1}"`, ek1, 'encryption-key', ['kibana']);
    f.p(`xpack.encryptedSavedObjects.encryptionKey: "${ek2}"`, ek2, 'encryption-key', ['kibana']);
    f.n('xpack.reporting.encryptionKey: "${KIBANA_REPORTING_KEY}"', ['env-reference']);
    f.t(`
# monitoring collection authenticates with a service account token`);
    f.p(`monitoring.ui.elasticsearch.serviceAccountToken: "${sat}"`, sat, 'elastic-service-token', ['kibana']);
    f.t(`logging.root.level: info
pid.file: /run/kibana/kibana.pid`);
    out.push(f);
  }

  // ---------- Kafka ----------
  {
    const f = new F('kafka/server.properties');
    const scram = g.pwSafe(), ks = g.pwSafe(), kp = g.pwSafe();
    f.t(`############################# Server Basics #############################
broker.id=1
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka1:9093,2@kafka2:9093,3@kafka3:9093

############################# Socket Server Settings #############################
listeners=SASL_SSL://:9092,CONTROLLER://:9093
advertised.listeners=SASL_SSL://kafka1.internal:9092
listener.security.protocol.map=CONTROLLER:SSL,SASL_SSL:SASL_SSL
inter.broker.listener.name=SASL_SSL
num.network.threads=3
num.io.threads=8

sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512`);
    f.p(`listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="${scram}";`, scram, 'password', ['kafka', 'jaas']);
    f.t(`
ssl.keystore.type=PKCS12`);
    f.n('ssl.keystore.location=/opt/kafka/ssl/kafka1.keystore.p12', ['path']);
    f.p(`ssl.keystore.password=${ks}`, ks, 'password', ['kafka']);
    f.p(`ssl.key.password=${kp}`, kp, 'password', ['kafka']);
    f.n('ssl.truststore.location=/opt/kafka/ssl/truststore.p12', ['path']);
    f.n('ssl.truststore.password=${file:/opt/kafka/config/secrets.properties:truststore.password}', ['config-provider']);
    f.t(`config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider

############################# Log Basics #############################
log.dirs=/var/lib/kafka/data
num.partitions=6
log.retention.hours=168
log.segment.bytes=1073741824`);
    out.push(f);
  }
  {
    const f = new F('kafka/kafka_server_jaas.conf');
    const a = g.pwSafe(), b = g.pwSafe(), zk = g.pwSafe();
    f.l('KafkaServer {', '    org.apache.kafka.common.security.plain.PlainLoginModule required', '    username="admin"');
    f.p(`    password="${a}"`, a, 'password', ['kafka', 'jaas']);
    f.p(`    user_admin="${a}"`, a, 'password', ['kafka', 'jaas']);
    f.p(`    user_connect="${b}";`, b, 'password', ['kafka', 'jaas']);
    f.l('};', '', 'Client {', '    org.apache.zookeeper.server.auth.DigestLoginModule required', '    username="kafka"');
    f.p(`    password="${zk}";`, zk, 'password', ['kafka', 'zookeeper']);
    f.l('};');
    out.push(f);
  }

  // ---------- ZooKeeper ----------
  {
    const f = new F('zookeeper/zoo.cfg');
    const ks = g.pwSafe();
    f.t(`# The number of milliseconds of each tick
tickTime=2000
initLimit=10
syncLimit=5
dataDir=/var/lib/zookeeper
clientPort=2181
secureClientPort=2281
maxClientCnxns=60
autopurge.snapRetainCount=3
autopurge.purgeInterval=24
server.1=zk1.internal:2888:3888
server.2=zk2.internal:2888:3888
server.3=zk3.internal:2888:3888
authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider
serverCnxnFactory=org.apache.zookeeper.server.NettyServerCnxnFactory`);
    f.n('ssl.keyStore.location=/etc/zookeeper/ssl/zk1.keystore.jks', ['path']);
    f.p(`ssl.keyStore.password=${ks}`, ks, 'password', ['zookeeper']);
    f.n('ssl.trustStore.location=/etc/zookeeper/ssl/truststore.jks', ['path']);
    f.n('#ssl.trustStore.password=', ['comment', 'empty']);
    out.push(f);
  }

  // ---------- RabbitMQ ----------
  {
    const f = new F('rabbitmq/rabbitmq.conf');
    const pw = g.pwSafe(), kp = g.pwSafe();
    f.t(`## RabbitMQ configuration — new style (sysctl) format
listeners.tcp.default = 5672
listeners.ssl.default = 5671
management.tcp.port = 15672

loopback_users.guest = true
`);
    f.n('# default_user = guest', ['comment', 'documented-default']);
    f.n('# default_pass = guest', ['comment', 'documented-default']);
    f.l('default_user = ops-admin');
    f.p(`default_pass = ${pw}`, pw, 'password', ['rabbitmq']);
    f.t(`default_vhost = /
default_permissions.configure = .*

ssl_options.cacertfile = /etc/rabbitmq/tls/ca.pem
ssl_options.certfile   = /etc/rabbitmq/tls/server.pem`);
    f.n('ssl_options.keyfile    = /etc/rabbitmq/tls/server.key', ['path']);
    f.p(`ssl_options.password   = ${kp}`, kp, 'password', ['rabbitmq', 'tls']);
    f.t(`ssl_options.verify     = verify_peer
cluster_formation.peer_discovery_backend = classic_config
cluster_formation.classic_config.nodes.1 = rabbit@rabbit1
cluster_formation.classic_config.nodes.2 = rabbit@rabbit2
vm_memory_high_watermark.relative = 0.6`);
    out.push(f);
  }
  {
    const f = new F('rabbitmq/definitions.json');
    f.t(`{
  "rabbit_version": "3.12.4",
  "users": [
    {
      "name": "ops-admin",`);
    f.n(`      "password_hash": "${g.b64(36)}",`, ['hash']);
    f.t(`      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["administrator"]
    },
    {
      "name": "orders-svc",`);
    f.n(`      "password_hash": "${g.b64(36)}",`, ['hash']);
    f.t(`      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    }
  ],
  "vhosts": [{ "name": "/" }, { "name": "orders" }],
  "permissions": [
    { "user": "orders-svc", "vhost": "orders", "configure": "^orders\\\\.", "write": ".*", "read": ".*" }
  ]
}`);
    out.push(f);
  }

  // ---------- MongoDB ----------
  {
    const f = new F('mongodb/mongod.conf');
    const kp = g.pwSafe();
    f.t(`# mongod.conf
storage:
  dbPath: /var/lib/mongodb
  wiredTiger:
    engineConfig:
      cacheSizeGB: 8
systemLog:
  destination: file
  logAppend: true
  path: /var/log/mongodb/mongod.log
net:
  port: 27017
  bindIp: 0.0.0.0
  tls:
    mode: requireTLS`);
    f.n('    certificateKeyFile: /etc/mongodb/tls/mongo1.pem', ['path']);
    f.p(`    certificateKeyFilePassword: "${kp}"`, kp, 'password', ['mongodb']);
    f.t(`    CAFile: /etc/mongodb/tls/ca.pem
replication:
  replSetName: rs0
security:
  authorization: enabled`);
    f.n('  keyFile: /etc/mongodb/keyfile', ['path']);
    out.push(f);
  }
  {
    const f = new F('mongodb/keyfile');
    const body = g.wrap(g.b64(756), 64);
    f.pb(body, 'mongodb-keyfile', ['mongodb', 'shared-secret']);
    out.push(f);
  }

  // ---------- PostgreSQL ----------
  {
    const f = new F('postgresql/postgresql.conf');
    const pw = g.pwSafe();
    f.t(`# -----------------------------
# PostgreSQL configuration file
# -----------------------------
listen_addresses = '*'
port = 5432
max_connections = 300
shared_buffers = 8GB
effective_cache_size = 24GB
work_mem = 32MB
maintenance_work_mem = 1GB
wal_level = replica
max_wal_senders = 10
hot_standby = on
`);
    f.n('#password_encryption = scram-sha-256	# scram-sha-256 or md5', ['comment']);
    f.t(`ssl = on
ssl_cert_file = '/etc/postgresql/tls/server.crt'`);
    f.n("ssl_key_file = '/etc/postgresql/tls/server.key'", ['path']);
    f.n("ssl_passphrase_command = '/usr/local/bin/pg-key-pass %p'", ['command']);
    f.t(`
# standby settings (this node is currently a replica)`);
    f.p(`primary_conninfo = 'host=${host()} port=5432 user=replicator password=${pw} application_name=pg-db2 sslmode=require'`, pw, 'connection-string', ['postgresql']);
    f.t(`primary_slot_name = 'pg_db2'
log_min_duration_statement = 500
log_line_prefix = '%m [%p] %q%u@%d '`);
    out.push(f);
  }
  {
    const f = new F('postgresql/pg_hba.conf');
    f.t(`# TYPE  DATABASE        USER            ADDRESS                 METHOD
local   all             postgres                                peer
local   all             all                                     peer`);
    f.n('host    all             all             127.0.0.1/32            scram-sha-256', []);
    f.n('host    replication     replicator      10.20.0.0/16            scram-sha-256', []);
    f.n('hostssl app             app_user        10.40.0.0/16            md5', []);
    f.l('host    all             all             0.0.0.0/0               reject');
    out.push(f);
  }
  {
    const f = new F('postgresql/.pgpass');
    const a = g.pwSafe(), b = g.pwSafe();
    f.l('# hostname:port:database:username:password');
    f.p(`db-primary.internal:5432:app:app_user:${a}`, a, 'password', ['pgpass']);
    f.p(`*:5432:*:backup_ro:${b}`, b, 'password', ['pgpass']);
    out.push(f);
  }
  {
    const f = new F('pgbouncer/userlist.txt');
    const pw = g.pwSafe();
    f.n(`"app_user" "SCRAM-SHA-256$4096:${g.b64(16)}$${g.b64(32)}:${g.b64(32)}"`, ['hash', 'scram']);
    f.n(`"legacy_app" "md5${g.hex(32)}"`, ['hash', 'md5']);
    f.p(`"reporting" "${pw}"`, pw, 'password', ['pgbouncer']);
    out.push(f);
  }
  {
    const f = new F('pgbouncer/pgbouncer.ini');
    f.t(`[databases]
app = host=db-primary.internal port=5432 dbname=app
reporting = host=db-replica.internal port=5432 dbname=app

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256`);
    f.n('auth_file = /etc/pgbouncer/userlist.txt', ['path']);
    f.n('auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)', ['sql']);
    f.t(`pool_mode = transaction
max_client_conn = 2000
default_pool_size = 40
admin_users = pgbouncer_admin`);
    out.push(f);
  }

  // ---------- Redis ----------
  {
    const f = new F('redis/redis.conf');
    const rp = g.pwSafe(), ma = g.pwSafe(), worker = g.pwSafe();
    f.t(`# Redis configuration file example.
bind 0.0.0.0 -::1
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
tcp-keepalive 300
daemonize no
supervised systemd
pidfile /run/redis/redis-server.pid
loglevel notice
logfile /var/log/redis/redis-server.log
databases 16

################################## SECURITY ###################################
# IMPORTANT NOTE: starting with Redis 6 "requirepass" is just a compatibility
# layer on top of the new ACL system.
#`);
    f.n('# requirepass foobared', ['comment', 'documented-default']);
    f.p(`requirepass ${rp}`, rp, 'password', ['redis']);
    f.n(`user default on #${g.hex(64)} ~* &* +@all`, ['hash', 'acl']);
    f.p(`user worker on >${worker} ~jobs:* +@list +@connection`, worker, 'password', ['redis', 'acl']);
    f.n('# aclfile /etc/redis/users.acl', ['comment', 'path']);
    f.t(`
################################# REPLICATION #################################
# replicaof <masterip> <masterport>`);
    f.n('# masterauth <master-password>', ['comment', 'placeholder']);
    f.p(`masterauth ${ma}`, ma, 'password', ['redis']);
    f.t(`replica-read-only yes
repl-diskless-sync yes

maxmemory 6gb
maxmemory-policy allkeys-lru
appendonly yes
appendfsync everysec`);
    out.push(f);
  }
  {
    const f = new F('redis/sentinel.conf');
    const ap = g.pwSafe(), sp = g.pwSafe();
    f.t(`# Example sentinel.conf
port 26379
daemonize no
pidfile /var/run/redis-sentinel.pid
logfile ""
dir /tmp

sentinel monitor mymaster ${host()} 6379 2`);
    f.n('# sentinel auth-pass <master-name> <password>', ['comment', 'placeholder']);
    f.p(`sentinel auth-pass mymaster ${ap}`, ap, 'password', ['redis', 'sentinel']);
    f.p(`requirepass "${sp}"`, sp, 'password', ['redis', 'sentinel']);
    f.t(`sentinel down-after-milliseconds mymaster 5000
sentinel parallel-syncs mymaster 1
sentinel failover-timeout mymaster 60000
sentinel deny-scripts-reconfig yes`);
    out.push(f);
  }

  return out;
}
