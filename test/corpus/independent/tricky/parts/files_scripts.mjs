// Scripts and ops config: Python docstrings/walrus, flow YAML, shell continuations, .bat, Makefile, PEM in YAML, LFS pointer.
import { fb } from './builder.mjs';
import { tok, neg } from './values.mjs';

function rotateKeysPy() {
  const f = fb('scripts/rotate_keys.py');
  f.n('"""Rotate service credentials.', '', 'Usage:', '    python rotate_keys.py --env staging', '', 'Staging admin login (temporary, ask ops before changing):', '    user: ops-admin');
  f.pos(`    password: ${tok.password()}`, 'password', ['docstring']);
  f.n('"""', 'import secrets', 'import uuid', '', 'from meter import PasswordStrengthMeter', '');
  f.neg('secret_santa_list = ["ana", "bo", "chen", "dara"]', 'secret-like-name');
  f.neg('password_strength_meter = PasswordStrengthMeter(min_score=3)', 'secret-like-name');
  f.neg('nonce = secrets.token_hex(16)', 'runtime-nonce');
  f.neg('request_id = str(uuid.uuid4())', 'runtime-nonce');
  f.neg(`EXAMPLE_REQUEST_ID = "${neg.uuid()}"`, 'uuid');
  f.n('', '', 'def rotate(env):', '    """Rotate the key for ``env``.', '', '    The new key is written to Vault; nothing is printed.', '    """');
  f.neg('    # password: read from Vault at runtime, see docs/runbook.md', 'comment-no-value');
  f.pos(`    # TODO: revoke the old publish token ${tok.npm()} after the 2.0 release`, 'npm-token', ['comment', 'todo']);
  f.n('    return vault.rotate(env, length=32)');
  return f;
}

function ghSyncPy() {
  const f = fb('tools/gh_sync.py');
  f.n('import os', 'import secrets', '', 'import requests', '', '', 'def headers():');
  f.neg('    if (token := os.environ.get("GH_TOKEN")) is None:', 'env-reference');
  f.pos(`        token = "${tok.github()}"  # fallback for local runs`, 'github-pat', ['fallback']);
  f.n('    return {"Authorization": f"token {token}"}', '', '', 'def gitlab_headers():');
  f.pos(`    return {"PRIVATE-TOKEN": (gl := "${tok.gitlab()}"), "X-Trace": gl[:4]}`, 'gitlab-pat', ['walrus']);
  f.n('', '', 'def llm_client():');
  f.pos(`    if not (key := os.getenv("OPENAI_API_KEY") or "${tok.openai()}"):`, 'openai-api-key', ['walrus']);
  f.n('        raise RuntimeError("no key")', '    return key', '', '', 'def read_chunks(stream, token_bucket_capacity=500):');
  f.neg('    while (chunk := stream.read(token_bucket_capacity)):', 'secret-like-name');
  f.n('        yield chunk', '');
  f.neg('SESSION_NONCE = secrets.token_urlsafe(24)', 'runtime-nonce');
  return f;
}

function flowYaml() {
  const f = fb('deploy/values.flow.yaml');
  f.n('# Flow-style YAML produced by the chart generator');
  f.neg(`image: {repository: registry.acme.test/orders, digest: "${neg.dockerDigest()}", pullPolicy: IfNotPresent}`, 'docker-digest');
  f.pos(`database: {host: pg.internal, port: 5432, user: orders, password: "${tok.password()}", sslmode: require}`, 'password', ['yaml-flow-mapping']);
  f.neg('cache: {host: redis.internal, ttl: 300, key_prefix: "orders:", password_file: /run/secrets/redis}', 'secret-like-name');
  f.neg('auth: {header: X-API-Key, token_ttl_seconds: 900, token_bucket_capacity: 500}', 'secret-like-name');
  f.pos(`notifications: {slack: {channel: "#deploys", token: "${tok.slack()}"}}`, 'slack-bot-token', ['yaml-flow-mapping']);
  f.neg(`build: {id: "${neg.buildId()}", commit: "${neg.sha1()}"}`, 'build-id');
  return f;
}

