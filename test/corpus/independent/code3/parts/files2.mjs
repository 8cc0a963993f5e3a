import { mk } from './builder.mjs';

export function elixirPhoenix(T) {
  const f = mk('lib/shop_web/controllers/payment_controller.ex');
  f.o(`
defmodule ShopWeb.PaymentController do
  use ShopWeb, :controller
  require Logger

  alias Shop.Orders
`);
  f.s(`  @mailgun_api_key "key-${T.hex(32)}"`, 'generic-api-key', ['module-attribute']);
  f.n(`  @stripe_key_env "STRIPE_SECRET_KEY"`, 'name-only');
  f.n(`  @idempotency_re ~r/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/`, 'regex');
  f.o(`
  def create(conn, %{"order_id" => order_id} = params) do
    order = Orders.get_order!(order_id)`);
  f.n(`    stripe_key = System.fetch_env!(@stripe_key_env)`, 'env');
  f.o(`
    with :ok <- validate_key(params["idempotency_key"]),
         {:ok, charge} <- charge(stripe_key, order) do
      send_receipt(order, charge)
      json(conn, %{status: "ok", charge: charge["id"]})
    else
      {:error, reason} ->
        Logger.warning("payment failed: #{inspect(reason)}")
        conn |> put_status(402) |> json(%{error: "payment failed"})
    end
  end

  defp validate_key(nil), do: {:error, :missing_idempotency_key}
  defp validate_key(key), do: if(Regex.match?(@idempotency_re, key), do: :ok, else: {:error, :bad_key})

  defp charge(key, order) do
    Req.post("https://api.stripe.com/v1/charges",
      auth: {:bearer, key},
      form: [amount: order.total_cents, currency: "eur", source: order.payment_token]
    )
    |> case do
      {:ok, %{status: 200, body: body}} -> {:ok, body}
      other -> {:error, other}
    end
  end

  defp send_receipt(order, charge) do
    Req.post!("https://api.mailgun.net/v3/mg.shop.example/messages",
      auth: {:basic, "api:" <> @mailgun_api_key},
      form: [to: order.email, subject: "Receipt #{charge["id"]}", text: "Thanks!"]
    )
  end
end

# config/runtime.exs excerpt kept here for reference by the team
defmodule ShopWeb.RuntimeDefaults do
  def repo do
    [`);
  f.s(`      url: "ecto://shop:${T.urlpw()}@shop-db.internal/shop_prod",`, 'connection-string', ['ecto']);
  f.o(`      pool_size: 10
    ]
  end
end
`);
  return f;
}

export function scalaPlay(T) {
  const f = mk('app/controllers/SearchController.scala');
  f.o(`
package controllers

import javax.inject._
import play.api.Configuration
import play.api.libs.json._
import play.api.libs.ws._
import play.api.mvc._
import scala.concurrent.{ExecutionContext, Future}

object SearchKeys {`);
  f.s(`  val AlgoliaAdminKey = "${T.hex(32)}"`, 'generic-api-key', ['object-val']);
  f.n(`  val AlgoliaAppId = "K7QX2M9PLD"`, 'public-id');
  f.n(`  val AlgoliaSearchOnlyKey: String = sys.env.getOrElse("ALGOLIA_SEARCH_KEY", "")`, 'env');
  f.o(`}

@Singleton
class SearchController @Inject()(cc: ControllerComponents, ws: WSClient, config: Configuration)(implicit ec: ExecutionContext)
    extends AbstractController(cc) {
`);
  f.n(`  private val elasticPassword = config.get[String]("elastic.password")`, 'config-lookup');
  f.s(`  private val elasticUrl = "https://search_admin:${T.urlpw()}@es.prod.acme.internal:9200"`, 'connection-string', ['basic-auth-url']);
  f.o(`
  def search(q: String) = Action.async {
    if (q.trim.isEmpty) Future.successful(BadRequest(Json.obj("error" -> "empty query")))
    else {
      ws.url(s"https://\${SearchKeys.AlgoliaAppId}-dsn.algolia.net/1/indexes/products/query")
        .addHttpHeaders(
          "X-Algolia-Application-Id" -> SearchKeys.AlgoliaAppId,
          "X-Algolia-API-Key" -> SearchKeys.AlgoliaAdminKey
        )
        .post(Json.obj("query" -> q))
        .map(r => Ok(r.json))
    }
  }

  def reindex() = Action.async {
    ws.url(s"$elasticUrl/products/_refresh")
      .withAuth("elastic", elasticPassword, WSAuthScheme.BASIC)
      .post("")
      .map { r =>
        if (r.status == 200) Ok(Json.obj("ok" -> true))`);
  f.n(`        else Unauthorized(Json.obj("error" -> "elastic password rejected"))`, 'error-message');
  f.o(`      }
  }

  def health = Action {
    Ok(Json.obj("status" -> "up"))
  }
}
`);
  return f;
}

