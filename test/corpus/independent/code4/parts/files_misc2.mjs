import { P, N, src } from './builder.mjs';
import { t, PFX } from './tokens.mjs';

export default function misc2Files() {
  const F = [];
  const add = (path, text) => F.push([path, text]);

  // ---------------------------------------------------------------- OCaml
  add('release-bot/lib/github_client.ml', src`
(* Minimal GitHub REST client used by the release bot. *)

open Lwt.Syntax

let api_base = "https://api.github.com"
let user_agent = "acme-release-bot/1.4"

(* Fallback token for the release bot (scopes: repo:status, public_repo).
   TODO: drop once every runner exports GITHUB_TOKEN. *)
let default_token = "${P('github-pat', t.ghp())}"

let auth_header_name = ${N('"Authorization"', ['header-name'])}
let token_env_var = ${N('"GITHUB_TOKEN"', ['env-var-name'])}

let token () =
  match ${N('Sys.getenv_opt token_env_var', ['env-read'])} with
  | Some t when String.length t > 0 -> t
  | _ -> default_token

let headers () =
  Cohttp.Header.of_list
    [ (auth_header_name, "Bearer " ^ token ());
      ("Accept", "application/vnd.github+json");
      ("User-Agent", user_agent);
      ("X-GitHub-Api-Version", "2022-11-28") ]

type release = {
  tag_name : string;
  html_url : string;
  draft : bool;
  prerelease : bool;
}
[@@deriving yojson { strict = false }]

exception Api_error of int * string

let get path =
  let uri = Uri.of_string (api_base ^ path) in
  let* resp, body = Cohttp_lwt_unix.Client.get ~headers:(headers ()) uri in
  let* body = Cohttp_lwt.Body.to_string body in
  match Cohttp.Response.status resp |> Cohttp.Code.code_of_status with
  | 200 -> Lwt.return (Yojson.Safe.from_string body)
  | code -> Lwt.fail (Api_error (code, body))

let latest_release ~owner ~repo =
  let* json = get (Printf.sprintf "/repos/%s/%s/releases/latest" owner repo) in
  match release_of_yojson json with
  | Ok r -> Lwt.return r
  | Error e -> Lwt.fail_with ("unexpected release payload: " ^ e)

let mask s =
  if String.length s <= 8 then "****" else String.sub s 0 4 ^ "****"

let%test "mask keeps the prefix" =
  mask ${N(`"${PFX.ghp}${'x'.repeat(36)}"`, ['placeholder'])} = ${N(`"${PFX.ghp}****"`, ['masked'])}

let%test "mask hides short values" = mask "abc" = "****"

let%test "env var name" = token_env_var = "GITHUB_TOKEN"
`);

  // ---------------------------------------------------------------- Nim
  add('mailer/src/mailer.nim', src`
## Transactional email via the SendGrid v3 API.

import std/[httpclient, json, logging, os, strformat, strutils]

const
  SendGridEndpoint = "https://api.sendgrid.com/v3/mail/send"
  DefaultFrom = "no-reply@acme.io"
  # Scoped "mail.send" key for the newsletter subuser.
  NewsletterApiKey = "${P('sendgrid-api-key', t.sendgrid())}"
  PasswordResetSubject = ${N('"Reset your Acme password"', ['i18n'])}
  ApiKeyEnvVar = ${N('"SENDGRID_API_KEY"', ['env-var-name'])}

type
  Mailer* = object
    apiKey: string
    fromAddr: string

  MailError* = object of CatchableError

proc newMailer*(apiKey = ${N('getEnv(ApiKeyEnvVar)', ['env-read'])}): Mailer =
  if apiKey.len == 0:
    raise newException(ValueError, ${N('"SENDGRID_API_KEY is not set"', ['error-message'])})
  Mailer(apiKey: apiKey, fromAddr: DefaultFrom)

proc newsletterMailer*(): Mailer =
  Mailer(apiKey: NewsletterApiKey, fromAddr: "news@acme.io")

proc payload(m: Mailer; to, subject, html: string): JsonNode =
  %*{
    "personalizations": [{"to": [{"email": to}]}],
    "from": {"email": m.fromAddr, "name": "Acme"},
    "subject": subject,
    "content": [{"type": "text/html", "value": html}]
  }

proc send*(m: Mailer; to, subject, html: string): bool =
  let client = newHttpClient(timeout = 10_000)
  defer: client.close()
  client.headers = newHttpHeaders({
    "Authorization": "Bearer " & m.apiKey,
    "Content-Type": "application/json"
  })
  let resp = client.request(SendGridEndpoint, httpMethod = HttpPost, body = $m.payload(to, subject, html))
  if not resp.status.startsWith("202"):
    warn(&"sendgrid returned {resp.status}: {resp.body}")
    return false
  true

proc sendPasswordReset*(m: Mailer; to, link: string): bool =
  let html = &"""<p>Someone asked to reset the password for {to}.</p>
<p><a href="{link}">Choose a new password</a> (valid for 30 minutes).</p>"""
  m.send(to, PasswordResetSubject, html)

when isMainModule:
  import std/unittest

  suite "mailer":
    test "rejects an empty key":
      expect ValueError:
        discard newMailer(apiKey = "")

    test "payload shape":
      let m = Mailer(apiKey: ${N('"SG.fake"', ['fixture'])}, fromAddr: DefaultFrom)
      let p = m.payload("a@example.com", "hi", "<b>hi</b>")
      check p["from"]["email"].getStr == DefaultFrom
      check p["personalizations"][0]["to"][0]["email"].getStr == "a@example.com"
`);

  // ---------------------------------------------------------------- Zig
  add('status-bot/src/config.zig', src`
const std = @import("std");

/// Runtime configuration for the status bot.
pub const Config = struct {
    discord_token: []const u8,
    database_url: []const u8,
    poll_interval_s: u32,

    pub fn deinit(self: Config, allocator: std.mem.Allocator) void {
        allocator.free(self.discord_token);
        allocator.free(self.database_url);
    }
};

/// Token for the "acme-status" Discord bot, used when DISCORD_TOKEN is not set.
const default_discord_token = "${P('discord-bot-token', t.discord())}";

pub const token_env_var = ${N('"DISCORD_TOKEN"', ['env-var-name'])};
pub const token_refresh_s: u32 = ${N('3600', ['constant'])};
const default_poll_s: u32 = 30;

fn envOr(allocator: std.mem.Allocator, name: []const u8, fallback: []const u8) ![]const u8 {
    return std.process.getEnvVarOwned(allocator, name) catch |err| switch (err) {
        error.EnvironmentVariableNotFound => try allocator.dupe(u8, fallback),
        else => return err,
    };
}

pub fn load(allocator: std.mem.Allocator) !Config {
    const token = try envOr(allocator, token_env_var, default_discord_token);
    errdefer allocator.free(token);
    const db = ${N('try envOr(allocator, "DATABASE_URL", "postgres://localhost/status")', ['env-read'])};
    errdefer allocator.free(db);

    var poll: u32 = default_poll_s;
    if (std.posix.getenv("POLL_INTERVAL_S")) |raw| {
        poll = std.fmt.parseInt(u32, raw, 10) catch default_poll_s;
    }
    return .{ .discord_token = token, .database_url = db, .poll_interval_s = poll };
}

/// Formats the Authorization header value for the Discord REST API.
pub fn authHeader(buf: []u8, token: []const u8) ![]const u8 {
    return std.fmt.bufPrint(buf, "Bot {s}", .{token});
}

pub fn redacted(token: []const u8) []const u8 {
    return if (token.len > 6) token[0..6] else "****";
}

test "authHeader formats a bot token" {
    var buf: [128]u8 = undefined;
    const h = try authHeader(&buf, ${N('"fake-token-for-tests"', ['fixture'])});
    try std.testing.expectEqualStrings("Bot fake-token-for-tests", h);
}

test "redacted keeps six characters" {
    try std.testing.expectEqualStrings("abcdef", redacted("abcdefghij"));
    try std.testing.expectEqualStrings("****", redacted("abc"));
}

test "load falls back to defaults" {
    const cfg = try load(std.testing.allocator);
    defer cfg.deinit(std.testing.allocator);
    try std.testing.expect(cfg.poll_interval_s > 0);
}
`);

  // ---------------------------------------------------------------- Crystal / Kemal
  const crRedisPw = t.urlpw();
  add('status-page/src/app.cr', src`
require "kemal"
require "redis"
require "crest"
require "json"

module Acme::Status
  VERSION    = "0.9.2"
  GITHUB_API = "https://api.github.com"

  # OAuth token of the acme-status GitHub user (read:org, repo:status). Rotate yearly.
  GITHUB_TOKEN = "${P('github-oauth-token', t.gho())}"

  REDIS_URL      = ENV.fetch("REDIS_URL", "${P('redis-uri', `redis://:${crRedisPw}@cache-1.acme.internal:6379/3`)}")
  SESSION_SECRET = ${N('ENV["SESSION_SECRET"]', ['env-read'])}
  ADMIN_PASSWORD_ENV = ${N('"STATUS_ADMIN_PASSWORD"', ['env-var-name'])}
  CACHE_TTL      = 60

  class Component
    include JSON::Serializable
    getter name : String
    getter state : String
    getter updated_at : Time

    def initialize(@name, @state, @updated_at = Time.utc)
    end
  end

  def self.redis
    @@redis ||= Redis::PooledClient.new(url: REDIS_URL)
  end

  def self.github_statuses(repo : String) : Array(JSON::Any)
    if cached = redis.get("gh:#{repo}")
      return JSON.parse(cached).as_a
    end
    resp = Crest.get(
      "#{GITHUB_API}/repos/acme/#{repo}/commits/main/statuses",
      headers: {"Authorization" => "token #{GITHUB_TOKEN}", "Accept" => "application/vnd.github+json"}
    )
    redis.setex("gh:#{repo}", CACHE_TTL, resp.body)
    JSON.parse(resp.body).as_a
  end

  def self.admin?(env) : Bool
    expected = ENV[ADMIN_PASSWORD_ENV]?
    return false if expected.nil? || expected.empty?
    env.request.headers["X-Admin-Password"]? == expected
  end
end

get "/" do |env|
  env.response.content_type = "application/json"
  {version: Acme::Status::VERSION, components: ["api", "web", "worker"]}.to_json
end

get "/components/:repo" do |env|
  env.response.content_type = "application/json"
  Acme::Status.github_statuses(env.params.url["repo"]).to_json
end

post "/incidents" do |env|
  halt env, status_code: 401, response: ${N('"Missing or incorrect admin password"', ['error-message'])} unless Acme::Status.admin?(env)
  body = env.request.body.try(&.gets_to_end) || "{}"
  Acme::Status.redis.lpush("incidents", body)
  env.response.status_code = 201
end

Kemal.config.port = (ENV["PORT"]? || "3000").to_i
Kemal.run
`);

  // ---------------------------------------------------------------- Julia
  const jlPw = t.password();
  add('analytics/src/DataSync.jl', src`
"""
    DataSync

Nightly sync of product events from Databricks into the analytics warehouse.
"""
module DataSync

using Dates
using HTTP
using JSON3
using LibPQ
using Logging

export run_sync, last_synced

const DATABRICKS_HOST = "https://adb-4012345678901234.5.azuredatabricks.net"
# PAT for the data-sync service principal (expires 2025-06). TODO: switch to OAuth M2M.
const DATABRICKS_TOKEN = "${P('databricks-token', t.dapi())}"
const WAREHOUSE_CONN = "${P('database-connection-string', `host=warehouse.acme.internal port=5432 dbname=analytics user=sync password=${jlPw} sslmode=require`)}"

const TOKEN_HEADER = ${N('"Authorization"', ['header-name'])}
const TOKEN_ENV = ${N('"DATABRICKS_TOKEN"', ['env-var-name'])}
const BATCH_SIZE = 5_000

api_token() = ${N('get(ENV, TOKEN_ENV, DATABRICKS_TOKEN)', ['env-read'])}
warehouse() = LibPQ.Connection(get(ENV, "WAREHOUSE_DSN", WAREHOUSE_CONN))

function databricks(method::String, path::String; body=nothing)
    headers = [TOKEN_HEADER => "Bearer $(api_token())", "Content-Type" => "application/json"]
    resp = HTTP.request(method, DATABRICKS_HOST * path, headers, body === nothing ? "" : JSON3.write(body);
                        readtimeout=60, retry=true)
    return JSON3.read(resp.body)
end

function fetch_events(since::DateTime)
    stmt = Dict(
        "warehouse_id" => "8f2c1a7b5d3e9f60",
        "statement" => "SELECT * FROM prod.events WHERE ts > :since",
        "parameters" => [Dict("name" => "since", "value" => string(since), "type" => "TIMESTAMP")],
        "wait_timeout" => "30s",
    )
    res = databricks("POST", "/api/2.0/sql/statements"; body=stmt)
    return res.result.data_array
end

function last_synced(conn)
    r = execute(conn, "SELECT coalesce(max(ts), now() - interval '1 day') AS ts FROM events")
    return DateTime(first(r)[1])
end

function run_sync()
    conn = warehouse()
    try
        since = last_synced(conn)
        rows = fetch_events(since)
        @info "fetched events" count=length(rows) since
        for batch in Iterators.partition(rows, BATCH_SIZE)
            LibPQ.load!((ts=[r[1] for r in batch], name=[r[2] for r in batch], payload=[r[3] for r in batch]),
                        conn, "INSERT INTO events (ts, name, payload) VALUES (\$1, \$2, \$3)")
        end
        return length(rows)
    finally
        close(conn)
    end
end

end # module

using Test
@testset "DataSync config" begin
    withenv("DATABRICKS_TOKEN" => ${N('"dummy"', ['fixture'])}) do
        @test DataSync.api_token() == "dummy"
    end
    @test DataSync.TOKEN_HEADER == "Authorization"
end
`);

  // ---------------------------------------------------------------- Lua / Neovim plugin
  add('nvim-ai-complete/lua/ai_complete/init.lua', src`
-- ai_complete.nvim: inline completions from the OpenAI chat API.
local M = {}

local defaults = {
  model = "gpt-4o-mini",
  endpoint = "https://api.openai.com/v1/chat/completions",
  -- api_key = ${N('"sk-..."', ['placeholder'])}, -- or export OPENAI_API_KEY
  api_key_env = ${N('"OPENAI_API_KEY"', ['env-var-name'])},
  max_tokens = 256,
  keymap = "<C-g>",
}

-- personal key so the plugin works out of the box on my machines
local fallback_key = "${P('openai-api-key', t.openai())}"

M.config = vim.deepcopy(defaults)

local function api_key()
  return M.config.api_key or ${N('vim.env[M.config.api_key_env]', ['env-read'])} or fallback_key
end

local function notify(msg, level)
  vim.notify("[ai_complete] " .. msg, level or vim.log.levels.INFO)
end

local function context_before_cursor(max_lines)
  local row = vim.api.nvim_win_get_cursor(0)[1]
  local first = math.max(0, row - max_lines)
  return table.concat(vim.api.nvim_buf_get_lines(0, first, row, false), "\n")
end

function M.complete()
  local body = vim.json.encode({
    model = M.config.model,
    max_tokens = M.config.max_tokens,
    messages = {
      { role = "system", content = "Continue the code. Reply with code only." },
      { role = "user", content = context_before_cursor(80) },
    },
  })
  vim.system({
    "curl", "-sS", M.config.endpoint,
    "-H", "Content-Type: application/json",
    "-H", "Authorization: Bearer " .. api_key(),
    "-d", body,
  }, { text = true }, vim.schedule_wrap(function(res)
    if res.code ~= 0 then
      return notify("request failed: " .. (res.stderr or ""), vim.log.levels.ERROR)
    end
    local ok, decoded = pcall(vim.json.decode, res.stdout)
    if not ok or not decoded.choices then
      return notify(${N('"invalid API key or unexpected response"', ['error-message'])}, vim.log.levels.WARN)
    end
    local text = decoded.choices[1].message.content
    vim.api.nvim_put(vim.split(text, "\n"), "c", true, true)
  end))
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", defaults, opts or {})
  vim.keymap.set("i", M.config.keymap, M.complete, { desc = "AI complete" })
  vim.api.nvim_create_user_command("AiCompleteHealth", function()
    local key = api_key()
    notify(("model=%s key=%s"):format(M.config.model, key:sub(1, 7) .. "…"))
  end, {})
end

return M
`);

  // ---------------------------------------------------------------- PowerShell module
  const psPw = t.password();
  add('AcmeOps/AcmeOps.psm1', src`
#Requires -Version 7.2
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$script:AdoOrganization = 'https://dev.azure.com/acme'
# PAT for the svc-release account (Build: read & execute, Code: read). Expires 2025-09-30.
$script:AdoPat = '${P('azure-devops-pat', t.adoPat())}'
$script:VaultName = ${N("'AcmeOps'", ['secret-store-name'])}

function Get-AcmeAdoHeader {
    [CmdletBinding()]
    param(
        [string]$Pat = ${N('$env:ACME_ADO_PAT', ['env-read'])}
    )
    if (-not $Pat) { $Pat = $script:AdoPat }
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$Pat"))
    @{ Authorization = "Basic $basic" }
}

function Start-AcmePipeline {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)][string]$Project,
        [Parameter(Mandatory)][int]$PipelineId,
        [string]$Branch = 'refs/heads/main'
    )
    $uri = "$script:AdoOrganization/$Project/_apis/pipelines/$PipelineId/runs?api-version=7.1"
    $body = @{ resources = @{ repositories = @{ self = @{ refName = $Branch } } } } | ConvertTo-Json -Depth 5
    if ($PSCmdlet.ShouldProcess("$Project pipeline $PipelineId", 'queue run')) {
        Invoke-RestMethod -Method Post -Uri $uri -Headers (Get-AcmeAdoHeader) -Body $body -ContentType 'application/json'
    }
}

