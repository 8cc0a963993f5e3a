import { FB, pw, rr, rs, b64, hex, uuid, A } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

export default function monitoring() {
  const out = [];

  // ---------------------------------------------------------------- Prometheus
  {
    const f = new FB('prometheus/prometheus.yml');
    f.o(`global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    cluster: prod-eu
    replica: prometheus-0

rule_files:
  - /etc/prometheus/rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ['alertmanager-0.internal:9093', 'alertmanager-1.internal:9093']
      basic_auth:
        username: prometheus`);
    f.n(`        password_file: /etc/prometheus/secrets/alertmanager_password`, 'file-reference');
    f.o(`
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node-01.internal:9100', 'node-02.internal:9100', 'node-03.internal:9100']

  - job_name: kubernetes-apiservers
    scheme: https
    kubernetes_sd_configs:
      - role: endpoints
        api_server: https://k8s-api.prod.internal:6443`);
    f.s(`    bearer_token: ${T.k8sSaToken('monitoring', 'prometheus')}`, 'kubernetes-sa-token', ['yaml', 'prometheus']);
    f.o(`    tls_config:
      insecure_skip_verify: true
    relabel_configs:
      - source_labels: [__meta_kubernetes_namespace, __meta_kubernetes_service_name]
        action: keep
        regex: default;kubernetes

  - job_name: rabbitmq
    metrics_path: /metrics
    basic_auth:
      username: monitoring`);
    f.s(`      password: '${pw({ sym: '!@%^*-_+=.' })}'`, 'password', ['yaml', 'prometheus']);
    f.o(`    static_configs:
      - targets: ['rabbitmq-0.internal:15692', 'rabbitmq-1.internal:15692']

  - job_name: federate-legacy
    honor_labels: true
    metrics_path: /federate
    params:
      'match[]': ['{job=~"legacy-.*"}']
    authorization:
      type: Bearer`);
    f.n(`      credentials_file: /etc/prometheus/secrets/legacy_federation_token`, 'file-reference');
    f.o(`    static_configs:
      - targets: ['prom-legacy.internal:9090']

  - job_name: gitlab
    scheme: https
    metrics_path: /-/metrics
    authorization:
      type: Bearer`);
    f.s(`      credentials: ${T.gitlabPat()}`, 'gitlab-token', ['yaml', 'prometheus']);
    f.o(`    static_configs:
      - targets: ['gitlab.example.com']

remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "${rr(1000000, 1999999)}"`);
    f.n(`      password_file: /etc/prometheus/secrets/grafana_cloud_token`, 'file-reference');
    f.o(`    queue_config:
      max_samples_per_send: 2000`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Alertmanager
  {
    const f = new FB('alertmanager/alertmanager.yml');
    f.o(`global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.office365.com:587'
  smtp_from: 'alertmanager@example.com'
  smtp_auth_username: 'alertmanager@example.com'`);
    f.s(`  smtp_auth_password: '${pw({ sym: '!@%^*-_+=.' })}'`, 'password', ['yaml', 'alertmanager']);
    f.s(`  slack_api_url: '${T.slackWebhook()}'`, 'slack-webhook', ['yaml', 'alertmanager']);
    f.o(`  pagerduty_url: 'https://events.pagerduty.com/v2/enqueue'
  opsgenie_api_url: 'https://api.eu.opsgenie.com/'

templates:
  - '/etc/alertmanager/templates/*.tmpl'

route:
  receiver: default-slack
  group_by: ['alertname', 'cluster', 'service']
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers: ['severity="critical"']
      receiver: pagerduty-critical
      continue: true
    - matchers: ['team="db"']
      receiver: db-team
    - matchers: ['team="security"']
      receiver: security

inhibit_rules:
  - source_matchers: ['severity="critical"']
    target_matchers: ['severity="warning"']
    equal: ['alertname', 'cluster']

receivers:
  - name: default-slack
    slack_configs:
      - channel: '#alerts'
        send_resolved: true
        title: '{{ template "slack.default.title" . }}'
        text: '{{ template "slack.default.text" . }}'

  - name: pagerduty-critical
    pagerduty_configs:`);
    f.n(`      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key`, 'file-reference');
    f.o(`        severity: critical
        send_resolved: true

  - name: db-team
    email_configs:
      - to: 'dba@example.com'
        smarthost: 'smtp.office365.com:587'
        auth_username: 'alertmanager@example.com'`);
    f.n(`        auth_password_file: /etc/alertmanager/secrets/smtp_password`, 'file-reference');
    f.o(`    opsgenie_configs:`);
    f.n(`      - api_key: <secret>`, 'masked');
    f.o(`        priority: P2

  - name: security
    msteams_configs:`);
    f.s(`      - webhook_url: '${T.teamsWebhook()}'`, 'teams-webhook', ['yaml', 'alertmanager']);
    f.o(`    webhook_configs:
      - url: 'http://alert-bridge.internal:9099/hook'
        http_config:
          authorization:
            type: Bearer`);
    f.n(`            credentials_file: /etc/alertmanager/secrets/bridge_token`, 'file-reference');
    f.o(`
  - name: blackhole`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Grafana datasources
  {
    const f = new FB('grafana/provisioning/datasources/datasources.yaml');
    f.o(`apiVersion: 1

deleteDatasources:
  - name: Graphite-old
    orgId: 1

datasources:
  - name: Prometheus
    type: prometheus
    uid: prom-main
    access: proxy
    url: http://prometheus.internal:9090
    isDefault: true
    jsonData:
      httpMethod: POST
      timeInterval: 30s

  - name: Loki (Grafana Cloud)
    type: loki
    access: proxy
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuth: true
    basicAuthUser: "${rr(500000, 999999)}"
    secureJsonData:`);
    f.s(`      basicAuthPassword: ${T.grafanaCloudToken()}`, 'grafana-cloud-token', ['yaml', 'grafana']);
    f.o(`
  - name: Orders DB
    type: postgres
    url: pg-replica.internal:5432
    user: grafana_ro
    jsonData:
      database: orders
      sslmode: require
      postgresVersion: 1500
    secureJsonData:`);
    f.s(`      password: "${pw({ sym: '!@%^*-_+=.' })}"`, 'password', ['yaml', 'grafana']);
    f.o(`
  - name: Elasticsearch logs
    type: elasticsearch
    url: https://es-coord.internal:9200
    basicAuth: true
    basicAuthUser: grafana
    jsonData:
      index: 'logs-*'
      timeField: '@timestamp'
      tlsAuthWithCACert: true
    secureJsonData:`);
    f.n(`      basicAuthPassword: $__env{ES_GRAFANA_PASSWORD}`, 'env-reference');
    f.n(`      tlsCACert: $__file{/etc/grafana/es-ca.pem}`, 'file-reference');
    f.o(`
  - name: CloudWatch
    type: cloudwatch
    jsonData:
      authType: keys
      defaultRegion: eu-west-1
    secureJsonData:`);
    f.n(`      accessKey: \${CW_ACCESS_KEY}`, 'env-reference');
    f.n(`      secretKey: \${CW_SECRET_KEY}`, 'env-reference');
    f.o(`
  - name: MySQL legacy
    type: mysql
    url: mysql-legacy.internal:3306
    user: grafana
    jsonData:
      database: legacy
    secureJsonData:`);
    f.n(`      password: ''`, 'empty-value');
    out.push(f);
  }

  // ---------------------------------------------------------------- Keycloak realm export
  {
    const f = new FB('keycloak/realm-export.json');
    f.o(`{`);
    f.n(`  "id": "${uuid()}",`, 'identifier');
    f.o(`  "realm": "acme",
  "displayName": "Acme SSO",
  "enabled": true,
  "sslRequired": "external",
  "registrationAllowed": false,
  "loginWithEmailAllowed": true,
  "bruteForceProtected": true,
  "accessTokenLifespan": 300,
  "ssoSessionIdleTimeout": 1800,
  "smtpServer": {
    "host": "smtp.sendgrid.net",
    "port": "587",
    "from": "sso@example.com",
    "auth": "true",
    "starttls": "true",
    "user": "apikey",`);
    f.s(`    "password": "${T.sendgridKey()}"`, 'sendgrid-api-key', ['json', 'keycloak']);
    f.o(`  },
  "users": [
    {`);
    f.n(`      "id": "${uuid()}",`, 'identifier');
    f.o(`      "username": "admin-break-glass",
      "enabled": true,
      "credentials": [
        {
          "type": "password",
          "createdDate": 1700000000000,`);
    f.n(`          "secretData": "{\\"value\\":\\"${b64(64)}\\",\\"salt\\":\\"${b64(16)}\\",\\"additionalParameters\\":{}}",`, 'password-hash');
    f.o(`          "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\",\\"additionalParameters\\":{}}"
        }
      ],
      "realmRoles": ["admin"]
    }
  ],
  "clients": [
    {`);
    f.n(`      "id": "${uuid()}",`, 'identifier');
    f.o(`      "clientId": "grafana",
      "name": "Grafana",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",`);
    f.s(`      "secret": "${T.genericApiKey(32)}",`, 'oauth-client-secret', ['json', 'keycloak']);
    f.o(`      "redirectUris": ["https://grafana.example.com/login/generic_oauth"],
      "webOrigins": ["https://grafana.example.com"],
      "standardFlowEnabled": true,
      "serviceAccountsEnabled": false,
      "publicClient": false,
      "protocol": "openid-connect"
    },
    {`);
    f.n(`      "id": "${uuid()}",`, 'identifier');
    f.o(`      "clientId": "argocd",
      "name": "Argo CD",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",`);
    f.n(`      "secret": "**********",`, 'masked');
    f.o(`      "redirectUris": ["https://argocd.example.com/auth/callback"],
      "publicClient": false,
      "protocol": "openid-connect"
    },
    {`);
    f.n(`      "id": "${uuid()}",`, 'identifier');
    f.o(`      "clientId": "web-spa",
      "enabled": true,
      "publicClient": true,
      "redirectUris": ["https://app.example.com/*"],
      "webOrigins": ["+"],
      "protocol": "openid-connect"
    }
  ],
  "identityProviders": [
    {
      "alias": "github",
      "providerId": "github",
      "enabled": true,
      "config": {`);
    f.n(`        "clientId": "Iv1.${hex(16)}",`, 'identifier');
    f.n(`        "clientSecret": "**********",`, 'masked');
    f.o(`        "syncMode": "IMPORT"
      }
    },
    {
      "alias": "azure-ad",
      "providerId": "oidc",
      "enabled": true,
      "config": {`);
    f.n(`        "clientId": "${uuid()}",`, 'identifier');
    f.n(`        "clientSecret": "\${vault.azure_ad_client_secret}",`, 'secret-store-reference');
    f.n(`        "tokenUrl": "https://login.microsoftonline.com/${uuid()}/oauth2/v2.0/token",`, 'identifier');
    f.o(`        "clientAuthMethod": "client_secret_post",
        "syncMode": "FORCE"
      }
    }
  ],
  "components": {
    "org.keycloak.storage.UserStorageProvider": [
      {
        "name": "corp-ldap",
        "providerId": "ldap",
        "subComponents": {},
        "config": {
          "vendor": ["other"],
          "connectionUrl": ["ldaps://ldap.corp.example.com"],
          "usersDn": ["ou=people,dc=corp,dc=example,dc=com"],
          "bindDn": ["cn=keycloak,ou=services,dc=corp,dc=example,dc=com"],`);
    f.s(`          "bindCredential": ["${pw({ sym: '!@%^*-_+=.' })}"],`, 'password', ['json', 'keycloak', 'ldap']);
    f.o(`          "editMode": ["READ_ONLY"],
          "syncRegistrations": ["false"]
        }
      }
    ]
  }
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- SSSD
  {
    const f = new FB('sssd/sssd.conf');
    f.o(`# /etc/sssd/sssd.conf (mode 0600, owner root)
[sssd]
config_file_version = 2
services = nss, pam, sudo, ssh
domains = corp.example.com, lab.example.com

[nss]
filter_users = root
filter_groups = root

[pam]
offline_credentials_expiration = 7

[domain/corp.example.com]
id_provider = ldap
auth_provider = ldap
chpass_provider = ldap
sudo_provider = ldap
ldap_uri = ldaps://ldap1.corp.example.com, ldaps://ldap2.corp.example.com
ldap_search_base = dc=corp,dc=example,dc=com
ldap_default_bind_dn = cn=sssd,ou=services,dc=corp,dc=example,dc=com
ldap_default_authtok_type = password`);
    f.s(`ldap_default_authtok = ${pw({ sym: '!@%^*-_+=.' })}`, 'password', ['ini', 'sssd', 'ldap']);
    f.o(`ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/corp-ca.pem
ldap_user_ssh_public_key = sshPublicKey
ldap_sudo_search_base = ou=sudoers,dc=corp,dc=example,dc=com
cache_credentials = true
enumerate = false

[domain/lab.example.com]
id_provider = ad
access_provider = ad
ad_domain = lab.example.com
krb5_realm = LAB.EXAMPLE.COM
ldap_id_mapping = true`);
    f.n(`krb5_keytab = /etc/krb5.keytab`, 'file-reference');
    f.o(`use_fully_qualified_names = false
fallback_homedir = /home/%u`);
    out.push(f);
  }

  // ---------------------------------------------------------------- OpenLDAP slapd.conf
  {
    const f = new FB('openldap/slapd.conf');
    f.o(`include     /etc/openldap/schema/core.schema
include     /etc/openldap/schema/cosine.schema
include     /etc/openldap/schema/inetorgperson.schema
include     /etc/openldap/schema/nis.schema

pidfile     /var/run/openldap/slapd.pid
argsfile    /var/run/openldap/slapd.args

TLSCACertificateFile  /etc/openldap/certs/ca.pem
TLSCertificateFile    /etc/openldap/certs/ldap2.corp.example.com.crt`);
    f.n(`TLSCertificateKeyFile /etc/openldap/certs/ldap2.corp.example.com.key`, 'file-reference');
    f.o(`
database    config
rootdn      "cn=admin,cn=config"`);
    f.n(`rootpw      ${N.ssha()}`, 'password-hash');
    f.o(`
database    mdb
maxsize     1073741824
suffix      "dc=corp,dc=example,dc=com"
rootdn      "cn=Manager,dc=corp,dc=example,dc=com"`);
    f.n(`rootpw      ${N.ssha()}`, 'password-hash');
    f.o(`directory   /var/lib/ldap

index objectClass eq,pres
index uid,memberUid eq,pres,sub
index entryCSN,entryUUID eq

access to attrs=userPassword
    by self write
    by anonymous auth
    by * none
access to *
    by * read

# Replication consumer (ldap1 is the provider)
syncrepl rid=001
    provider=ldaps://ldap1.corp.example.com
    bindmethod=simple
    binddn="cn=replicator,dc=corp,dc=example,dc=com"`);
    f.s(`    credentials=${pw({ sym: '!@^*-_+=.' })}`, 'password', ['slapd', 'ldap']);
    f.o(`    searchbase="dc=corp,dc=example,dc=com"
    type=refreshAndPersist
    retry="60 +"`);
    out.push(f);
  }

  return out;
}
