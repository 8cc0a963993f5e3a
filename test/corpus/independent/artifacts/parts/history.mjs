// Shell / client history files.
import { Doc, int, str, ALNUM } from './core.mjs';
import { tok, password, neg } from './tokens.mjs';

export function histories() {
  const docs = [];
  // .bash_history
  {
    const d = new Doc('home/deploy/.bash_history');
    d.l('cd /srv/orders', 'git status', 'git pull --rebase');
    d.n(`git checkout ${neg.sha1()}`, 'commit-sha');
    d.s(`export GITHUB_TOKEN=${tok.ghp()}`, 'github-pat', ['shell-history']);
    d.l('gh auth status');
    d.s(`mysql -h 10.20.4.11 -u crm_admin -p'${password('shell')}' crm`, 'password', ['shell-history', 'mysql-cli']);
    d.l('mysql -h 10.20.4.11 -u crm_admin -p crm');
    d.s(`curl -u admin:${password('url')} https://jenkins.internal.example.com/api/json?pretty=true`, 'basic-auth', ['shell-history', 'curl']);
    d.n('curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/me', 'env-reference');
    d.s(`git clone https://oauth2:${tok.glpat()}@gitlab.example.com/platform/orders-deploy.git`, 'gitlab-pat', ['shell-history', 'url-credential']);
    d.n('export VAULT_TOKEN=$(vault login -method=oidc -token-only)', 'command-substitution');
    d.n(`sha256sum orders-2.14.1.tar.gz  # expect ${neg.sha256()}`, 'checksum');
    d.s(`docker login registry.example.com -u ci-bot -p ${password('shell')}`, 'password', ['shell-history', 'docker-login']);
    d.l('docker compose up -d', 'journalctl -u orders -n 200 --no-pager');
    d.s(`aws configure set aws_secret_access_key ${tok.awsSecret()}`, 'aws-secret-access-key', ['shell-history']);
    d.n('echo $AWS_ACCESS_KEY_ID', 'env-reference');
    d.n(`ssh-keygen -lf ~/.ssh/id_ed25519.pub  # SHA256:${str(43, ALNUM + '+/')}`, 'fingerprint');
    d.l('history | tail', 'exit');
    docs.push(d);
  }
  // .zsh_history (extended format)
  {
    const d = new Doc('home/mlopez/.zsh_history');
    let t = 1714550000;
    const e = (cmd) => `: ${(t += int(5, 400))}:0;${cmd}`;
    d.l(e('cd ~/src/analytics'), e('npm ci'));
    d.s(e(`npm config set //registry.npmjs.org/:_authToken ${tok.npm()}`), 'npm-token', ['shell-history']);
    d.l(e('npm publish --access restricted'));
    d.s(e(`export OPENAI_API_KEY="${tok.openai()}"`), 'openai-api-key', ['shell-history']);
    d.l(e('python scripts/summarize.py --limit 20'));
    d.n(e('export OPENAI_API_KEY="sk-..."'), 'placeholder');
    d.s(e(`PGPASSWORD='${password('shell')}' psql -h analytics-db.internal -U etl -d warehouse`), 'password', ['shell-history', 'psql']);
    d.n(e(`kubectl rollout restart deploy/etl --context ${neg.uuid()}`), 'uuid');
    d.n(e('export HF_TOKEN=$(op read "op://Private/HuggingFace/token")'), 'secret-reference');
    d.s(e(`huggingface-cli login --token ${tok.hf()}`), 'huggingface-token', ['shell-history']);
    d.n(e(`git cherry-pick ${neg.short()}`), 'commit-sha');
    d.l(e('git push origin HEAD'));
    docs.push(d);
  }
  // .psql_history
  {
    const d = new Doc('home/dba/.psql_history');
    d.l('\\dt', '\\du', 'SELECT count(*) FROM orders WHERE created_at > now() - interval \'1 day\';');
    d.s(`ALTER ROLE reporting WITH PASSWORD '${password('shell')}';`, 'password', ['psql-history']);
    d.s(`CREATE ROLE grafana_ro LOGIN PASSWORD '${password('shell')}' VALID UNTIL 'infinity';`, 'password', ['psql-history']);
    d.l('GRANT pg_read_all_data TO grafana_ro;', '\\password orders_admin');
    d.n(`SELECT user_id FROM password_resets WHERE token_sha256 = '${neg.sha256()}';`, 'sha256-hash');
    d.n(`UPDATE users SET password_digest = '${neg.bcrypt('2a', 12)}' WHERE id = 42;`, 'bcrypt-hash');
    d.n(`SELECT * FROM api_keys WHERE id = '${neg.uuid()}';`, 'uuid');
    d.l('\\q');
    docs.push(d);
  }
  // .mysql_history (spaces encoded as \040, as the mysql client writes them)
  {
    const d = new Doc('home/dba/.mysql_history');
    const enc = (s) => s.replace(/ /g, '\\040');
    d.l('_HiStOrY_V2_', enc('show databases;'), enc('use crm;'), enc('show tables;'));
    d.s(enc(`CREATE USER 'metabase'@'10.%' IDENTIFIED BY '${password('shell')}';`), 'password', ['mysql-history']);
    d.l(enc("GRANT SELECT ON crm.* TO 'metabase'@'10.%';"));
    d.s(enc(`ALTER USER 'root'@'localhost' IDENTIFIED WITH mysql_native_password BY '${password('shell')}';`), 'password', ['mysql-history']);
    d.n(enc(`SELECT id FROM staff WHERE pw_hash = '${neg.bcrypt('2y', 10)}';`), 'bcrypt-hash');
    d.n(enc(`SELECT SHA2('${neg.uuid()}', 256);`), 'uuid');
    d.s(enc(`UPDATE settings SET value = '${tok.stripe()}' WHERE name = 'stripe_secret';`), 'stripe-secret-key', ['mysql-history']);
    d.n(enc("UPDATE settings SET value = '<redacted>' WHERE name = 'smtp_password';"), 'redacted');
    d.l(enc('flush privileges;'), 'exit');
    docs.push(d);
  }
  return docs;
}