export function dartServer(T) {
  const f = mk('bin/server.dart');
  f.o(`
import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:shelf/shelf.dart';
import 'package:shelf/shelf_io.dart' as io;
import 'package:shelf_router/shelf_router.dart';
`);
  f.s(`const _npmPublishToken = '${T.npm()}';`, 'npm-token', ['constant']);
  f.n(`final _registryUrl = Platform.environment['NPM_REGISTRY'] ?? 'https://registry.npmjs.org';`, 'env');
  f.o(`
class Secrets {`);
  f.s(`  static const sentryAuthToken = 'sntrys_${T.b64(60).replace(/[+/]/g, 'x')}';`, 'generic-api-key', ['sentry']);
  f.n(`  static const sentryDsnTemplate = 'https://<key>@o0.ingest.sentry.io/<project>';`, 'placeholder');
  f.o(`}

Future<Response> _publish(Request req) async {
  final body = jsonDecode(await req.readAsString()) as Map<String, dynamic>;
  final name = body['name'] as String?;
  if (name == null) {
    return Response(400, body: 'missing package name');
  }
  final res = await http.put(
    Uri.parse('$_registryUrl/$name'),
    headers: {
      'Authorization': 'Bearer $_npmPublishToken',
      'Content-Type': 'application/json',
    },
    body: jsonEncode(body),
  );
  return Response(res.statusCode, body: res.body);
}

Future<Response> _release(Request req) async {
  final res = await http.post(
    Uri.parse('https://sentry.io/api/0/organizations/acme/releases/'),
    headers: {'Authorization': 'Bearer \${Secrets.sentryAuthToken}'},
    body: jsonEncode({'version': Platform.environment['GIT_SHA']}),
  );
  if (res.statusCode == 401) {`);
  f.n(`    stderr.writeln('Sentry auth token expired or invalid');`, 'error-message');
  f.o(`  }
  return Response(res.statusCode);
}

void main() async {
  final router = Router()
    ..post('/publish', _publish)
    ..post('/release', _release)
    ..get('/health', (Request _) => Response.ok('ok'));
  final server = await io.serve(router.call, InternetAddress.anyIPv4, 8080);
  print('listening on \${server.port}');
}
`);
  return f;
}

