import { mk } from './builder.mjs';

export function tsNext(T) {
  const f = mk('web/app/api/billing/route.ts');
  f.o(`
import { NextRequest, NextResponse } from "next/server";
import Stripe from "stripe";
import { createHmac, timingSafeEqual } from "crypto";
`);
  f.s(`const stripe = new Stripe("${T.stripe()}", { apiVersion: "2024-06-20" });`, 'stripe-secret-key', ['client-constructor']);
  f.n(`const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET!;`, 'env');
  f.n(`export const STRIPE_PUBLISHABLE_KEY = "${T.stripePk()}"; // shipped to the browser`, 'publishable-key');
  f.s(`const OPS_SLACK_WEBHOOK = "${T.slackWebhook()}";`, 'slack-webhook', ['constant']);
  f.n(`const ORDER_ID_RE = /^ord_[A-Za-z0-9]{14}$/;`, 'regex');
  f.o(`

type CheckoutBody = { priceId: string; quantity?: number; customerEmail: string };

function verifySignature(payload: string, header: string | null): boolean {
  if (!header) return false;
  const digest = createHmac("sha256", webhookSecret).update(payload).digest("hex");
  return timingSafeEqual(Buffer.from(digest), Buffer.from(header));
}

async function notifyOps(text: string) {
  await fetch(OPS_SLACK_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
}

export async function POST(req: NextRequest) {
  const raw = await req.text();
  if (!verifySignature(raw, req.headers.get("x-signature"))) {`);
  f.n(`    return NextResponse.json({ error: "invalid webhook secret or signature" }, { status: 401 });`, 'error-message');
  f.o(`  }
  const body = JSON.parse(raw) as CheckoutBody;
  if (body.quantity !== undefined && body.quantity < 1) {
    return NextResponse.json({ error: "quantity must be positive" }, { status: 400 });
  }
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: body.priceId, quantity: body.quantity ?? 1 }],
    customer_email: body.customerEmail,
    success_url: \`\${req.nextUrl.origin}/billing/success\`,
    cancel_url: \`\${req.nextUrl.origin}/billing\`,
  });
  await notifyOps(\`checkout started for \${body.customerEmail}\`);
  return NextResponse.json({ url: session.url });
}

export async function GET(req: NextRequest) {
  const id = req.nextUrl.searchParams.get("order") ?? "";
  if (!ORDER_ID_RE.test(id)) return NextResponse.json({ error: "bad id" }, { status: 400 });`);
  f.s(`  const legacy = await fetch(\`https://legacy-billing.internal/orders/\${id}\`, { headers: { Authorization: "Bearer ${T.alnum(40)}" } });`, 'generic-api-key', ['header']);
  f.o(`  return NextResponse.json(await legacy.json());
}
`);
  return f;
}

