import { FB, pw, rr, rs, b64, hex, wrap, reg, uuid, A } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

const URL_SYM = '-_.~';

export default function system() {
  const out = [];

  // ---------------------------------------------------------------- systemd unit
  {
    const f = new FB('systemd/billing-worker.service');
    f.o(`[Unit]
Description=Billing background worker
Documentation=https://wiki.example.com/billing/worker
After=network-online.target postgresql.service redis-server.service
Wants=network-online.target

[Service]
Type=simple
User=billing
Group=billing
WorkingDirectory=/opt/billing
EnvironmentFile=-/etc/default/billing-worker
Environment=RAILS_ENV=production
Environment=WORKER_CONCURRENCY=8
Environment=AWS_REGION=eu-west-1`);
    f.s(`Environment="DATABASE_URL=postgres://billing:${pw({ sym: URL_SYM })}@pg-primary.internal:5432/billing?sslmode=require"`, 'password-in-url', ['systemd']);
    f.s(`Environment=REDIS_URL=redis://:${pw({ sym: URL_SYM, style: 'alnum', min: 24, max: 32 })}@redis.internal:6379/2`, 'password-in-url', ['systemd']);
    f.o(`Environment=STATSD_HOST=127.0.0.1`);
    f.n(`LoadCredential=dd_api_key:/etc/credstore/billing/dd_api_key`, 'file-reference');
    // systemd-creds encrypt output (sealed with host key / TPM): not plaintext
    const blob = wrap(Buffer.concat([Buffer.from([0x53, 0x6c, 0x79, 0x11, 0x68, 0x49, 0x8a, 0x3b, 0, 0, 0, 0]), Buffer.from(hex(64), 'hex'), Buffer.from(hex(300), 'hex')]).toString('base64'), 64);
    f.nb([`SetCredentialEncrypted=smtp_password: \\`, ...blob.map((l, i) => '        ' + l + (i < blob.length - 1 ? ' \\' : ''))].join('\n'), 'systemd-encrypted-credential');
    f.o(`ExecStart=/opt/billing/bin/worker --queue default --queue mailers --queue invoices
ExecReload=/bin/kill -HUP $MAINPID
Restart=on-failure
RestartSec=5
TimeoutStopSec=60

NoNewPrivileges=true
ProtectSystem=strict
ProtectHome=true
PrivateTmp=true
ReadWritePaths=/var/lib/billing /var/log/billing

[Install]
WantedBy=multi-user.target`);
    out.push(f);
  }

  // ---------------------------------------------------------------- crontab
  {
    const f = new FB('cron/ops.crontab');
    f.o(`# Crontab for the "ops" user on bastion01 - installed by ansible (role: cron_jobs)
# m h  dom mon dow   command
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=ops-alerts@example.com

# Nightly database dump to object storage
15 2 * * * /usr/local/bin/pg-backup.sh >> /var/log/pg-backup.log 2>&1

# Trigger the CDN purge job on Jenkins`);
    f.n(`0 4 * * * curl -s --netrc-file /etc/cron.secrets/jenkins.netrc -X POST https://jenkins.internal.example.com/job/purge-cdn/build`, 'file-reference');
    f.o(`
# Dead man's switch - token is read from a root-only file at run time`);
    f.n(`*/10 * * * * curl -fsS -H "Authorization: Bearer $(cat /etc/cron.secrets/deadman_token)" https://deadman.example.com/ping/bastion01`, 'file-reference');
    f.o(`
# Morning report to #ops-daily`);
    f.s(`30 8 * * 1-5 /usr/local/bin/daily-report --format slack | curl -s -X POST -H 'Content-type: application/json' --data @- ${T.slackWebhook()}`, 'slack-webhook', ['crontab', 'curl']);
    f.o(`
# Weekly log cleanup
0 3 * * 0 /usr/sbin/logrotate -f /etc/logrotate.d/app

# Mirror the platform repo for the air-gapped network`);
    f.s(`20 * * * * cd /srv/mirror/platform.git && git fetch --prune https://x-access-token:${T.githubPat()}@github.com/acme/platform.git '+refs/heads/*:refs/heads/*'`, 'github-token', ['crontab']);
    f.o(`
# Inventory sync (token comes from the sourced env file)`);
    f.n(`45 * * * * . /etc/default/netbox-sync && /usr/local/bin/netbox-sync --token "$NETBOX_TOKEN" --quiet`, 'variable-reference');
    f.o(`
# Certificate expiry check
0 9 * * * /usr/local/bin/check-certs --warn-days 21 --hosts /etc/check-certs/hosts.txt`);
    out.push(f);
  }

  // ---------------------------------------------------------------- supervisord
  {
    const f = new FB('supervisor/supervisord.conf');
    const SUP = '!@^*-_+=.';
    f.o(`; supervisord config for app-worker hosts

[unix_http_server]
file=/var/run/supervisor.sock
chmod=0700
chown=root:supervisor

[inet_http_server]
port=10.60.0.15:9001
username=admin`);
    f.n(`password={SHA}${hex(40)}`, 'password-hash');
    f.o(`
[supervisord]
logfile=/var/log/supervisor/supervisord.log
pidfile=/var/run/supervisord.pid
childlogdir=/var/log/supervisor
nodaemon=false
minfds=4096

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix:///var/run/supervisor.sock
username=supervisor`);
    f.n(`password=%(ENV_SUPERVISOR_PASSWORD)s`, 'env-reference');
    f.o(`
[program:celery]
command=/opt/app/venv/bin/celery -A app worker -l info --concurrency=8
directory=/opt/app
user=app
autostart=true
autorestart=true
stopwaitsecs=120`);
    f.s(`environment=DJANGO_SETTINGS_MODULE="app.settings.prod",CELERY_BROKER_URL="amqp://app:${pw({ sym: URL_SYM })}@rabbitmq.internal:5672/app"`, 'password-in-url', ['ini', 'supervisord']);
    f.o(`stdout_logfile=/var/log/app/celery.log
redirect_stderr=true

[program:flower]`);
    f.n(`command=/opt/app/venv/bin/celery -A app flower --port=5555 --basic_auth=admin:%(ENV_FLOWER_PASSWORD)s`, 'env-reference');
    f.o(`directory=/opt/app
user=app
autostart=true

[program:api]
command=/opt/app/venv/bin/gunicorn app.wsgi -b 127.0.0.1:8000 -w 4
directory=/opt/app
user=app`);
    f.s(`environment=PORT="8000",STRIPE_API_KEY="${T.stripeKey()}"`, 'stripe-secret-key', ['ini', 'supervisord']);
    f.o(`stdout_logfile=/var/log/app/api.log
redirect_stderr=true`);
    out.push(f);
  }

  // ---------------------------------------------------------------- nginx
  {
    const f = new FB('nginx/sites-available/ops-proxy.conf');
    f.o(`upstream grafana {
    server 127.0.0.1:3000;
}

upstream kibana {
    server 10.70.0.21:5601;
    keepalive 16;
}

server {
    listen 80;
    server_name ops.example.com;
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    server_name ops.example.com;

    ssl_certificate     /etc/nginx/tls/ops.example.com.fullchain.pem;`);
    f.n(`    ssl_certificate_key /etc/nginx/tls/ops.example.com.key;`, 'file-reference');
    f.o(`    ssl_protocols       TLSv1.2 TLSv1.3;

    location /grafana/ {
        proxy_pass http://grafana/;
        proxy_set_header Host $host;`);
    f.n(`        proxy_set_header Authorization $http_authorization;`, 'variable-reference');
    f.o(`    }

    location /kibana/ {
        auth_basic           "Restricted";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass           http://kibana/;`);
    f.s(`        proxy_set_header     Authorization "Basic ${T.basicAuth('kibana_proxy', pw({ sym: '-_.!' }))}";`, 'basic-auth-header', ['nginx']);
    f.o(`    }

    location /es/ {
        proxy_pass https://es-coord.internal:9200/;
        proxy_ssl_verify off;`);
    f.n(`        proxy_set_header Authorization "ApiKey $es_api_key";`, 'variable-reference');
    f.o(`    }

    location = /hooks/alert {
        proxy_pass https://api.eu.opsgenie.com/v2/alerts;`);
    f.s(`        proxy_set_header Authorization "GenieKey ${T.opsgenieKey()}";`, 'opsgenie-api-key', ['nginx']);
    f.o(`    }

    location /federate {
        allow 10.0.0.0/8;
        deny  all;`);
    f.n(`        proxy_set_header Authorization "Bearer $prometheus_federation_token";`, 'variable-reference');
    f.o(`        proxy_pass http://127.0.0.1:9090;
    }

    access_log /var/log/nginx/ops.access.log combined;
    error_log  /var/log/nginx/ops.error.log warn;
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- .htpasswd
  {
    const f = new FB('nginx/.htpasswd');
    f.o(`# Managed by ansible (role: nginx_auth). Generate entries with: htpasswd -B -C 10 <file> <user>`);
    const users = ['admin', 'jdoe', 'asmith', 'kibana_viewer', 'grafana_ro', 'mchen', 'oncall', 'ci-bot'];
    users.forEach((u, i) => {
      const h = i % 3 === 0 ? N.apr1() : i % 3 === 1 ? N.bcrypt('10') : i === 5 ? N.shaHtpasswd() : N.bcrypt('05');
      f.n(`${u}:${h}`, 'password-hash');
    });
    f.o(`# disabled 2024-02-01 (left company)`);
    f.n(`#rgarcia:${N.apr1()}`, 'password-hash');
    out.push(f);
  }

  // ---------------------------------------------------------------- Apache
  {
    const f = new FB('apache/sites-available/intranet.conf');
    f.n(`SSLPassPhraseDialog exec:/usr/local/sbin/ssl-passphrase-helper`, 'secret-store-reference');
    f.o(`
<VirtualHost *:443>
    ServerName intranet.example.com
    ServerAdmin webmaster@example.com
    DocumentRoot /var/www/intranet

    SSLEngine on
    SSLCertificateFile    /etc/ssl/certs/intranet.example.com.crt`);
    f.n(`    SSLCertificateKeyFile /etc/ssl/private/intranet.example.com.key`, 'file-reference');
    f.o(`
    <Location />
        AuthType Basic
        AuthName "Intranet"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://ldap.corp.example.com/ou=people,dc=corp,dc=example,dc=com?uid"
        AuthLDAPBindDN "cn=apache,ou=services,dc=corp,dc=example,dc=com"`);
    f.s(`        AuthLDAPBindPassword "${pw({ sym: '!@%^*-_+=.' })}"`, 'password', ['apache', 'ldap']);
    f.o(`        Require ldap-group cn=intranet,ou=groups,dc=corp,dc=example,dc=com
    </Location>

    <Location /wiki>
        AuthLDAPBindDN "cn=wiki,ou=services,dc=corp,dc=example,dc=com"`);
    f.n(`        AuthLDAPBindPassword "exec:/usr/local/bin/ldap-bind-secret wiki"`, 'secret-store-reference');
    f.o(`    </Location>

    ProxyPreserveHost On
    ProxyPass        /jira/ http://jira.internal:8080/jira/
    ProxyPassReverse /jira/ http://jira.internal:8080/jira/

    <Location /reports/>
        ProxyPass http://reporting.internal:8080/`);
    f.n(`        RequestHeader set Authorization "Bearer %{REPORTS_API_TOKEN}e"`, 'env-reference');
    f.o(`    </Location>

    <Location /legacy-api/>
        ProxyPass http://legacy.internal:9000/`);
    f.n(`        RequestHeader set X-Api-Key "\${LEGACY_API_KEY}"`, 'env-reference');
    f.o(`    </Location>

    ErrorLog \${APACHE_LOG_DIR}/intranet_error.log
    CustomLog \${APACHE_LOG_DIR}/intranet_access.log combined
</VirtualHost>`);
    out.push(f);
  }

  // ---------------------------------------------------------------- HAProxy
  {
    const f = new FB('haproxy/haproxy.cfg');
    f.o(`global
    log /dev/log local0
    log /dev/log local1 notice
    chroot /var/lib/haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin
    user haproxy
    group haproxy
    daemon
    ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets

defaults
    log     global
    mode    http
    option  httplog
    timeout connect 5s
    timeout client  30s
    timeout server  30s

userlist ops_users`);
    f.n(`    user admin password ${N.sha512crypt()}`, 'password-hash');
    f.s(`    user jenkins insecure-password ${pw({ sym: '!@^*-_+=.' })}`, 'password', ['haproxy']);
    f.n(`    user readonly password ${N.sha512crypt()}`, 'password-hash');
    f.o(`
frontend stats
    bind *:8404
    stats enable
    stats uri /stats
    stats refresh 10s`);
    f.n(`    stats auth "admin:\${HAPROXY_STATS_PASSWORD}"`, 'env-reference');
    f.o(`
frontend fe_https
    bind *:443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1
    acl is_admin path_beg /admin
    http-request auth realm ops if is_admin !{ http_auth(ops_users) }
    use_backend be_search if { path_beg /search }
    use_backend be_partner if { path_beg /partner }
    default_backend be_app

backend be_app
    balance roundrobin
    option httpchk GET /healthz
    server app1 10.50.0.11:8080 check
    server app2 10.50.0.12:8080 check

backend be_search`);
    f.n(`    http-request set-header Authorization "%[env(SEARCH_BASIC_AUTH)]"`, 'env-reference');
    f.o(`    server es1 10.50.1.21:9200 check ssl verify none

backend be_partner`);
    f.n(`    http-request set-header X-Api-Key "%[env(PARTNER_API_KEY)]"`, 'env-reference');
    f.o(`    server partner api.partner.example.net:443 ssl verify required ca-file /etc/ssl/certs/ca-certificates.crt`);
    out.push(f);
  }

  return out;
}
