// Rust CLI (a GitLab merge-request helper): config module with keyring lookup and tests.
export default function rust({ t, S, R }) {
  const glpat = S.glpat();
  const redisPw = S.password('redis-password');
  const files = [];

  files.push({ path: 'mrbot/src/config.rs', text: t`
//! Configuration loading for \`mrbot\`.
//!
//! Precedence: CLI flags > environment > OS keyring > \`~/.config/mrbot/config.toml\`.

use std::{env, fs, path::PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

@@N:env-var-name|pub const TOKEN_ENV: &str = "MRBOT_GITLAB_TOKEN";
pub const HOST_ENV: &str = "MRBOT_GITLAB_HOST";
@@N:config-key-name|const KEYRING_SERVICE: &str = "mrbot";
const DEFAULT_HOST: &str = "https://gitlab.com";

@@N:regex|static TOKEN_RE: &str = r"^glpat-[0-9A-Za-z_\-]{20}$";

#[derive(Debug, Deserialize, Default)]
pub struct FileConfig {
    pub host: Option<String>,
@@N:type-definition|    pub token: Option<String>,
    pub default_project: Option<String>,
    pub cache_url: Option<String>,
}

#[derive(Debug)]
pub struct Config {
    pub host: String,
@@N:type-definition|    pub token: String,
    pub default_project: Option<String>,
    pub cache_url: String,
}

fn config_path() -> PathBuf {
    dirs::config_dir().unwrap_or_else(|| PathBuf::from(".")).join("mrbot").join("config.toml")
}

fn read_file_config() -> Result<FileConfig> {
    let path = config_path();
    match fs::read_to_string(&path) {
        Ok(s) => toml::from_str(&s).with_context(|| format!("parsing {}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(FileConfig::default()),
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

fn keyring_token(host: &str) -> Option<String> {
@@N:keychain-read|    keyring::Entry::new(KEYRING_SERVICE, host).ok()?.get_password().ok()
}

pub fn load(flag_token: Option<String>, flag_host: Option<String>) -> Result<Config> {
    let file = read_file_config()?;
    let host = flag_host
        .or_else(|| env::var(HOST_ENV).ok())
        .or(file.host)
        .unwrap_or_else(|| DEFAULT_HOST.to_string());

    let token = flag_token
@@N:env-read|        .or_else(|| env::var(TOKEN_ENV).ok())
        .or_else(|| keyring_token(&host))
        .or(file.token);
    let Some(token) = token else {
@@N:error-string|        bail!("no GitLab token found: pass --token, set MRBOT_GITLAB_TOKEN or run \`mrbot login\`");
    };
    if !regex::Regex::new(TOKEN_RE).unwrap().is_match(&token) {
        eprintln!("warning: token does not look like a GitLab personal access token");
    }

    Ok(Config {
        host,
        token,
        default_project: file.default_project,
        cache_url: file.cache_url.unwrap_or_else(|| "redis://127.0.0.1:6379/0".into()),
    })
}

pub fn save_token(host: &str, token: &str) -> Result<()> {
    keyring::Entry::new(KEYRING_SERVICE, host)?
@@N:builder-variable|        .set_password(token)
        .context("storing token in OS keyring")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_missing_token() {
        env::remove_var(TOKEN_ENV);
        assert!(load(None, Some("https://gitlab.invalid".into())).is_err());
    }

    #[test]
    fn flag_wins_over_env() {
@@N:dummy-named|        env::set_var(TOKEN_ENV, "env-token-dummy");
@@N:dummy-named|        let cfg = load(Some("flag-token-dummy".into()), None).unwrap();
        assert_eq!(cfg.token, "flag-token-dummy");
    }

    // Hits gitlab.com; run with \`cargo test -- --ignored\`.
    #[test]
    #[ignore]
    fn live_whoami() {
@@S:gitlab-pat#test|        let token = env::var(TOKEN_ENV).unwrap_or_else(|_| "${glpat}".to_string());
        let client = crate::gitlab::Client::new(DEFAULT_HOST, &token).unwrap();
        let me = client.current_user().unwrap();
        assert!(!me.username.is_empty());
    }

    #[test]
    #[ignore]
    fn live_cache_roundtrip() {
@@S:db-connection-string#test|        let cache = crate::cache::Cache::connect("redis://:${redisPw}@mrbot-cache.fly.dev:6379/0").unwrap();
        cache.set("mrbot:test", "1").unwrap();
        assert_eq!(cache.get("mrbot:test").unwrap().as_deref(), Some("1"));
    }
}
` });
  return files;
}