function deploySh() {
  const f = fb('scripts/deploy.sh');
  f.n('#!/usr/bin/env bash', 'set -euo pipefail', '');
  f.neg('export GITHUB_TOKEN="${GITHUB_TOKEN:?must be set}"', 'env-reference');
  f.n('', '# Upload the release bundle to the artifact store.', 'curl --fail -X PUT \\');
  f.pos(`  -u "deploy-bot:${tok.password('!#%*-_@^~')}" \\`, 'password', ['shell-continuation', 'basic-auth-cli']);
  f.neg(`  -H "X-Request-Id: $(uuidgen)" \\`, 'runtime-nonce');
  f.n('  -H "Content-Type: application/gzip" \\', '  --data-binary @dist/orders.tgz \\', '  https://artifacts.acme.test/orders/', '');
  f.neg(`echo "${neg.sha256()}  dist/orders.tgz" | sha256sum -c -`, 'content-hash');
  f.n('', '# Legacy storage endpoint still wants the key pair in the query string');
  const secret = tok.awsSecretSpecial();
  f.pos(`LEGACY_URL="https://storage.acme.test/put?access_key=${tok.awsAccess()}"`, 'aws-access-key-id', ['url-query']);
  f.pos(`LEGACY_URL+="&secret_key=${encodeURIComponent(secret)}&region=eu-west-1"`, 'aws-secret-access-key', ['url-encoded']);
  f.neg(`LEGACY_URL+="&content_md5=${encodeURIComponent(Buffer.from(neg.short(32), 'hex').toString('base64'))}"`, 'content-hash');
  f.n('curl --fail --upload-file dist/orders.tgz "$LEGACY_URL"');
  return f;
}

function setupBat() {
  const f = fb('scripts/setup_win.bat');
  f.n('@echo off', 'setlocal', 'set "TOOLS=C:\\Program Files\\Acme\\Tools"');
  f.neg('set "KEYFILE=C:\\Users\\build\\AppData\\Roaming\\acme\\keys\\deploy_private.pem"', 'file-path');
  f.pos(`set NPM_TOKEN=${tok.npm()}`, 'npm-token', ['batch']);
  f.pos(`"%TOOLS%\\acme-cli.exe" login --user svc_build --password ${tok.password('!#*-_@~')} --cache "C:\\ProgramData\\acme\\cache"`, 'password', ['windows-path']);
  f.neg('set "SECRETS_DIR=C:\\ProgramData\\acme\\secrets\\tokens"', 'file-path');
  f.neg(`set BUILD_ID=${neg.buildId()}`, 'build-id');
  f.n('call "%TOOLS%\\build.cmd" --release', 'endlocal');
  return f;
}

function makefile() {
  const f = fb('Makefile');
  f.n('# Build settings', 'IMAGE        ?= registry.acme.test/ledger');
  f.neg(`IMAGE_DIGEST := ${neg.dockerDigest()}`, 'docker-digest');
  f.neg(`BUILD_ID     := ${neg.short(12)}`, 'build-id');
  f.pos(`GITLAB_TOKEN ?= ${tok.gitlab()}`, 'gitlab-pat', ['makefile-conditional-assign']);
  f.neg('NPM_TOKEN    := $(shell cat $(HOME)/.config/acme/npm-token)', 'command-substitution');
  f.pos(`DB_PASSWORD  := ${tok.password('!%*-_@^~')}`, 'password', ['makefile-simple-assign']);
  f.n('', '.PHONY: publish', 'publish:');
  f.n('\tdocker push $(IMAGE)@$(IMAGE_DIGEST)');
  f.neg('\tcurl -H "PRIVATE-TOKEN: $(GITLAB_TOKEN)" https://gitlab.acme.test/api/v4/projects/42/releases', 'env-reference');
  return f;
}

function tlsYaml() {
  const f = fb('config/tls.yaml');
  f.n('tls:', '  enabled: true');
  f.neg('  cert_path: /etc/ssl/certs/ledger.crt', 'file-path');
  f.neg('  private_key_path: /etc/ssl/private/ledger.key', 'file-path');
  f.n('  # inline key for the sidecar (should move to the secret store)', '  private_key: |');
  f.pos(tok.pem().map((l) => '    ' + l).join('\n'), 'private-key', ['pem', 'multi-line', 'yaml-block-scalar']);
  f.neg(`  fingerprint_sha256: "${neg.sha256()}"`, 'hex-hash');
  return f;
}

function lfsPointer() {
  const f = fb('assets/models/classifier.bin');
  f.n('version https://git-lfs.github.com/spec/v1');
  f.neg(`oid sha256:${neg.sha256()}`, 'lfs-oid');
  f.n('size 48213377');
  return f;
}

export default function () {
  return [rotateKeysPy(), ghSyncPy(), flowYaml(), deploySh(), setupBat(), makefile(), tlsYaml(), lfsPointer()];
}
