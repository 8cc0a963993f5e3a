import { FB, pw, rr, rs, hex, reg, uuid, A } from './core.mjs';
import * as T from './tokens.mjs';
import * as N from './negs.mjs';

export default function buildtools() {
  const out = [];

  // ---------------------------------------------------------------- Jenkins credentials.xml
  {
    const f = new FB('jenkins/credentials.xml');
    f.o(`<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deployer</id>
          <description>Nexus deploy user</description>
          <username>svc-nexus</username>`);
    f.n(`          <password>${N.jenkinsEncrypted(32)}</password>`, 'jenkins-encrypted');
    f.o(`          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-bot-token</id>
          <description>Slack bot token for build notifications</description>`);
    f.n(`          <secret>${N.jenkinsEncrypted(64)}</secret>`, 'jenkins-encrypted');
    f.o(`        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey plugin="ssh-credentials@337.v395d2403ccd4">
          <scope>GLOBAL</scope>
          <id>git-deploy-key</id>
          <description>Read-only deploy key for platform repos</description>
          <username>git</username>
          <usePrivateKeyAsUsername>false</usePrivateKeyAsUsername>
          <privateKeySource class="com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource">`);
    f.n(`            <privateKey>${N.jenkinsEncrypted(160)}</privateKey>`, 'jenkins-encrypted');
    f.o(`          </privateKeySource>
        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>
        <org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>kubeconfig-prod</id>
          <description>kubeconfig for the prod cluster</description>
          <fileName>kubeconfig</fileName>`);
    f.n(`          <secretBytes>${N.jenkinsEncrypted(208)}</secretBytes>`, 'jenkins-encrypted');
    f.o(`        </org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>dockerhub</id>
          <description>Docker Hub pull account</description>
          <username>acmeci</username>`);
    f.n(`          <password>${N.jenkinsEncrypted(48)}</password>`, 'jenkins-encrypted');
    f.o(`          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Jenkins CasC
  {
    const f = new FB('jenkins/casc/jenkins.yaml');
    f.o(`jenkins:
  systemMessage: "Configured by JCasC - changes in the UI will be overwritten"
  numExecutors: 0
  mode: EXCLUSIVE
  securityRealm:
    ldap:
      configurations:
        - server: ldaps://ldap.corp.example.com
          rootDN: dc=corp,dc=example,dc=com
          userSearchBase: ou=people
          managerDN: cn=jenkins,ou=services,dc=corp,dc=example,dc=com`);
    f.n(`          managerPasswordSecret: "\${LDAP_MANAGER_PASSWORD}"`, 'env-reference');
    f.o(`  authorizationStrategy:
    globalMatrix:
      permissions:
        - "GROUP:Overall/Administer:jenkins-admins"
        - "GROUP:Overall/Read:authenticated"

credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: artifactory
              username: svc-jenkins`);
    f.n(`              password: "\${ARTIFACTORY_PASSWORD}"`, 'env-reference');
    f.o(`          - string:
              scope: GLOBAL
              id: sonar-token`);
    f.s(`              secret: "${T.sonarToken()}"`, 'sonarqube-token', ['yaml', 'jcasc']);
    f.o(`          - string:
              scope: GLOBAL
              id: github-token`);
    f.n(`              secret: "\${readFile:/run/secrets/github-token}"`, 'file-reference');
    f.o(`          - basicSSHUserPrivateKey:
              scope: GLOBAL
              id: deploy-key
              username: git
              privateKeySource:
                directEntry:`);
    f.n(`                  privateKey: "\${readFile:\${SECRETS_DIR}/deploy_key}"`, 'file-reference');
    f.o(`          - aws:
              scope: GLOBAL
              id: aws-deployer`);
    f.n(`              accessKey: "\${AWS_ACCESS_KEY_ID}"`, 'env-reference');
    f.n(`              secretKey: "\${AWS_SECRET_ACCESS_KEY}"`, 'env-reference');
    f.o(`
unclassified:
  location:
    url: https://jenkins.example.com/
    adminAddress: jenkins@example.com
  slackNotifier:
    teamDomain: acme
    tokenCredentialId: slack-bot-token
  sonarGlobalConfiguration:
    installations:
      - name: sonarqube
        serverUrl: https://sonar.example.com
        credentialsId: sonar-token`);
    out.push(f);
  }

  // ---------------------------------------------------------------- Maven settings.xml
  {
    const f = new FB('maven/settings.xml');
    f.o(`<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <localRepository>\${user.home}/.m2/repository</localRepository>

  <servers>
    <!-- passwords encrypted with: mvn --encrypt-password (master key in settings-security.xml) -->
    <server>
      <id>nexus-releases</id>
      <username>deployer</username>`);
    f.n(`      <password>${N.mavenEncrypted()}</password>`, 'maven-encrypted');
    f.o(`    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deployer</username>`);
    f.n(`      <password>${N.mavenEncrypted()}</password>`, 'maven-encrypted');
    f.o(`    </server>
    <server>
      <id>github</id>
      <username>acme-ci</username>`);
    f.n(`      <password>\${env.GITHUB_TOKEN}</password>`, 'env-reference');
    f.o(`    </server>
    <server>
      <id>legacy-archiva</id>
      <username>build</username>`);
    f.s(`      <password>${pw({ sym: '!@%^*-_+=.' })}</password>`, 'password', ['xml', 'maven']);
    f.o(`    </server>
    <server>
      <id>site-deploy</id>
      <username>mvnsite</username>`);
    f.n(`      <privateKey>\${user.home}/.ssh/site_deploy_rsa</privateKey>`, 'file-reference');
    f.n(`      <passphrase>${N.mavenEncrypted()}</passphrase>`, 'maven-encrypted');
    f.o(`    </server>
  </servers>

  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.example.com/repository/maven-public/</url>
    </mirror>
  </mirrors>

  <profiles>
    <profile>
      <id>ci</id>
      <properties>
        <sonar.host.url>https://sonar.example.com</sonar.host.url>
        <gpg.executable>gpg</gpg.executable>`);
    f.n(`        <gpg.keyname>${N.gpgFingerprint()}</gpg.keyname>`, 'fingerprint');
    f.n(`        <gpg.passphrase>\${env.GPG_PASSPHRASE}</gpg.passphrase>`, 'env-reference');
    f.o(`      </properties>
    </profile>
  </profiles>

  <activeProfiles>
    <activeProfile>ci</activeProfile>
  </activeProfiles>
</settings>`);
    out.push(f);
  }

  // ---------------------------------------------------------------- gradle.properties
  {
    const f = new FB('gradle/gradle.properties');
    f.o(`# ~/.gradle/gradle.properties on the release build agent
org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
org.gradle.daemon=true
org.gradle.configuration-cache=true
kotlin.code.style=official
android.useAndroidX=true

# Artifact signing`);
    f.n(`signing.keyId=${hex(8).toUpperCase()}`, 'identifier');
    f.s(`signing.password=${pw({ sym: '!@%^*-_+=.' })}`, 'password', ['properties', 'gradle']);
    f.n(`signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg`, 'file-reference');
    f.o(`
# Sonatype OSSRH credentials are passed as ORG_GRADLE_PROJECT_mavenCentralUsername/Password`);
    f.o(`
# Internal Artifactory - password is injected by the CI job as ORG_GRADLE_PROJECT_artifactoryPassword
artifactoryUrl=https://artifactory.example.com/artifactory
artifactoryUser=svc-gradle`);
    f.n(`artifactoryPassword=`, 'empty-value');
    f.o(`
# Corporate proxy
systemProp.http.proxyHost=proxy.corp.example.com
systemProp.http.proxyPort=3128
systemProp.https.proxyHost=proxy.corp.example.com
systemProp.https.proxyPort=3128
systemProp.http.nonProxyHosts=*.example.com|localhost
systemProp.http.proxyUser=svc-build`);
    f.n(`systemProp.http.proxyPassword=<proxy-password>`, 'placeholder');
    out.push(f);
  }

  // ---------------------------------------------------------------- pip.conf
  {
    const f = new FB('pip/pip.conf');
    f.o(`# /etc/pip.conf on build agents
# Packages resolve through the Nexus PyPI group (proxy of pypi.org + internal wheels).

[global]
timeout = 60
retries = 5
disable-pip-version-check = true`);
    f.s(`index-url = https://svc-pip:${pw({ sym: '-_.~' })}@nexus.example.com/repository/pypi-group/simple`, 'password-in-url', ['ini', 'pip']);
    f.o(`extra-index-url = https://download.pytorch.org/whl/cu121
trusted-host = nexus.example.com
               download.pytorch.org

# Developers: use a personal token instead of the service account, e.g.`);
    f.n(`# index-url = https://<username>:<token>@nexus.example.com/repository/pypi-group/simple`, 'placeholder');
    f.o(`
[install]
prefer-binary = true
no-warn-script-location = true

[freeze]
all = false`);
    out.push(f);
  }

  // ---------------------------------------------------------------- composer auth.json
  {
    const f = new FB('composer/auth.json');
    f.o(`{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",`);
    f.s(`            "password": "${T.hexSecret(40)}"`, 'private-packagist-token', ['json', 'composer']);
    f.o(`        },
        "satis.internal.example.com": {
            "username": "ci",`);
    f.n(`            "password": ""`, 'empty-value');
    f.o(`        }
    },
    "github-oauth": {`);
    f.s(`        "github.com": "${T.githubPat()}"`, 'github-token', ['json', 'composer']);
    f.o(`    },
    "gitlab-oauth": {},
    "gitlab-token": {},
    "bitbucket-oauth": {},
    "bearer": {}
}`);
    out.push(f);
  }

  // ---------------------------------------------------------------- .yarnrc.yml
  {
    const f = new FB('yarn/.yarnrc.yml');
    f.o(`compressionLevel: mixed
enableGlobalCache: false
enableTelemetry: false
nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.1.1.cjs

npmRegistryServer: "https://registry.yarnpkg.com"

npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true`);
    f.n(`    npmAuthToken: "\${GITHUB_PACKAGES_TOKEN}"`, 'env-reference');
    f.o(`  acme-public:
    npmRegistryServer: "https://registry.npmjs.org"
    npmPublishAccess: public`);
    f.s(`    npmAuthToken: "${T.npmToken()}"`, 'npm-token', ['yaml', 'yarnrc']);
    f.o(`
npmRegistries:
  "//artifactory.example.com/api/npm/npm-virtual/":
    npmAlwaysAuth: true`);
    f.n(`    npmAuthIdent: "\${ARTIFACTORY_AUTH_IDENT:-}"`, 'env-reference');
    f.o(`
packageExtensions:
  "eslint-plugin-import@*":
    peerDependencies:
      typescript: "*"

plugins:`);
    f.n(`  - checksum: ${N.sha256hex()}${N.sha256hex()}`, 'checksum');
    f.o(`    path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs
    spec: "@yarnpkg/plugin-workspace-tools"`);
    out.push(f);
  }

  // ---------------------------------------------------------------- runner registry bootstrap
  {
    const f = new FB('runner-image/provision/registries.sh');
    f.o(`#!/usr/bin/env bash
# Configure package-registry credentials on the self-hosted CI runner image.
# Runs once during image build (packer provisioner "shell").
set -euo pipefail

RUNNER_HOME=/home/runner
install -d -m 700 -o runner -g runner "$RUNNER_HOME/.gem" "$RUNNER_HOME/.cargo" "$RUNNER_HOME/.docker"

# --- RubyGems: push access for the acme-* gems ---
cat > "$RUNNER_HOME/.gem/credentials" <<'EOF'
---`);
    f.s(`:rubygems_api_key: ${T.rubygemsKey()}`, 'rubygems-api-key', ['shell-heredoc', 'gem-credentials']);
    f.o(`EOF
chmod 600 "$RUNNER_HOME/.gem/credentials"

# --- crates.io: publish token for the acme org ---
cat > "$RUNNER_HOME/.cargo/credentials.toml" <<'EOF'
[registry]`);
    f.s(`token = "${T.cratesToken()}"`, 'crates-io-token', ['shell-heredoc', 'cargo-credentials']);
    f.o(`
[registries.acme-internal]`);
    f.n(`token = "Bearer @@CARGO_INTERNAL_TOKEN@@"`, 'placeholder');
    f.o(`EOF
chmod 600 "$RUNNER_HOME/.cargo/credentials.toml"
# the internal registry token is substituted at job start by the runner entrypoint

# --- PyPI: token fetched from Vault at provision time ---`);
    f.n(`PYPI_TOKEN="$(vault kv get -field=token kv/ci/pypi)"`, 'secret-store-reference');
    f.o(`cat > "$RUNNER_HOME/.pypirc" <<EOF
[distutils]
index-servers = pypi

[pypi]
username = __token__`);
    f.n(`password = \${PYPI_TOKEN}`, 'variable-reference');
    f.o(`EOF

# --- Docker Hub pull credentials ---`);
    f.n(`DOCKER_AUTH="$(printf '%s:%s' "$DOCKERHUB_USER" "$DOCKERHUB_TOKEN" | base64 -w0)"`, 'variable-reference');
    f.o(`cat > "$RUNNER_HOME/.docker/config.json" <<EOF
{
  "auths": {`);
    f.n(`    "https://index.docker.io/v1/": { "auth": "\${DOCKER_AUTH}" }`, 'variable-reference');
    f.o(`  },
  "credsStore": ""
}
EOF

chown -R runner:runner "$RUNNER_HOME"
unset PYPI_TOKEN DOCKER_AUTH`);
    out.push(f);
  }

  // ---------------------------------------------------------------- .s3cfg
  {
    const f = new FB('s3cmd/.s3cfg');
    f.o(`[default]`);
    f.s(`access_key = ${T.awsKeyId()}`, 'aws-access-key-id', ['ini', 's3cfg']);
    f.n(`access_token = `, 'empty-value');
    f.o(`add_encoding_exts =
add_headers =
bucket_location = EU
ca_certs_file =
cache_file =
check_ssl_certificate = True
check_ssl_hostname = True
cloudfront_host = cloudfront.amazonaws.com
default_mime_type = binary/octet-stream
delay_updates = False
delete_removed = False
enable_multipart = True
encrypt = True
gpg_command = /usr/bin/gpg
gpg_decrypt = %(gpg_command)s -d --verbose --no-use-agent --batch --yes --passphrase-fd %(passphrase_fd)s -o %(output_file)s %(input_file)s
gpg_encrypt = %(gpg_command)s -c --verbose --no-use-agent --batch --yes --passphrase-fd %(passphrase_fd)s -o %(output_file)s %(input_file)s`);
    f.n(`gpg_passphrase = `, 'empty-value');
    f.o(`host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
human_readable_sizes = False
multipart_chunk_size_mb = 64
recv_chunk = 65536
reduced_redundancy = False
requester_pays = False`);
    f.s(`secret_key = ${T.awsSecret()}`, 'aws-secret-access-key', ['ini', 's3cfg']);
    f.o(`send_chunk = 65536
server_side_encryption = True
signature_v2 = False
socket_timeout = 300
stop_on_error = False
use_https = True
use_mime_magic = True
verbosity = WARNING
website_endpoint = http://%(bucket)s.s3-website-%(location)s.amazonaws.com/`);
    out.push(f);
  }

  // ---------------------------------------------------------------- rclone.conf
  {
    const f = new FB('rclone/rclone.conf');
    f.o(`# rclone config for the backup host (rclone config file)
# Passwords below are "obscured" by rclone - obscured is NOT encrypted.

[s3-backup]
type = s3
provider = AWS
env_auth = true
region = eu-west-1
server_side_encryption = aws:kms
storage_class = STANDARD_IA

[gdrive-archive]
type = drive
scope = drive.file`);
    f.n(`root_folder_id = 1${rs(32, A.AN + '-_')}`, 'identifier');
    const tok = JSON.stringify({
      access_token: 'ya' + '29.' + rs(150, A.AN + '-_'),
      token_type: 'Bearer',
      refresh_token: '1/' + '/0' + rs(99, A.AN + '-_'),
      expiry: '2024-06-11T14:02:37.519366+02:00',
    });
    reg(tok);
    f.s(`token = ${tok}`, 'oauth-token', ['ini', 'rclone']);
    f.o(`team_drive =

[nas]
type = sftp
host = nas.office.example.com
user = backup
port = 22`);
    f.n(`key_file = ~/.ssh/rclone_nas_ed25519`, 'file-reference');
    f.o(`shell_type = unix
md5sum_command = md5sum
sha1sum_command = sha1sum

[crypt-offsite]
type = crypt
remote = s3-backup:acme-offsite-crypt
filename_encryption = standard
directory_name_encryption = true`);
    f.s(`password = ${T.rcloneObscured(32)}`, 'rclone-obscured-password', ['ini', 'rclone']);
    f.o(`
[b2-cold]
type = b2`);
    f.n(`account = ${hex(12)}`, 'identifier');
    f.n(`key = `, 'empty-value');
    f.o(`hard_delete = false`);
    out.push(f);
  }

  return out;
}