export function pyFastapi(T) {
  const f = mk('services/reports/app/main.py');
  f.o(`
import os
import hashlib
from functools import lru_cache

import boto3
import httpx
from fastapi import FastAPI, Depends, HTTPException, Header
from pydantic_settings import BaseSettings

`);
  f.o(`class Settings(BaseSettings):`);
  f.n(`    database_url: str = "postgresql://reports:\${DB_PASSWORD}@db:5432/reports"`, 'placeholder');
  f.s(`    openai_api_key: str = "${T.openai()}"`, 'openai-api-key', ['default-value']);
  f.n(`    sentry_dsn: str = os.environ.get("SENTRY_DSN", "")`, 'env');
  f.o(`    bucket: str = "acme-reports-prod"

    class Config:
        env_file = ".env"


@lru_cache
def get_settings() -> Settings:
    return Settings()

`);
  f.s(`AWS_ACCESS_KEY_ID = "${T.aws()}"`, 'aws-access-key', ['constant']);
  f.s(`AWS_SECRET_ACCESS_KEY = "${T.awsSecret()}"`, 'aws-secret-key', ['constant']);
  f.n(`REPORT_TEMPLATE_SHA256 = "${T.hex(64)}"`, 'hash');
  f.o(`
app = FastAPI(title="reports")
s3 = boto3.client(
    "s3",
    aws_access_key_id=AWS_ACCESS_KEY_ID,
    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
    region_name="eu-west-1",
)


def check_token(x_api_token: str = Header(...)) -> None:
    expected = os.environ["REPORTS_API_TOKEN"]
    if x_api_token != expected:`);
  f.n(`        raise HTTPException(status_code=401, detail="API token is missing or invalid")`, 'error-message');
  f.o(`

@app.get("/reports/{report_id}", dependencies=[Depends(check_token)])
def get_report(report_id: str, settings: Settings = Depends(get_settings)):
    obj = s3.get_object(Bucket=settings.bucket, Key=f"{report_id}.pdf")
    body = obj["Body"].read()
    if hashlib.sha256(body[:1024]).hexdigest() == REPORT_TEMPLATE_SHA256:
        raise HTTPException(status_code=404, detail="report not rendered yet")
    return {"id": report_id, "size": len(body)}


@app.post("/reports/{report_id}/summary", dependencies=[Depends(check_token)])
async def summarize(report_id: str, settings: Settings = Depends(get_settings)):
    async with httpx.AsyncClient(timeout=30) as client:
        r = await client.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {settings.openai_api_key}"},
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": report_id}]},
        )
    r.raise_for_status()
    return r.json()
`);
  return f;
}

export function goGrpc(T) {
  const f = mk('cmd/ledger/server.go');
  f.o(`
package main

import (
	"context"
	"database/sql"
	"log"
	"net"
	"os"

	_ "github.com/lib/pq"
	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"

	pb "github.com/acme/ledger/gen/ledger/v1"
)

const (`);
  f.s(`	defaultDSN = "postgres://ledger:${T.urlpw()}@ledger-db.prod.internal:5432/ledger?sslmode=require"`, 'connection-string', ['constant']);
  f.n(`	requestIDHeader = "x-request-id"`, 'name-only');
  f.n(`	tenantPattern = \`^[a-z0-9-]{3,32}$\``, 'regex');
  f.o(`)

`);
  f.s(`var internalAuthToken = "${T.hex(48)}"`, 'generic-api-key', ['package-var']);
  f.o(`
type ledgerServer struct {
	pb.UnimplementedLedgerServer
	db *sql.DB
}

func (s *ledgerServer) authorize(ctx context.Context) bool {
	md, ok := metadata.FromIncomingContext(ctx)
	if !ok {
		return false
	}
	vals := md.Get("authorization")
	return len(vals) == 1 && vals[0] == "Bearer "+internalAuthToken
}

func (s *ledgerServer) GetBalance(ctx context.Context, req *pb.GetBalanceRequest) (*pb.Balance, error) {
	if !s.authorize(ctx) {`);
  f.n(`		return nil, errUnauthenticated("missing or invalid bearer token")`, 'error-message');
  f.o(`	}
	var cents int64
	err := s.db.QueryRowContext(ctx, "SELECT balance_cents FROM accounts WHERE id = $1", req.AccountId).Scan(&cents)
	if err != nil {
		return nil, err
	}
	return &pb.Balance{AccountId: req.AccountId, Cents: cents}, nil
}

func main() {`);
  f.n(`	dsn := os.Getenv("LEDGER_DSN")`, 'env');
  f.o(`	if dsn == "" {
		dsn = defaultDSN
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("open db: %v", err)
	}
	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		log.Fatal(err)
	}
	srv := grpc.NewServer()
	pb.RegisterLedgerServer(srv, &ledgerServer{db: db})
	log.Printf("ledger listening on %s", lis.Addr())
	log.Fatal(srv.Serve(lis))
}
`);
  return f;
}

