import { P, N, src, BT } from './builder.mjs';
import { t, PFX } from './tokens.mjs';

export default function sysFiles() {
  const F = [];
  const add = (path, text) => F.push([path, text]);

  // ---------------------------------------------------------------- Go / Gin
  add('internal/server/server.go', src`
package server

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/xanzy/go-gitlab"
)

const (
	headerRequestID = ${N('"X-Request-ID"', ['header-name'])}
	bearerPrefix    = ${N('"Bearer "', ['constant'])}
	tokenTTL        = 15 * time.Minute
)

// jwtKey signs admin-console session tokens.
var jwtKey = []byte("${P('jwt-secret', t.jwtSecret())}")

// Server wires HTTP handlers to the GitLab-backed release API.
type Server struct {
	engine *gin.Engine
	gl     *gitlab.Client
}

func New() (*Server, error) {
	token := ${N('os.Getenv("GITLAB_TOKEN")', ['env-read'])}
	if token == "" {
		// release-bot token for gitlab.acme.io (scope: read_api); see RUNBOOK.md
		token = "${P('gitlab-pat', t.glpat())}"
	}
	gl, err := gitlab.NewClient(token, gitlab.WithBaseURL("https://gitlab.acme.io/api/v4"))
	if err != nil {
		return nil, err
	}

	s := &Server{engine: gin.New(), gl: gl}
	s.engine.Use(gin.Recovery(), requestID())
	s.engine.POST("/login", s.login)
	admin := s.engine.Group("/admin", s.requireJWT())
	admin.GET("/releases/:project", s.releases)
	return s, nil
}

func requestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader(headerRequestID)
		if id == "" {
			id = newRequestID()
		}
		c.Set("request_id", id)
		c.Header(headerRequestID, id)
		c.Next()
	}
}

func (s *Server) login(c *gin.Context) {
	var req struct {
		Email    string ${BT}json:"email" binding:"required,email"${BT}
		Password string ${N(BT + 'json:"password" binding:"required,min=12"' + BT, ['struct-tag'])}
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": ${N('"email and password are required"', ['error-message'])}})
		return
	}
	if !checkCredentials(c.Request.Context(), req.Email, req.Password) {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	claims := jwt.RegisteredClaims{
		Subject:   req.Email,
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(tokenTTL)),
		Issuer:    "acme-admin",
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"token": signed, "expires_in": int(tokenTTL.Seconds())})
}

func (s *Server) requireJWT() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), bearerPrefix)
		_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
			if t.Method != jwt.SigningMethodHS256 {
				return nil, errors.New("unexpected signing method")
			}
			return jwtKey, nil
		})
		if err != nil {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid token"})
			return
		}
		c.Next()
	}
}

func (s *Server) releases(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), 5*time.Second)
	defer cancel()
	rels, _, err := s.gl.Releases.ListReleases(c.Param("project"), &gitlab.ListReleasesOptions{}, gitlab.WithContext(ctx))
	if err != nil {
		c.JSON(http.StatusBadGateway, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, rels)
}

func (s *Server) Run(addr string) error { return s.engine.Run(addr) }
`);

  // ---------------------------------------------------------------- Go / Echo
  const mongoPw = t.urlpw();
  add('cmd/api/main.go', src`
// Command api serves the public metrics API.
package main

import (
	"context"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"time"

	"github.com/DataDog/datadog-api-client-go/v2/api/datadog"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const (
	headerAPIKey = ${N('"X-API-Key"', ['header-name'])}
	// mongoURIEnv names the variable holding the connection string.
	mongoURIEnv = ${N('"MONGODB_URI"', ['env-var-name'])}
)

// Fallback used by the on-prem build, which has no secret injection.
const defaultMongoURI = "${P('database-uri', `mongodb+srv://metrics_api:${mongoPw}@cluster0.k3x9q.mongodb.net/metrics?retryWrites=true&w=majority`)}"

// Server-side Geocoding API key (restricted by IP to the NAT gateways).
const geocodingAPIKey = "${P('google-api-key', t.aiza())}"

// Datadog API key for the "metrics-api" service (org: acme-eu).
const datadogAPIKey = "${P('datadog-api-key', t.datadog())}"

func mongoURI() string {
	if v := os.Getenv(mongoURIEnv); v != "" {
		return v
	}
	return defaultMongoURI
}

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	client, err := mongo.Connect(ctx, options.Client().ApplyURI(mongoURI()).SetServerSelectionTimeout(5*time.Second))
	if err != nil {
		logger.Error("mongo connect failed", "err", err)
		os.Exit(1)
	}
	defer client.Disconnect(context.Background())

	ddCtx := context.WithValue(ctx, datadog.ContextAPIKeys, map[string]datadog.APIKey{
		"apiKeyAuth": {Key: datadogAPIKey},
		"appKeyAuth": {Key: ${N('os.Getenv("DD_APP_KEY")', ['env-read'])}},
	})
	_ = ddCtx

	e := echo.New()
	e.HideBanner = true
	e.Use(middleware.RequestID(), middleware.Recover())
	e.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		KeyLookup: "header:" + headerAPIKey,
		Skipper:   func(c echo.Context) bool { return c.Path() == "/healthz" },
		Validator: func(key string, c echo.Context) (bool, error) {
			expected := ${N('os.Getenv("METRICS_API_KEY")', ['env-read'])}
			return expected != "" && subtle.ConstantTimeCompare([]byte(key), []byte(expected)) == 1, nil
		},
	}))

	coll := client.Database("metrics").Collection("daily")
	e.GET("/healthz", func(c echo.Context) error { return c.String(http.StatusOK, "ok") })
	e.GET("/v1/geocode", func(c echo.Context) error {
		u := "https://maps.googleapis.com/maps/api/geocode/json?key=" + geocodingAPIKey + "&address=" + url.QueryEscape(c.QueryParam("q"))
		resp, err := http.Get(u)
		if err != nil {
			return echo.NewHTTPError(http.StatusBadGateway, err.Error())
		}
		defer resp.Body.Close()
		return c.Stream(resp.StatusCode, "application/json", resp.Body)
	})
	e.GET("/v1/metrics/:name", func(c echo.Context) error {
		var out []map[string]any
		cur, err := coll.Find(c.Request().Context(), map[string]any{"name": c.Param("name")}, options.Find().SetLimit(90))
		if err != nil {
			return echo.NewHTTPError(http.StatusBadGateway, err.Error())
		}
		if err := cur.All(c.Request().Context(), &out); err != nil {
			return err
		}
		return c.JSON(http.StatusOK, out)
	})

	go func() {
		if err := e.Start(":8080"); err != nil && err != http.ErrServerClosed {
			logger.Error("server stopped", "err", err)
		}
	}()
	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = e.Shutdown(shutdownCtx)
}
`);

  // ---------------------------------------------------------------- Go / cobra CLI
  add('cmd/acmectl/cmd/deploy.go', src`