export function luaOpenresty(T) {
  const f = mk('lua/auth_gateway.lua');
  f.o(`
-- access_by_lua_file: validates API keys and proxies to upstream
local cjson = require "cjson.safe"
local redis = require "resty.redis"
local http = require "resty.http"

local _M = {}
`);
  f.s(`local REDIS_PASSWORD = "${T.pw()}"`, 'password', ['constant']);
  f.n(`local UPSTREAM_TOKEN = os.getenv("UPSTREAM_TOKEN")`, 'env');
  f.n(`local KEY_PATTERN = "^ak_[%w]{32}$"`, 'regex');
  f.s(`local DATADOG_API_KEY = "${T.hex(32)}"`, 'generic-api-key', ['datadog']);
  f.o(`
local function lookup_key(api_key)
  local red = redis:new()
  red:set_timeouts(100, 100, 100)
  local ok, err = red:connect("10.0.4.12", 6379)
  if not ok then
    ngx.log(ngx.ERR, "redis connect failed: ", err)
    return nil
  end
  red:auth(REDIS_PASSWORD)
  local tenant = red:get("apikey:" .. api_key)
  red:set_keepalive(10000, 100)
  if tenant == ngx.null then return nil end
  return tenant
end

local function metric(name)
  local httpc = http.new()
  httpc:request_uri("https://api.datadoghq.eu/api/v1/series", {
    method = "POST",
    headers = { ["DD-API-KEY"] = DATADOG_API_KEY, ["Content-Type"] = "application/json" },
    body = cjson.encode({ series = { { metric = name, points = { { ngx.time(), 1 } } } } }),
  })
end

function _M.access()
  local key = ngx.var.http_x_api_key
  if not key or not key:match(KEY_PATTERN) then`);
  f.n(`    ngx.status = 401; ngx.say('{"error":"missing or malformed API key"}')`, 'error-message');
  f.o(`    return ngx.exit(401)
  end
  local tenant = lookup_key(key)
  if not tenant then
    metric("gateway.auth.denied")
    return ngx.exit(403)
  end
  ngx.req.set_header("X-Tenant", tenant)
  ngx.req.set_header("Authorization", "Bearer " .. (UPSTREAM_TOKEN or ""))
end

return _M
`);
  return f;
}

export function perlMojo(T) {
  const f = mk('script/inventory_app.pl');
  f.o(`
#!/usr/bin/env perl
use Mojolicious::Lite -signatures;
use Mojo::Pg;
use Mojo::UserAgent;
use Digest::SHA qw(hmac_sha256_hex);
`);
  f.s(`app->secrets(['${T.hex(40)}']);`, 'generic-secret', ['cookie-secret']);
  f.n(`my $pg_dsn = $ENV{INVENTORY_PG} // die "INVENTORY_PG not set\\n";`, 'env');
  f.s(`my $supplier_pass = '${T.pw()}';`, 'password', ['variable']);
  f.n(`my $supplier_user = 'inventory-sync';`, 'name-only');
  f.n(`my $sku_re = qr/^[A-Z]{3}-\\d{6}$/;`, 'regex');
  f.o(`
helper pg => sub { state $pg = Mojo::Pg->new($pg_dsn) };
helper ua => sub { state $ua = Mojo::UserAgent->new(request_timeout => 10) };

get '/items/:sku' => sub ($c) {
  my $sku = $c->param('sku');
  return $c->render(json => { error => 'bad sku' }, status => 400) unless $sku =~ $sku_re;
  my $row = $c->pg->db->query('SELECT sku, qty FROM items WHERE sku = ?', $sku)->hash;
  return $c->reply->not_found unless $row;
  $c->render(json => $row);
};

post '/sync' => sub ($c) {
  my $url = Mojo::URL->new('https://api.supplier-portal.example/v1/stock')
    ->userinfo("$supplier_user:$supplier_pass");
  $c->ua->get_p($url)->then(sub ($tx) {
    my $items = $tx->result->json('/items') // [];
    my $db = $c->pg->db;
    $db->query('UPDATE items SET qty = ? WHERE sku = ?', $_->{qty}, $_->{sku}) for @$items;
    $c->render(json => { synced => scalar @$items });
  })->catch(sub ($err) {`);
  f.n(`    $c->render(json => { error => "supplier rejected credentials: $err" }, status => 502);`, 'error-message');
  f.o(`  });
};

under sub ($c) {
  my $sig = $c->req->headers->header('X-Signature') // '';
  my $expected = hmac_sha256_hex($c->req->body, $ENV{WEBHOOK_KEY} // '');
  return 1 if $sig eq $expected;
  $c->render(text => 'forbidden', status => 403);
  return undef;
};

post '/webhook' => sub ($c) { $c->render(text => 'ok') };

app->start;
`);
  return f;
}

