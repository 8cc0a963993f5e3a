// Unusual assignment syntax, part 2: Haskell, Scala, F#, OCaml, Zig, Nim, Crystal, Julia, MATLAB, SAS, VBA.
import { fb } from './builder.mjs';
import { tok, neg } from './values.mjs';

const SAFE = '!%*-_@^~';

function haskell() {
  const f = fb('src/Config.hs');
  f.n('module Config where', '', 'data Config = Config', '  { dbHost :: String', '  , dbPassword :: String', '  , githubToken :: String', '  , tokenBucketCapacity :: Int', '  }', '', 'defaultConfig :: Config', 'defaultConfig = Config', '  { dbHost = "db.internal"');
  f.pos(`  , dbPassword = "${tok.password(SAFE)}"`, 'password', ['haskell-record']);
  f.pos(`  , githubToken = "${tok.github()}"`, 'github-pat', ['haskell-record']);
  f.neg('  , tokenBucketCapacity = 500', 'secret-like-name');
  f.n('  }', '', '-- | Example JWT copied from the API docs (expired, test fixture only).', 'exampleJwt :: String');
  f.neg(`exampleJwt = "${neg.exampleJwt()}"`, 'example-jwt');
  return f;
}

function scala() {
  const f = fb('src/main/scala/ledger/Settings.scala');
  f.n('package ledger', '', 'final case class StripeConfig(secretKey: String, webhookTolerance: Int)', 'final case class Creds(user: String, password: String)', '', 'object Settings {');
  f.pos(`  val stripe = StripeConfig(secretKey = "${tok.stripe()}", webhookTolerance = 300)`, 'stripe-secret-key', ['scala-case-class']);
  f.pos(`  val db = Creds("ledger", "${tok.password(SAFE)}")`, 'password', ['scala-case-class', 'positional-arg']);
  f.neg('  val passwordStrengthMeter = new PasswordStrengthMeter(minScore = 3)', 'secret-like-name');
  f.neg(`  val schemaHash = "${neg.sha256()}"`, 'content-hash');
  f.neg('  val requestId = java.util.UUID.randomUUID().toString', 'runtime-nonce');
  f.n('}');
  return f;
}

function fsharp() {
  const f = fb('src/Config.fs');
  f.n('module Config', '', 'type Settings = { ApiKey: string; Endpoint: string; Retries: int }', '', 'let prod =');
  f.pos(`    { ApiKey = "${tok.sendgrid()}"`, 'sendgrid-api-key', ['fsharp-record']);
  f.n('      Endpoint = "https://api.sendgrid.com/v3"', '      Retries = 3 }', '');
  f.neg('let requestId = System.Guid.NewGuid()', 'runtime-nonce');
  f.neg(`let sampleRequestId = "${neg.uuid()}"`, 'uuid');
  return f;
}

function ocaml() {
  const f = fb('lib/config.ml');
  f.pos(`let slack_token = "${tok.slack()}"`, 'slack-bot-token', ['ocaml']);
  f.pos(`let db_password = "${tok.password(SAFE)}"`, 'password', ['ocaml']);
  f.neg('let secret_santa_list = [ "ana"; "bo"; "chen" ]', 'secret-like-name');
  f.neg(`let git_lfs_oid = "sha256:${neg.sha256()}"`, 'lfs-oid');
  f.n('', 'let () = ignore (slack_token, db_password)');
  return f;
}

function zig() {
  const f = fb('src/main.zig');
  f.n('const std = @import("std");', '');
  f.pos(`const api_key = "${tok.openai()}";`, 'openai-api-key', ['zig']);
  f.neg(`const treasury_address = "${neg.btc()}";`, 'base58-address');
  f.neg(`const build_id = "${neg.short(16)}";`, 'build-id');
  f.n('', 'pub fn main() !void {', '    var nonce: [16]u8 = undefined;');
  f.neg('    std.crypto.random.bytes(&nonce);', 'runtime-nonce');
  f.n('    std.debug.print("key len {d}\\n", .{api_key.len});', '}');
  return f;
}

