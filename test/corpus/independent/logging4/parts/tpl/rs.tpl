@@file rs: «root»/src/auth.rs
use axum::{
    extract::State,
    http::{header::AUTHORIZATION, Request, StatusCode},
    middleware::Next,
    response::Response,
};
use jsonwebtoken::{decode, DecodingKey, Validation};
use serde::Deserialize;
use std::sync::Arc;
use tracing::{debug, info, warn};

#[derive(Debug, Deserialize, Clone)]
pub struct Claims {
    pub sub: String,
    pub exp: usize,
    pub scope: Option<String>,
}

pub struct AuthState {
    pub jwt_secret: String,
}

fn bearer<B>(req: &Request<B>) -> Option<String> {
    req.headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned)
}

pub async fn require_auth<B>(
    State(state): State<Arc<AuthState>>,
    mut req: Request<B>,
    next: Next<B>,
) -> Result<Response, StatusCode> {
    let Some(token) = bearer(&req) else {
        warn!(path = %req.uri().path(), "missing bearer token"); ⟦S:tracing,no-value⟧
        return Err(StatusCode::UNAUTHORIZED);
    };
    tracing::debug!("bearer token: {}", token); ⟦L:tracing,format,bearer⟧
    debug!(token_len = token.len(), "token present"); ⟦S:tracing,length⟧

    let key = DecodingKey::from_secret(state.jwt_secret.as_bytes());
    match decode::<Claims>(&token, &key, &Validation::default()) {
        Ok(data) => {
            info!(user_id = %data.claims.sub, scope = ?data.claims.scope, "authenticated"); ⟦S:tracing,userid,scopes⟧
            req.extensions_mut().insert(data.claims);
            Ok(next.run(req).await)
        }
        Err(err) => {
            warn!(token = %token, error = %err, "invalid token"); ⟦L:tracing,structured⟧
            warn!(error = %err, "invalid token"); ⟦S:tracing,error⟧
            Err(StatusCode::UNAUTHORIZED)
        }
    }
}

pub fn load_state() -> AuthState {
    let jwt_secret = std::env::var("«SVC»_JWT_SECRET").unwrap_or_default();
    if jwt_secret.is_empty() {
        warn!("«SVC»_JWT_SECRET is empty; every request will be rejected"); ⟦S:tracing,env-name⟧
    }
    debug!("jwt secret = {jwt_secret}"); ⟦L:tracing,inline-capture,signing-key⟧
    AuthState { jwt_secret }
}
@@file rs: «root»/src/config.rs
use serde::Deserialize;
use std::{env, fmt, net::SocketAddr};

#[derive(Debug, Deserialize, Clone)]
pub struct Config {
    pub bind_addr: SocketAddr,
    pub database_url: String,
    pub db_password: String,
    pub redis_url: String,
    pub log_level: String,
    pub stripe_secret_key: String,
}

/// Wrapper whose Debug output hides credentials.
pub struct Redacted<'a>(pub &'a Config);

impl fmt::Debug for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("bind_addr", &self.0.bind_addr)
            .field("log_level", &self.0.log_level)
            .field("database_url", &"<redacted>")
            .finish_non_exhaustive()
    }
}

fn var(name: &str) -> String {
    env::var(name).unwrap_or_else(|_| {
        eprintln!("warning: {name} is not set"); ⟦S:eprintln,env-name⟧
        String::new()
    })
}

impl Config {
    pub fn from_env() -> Self {
        let db_password = var("DB_PASSWORD");
        let database_url = format!(
            "postgres://«svc»:{}@{}/«dbname»",
            db_password,
            env::var("DB_HOST").unwrap_or_else(|_| "localhost".into())
        );
        let config = Config {
            bind_addr: env::var("BIND_ADDR").unwrap_or_else(|_| "0.0.0.0:8080".into()).parse().expect("BIND_ADDR"),
            database_url,
            db_password,
            redis_url: env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1/".into()),
            log_level: env::var("RUST_LOG").unwrap_or_else(|_| "info".into()),
            stripe_secret_key: var("STRIPE_SECRET_KEY"),
        };
        println!("{:?}", config); ⟦L:println,debug-fmt,whole-config⟧
        println!("{:?}", Redacted(&config)); ⟦S:redacted⟧
        println!("listening on {}", config.bind_addr); ⟦S:println,host⟧
        println!("log level: {}", config.log_level); ⟦S:log-level⟧
        config
    }

    pub fn summary(&self) {
        dbg!(&self.database_url); ⟦L:dbg,dsn⟧
        log::info!("database password set: {}", !self.db_password.is_empty()); ⟦S:log-crate,bool⟧
        log::info!("stripe key length: {}", self.stripe_secret_key.len()); ⟦S:length⟧
        log::debug!("stripe secret key {}", self.stripe_secret_key); ⟦L:log-crate,format,api-key⟧
    }
}
@@file rs: «root»/src/client.rs
use log::{debug, error, info, warn};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use serde::Deserialize;
use std::time::Duration;

