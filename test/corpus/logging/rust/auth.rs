use log::{debug, error, info, warn};
use serde::Deserialize;
use std::env;

#[derive(Debug, Deserialize)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
    pub remember_me: bool,
}

#[derive(Debug)]
pub struct Session {
    pub user_id: u64,
    pub session_token: String,
    pub expires_in: u64,
}

pub struct AuthService {
    jwt_secret: String,
    issuer: String,
}

impl AuthService {
    pub fn from_env() -> Self {
        let jwt_secret = env::var("JWT_SECRET").expect("JWT_SECRET must be set");
        let issuer = env::var("JWT_ISSUER").unwrap_or_else(|_| "hush".to_string());
        info!("auth service issuer={}", issuer);
        debug!("auth service secret={}", jwt_secret);
        debug!("jwt secret configured: {}", !jwt_secret.is_empty());
        AuthService { jwt_secret, issuer }
    }

    pub fn login(&self, req: &LoginRequest) -> Result<Session, AuthError> {
        info!("login attempt for {}", req.username);
        debug!("login request {:?}", req);
        debug!("password length {}", req.password.len());
        if req.password.is_empty() {
            warn!("empty password for {}", req.username);
            return Err(AuthError::Invalid);
        }
        let user = find_user(&req.username)?;
        if !verify_password(&req.password, &user.password_hash) {
            warn!("bad password for {}: {}", req.username, req.password);
            return Err(AuthError::Invalid);
        }
        let session_token = self.sign(user.id);
        let session = Session { user_id: user.id, session_token: session_token.clone(), expires_in: 3600 };
        info!("session created user_id={} expires_in={}", session.user_id, session.expires_in);
        debug!("session token {session_token}");
        debug!("session {:?}", session);
        debug!("token prefix {}", &session_token[..4]);
        Ok(session)
    }

    fn sign(&self, user_id: u64) -> String {
        let claims = format!("{}:{}:{}", self.issuer, user_id, now());
        trace!("signing claims {}", claims);
        let signature = hmac_sha256(self.jwt_secret.as_bytes(), claims.as_bytes());
        trace!("signing with key {}", self.jwt_secret);
        format!("{}.{}", claims, signature)
    }

    pub fn refresh(&self, refresh_token: &str) -> Result<Session, AuthError> {
        info!("refreshing session");
        debug!("refresh token hash {}", sha256_hex(refresh_token));
        let claims = decode_claims(refresh_token).map_err(|e| {
            error!("refresh failed: {}", e);
            AuthError::Invalid
        })?;
        if claims.expired() {
            warn!("expired refresh token {}", refresh_token);
            return Err(AuthError::Expired);
        }
        println!("refreshed for user {}", claims.sub);
        Ok(Session { user_id: claims.sub, session_token: self.sign(claims.sub), expires_in: 3600 })
    }
}

pub fn reset_password(email: &str, new_password: &str) {
    info!("password reset for {}", email);
    warn!("passwords must be at least 12 characters");
    let masked = mask(new_password);
    debug!("new password {}", masked);
    eprintln!("reset {} -> {}", email, new_password);
}

pub fn connect_database() {
    let database_url = env::var("DATABASE_URL").unwrap();
    let db_password = env::var("DB_PASSWORD").unwrap_or_default();
    let dsn = format!("postgres://app:{}@db.internal/app", db_password);
    info!("connecting to {}", dsn);
    info!("database host configured: {}", database_url.contains("db.internal"));
    dbg!(&db_password);
}
