// kubectl secret output, CSV key export, .git/config.
import { Doc, int, str, reg, ALNUM, HEX, B64 } from './core.mjs';
import { tok, password, privateKeyLines, neg, b64 } from './tokens.mjs';

const rb64 = (s) => reg(b64(s));

export function misc() {
  const docs = [];
  // kubectl get secret -o yaml (List of two secrets)
  {
    const d = new Doc('debug/kubectl-get-secret-payments.yaml');
    const dbPw = password('any');
    const apiKey = tok.stripe();
    const dataPw = rb64(dbPw);
    const dataKey = rb64(apiKey);
    const tlsKey = rb64(privateKeyLines('EC').join('\n') + '\n');
    const crtBody = 'MIIB' + str(600, B64);
    const tlsCrt = b64(['-----BEGIN CERTIFICATE-----', ...crtBody.match(/.{1,64}/g), '-----END CERTIFICATE-----'].join('\n') + '\n');
    d.l('apiVersion: v1', 'items:', '- apiVersion: v1', '  data:');
    d.s(`    DB_PASSWORD: ${dataPw}`, 'k8s-secret-base64', ['kubectl', 'password']);
    d.n(`    DB_USER: ${b64('payments')}`, 'base64-non-secret');
    d.s(`    STRIPE_SECRET_KEY: ${dataKey}`, 'k8s-secret-base64', ['kubectl', 'stripe']);
    d.l('  kind: Secret', '  metadata:', '    annotations:');
    const lastApplied = JSON.stringify({ apiVersion: 'v1', data: { DB_PASSWORD: dataPw, DB_USER: b64('payments'), STRIPE_SECRET_KEY: dataKey }, kind: 'Secret', metadata: { annotations: {}, name: 'payments-app', namespace: 'payments' }, type: 'Opaque' });
    d.l('      kubectl.kubernetes.io/last-applied-configuration: |');
    d.s(`        ${lastApplied}`, 'k8s-secret-base64', ['kubectl', 'last-applied']);
    d.l('    creationTimestamp: "2024-03-11T10:02:45Z"', '    name: payments-app', '    namespace: payments');
    d.n(`    resourceVersion: "${int(10000000, 99999999)}"`, 'resource-version');
    d.n(`    uid: ${neg.uuid()}`, 'uuid');
    d.l('  type: Opaque', '- apiVersion: v1', '  data:');
    d.n(`    ca.crt: ${b64(['-----BEGIN CERTIFICATE-----', ...('MIIC' + str(700, B64)).match(/.{1,64}/g), '-----END CERTIFICATE-----'].join('\n') + '\n')}`, 'certificate');
    d.n(`    namespace: ${b64('payments')}`, 'base64-non-secret');
    d.s(`    token: ${rb64(tok.k8sSaJwt())}`, 'k8s-secret-base64', ['kubectl', 'service-account-token']);
    d.l('  kind: Secret', '  metadata:', '    annotations:', '      kubernetes.io/service-account.name: deployer');
    d.n(`      kubernetes.io/service-account.uid: ${neg.uuid()}`, 'uuid');
    d.l('    name: deployer-token', '    namespace: payments', '  type: kubernetes.io/service-account-token',
      '- apiVersion: v1', '  data:');
    d.n(`    tls.crt: ${tlsCrt}`, 'certificate');
    d.s(`    tls.key: ${tlsKey}`, 'k8s-secret-base64', ['kubectl', 'private-key']);
    d.l('  kind: Secret', '  metadata:', '    name: payments-tls', '    namespace: payments', '  type: kubernetes.io/tls',
      'kind: List', 'metadata:', '  resourceVersion: ""');
    docs.push(d);
  }
  // CSV export of API keys from an admin console
  {
    const d = new Doc('exports/api-keys-export-2024-06-01.csv');
    d.l('id,name,owner,key,created_at,last_used_at,status');
    const day = () => `2024-0${int(1, 4)}-${int(10, 28)}T${int(10, 23)}:${int(10, 59)}:00Z`;
    const used = () => `2024-05-${int(20, 31)}T${int(10, 23)}:${int(10, 59)}:00Z`;
    d.s(`${neg.uuid()},ci-deploy,platform-team,${tok.ghp()},${day()},${used()},active`, 'github-pat', ['csv']);
    d.s(`${neg.uuid()},billing-reconcile,finance-eng,${tok.stripeLong()},${day()},${used()},active`, 'stripe-secret-key', ['csv']);
    d.s(`${neg.uuid()},marketing-email,growth,${tok.sendgrid()},${day()},,active`, 'sendgrid-api-key', ['csv']);
    d.n(`${neg.uuid()},legacy-partner,partnerships,${'sk' + '_live_'}****************${str(4, ALNUM)},${day()},${used()},revoked`, 'masked');
    d.n(`${neg.uuid()},old-zapier,ops,<redacted>,${day()},,revoked`, 'redacted');
    d.s(`${neg.uuid()},metrics-push,sre,${tok.hex32()},${day()},${used()},active`, 'datadog-api-key', ['csv']);
    d.n(`${neg.uuid()},sandbox-demo,devrel,${'sk' + '_test_'}xxxxxxxxxxxxxxxxxxxxxxxx,${day()},,active`, 'placeholder');
    docs.push(d);
  }
  // .git/config with credentials in remote URL and an extraheader
  {
    const d = new Doc('repos/orders-api/.git/config');
    d.l('[core]', '\trepositoryformatversion = 0', '\tfilemode = true', '\tbare = false', '\tlogallrefupdates = true');
    d.l('[remote "origin"]');
    d.s(`\turl = https://x-access-token:${tok.ghs()}@github.com/acme/orders-api.git`, 'github-token', ['git-config', 'url-credential']);
    d.l('\tfetch = +refs/heads/*:refs/remotes/origin/*');
    d.l('[remote "upstream"]', '\turl = git@github.com:acme-oss/orders-api.git', '\tfetch = +refs/heads/*:refs/remotes/upstream/*');
    d.l('[remote "mirror"]');
    d.s(`\turl = https://deploy-bot:${password('url')}@git.internal.example.com/mirrors/orders-api.git`, 'url-credential', ['git-config']);
    d.l('[branch "main"]', '\tremote = origin', '\tmerge = refs/heads/main');
    d.l('[http "https://github.com/"]');
    d.s(`\textraheader = AUTHORIZATION: basic ${rb64('x-access-token:' + tok.ghs())}`, 'github-token', ['git-config', 'base64', 'extraheader']);
    d.l('[user]', '\tname = Orders CI');
    d.n(`\tsigningkey = ${str(16, HEX).toUpperCase()}`, 'gpg-key-id');
    d.l('[lfs]');
    d.n('\turl = https://github.com/acme/orders-api.git/info/lfs', 'url-without-credential');
    d.l('[credential]', '\thelper = store');
    docs.push(d);
  }
  return docs;
}
