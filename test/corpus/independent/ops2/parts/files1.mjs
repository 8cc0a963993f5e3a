import { F } from './lib.mjs';

export function files1(g) {
  const out = [];
  const host = () => g.pick(['10.20.', '10.40.', '172.16.']) + g.int(0, 30) + '.' + g.int(2, 250);

  // ---------- nginx ----------
  {
    const f = new F('nginx/sites-available/grafana.example.internal.conf');
    const up = 'svc_proxy:' + g.pwSafe();
    const b = Buffer.from(up).toString('base64');
    const apiKey = g.hex(32);
    f.t(`
# Managed by ansible role nginx-sites — local edits will be overwritten
upstream grafana_backend {
    server 127.0.0.1:3000 max_fails=3 fail_timeout=10s;
    keepalive 16;
}

upstream legacy_reports {
    server ${host()}:8080;
}

server {
    listen 443 ssl http2;
    server_name grafana.example.internal;

    ssl_certificate     /etc/nginx/tls/grafana.example.internal.crt;`);
    f.n('    ssl_certificate_key /etc/nginx/tls/grafana.example.internal.key;', ['path']);
    f.t(`    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:SSL:10m;

    access_log /var/log/nginx/grafana.access.log main;
    client_max_body_size 20m;

    location / {
        proxy_pass http://grafana_backend;
        proxy_set_header Host $host;`);
    f.n('        proxy_set_header Authorization $http_authorization;', ['variable']);
    f.t(`        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /reports/ {
        # legacy app only speaks basic auth; inject service credentials`);
    f.p(`        proxy_set_header Authorization "Basic ${b}";`, b, 'basic-auth-header', ['nginx', 'base64']);
    f.p(`        proxy_set_header X-Api-Key "${apiKey}";`, apiKey, 'api-key', ['nginx', 'hex']);
    f.t(`        proxy_pass http://legacy_reports/;
    }

    location /admin/ {
        auth_basic "Restricted";`);
    f.n('        auth_basic_user_file /etc/nginx/.htpasswd;', ['path']);
    f.t(`        proxy_pass http://grafana_backend;
    }
}`);
    out.push(f);
  }
  {
    const f = new F('nginx/.htpasswd');
    f.n('admin:' + g.apr1(), ['hash', 'apr1']);
    f.n('ops:' + g.bcrypt(), ['hash', 'bcrypt']);
    f.n('metrics:{SHA}' + g.b64(20), ['hash', 'sha1']);
    f.n('readonly:' + g.md5crypt(), ['hash', 'md5crypt']);
    out.push(f);
  }

  // ---------- Apache ----------
  {
    const f = new F('apache/htdocs/intranet/.htaccess');
    const pw = g.pwSafe();
    f.t(`# Intranet wiki — protect with basic auth
Options -Indexes
RewriteEngine On
RewriteCond %{HTTPS} off
RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]

AuthType Basic
AuthName "Intranet"`);
    f.n('AuthUserFile /etc/apache2/htpasswd/intranet', ['path']);
    f.t(`Require valid-user

SetEnv APP_ENV production
SetEnv DB_HOST db-wiki.internal
SetEnv DB_USER wiki`);
    f.p(`SetEnv DB_PASSWORD "${pw}"`, pw, 'password', ['apache', 'setenv']);
    f.n('# SetEnv DB_PASSWORD changeme', ['comment', 'placeholder']);
    out.push(f);
  }
  {
    const f = new F('apache/sites-available/ldap-portal.conf');
    const bindpw = g.pwSafe();
    const tok = g.gitlab();
    f.t(`<VirtualHost *:443>
    ServerName portal.corp.example.com
    DocumentRoot /var/www/portal

    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/portal.crt`);
    f.n('    SSLCertificateKeyFile /etc/ssl/private/portal.key', ['path']);
    f.t(`
    <Location />
        AuthType Basic
        AuthName "Corp SSO"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://ldap.corp.example.com/ou=people,dc=corp,dc=example,dc=com?uid"
        AuthLDAPBindDN "cn=apache-bind,ou=services,dc=corp,dc=example,dc=com"`);
    f.p(`        AuthLDAPBindPassword "${bindpw}"`, bindpw, 'password', ['apache', 'ldap']);
    f.t(`        Require ldap-group cn=portal-users,ou=groups,dc=corp,dc=example,dc=com
    </Location>

    <Location /git-mirror/>
        ProxyPass http://127.0.0.1:8929/
        ProxyPassReverse http://127.0.0.1:8929/`);
    f.p(`        RequestHeader set PRIVATE-TOKEN "${tok}"`, tok, 'gitlab-token', ['apache']);
    f.t(`    </Location>

    # staging vhost reads bind password from a helper instead`);
    f.n('    # AuthLDAPBindPassword "exec:/usr/local/sbin/ldap-bind-pw"', ['comment', 'exec']);
    f.t(`    ErrorLog \${APACHE_LOG_DIR}/portal_error.log
    CustomLog \${APACHE_LOG_DIR}/portal_access.log combined
</VirtualHost>`);
    out.push(f);
  }

  // ---------- HAProxy ----------
  {
    const f = new F('haproxy/haproxy.cfg');
    const stats = g.pwSafe();
    const ins = g.pwSafe();
    f.t(`global
    log /dev/log local0
    chroot /var/lib/haproxy
    stats socket /run/haproxy/admin.sock mode 660 level admin
    user haproxy
    group haproxy
    daemon
    maxconn 20000

defaults
    log     global
    mode    http
    option  httplog
    timeout connect 5s
    timeout client  50s
    timeout server  50s

userlist ops_users
    group admins users alice,bob`);
    f.n('    user alice password ' + g.sha512crypt(), ['hash', 'sha512crypt']);
    f.n('    user bob password ' + g.md5crypt(), ['hash', 'md5crypt']);
    f.p(`    user deploy insecure-password ${ins}`, ins, 'password', ['haproxy']);
    f.t(`
listen stats
    bind *:8404
    stats enable
    stats uri /haproxy?stats
    stats refresh 10s`);
    f.p(`    stats auth admin:${stats}`, stats, 'password', ['haproxy']);
    f.t(`
frontend fe_https
    bind *:443 ssl crt /etc/haproxy/certs/`);
    f.n('    http-request auth realm ops unless { http_auth(ops_users) }', []);
    f.t(`    default_backend be_app

backend be_app
    balance roundrobin
    option httpchk GET /healthz
    server app1 ${host()}:8080 check
    server app2 ${host()}:8080 check`);
    out.push(f);
  }

  // ---------- Postfix ----------
  {
    const f = new F('postfix/sasl_passwd');
    const sg = g.sendgrid();
    const mgpw = g.pwSafe();
    f.t(`# postmap /etc/postfix/sasl_passwd after editing
# relay credentials`);
    f.p(`[smtp.sendgrid.net]:587 apikey:${sg}`, sg, 'sendgrid-api-key', ['postfix']);
    f.p(`[smtp.mailgun.org]:587 postmaster@mg.example.com:${mgpw}`, mgpw, 'password', ['postfix']);
    f.n('# [smtp.example.com]:587 user@example.com:password', ['comment', 'placeholder']);
    out.push(f);
  }
  {
    const f = new F('postfix/main.cf');
    f.t(`# See /usr/share/postfix/main.cf.dist for a commented, more complete version
smtpd_banner = $myhostname ESMTP $mail_name
biff = no
append_dot_mydomain = no
compatibility_level = 3.6

myhostname = mx1.example.com
mydestination = $myhostname, localhost.localdomain, localhost
relayhost = [smtp.sendgrid.net]:587
mynetworks = 127.0.0.0/8 [::1]/128 10.0.0.0/8
inet_interfaces = all

smtp_sasl_auth_enable = yes`);
    f.n('smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd', ['path']);
    f.n('smtp_sasl_security_options = noanonymous', []);
    f.t(`smtp_tls_security_level = encrypt
smtpd_tls_cert_file = /etc/ssl/certs/mx1.pem`);
    f.n('smtpd_tls_key_file = /etc/ssl/private/mx1.key', ['path']);
    out.push(f);
  }

  // ---------- Dovecot ----------
  {
    const f = new F('dovecot/dovecot-sql.conf.ext');
    const pw = g.pwSafe();
    f.t(`# This file is commonly accessed via passdb {} or userdb {} section in
# conf.d/auth-sql.conf.ext
driver = pgsql`);
    f.p(`connect = host=${host()} dbname=mailserver user=dovecot password=${pw}`, pw, 'password', ['dovecot', 'connection-string']);
    f.n('default_pass_scheme = SHA512-CRYPT', []);
    f.n("password_query = SELECT email AS user, password FROM virtual_users WHERE email = '%u'", ['sql']);
    f.t(`user_query = SELECT '/var/mail/vhosts/%d/%n' AS home, 5000 AS uid, 5000 AS gid FROM virtual_users WHERE email = '%u'
iterate_query = SELECT email AS user FROM virtual_users`);
    out.push(f);
  }
  {
    const f = new F('dovecot/users');
    const pw = g.pwSafe();
    f.t('# passwd-file for system mailboxes: user:password:uid:gid::home');
    f.n(`alice@example.com:{SHA512-CRYPT}${g.sha512crypt()}:5000:5000::/var/mail/vhosts/example.com/alice`, ['hash']);
    f.n(`bob@example.com:{BLF-CRYPT}${g.bcrypt()}:5000:5000::/var/mail/vhosts/example.com/bob`, ['hash']);
    f.p(`noreply@example.com:{PLAIN}${pw}:5000:5000::/var/mail/vhosts/example.com/noreply`, pw, 'password', ['dovecot', 'plain']);
    out.push(f);
  }

  // ---------- OpenVPN ----------
  {
    const f = new F('openvpn/server.conf');
    f.t(`port 1194
proto udp
dev tun
ca /etc/openvpn/pki/ca.crt
cert /etc/openvpn/pki/issued/vpn1.crt`);
    f.n('key /etc/openvpn/pki/private/vpn1.key  # This file should be kept secret', ['path']);
    f.n('dh /etc/openvpn/pki/dh.pem', ['path']);
    f.n('tls-auth /etc/openvpn/ta.key 0 # This file is secret', ['path']);
    f.n('askpass /etc/openvpn/private/key-pass.txt', ['path']);
    f.t(`server 10.8.0.0 255.255.255.0
ifconfig-pool-persist /var/log/openvpn/ipp.txt
push "redirect-gateway def1 bypass-dhcp"
push "dhcp-option DNS 10.20.0.2"
keepalive 10 120
cipher AES-256-GCM
auth SHA256
user nobody
group nogroup
persist-key
persist-tun
status /var/log/openvpn/openvpn-status.log
verb 3
explicit-exit-notify 1`);
    out.push(f);
  }
  {
    const f = new F('openvpn/ta.key');
    f.t(`#
# 2048 bit OpenVPN static key
#`);
    const k = g.ovpnStatic();
    f.pb(k, 'openvpn-static-key', ['openvpn']);
    out.push(f);
  }
  {
    const f = new F('openvpn/clients/laptop-jdoe.ovpn');
    f.t(`client
dev tun
proto udp
remote vpn1.example.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
key-direction 1
verb 3`);
    f.n('auth-user-pass', []);
    f.t(`<ca>
-----BEGIN CERTIFICATE-----
${g.wrap(g.b64(600), 64).join('\n')}
-----END CERTIFICATE-----
</ca>
<key>`);
    const k = g.pem('pkcs8');
    f.pb(k, 'private-key', ['openvpn', 'pem']);
    f.l('</key>', '<tls-auth>', '#', '# 2048 bit OpenVPN static key', '#');
    f.pb(g.ovpnStatic(), 'openvpn-static-key', ['openvpn', 'inline']);
    f.l('</tls-auth>');
    out.push(f);
  }

  // ---------- WireGuard ----------
  {
    const f = new F('wireguard/wg0.conf');
    const priv = g.wgKey(), psk = g.wgKey();
    f.t(`# wg0 — site-to-site tunnel fra1 <-> ams1
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820`);
    f.p(`PrivateKey = ${priv}`, priv, 'wireguard-private-key', ['wireguard']);
    f.t(`SaveConfig = false
PostUp = iptables -A FORWARD -i %i -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
PostDown = iptables -D FORWARD -i %i -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# ams1`);
    f.n(`PublicKey = ${g.wgKey()}`, ['public-key']);
    f.p(`PresharedKey = ${psk}`, psk, 'wireguard-preshared-key', ['wireguard']);
    f.t(`AllowedIPs = 10.99.0.2/32, 10.30.0.0/16
Endpoint = 198.51.100.24:51820
PersistentKeepalive = 25

[Peer]
# ops laptop`);
    f.n(`PublicKey = ${g.wgKey()}`, ['public-key']);
    f.t('AllowedIPs = 10.99.0.10/32');
    out.push(f);
  }
  {
    const f = new F('wireguard/wg-template.conf');
    f.t(`# Template rendered by provisioning; keys are generated on the host.
[Interface]
Address = {{ wg_address }}`);
    f.n('# PrivateKey = <output of wg genkey>', ['comment', 'placeholder']);
    f.n('PostUp = wg set %i private-key /etc/wireguard/private.key', ['path']);
    f.l('', '[Peer]');
    f.n('PublicKey = {{ wg_hub_public_key }}', ['template']);
    f.l('AllowedIPs = 10.99.0.0/24', 'Endpoint = hub.example.com:51820');
    out.push(f);
  }

  // ---------- strongSwan ----------
  {
    const f = new F('strongswan/ipsec.secrets');
    const psk1 = g.pwSafe(), eap = g.pwSafe(), psk2 = g.b64(32);
    f.t(`# /etc/ipsec.secrets - strongSwan IPsec secrets file
# This file holds shared secrets or RSA private keys for authentication.
`);
    f.n(': RSA moon.key', ['path']);
    f.n(': ECDSA /etc/ipsec.d/private/gw-ec.pem', ['path']);
    f.p(`moon.strongswan.org sun.strongswan.org : PSK "${psk1}"`, psk1, 'ipsec-psk', ['strongswan']);
    f.p(`198.51.100.7 203.0.113.19 : PSK 0s${psk2}`, psk2, 'ipsec-psk', ['strongswan', 'base64']);
    f.p(`carol : EAP "${eap}"`, eap, 'password', ['strongswan', 'eap']);
    f.n('# include ipsec.*.secrets', ['comment']);
    out.push(f);
  }

  // ---------- Samba / CIFS ----------
  {
    const f = new F('samba/smb.conf');
    f.t(`[global]
   workgroup = CORP
   server string = %h file server
   security = ads
   realm = CORP.EXAMPLE.COM
   log file = /var/log/samba/log.%m
   max log size = 1000
   logging = file
   panic action = /usr/share/samba/panic-action %d
   server role = member server`);
    f.n('   passdb backend = tdbsam', []);
    f.n('   obey pam restrictions = yes', []);
    f.n('   unix password sync = no', []);
    f.n('   username map = /etc/samba/user.map', ['path']);
    f.t(`   map to guest = bad user

[finance]
   path = /srv/shares/finance
   read only = no
   valid users = @finance
   create mask = 0660

[public]
   path = /srv/shares/public
   guest ok = yes
   read only = yes`);
    out.push(f);
  }
  {
    const f = new F('samba/creds/backup.cred');
    const pw = g.pwSafe();
    f.l('username=svc_backup');
    f.p(`password=${pw}`, pw, 'password', ['cifs']);
    f.l('domain=CORP');
    out.push(f);
  }
  {
    const f = new F('etc/fstab');
    const pw = g.pwSafe();
    f.t(`# <file system> <mount point> <type> <options> <dump> <pass>
UUID=3f1c9a7e-2b44-4d1e-9c55-8a2b7f0d1e11 /      ext4 errors=remount-ro 0 1
UUID=9b0e2c11-77aa-4f2e-b1d0-5c6e0a9f3d20 /boot  ext4 defaults 0 2
/swapfile none swap sw 0 0`);
    f.n('//nas01.corp/backup /mnt/backup cifs credentials=/etc/samba/creds/backup.cred,uid=0,gid=0,vers=3.0 0 0', ['path']);
    f.p(`//nas01.corp/media /mnt/media cifs username=media,password=${pw},vers=3.0,ro 0 0`, pw, 'password', ['cifs', 'fstab']);
    f.l('tmpfs /tmp tmpfs defaults,noatime,mode=1777 0 0');
    out.push(f);
  }

  // ---------- OpenLDAP ----------
  {
    const f = new F('openldap/slapd.conf');
    const repl = g.pwSafe();
    f.t(`# See slapd.conf(5) for details on configuration options.
include   /etc/openldap/schema/core.schema
include   /etc/openldap/schema/cosine.schema
include   /etc/openldap/schema/inetorgperson.schema

pidfile   /var/run/openldap/slapd.pid
argsfile  /var/run/openldap/slapd.args

TLSCACertificateFile /etc/openldap/certs/ca.pem
TLSCertificateFile   /etc/openldap/certs/ldap1.pem`);
    f.n('TLSCertificateKeyFile /etc/openldap/certs/ldap1.key', ['path']);
    f.t(`
database  mdb
maxsize   1073741824
suffix    "dc=corp,dc=example,dc=com"
rootdn    "cn=Manager,dc=corp,dc=example,dc=com"
# Cleartext passwords, especially for the rootdn, should
# be avoid.  See slappasswd(8) and slapd.conf(5) for details.`);
    f.n('# rootpw secret', ['comment', 'documented-default']);
    f.n(`rootpw    ${g.ssha()}`, ['hash', 'ssha']);
    f.t(`directory /var/lib/openldap/openldap-data
index     objectClass eq
index     uid,mail eq,sub

syncrepl rid=001
  provider=ldaps://ldap0.corp.example.com
  type=refreshAndPersist
  searchbase="dc=corp,dc=example,dc=com"
  bindmethod=simple
  binddn="cn=replicator,dc=corp,dc=example,dc=com"`);
    f.p(`  credentials=${repl}`, repl, 'password', ['ldap', 'syncrepl']);
    f.l('  retry="60 +"');
    out.push(f);
  }
  {
    const f = new F('openldap/slapd-staging.conf');
    const pw = g.pwSafe();
    f.t(`# staging directory — DO NOT copy to production
database  mdb
suffix    "dc=staging,dc=example,dc=com"
rootdn    "cn=admin,dc=staging,dc=example,dc=com"`);
    f.p(`rootpw    ${pw}`, pw, 'password', ['ldap', 'rootpw']);
    f.l('directory /var/lib/ldap-staging');
    out.push(f);
  }
  {
    const f = new F('nslcd/nslcd.conf');
    const pw = g.pwSafe();
    f.t(`# /etc/nslcd.conf
uid nslcd
gid nslcd
uri ldaps://ldap1.corp.example.com ldaps://ldap2.corp.example.com
base dc=corp,dc=example,dc=com
binddn cn=nss-reader,ou=services,dc=corp,dc=example,dc=com`);
    f.p(`bindpw ${pw}`, pw, 'password', ['ldap', 'nslcd']);
    f.n('#rootpwmoddn cn=admin,dc=example,dc=com', ['comment']);
    f.t(`tls_reqcert demand
tls_cacertfile /etc/ssl/certs/ca-certificates.crt`);
    out.push(f);
  }

  // ---------- SSSD ----------
  {
    const f = new F('sssd/sssd.conf');
    const pw = g.pwSafe();
    f.t(`[sssd]
config_file_version = 2
services = nss, pam, sudo
domains = corp.example.com

[domain/corp.example.com]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap1.corp.example.com
ldap_search_base = dc=corp,dc=example,dc=com
ldap_default_bind_dn = cn=sssd-bind,ou=services,dc=corp,dc=example,dc=com`);
    f.n('ldap_default_authtok_type = password', []);
    f.p(`ldap_default_authtok = ${pw}`, pw, 'password', ['sssd']);
    f.n('ldap_tls_cacert = /etc/pki/tls/certs/ca-bundle.crt', ['path']);
    f.t(`cache_credentials = true
enumerate = false

[pam]
offline_credentials_expiration = 2`);
    out.push(f);
  }

  // ---------- FreeRADIUS ----------
  {
    const f = new F('freeradius/clients.conf');
    const s1 = g.pwSafe(), s2 = g.alnum(24);
    f.t(`# -*- text -*-
##  clients.conf -- client configuration directives

client localhost {
	ipaddr = 127.0.0.1
	proto = *`);
    f.n('	# secret = testing123', ['comment', 'documented-default']);
    f.t(`	require_message_authenticator = no
	nas_type	 = other
}

client core-switches {
	ipaddr = 10.0.10.0/24`);
    f.p(`	secret = ${s1}`, s1, 'radius-secret', ['freeradius']);
    f.t(`	shortname = core-sw
}

client wifi-controller {
	ipaddr = ${host()}`);
    f.p(`	secret = ${s2}`, s2, 'radius-secret', ['freeradius']);
    f.t(`	shortname = wlc01
	nas_type = cisco
}`);
    out.push(f);
  }

  // ---------- Grafana ----------
  {
    const f = new F('grafana/grafana.ini');
    const admin = g.pwSafe(), sk = g.alnum(20), db = g.pwSafe(), sa = g.alnum(32);
    f.t(`##################### Grafana Configuration #####################
app_mode = production
instance_name = grafana-prod-1

[paths]
data = /var/lib/grafana
logs = /var/log/grafana
plugins = /var/lib/grafana/plugins

[server]
protocol = http
http_port = 3000
domain = grafana.example.internal
root_url = https://%(domain)s/

[database]
type = postgres
host = ${host()}:5432
name = grafana
user = grafana`);
    f.p(`password = """${db}"""`, db, 'password', ['grafana', 'ini']);
    f.t(`ssl_mode = require

[security]
disable_initial_admin_creation = false
admin_user = admin`);
    f.n(';admin_password = admin', ['comment', 'documented-default']);
    f.p(`admin_password = ${admin}`, admin, 'password', ['grafana']);
    f.n(';secret_key = ' + 'SW2Ycw' + 'TIb9zpOOhoPsMm', ['comment', 'documented-default']);
    f.p(`secret_key = ${sk}`, sk, 'secret-key', ['grafana']);
    f.t(`cookie_secure = true
disable_gravatar = true

[auth.generic_oauth]
enabled = true
name = Keycloak
client_id = grafana`);
    f.n('client_secret = $__file{/etc/grafana/secrets/oauth_client_secret}', ['file-reference']);
    f.t(`scopes = openid email profile
auth_url = https://sso.example.com/realms/ops/protocol/openid-connect/auth

[smtp]
enabled = false
host = localhost:25
user =`);
    f.n('password =', ['empty']);
    f.t(`from_address = grafana@example.com

[rendering]
server_url = http://renderer:8081/render
callback_url = http://grafana:3000/`);
    f.p(`renderer_token = ${sa}`, sa, 'secret-key', ['grafana']);
    out.push(f);
  }

  return out;
}