function Get-AcmeSecret {
    <#
    .SYNOPSIS
    Reads a secret from the AcmeOps SecretManagement vault.
    .EXAMPLE
    Get-AcmeSecret -Name 'sql-ops-password'
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Name)
    ${N('Get-Secret -Vault $script:VaultName -Name $Name -AsPlainText', ['secret-store-read'])}
}

function Connect-AcmeOpsSql {
    [CmdletBinding()]
    param(
        [string]$Server = 'sql-ops.acme.internal',
        [string]$User = 'ops_admin'
    )
    # TODO: replace with Get-AcmeSecret once the vault is on every jump host
    $password = ConvertTo-SecureString '${P('password', psPw)}' -AsPlainText -Force
    $credential = [pscredential]::new($User, $password)
    Invoke-Sqlcmd -ServerInstance $Server -Credential $credential -Query 'SELECT @@VERSION' -TrustServerCertificate
}

function Install-AcmeDeployKey {
    [CmdletBinding()]
    param([string]$Path = (Join-Path $HOME '.ssh/acme_deploy'))
    $key = @'
${P('private-key', t.pem('openssh'))}
'@
    Set-Content -Path $Path -Value $key -NoNewline
    if ($IsLinux -or $IsMacOS) { chmod 600 $Path }
    Write-Verbose "deploy key written to $Path"
}

function Test-AcmePasswordStrength {
    param([Parameter(Mandatory)][string]$Candidate)
    $Candidate.Length -ge 14 -and $Candidate -cmatch '[A-Z]' -and $Candidate -cmatch '[a-z]' -and $Candidate -match '\d'
}

# Pester smoke checks live in tests/, e.g.:
#   Test-AcmePasswordStrength -Candidate ${N("'password123'", ['weak-password-test'])} | Should -BeFalse

Export-ModuleMember -Function Get-AcmeAdoHeader, Start-AcmePipeline, Get-AcmeSecret, Connect-AcmeOpsSql, Install-AcmeDeployKey, Test-AcmePasswordStrength
`);

  return F;
}
