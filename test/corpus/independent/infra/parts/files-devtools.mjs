// Editor and package-manager configuration
import { J, PH, uri } from './tokens.mjs';
import { CS } from './rng.mjs';

export default [
  ['.vscode/settings.json', (d, t) => {
    d.t('{', '  "editor.formatOnSave": true,', '  "files.exclude": { "**/.terraform": true },',
      '  "terraform.experimentalFeatures.validateOnSave": true,', '  "sqltools.connections": [', '    {',
      '      "name": "orders-prod (read replica)",', '      "driver": "PostgreSQL",',
      `      "server": "orders-ro.cluster-${t.s(12, CS.LODIG)}.eu-west-1.rds.amazonaws.com",`,
      '      "port": 5432,', '      "database": "orders",', '      "username": "analyst",');
    const pw = t.password();
    d.p(`      "password": "${pw}"`, 'password', pw, 'keyword');
    d.t('    },', '    {', '      "name": "local",', '      "driver": "PostgreSQL",', '      "server": "localhost",',
      '      "port": 5432,', '      "database": "orders_dev",', '      "username": "postgres",');
    d.n('      "askForPassword": true', 'boolean');
    d.t('    }', '  ],', '  "rest-client.environmentVariables": {', '    "$shared": { "apiVersion": "2024-04" },');
    d.n('    "staging": { "baseUrl": "https://acme-staging.myshopify.com/admin/api", "token": "{{$dotenv SHOPIFY_STAGING_TOKEN}}" },', 'reference');
    const sh = t.shopify();
    d.p(`    "prod": { "baseUrl": "https://acme-store.myshopify.com/admin/api", "token": "${sh}" }`, 'shopify-token', sh, 'prefixed');
    d.t('  },', '  "sonarlint.connectedMode.connections.sonarqube": [');
    const sq = t.sonarUser();
    d.p(`    { "connectionId": "acme", "serverUrl": "https://sonar.acme.internal", "token": "${sq}" }`, 'sonarqube-token', sq, 'prefixed');
    d.t('  ],', '  "http.proxy": "http://proxy.acme.internal:3128",');
    d.n('  "http.proxyAuthorization": null,', 'empty');
    d.t('  "github.copilot.enable": { "*": true, "plaintext": false }', '}');
  }],

  ['.vscode/launch.json', (d, t) => {
    d.t('{', '  "version": "0.2.0",', '  "configurations": [', '    {', '      "type": "node",', '      "request": "launch",',
      '      "name": "API (local)",', '      "program": "${workspaceFolder}/src/server.ts",', '      "runtimeArgs": ["--import", "tsx"],');
    d.n('      "envFile": "${workspaceFolder}/.env.local",', 'reference');
    d.t('      "env": {', '        "NODE_ENV": "development",');
    const rk = t.stripeRk();
    d.p(`        "STRIPE_API_KEY": "${rk}",`, 'stripe-restricted-key', rk, 'prefixed');
    const mpw = t.urlPassword();
    d.p(`        "MONGO_URL": "${uri('mongodb', 'admin', mpw, '10.0.3.17:27017/orders?authSource=admin')}",`, 'mongodb-uri', mpw, 'uri');
    d.n('        "AUTH_TOKEN": "${input:authToken}"', 'reference');
    d.t('      }', '    },', '    {', '      "type": "debugpy",', '      "request": "launch",', '      "name": "Worker",',
      '      "module": "worker.main",', '      "env": {');
    d.n('        "OPENAI_API_KEY": "<your-openai-api-key>",', 'placeholder');
    d.t('        "AWS_PROFILE": "acme-dev"', '      }', '    }', '  ],', '  "inputs": [');
    d.n('    { "id": "authToken", "type": "promptString", "description": "API bearer token", "password": true }', 'boolean');
    d.t('  ]', '}');
  }],

  ['android/gradle.properties', (d, t) => {
    d.t('org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8', 'org.gradle.caching=true', 'android.useAndroidX=true',
      'kotlin.code.style=official', '', '# Maven Central publishing', 'mavenCentralUsername=acme-release');
    const p1 = t.password();
    d.p(`mavenCentralPassword=${p1}`, 'password', p1, 'keyword');
    d.n(`signing.keyId=${t.hexUpper(8)}`, 'id');
    const p2 = t.humanPassword();
    d.p(`signing.password=${p2}`, 'password', p2, 'keyword');
    d.n('signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg', 'path');
    d.t('', '# Artifactory', 'artifactory_user=ci-publisher');
    const jf = t.jfrog();
    d.p(`artifactory_password=${jf}`, 'jfrog-api-key', jf, 'prefixed');
    d.t('artifactory_contextUrl=https://acme.jfrog.io/artifactory', '', '# Corporate proxy',
      'systemProp.https.proxyHost=proxy.acme.internal', 'systemProp.https.proxyPort=3128', 'systemProp.https.proxyUser=');
    d.n('systemProp.https.proxyPassword=', 'empty');
    d.t('gpr.user=acme-bot');
    d.n('gpr.key=', 'empty');
  }],

  ['rust/.cargo/credentials.toml', (d, t) => {
    d.t('[registry]');
    const c = t.cratesio();
    d.p(`token = "${c}"`, 'crates-io-token', c, 'prefixed');
    d.t('', '[registries.acme]');
    const k = t.s(40);
    d.p(`token = "${k}"`, 'generic-api-key', k, 'keyword');
    d.t('', '[registries.acme-mirror]');
    d.n('token = ""', 'empty');
  }],

  ['maven/settings.xml', (d, t) => {
    d.t('<?xml version="1.0" encoding="UTF-8"?>',
      '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"',
      '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">',
      '  <servers>', '    <server>', '      <id>ossrh</id>', '      <username>acme-release</username>');
    d.n(`      <password>${t.mavenEnc()}</password>`, 'encrypted');
    d.t('    </server>', '    <server>', '      <id>acme-artifactory</id>', '      <username>${env.ARTIFACTORY_USER}</username>');
    d.n('      <password>${env.ARTIFACTORY_PASSWORD}</password>', 'reference');
    d.t('    </server>', '    <server>', '      <id>acme-nexus-releases</id>', '      <username>deployment</username>');
    const pw = t.password();
    d.p(`      <password>${pw}</password>`, 'password', pw, 'keyword');
    d.t('    </server>', '    <server>', '      <id>gitlab-maven</id>', '      <configuration>', '        <httpHeaders>',
      '          <property>', '            <name>Private-Token</name>');
    const gl = t.glpat();
    d.p(`            <value>${gl}</value>`, 'gitlab-pat', gl, 'prefixed');
    d.t('          </property>', '        </httpHeaders>', '      </configuration>', '    </server>', '    <server>',
      '      <id>github</id>', '      <username>acme-bot</username>');
    d.n(`      <password>${PH.ghpX}</password>`, 'placeholder');
    d.t('    </server>', '    <server>', '      <id>deploy-host</id>', '      <username>deploy</username>');
    d.n('      <privateKey>${user.home}/.ssh/id_ed25519</privateKey>', 'path');
    const pp = t.humanPassword();
    d.p(`      <passphrase>${pp}</passphrase>`, 'password', pp, 'keyword');
    d.t('    </server>', '  </servers>', '  <mirrors>', '    <mirror>', '      <id>acme-nexus</id>', '      <mirrorOf>*</mirrorOf>',
      '      <url>https://nexus.acme.internal/repository/maven-public/</url>', '    </mirror>', '  </mirrors>',
      '  <profiles>', '    <profile>', '      <id>release</id>', '      <properties>');
    d.n(`        <gpg.keyname>${t.hexUpper(16)}</gpg.keyname>`, 'id');
    d.n('        <gpg.passphrase>${env.GPG_PASSPHRASE}</gpg.passphrase>', 'reference');
    d.t('      </properties>', '    </profile>', '  </profiles>', '</settings>');
  }],

  ['python/pip.conf', (d, t) => {
    d.t('[global]', 'timeout = 60');
    const gl = t.glpat();
    d.p(`index-url = ${uri('https', '__token__', gl, 'gitlab.com/api/v4/projects/' + t.digits(8) + '/packages/pypi/simple')}`, 'gitlab-pat', gl, 'uri');
    d.t('extra-index-url =');
    const pw = t.urlPassword();
    d.p(`    ${uri('https', 'ci-reader', pw, 'nexus.acme.internal/repository/pypi-all/simple')}`, 'basic-auth-url', pw, 'uri');
    d.n('    https://${PIP_USER}:${PIP_PASSWORD}@artifactory.acme.internal/api/pypi/pypi-remote/simple', 'reference');
    d.t('trusted-host = nexus.acme.internal');
    d.n('# index-url = ' + uri('https', 'USERNAME', 'PASSWORD', 'your-nexus-host/repository/pypi/simple'), 'placeholder');
    d.t('cert = /etc/ssl/certs/acme-root-ca.pem', '', '[install]', 'no-cache-dir = false');
  }],

  ['python/.condarc', (d, t) => {
    d.t('channels:', '  - conda-forge', '  - defaults');
    const pw = t.urlPassword();
    d.p(`channel_alias: ${uri('https', 'ci-conda', pw, 'artifactory.acme.internal/artifactory/api/conda')}`, 'basic-auth-url', pw, 'uri');
    d.t('default_channels:', '  - https://repo.anaconda.com/pkgs/main', 'custom_channels:');
    d.n('  acme-internal: https://${CONDA_USER}:${CONDA_TOKEN}@conda.acme.internal', 'reference');
    d.t('proxy_servers:');
    const ppw = t.urlPassword();
    d.p(`  http: ${uri('http', 'svc-proxy', ppw, 'proxy.acme.internal:3128')}`, 'basic-auth-url', ppw, 'uri');
    d.n('  https: http://proxy.acme.internal:3128', 'no-password');
    d.t('ssl_verify: /etc/ssl/certs/acme-root-ca.pem');
    d.n('client_cert_key: ~/.conda/client.key', 'path');
    d.t('always_yes: true', 'anaconda_upload: false');
  }],

  ['php/auth.json', (d, t) => {
    d.t('{', '    "github-oauth": {');
    const go = t.gho();
    d.p(`        "github.com": "${go}"`, 'github-oauth', go, 'prefixed');
    d.t('    },', '    "gitlab-token": {');
    const gl = t.glpat();
    d.p(`        "gitlab.acme.io": "${gl}"`, 'gitlab-pat', gl, 'prefixed');
    d.t('    },', '    "http-basic": {', '        "repo.packagist.com": {', '            "username": "token",');
    const pw = t.hex(40);
    d.p(`            "password": "${pw}"`, 'password', pw, 'keyword');
    d.t('        },', '        "satis.acme.internal": {', '            "username": "composer",');
    d.n('            "password": ""', 'empty');
    d.t('        }', '    },');
    d.n('    "bitbucket-oauth": {}', 'empty');
    d.t('}');
  }],

  ['js/.yarnrc.yml', (d, t) => {
    d.t('nodeLinker: node-modules', 'yarnPath: .yarn/releases/yarn-4.1.1.cjs', 'enableTelemetry: false',
      'npmRegistryServer: "https://registry.npmjs.org"');
    const np = t.npm();
    d.p(`npmAuthToken: ${np}`, 'npm-token', np, 'prefixed');
    d.n('npmAlwaysAuth: true', 'boolean');
    d.t('npmScopes:', '  acme:', '    npmRegistryServer: "https://npm.pkg.github.com"');
    d.n('    npmAuthToken: "${GITHUB_PACKAGES_TOKEN}"', 'reference');
    d.t('  acme-legacy:', '    npmRegistryServer: "https://nexus.acme.internal/repository/npm-private/"');
    const pw = t.password();
    d.p(`    npmAuthIdent: "ci-npm:${pw}"`, 'npm-auth-ident', pw, 'keyword');
    d.t('  fortawesome:', '    npmRegistryServer: "https://npm.fontawesome.com"');
    d.n('    npmAuthToken: "${FONTAWESOME_NPM_AUTH_TOKEN:-}"', 'reference');
  }],

  ['js/bunfig.toml', (d, t) => {
    d.t('[install]', 'registry = "https://registry.npmjs.org/"', 'exact = true', '', '[install.scopes]');
    d.n('acme = { token = "$NPM_TOKEN", url = "https://npm.pkg.github.com/" }', 'reference');
    const pw = t.password();
    d.p(`partner = { username = "acme-ci", password = "${pw}", url = "https://npm.partner-portal.io/" }`, 'password', pw, 'keyword');
    const np = t.npm();
    d.p(`vendor = { token = "${np}", url = "https://registry.npmjs.org/" }`, 'npm-token', np, 'prefixed');
    d.t('', '[install.cache]', 'dir = "~/.bun/install/cache"', '', '[test]', 'preload = ["./test/setup.ts"]', 'coverage = true');
  }],

  ['ruby/.bundle/config', (d, t) => {
    d.t('---', 'BUNDLE_PATH: "vendor/bundle"', 'BUNDLE_DEPLOYMENT: "true"', 'BUNDLE_WITHOUT: "development:test"');
    const sk = t.sidekiq();
    d.p(`BUNDLE_GEMS__CONTRIBSYS__COM: "${sk}"`, 'bundler-credentials', sk, 'keyword');
    const gh = t.ghp();
    d.p(`BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "acme-bot:${gh}"`, 'github-pat', gh, 'prefixed');
    d.n('BUNDLE_ENTERPRISE__CONTRIBSYS__COM: ""', 'empty');
    d.t('BUNDLE_JOBS: "4"');
  }],
];
