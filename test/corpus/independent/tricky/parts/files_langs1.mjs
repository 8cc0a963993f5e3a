// Unusual assignment syntax, part 1: Go, Lua, Perl, TOML, INI, .properties, Nix, CUE, Jsonnet, Dhall, Elixir, Clojure.
import { fb } from './builder.mjs';
import { tok, neg } from './values.mjs';

const SAFE = '!%*-_@^~';

function goClient() {
  const f = fb('internal/payments/client.go');
  f.n('package payments', '', 'import (', '\t"net/http"', ')', '');
  f.neg('const apiKeyHeader = "X-API-Key"', 'secret-like-name');
  f.n('', '// imageDigest pins the sidecar image; it is not a secret.');
  f.neg(`var imageDigest = "${neg.dockerDigest()}"`, 'docker-digest');
  f.n('', 'func newRequest() (*http.Request, error) {', '\treq, err := http.NewRequest("GET", "https://api.acme.test/v2/charges", nil)', '\tif err != nil {', '\t\treturn nil, err', '\t}');
  f.pos(`\tapiKey := "${tok.stripe()}"`, 'stripe-secret-key', ['go-short-var']);
  f.n('\treq.Header.Set(apiKeyHeader, apiKey)');
  f.neg(`\treqID := "${neg.uuid()}"`, 'uuid');
  f.n('\treq.Header.Set("X-Request-Id", reqID)', '\treturn req, nil', '}', '', 'func legacyCreds() (string, string) {');
  f.pos(`\tid, secret := "${tok.awsAccess()}", "${tok.awsSecret()}"`, 'aws-credentials', ['go-short-var', 'tuple-assign']);
  f.n('\treturn id, secret', '}');
  return f;
}

function luaConfig() {
  const f = fb('conf/config.lua');
  f.n('local config = {', '  redis = {', '    host = "10.0.4.12",', '    port = 6379,');
  f.pos(`    password = "${tok.password(SAFE)}",`, 'password', ['lua-table']);
  f.n('  },', '  ui = {');
  f.neg('    keyboard_layout = "qwerty",', 'secret-like-name');
  f.neg('    monkey = "banana-split",', 'secret-like-name');
  f.n('  },');
  f.pos(`  slack = { channel = "#ops", ["token"] = "${tok.slack()}" },`, 'slack-bot-token', ['lua-table']);
  f.neg(`  assets = { manifest_hash = "${neg.sha256()}" },`, 'content-hash');
  f.n('}', '', 'return config');
  return f;
}

function perlDb() {
  const f = fb('bin/ledger_db.pl');
  f.n('use strict;', 'use warnings;', 'use DBI;', '', 'my %cfg = (', "    dsn      => 'dbi:Pg:dbname=ledger;host=db.internal',", "    user     => 'ledger_rw',");
  f.pos(`    password => '${tok.password(SAFE)}',`, 'password', ['perl-fat-comma']);
  f.neg("    monkey   => 'banana-split',", 'secret-like-name');
  f.n(');', '', 'my $dbh = DBI->connect($cfg{dsn}, $cfg{user}, $cfg{password}) or die $DBI::errstr;');
  f.neg("my %headers = ('X-Api-Key' => $ENV{LEDGER_API_KEY});", 'env-reference');
  f.pos(`my $twilio = { sid => '${tok.twilioSid()}', auth_token => '${tok.twilioAuth()}' };`, 'twilio-auth-token', ['perl-fat-comma']);
  f.neg("my $pass_hint = 'ask the DBA on call';", 'secret-like-name');
  return f;
}

function tomlConfig() {
  const f = fb('config/ledger.toml');
  f.n('title = "ledger"', '', 'database.host = "db.internal"', 'database.user = "ledger"');
  f.pos(`database.password = "${tok.password(SAFE)}"`, 'password', ['toml-dotted-key']);
  f.n('', '[services]');
  f.pos(`mail.sendgrid.api_key = "${tok.sendgrid()}"`, 'sendgrid-api-key', ['toml-dotted-key']);
  f.neg(`assets.lfs_oid = "sha256:${neg.sha256()}"`, 'lfs-oid');
  f.neg(`build.id = "${neg.buildId()}"`, 'build-id');
  f.neg('ui.keyboard_layout = "dvorak"', 'secret-like-name');
  f.neg('"api.key_header" = "X-API-Key"', 'secret-like-name');
  return f;
}

function iniSettings() {
  const f = fb('config/relay.ini');
  f.n('; Legacy settings for the mail relay', '[smtp server]', 'host     =   mail.internal', 'port     =   587', 'user     =   relay@acme.test');
  f.pos(`password =   ${tok.password(SAFE)}`, 'password', ['ini-spaced']);
  f.neg('password_min_length = 12', 'secret-like-name');
  f.n('', '[api keys]');
  f.neg('private key path = /etc/ssl/private/relay.key', 'file-path');
  f.pos(`github token    =   ${tok.github()}`, 'github-pat', ['ini-spaced', 'ini-section-with-space']);
  f.neg('token bucket capacity = 500', 'secret-like-name');
  return f;
}