function nim() {
  const f = fb('src/config.nim');
  f.n('const');
  f.pos(`  dbPassword = "${tok.password(SAFE)}"`, 'password', ['nim']);
  f.neg('  keyboardLayout = "qwerty"', 'secret-like-name');
  f.n('');
  f.pos(`let npmToken = "${tok.npm()}"`, 'npm-token', ['nim']);
  f.neg(`let pinnedCid = "${neg.cidV1()}"`, 'ipfs-cid');
  return f;
}

function crystal() {
  const f = fb('src/ledger/config.cr');
  f.n('module Ledger');
  f.pos(`  GITLAB_TOKEN = "${tok.gitlab()}"`, 'gitlab-pat', ['crystal']);
  f.neg('  PRIVATE_KEY_PATH = "/etc/ssl/private/app.key"', 'file-path');
  f.neg(`  ASSET_DIGEST = "${neg.dockerDigest()}"`, 'docker-digest');
  f.n('end');
  return f;
}

function julia() {
  const f = fb('scripts/fetch_rates.jl');
  f.n('using HTTP, JSON3', '');
  f.pos(`const TWILIO_AUTH = ("${tok.twilioSid()}", "${tok.twilioAuth()}")`, 'twilio-auth-token', ['julia-tuple']);
  f.neg('headers = ["Authorization" => "Bearer " * ENV["LEDGER_TOKEN"]]', 'env-reference');
  f.neg(`cid = "${neg.cidV1()}"`, 'ipfs-cid');
  f.n('resp = HTTP.get("https://rates.acme.test/v1/latest"; headers)');
  return f;
}

function matlab() {
  const f = fb('analysis/load_ledger.m');
  f.n('% Load ledger data from the warehouse');
  f.pos(`conn = database('warehouse', 'analyst', '${tok.password(SAFE)}');`, 'password', ['matlab', 'positional-arg']);
  f.neg("opts = weboptions('HeaderFields', {'X-API-Key', getenv('WAREHOUSE_KEY')});", 'env-reference');
  f.neg(`expectedChecksum = '${neg.sha1()}';`, 'hex-hash');
  f.n("data = fetch(conn, 'SELECT * FROM ledger.entries');", 'close(conn);');
  return f;
}

function sas() {
  const f = fb('etl/connect_warehouse.sas');
  f.n('/* Nightly extract */');
  f.pos(`libname wh odbc dsn="warehouse" user=analyst password="${tok.password('!*-_@^~')}" schema=ledger;`, 'password', ['sas']);
  f.neg('%let token_bucket_capacity = 500;', 'secret-like-name');
  f.neg(`%let report_hash = ${neg.sha256()};`, 'hex-hash');
  f.n('proc sql;', '  create table work.entries as select * from wh.entries;', 'quit;');
  return f;
}

function vba() {
  const f = fb('macros/Module1.bas');
  f.n('Attribute VB_Name = "Module1"', 'Option Explicit', '');
  f.pos(`Private Const DB_PASSWORD As String = "${tok.password(SAFE)}"`, 'password', ['vba']);
  f.neg('Private Const API_KEY_HEADER As String = "X-API-Key"', 'secret-like-name');
  f.n("' Old connection string, kept for reference:");
  f.pos(`' conn.Open "Provider=SQLOLEDB;Data Source=sql01;User ID=sa;Password=${tok.password(SAFE)};"`, 'connection-string-password', ['comment', 'commented-out-code']);
  f.n('', 'Sub Connect()', '    Dim conn As Object', '    Set conn = CreateObject("ADODB.Connection")');
  f.neg('    conn.Open "Provider=SQLOLEDB;Data Source=sql01;User ID=app;Password=" & DB_PASSWORD & ";"', 'variable-reference');
  f.n('End Sub');
  return f;
}

export default function () {
  return [haskell(), scala(), fsharp(), ocaml(), zig(), nim(), crystal(), julia(), matlab(), sas(), vba()];
}
