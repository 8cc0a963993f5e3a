import { FB, pw, rr, b64, hex, A, rs } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

const RB_SYM = '!@%^*-_+=.';

export default function cfgmgmt() {
  const out = [];

  // ---------------------------------------------------------------- Chef attributes
  {
    const f = new FB('chef/cookbooks/webapp/attributes/default.rb');
    f.o(`#
# Cookbook:: webapp
# Attributes:: default
#
# Copyright:: 2023, Acme Platform Team, All Rights Reserved.

default['webapp']['user'] = 'webapp'
default['webapp']['group'] = 'webapp'
default['webapp']['install_dir'] = '/opt/webapp'
default['webapp']['version'] = '4.12.3'
default['webapp']['port'] = 8080
default['webapp']['workers'] = node['cpu']['total'] * 2

default['webapp']['database']['host'] = 'pg-primary.service.consul'
default['webapp']['database']['name'] = 'webapp_production'
default['webapp']['database']['username'] = 'webapp'`);
    f.s(`default['webapp']['database']['password'] = '${pw({ sym: RB_SYM })}'`, 'password', ['ruby', 'chef']);
    f.o(`
# Artifact repository used by recipes/install.rb
default['webapp']['artifactory']['url'] = 'https://artifactory.example.com/artifactory'
default['webapp']['artifactory']['user'] = 'svc-chef'`);
    f.s(`default['webapp']['artifactory']['api_key'] = '${T.jfrogApiKey()}'`, 'artifactory-api-key', ['ruby', 'chef']);
    f.o(`
# Uploads bucket (credentials come from the instance profile)
default['webapp']['s3']['bucket'] = 'acme-webapp-uploads'
default['webapp']['s3']['region'] = 'us-east-1'
default['webapp']['s3']['use_instance_profile'] = true`);
    f.o(`
# Everything below is resolved at converge time - never inline values here.`);
    f.n(`default['webapp']['secret_key_base'] = nil`, 'empty-value');
    f.n(`default['webapp']['newrelic']['license_key'] = ENV['NEW_RELIC_LICENSE_KEY']`, 'env-reference');
    f.n(`default['webapp']['mail']['smtp_password'] = Chef::EncryptedDataBagItem.load('secrets', 'production')['smtp']`, 'secret-store-reference');
    f.o(`default['webapp']['vault']['kv_path'] = 'secret/data/webapp/production'`);
    f.n(`default['webapp']['ssl']['cert_fingerprint'] = 'SHA256:${b64(32).replace(/=+$/, '')}'`, 'fingerprint');
    f.o(`default['webapp']['ssl']['cert_path'] = '/etc/ssl/certs/webapp.pem'
default['webapp']['ssl']['key_path'] = '/etc/ssl/private/webapp.key'`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Puppet hiera
  {
    const f = new FB('puppet/data/common.yaml');
    f.o(`---
lookup_options:
  '^profile::.*::(password|secret|token|api_key)$':
    convert_to: Sensitive

profile::base::ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
profile::base::admin_email: ops@example.com

profile::database::version: '15'
profile::database::listen: '*'`);
    f.n(`profile::database::root_password: ${N.eyaml()}`, 'eyaml-encrypted');
    f.n(`profile::database::replication_password: ${N.eyaml()}`, 'eyaml-encrypted');
    f.o(`profile::database::exporter_user: postgres_exporter`);
    f.n(`profile::database::exporter_password: ${N.eyaml()}`, 'eyaml-encrypted');
    f.o(`
profile::mail::relay_host: smtp.sendgrid.net
profile::mail::relay_user: apikey`);
    f.s(`profile::mail::relay_password: '${T.sendgridKey()}'`, 'sendgrid-api-key', ['yaml', 'hiera']);
    f.o(`
profile::monitoring::datadog_site: datadoghq.eu`);
    f.n(`profile::monitoring::datadog_api_key: ${N.eyaml()}`, 'eyaml-encrypted');
    f.o(`
profile::backup::restic_repository: 's3:s3.amazonaws.com/acme-restic-prod'`);
    f.n(`profile::backup::restic_password: ${N.eyaml()}`, 'eyaml-encrypted');
    f.n(`profile::backup::aws_secret_access_key: "%{alias('profile::backup::aws_secret_key_prod')}"`, 'variable-reference');
    f.o(`
profile::ldap::uri: ldaps://ldap.corp.example.com
profile::ldap::base_dn: dc=corp,dc=example,dc=com`);
    f.n(`profile::ldap::bind_password: ''`, 'empty-value');
    f.n(`profile::ldap::ca_fingerprint: '${N.gpgFingerprint().match(/.{2}/g).join(':')}'`, 'fingerprint');
    out.push(f);
  }

  // ---------------------------------------------------------------- Puppet manifest
  {
    const f = new FB('puppet/site/profile/manifests/database.pp');
    f.o(`# @summary PostgreSQL server profile
#
# Passwords are looked up from hiera (eyaml backend). Do not put values here.
class profile::database (`);
    f.n(`  Sensitive[String] $root_password        = lookup('profile::database::root_password'),`, 'hiera-lookup');
    f.n(`  Sensitive[String] $replication_password = lookup('profile::database::replication_password'),`, 'hiera-lookup');
    f.o(`  String            $exporter_user        = 'postgres_exporter',`);
    f.n(`  Sensitive[String] $exporter_password    = lookup('profile::database::exporter_password'),`, 'hiera-lookup');
    f.o(`  String            $version              = '15',
) {
  class { 'postgresql::globals':
    version              => $version,
    manage_package_repo  => true,
    encoding             => 'UTF8',
  }

  class { 'postgresql::server':
    listen_addresses     => '*',`);
    f.n(`    postgres_password    => $root_password,`, 'variable-reference');
    f.o(`  }

  postgresql::server::role { 'replicator':`);
    f.n(`    password_hash => postgresql::postgresql_password('replicator', $replication_password),`, 'variable-reference');
    f.o(`    replication   => true,
  }

  postgresql::server::role { $exporter_user:`);
    f.n(`    password_hash => postgresql::postgresql_password($exporter_user, $exporter_password),`, 'variable-reference');
    f.o(`  }

  # Grafana read-only role; hash generated offline with postgresql_password()
  postgresql::server::role { 'grafana':`);
    f.n(`    password_hash => 'md5${hex(32)}',`, 'password-hash');
    f.o(`  }

  # Legacy ETL role - scheduled for removal (DBA-88)
  postgresql::server::role { 'legacy_etl':`);
    f.s(`    password_hash => postgresql::postgresql_password('legacy_etl', Sensitive('${pw({ sym: '!@%^*-_+=.' })}')),`, 'password', ['puppet']);
    f.o(`  }

  $pgwatch_token = hiera('profile::database::pgwatch_token')
  file { '/etc/pgwatch/pgwatch.env':
    ensure    => file,
    owner     => 'pgwatch',
    mode      => '0600',`);
    f.n(`    content   => Sensitive("PGW_TOKEN=\${pgwatch_token}\\n"),`, 'variable-reference');
    f.o(`  }
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Salt pillar
  {
    const f = new FB('salt/pillar/mysql/init.sls');
    f.o(`#!jinja|yaml|gpg
{% set env = salt['grains.get']('environment', 'prod') %}

mysql:
  server:
    root_user: root
    root_password: |`);
    f.nb(N.pgpMessageLines().map((l) => (l ? '      ' + l : '')).join('\n'), 'pgp-encrypted');
    f.o(`    bind-address: 0.0.0.0
    port: 3306
    innodb_buffer_pool_size: 12G

  users:
    orders_app:`);
    f.s(`      password: '${pw({ sym: '!@%^*-_+=.' })}'`, 'password', ['yaml', 'salt']);
    f.o(`      host: '10.30.%'
      grants: ['orders.*:ALL']
    exporter:`);
    f.n(`      password_hash: '*${hex(40).toUpperCase()}'`, 'password-hash');
    f.o(`      host: localhost
      grants: ['*.*:PROCESS,REPLICATION CLIENT,SELECT']
    backup:`);
    f.n(`      password: {{ salt['vault'].read_secret('secret/mysql/' ~ env ~ '/backup', 'password') | yaml_encode }}`, 'secret-store-reference');
    f.o(`      host: localhost

  replication:
    user: repl`);
    f.n(`    password: {{ salt['vault'].read_secret('secret/mysql/' ~ env ~ '/replication', 'password') | yaml_encode }}`, 'secret-store-reference');
    f.o(`    source_host: mysql-01.{{ env }}.internal

  ssl:
    ca: |`);
    f.nb(N.certificateLines().map((l) => '      ' + l).join('\n'), 'certificate');
    f.o(`    key: |`);
    f.s(T.ecPrivateKey().split('\n').map((l) => '      ' + l).join('\n'), 'private-key', ['ec', 'yaml', 'salt']);
    out.push(f);
  }

  return out;
}
