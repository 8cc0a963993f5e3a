// GitLab CI, Bitbucket Pipelines, Drone, Buildkite, Tekton, Argo CD, Flux, Helm
import { Buffer } from 'node:buffer';
import { J, uri } from './tokens.mjs';
import { indent } from './doc.mjs';

export default [
  ['ci/.gitlab-ci.yml', (d, t) => {
    d.t(`stages: [build, test, deploy]

variables:
  DOCKER_DRIVER: overlay2
  DOCKER_TLS_CERTDIR: "/certs"
  IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
  SONAR_HOST_URL: https://sonar.acme.internal`);
    const sq = t.sonarProject();
    d.p(`  SONAR_TOKEN: "${sq}"`, 'sonarqube-token', sq, 'prefixed');
    const gl = t.glpat();
    d.p(`  GITLAB_API_TOKEN: ${gl}`, 'gitlab-pat', gl, 'prefixed');
    d.n('  NPM_TOKEN: $CI_JOB_TOKEN', 'reference');
    d.t('', 'default:');
    d.n(`  image: node:20.11-bookworm@sha256:${t.sha256()}`, 'hash');
    d.t(`
build:
  stage: build
  image: docker:24.0
  services: [docker:24.0-dind]
  script:`);
    d.n('    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"', 'reference');
    d.n('    - docker build --build-arg NPM_TOKEN="${NPM_TOKEN}" -t "$IMAGE" .', 'reference');
    d.t(`    - docker push "$IMAGE"

test:
  stage: test
  services:
    - name: postgres:16
      alias: db
  variables:
    POSTGRES_DB: app_test
    POSTGRES_USER: runner
    POSTGRES_HOST_AUTH_METHOD: trust`);
    d.n('    DATABASE_URL: "' + 'postgres' + '://runner@db:5432/app_test"', 'no-password');
    d.t(`  script:
    - npm ci
    - npm test

deploy:production:
  stage: deploy
  image: registry.gitlab.com/gitlab-org/cloud-deploy/aws-base:latest
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.acme.internal
  secrets:
    DATABASE_PASSWORD:`);
    d.n('      vault: production/db/password@ops', 'reference');
    d.t('      file: false', '  variables:');
    const ak = t.awsKeyId(), sk = t.awsSecret();
    d.p(`    AWS_ACCESS_KEY_ID: ${ak}`, 'aws-access-key-id', ak, 'prefixed');
    d.p(`    AWS_SECRET_ACCESS_KEY: ${sk}`, 'aws-secret-access-key', sk, 'keyword');
    d.t('    AWS_DEFAULT_REGION: eu-west-1', '  script:', '    - aws sts get-caller-identity');
    d.n('    - \'curl --fail --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/app.tgz "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/app/${CI_COMMIT_TAG}/app.tgz"\'', 'reference');
    d.t('  rules:', '    - if: $CI_COMMIT_TAG');
  }],

  ['ci/bitbucket-pipelines.yml', (d, t) => {
    d.t(`image: atlassian/default-image:4

definitions:
  steps:
    - step: &build
        name: Build and test
        caches: [node]
        script:`);
    d.n('          - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc', 'reference');
    d.t(`          - npm ci && npm test

pipelines:
  branches:
    main:
      - step: *build
      - step:
          name: Push image
          services: [docker]
          script:`);
    const dp = t.dockerPat();
    d.p(`            - docker login -u acmebuild -p ${dp}`, 'dockerhub-pat', dp, 'prefixed');
    d.t(`            - docker build -t acme/web:\${BITBUCKET_COMMIT} .
            - docker push acme/web:\${BITBUCKET_COMMIT}
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/aws-s3-deploy:1.6.1
              variables:`);
    d.n('                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID', 'reference');
    d.n('                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY', 'reference');
    d.t(`                AWS_DEFAULT_REGION: eu-west-1
                S3_BUCKET: acme-web-prod
                LOCAL_PATH: dist
            - pipe: atlassian/slack-notify:2.2.0
              variables:`);
    const wh = t.slackWebhook();
    d.p(`                WEBHOOK_URL: '${wh}'`, 'slack-webhook', wh, 'prefixed');
    d.t('                MESSAGE: "Deployed ${BITBUCKET_COMMIT} to production"');
    const nf = t.netlify();
    d.p(`            - npx netlify-cli deploy --prod --dir=dist --site=acme-docs --auth=${nf}`, 'netlify-token', nf, 'prefixed');
    d.t(`      - step:
          name: Release
          script:
            - pipe: atlassian/ssh-run:0.8.1
              variables:
                SSH_USER: deploy
                SERVER: 10.20.1.15`);
    d.n('                SSH_KEY: $DEPLOY_SSH_KEY', 'reference');
    d.t('                COMMAND: ./release.sh');
  }],

  ['ci/.drone.yml', (d, t) => {
    d.t(`kind: pipeline
type: docker
name: default

steps:
  - name: test`);
    d.n(`    image: golang:1.22@sha256:${t.sha256()}`, 'hash');
    d.t('    environment:', '      GOPRIVATE: github.com/acme/*', '      GITHUB_TOKEN:');
    d.n('        from_secret: github_token', 'reference');
    d.t('    commands:');
    d.n('      - git config --global url."https://x-access-token:$${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"', 'reference');
    d.t(`      - go test ./...

  - name: publish
    image: plugins/docker
    settings:
      repo: acme/ledger
      username: acmebuild
      password:`);
    d.n('        from_secret: docker_password', 'reference');
    d.t(`      tags: ["\${DRONE_COMMIT_SHA:0:8}", latest]

  - name: discord
    image: appleboy/drone-discord
    settings:`);
    d.n(`      webhook_id: "${t.digits(19)}"`, 'id');
    const dw = t.discordWebhookToken();
    d.p(`      webhook_token: ${dw}`, 'discord-webhook-token', dw, 'keyword');
    d.t(`    when:
      status: [failure]

  - name: telegram
    image: appleboy/drone-telegram
    settings:`);
    const tg = t.telegram();
    d.p(`      token: ${tg}`, 'telegram-bot-token', tg, 'prefixed');
    d.t(`      to: "-100${t.digits(10)}"

---
kind: secret
name: docker_password
get:`);
    d.n('  path: secret/data/drone/dockerhub', 'reference');
    d.n('  name: password', 'secret-name');
    d.t('', '---', 'kind: signature');
    d.n(`hmac: ${t.sha256()}`, 'hash');
  }],

  ['.buildkite/pipeline.yml', (d, t) => {
    const acct = t.account();
    d.t('env:', '  DOCKER_BUILDKIT: "1"');
    const bk = t.buildkite();
    d.p(`  BUILDKITE_API_TOKEN: "${bk}"`, 'buildkite-token', bk, 'prefixed');
    const pul = t.pulumi();
    d.p(`  PULUMI_ACCESS_TOKEN: "${pul}"`, 'pulumi-token', pul, 'prefixed');
    const tfc = t.tfc();
    d.p(`  TF_TOKEN_app_terraform_io: "${tfc}"`, 'terraform-cloud-token', tfc, 'prefixed');
    d.t(`
steps:
  - label: ":docker: build"
    key: build
    plugins:
      - ecr#v2.9.0:
          login: true`);
    d.n(`          account_ids: "${acct}"`, 'id');
    d.t(`          region: us-east-1
      - seek-oss/aws-sm#v2.3.2:
          env:`);
    d.n(`            NPM_TOKEN: arn:aws:secretsmanager:us-east-1:${acct}:secret:buildkite/npm-token-${t.s(6)}`, 'reference');
    d.n('            SENTRY_AUTH_TOKEN: buildkite/sentry-auth-token', 'secret-name');
    d.t(`      - docker#v5.11.0:
          image: "node:20-bookworm"
          propagate-environment: true
          environment:`);
    d.n('            - NPM_TOKEN', 'secret-name');
    d.t(`    command: npm ci && npm run build

  - label: ":pulumi: preview"
    command: pulumi preview --stack acme/aws-platform/prod
    secrets:`);
    d.n('      - PULUMI_CONFIG_PASSPHRASE', 'secret-name');
    d.t(`
  - wait

  - label: ":rocket: deploy"
    command: scripts/deploy.sh
    branches: main
    env:`);
    const fly = t.fly();
    d.p(`      FLY_API_TOKEN: "${fly}"`, 'fly-token', fly, 'prefixed');
    d.t('      VAULT_ADDR: https://vault.acme.internal:8200');
    const hv = t.vault();
    d.p(`      VAULT_TOKEN: "${hv}"`, 'vault-token', hv, 'prefixed');
  }],

  ['tekton/git-auth.yaml', (d, t) => {
    d.t(`apiVersion: v1
kind: Secret
metadata:
  name: git-credentials
  namespace: ci
  annotations:
    tekton.dev/git-0: https://github.com
type: kubernetes.io/basic-auth
stringData:
  username: acme-ci-bot`);
    const fg = t.ghFine();
    d.p(`  password: ${fg}`, 'github-fine-grained-pat', fg, 'prefixed');
    d.t(`---
apiVersion: v1
kind: Secret
metadata:
  name: gcr-pusher
  namespace: ci
type: Opaque
stringData:
  key.json: |
    {
      "type": "service_account",
      "project_id": "acme-build-${t.digits(6)}",`);
    d.n(`      "private_key_id": "${t.sha()}",`, 'id');
    const key = t.pkcs8Pem().join('\\n') + '\\n';
    d.p(`      "private_key": "${key}",`, 'gcp-service-account-key', key, 'pem');
    d.t('      "client_email": "tekton-pusher@acme-build.iam.gserviceaccount.com",');
    d.n(`      "client_id": "${t.digits(21)}",`, 'id');
    d.t(`      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
---
apiVersion: v1
kind: Secret
metadata:
  name: registry-auth
  namespace: ci
  annotations:
    tekton.dev/docker-0: https://ghcr.io
type: kubernetes.io/dockerconfigjson
stringData:`);
    const auth = Buffer.from('acme-ci-bot:' + t.ghp()).toString('base64');
    d.p(`  .dockerconfigjson: '{"auths":{"ghcr.io":{"auth":"${auth}"}}}'`, 'docker-config-auth', auth, 'encoded');
    d.t(`---
apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  generateName: build-push-
  namespace: ci
spec:
  pipelineRef:
    name: build-and-push
  params:
    - name: image
      value: ghcr.io/acme/api
    - name: revision`);
    d.n(`      value: ${t.sha()}`, 'hash');
    d.t(`  taskRunTemplate:
    serviceAccountName: tekton-builder
  workspaces:
    - name: git-auth
      secret:`);
    d.n('        secretName: git-credentials', 'secret-name');
    d.t('    - name: gcp-creds', '      secret:');
    d.n('        secretName: gcr-pusher', 'secret-name');
    d.t(`    - name: source
      volumeClaimTemplate:
        spec:
          accessModes: [ReadWriteOnce]
          resources:
            requests:
              storage: 1Gi`);
  }],

  ['argocd/apps/payments.yaml', (d, t) => {
    d.t(`apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: payments
  namespace: argocd
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: commerce
  source:
    repoURL: https://gitlab.com/acme/platform/helm-charts.git`);
    d.n(`    targetRevision: ${t.sha()}`, 'hash');
    d.t(`    path: charts/payments
    helm:
      releaseName: payments
      valueFiles:
        - values-prod.yaml`);
    d.n('        - secrets://values-prod.secrets.yaml', 'reference');
    d.t('      parameters:', '        - name: image.digest');
    d.n(`          value: sha256:${t.sha256()}`, 'hash');
    d.t('        - name: postgresql.auth.existingSecret');
    d.n('          value: payments-db', 'secret-name');
    d.t('        - name: postgresql.auth.password');
    const pw = t.password();
    d.p(`          value: "${pw}"`, 'password', pw, 'keyword');
    d.t('        - name: redis.auth.password');
    d.n('          value: ""', 'empty');
    d.t('        - name: stripe.secretKeyRef');
    d.n('          value: <path:kv/data/payments/prod#stripe_secret_key>', 'reference');
    d.t('        - name: webhooks.signingSecret');
    d.n('          value: vault:secret/data/payments/webhooks#signing_secret', 'reference');
    d.t(`      values: |
        ingress:
          enabled: true
          hosts: [payments.acme.io]
        stripe:`);
    const rk = t.stripeRk();
    d.p(`          restrictedKey: ${rk}`, 'stripe-restricted-key', rk, 'prefixed');
    d.n(`          publishableKey: ${t.stripePk()}`, 'public');
    d.t(`  destination:
    server: https://kubernetes.default.svc
    namespace: payments
  syncPolicy:
    automated:
      prune: true
      selfHeal: true`);
  }],

  ['argocd/repo-secrets.yaml', (d, t) => {
    d.t(`apiVersion: v1
kind: Secret
metadata:
  name: repo-helm-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.com/acme/platform/helm-charts.git
  username: argocd`);
    const gl = t.glpat();
    d.p(`  password: ${gl}`, 'gitlab-pat', gl, 'prefixed');
    d.t(`---
apiVersion: v1
kind: Secret
metadata:
  name: repo-infra-ssh
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: git@github.com:acme/infra.git
  sshPrivateKey: |`);
    const key = indent(t.opensshPem('argocd@acme-prod'), 4);
    d.pb(key, 'private-key', key.join('\n'), 'pem', 'openssh');
    d.t(`---
apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-tls-certs-cm
  namespace: argocd
data:
  git.acme.internal: |`);
    d.nb(indent(t.certificatePem(), 4), 'public', 'certificate');
    d.t(`---
apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-ssh-known-hosts-cm
  namespace: argocd
data:
  ssh_known_hosts: |`);
    d.n(`    git.acme.internal ${t.sshEd25519Pub()}`, 'public');
    d.n(`    git.acme.internal ${t.sshEcdsaPub()}`, 'public');
  }],

  ['argocd/charts/payments/templates/secret.yaml', (d, t) => {
    d.t(`apiVersion: v1
kind: Secret
metadata:
  name: {{ include "payments.fullname" . }}-env
  labels:
    {{- include "payments.labels" . | nindent 4 }}
type: Opaque
stringData:`);
    d.n('  DB_PASSWORD: {{ .Values.postgresql.auth.password | quote }}', 'reference');
    d.n('  STRIPE_SECRET_KEY: {{ required "stripe.secretKey is required" .Values.stripe.secretKey | quote }}', 'reference');
    d.n('  REDIS_URL: "' + 'redis' + '://:{{ .Values.redis.auth.password }}@{{ .Release.Name }}-redis-master:6379/0"', 'reference');
    d.n('  SESSION_SECRET: {{ randAlphaNum 48 | quote }}', 'reference');
    d.t('data:');
    d.n('  API_SIGNING_KEY: {{ .Values.apiSigningKey | b64enc | quote }}', 'reference');
    d.n('  {{- if .Values.sentry.authToken }}', 'reference');
    d.n('  SENTRY_AUTH_TOKEN: {{ .Values.sentry.authToken | b64enc | quote }}', 'reference');
    d.t('  {{- end }}');
  }],

  ['flux/clusters/prod/storefront-secrets.enc.yaml', (d, t) => {
    const acct = t.account();
    d.t(`apiVersion: v1
kind: Secret
metadata:
  name: storefront-env
  namespace: storefront
type: Opaque
stringData:`);
    d.n(`  DATABASE_URL: ${t.sopsEnc(86)}`, 'encrypted');
    d.n(`  STRIPE_SECRET_KEY: ${t.sopsEnc(107)}`, 'encrypted');
    d.n(`  SENDGRID_API_KEY: ${t.sopsEnc(69)}`, 'encrypted');
    d.n(`  SESSION_SECRET: ${t.sopsEnc(48)}`, 'encrypted');
    d.t('sops:', '  kms:');
    d.n(`    - arn: arn:aws:kms:eu-west-1:${acct}:key/${t.uuid()}`, 'id');
    d.t('      created_at: "2024-05-14T09:21:44Z"');
    d.n(`      enc: ${t.kmsBlob(180)}`, 'encrypted');
    d.t('      aws_profile: ""', '  age:');
    d.n(`    - recipient: ${t.ageRecipient()}`, 'public');
    d.t('      enc: |');
    d.nb(indent(t.ageArmor(), 8), 'encrypted');
    d.t('  lastmodified: "2024-05-14T09:21:45Z"');
    d.n(`  mac: ${t.sopsEnc(32)}`, 'encrypted');
    d.t('  pgp: []', '  encrypted_regex: ^(data|stringData)$', '  version: 3.8.1');
  }],

  ['flux/clusters/prod/orders.yaml', (d, t) => {
    d.t(`apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-db
  namespace: orders
spec:
  encryptedData:`);
    d.n(`    username: ${t.sealed(6)}`, 'encrypted');
    d.n(`    password: ${t.sealed(24)}`, 'encrypted');
    d.n(`    connection-string: ${t.sealed(80)}`, 'encrypted');
    d.t(`  template:
    metadata:
      name: orders-db
      namespace: orders
    type: Opaque
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: orders
  namespace: flux-system
spec:
  interval: 10m
  path: ./apps/orders/prod
  prune: true
  sourceRef:
    kind: GitRepository
    name: fleet
  decryption:
    provider: sops
    secretRef:`);
    d.n('      name: sops-age', 'secret-name');
    d.t('  postBuild:', '    substituteFrom:', '      - kind: Secret');
    d.n('        name: orders-vars', 'secret-name');
    d.t(`---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: fleet
  namespace: flux-system
spec:
  interval: 1m
  url: ssh://git@github.com/acme/fleet
  ref:`);
    d.n(`    commit: ${t.sha()}`, 'hash');
    d.t('  secretRef:');
    d.n('    name: flux-system', 'secret-name');
  }],
];
