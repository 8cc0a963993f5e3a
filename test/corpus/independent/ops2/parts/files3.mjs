import { F } from './lib.mjs';

export function files3(g) {
  const out = [];
  const host = () => g.pick(['10.20.', '10.40.', '172.16.']) + g.int(0, 30) + '.' + g.int(2, 250);

  // ---------- Consul ----------
  {
    const f = new F('consul/consul.hcl');
    const enc = g.b64(32), mgmt = g.uuid(), agent = g.uuid();
    f.t(`datacenter = "fra1"
data_dir   = "/opt/consul/data"
log_level  = "INFO"
server     = true
bootstrap_expect = 3
client_addr = "0.0.0.0"
retry_join = ["consul-1.internal", "consul-2.internal", "consul-3.internal"]

ui_config {
  enabled = true
}
`);
    f.p(`encrypt = "${enc}"`, enc, 'consul-gossip-key', ['consul', 'hcl']);
    f.t(`
tls {
  defaults {
    ca_file   = "/etc/consul.d/tls/consul-agent-ca.pem"
    cert_file = "/etc/consul.d/tls/fra1-server-consul-0.pem"`);
    f.n('    key_file  = "/etc/consul.d/tls/fra1-server-consul-0-key.pem"', ['path']);
    f.t(`    verify_incoming = true
    verify_outgoing = true
  }
}

acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
  tokens {`);
    f.p(`    initial_management = "${mgmt}"`, mgmt, 'consul-acl-token', ['consul', 'uuid']);
    f.p(`    agent              = "${agent}"`, agent, 'consul-acl-token', ['consul', 'uuid']);
    f.t(`  }
}`);
    out.push(f);
  }
  {
    const f = new F('consul/client.hcl.tpl');
    f.t(`# rendered by consul-template on each client node
datacenter = "fra1"
data_dir   = "/opt/consul/data"
server     = false`);
    f.n('encrypt = "{{ with secret "kv/data/consul/gossip" }}{{ .Data.data.key }}{{ end }}"', ['template', 'vault-reference']);
    f.l('acl {', '  tokens {');
    f.n('    agent = "{{ env "CONSUL_AGENT_TOKEN" }}"', ['template', 'env-reference']);
    f.l('  }', '}');
    out.push(f);
  }

  // ---------- Nomad ----------
  {
    const f = new F('nomad/nomad.hcl');
    const enc = g.b64(32), ct = g.uuid();
    f.t(`datacenter = "fra1"
data_dir   = "/opt/nomad/data"
bind_addr  = "0.0.0.0"

server {
  enabled          = true
  bootstrap_expect = 3`);
    f.p(`  encrypt          = "${enc}"`, enc, 'nomad-gossip-key', ['nomad', 'hcl']);
    f.t(`}

consul {
  address = "127.0.0.1:8500"`);
    f.p(`  token   = "${ct}"`, ct, 'consul-acl-token', ['nomad', 'uuid']);
    f.t(`}

vault {
  enabled = true
  address = "https://vault.service.consul:8200"
  # token is supplied via VAULT_TOKEN in the systemd unit environment file
  create_from_role = "nomad-cluster"
}

tls {
  http = true
  rpc  = true
  ca_file   = "/etc/nomad.d/tls/nomad-ca.pem"
  cert_file = "/etc/nomad.d/tls/server.pem"`);
    f.n('  key_file  = "/etc/nomad.d/tls/server-key.pem"', ['path']);
    f.l('}');
    out.push(f);
  }

  // ---------- Vault ----------
  {
    const f = new F('vault/vault.hcl');
    const ak = g.awsKeyId(), sk = g.awsSecret(), pgpw = g.pwSafe();
    f.t(`ui            = true
cluster_name  = "vault-prod"
api_addr      = "https://vault.example.internal:8200"
cluster_addr  = "https://vault-1.internal:8201"
disable_mlock = true

listener "tcp" {
  address       = "0.0.0.0:8200"
  tls_cert_file = "/etc/vault.d/tls/vault.crt"`);
    f.n('  tls_key_file  = "/etc/vault.d/tls/vault.key"', ['path']);
    f.t(`}

storage "postgresql" {`);
    f.p(`  connection_url = "postgres://vault:${pgpw}@${host()}:5432/vault?sslmode=verify-full"`, pgpw, 'connection-string', ['vault', 'postgres']);
    f.t(`  ha_enabled     = "true"
}

seal "awskms" {
  region     = "eu-central-1"`);
    f.p(`  access_key = "${ak}"`, ak, 'aws-access-key-id', ['vault', 'aws']);
    f.p(`  secret_key = "${sk}"`, sk, 'aws-secret-access-key', ['vault', 'aws']);
    f.t(`  kms_key_id = "alias/vault-unseal"
}

telemetry {
  prometheus_retention_time = "30s"
  disable_hostname          = true
}`);
    out.push(f);
  }
  {
    const f = new F('vault/agent.hcl');
    f.t(`pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.example.internal:8200"
}

auto_auth {
  method "approle" {
    config = {`);
    f.n('      role_id_file_path   = "/etc/vault-agent/role-id"', ['path']);
    f.n('      secret_id_file_path = "/etc/vault-agent/secret-id"', ['path']);
    f.n('      remove_secret_id_file_after_reading = false', []);
    f.t(`    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token" }
  }
}

template {
  source      = "/etc/vault-agent/app.env.ctmpl"
  destination = "/run/app/app.env"
}`);
    out.push(f);
  }
  {
    const f = new F('vault/bootstrap.env');
    const tok = g.vault();
    f.t(`# used once by terraform bootstrap job — rotate after use
VAULT_ADDR=https://vault.example.internal:8200`);
    f.p(`VAULT_TOKEN=${tok}`, tok, 'vault-token', ['vault', 'env']);
    f.l('VAULT_NAMESPACE=admin/ops');
    out.push(f);
  }

  // ---------- Traefik ----------
  {
    const f = new F('traefik/traefik.yml');
    const itok = g.influx();
    f.t(`entryPoints:
  web:
    address: ":80"
    http:
      redirections:
        entryPoint:
          to: websecure
  websecure:
    address: ":443"

providers:
  docker:
    exposedByDefault: false
  file:
    directory: /etc/traefik/dynamic
    watch: true

api:
  dashboard: true

certificatesResolvers:
  le:
    acme:
      email: ops@example.com
      storage: /letsencrypt/acme.json
      dnsChallenge:
        provider: cloudflare
        # CF_DNS_API_TOKEN is injected from the docker secret, not stored here

metrics:
  influxDB2:
    address: https://influx.example.internal:8086`);
    f.p(`    token: ${itok}`, itok, 'influxdb-token', ['traefik']);
    f.t(`    org: ops
    bucket: traefik`);
    out.push(f);
  }
  {
    const f = new F('traefik/dynamic/middlewares.yml');
    f.t(`http:
  middlewares:
    dashboard-auth:
      basicAuth:
        users:`);
    f.n(`          - "admin:${g.apr1()}"`, ['hash', 'apr1']);
    f.n(`          - "ops:${g.bcrypt()}"`, ['hash', 'bcrypt']);
    f.t(`    internal-auth:
      basicAuth:`);
    f.n('        usersFile: /etc/traefik/secrets/internal-users', ['path']);
    f.t(`    secure-headers:
      headers:
        stsSeconds: 31536000
        frameDeny: true`);
    out.push(f);
  }

  // ---------- Envoy ----------
  {
    const f = new F('envoy/envoy.yaml');
    const bt = g.stripe(), hmac = g.b64(32);
    f.t(`static_resources:
  listeners:
  - name: ingress
    address:
      socket_address: { address: 0.0.0.0, port_value: 10000 }
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: ingress_http
          route_config:
            name: local_route
            virtual_hosts:
            - name: payments
              domains: ["*"]
              routes:
              - match: { prefix: "/v1/charges" }
                route: { cluster: payments_api, host_rewrite_literal: api.payments.example }
                request_headers_to_add:
                - header:
                    key: authorization`);
    f.p(`                    value: "Bearer ${bt}"`, bt, 'stripe-secret-key', ['envoy']);
    f.t(`          http_filters:
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:
  - name: payments_api
    type: LOGICAL_DNS
    load_assignment:
      cluster_name: payments_api
      endpoints:
      - lb_endpoints:
        - endpoint:
            address:
              socket_address: { address: api.payments.example, port_value: 443 }
  secrets:
  - name: oauth-hmac
    generic_secret:
      secret:`);
    f.p(`        inline_string: "${hmac}"`, hmac, 'hmac-secret', ['envoy']);
    f.t(`  - name: oauth-client-secret
    generic_secret:
      secret:`);
    f.n('        filename: /etc/envoy/secrets/oauth-client-secret', ['path']);
    f.t(`  - name: server-cert
    tls_certificate:
      certificate_chain: { filename: /etc/envoy/tls/tls.crt }`);
    f.n('      private_key: { filename: /etc/envoy/tls/tls.key }', ['path']);
    out.push(f);
  }

  // ---------- cloud-init ----------
  {
    const f = new F('cloud-init/user-data.yaml');
    const rootpw = g.pwSafe(), upw = g.pwSafe(), dbpw = g.pwSafe();
    f.t(`#cloud-config
hostname: app-worker-07
fqdn: app-worker-07.example.internal
timezone: Europe/Berlin
package_update: true
packages:
  - nginx
  - chrony
  - postgresql-client

users:
  - default
  - name: deploy
    groups: [sudo, docker]
    shell: /bin/bash`);
    f.n(`    passwd: ${g.sha512crypt()}`, ['hash', 'sha512crypt']);
    f.n('    lock_passwd: false', []);
    f.t(`    ssh_authorized_keys:`);
    f.n(`      - ${g.sshPub('deploy@ci')}`, ['public-key']);
    f.n(`      - ${g.sshRsaPub('jdoe@laptop')}`, ['public-key']);
    f.t(`
chpasswd:
  expire: false
  users:`);
    f.p(`    - {name: root, password: ${rootpw}, type: text}`, rootpw, 'password', ['cloud-init', 'chpasswd']);
    f.n(`    - {name: ubuntu, password: ${g.sha512crypt()}}`, ['hash']);
    f.n('    - {name: backup, type: RANDOM}', []);
    f.t(`
ssh_pwauth: false`);
    f.t(`
write_files:
  - path: /etc/app/app.env
    permissions: '0600'
    content: |
      APP_ENV=production
      DB_HOST=db-primary.internal`);
    f.p(`      DB_PASSWORD=${dbpw}`, dbpw, 'password', ['cloud-init', 'env']);
    f.t(`
runcmd:
  - systemctl enable --now nginx`);
    f.p(`  - echo 'deploy:${upw}' | chpasswd`, upw, 'password', ['cloud-init', 'shell']);
    out.push(f);
  }

  // ---------- Kickstart / preseed ----------
  {
    const f = new F('provisioning/ks.cfg');
    const upw = g.pwSafe();
    f.t(`#version=RHEL9
text
lang en_US.UTF-8
keyboard us
timezone Europe/Berlin --utc
network --bootproto=dhcp --device=link --activate --onboot=on
firewall --enabled --service=ssh
selinux --enforcing
bootloader --location=mbr --append="crashkernel=auto"
zerombr
clearpart --all --initlabel
autopart --type=lvm
`);
    f.n('# rootpw --plaintext changeme', ['comment', 'placeholder']);
    f.n(`rootpw --iscrypted ${g.sha512crypt()}`, ['hash']);
    f.p(`user --name=ansible --groups=wheel --password=${upw} --plaintext`, upw, 'password', ['kickstart']);
    f.n(`sshkey --username=ansible "${g.sshPub('ansible@controller')}"`, ['public-key']);
    f.t(`reboot

%packages
@^minimal-environment
openssh-server
%end`);
    out.push(f);
  }
  {
    const f = new F('provisioning/preseed.cfg');
    const pw = g.pwSafe();
    f.t(`### Localization
d-i debian-installer/locale string en_US.UTF-8
d-i keyboard-configuration/xkb-keymap select us
### Network
d-i netcfg/choose_interface select auto
d-i netcfg/get_hostname string unassigned-hostname
### Mirror
d-i mirror/country string manual
d-i mirror/http/hostname string deb.debian.org
d-i mirror/http/directory string /debian
### Account setup`);
    f.p(`d-i passwd/root-password password ${pw}`, pw, 'password', ['preseed']);
    f.p(`d-i passwd/root-password-again password ${pw}`, pw, 'password', ['preseed']);
    f.l('d-i passwd/user-fullname string Ops User', 'd-i passwd/username string ops');
    f.n('#d-i passwd/user-password password insecure', ['comment', 'documented-default']);
    f.n('#d-i passwd/user-password-again password insecure', ['comment', 'documented-default']);
    f.n(`d-i passwd/user-password-crypted password ${g.sha512crypt()}`, ['hash']);
    f.t(`### Partitioning
d-i partman-auto/method string lvm
d-i partman-auto/choose_recipe select atomic
d-i finish-install/reboot_in_progress note`);
    out.push(f);
  }

  // ---------- systemd ----------
  {
    const f = new F('systemd/orders-api.service');
    const dbpw = g.pwSafe(), gh = g.github(), sa = g.grafanaSA();
    f.t(`[Unit]
Description=Orders API
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User=orders
Group=orders
WorkingDirectory=/opt/orders-api
Environment=NODE_ENV=production
Environment=PORT=8080`);
    f.p(`Environment="DATABASE_URL=postgres://orders:${dbpw}@db-primary.internal:5432/orders"`, dbpw, 'connection-string', ['systemd']);
    f.p(`Environment="GITHUB_TOKEN=${gh}"`, gh, 'github-token', ['systemd']);
    f.p(`Environment=GRAFANA_API_TOKEN=${sa}`, sa, 'grafana-token', ['systemd']);
    f.n('EnvironmentFile=-/etc/default/orders-api', ['path']);
    f.n('LoadCredential=stripe-key:/etc/credstore/orders-stripe-key', ['path']);
    f.t(`ExecStart=/usr/bin/node /opt/orders-api/server.js
Restart=on-failure
RestartSec=5
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths=/var/lib/orders-api

[Install]
WantedBy=multi-user.target`);
    out.push(f);
  }

  // ---------- cron ----------
  {
    const f = new F('cron/ops.crontab');
    const pg = g.pwSafe(), mon = g.pwSafe();
    f.t(`SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=ops@example.com

# m h dom mon dow command`);
    f.p(`15 2 * * * PGPASSWORD='${pg}' pg_dump -h db-primary.internal -U backup_ro -Fc app > /backup/app-$(date +\\%F).dump`, pg, 'password', ['cron']);
    f.p(`*/5 * * * * curl -fsS -u monitor:${mon} https://status.example.internal/api/heartbeat >/dev/null`, mon, 'password', ['cron', 'curl']);
    f.n('0 3 * * * /usr/local/bin/restic-backup.sh --password-file /root/.restic-pass', ['path']);
    f.n('30 4 * * 0 PGPASSFILE=/root/.pgpass /usr/local/bin/vacuum-all.sh', ['path']);
    f.l('@reboot /usr/local/bin/warm-cache.sh');
    out.push(f);
  }

  // ---------- sudoers / ssh ----------
  {
    const f = new F('sudoers.d/90-ops');
    f.t(`# Managed by ansible
Defaults:%ops !requiretty
Defaults    env_reset
Defaults    secure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"`);
    f.n('Defaults    passwd_tries=3, passwd_timeout=1', []);
    f.n('Defaults    env_keep += "PGPASSWORD VAULT_ADDR"', []);
    f.l('%ops ALL=(ALL:ALL) ALL');
    f.n('deploy ALL=(root) NOPASSWD: /usr/bin/systemctl restart orders-api, /usr/bin/systemctl reload nginx', []);
    out.push(f);
  }
  {
    const f = new F('ssh/config');
    f.t(`Host bastion
    HostName bastion.example.com
    User jdoe`);
    f.n('    IdentityFile ~/.ssh/id_ed25519', ['path']);
    f.t(`    ForwardAgent no

Host *.internal
    ProxyJump bastion
    User ops`);
    f.n('    IdentityFile ~/.ssh/ops_deploy', ['path']);
    f.n('    PasswordAuthentication no', []);
    f.t(`    StrictHostKeyChecking accept-new
    ServerAliveInterval 30`);
    out.push(f);
  }
  {
    const f = new F('ssh/ops_deploy');
    f.pb(g.pem('openssh'), 'private-key', ['ssh', 'openssh']);
    out.push(f);
  }
  {
    const f = new F('ssh/ops_deploy.pub');
    f.n(g.sshPub('ops-deploy@ansible'), ['public-key']);
    out.push(f);
  }
  {
    const f = new F('ssh/known_hosts');
    f.n('bastion.example.com ' + g.sshPub('').trim(), ['public-key', 'host-key']);
    f.n('|1|' + g.b64(20) + '|' + g.b64(20) + ' ' + g.sshRsaPub('').trim(), ['public-key', 'host-key']);
    out.push(f);
  }
  {
    const f = new F('tls/api.example.com.key');
    f.pb(g.pem('rsa'), 'private-key', ['pem', 'rsa']);
    out.push(f);
  }
  {
    const f = new F('tls/jwt-signing.pub.pem');
    f.nb(g.pemPublic(), ['public-key', 'pem']);
    out.push(f);
  }

  // ---------- Wi-Fi ----------
  {
    const f = new F('wifi/wpa_supplicant.conf');
    const psk1 = g.pwSafe(), psk2 = g.hex(64), eap = g.pwSafe();
    f.t(`ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=DE

# Example: WPA-Personal`);
    f.n('#psk="very secret passphrase"', ['comment', 'documented-default']);
    f.t(`network={
	ssid="warehouse-iot"
	key_mgmt=WPA-PSK`);
    f.p(`	psk="${psk1}"`, psk1, 'wifi-psk', ['wpa_supplicant']);
    f.t(`	priority=5
}

network={
	ssid="office-legacy"`);
    f.p(`	psk=${psk2}`, psk2, 'wifi-psk', ['wpa_supplicant', 'hex']);
    f.t(`}

network={
	ssid="corp-8021x"
	key_mgmt=WPA-EAP
	eap=PEAP
	identity="svc-kiosk@corp.example.com"`);
    f.p(`	password="${eap}"`, eap, 'password', ['wpa_supplicant', 'eap']);
    f.n('	ca_cert="/etc/ssl/certs/corp-radius-ca.pem"', ['path']);
    f.t(`	phase2="auth=MSCHAPV2"
}

network={
	ssid="guest"
	key_mgmt=NONE
}`);
    out.push(f);
  }
  {
    const f = new F('wifi/hostapd.conf');
    const pp = g.pwSafe(), rs = g.pwSafe();
    f.t(`interface=wlan0
driver=nl80211
ssid=lab-ap-01
hw_mode=a
channel=36
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP`);
    f.n('#wpa_passphrase=secret passphrase', ['comment', 'documented-default']);
    f.p(`wpa_passphrase=${pp}`, pp, 'wifi-psk', ['hostapd']);
    f.n('#wpa_psk_file=/etc/hostapd.wpa_psk', ['comment', 'path']);
    f.t(`
# RADIUS accounting
acct_server_addr=10.20.1.5
acct_server_port=1813`);
    f.p(`acct_server_shared_secret=${rs}`, rs, 'radius-secret', ['hostapd']);
    out.push(f);
  }

  // ---------- keepalived ----------
  {
    const f = new F('keepalived/keepalived.conf');
    const ap = g.alnum(8);
    f.t(`global_defs {
   router_id LB1
   enable_script_security
   notification_email { ops@example.com }
   smtp_server 127.0.0.1
}

vrrp_script chk_haproxy {
    script "/usr/bin/killall -0 haproxy"
    interval 2
    weight 2
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 101
    advert_int 1
    authentication {
        auth_type PASS`);
    f.p(`        auth_pass ${ap}`, ap, 'password', ['keepalived']);
    f.t(`    }
    virtual_ipaddress {
        10.20.0.100/24 dev eth0
    }
    track_script {
        chk_haproxy
    }
}

vrrp_instance VI_EXAMPLE {
    state BACKUP
    interface eth1
    virtual_router_id 52
    priority 90
    authentication {
        auth_type PASS`);
    f.n('#       auth_pass 1111', ['comment', 'documented-default']);
    f.t(`    }
    virtual_ipaddress {
        192.168.200.16
    }
}`);
    out.push(f);
  }

  return out;
}