export function javaQuarkus(T) {
  const f = mk('src/main/java/com/acme/notify/NotificationResource.java');
  f.o(`
package com.acme.notify;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

@Path("/notify")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
`);
  f.s(`    private static final String SENDGRID_API_KEY = "${T.sendgrid()}";`, 'sendgrid-api-key', ['constant']);
  f.n(`    private static final String SENDGRID_KEY_PROPERTY = "sendgrid.api-key";`, 'name-only');
  f.n(`    private static final UUID TEMPLATE_ID = UUID.fromString("${T.uuid()}");`, 'uuid');
  f.o(`
    @Inject`);
  f.n(`    @ConfigProperty(name = "twilio.auth-token")`, 'config-lookup');
  f.o(`    String twilioAuthToken;
`);
  f.s(`    private final String twilioApiKey = "${T.twilio()}";`, 'twilio-api-key', ['field']);
  f.o(`    private final HttpClient http = HttpClient.newHttpClient();

    @POST
    @Path("/email")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response email(EmailRequest req) throws Exception {
        if (req.to() == null || req.to().isBlank()) {
            return Response.status(400).entity("{\\"error\\":\\"recipient required\\"}").build();
        }
        String json = String.format(
            "{\\"personalizations\\":[{\\"to\\":[{\\"email\\":\\"%s\\"}]}],\\"template_id\\":\\"%s\\"}",
            req.to(), TEMPLATE_ID);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.sendgrid.com/v3/mail/send"))
            .header("Authorization", "Bearer " + SENDGRID_API_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        HttpResponse<String> resp = http.send(request, HttpResponse.BodyHandlers.ofString());
        return Response.status(resp.statusCode()).build();
    }

    @POST
    @Path("/sms")
    public Response sms(SmsRequest req) {
        if (twilioAuthToken == null) {`);
  f.n(`            throw new IllegalStateException("twilio.auth-token is not configured; set TWILIO_AUTH_TOKEN");`, 'error-message');
  f.o(`        }
        return Response.accepted().build();
    }

    public record EmailRequest(String to) {}
    public record SmsRequest(String to, String body) {}
}
`);
  return f;
}

export function csAzureFn(T) {
  const f = mk('src/Functions/InvoiceExport.cs');
  f.o(`
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;

namespace Acme.Invoices.Functions
{
    public class InvoiceExport
    {`);
  f.s(`        private const string StorageConnection = "${T.azureConn('acmeinvoicesprod')}";`, 'azure-storage-key', ['connection-string']);
  f.n(`        private const string ConnectionSettingName = "AzureWebJobsStorage";`, 'name-only');
  f.n(`        private static readonly string SqlConnection = Environment.GetEnvironmentVariable("SQL_CONNECTION_STRING");`, 'env');
  f.s(`        private static readonly string ErpConnection = "Server=tcp:erp-sql.database.windows.net,1433;Database=erp;User ID=erp_export;Password=${T.pw()};Encrypt=True;";`, 'connection-string', ['sql-server']);
  f.o(`        private readonly ILogger _log;
        private static readonly HttpClient Http = new HttpClient();

        public InvoiceExport(ILoggerFactory factory)
        {
            _log = factory.CreateLogger<InvoiceExport>();
        }

        [Function("InvoiceExport")]
        public async Task<HttpResponseData> Run(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "invoices/{id}/export")] HttpRequestData req,
            string id)
        {
            var container = new BlobContainerClient(StorageConnection, "exports");
            await container.CreateIfNotExistsAsync();
            var blob = container.GetBlobClient($"{id}.csv");
            _log.LogInformation("Exporting invoice {Id} to {Uri}", id, blob.Uri);
`);
  f.s(`            Http.DefaultRequestHeaders.Add("X-Api-Key", "${T.hex(32)}");`, 'generic-api-key', ['header']);
  f.o(`            var csv = await Http.GetStringAsync($"https://erp.acme.internal/api/invoices/{id}/csv");
            await blob.UploadAsync(BinaryData.FromString(csv), overwrite: true);

            var res = req.CreateResponse(System.Net.HttpStatusCode.Accepted);`);
  f.n(`            res.Headers.Add("X-Correlation-Id", "${T.uuid()}");`, 'uuid');
  f.o(`            await res.WriteStringAsync(blob.Uri.ToString());
            return res;
        }

        private static void Validate(string id)
        {
            if (string.IsNullOrWhiteSpace(id))`);
  f.n(`                throw new ArgumentException("Invoice id is required; the access key was not checked.");`, 'error-message');
  f.o(`        }
    }
}
`);
  return f;
}