export function bashDeploy(T) {
  const f = mk('scripts/deploy.sh');
  f.o(`
#!/usr/bin/env bash
# Deploys the web tier to the production cluster.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "\${BASH_SOURCE[0]}")" && pwd)"
ENVIRONMENT="\${1:-production}"
IMAGE_TAG="\${IMAGE_TAG:-$(git rev-parse --short HEAD)}"
`);
  f.s(`export AWS_ACCESS_KEY_ID='${T.aws()}'`, 'aws-access-key', ['export']);
  f.s(`export AWS_SECRET_ACCESS_KEY='${T.awsSecret()}'`, 'aws-secret-key', ['export']);
  f.n(`export AWS_SESSION_TOKEN="\${AWS_SESSION_TOKEN:-}"`, 'env');
  f.n(`REGISTRY_PASSWORD="$(vault kv get -field=password secret/ci/registry)"`, 'vault');
  f.s(`GITLAB_TOKEN='${T.glpat()}'`, 'gitlab-pat', ['variable']);
  f.n(`EXPECTED_SHA256="${T.hex(64)}"`, 'hash');
  f.o(`
log() { printf '[%s] %s\\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

log "deploying \${IMAGE_TAG} to \${ENVIRONMENT}"

echo "\${REGISTRY_PASSWORD}" | docker login registry.acme.io -u ci-bot --password-stdin
docker build -t "registry.acme.io/web:\${IMAGE_TAG}" "\${SCRIPT_DIR}/.."
docker push "registry.acme.io/web:\${IMAGE_TAG}"

curl -fsSL -o /tmp/kubectl "https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl"
echo "\${EXPECTED_SHA256}  /tmp/kubectl" | sha256sum -c -
chmod +x /tmp/kubectl

aws eks update-kubeconfig --name "acme-\${ENVIRONMENT}" --region eu-central-1
/tmp/kubectl set image deployment/web web="registry.acme.io/web:\${IMAGE_TAG}" -n web
/tmp/kubectl rollout status deployment/web -n web --timeout=300s

curl -fsS --request POST \\
  --header "PRIVATE-TOKEN: \${GITLAB_TOKEN}" \\
  --data "name=deploy-\${IMAGE_TAG}&ref=main" \\
  "https://gitlab.acme.io/api/v4/projects/42/releases"

if [[ -z "\${SLACK_WEBHOOK_URL:-}" ]]; then`);
  f.n(`  log "SLACK_WEBHOOK_URL is empty; set it to https://hooks.slack.com/services/XXX/YYY/ZZZ"`, 'placeholder');
  f.o(`  exit 0
fi
curl -fsS -X POST -H 'Content-Type: application/json' \\
  -d "{\\"text\\":\\"web \${IMAGE_TAG} deployed to \${ENVIRONMENT}\\"}" "\${SLACK_WEBHOOK_URL}"
log "done"
`);
  return f;
}

