// CI/CD and Kubernetes: Jenkinsfile environment {}, GitHub Actions env:
// literals, Helm values, JSON inside YAML, PEM in YAML block scalars.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';
import { rsaKey, ed25519OpenSsh } from './keys.mjs';
import { rng, ALPHA } from './rng.mjs';

export function jenkinsfile() {
  const b = new FileBuilder('Jenkinsfile');
  const tfc = T.terraformCloud(), gl = T.glpat();
  b.text(`
pipeline {
    agent { label 'linux-docker' }

    options {
        timestamps()
        timeout(time: 45, unit: 'MINUTES')
        buildDiscarder(logRotator(numToKeepStr: '30'))
    }

    environment {
        TF_IN_AUTOMATION = 'true'
`);
  b.pos(S('terraform-cloud-token', 'terraform-cloud', 'jenkinsfile-environment', tfc), `        TF_TOKEN_app_terraform_io = '${tfc}'`);
  b.pos(S('gitlab-pat', 'gitlab', 'jenkinsfile-environment', gl), `        GITLAB_API_TOKEN = '${gl}'`);
  b.neg('secret-manager', `        DATADOG_API_KEY = credentials('datadog-api-key')`);
  b.neg('secret-manager', `        SLACK_WEBHOOK = credentials('slack-deploy-webhook')`);
  b.text(`
        AWS_REGION = 'eu-west-1'
        GIT_COMMIT_SHORT = "\${env.GIT_COMMIT?.take(7)}"
    }

    stages {
        stage('Checkout') {
            steps { checkout scm }
        }
        stage('Plan') {
            steps {
                dir('infra/terraform') {
                    sh 'terraform init -input=false'
                    sh 'terraform plan -input=false -out=tfplan'
                }
            }
        }
        stage('Apply') {
            when { branch 'main' }
            steps {
                input message: 'Apply to production?'
                dir('infra/terraform') {
                    sh 'terraform apply -input=false tfplan'
                }
            }
        }
        stage('Tag release') {
            when { branch 'main' }
            steps {
`);
  b.neg('secret-manager', `                withCredentials([string(credentialsId: 'gitlab-release-token', variable: 'RELEASE_TOKEN')]) {`);
  b.text(`
                    sh '''
                        curl -fsS --header "PRIVATE-TOKEN: $RELEASE_TOKEN" \\
                          --data "tag_name=v\${BUILD_NUMBER}&ref=main" \\
                          "https://gitlab.com/api/v4/projects/4417/releases"
                    '''
                }
            }
        }
    }

    post {
        failure {
            sh 'curl -fsS -X POST -H "Content-Type: application/json" --data "{\\"text\\":\\"$JOB_NAME failed\\"}" "$SLACK_WEBHOOK"'
        }
        always {
            cleanWs()
        }
    }
}
`);
  b.neg('placeholder', `// TF_TOKEN_app_terraform_io format: ${'x'.repeat(14)}${P.atlasv1}${'x'.repeat(67)}`);
  return b;
}

export function releaseWorkflow() {
  const b = new FileBuilder('.github/workflows/release.yml');
  const vc = T.vercel(), pu = T.pulumi(), gs = T.ghs();
  b.text(`
name: release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write
  id-token: write

env:
  NODE_VERSION: "20"
`);
  b.neg('id-same-shape', `  VERCEL_ORG_ID: team_${rng.b62(24)}`);
  b.neg('id-same-shape', `  VERCEL_PROJECT_ID: prj_${rng.b62(28)}`);
  b.pos(S('vercel-token', 'vercel', 'github-actions-env', vc), `  VERCEL_TOKEN: ${vc}`);
  b.pos(S('pulumi-access-token', 'pulumi', 'github-actions-env', pu), `  PULUMI_ACCESS_TOKEN: ${pu}`);
  b.neg('ci-secret-ref', '  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}');
  b.text(`

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
`);
  b.neg('hash-same-length', `      - uses: actions/checkout@${T.gitSha()} # v4.1.7`);
  b.text(`
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ env.NODE_VERSION }}
          cache: npm
      - run: npm ci
      - run: npm run build
      - name: Deploy to Vercel
        run: npx vercel deploy --prebuilt --prod --token "$VERCEL_TOKEN"

  infra:
    needs: build
    runs-on: ubuntu-latest
    env:
`);
  b.neg('ci-secret-ref', '      PULUMI_CONFIG_PASSPHRASE: ${{ secrets.PULUMI_CONFIG_PASSPHRASE }}');
  b.text(`
    steps:
      - uses: actions/checkout@v4
      - uses: pulumi/actions@v5
        with:
          command: up
          stack-name: acme/prod

  homebrew:
    needs: build
    runs-on: macos-latest
    steps:
      - name: Bump formula
        env:
`);
  b.pos(S('github-app-installation-token', 'github', 'github-actions-env', gs), `          HOMEBREW_GITHUB_API_TOKEN: ${gs}`);
  b.neg('ci-secret-ref', '          COMMITTER_TOKEN: ${{ secrets.HOMEBREW_TAP_TOKEN }}');
  b.neg('ci-secret-ref', '          FALLBACK_TOKEN: ${{ github.token }}');
  b.text(`
        run: |
          brew tap acme/tap
          brew bump-formula-pr --no-browse --tag "\${GITHUB_REF_NAME}" acme/tap/acme-cli
`);
  return b;
}