export function rubySinatra(T) {
  const f = mk('app/webhooks.rb');
  f.o(`
# frozen_string_literal: true

require 'sinatra/base'
require 'json'
require 'octokit'
require 'openssl'

class WebhookApp < Sinatra::Base
  configure do
    set :logging, true`);
  f.n(`    set :github_secret, ENV.fetch('GITHUB_WEBHOOK_SECRET')`, 'env');
  f.s(`    set :session_secret, '${T.hex(64)}'`, 'generic-secret', ['session-secret']);
  f.o(`  end
`);
  f.s(`  GITHUB_TOKEN = '${T.ghp()}'`, 'github-pat', ['constant']);
  f.n(`  SIGNATURE_FORMAT = /\\Asha256=[0-9a-f]{64}\\z/`, 'regex');
  f.n(`  DEPLOY_KEY_PUB = '${T.sshPub()}'`, 'public-key');
  f.o(`
  helpers do
    def github
      @github ||= Octokit::Client.new(access_token: GITHUB_TOKEN)
    end

    def verify!(payload)
      sig = request.env['HTTP_X_HUB_SIGNATURE_256'].to_s
      halt 400, 'malformed signature' unless sig.match?(SIGNATURE_FORMAT)
      digest = 'sha256=' + OpenSSL::HMAC.hexdigest('SHA256', settings.github_secret, payload)`);
  f.n(`      halt 401, 'webhook secret mismatch' unless Rack::Utils.secure_compare(digest, sig)`, 'error-message');
  f.o(`    end
  end

  post '/github' do
    payload = request.body.read
    verify!(payload)
    event = JSON.parse(payload)
    if event['action'] == 'opened' && event['pull_request']
      repo = event.dig('repository', 'full_name')
      number = event.dig('pull_request', 'number')
      github.add_labels_to_an_issue(repo, number, ['needs-review'])
    end
    status 204
  end

  get '/health' do
    content_type :json
    { ok: true, sha: ENV['GIT_SHA'] }.to_json
  end
end
`);
  return f;
}