export function powershellOps(T) {
  const f = mk('ops/Rotate-Backups.ps1');
  f.o(`
<#
.SYNOPSIS
  Copies nightly SQL backups to blob storage and prunes old ones.
#>
[CmdletBinding()]
param(
    [string]$BackupPath = 'D:\\Backups\\Sql',
    [int]$RetentionDays = 14,`);
  f.n(`    [Parameter(Mandatory)][SecureString]$VaultPassword`, 'name-only');
  f.o(`)

$ErrorActionPreference = 'Stop'
`);
  f.s(`$sqlPassword = ConvertTo-SecureString '${T.pw()}' -AsPlainText -Force`, 'password', ['securestring']);
  f.s(`$storageKey = '${T.b64(86)}=='`, 'azure-storage-key', ['variable']);
  f.n(`$clientSecret = (Get-AzKeyVaultSecret -VaultName 'acme-ops-kv' -Name 'backup-sp-secret').SecretValue`, 'vault');
  f.n(`$tenantId = '${T.uuid()}'`, 'uuid');
  f.o(`
$cred = New-Object System.Management.Automation.PSCredential('backup_svc', $sqlPassword)
Import-Module Az.Storage

function Write-Log([string]$Message) {
    Write-Host ("[{0:u}] {1}" -f (Get-Date), $Message)
}

$ctx = New-AzStorageContext -StorageAccountName 'acmebackups' -StorageAccountKey $storageKey

Get-ChildItem -Path $BackupPath -Filter '*.bak' | ForEach-Object {
    Write-Log "uploading $($_.Name)"
    Set-AzStorageBlobContent -File $_.FullName -Container 'sql' -Blob $_.Name -Context $ctx -Force | Out-Null
}

$cutoff = (Get-Date).AddDays(-$RetentionDays)
Get-AzStorageBlob -Container 'sql' -Context $ctx |
    Where-Object { $_.LastModified -lt $cutoff } |
    ForEach-Object {
        Write-Log "removing $($_.Name)"
        Remove-AzStorageBlob -Blob $_.Name -Container 'sql' -Context $ctx
    }

Invoke-Sqlcmd -ServerInstance 'sql01' -Credential $cred -Query 'EXEC dbo.MarkBackupsArchived'
if (-not $clientSecret) {`);
  f.n(`    throw 'Service principal secret not found in Key Vault; check access policy.'`, 'error-message');
  f.o(`}
Write-Log 'rotation complete'
`);
  return f;
}

export function groovyJenkins(T) {
  const f = mk('vars/publishArtifacts.groovy');
  f.o(`
// Jenkins shared library step: publishArtifacts(repo: 'libs-release', files: 'build/libs/*.jar')
import groovy.json.JsonOutput

def call(Map cfg = [:]) {
    String repo = cfg.repo ?: 'libs-release'
    String files = cfg.files ?: 'build/libs/*.jar'
`);
  f.s(`    String artifactoryPassword = '${T.pw()}'`, 'password', ['variable']);
  f.n(`    String artifactoryUser = 'ci-publisher'`, 'name-only');
  f.o(`
    node('linux') {`);
  f.n(`        withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN')]) {`, 'vault');
  f.o(`            sh './gradlew sonar -Dsonar.token=$SONAR_TOKEN'
        }
        def uploads = findFiles(glob: files)
        for (f in uploads) {
            sh "curl -fsS -u \${artifactoryUser}:\${artifactoryPassword} -T \${f.path} https://artifacts.acme.io/\${repo}/\${f.name}"
        }
        notifyGithub(env.GIT_COMMIT, 'success')
    }
}

private void notifyGithub(String sha, String state) {`);
  f.s(`    def token = '${T.ghp()}'`, 'github-pat', ['variable']);
  f.n(`    def shaPattern = ~/^[0-9a-f]{40}$/`, 'regex');
  f.o(`    if (!(sha ==~ shaPattern)) {`);
  f.n(`        error "Invalid commit sha '\${sha}': expected 40 hex characters"`, 'error-message');
  f.o(`    }
    def body = JsonOutput.toJson([state: state, context: 'ci/publish', description: 'Artifacts published'])
    httpRequest(
        url: "https://api.github.com/repos/acme/platform/statuses/\${sha}",
        httpMode: 'POST',
        customHeaders: [[name: 'Authorization', value: "token \${token}", maskValue: true]],
        contentType: 'APPLICATION_JSON',
        requestBody: body
    )
}

def testFixture() {`);
  f.n(`    return [token: 'dummy-token-for-unit-tests', password: 'fake-password']`, 'fake-fixture');
  f.o(`}

return this
`);
  return f;
}