export function helmValues() {
  const b = new FileBuilder('charts/platform-observability/values-prod.yaml');
  const rt = T.glrt(), dd = T.datadogApiKey(), glc = T.grafanaCloud('acmeprod'), xa = T.xapp();
  b.text(`
# Helm values for the platform-observability umbrella chart (prod-eu-1)
global:
  clusterName: prod-eu-1
  imagePullSecrets: []

gitlab-runner:
  gitlabUrl: https://gitlab.com/
`);
  b.pos(S('gitlab-runner-token', 'gitlab', 'helm-values', rt), `  runnerToken: "${rt}"`);
  b.neg('name-only', '  runnerRegistrationToken: ""');
  b.neg('placeholder', `  # runnerToken: "${N.fill(P.glrt, 20, 'x')}"`);
  b.text(`
  concurrent: 8
  rbac:
    create: true
  runners:
    config: |
      [[runners]]
        [runners.kubernetes]
          namespace = "ci"
          image = "alpine:3.20"
          poll_timeout = 600

datadog:
  datadog:
    site: datadoghq.eu
`);
  b.pos(S('datadog-api-key', 'datadog', 'helm-values', dd), `    apiKey: ${dd}`);
  b.neg('name-only', '    appKey: ""');
  b.neg('secret-manager', '    appKeyExistingSecret: datadog-app-key');
  b.text(`
    logs:
      enabled: true
      containerCollectAll: true
  clusterAgent:
    enabled: true
    image:
`);
  b.neg('hash-same-length', `      digest: sha256:${T.sha256()}`);
  b.text(`

grafana-agent:
  agent:
    mode: flow
  remoteWrite:
    url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    username: "1447720"
`);
  b.pos(S('grafana-cloud-token', 'grafana', 'helm-values', glc), `    password: ${glc}`);
  b.text(`
  extraEnv:
    - name: GRAFANA_CLOUD_TOKEN
      valueFrom:
`);
  b.neg('secret-manager', '        secretKeyRef: { name: grafana-cloud, key: token }');
  b.text(`

slack-bot:
  socketMode: true
`);
  b.pos(S('slack-app-token', 'slack', 'helm-values', xa), `  appToken: ${xa}`);
  b.neg('template-ref', '  botToken: "{{ .Values.global.slackBotToken }}"');
  b.neg('placeholder', `  # appToken format: ${P.xapp}1-${'X'.repeat(11)}-...`);
  b.text(`
  channels:
    alerts: "#alerts-prod"
    deploys: "#deploys"
`);
  return b;
}