export function phpSymfony(T) {
  const f = mk('src/Controller/MapController.php');
  f.o(`
<?php

namespace App\\Controller;

use Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;
use Symfony\\Component\\DependencyInjection\\Attribute\\Autowire;
use Symfony\\Component\\HttpFoundation\\JsonResponse;
use Symfony\\Component\\HttpFoundation\\Request;
use Symfony\\Component\\Routing\\Attribute\\Route;
use Symfony\\Contracts\\HttpClient\\HttpClientInterface;

class MapController extends AbstractController
{`);
  f.s(`    private const GOOGLE_MAPS_KEY = '${T.google()}';`, 'google-api-key', ['constant']);
  f.n(`    private const MAILER_DSN_ENV = 'MAILER_DSN';`, 'name-only');
  f.o(`
    public function __construct(
        private HttpClientInterface $client,`);
  f.n(`        #[Autowire('%env(GEOCODER_SECRET)%')] private string $geocoderSecret,`, 'env');
  f.o(`    ) {
    }

    #[Route('/api/geocode', methods: ['GET'])]
    public function geocode(Request $request): JsonResponse
    {
        $address = (string) $request->query->get('q', '');
        if ($address === '') {
            return $this->json(['error' => 'missing query'], 400);
        }
        $resp = $this->client->request('GET', 'https://maps.googleapis.com/maps/api/geocode/json', [
            'query' => ['address' => $address, 'key' => self::GOOGLE_MAPS_KEY],
        ]);
        return $this->json($resp->toArray());
    }

    #[Route('/api/partner/sync', methods: ['POST'])]
    public function sync(): JsonResponse
    {
        $resp = $this->client->request('POST', 'https://partner.example-logistics.com/v2/sync', [`);
  f.s(`            'auth_basic' => ['acme-sync', '${T.pw()}'],`, 'password', ['basic-auth']);
  f.o(`            'headers' => ['X-Geocoder-Signature' => hash_hmac('sha256', 'sync', $this->geocoderSecret)],
        ]);
        return $this->json(['status' => $resp->getStatusCode()]);
    }

    private function mailerConfig(): array
    {
        return [`);
  f.n(`            'dsn' => 'smtp://user:pass@localhost:1025', // mailhog in docker-compose`, 'placeholder');
  f.n(`            'password' => $_ENV['SMTP_PASSWORD'] ?? null,`, 'env');
  f.o(`            'from' => 'no-reply@acme.test',
        ];
    }
}
`);
  return f;
}

export function rustAxum(T) {
  const f = mk('crates/gateway/src/main.rs');
  f.o(`
use axum::{
    extract::State,
    http::{HeaderMap, StatusCode},
    routing::{get, post},
    Json, Router,
};
use serde::{Deserialize, Serialize};
use std::{env, sync::Arc};
`);
  f.s(`const ANTHROPIC_API_KEY: &str = "${T.anthropic()}";`, 'anthropic-api-key', ['constant']);
  f.n(`const API_KEY_HEADER: &str = "x-api-key";`, 'name-only');
  f.n(`const BUILD_COMMIT: &str = "${T.hex(40)}";`, 'hash');
  f.o(`
#[derive(Clone)]
struct AppState {
    http: reqwest::Client,
    redis_url: String,
}

#[derive(Deserialize)]
struct Prompt {
    text: String,
}

#[derive(Serialize)]
struct Health {
    ok: bool,
    commit: &'static str,
}

async fn health() -> Json<Health> {
    Json(Health { ok: true, commit: BUILD_COMMIT })
}

async fn complete(State(st): State<Arc<AppState>>, headers: HeaderMap, Json(p): Json<Prompt>) -> Result<String, StatusCode> {
    if headers.get(API_KEY_HEADER).is_none() {
        return Err(StatusCode::UNAUTHORIZED);
    }
    let resp = st
        .http
        .post("https://api.anthropic.com/v1/messages")
        .header(API_KEY_HEADER, ANTHROPIC_API_KEY)
        .header("anthropic-version", "2023-06-01")
        .json(&serde_json::json!({"model": "claude-3-5-haiku-latest", "max_tokens": 256, "messages": [{"role": "user", "content": p.text}]}))
        .send()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    resp.text().await.map_err(|_| StatusCode::BAD_GATEWAY)
}

#[tokio::main]
async fn main() {`);
  f.n(`    let redis_url = env::var("REDIS_URL").expect("REDIS_URL must be set (e.g. redis://:password@host:6379)");`, 'env');
  f.s(`    let _cache = redis::Client::open("redis://:${T.urlpw()}@cache.prod.acme.internal:6379/0").ok();`, 'connection-string', ['redis']);
  f.o(`    let state = Arc::new(AppState { http: reqwest::Client::new(), redis_url });
    let app = Router::new()
        .route("/health", get(health))
        .route("/complete", post(complete))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
`);
  return f;
}