export function cppQt(T) {
  const f = mk('src/net/telemetryclient.cpp');
  f.o(`
#include "telemetryclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QUrlQuery>

namespace {`);
  f.s(`constexpr char kIngestKey[] = "${T.hex(40)}";`, 'generic-api-key', ['constexpr']);
  f.n(`constexpr char kIngestKeyHeader[] = "X-Ingest-Key";`, 'name-only');
  f.n(`const QString kPlaceholderToken = QStringLiteral("YOUR_API_TOKEN_HERE");`, 'placeholder');
  f.o(`}
`);
  f.s(T.pem().map((l, i, a) => (i === 0 ? 'static const char *kClientKeyPem = R"(' : '') + l + (i === a.length - 1 ? ')";' : '')), 'private-key', ['pem', 'multiline']);
  f.o(`
TelemetryClient::TelemetryClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{`);
  f.n(`    m_proxyPassword = QProcessEnvironment::systemEnvironment().value("TELEMETRY_PROXY_PASSWORD");`, 'env');
  f.o(`}

void TelemetryClient::send(const QString &event, const QJsonObject &props)
{
    QNetworkRequest req(QUrl("https://ingest.telemetry.acme.io/v1/events"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    req.setRawHeader(kIngestKeyHeader, kIngestKey);

    QJsonObject payload{{"event", event}, {"props", props}};
    QNetworkReply *reply = m_nam->post(req, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply]() {
        if (reply->error() == QNetworkReply::AuthenticationRequiredError) {`);
  f.n(`            emit failed(tr("Telemetry ingest key rejected by server"));`, 'error-message');
  f.o(`        } else if (reply->error() != QNetworkReply::NoError) {
            emit failed(reply->errorString());
        } else {
            emit sent();
        }
        reply->deleteLater();
    });
}
`);
  return f;
}

export function haskellApp(T) {
  const f = mk('src/Payments/Client.hs');
  f.o(`
{-# LANGUAGE OverloadedStrings #-}
module Payments.Client
  ( PaymentsConfig (..)
  , defaultConfig
  , createRefund
  ) where

import qualified Data.ByteString.Char8 as BS
import Data.Aeson (object, (.=))
import Data.Text (Text)
import Network.HTTP.Simple
import System.Environment (lookupEnv)

data PaymentsConfig = PaymentsConfig
  { pcBaseUrl :: String
  , pcApiKey :: BS.ByteString
  , pcWebhookSecret :: Maybe BS.ByteString
  }

defaultConfig :: PaymentsConfig
defaultConfig = PaymentsConfig
  { pcBaseUrl = "https://api.stripe.com/v1"`);
  f.s(`  , pcApiKey = "${T.stripe()}"`, 'stripe-secret-key', ['record-field']);
  f.n(`  , pcWebhookSecret = Nothing`, 'name-only');
  f.o(`  }

-- | Sample key used in the haddock examples only.`);
  f.o(`exampleKey :: BS.ByteString`);
  f.n(`exampleKey = "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"`, 'placeholder');
  f.o(`
loadConfig :: IO PaymentsConfig
loadConfig = do`);
  f.n(`  mKey <- lookupEnv "PAYMENTS_API_KEY"`, 'env');
  f.o(`  pure $ case mKey of
    Just k -> defaultConfig { pcApiKey = BS.pack k }
    Nothing -> defaultConfig

createRefund :: PaymentsConfig -> Text -> Int -> IO Int
createRefund cfg chargeId amount = do
  req0 <- parseRequest ("POST " <> pcBaseUrl cfg <> "/refunds")
  let req = setRequestBearerAuth (pcApiKey cfg)
          $ setRequestBodyJSON (object ["charge" .= chargeId, "amount" .= amount])
          $ req0
  resp <- httpNoBody req
  let code = getResponseStatusCode resp
  if code == 401`);
  f.n(`    then fail "payments API rejected the secret key (check PAYMENTS_API_KEY)"`, 'error-message');
  f.o(`    else pure code
`);
  return f;
}
