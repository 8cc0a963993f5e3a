use reqwest::header::{HeaderMap, AUTHORIZATION};
use std::time::Duration;
use tracing::{debug, error, info, instrument, warn};

#[derive(Clone, Debug)]
pub struct ApiConfig {
    pub base_url: String,
    pub api_key: String,
    pub client_id: String,
    pub client_secret: String,
    pub timeout_secs: u64,
}

#[derive(Debug)]
pub struct TokenResponse {
    pub access_token: String,
    pub refresh_token: Option<String>,
    pub token_type: String,
    pub expires_in: u64,
}

pub struct ApiClient {
    config: ApiConfig,
    http: reqwest::Client,
}

impl ApiClient {
    pub fn new(config: ApiConfig) -> Self {
        info!(base_url = %config.base_url, timeout = config.timeout_secs, "api client created");
        debug!(?config, "api client config");
        debug!(client_id = %config.client_id, "client credentials loaded");
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(config.timeout_secs))
            .build()
            .expect("http client");
        ApiClient { config, http }
    }

    pub async fn fetch_token(&self) -> Result<TokenResponse, ApiError> {
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.config.client_id.as_str()),
            ("client_secret", self.config.client_secret.as_str()),
        ];
        debug!("token request for client {}", self.config.client_id);
        tracing::trace!(client_secret = %self.config.client_secret, "token request");
        let token: TokenResponse = self.post_form("/oauth/token", &form).await?;
        info!(token_type = %token.token_type, expires_in = token.expires_in, "token issued");
        tracing::debug!(access_token = %token.access_token, "token issued");
        debug!("refresh token present: {}", token.refresh_token.is_some());
        debug!("token response {:?}", token);
        Ok(token)
    }

    #[instrument(skip(self))]
    pub async fn get(&self, path: &str, token: &TokenResponse) -> Result<String, ApiError> {
        let mut headers = HeaderMap::new();
        let bearer = format!("Bearer {}", token.access_token);
        headers.insert(AUTHORIZATION, bearer.parse().unwrap());
        headers.insert("x-api-key", self.config.api_key.parse().unwrap());
        info!(path, "GET");
        debug!("authorization header {}", bearer);
        debug!(api_key = ?self.config.api_key, "using api key");
        let url = format!("{}{}", self.config.base_url, path);
        let response = self.http.get(&url).headers(headers).send().await.map_err(|e| {
            error!(error = %e, url = %url, "request failed");
            ApiError::Transport
        })?;
        let status = response.status();
        if !status.is_success() {
            warn!(status = status.as_u16(), path, "unexpected status");
        }
        response.text().await.map_err(|_| ApiError::Body)
    }

    pub fn rotate_key(&mut self, new_key: String) {
        info!("rotating api key for client {}", self.config.client_id);
        warn!("api key rotation requested; old keys stay valid for 24h");
        let fingerprint = sha256_hex(&new_key);
        info!(key_fingerprint = %fingerprint, "new api key");
        info!("new key suffix {}", redact(&new_key));
        println!("new api key: {}", new_key);
        self.config.api_key = new_key;
    }
}

pub fn log_webhook(signature: &str, body: &str, user_email: &str) {
    info!(email = %user_email, bytes = body.len(), "webhook received");
    warn!(webhook_signature = signature, "signature mismatch");
    let valid = verify_signature(signature, body);
    info!(valid, "signature checked");
}
