import { FB, pw, rr, b64, b64u, rbytes, wrap } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

const INI_SYM = '!@%^*-_+.';

export default function ansible() {
  const out = [];

  // ---------------------------------------------------------------- inventory
  {
    const f = new FB('ansible/inventories/production/hosts.ini');
    f.o(`# Production inventory
# Managed by the platform team - do not edit by hand on the control node.
# Source of truth: infra/ansible (merge requests only)

[all:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
ansible_ssh_common_args='-o StrictHostKeyChecking=accept-new -o ControlPersist=60s'`);
    f.n(`ansible_ssh_private_key_file=~/.ssh/deploy_ed25519`, 'file-reference');
    f.o(`
[web]
web01.prod.internal ansible_host=10.20.1.11
web02.prod.internal ansible_host=10.20.1.12
web03.prod.internal ansible_host=10.20.1.13

[web:vars]
ansible_become=true
ansible_become_method=sudo`);
    f.n(`ansible_become_pass="{{ vault_web_become_pass }}"`, 'template-reference');
    f.o(`
[db]`);
    f.s(`db01.prod.internal ansible_host=10.20.2.21 ansible_user=dbadmin ansible_password=${pw({ sym: INI_SYM })}`, 'password', ['ansible-inventory']);
    f.n(`db02.prod.internal ansible_host=10.20.2.22 ansible_user=dbadmin ansible_password="{{ lookup('env', 'DB02_SSH_PASS') }}"`, 'env-reference');
    f.o(`
[windows]
win-build01.prod.internal ansible_host=10.20.5.40
win-build02.prod.internal ansible_host=10.20.5.41

[windows:vars]
ansible_connection=winrm
ansible_port=5986
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=svc_ansible@CORP.EXAMPLE.COM`);
    f.s(`ansible_password=${pw({ sym: INI_SYM, style: 'random' })}`, 'password', ['ansible-inventory', 'winrm']);
    f.o(`
[legacy]
# TODO(ops-412): migrate these off password auth`);
    f.s(`oldbox.prod.internal ansible_host=10.20.9.5 ansible_user=root ansible_ssh_pass=${pw({ sym: INI_SYM, style: 'human' })}`, 'password', ['ansible-inventory']);
    f.o(`appliance01 ansible_host=10.20.9.6 ansible_network_os=vyos`);
    f.o(`
[monitoring]`);
    f.n(`mon01.prod.internal ansible_host=10.20.3.30 ansible_become_pass=`, 'empty-value');
    f.o(`mon02.prod.internal ansible_host=10.20.3.31

[prod:children]
web
db
windows
legacy
monitoring`);
    out.push(f);
  }

  // ---------------------------------------------------------------- group_vars with !vault
  {
    const f = new FB('ansible/inventories/production/group_vars/dbservers.yml');
    f.o(`---
# PostgreSQL cluster settings for the orders platform
postgresql_version: 15
postgresql_listen_addresses: "*"
postgresql_port: 5432
postgresql_max_connections: 300
postgresql_shared_buffers: 8GB

postgresql_admin_user: postgres`);
    f.n(`postgresql_admin_password: !vault |`, 'ansible-vault');
    f.nb(N.ansibleVaultLines().join('\n'), 'ansible-vault');
    f.o(`
postgresql_replication_user: replicator`);
    f.s(`postgresql_replication_password: "${pw()}"`, 'password', ['yaml', 'ansible']);
    f.o(`
postgresql_databases:
  - name: orders
    owner: app_rw
    encoding: UTF8
  - name: reporting
    owner: app_ro

postgresql_users:
  - name: app_rw`);
    f.n(`    password: "{{ vault_app_rw_password }}"`, 'template-reference');
    f.o(`    db: orders
    priv: ALL
  - name: app_ro`);
    f.n(`    password: "{{ lookup('ansible.builtin.password', 'credentials/app_ro length=32 chars=ascii_letters,digits') }}"`, 'secret-store-reference');
    f.o(`    db: reporting
    priv: "CONNECT/public.orders:SELECT"
  - name: metabase`);
    f.n(`    password: !vault |`, 'ansible-vault');
    f.nb(N.ansibleVaultLines('      ').join('\n'), 'ansible-vault');
    f.o(`    db: reporting

postgresql_hba_entries:
  - { type: host, database: all, user: all, address: "10.20.0.0/16", auth_method: scram-sha-256 }
  - { type: host, database: replication, user: replicator, address: "10.20.2.0/24", auth_method: scram-sha-256 }

# pgBackRest to S3
pgbackrest_repo1_type: s3
pgbackrest_repo1_s3_bucket: acme-pg-backups-prod
pgbackrest_repo1_s3_region: eu-west-1`);
    f.n(`pgbackrest_repo1_s3_key: "{{ lookup('env', 'PGBACKREST_S3_KEY') }}"`, 'env-reference');
    f.n(`pgbackrest_repo1_s3_key_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/pgbackrest:secret_key') }}"`, 'secret-store-reference');
    f.o(`pgbackrest_repo1_cipher_type: aes-256-cbc`);
    f.n(`pgbackrest_repo1_cipher_pass: "{{ vault_pgbackrest_cipher_pass }}"`, 'template-reference');
    f.o(`pgbackrest_retention_full: 4`);
    out.push(f);
  }

  // ---------------------------------------------------------------- role defaults
  {
    const f = new FB('ansible/roles/base/defaults/main.yml');
    f.o(`---
# Defaults for the "base" role. Override secrets in group_vars/*/vault.yml.

base_timezone: Etc/UTC
base_packages:
  - chrony
  - curl
  - htop
  - jq
  - unattended-upgrades

# Local users. The password field takes a crypt(3) HASH (see "mkpasswd -m sha-512").
base_users:
  - name: deploy
    groups: [sudo, docker]
    shell: /bin/bash`);
    f.n(`    password: "${N.sha512crypt()}"`, 'password-hash');
    f.o(`    authorized_keys:`);
    f.n(`      - "${N.sshEd25519Pub('deploy@ci-runner')}"`, 'public-key');
    f.o(`  - name: oncall
    groups: [adm]
    shell: /bin/bash`);
    f.n(`    password: "${N.yescrypt()}"`, 'password-hash');
    f.o(`    authorized_keys:`);
    f.n(`      - "${N.sshEd25519Pub('oncall@laptop-0419')}"`, 'public-key');
    f.o(`  - name: backup
    groups: []
    shell: /usr/sbin/nologin`);
    f.n(`    password: "!"`, 'locked-account');
    f.o(`
# Application defaults (real values live in the vault)`);
    f.n(`base_app_secret_key: "REPLACE_ME"`, 'placeholder');
    f.n(`base_app_api_token: ""`, 'empty-value');
    f.n(`base_smtp_password: "{{ vault_smtp_password }}"`, 'template-reference');
    f.o(`base_smtp_host: smtp.eu.mailgun.org
base_smtp_port: 587
`);
    f.o(`# Chat notifications from the deploy handler`);
    f.s(`base_notify_slack_webhook: "${T.slackWebhook()}"`, 'slack-webhook', ['yaml', 'ansible']);
    f.o(`
# Deploy key used by the git module to pull the config repo
base_git_repo: git@gitlab.example.com:platform/host-config.git
base_git_deploy_key: |`);
    f.s(T.opensshPrivateKey().split('\n').map((l) => '  ' + l).join('\n'), 'private-key', ['openssh', 'yaml']);
    f.o(`base_git_deploy_key_id: ${rr(1000, 99999)}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- SOPS-encrypted vars
  {
    const f = new FB('ansible/inventories/production/group_vars/all/secrets.sops.yml');
    f.o(`# Encrypted with SOPS (age). Edit with: sops group_vars/all/secrets.sops.yml`);
    const keys = ['vault_web_become_pass', 'vault_app_rw_password', 'vault_smtp_password', 'vault_grafana_admin_password', 'vault_registry_token', 'vault_backup_passphrase'];
    for (const k of keys) f.n(`${k}: ${N.sopsEnc()}`, 'sops-encrypted');
    f.n(`vault_ldap_bind_dn: ${N.sopsEnc(34)}`, 'sops-encrypted');
    f.o(`sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:`);
    for (let i = 0; i < 2; i++) {
      f.n(`        - recipient: ${N.ageRecipient()}`, 'public-key');
      f.o(`          enc: |`);
      f.nb(
        [
          '            -----BEGIN AGE ENCRYPTED FILE-----',
          ...wrap(
            Buffer.concat([
              Buffer.from('age-encryption.org/v1\n-> X25519 ' + b64u(32) + '\n' + b64u(32) + '\n--- ' + b64u(32) + '\n'),
              rbytes(rr(40, 60)),
            ]).toString('base64'),
            64,
          ).map((l) => '            ' + l),
          '            -----END AGE ENCRYPTED FILE-----',
        ].join('\n'),
        'age-encrypted',
      );
    }
    f.o(`    lastmodified: "2024-05-02T09:14:51Z"`);
    f.n(`    mac: ${N.sopsEnc(32)}`, 'sops-encrypted');
    f.o(`    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1`);
    out.push(f);
  }

  return out;
}