#[derive(Deserialize, Debug)]
pub struct TokenResponse {
    pub access_token: String,
    pub refresh_token: Option<String>,
    pub expires_in: u64,
    pub token_type: String,
}

pub struct «Vendor»Client {
    http: reqwest::Client,
    base_url: String,
    api_key: String,
}

fn mask(s: &str) -> String {
    let prefix: String = s.chars().take(4).collect();
    format!("{prefix}****")
}

impl «Vendor»Client {
    pub fn new(base_url: &str, api_key: String) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
        info!("«vendor» client for {} (key {})", base_url, mask(&api_key)); ⟦S:masked⟧
        debug!("sending requests with api key {api_key}"); ⟦L:log-crate,inline-capture,api-key⟧
        Ok(Self { http, base_url: base_url.to_owned(), api_key })
    }

    fn headers(&self) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {}", self.api_key)).unwrap());
        h
    }

    pub async fn get(&self, path: &str) -> anyhow::Result<String> {
        let url = format!("{}{}", self.base_url, path);
        let req_headers = self.headers();
        for attempt in 1..=3u32 {
            match self.http.get(&url).headers(req_headers.clone()).send().await {
                Ok(resp) if resp.status().is_success() => {
                    info!("GET {} -> {} (attempt {})", url, resp.status(), attempt); ⟦S:status⟧
                    return Ok(resp.text().await?);
                }
                Ok(resp) => warn!("GET {} -> {}", url, resp.status()), ⟦S:status⟧
                Err(e) => {
                    error!("request failed: {e}; headers: {:?}", req_headers); ⟦L:log-crate,request-headers⟧
                }
            }
            tokio::time::sleep(Duration::from_millis(200 * attempt as u64)).await;
        }
        anyhow::bail!("GET {url} failed after retries")
    }

    pub async fn client_credentials(&self, client_secret: &str) -> anyhow::Result<TokenResponse> {
        let form = [("grant_type", "client_credentials"), ("client_secret", client_secret)];
        let resp = self.http.post(format!("{}/oauth/token", self.base_url)).form(&form).send().await?;
        let token: TokenResponse = resp.json().await?;
        info!("token type={} expires_in={}s", token.token_type, token.expires_in); ⟦S:metadata⟧
        debug!("token response: {:?}", token); ⟦L:log-crate,debug-fmt,whole-object⟧
        info!("refresh token issued: {}", token.refresh_token.is_some()); ⟦S:bool⟧
        Ok(token)
    }
}
@@file rs: «root»/src/bin/reset_worker.rs
use rand::{distributions::Alphanumeric, Rng};
use sha2::{Digest, Sha256};
use std::env;
use tracing::{error, info};

const SECRET_ENV: &str = "«VENDOR»_WEBHOOK_SECRET";

struct ResetRequest {
    user_id: i64,
    email: String,
}

fn hash_hex(input: &str) -> String {
    let digest = Sha256::digest(input.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn issue_reset_token(req: &ResetRequest) -> String {
    let reset_token: String = rand::thread_rng().sample_iter(&Alphanumeric).take(40).map(char::from).collect();
    info!(user_id = req.user_id, "password reset requested"); ⟦S:tracing,userid⟧
    info!(user_id = req.user_id, reset_token = %reset_token, "reset token generated"); ⟦L:tracing,structured,reset-token⟧
    info!(user_id = req.user_id, token_sha256 = %hash_hex(&reset_token), "reset token stored"); ⟦S:hash⟧
    println!("reset link for {}: https://«svc».example.com/reset/{}", req.email, reset_token); ⟦L:println,url-with-token⟧
    reset_token
}

fn main() {
    tracing_subscriber::fmt::init();
    let secret = match env::var(SECRET_ENV) {
        Ok(s) => s,
        Err(_) => {
            eprintln!("{SECRET_ENV} must be set"); ⟦S:eprintln,env-name⟧
            std::process::exit(2);
        }
    };
    eprintln!("webhook secret = {}", secret); ⟦L:eprintln,signing-secret⟧
    eprintln!("webhook secret loaded from {} ({} bytes)", SECRET_ENV, secret.len()); ⟦S:env-name,length⟧

    let pending = vec![
        ResetRequest { user_id: 1, email: "user@example.com".into() },
    ];
    let mut sent = 0usize;
    for req in &pending {
        let token = issue_reset_token(req);
        if token.is_empty() {
            error!(user_id = req.user_id, "empty token generated"); ⟦S:tracing,userid⟧
            continue;
        }
        sent += 1;
    }
    info!(sent, total = pending.len(), "reset batch done"); ⟦S:counter⟧
}
