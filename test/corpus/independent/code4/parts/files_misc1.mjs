import { P, N, src, D } from './builder.mjs';
import { t, PFX } from './tokens.mjs';

export default function misc1Files() {
  const F = [];
  const add = (path, text) => F.push([path, text]);

  // ---------------------------------------------------------------- ASP.NET minimal API
  const sqlPw = t.password();
  add('src/Acme.Api/Program.cs', src`
using System.Security.Claims;
using System.Text;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Acme.Api.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri(${N('"https://kv-acme-prod.vault.azure.net/"', ['secret-reference'])}),
    new DefaultAzureCredential());

// Fallback keeps older deployment slots booting; Key Vault provides Jwt--SigningKey in prod.
var signingKey = builder.Configuration["Jwt:SigningKey"]
    ?? "${P('jwt-secret', t.jwtSecret())}";

builder.Services.AddDbContext<AppDbContext>(o =>
    o.UseSqlServer(${N('builder.Configuration.GetConnectionString("Default")', ['config-read'])}));

// Exports container lives in the legacy subscription (no managed identity there yet).
const string ExportsStorage =
    "${P('azure-storage-connection-string', `DefaultEndpointsProtocol=https;AccountName=acmeexports;AccountKey=${t.azureKey()};EndpointSuffix=core.windows.net`)}";
builder.Services.AddSingleton(new BlobServiceClient(ExportsStorage));

// Reporting database used by /reports/*
const string ReportingConnection =
    "${P('database-connection-string', `Server=tcp:acme-reporting.database.windows.net,1433;Initial Catalog=reports;User ID=report_reader;Password=${sqlPw};Encrypt=True;TrustServerCertificate=False;`)}";

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "https://api.acme.io",
            ValidAudience = "acme-clients",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            ClockSkew = TimeSpan.FromMinutes(2),
        };
    });
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

const string ApiKeyHeader = ${N('"X-Api-Key"', ['header-name'])};
var partnerApiKey = ${N('Environment.GetEnvironmentVariable("ACME_PARTNER_API_KEY")', ['env-read'])};

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));

app.MapGet("/me", (ClaimsPrincipal user) => Results.Ok(new
{
    id = user.FindFirstValue(ClaimTypes.NameIdentifier),
    email = user.FindFirstValue(ClaimTypes.Email),
})).RequireAuthorization();

app.MapPost("/auth/password-reset", async (PasswordResetRequest req, AppDbContext db) =>
{
    var user = await db.Users.SingleOrDefaultAsync(u => u.Email == req.Email);
    if (user is null)
    {
        // Same response either way to avoid account enumeration
        return Results.Accepted();
    }
    user.PasswordResetTokenHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
    await db.SaveChangesAsync();
    return Results.Accepted();
});

app.MapGet("/reports/{id:int}", async (int id) =>
{
    await using var conn = new SqlConnection(ReportingConnection);
    await conn.OpenAsync();
    await using var cmd = new SqlCommand("SELECT payload FROM dbo.Reports WHERE Id = @id", conn);
    cmd.Parameters.AddWithValue("@id", id);
    return await cmd.ExecuteScalarAsync() is string payload ? Results.Text(payload, "application/json") : Results.NotFound();
}).RequireAuthorization();

app.MapPost("/partners/orders", (HttpRequest http, OrderDto order) =>
{
    if (partnerApiKey is null || http.Headers[ApiKeyHeader] != partnerApiKey)
    {
        return Results.Problem(${N('"Invalid or missing API key."', ['error-message'])}, statusCode: 401);
    }
    return Results.Created($"/orders/{order.Reference}", order);
});

app.Run();

record PasswordResetRequest(string Email);
record OrderDto(string Reference, decimal Total, string Currency);
`);

  // ---------------------------------------------------------------- F#
  add('src/Acme.Billing/StripeGateway.fs', src`
module Acme.Billing.StripeGateway

open System
open Stripe

[<Literal>]
let ApiVersion = "2024-06-20"

type Region =
    | EU
    | US

let private envOrFail (name: string) =
    match Environment.GetEnvironmentVariable name with
    | null
    | "" -> failwithf "environment variable %s is not set" name
    | v -> v

/// Live key for the EU entity (Acme GmbH). Ops: rotate via the dashboard, then update here. (#412)
let private euSecretKey = "${P('stripe-secret-key', t.skLive())}"

let private usSecretKey () = envOrFail ${N('"STRIPE_US_SECRET_KEY"', ['env-var-name'])}

let clientFor region =
    let key =
        match region with
        | EU -> euSecretKey
        | US -> usSecretKey ()
    StripeClient(key)

/// Masks a key for logging: keeps the prefix and the last four characters.
let mask (key: string) =
    if key.Length < 12 then "****"
    else key.Substring(0, 8) + "****" + key.Substring(key.Length - 4)

type ChargeResult =
    | Charged of chargeId: string
    | Declined of reason: string

let createPaymentIntent (client: StripeClient) (amountMinor: int64) (currency: string) (customerId: string) =
    task {
        let service = PaymentIntentService(client)
        let options =
            PaymentIntentCreateOptions(
                Amount = Nullable amountMinor,
                Currency = currency,
                Customer = customerId,
                AutomaticPaymentMethods = PaymentIntentAutomaticPaymentMethodsOptions(Enabled = Nullable true)
            )
        try
            let! intent = service.CreateAsync(options)
            return Charged intent.Id
        with :? StripeException as ex ->
            return Declined ex.StripeError.Message
    }

let refund (client: StripeClient) (paymentIntentId: string) =
    RefundService(client).CreateAsync(RefundCreateOptions(PaymentIntent = paymentIntentId))

module Tests =
    open Expecto

    [<Tests>]
    let tests =
        testList "StripeGateway" [
            testCase "mask keeps prefix and suffix" <| fun _ ->
                let fake = ${N(`"${PFX.skLive}abcdefghijklmnopqrstuvwx"`, ['fixture'])}
                Expect.equal (mask fake) ${N(`"${PFX.skLive}****uvwx"`, ['masked'])} "masked form"

            testCase "mask hides short values" <| fun _ ->
                Expect.equal (mask "short") "****" "short values"

            testCase "missing env var fails loudly" <| fun _ ->
                Environment.SetEnvironmentVariable("STRIPE_US_SECRET_KEY", null)
                Expect.throws (fun () -> usSecretKey () |> ignore) "should throw"
        ]
`);

  // ---------------------------------------------------------------- Laravel service provider
  add('app/Providers/PaymentServiceProvider.php', src`
<?php

namespace App\Providers;

use App\Services\Payments\PayPalClient;
use App\Services\Payments\PayoutsClient;
use App\Services\Payments\SquareGateway;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\ServiceProvider;
use Square\Environment;
use Square\SquareClient;

class PaymentServiceProvider extends ServiceProvider
{
    /**
     * Square production credentials for the in-store POS integration.
     * TODO(PAY-88): move into config/services.php and the .env file.
     */
    private const SQUARE_ACCESS_TOKEN = '${P('square-access-token', t.squareAccess())}';
    private const SQUARE_APPLICATION_ID = '${t.squareAppId()}';
    private const SQUARE_APPLICATION_SECRET = '${P('square-oauth-secret', t.squareSecret())}';

    /** Name of the request field that carries the card nonce from the Web Payments SDK. */
    public const SOURCE_ID_FIELD = ${N("'source_id'", ['field-name'])};

    public function register(): void
    {
        $this->app->singleton(SquareClient::class, function () {
            return new SquareClient([
                'accessToken' => self::SQUARE_ACCESS_TOKEN,
                'environment' => Environment::PRODUCTION,
            ]);
        });

        $this->app->singleton(SquareGateway::class, function ($app) {
            return new SquareGateway(
                $app->make(SquareClient::class),
                applicationId: self::SQUARE_APPLICATION_ID,
                applicationSecret: self::SQUARE_APPLICATION_SECRET,
                locationId: config('services.square.location_id'),
            );
        });

        $this->app->singleton(PayPalClient::class, function () {
            return new PayPalClient(
                clientId: ${N("config('services.paypal.client_id')", ['config-read'])},
                clientSecret: ${N("config('services.paypal.secret')", ['config-read'])},
                mode: config('services.paypal.mode', 'live'),
            );
        });

        // Legacy payouts integration, still on the old REST app.
        $this->app->singleton(PayoutsClient::class, function () {
            return new PayoutsClient(
                '${t.paypalClientId()}',
                '${P('paypal-client-secret', t.paypalSecret())}',
                sandbox: false,
            );
        });

        $this->app->bind('payments.webhook_secret', fn () => ${N("env('PAYMENTS_WEBHOOK_SECRET')", ['env-read'])});
    }

    public function boot(): void
    {
        // Legacy donations form still posts to the old Stripe account.
        \Stripe\Stripe::setApiKey('${P('stripe-secret-key', t.skLive())}');

        if (blank(config('services.paypal.secret'))) {
            Log::warning(${N("'PayPal secret missing: set PAYPAL_SECRET in .env'", ['error-message'])});
        }

        $this->publishes([
            __DIR__.'/../../config/payments.php' => config_path('payments.php'),
        ], 'payments-config');
    }

    public function provides(): array
    {
        return [SquareClient::class, SquareGateway::class, PayPalClient::class, PayoutsClient::class];
    }
}
`);

  // ---------------------------------------------------------------- Rails initializer
  const sidekiqPw = t.urlpw();
  add('config/initializers/integrations.rb', src`
# frozen_string_literal: true

require "stripe"
require "twilio-ruby"
require "gitlab"
require "omniauth-google-oauth2"

Stripe.api_key = ${N('Rails.application.credentials.dig(:stripe, :secret_key)', ['credentials-read'])}
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Twilio.configure do |config|
  config.account_sid = ${N('ENV.fetch("TWILIO_ACCOUNT_SID")', ['env-read'])}
  config.auth_token = ${N('ENV.fetch("TWILIO_AUTH_TOKEN")', ['env-read'])}
end

# Ops bot that opens MRs against infra/terraform. Token owner: @ops-bot (scope: api).
Gitlab.configure do |config|
  config.endpoint = "https://gitlab.acme.io/api/v4"
  config.private_token = "${P('gitlab-pat', t.glpat())}"
  config.user_agent = "acme-rails/#{Rails.version}"
end

Rails.application.config.middleware.use OmniAuth::Builder do
  provider :google_oauth2,
           ${N(`"${t.googleClientId()}"`, ['public-client-id'])},
           "${P('google-oauth-client-secret', t.gocspx())}",
           scope: "email,profile", hd: "acme.io", prompt: "select_account"
  provider :github, ENV["GITHUB_CLIENT_ID"], ${N('ENV["GITHUB_CLIENT_SECRET"]', ['env-read'])}, scope: "read:org"
end

Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "${P('redis-uri', `redis://:${sidekiqPw}@redis-prod.acme.internal:6379/0`)}") }
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL", "redis://localhost:6379/0") }
end

# Public token: safe in the browser, restricted to *.acme.io
Rails.application.config.x.mapbox_token = "${N(t.mapboxPk(), ['public-key'])}"

Rails.application.config.filter_parameters += ${N('%i[password password_confirmation token secret api_key otp]', ['filter-list'])}

ActiveSupport.on_load(:active_record) do
  encrypts_key = ${N('Rails.application.credentials.active_record_encryption&.primary_key', ['credentials-read'])}
  Rails.logger.warn("active record encryption key missing") if encrypts_key.blank? && Rails.env.production?
end

module Integrations
  PASSWORD_MIN_LENGTH = 12
  RESET_TOKEN_EXPIRY = ${N('2.hours', ['constant'])}

  def self.sms(to:, body:)
    Twilio::REST::Client.new.messages.create(
      messaging_service_sid: ENV.fetch("TWILIO_MESSAGING_SERVICE_SID"),
      to: to,
      body: body
    )
  end

  def self.open_merge_request(branch:, title:)
    Gitlab.create_merge_request("infra/terraform", title, source_branch: branch, target_branch: "main")
  end
end
`);

  // ---------------------------------------------------------------- Phoenix runtime.exs
  const stagingRepoPw = t.urlpw();
  add('config/runtime.exs', src`
import Config

# config/runtime.exs is executed for all environments, including
# during releases. It is executed after compilation and before the
# system starts, so it is typically used to load production configuration
# and secrets from environment variables or elsewhere.

if System.get_env("PHX_SERVER") do
  config :acme, AcmeWeb.Endpoint, server: true
end

config :acme, :stripe_secret, ${N('System.fetch_env!("STRIPE_SECRET")', ['env-read'])}

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ${N('ecto://USER:PASS@HOST/DATABASE', ['placeholder'])}
      """

  maybe_ipv6 = if System.get_env("ECTO_IPV6") in ~w(true 1), do: [:inet6], else: []

  config :acme, Acme.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10"),
    socket_options: maybe_ipv6

  # The secret key base is used to sign/encrypt cookies and other secrets.
  # You can generate one by calling: mix phx.gen.secret
  secret_key_base =
    ${N('System.get_env("SECRET_KEY_BASE")', ['env-read'])} ||
      raise """
      environment variable SECRET_KEY_BASE is missing.
      You can generate one by calling: mix phx.gen.secret
      """

  host = System.get_env("PHX_HOST") || "acme.io"
  port = String.to_integer(System.get_env("PORT") || "4000")

  config :acme, AcmeWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: port],
    secret_key_base: secret_key_base

  config :acme, Acme.Mailer,
    adapter: Swoosh.Adapters.Mailgun,
    api_key: "${P('mailgun-api-key', t.mailgun())}",
    domain: "mg.acme.io",
    base_url: "https://api.eu.mailgun.net/v3"

  config :acme, AcmeWeb.Auth.Guardian,
    issuer: "acme",
    secret_key: "${P('jwt-secret', t.jwtSecret())}"
end

if config_env() == :staging do
  config :acme, Acme.Repo,
    url: "${P('database-uri', `ecto://acme:${stagingRepoPw}@staging-db.acme.internal/acme_staging`)}",
    pool_size: 5

  config :acme, AcmeWeb.Endpoint,
    url: [host: "staging.acme.io", port: 443, scheme: "https"],
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
end

if config_env() == :test do
  config :acme, Acme.Repo, password: ${N('"postgres"', ['dev-default'])}, hostname: "localhost"
end
`);

  // ---------------------------------------------------------------- Erlang gen_server
  const amqpPw = t.urlpw();
  add('apps/acme_push/src/acme_push.erl', src`
%%%-------------------------------------------------------------------
%%% @doc Push notification fan-out: consumes AMQP events and sends
%%% them through FCM (legacy HTTP API until PUSH-19 lands).
%%% @end
%%%-------------------------------------------------------------------
-module(acme_push).
-behaviour(gen_server).

-export([start_link/0, send/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3]).

-include_lib("kernel/include/logger.hrl").

-define(SERVER, ?MODULE).
-define(FCM_ENDPOINT, "https://fcm.googleapis.com/fcm/send").
%% Legacy server key for the acme-mobile Firebase project.
-define(FCM_SERVER_KEY, "${P('fcm-server-key', t.fcmLegacy())}").
-define(AMQP_URI, "${P('amqp-uri', `amqp://push_consumer:${amqpPw}@mq-1.acme.internal:5672/push`)}").
-define(AUTH_HEADER, ${N('"Authorization"', ['header-name'])}).
-define(TOKEN_TTL, ${N('3600', ['constant'])}).

-record(state, {channel :: pid() | undefined, sent = 0 :: non_neg_integer()}).

start_link() ->
    gen_server:start_link({local, ?SERVER}, ?MODULE, [], []).

send(DeviceToken, Payload) ->
    gen_server:cast(?SERVER, {send, DeviceToken, Payload}).

init([]) ->
    %% Per-environment credentials for the APNs fallback come from sys.config
    {ok, _KeyId} = application:get_env(acme_push, apns_key_id),
    ApiToken = ${N('os:getenv("PUSH_API_TOKEN")', ['env-read'])},
    case ApiToken of
        false -> ?LOG_WARNING("PUSH_API_TOKEN not set; admin endpoint disabled");
        _ -> ok
    end,
    {ok, Params} = amqp_uri:parse(?AMQP_URI),
    {ok, Conn} = amqp_connection:start(Params),
    {ok, Chan} = amqp_connection:open_channel(Conn),
    {ok, #state{channel = Chan}}.

handle_call(stats, _From, State = #state{sent = Sent}) ->
    {reply, {ok, Sent}, State};
handle_call(_Req, _From, State) ->
    {reply, {error, unknown_call}, State}.

handle_cast({send, DeviceToken, Payload}, State = #state{sent = Sent}) ->
    Body = jsx:encode(#{<<"to">> => DeviceToken, <<"notification">> => Payload}),
    Headers = [{?AUTH_HEADER, "key=" ++ ?FCM_SERVER_KEY}],
    case httpc:request(post, {?FCM_ENDPOINT, Headers, "application/json", Body}, [{timeout, 5000}], []) of
        {ok, {{_, 200, _}, _, _}} ->
            {noreply, State#state{sent = Sent + 1}};
        {ok, {{_, Code, _}, _, RespBody}} ->
            ?LOG_WARNING("fcm returned ~p: ~s", [Code, RespBody]),
            {noreply, State};
        {error, Reason} ->
            ?LOG_ERROR("fcm request failed: ~p", [Reason]),
            {noreply, State}
    end;
handle_cast(_Msg, State) ->
    {noreply, State}.

handle_info(_Info, State) ->
    {noreply, State}.

terminate(_Reason, #state{channel = Chan}) when is_pid(Chan) ->
    amqp_channel:close(Chan);
terminate(_Reason, _State) ->
    ok.

code_change(_OldVsn, State, _Extra) ->
    {ok, State}.
`);

  return F;
}