function properties() {
  const f = fb('src/main/resources/application.properties');
  f.n('spring.datasource.url: jdbc:postgresql://db.internal:5432/ledger', 'spring.datasource.username: ledger');
  f.pos(`spring.datasource.password: ${tok.password(SAFE)}`, 'password', ['properties-colon']);
  f.pos(`app.aws.access-key: ${tok.awsAccess()}`, 'aws-access-key-id', ['properties-colon']);
  f.pos(`app.aws.secret-key: ${tok.awsSecret()}`, 'aws-secret-access-key', ['properties-colon']);
  f.neg('login.password.hint: Use at least 12 characters', 'i18n-key');
  f.neg('login.password.label: Password', 'i18n-key');
  f.neg(`app.build.id: ${neg.buildId()}`, 'build-id');
  f.neg('app.security.private-key-path: /etc/ssl/private/app.key', 'file-path');
  f.neg('app.security.jwt.secret: ${JWT_SECRET}', 'env-reference');
  return f;
}

function nixDefault() {
  const f = fb('nix/default.nix');
  f.n('{ pkgs ? import <nixpkgs> {} }:', 'let', '  src = pkgs.fetchFromGitHub {', '    owner = "acme";', '    repo = "ledger";');
  f.neg(`    rev = "${neg.sha1()}";`, 'git-sha');
  f.neg(`    hash = "${neg.sri256()}";`, 'content-hash');
  f.n('  };', '  settings = {');
  f.pos(`    slackToken = "${tok.slack()}";`, 'slack-bot-token', ['nix-attrset']);
  f.pos(`    dbPassword = "${tok.password(SAFE)}";`, 'password', ['nix-attrset']);
  f.neg('    tokenBucketCapacity = 500;', 'secret-like-name');
  f.n('  };', 'in pkgs.stdenv.mkDerivation {', '  pname = "ledger";', '  version = "1.4.2";', '  inherit src;', '}');
  return f;
}

function cueService() {
  const f = fb('config/service.cue');
  f.n('package service', '', 'service: {', '\tname:     "ledger"', '\treplicas: 3');
  f.neg(`\timage:    "registry.acme.test/ledger@${neg.dockerDigest()}"`, 'docker-digest');
  f.n('\tenv: {');
  f.pos(`\t\tDB_PASSWORD:         "${tok.password(SAFE)}"`, 'password', ['cue']);
  f.neg('\t\tPASSWORD_MIN_LENGTH: "12"', 'secret-like-name');
  f.n('\t}', '}');
  return f;
}

function jsonnetApp() {
  const f = fb('deploy/app.jsonnet');
  f.n('local secrets = {');
  f.pos(`  npmToken: '${tok.npm()}',`, 'npm-token', ['jsonnet']);
  f.n('};', '', '{', "  apiVersion: 'v1',", "  kind: 'ConfigMap',");
  f.neg(`  metadata: { name: 'ledger', annotations: { 'acme.test/build-id': '${neg.buildId()}' } },`, 'build-id');
  f.n('  data: {', '    NPM_TOKEN: secrets.npmToken,');
  f.neg("    API_KEY_HEADER: 'X-API-Key',", 'secret-like-name');
  f.n('  },', '}');
  return f;
}

function dhallEnv() {
  const f = fb('config/env.dhall');
  f.n('let Config = { host : Text, user : Text, password : Text, apiKey : Text }', '', 'in    { host = "db.internal"', '      , user = "ledger"');
  f.pos(`      , password = "${tok.password(SAFE)}"`, 'password', ['dhall-record']);
  f.neg('      , apiKey = env:LEDGER_API_KEY as Text', 'env-reference');
  f.n('      }', '    : Config');
  return f;
}

function elixirRuntime() {
  const f = fb('config/runtime.exs');
  f.n('import Config', '', 'config :ledger, Ledger.Repo,', '  username: "ledger",');
  f.pos(`  password: "${tok.password(SAFE)}",`, 'password', ['elixir-keyword-list']);
  f.n('  hostname: "db.internal",', '  pool_size: 10', '', 'config :ledger, LedgerWeb.Endpoint,');
  f.neg('  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")', 'env-reference');
  f.n('', 'config :ex_aws,');
  f.pos(`  access_key_id: "${tok.awsAccess()}",`, 'aws-access-key-id', ['elixir-keyword-list']);
  f.neg('  secret_access_key: [{:system, "AWS_SECRET_ACCESS_KEY"}, :instance_role]', 'env-reference');
  f.n('');
  f.neg('config :ledger, :rate_limit, token_bucket_capacity: 500, refill_per_second: 50', 'secret-like-name');
  return f;
}

function clojureEdn() {
  const f = fb('resources/config.edn');
  f.n('{:db {:dbtype "postgresql"', '      :host "db.internal"', '      :user "ledger"');
  f.pos(`      :password "${tok.password(SAFE)}"}`, 'password', ['clojure-map']);
  f.neg(` :ipfs {:gateway "https://ipfs.io" :pinned-cid "${neg.cidV0()}"}`, 'ipfs-cid');
  f.pos(` :stripe/secret-key "${tok.stripe()}"`, 'stripe-secret-key', ['clojure-map']);
  f.neg(` :wallet/treasury "${neg.btc()}"`, 'base58-address');
  f.neg(' :ui/keyboard-layout "qwerty"}', 'secret-like-name');
  return f;
}

export default function () {
  return [goClient(), luaConfig(), perlDb(), tomlConfig(), iniSettings(), properties(), nixDefault(), cueService(), jsonnetApp(), dhallEnv(), elixirRuntime(), clojureEdn()];
}