package cmd

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/bradleyfalzon/ghinstallation/v2"
	"github.com/google/go-github/v62/github"
	vault "github.com/hashicorp/vault/api"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

const (
	githubAppID          = 412733
	githubInstallationID = 51822904
	// vaultTokenFlag is the flag name, not a token.
	vaultTokenFlag = ${N('"vault-token"', ['flag-name'])}
)

// Private key of the "acme-deployer" GitHub App.
// TODO(sec-204): load from Vault like everything else.
const githubAppPrivateKey = ${BT}${P('private-key', t.pem('rsa'))}
${BT}

// age identity used by sops to decrypt deploy/secrets/*.enc.yaml on the build agents.
const sopsAgeIdentity = "${P('age-secret-key', t.age())}"

// Break-glass token for the deploy role; used when the OIDC login fails.
var fallbackVaultToken = "${P('vault-token', t.vault())}"

var deployCmd = &cobra.Command{
	Use:   "deploy <service> <version>",
	Short: "Deploy a service version to an environment",
	Args:  cobra.ExactArgs(2),
	RunE: func(cmd *cobra.Command, args []string) error {
		ctx, cancel := context.WithTimeout(cmd.Context(), 10*time.Minute)
		defer cancel()

		env := viper.GetString("env")
		if os.Getenv("SOPS_AGE_KEY") == "" {
			_ = os.Setenv("SOPS_AGE_KEY", sopsAgeIdentity)
		}
		token := ${N('viper.GetString(vaultTokenFlag)', ['config-read'])}
		if token == "" {
			token = fallbackVaultToken
		}

		vc, err := vault.NewClient(vault.DefaultConfig())
		if err != nil {
			return err
		}
		vc.SetToken(token)
		secret, err := vc.KVv2("deploy").Get(ctx, ${N('fmt.Sprintf("%s/%s", env, args[0])', ['secret-reference'])})
		if err != nil {
			return fmt.Errorf("reading deploy config: %w", err)
		}

		tr, err := ghinstallation.New(nil, githubAppID, githubInstallationID, []byte(githubAppPrivateKey))
		if err != nil {
			return err
		}
		gh := github.NewClient(&http.Client{Transport: tr})
		_, _, err = gh.Repositories.Dispatch(ctx, "acme", "deployments", github.DispatchRequestOptions{
			EventType: "deploy",
			ClientPayload: jsonRaw(map[string]any{
				"service": args[0],
				"version": args[1],
				"env":     env,
				"config":  secret.Data,
			}),
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stdout, "dispatched deploy of %s@%s to %s\n", args[0], args[1], env)
		return nil
	},
}

func init() {
	rootCmd.AddCommand(deployCmd)
	deployCmd.Flags().String("env", "staging", "target environment (staging|production)")
	deployCmd.Flags().String(vaultTokenFlag, "", ${N('"Vault token (defaults to $VAULT_TOKEN)"', ['help-text'])})
	_ = viper.BindPFlag("env", deployCmd.Flags().Lookup("env"))
	_ = viper.BindPFlag(vaultTokenFlag, deployCmd.Flags().Lookup(vaultTokenFlag))
	_ = viper.BindEnv(vaultTokenFlag, ${N('"VAULT_TOKEN"', ['env-var-name'])})
}
`);

  // ---------------------------------------------------------------- Go test with fixtures
  add('internal/auth/token_test.go', src`
package auth

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// Fixtures: obviously fake values only. Real tokens must never appear in tests.
const (
	fakeGitHubToken = "${N(PFX.ghp + 'x'.repeat(36), ['placeholder'])}"
	fakeSlackToken  = "${N(PFX.xoxb + '0000-0000-' + 'x'.repeat(24), ['placeholder'])}"
	fakeAPIKey      = ${N('"YOUR_API_KEY"', ['placeholder'])}
	testSigningKey  = ${N('"test-signing-key-do-not-use"', ['fixture'])}
)

var githubTokenRE = regexp.MustCompile(${N(BT + '^' + PFX.ghp.slice(0, 2) + '[pousr]_[A-Za-z0-9]{36}$' + BT, ['regex'])})

func TestGitHubTokenPattern(t *testing.T) {
	if !githubTokenRE.MatchString(fakeGitHubToken) {
		t.Fatalf("fixture should match the pattern")
	}
	if githubTokenRE.MatchString(fakeAPIKey) {
		t.Fatalf("placeholder must not match")
	}
}

func TestIssueAndVerify(t *testing.T) {
	iss := NewIssuer([]byte(testSigningKey), time.Minute)
	tok, err := iss.Issue("user-42", []string{"admin"})
	if err != nil {
		t.Fatal(err)
	}
	claims, err := iss.Verify(tok)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	if claims.Subject != "user-42" {
		t.Errorf("subject = %q", claims.Subject)
	}
}

func TestVerifyRejectsOtherKey(t *testing.T) {
	a := NewIssuer([]byte(testSigningKey), time.Minute)
	b := NewIssuer([]byte("another-test-key"), time.Minute)
	tok, _ := a.Issue("user-42", nil)
	if _, err := b.Verify(tok); err == nil {
		t.Fatal("expected signature error")
	}
}

func TestMask(t *testing.T) {
	cases := []struct{ in, want string }{
		{fakeGitHubToken, ${N('"' + PFX.ghp + '****xxxx"', ['masked'])}},
		{"short", "****"},
		{"", ""},
	}
	for _, c := range cases {
		if got := Mask(c.in); got != c.want {
			t.Errorf("Mask(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBcryptHashIsNotASecret(t *testing.T) {
	// stored hash for the seeded demo user; the plaintext is not in the repo
	const stored = "${N(t.bcrypt(12), ['hash'])}"
	if !strings.HasPrefix(stored, "$2b$") || len(stored) != 60 {
		t.Fatalf("unexpected hash format")
	}
}

func TestRedactHeaders(t *testing.T) {
	h := map[string]string{
		"Authorization": "Bearer " + fakeSlackToken,
		"X-Request-ID":  "${N(t.uuid(), ['uuid'])}",
	}
	out := RedactHeaders(h)
	if out["Authorization"] != "Bearer [REDACTED]" {
		t.Errorf("authorization not redacted: %q", out["Authorization"])
	}
	if out["X-Request-ID"] != h["X-Request-ID"] {
		t.Errorf("request id should be kept")
	}
}
`);

  // ---------------------------------------------------------------- Rust / Actix
  const pgPw = t.urlpw();
  add('crates/api/src/main.rs', src`
use actix_session::{storage::CookieSessionStore, Session, SessionMiddleware};
use actix_web::{cookie::Key, get, middleware::Logger, post, web, App, HttpResponse, HttpServer, Responder};
use base64::{engine::general_purpose::STANDARD, Engine as _};
use serde::Deserialize;
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

/// Used when DATABASE_URL is unset (the hosted demo environment).
const DEMO_DATABASE_URL: &str = "${P('database-uri', `postgres://demo_owner:${pgPw}@ep-quiet-river-a2b3c4d5.eu-central-1.aws.neon.tech/demo?sslmode=require`)}";

/// Cookie signing/encryption key (64 bytes, base64).
const SESSION_KEY_B64: &str = "${P('session-secret', Buffer.from(t.str(64, 'alnum')).toString('base64'))}";

const API_TOKEN_HEADER: &str = ${N('"x-api-token"', ['header-name'])};
const SESSION_USER_KEY: &str = "user_id";

#[derive(Deserialize)]
struct LoginForm {
    email: String,
    password: String,
}

struct AppState {
    pool: PgPool,
    admin_token: Option<String>,
}

#[get("/healthz")]
async fn healthz() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[post("/login")]
async fn login(state: web::Data<AppState>, form: web::Json<LoginForm>, session: Session) -> actix_web::Result<HttpResponse> {
    let row: Option<(i64, String)> = sqlx::query_as("select id, password_hash from users where email = $1")
        .bind(&form.email)
        .fetch_optional(&state.pool)
        .await
        .map_err(actix_web::error::ErrorInternalServerError)?;
    match row {
        Some((id, hash)) if bcrypt::verify(&form.password, &hash).unwrap_or(false) => {
            session.insert(SESSION_USER_KEY, id)?;
            Ok(HttpResponse::Ok().json(serde_json::json!({ "id": id })))
        }
        _ => Ok(HttpResponse::Unauthorized().json(serde_json::json!({ "error": ${N('"invalid email or password"', ['error-message'])} }))),
    }
}

#[post("/admin/reindex")]
async fn reindex(state: web::Data<AppState>, req: actix_web::HttpRequest) -> HttpResponse {
    let presented = req.headers().get(API_TOKEN_HEADER).and_then(|v| v.to_str().ok());
    match (&state.admin_token, presented) {
        (Some(expected), Some(got)) if expected == got => HttpResponse::Accepted().finish(),
        _ => HttpResponse::Forbidden().finish(),
    }
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    env_logger::init_from_env(env_logger::Env::default().default_filter_or("info"));

    let database_url = std::env::var("DATABASE_URL").unwrap_or_else(|_| DEMO_DATABASE_URL.to_string());
    let pool = PgPoolOptions::new()
        .max_connections(10)
        .connect(&database_url)
        .await
        .expect("database connection");

    let admin_token = ${N('std::env::var("ADMIN_API_TOKEN").ok()', ['env-read'])};
    let key = Key::from(&STANDARD.decode(SESSION_KEY_B64).expect("session key is base64"));
    let state = web::Data::new(AppState { pool, admin_token });

    HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .wrap(Logger::default())
            .wrap(SessionMiddleware::new(CookieSessionStore::default(), key.clone()))
            .service(healthz)
            .service(login)
            .service(reindex)
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}
`);

  // ---------------------------------------------------------------- Rust / clap CLI
  add('crates/notifier/src/cli.rs', src`
//! Command-line interface for the release notifier.

use clap::{Parser, Subcommand, ValueEnum};

/// Bot used for the #releases Telegram group. Kept as a default so the
/// binary works on the old build box, which has no secret store.
const DEFAULT_TELEGRAM_TOKEN: &str = "${P('telegram-bot-token', t.telegram())}";

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Channel {
    Telegram,
    Slack,
    Email,
}

#[derive(Debug, Parser)]
#[command(name = "notifier", version, about = "Announce releases")]
pub struct Cli {
    /// Acme API token used to look up release metadata.
    #[arg(long, env = ${N('"ACME_API_TOKEN"', ['env-var-name'])}, hide_env_values = true)]
    pub api_token: Option<String>,

    /// Telegram bot token (overrides the built-in default).
    #[arg(long, env = "TELEGRAM_BOT_TOKEN", hide_env_values = true)]
    pub telegram_token: Option<String>,

    /// SMTP password; only needed for --channel email.
    #[arg(long, env = "SMTP_PASSWORD", hide_env_values = true, default_value = ${N('""', ['empty'])})]
    pub smtp_password: String,

    #[arg(long, value_enum, default_value_t = Channel::Telegram)]
    pub channel: Channel,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Announce a published release.
    Announce {
        #[arg(long)]
        version: String,
        #[arg(long, default_value = "-1001234567890")]
        chat_id: String,
    },
    /// Print the effective configuration (secrets masked).
    Config,
}

impl Cli {
    pub fn telegram_token(&self) -> &str {
        self.telegram_token.as_deref().unwrap_or(DEFAULT_TELEGRAM_TOKEN)
    }

    pub fn describe(&self) -> String {
        format!(
            "channel={:?} api_token={} smtp_password={}",
            self.channel,
            mask(self.api_token.as_deref().unwrap_or("")),
            mask(&self.smtp_password)
        )
    }
}

pub fn mask(secret: &str) -> String {
    match secret.len() {
        0 => String::from("<unset>"),
        n if n < 8 => "****".to_string(),
        _ => format!("{}****", &secret[..4]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_announce() {
        let cli = Cli::parse_from(["notifier", "--api-token", ${N('"dummy-token"', ['fixture'])}, "announce", "--version", "1.2.3"]);
        assert!(matches!(cli.command, Command::Announce { .. }));
    }

    #[test]
    fn masks_secrets() {
        assert_eq!(mask(""), "<unset>");
        assert_eq!(mask("abc"), "****");
        assert_eq!(mask(${N('"changeme-please"', ['placeholder'])}), "chan****");
    }
}
`);

  // ---------------------------------------------------------------- Swift / Vapor
  const vaporPw = t.password();
  add('Sources/App/configure.swift', src`
import APNS
import APNSCore
import Fluent
import FluentPostgresDriver
import JWT
import Vapor
import VaporAPNS

/// Auth key for APNs (Key ID 8K4MZ2X7QP, team 3JQ5T9V2LB), downloaded from the developer portal.
/// TODO: move to the secrets volume once the Kubernetes migration is done.
let apnsPrivateKey = """
${P('private-key', t.pem('p8'))}
"""

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    let dbPassword = Environment.get("DATABASE_PASSWORD") ?? "${P('password', vaporPw)}"
    app.databases.use(
        .postgres(configuration: .init(
            hostname: Environment.get("DATABASE_HOST") ?? "db.internal.acme.io",
            port: Environment.get("DATABASE_PORT").flatMap(Int.init) ?? SQLPostgresConfiguration.ianaPortNumber,
            username: Environment.get("DATABASE_USERNAME") ?? "vapor",
            password: dbPassword,
            database: Environment.get("DATABASE_NAME") ?? "acme",
            tls: .prefer(try .init(configuration: .clientDefault))
        )),
        as: .psql
    )

    guard let jwtSecret = ${N('Environment.get("JWT_SECRET")', ['env-read'])} else {
        fatalError(${N('"JWT_SECRET is not set"', ['error-message'])})
    }
    await app.jwt.keys.add(hmac: HMACKey(from: jwtSecret), digestAlgorithm: .sha256)

    let apnsConfig = APNSClientConfiguration(
        authenticationMethod: .jwt(
            privateKey: try .loadFrom(string: apnsPrivateKey),
            keyIdentifier: "8K4MZ2X7QP",
            teamIdentifier: "3JQ5T9V2LB"
        ),
        environment: app.environment == .production ? .production : .development
    )
    await app.apns.containers.use(apnsConfig, eventLoopGroupProvider: .shared(app.eventLoopGroup), responseDecoder: JSONDecoder(), requestEncoder: JSONEncoder(), as: .default)

    app.migrations.add(CreateUser())
    app.migrations.add(CreateDevice())
    try routes(app)
}

/// Secret Mapbox token (sk.*) with styles:tiles and static images scopes.
let mapboxSecretToken = "${P('mapbox-secret-token', t.mapboxSk('acme-platform'))}"

struct PasswordRules {
    static let minimumLength = 12
    static let fieldName = ${N('"password"', ['field-name'])}
    static let tooShortMessage = ${N('"Password must be at least 12 characters."', ['i18n'])}
}

func routes(_ app: Application) throws {
    app.get("healthz") { _ in "ok" }

    app.get("maps", "static", ":lon", ":lat") { req async throws -> ClientResponse in
        let lon = try req.parameters.require("lon", as: Double.self)
        let lat = try req.parameters.require("lat", as: Double.self)
        let url = URI(string: "https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/\(lon),\(lat),13/600x400?access_token=\(mapboxSecretToken)")
        return try await req.client.get(url)
    }

    app.post("devices") { req async throws -> HTTPStatus in
        struct Body: Content { let token: String; let platform: String }
        let body = try req.content.decode(Body.self)
        try await Device(token: body.token, platform: body.platform).save(on: req.db)
        return .created
    }
}
`);

  return F;
}