export function kotlinKtor(T) {
  const f = mk('src/main/kotlin/com/acme/chat/Application.kt');
  f.o(`
package com.acme.chat

import io.ktor.client.*
import io.ktor.client.engine.cio.*
import io.ktor.client.request.*
import io.ktor.http.*
import io.ktor.server.application.*
import io.ktor.server.engine.*
import io.ktor.server.netty.*
import io.ktor.server.request.*
import io.ktor.server.response.*
import io.ktor.server.routing.*

object SlackConfig {`);
  f.s(`    const val BOT_TOKEN = "${T.slack()}"`, 'slack-token', ['object-const']);
  f.n(`    val signingSecret: String = System.getenv("SLACK_SIGNING_SECRET") ?: error("SLACK_SIGNING_SECRET not set")`, 'env');
  f.n(`    const val CHANNEL_ID_PATTERN = "^C[A-Z0-9]{8,10}$"`, 'regex');
  f.o(`}

data class DbConfig(val url: String, val user: String, val password: String)
`);
  f.s(`private val defaultDb = DbConfig("jdbc:postgresql://chat-db:5432/chat", "chat_app", "${T.pw()}")`, 'password', ['constructor-arg']);
  f.n(`private val localDb = DbConfig("jdbc:h2:mem:test", "sa", "")`, 'placeholder');
  f.o(`
fun Application.module() {
    val http = HttpClient(CIO)
    routing {
        post("/slack/notify") {
            val text = call.receiveText()
            val resp = http.post("https://slack.com/api/chat.postMessage") {
                header(HttpHeaders.Authorization, "Bearer \${SlackConfig.BOT_TOKEN}")
                contentType(ContentType.Application.Json)
                setBody("""{"channel":"C0123ABCD","text":"$text"}""")
            }
            call.respond(HttpStatusCode.fromValue(resp.status.value))
        }
        get("/health") {
            call.respondText("ok db=\${defaultDb.url}")
        }
    }
}

fun main() {
    embeddedServer(Netty, port = 8080, module = Application::module).start(wait = true)
}
`);
  return f;
}

export function swiftVapor(T) {
  const f = mk('Sources/App/configure.swift');
  f.o(`
import Vapor
import Fluent
import FluentPostgresDriver
import JWT

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
`);
  f.n(`    let dbPassword = Environment.get("DATABASE_PASSWORD") ?? "vapor_password"`, 'placeholder');
  f.o(`    app.databases.use(.postgres(configuration: .init(
        hostname: Environment.get("DATABASE_HOST") ?? "localhost",
        username: Environment.get("DATABASE_USERNAME") ?? "vapor_username",
        password: dbPassword,
        database: "vapor_database",
        tls: .disable
    )), as: .psql)
`);
  f.s(`    await app.jwt.keys.add(hmac: "${T.b64(44)}", digestAlgorithm: .sha256)`, 'jwt-secret', ['hmac-key']);
  f.o(`
    app.migrations.add(CreateUser())
    try routes(app)
}

struct PushService {
    let client: Client`);
  f.s(`    static let serverKey = "${T.alnum(11)}:APA91b${T.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 134)}"`, 'generic-api-key', ['fcm-server-key']);
  f.n(`    static let topicPrefix = "/topics/"`, 'name-only');
  f.o(`
    func send(to token: String, title: String) async throws {
        let uri = URI(string: "https://fcm.googleapis.com/fcm/send")
        _ = try await client.post(uri) { req in
            req.headers.add(name: .authorization, value: "key=\\(Self.serverKey)")
            try req.content.encode(["to": token, "title": title])
        }
    }
}

func routes(_ app: Application) throws {
    app.get("health") { _ in "ok" }
    app.post("login") { req async throws -> String in
        let creds = try req.content.decode(Credentials.self)
        guard creds.password.count >= 12 else {`);
  f.n(`            throw Abort(.badRequest, reason: "Password must be at least 12 characters")`, 'error-message');
  f.o(`        }
        return "ok"
    }
}

struct Credentials: Content {
    let email: String
    let password: String
}
`);
  return f;
}
