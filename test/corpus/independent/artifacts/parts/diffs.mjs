// Unified diffs / format-patch files.
import { Doc, int } from './core.mjs';
import { tok, password, privateKeyLines, neg } from './tokens.mjs';

export function diffs() {
  const docs = [];

  // 1. git format-patch adding a production .env
  {
    const d = new Doc('patches/0001-Add-production-env-for-billing-service.patch');
    const sha = neg.sha1();
    d.n(`From ${sha} Mon Sep 17 00:00:00 2001`, 'commit-sha');
    d.l('From: Priya Natarajan <priya.natarajan@example.com>',
      'Date: Tue, 12 Mar 2024 16:41:07 +0530',
      'Subject: [PATCH] Add production env for billing service',
      '',
      'Temporary until the vault integration lands (BILL-482).',
      '---',
      ' services/billing/.env.production | 11 +++++++++++',
      ' 1 file changed, 11 insertions(+)',
      ' create mode 100644 services/billing/.env.production',
      '',
      'diff --git a/services/billing/.env.production b/services/billing/.env.production',
      'new file mode 100644');
    d.n(`index 0000000..${neg.short()}`, 'git-blob-id');
    d.l('--- /dev/null', '+++ b/services/billing/.env.production', '@@ -0,0 +1,11 @@',
      '+NODE_ENV=production', '+DB_HOST=billing-prod.cluster-c9xk2l1m0abc.eu-west-1.rds.amazonaws.com', '+DB_USER=billing_app');
    d.s(`+DB_PASSWORD=${password('shell')}`, 'password', ['env', 'diff-added']);
    d.s(`+STRIPE_SECRET_KEY=${tok.stripe()}`, 'stripe-secret-key', ['diff-added']);
    d.n(`+STRIPE_PUBLISHABLE_KEY=${neg.stripePub()}`, 'publishable-key');
    d.s(`+STRIPE_WEBHOOK_SECRET=${tok.whsec()}`, 'stripe-webhook-secret', ['diff-added']);
    d.n(`+SENTRY_RELEASE=${neg.sha1()}`, 'commit-sha');
    d.n(`+SMTP_PASSWORD=\${SMTP_PASSWORD}`, 'env-reference');
    d.l('+LOG_LEVEL=info');
    d.n(`+AWS_ACCOUNT_ID=${neg.accountId()}`, 'account-id');
    d.l('-- ', '2.44.0', '');
    docs.push(d);
  }

  // 2. key rotation diff: removed lines still hold the old secrets
  {
    const d = new Doc('patches/rotate-ci-credentials.diff');
    d.l('diff --git a/deploy/ci.env b/deploy/ci.env');
    d.n(`index ${neg.short()}..${neg.short()} 100644`, 'git-blob-id');
    d.l('--- a/deploy/ci.env', '+++ b/deploy/ci.env', '@@ -1,9 +1,9 @@', ' # CI deploy settings', ' AWS_REGION=eu-central-1');
    d.s(`-AWS_ACCESS_KEY_ID=${tok.awsId()}`, 'aws-access-key-id', ['diff-removed']);
    d.s(`-AWS_SECRET_ACCESS_KEY=${tok.awsSecret()}`, 'aws-secret-access-key', ['diff-removed']);
    d.n('+AWS_ACCESS_KEY_ID=${{ secrets.AWS_ACCESS_KEY_ID }}', 'env-reference');
    d.n('+AWS_SECRET_ACCESS_KEY=${{ secrets.AWS_SECRET_ACCESS_KEY }}', 'env-reference');
    d.s(`-SLACK_WEBHOOK_URL=${tok.slackWebhook()}`, 'slack-webhook', ['diff-removed']);
    d.n('+SLACK_WEBHOOK_URL_FILE=/run/secrets/slack_webhook', 'file-reference');
    d.l(' DEPLOY_TIMEOUT=600');
    d.n(` ARTIFACT_SHA256=${neg.sha256()}`, 'checksum');
    d.l(' NOTIFY_CHANNEL=#deploys');
    d.l('diff --git a/deploy/README.md b/deploy/README.md');
    d.n(`index ${neg.short()}..${neg.short()} 100644`, 'git-blob-id');
    d.l('--- a/deploy/README.md', '+++ b/deploy/README.md', '@@ -12,4 +12,5 @@ Credentials',
      ' Credentials for the deploy job live in the CI secret store.',
      '-Ask #platform for the current key.',
      '+Rotate with `make rotate-ci-creds`; never commit values here.');
    d.n(`+Example only: AWS_ACCESS_KEY_ID=${neg.awsExampleKeyId()}`, 'documented-example');
    d.l(' ');
    docs.push(d);
  }

  // 3. helm values diff + an SSH deploy key committed by mistake
  {
    const d = new Doc('patches/helm-values-and-deploy-key.patch');
    d.l('diff --git a/charts/orders/values-prod.yaml b/charts/orders/values-prod.yaml');
    d.n(`index ${neg.short()}..${neg.short()} 100644`, 'git-blob-id');
    d.l('--- a/charts/orders/values-prod.yaml', '+++ b/charts/orders/values-prod.yaml', '@@ -20,10 +20,12 @@ image:',
      '   repository: registry.example.com/orders/api');
    d.n(`   digest: sha256:${neg.sha256()}`, 'image-digest');
    d.l(' postgresql:', '   auth:', '     username: orders');
    d.l('-    password: ""');
    d.s(`+    password: "${password()}"`, 'password', ['yaml', 'diff-added']);
    d.n('+    existingSecret: orders-postgres-credentials', 'secret-reference');
    d.l('   primary:', '     persistence:', '       size: 50Gi');
    d.l(' redis:');
    d.s(`+  password: ${password('url')}`, 'password', ['yaml', 'diff-added']);
    d.n(`+  podAnnotations: { checksum/config: ${neg.sha256()} }`, 'checksum');
    d.l('diff --git a/deploy/keys/orders_deploy b/deploy/keys/orders_deploy', 'new file mode 100600');
    d.n(`index 0000000..${neg.short()}`, 'git-blob-id');
    const key = privateKeyLines('OPENSSH');
    d.l('--- /dev/null', '+++ b/deploy/keys/orders_deploy', `@@ -0,0 +1,${key.length} @@`);
    d.sBlock(key.map((l) => '+' + l), 'private-key', ['openssh', 'diff-added']);
    d.l('diff --git a/deploy/keys/orders_deploy.pub b/deploy/keys/orders_deploy.pub', 'new file mode 100644');
    d.n(`index 0000000..${neg.short()}`, 'git-blob-id');
    d.l('--- /dev/null', '+++ b/deploy/keys/orders_deploy.pub', '@@ -0,0 +1 @@');
    d.n('+' + neg.sshEd25519('orders-deploy@ci'), 'public-key');
    docs.push(d);
  }
  return docs.map(fixHunks);
}

/** Recompute the line counts of every @@ hunk header from the hunk body. */
export function fixHunks(doc) {
  const flat = [];
  for (const it of doc.items) it.texts.forEach((t, i) => flat.push({ it, i }));
  for (let k = 0; k < flat.length; k++) {
    const { it, i } = flat[k];
    const m = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@(.*)$/.exec(it.texts[i]);
    if (!m) continue;
    let oldN = 0, newN = 0;
    for (let j = k + 1; j < flat.length; j++) {
      const t = flat[j].it.texts[flat[j].i];
      if (t.startsWith('diff --git') || t.startsWith('@@') || t === '-- ') break;
      if (t.startsWith('+')) newN++;
      else if (t.startsWith('-')) oldN++;
      else if (t.startsWith(' ')) { oldN++; newN++; }
      else break;
    }
    const o = oldN === 1 ? m[1] : `${oldN === 0 ? 0 : m[1]},${oldN}`;
    const nn = newN === 1 ? m[2] : `${m[2]},${newN}`;
    it.texts[i] = `@@ -${o} +${nn} @@${m[3]}`;
  }
  return doc;
}
