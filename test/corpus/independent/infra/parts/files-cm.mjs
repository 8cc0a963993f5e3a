// Configuration management: Chef, Salt, Ansible
import { uri } from './tokens.mjs';
import { indent } from './doc.mjs';

export default [
  ['chef/cookbooks/acme_app/attributes/default.rb', (d, t) => {
    d.t("default['acme_app']['version'] = '3.14.2'");
    d.n(`default['acme_app']['revision'] = '${t.sha()}'`, 'hash');
    d.t("default['acme_app']['db']['host'] = 'orders-db.internal'", "default['acme_app']['db']['user'] = 'orders'");
    const pw = t.password();
    d.p(`default['acme_app']['db']['password'] = '${pw}'`, 'password', pw, 'keyword');
    const skb = t.secretKeyBase();
    d.p(`default['acme_app']['rails']['secret_key_base'] = '${skb}'`, 'secret-key-base', skb, 'keyword');
    const nr = t.newrelic();
    d.p(`default['acme_app']['newrelic']['license_key'] = '${nr}'`, 'newrelic-license-key', nr, 'prefixed');
    d.n("default['acme_app']['smtp']['password'] = data_bag_item('secrets', 'smtp')['password']", 'reference');
    d.n("default['acme_app']['stripe'] = chef_vault_item('apps', 'orders')['stripe']", 'reference');
    d.n("default['acme_app']['redis']['password'] = nil", 'empty');
    d.t("default['acme_app']['jwt']['public_key'] = <<~PEM");
    d.nb(indent(t.publicKeyPem(), 2), 'public');
    d.t('PEM', "default['acme_app']['tls']['key'] = <<~PEM");
    const key = indent(t.ecPem(), 2);
    d.pb(key, 'private-key', key.join('\n'), 'pem', 'ec');
    d.t('PEM');
  }],

  ['salt/pillar/app.sls', (d, t) => {
    d.t('#!jinja|yaml|gpg', '', 'app:', '  db:', '    host: db01.acme.internal', '    user: orders');
    const pw = t.password();
    d.p(`    password: "${pw}"`, 'password', pw, 'keyword');
    const rpw = t.urlPassword();
    d.p(`  redis_url: ${uri('redis', 'default', rpw, 'cache01.acme.internal:6379/2')}`, 'redis-uri', rpw, 'uri');
    d.t('  smtp_password: |');
    d.nb(indent(t.pgpMessage(), 4), 'encrypted');
    d.n("  api_key: {{ salt['vault'].read_secret('secret/data/app', 'api_key') }}", 'reference');
    d.n("  sentry_token: {{ salt['sdb.get']('sdb://vault/secret/data/app?sentry_auth_token') }}", 'reference');
  }],

  ['ansible/group_vars/prod/vars.yml', (d, t) => {
    d.t('---', 'app_env: production', 'db_host: orders-db.internal', 'db_user: orders');
    d.n('db_password: "{{ vault_db_password }}"', 'reference');
    d.t('smtp_password: !vault |');
    d.nb(indent(t.ansibleVault(), 10), 'encrypted');
    const pw = t.password();
    d.p(`redis_password: "${pw}"`, 'password', pw, 'keyword');
    d.n("datadog_api_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/datadog:api_key') }}\"", 'reference');
    d.n('pagerduty_integration_key: "op://Infrastructure/PagerDuty/integration-key"', 'reference');
    d.n('# slack_token: "********"  (moved to vault.yml)', 'placeholder');
    const sg = t.sendgrid();
    d.p(`sendgrid_api_key: "${sg}"`, 'sendgrid-api-key', sg, 'prefixed');
    d.n('nginx_ssl_certificate_key: /etc/ssl/private/acme.key', 'path');
    d.t('deploy_user: deploy', 'deploy_private_key: |');
    const key = indent(t.rsaPem(), 2);
    d.pb(key, 'private-key', key.join('\n'), 'pem', 'rsa');
  }],
];