export function k8sAppConfig() {
  const b = new FileBuilder('deploy/k8s/release-bot.yaml');
  const gh = T.ghp(), gl = T.glpat();
  b.text(`
apiVersion: v1
kind: ConfigMap
metadata:
  name: release-bot-config
  namespace: tooling
  labels:
    app.kubernetes.io/name: release-bot
    app.kubernetes.io/part-of: tooling
  annotations:
`);
  b.neg('hash-same-length', `    config.acme.io/revision: "${T.gitSha()}"`);
  b.text(`
data:
  LOG_LEVEL: info
  config.json: |
    {
      "github": {
        "owner": "acme",
        "repos": ["api", "web", "cli"],
`);
  b.pos(S('github-pat', 'github', 'json-in-yaml-block-scalar', gh), `        "token": "${gh}"`);
  b.text(`
      },
      "schedule": "0 9 * * 1-5",
      "dryRun": false
    }
`);
  b.pos(S('gitlab-pat', 'gitlab', 'json-string-in-yaml', gl),
    `  gitlab.json: '{"url": "https://gitlab.com", "token": "${gl}", "group": "acme/platform"}'`);
  b.line('  example.json: |');
  b.neg('placeholder', `    {"github": {"token": "${N.fill(P.ghp, 36)}"}}`);
  b.text(`
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-bot
  namespace: tooling
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: release-bot
  template:
    metadata:
      labels:
        app.kubernetes.io/name: release-bot
    spec:
      containers:
        - name: bot
`);
  b.neg('hash-same-length', `          image: ghcr.io/acme/release-bot@sha256:${T.sha256()}`);
  b.text(`
          env:
            - name: GITHUB_TOKEN
              valueFrom:
`);
  b.neg('secret-manager', '                secretKeyRef: { name: release-bot, key: github-token }');
  b.text(`
            - name: GITLAB_TOKEN
`);
  b.neg('template-ref', '              value: "$(GITLAB_TOKEN_FROM_VAULT)"');
  b.text(`
          volumeMounts:
            - name: config
              mountPath: /etc/release-bot
              readOnly: true
      volumes:
        - name: config
          configMap:
            name: release-bot-config
`);
  return b;
}

export function grafanaDatasources() {
  const b = new FileBuilder('observability/dashboards-sync/config.yaml');
  const sa = T.grafanaSa(), app = T.datadogAppKey();
  b.text(`
# dashboards-sync: mirrors dashboards and alert rules between Grafana and Datadog.
# Run: dashboards-sync --config observability/dashboards-sync/config.yaml

grafana:
  url: https://grafana.acme.io
`);
  b.pos(S('grafana-service-account-token', 'grafana', 'yaml-value', sa), `  token: ${sa}`);
  b.text(`
  folder: platform
  orgId: 1
  timeout: 30s

sources:
  - name: datadog
    type: datadog
    site: datadoghq.eu
`);
  b.neg('template-ref', '    apiKey: ${DD_API_KEY}');
  b.pos(S('datadog-app-key', 'datadog', 'yaml-value', app), `    appKey: ${app}`);
  b.text(`
  - name: loki
    type: loki
    url: http://loki-gateway.monitoring.svc.cluster.local
    basicAuth: false
  - name: grafana-staging
    type: grafana
    url: https://grafana.staging.acme.io
`);
  b.neg('env-read', '    token: !env GRAFANA_STAGING_TOKEN');
  b.neg('placeholder', `    # token: ${P.glsa}${'X'.repeat(32)}_${'0'.repeat(8)}`);
  b.text(`

dashboards:
`);
  for (const name of ['api-latency', 'checkout-funnel', 'queue-depth']) {
    b.neg('id-same-shape', `  - uid: ${rng.str(ALPHA.lownum, 14)}`);
    b.line(`    title: ${name}`);
    b.line('    sync: both');
  }
  b.text(`

alerts:
  folder: platform-alerts
  evaluationInterval: 1m
  notify: "#alerts-prod"
`);
  return b;
}

export function ansibleVault() {
  const b = new FileBuilder('deploy/ansible/group_vars/prod/vault.yml');
  const rsa = rsaKey(2048);
  const ind = (l) => '  ' + l;
  b.text(`
---
# group_vars/prod/vault.yml
# TODO(OPS-2290): encrypt with ansible-vault before the next release.
vault_deploy_user: deploy
vault_tls_cert: |
`);
  const certBody = Buffer.from(rng.bytes(900)).toString('base64');
  b.negLines('certificate', ['  -----BEGIN CERTIFICATE-----', ...('MIID' + certBody).match(/.{1,64}/g).map(ind), '  -----END CERTIFICATE-----']);
  b.line('vault_tls_key: |');
  b.posLines(S('rsa-private-key', 'pem', 'yaml-block-scalar', undefined), rsa.pkcs1Lines.map(ind));
  b.neg('secret-manager', `vault_tls_key_passphrase: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=prod/tls:passphrase') }}"`);
  b.line('vault_tls_pubkey: |');
  b.negLines('public-key', rsa.publicLines.map(ind));
  b.neg('public-key', `vault_ssh_authorized_key: "${ed25519OpenSsh('deploy@acme').publicLine}"`);
  b.line('vault_ssh_private_key: !vault |');
  b.negLines('encrypted-blob', ['  $ANSIBLE_VAULT;1.1;AES256', ...Array.from({ length: 6 }, () => '  ' + rng.hex(80))]);
  return b;
}
