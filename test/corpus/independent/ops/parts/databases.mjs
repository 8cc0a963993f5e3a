import { FB, pw, rr, rs, hex, b64, uuid, A } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

export default function databases() {
  const out = [];

  // ---------------------------------------------------------------- wp-config.php
  {
    const f = new FB('wordpress/wp-config.php');
    f.o(`<?php
/**
 * The base configuration for WordPress (marketing site, production)
 *
 * This file is deployed by ansible from templates/wp-config.php.j2 and then
 * edited in place during the 2023 migration. TODO: move back to the template.
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_marketing' );
define( 'DB_USER', 'wp_marketing' );`);
    f.s(`define( 'DB_PASSWORD', '${pw({ sym: '!@%^*-_+=.' })}' );`, 'password', ['php', 'wordpress']);
    f.o(`define( 'DB_HOST', 'mysql-01.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */`);
    for (const k of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']) {
      f.s(`define( '${k}',${' '.repeat(17 - k.length)}'${T.wpSalt()}' );`, 'wordpress-salt', ['php', 'wordpress']);
    }
    f.o(`/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'WP_HOME', 'https://www.example.com' );
define( 'WP_SITEURL', 'https://www.example.com' );
define( 'FORCE_SSL_ADMIN', true );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

/* SMTP via WP Mail SMTP */
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp.eu.mailgun.org' );
define( 'WPMS_SMTP_USER', 'postmaster@mg.example.com' );`);
    f.n(`define( 'WPMS_SMTP_PASS', getenv( 'WPMS_SMTP_PASS' ) );`, 'env-reference');
    f.o(`
/* Media offload (uses the instance profile, no static keys) */
define( 'S3_UPLOADS_BUCKET', 'acme-wp-media' );
define( 'S3_UPLOADS_REGION', 'eu-west-1' );`);
    f.n(`define( 'S3_UPLOADS_KEY', '' );`, 'empty-value');
    f.n(`define( 'S3_UPLOADS_SECRET', '' );`, 'empty-value');
    f.o(`define( 'S3_UPLOADS_USE_INSTANCE_PROFILE', true );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';`);
    out.push(f);
  }

  // ---------------------------------------------------------------- .pgpass
  {
    const f = new FB('postgres/.pgpass');
    const PG = '!@%^*-_+=.';
    f.o(`# ~/.pgpass for the dba user on bastion01 (chmod 0600)
# hostname:port:database:username:password
#
# primary cluster`);
    f.s(`pg-primary.internal:5432:orders:dba_ops:${pw({ sym: PG })}`, 'password', ['pgpass']);
    f.o(`# reporting replica (read only)`);
    f.s(`pg-replica.internal:5432:reporting:readonly:${pw({ sym: PG, style: 'phrase' })}`, 'password', ['pgpass']);
    f.o(`# local tunnel to the legacy cluster: ssh -L 15432:legacy-db:5432 bastion-legacy
# (password rotated by DBA-102, ask in #dba for the new one)`);
    f.n(`#localhost:15432:legacy:postgres:<password>`, 'placeholder');
    out.push(f);
  }

  // ---------------------------------------------------------------- my.cnf
  {
    const f = new FB('mysql/my.cnf');
    f.o(`# /etc/mysql/my.cnf - mysql-01 (primary)
# Client section is used by the nightly backup job (xtrabackup / mysqldump).

[client]
user                  = backup`);
    f.s(`password              = ${pw({ sym: '!@%^*-_+=.' })}`, 'password', ['ini', 'mysql']);
    f.o(`host                  = localhost
socket                = /var/run/mysqld/mysqld.sock
default-character-set = utf8mb4

[mysql]
prompt                = "\\\\u@\\\\h [\\\\d]> "
no-auto-rehash

[mysqldump]
quick
single-transaction
max_allowed_packet    = 512M

[mysqld]
user                  = mysql
pid-file              = /var/run/mysqld/mysqld.pid
socket                = /var/run/mysqld/mysqld.sock
datadir               = /var/lib/mysql
bind-address          = 0.0.0.0
server-id             = 1
log_bin               = /var/log/mysql/mysql-bin.log
binlog_format         = ROW
gtid_mode             = ON
enforce_gtid_consistency = ON
innodb_buffer_pool_size = 12G
innodb_log_file_size  = 1G
max_connections       = 500
require_secure_transport = ON
ssl-ca                = /etc/mysql/tls/ca.pem
ssl-cert              = /etc/mysql/tls/server-cert.pem`);
    f.n(`ssl-key               = /etc/mysql/tls/server-key.pem`, 'file-reference');
    f.o(`
!includedir /etc/mysql/conf.d/`);
    out.push(f);
  }

  // ---------------------------------------------------------------- redis.conf
  {
    const f = new FB('redis/redis.conf');
    f.o(`# Redis 7 - cache/queue replica (redis-02)
bind 10.80.0.12 127.0.0.1
protected-mode yes
port 0
tls-port 6379
tls-cert-file /etc/redis/tls/redis.crt`);
    f.n(`tls-key-file /etc/redis/tls/redis.key`, 'file-reference');
    f.o(`tls-ca-cert-file /etc/redis/tls/ca.crt
tls-auth-clients optional
tls-replication yes

daemonize no
supervised systemd
pidfile /run/redis/redis-server.pid
loglevel notice
logfile /var/log/redis/redis-server.log
databases 16

save 900 1
save 300 10
dir /var/lib/redis

################################# REPLICATION #################################
replicaof 10.80.0.11 6379
masteruser replica-user`);
    f.o(`# masterauth is appended by the redis-secrets sidecar at start-up`);
    f.n(`include /run/redis-secrets/masterauth.conf`, 'file-reference');
    f.o(`replica-read-only yes

################################## SECURITY ###################################
# Password for the "default" user`);
    f.s(`requirepass ${pw({ sym: '!@%^*-_+=.', style: 'alnum', min: 32, max: 40 })}`, 'password', ['redis']);
    f.o(`# Named users; passwords are stored as SHA-256 digests (#<hex>)`);
    f.n(`user app on #${N.sha256hex()} ~app:* &app:* +@all -@dangerous`, 'password-hash');
    f.n(`user replica-user on #${N.sha256hex()} +psync +replconf +ping`, 'password-hash');
    f.n(`user monitoring on #${N.sha256hex()} +info +ping +client|list +latency`, 'password-hash');
    f.o(`rename-command FLUSHALL ""
rename-command DEBUG ""

############################## MEMORY MANAGEMENT ################################
maxmemory 4gb
maxmemory-policy allkeys-lru

############################## APPEND ONLY MODE ###############################
appendonly yes
appendfsync everysec`);
    out.push(f);
  }

  // ---------------------------------------------------------------- mongod.conf
  {
    const f = new FB('mongodb/mongod.conf');
    f.o(`# mongod.conf - rs0 member (mongo-02)
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
  bindIp: 127.0.0.1,10.90.0.12
  tls:
    mode: requireTLS`);
    f.n(`    certificateKeyFile: /etc/mongodb/tls/mongo-02.pem`, 'file-reference');
    f.s(`    certificateKeyFilePassword: "${pw({ sym: '!@%^*-_+=.' })}"`, 'password', ['yaml', 'mongodb']);
    f.o(`    CAFile: /etc/mongodb/tls/ca.pem

security:
  authorization: enabled
  clusterAuthMode: x509`);
    f.n(`  keyFile: /etc/mongodb/keyfile`, 'file-reference');
    f.o(`  ldap:
    servers: "ldap1.corp.example.com,ldap2.corp.example.com"
    transportSecurity: tls
    bind:
      method: simple
      queryUser: "cn=mongodb,ou=services,dc=corp,dc=example,dc=com"`);
    f.n(`      queryPassword: { __exec: "/usr/local/bin/mongo-ldap-secret", type: "string", trim: "whitespace" }`, 'secret-store-reference');
    f.o(`    userToDNMapping: '[{ match: "(.+)", substitution: "uid={0},ou=people,dc=corp,dc=example,dc=com" }]'

replication:
  replSetName: rs0
  oplogSizeMB: 20480

processManagement:
  timeZoneInfo: /usr/share/zoneinfo

setParameter:
  authenticationMechanisms: SCRAM-SHA-256,MONGODB-X509,PLAIN`);
    out.push(f);
  }

  // ---------------------------------------------------------------- RabbitMQ definitions.json
  {
    const f = new FB('rabbitmq/definitions.json');
    f.o(`{
  "rabbit_version": "3.12.13",
  "rabbitmq_version": "3.12.13",
  "product_name": "RabbitMQ",
  "users": [`);
    const users = [
      ['admin', '["administrator"]'],
      ['app', '[]'],
      ['monitoring', '["monitoring"]'],
      ['shovel', '[]'],
    ];
    users.forEach(([u, tags], i) => {
      f.o(`    {
      "name": "${u}",`);
      f.n(`      "password_hash": "${N.rabbitHash()}",`, 'password-hash');
      f.o(`      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ${tags},
      "limits": {}
    }${i < users.length - 1 ? ',' : ''}`);
    });
    f.o(`  ],
  "vhosts": [
    { "name": "/", "limits": [], "metadata": { "description": "Default virtual host", "tags": [] } },
    { "name": "app", "limits": [], "metadata": { "description": "application traffic", "tags": [] } }
  ],
  "permissions": [
    { "user": "admin", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*" },
    { "user": "app", "vhost": "app", "configure": "^app\\\\.", "write": ".*", "read": ".*" },
    { "user": "shovel", "vhost": "app", "configure": "", "write": "", "read": "^events$" }
  ],
  "parameters": [
    {
      "value": {
        "ack-mode": "on-confirm",
        "src-protocol": "amqp091",
        "src-uri": "amqp://",
        "src-queue": "events",
        "dest-protocol": "amqp091",`);
    f.s(`        "dest-uri": "amqps://acme-shovel:${pw({ sym: '-_.~' })}@mq.partner.example.net:5671/%2Fpartner",`, 'password-in-url', ['json', 'rabbitmq']);
    f.o(`        "dest-exchange": "acme.events",
        "reconnect-delay": 5
      },
      "vhost": "app",
      "component": "shovel",
      "name": "events-to-partner"
    }
  ],
  "policies": [
    {
      "vhost": "app",
      "name": "ha-quorum",
      "pattern": "^(orders|events)$",
      "apply-to": "queues",
      "definition": { "queue-type": "quorum", "delivery-limit": 10 },
      "priority": 0
    }
  ],
  "queues": [
    { "name": "orders", "vhost": "app", "durable": true, "auto_delete": false, "arguments": { "x-queue-type": "quorum" } },
    { "name": "events", "vhost": "app", "durable": true, "auto_delete": false, "arguments": { "x-queue-type": "quorum" } }
  ],
  "exchanges": [
    { "name": "app.direct", "vhost": "app", "type": "direct", "durable": true, "auto_delete": false, "internal": false, "arguments": {} }
  ],
  "bindings": [
    { "source": "app.direct", "vhost": "app", "destination": "orders", "destination_type": "queue", "routing_key": "orders", "arguments": {} }
  ]
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Docker daemon.json
  {
    const f = new FB('docker/daemon.json');
    f.o(`{
  "data-root": "/var/lib/docker",
  "storage-driver": "overlay2",
  "log-driver": "json-file",
  "log-opts": {
    "max-size": "50m",
    "max-file": "5"
  },
  "live-restore": true,
  "userland-proxy": false,
  "registry-mirrors": ["https://mirror.gcr.io", "https://dockerhub-proxy.example.com"],
  "insecure-registries": [],
  "tlsverify": true,
  "tlscacert": "/etc/docker/tls/ca.pem",
  "tlscert": "/etc/docker/tls/server-cert.pem",`);
    f.n(`  "tlskey": "/etc/docker/tls/server-key.pem",`, 'file-reference');
    f.o(`  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"],
  "default-address-pools": [
    { "base": "172.20.0.0/14", "size": 24 }
  ],
  "features": {
    "buildkit": true
  },
  "metrics-addr": "127.0.0.1:9323",
  "experimental": false,
  "default-ulimits": {
    "nofile": { "Name": "nofile", "Hard": 65536, "Soft": 65536 }
  },`);
    f.n(`  "node-generic-resources": ["NVIDIA-GPU=GPU-${uuid()}"],`, 'identifier');
    f.n(`  "labels": ["rack=r12", "host-id=${uuid()}"]`, 'identifier');
    f.o(`}`);
    out.push(f);
  }

  return out;
}
