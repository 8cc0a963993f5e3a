// Go, Ruby, PHP, Rust and Swift sources.
import { FileBuilder, S } from './builder.mjs';
import { T, N, P } from './tokens.mjs';
import { ecP256 } from './keys.mjs';
import { rng } from './rng.mjs';

export function notifyConfigGo() {
  const b = new FileBuilder('internal/notify/config.go');
  const lin = T.linear(), xb = T.xoxb(), ec = ecP256();
  b.text(`
package notify

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"time"
)

// Config holds credentials for the outbound notification channels.
type Config struct {
	LinearAPIKey  string
	LinearTeamID  string
	SlackBotToken string
	SlackChannel  string
	Timeout       time.Duration
}

var defaultConfig = Config{
`);
  b.pos(S('linear-api-key', 'linear', 'go-struct-literal', lin), `	LinearAPIKey:  "${lin}",`);
  b.neg('id-same-shape', `	LinearTeamID:  "${T.uuid()}",`);
  b.pos(S('slack-bot-token', 'slack', 'go-struct-literal', xb), `	SlackBotToken: "${xb}",`);
  b.text(`
	SlackChannel:  "#release-notes",
	Timeout:       10 * time.Second,
}

// FromEnv is what production uses; defaultConfig is only for local runs.
func FromEnv() Config {
	return Config{
`);
  b.neg('env-read', `		LinearAPIKey:  os.Getenv("LINEAR_API_KEY"),`);
  b.neg('env-read', `		SlackBotToken: os.Getenv("SLACK_BOT_TOKEN"),`);
  b.text(`
		SlackChannel:  "#release-notes",
		Timeout:       10 * time.Second,
	}
}

// exampleConfig documents the expected shape for the README generator.
var exampleConfig = Config{
`);
  b.neg('placeholder', `	LinearAPIKey:  "${N.fill(P.linear, 40)}",`);
  b.neg('placeholder', `	SlackBotToken: "${P.xoxb}000000000000-0000000000000-${'X'.repeat(24)}",`);
  b.text(`
	SlackChannel:  "#example",
}

// signingKeyPEM signs webhook payloads sent to partner endpoints.
`);
  const el = ec.lines;
  b.posLines(S('ec-private-key', 'pem', 'go-raw-string', undefined),
    ['const signingKeyPEM = `' + el[0], ...el.slice(1, -1), el[el.length - 1] + '`']);
  b.text(`

// partnerPublicKeyPEM is handed to partners so they can verify signatures.
`);
  const pl = ec.publicLines;
  b.negLines('public-key', ['const partnerPublicKeyPEM = `' + pl[0], ...pl.slice(1, -1), pl[pl.length - 1] + '`']);
  b.text(`

func signingKey() (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(signingKeyPEM))
	if block == nil {
		return nil, errors.New("notify: bad signing key")
	}
	return x509.ParseECPrivateKey(block.Bytes)
}

var _ = exampleConfig
`);
  return b;
}

export function thirdPartyRb() {
  const b = new FileBuilder('config/initializers/third_party.rb');
  const ss = T.shpss(), xp = T.xoxp();
  b.text(`
# frozen_string_literal: true

# Third-party API clients, configured once at boot.
require "shopify_api"
require "slack-ruby-client"

SHOPIFY_APP = {
`);
  b.neg('public-client-id', `  :api_key => "${T.md5()}",`);
  b.pos(S('shopify-shared-secret', 'shopify', 'ruby-hash-rocket', ss), `  :api_secret_key => "${ss}",`);
  b.text(`
  :scope => "read_products,write_orders",
  :host => "https://apps.acme.io",
  :api_version => "2024-07"
}.freeze

ShopifyAPI::Context.setup(
  api_key: SHOPIFY_APP[:api_key],
  api_secret_key: SHOPIFY_APP[:api_secret_key],
  host: SHOPIFY_APP[:host],
  scope: SHOPIFY_APP[:scope],
  is_embedded: true,
  api_version: SHOPIFY_APP[:api_version],
  is_private: false
)

SLACK_DIGEST = {
`);
  b.pos(S('slack-user-token', 'slack', 'ruby-hash-rocket', xp), `  :token => "${xp}",`);
  b.text(`
  :default_channel => "#ops-digest",
  :user_agent => "acme-digest/1.4"
}.freeze

Slack.configure do |config|
  config.token = SLACK_DIGEST[:token]
end

SLACK_BOT = {
`);
  b.neg('env-read', `  :token => ENV.fetch("SLACK_BOT_TOKEN"),`);
  b.neg('secret-manager', `  :signing_secret => Rails.application.credentials.dig(:slack, :signing_secret)`);
  b.text(`
}.freeze

`);
  b.neg('placeholder', `# .env.example: SLACK_DIGEST_TOKEN=${P.xoxp}your-token-here`);
  b.text(`

module ThirdParty
  def self.verify_shopify_webhook(data, hmac_header)
    digest = OpenSSL::HMAC.digest("sha256", SHOPIFY_APP[:api_secret_key], data)
    ActiveSupport::SecurityUtils.secure_compare(Base64.strict_encode64(digest), hmac_header.to_s)
  end

  def self.post_digest(text)
    Slack::Web::Client.new.chat_postMessage(channel: SLACK_DIGEST[:default_channel], text: text)
  end
end
`);
  return b;
}

export function servicesPhp() {
  const b = new FileBuilder('config/services.php');
  const sk = T.stripeSecret(), sp = T.shpat();
  b.text(`
<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    |
    | Credentials for Mailgun, Stripe, Shopify and friends. Most values come
    | from the environment; see .env.example.
    |
    */

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
`);
  b.neg('env-read', `        'secret' => env('MAILGUN_SECRET'),`);
  b.text(`
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'stripe' => [
`);
  b.neg('publishable', `        'key' => '${T.stripePublishable()}',`);
  b.pos(S('stripe-secret-key', 'stripe', 'php-array', sk), `        'secret' => '${sk}',`);
  b.text(`
        'webhook' => [
`);
  b.neg('env-read', `            'secret' => env('STRIPE_WEBHOOK_SECRET'),`);
  b.text(`
            'tolerance' => 300,
        ],
    ],

    'shopify' => [
        'shop' => 'acme-outlet.myshopify.com',
`);
  b.pos(S('shopify-access-token', 'shopify', 'php-array', sp), `        'access_token' => '${sp}',`);
  b.text(`
        'api_version' => '2024-07',
`);
  b.neg('hash-same-length', `        'catalog_etag' => '${T.md5()}',`);
  b.text(`
    ],

    'shopify_staging' => [
        'shop' => 'acme-outlet-staging.myshopify.com',
`);
  b.neg('placeholder', `        'access_token' => '${N.fill(P.shpat, 32, '0')}',`);
  b.text(`
        'api_version' => '2024-07',
    ],

    'slack' => [
        'notifications' => [
`);
  b.neg('env-read', `            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),`);
  b.text(`
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

];
`);
  return b;
}

export function ingestConfigRs() {
  const b = new FileBuilder('crates/ingest/src/config.rs');
  const nt = T.notion(), db = T.databricks();
  b.text(`
//! Configuration for the ingest worker.

use std::env;
use std::time::Duration;

use serde::Deserialize;

/// Notion integration used to pull the on-call handbook.
`);
  b.pos(S('notion-token', 'notion', 'rust-const', nt), `pub const NOTION_TOKEN: &str = "${nt}";`);
  b.neg('truncated', `/// Shown in \`ingest --help\`: NOTION_TOKEN=${N.elide(P.notion, 5)}`);
  b.text(`
pub const NOTION_VERSION: &str = "2022-06-28";

#[derive(Debug, Clone, Deserialize)]
pub struct DatabricksConfig {
    pub host: String,
    pub token: String,
    pub warehouse_id: String,
    pub timeout: Duration,
}

impl Default for DatabricksConfig {
    fn default() -> Self {
        Self {
            host: "https://adb-4417703342219012.12.azuredatabricks.net".into(),
`);
  b.pos(S('databricks-token', 'databricks', 'rust-struct-literal', db), `            token: String::from("${db}"),`);
  b.neg('id-same-shape', `            warehouse_id: "${rng.hex(16)}".into(),`);
  b.text(`
            timeout: Duration::from_secs(30),
        }
    }
}

impl DatabricksConfig {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            host: env::var("DATABRICKS_HOST")?,
`);
  b.neg('env-read', `            token: env::var("DATABRICKS_TOKEN")?,`);
  b.text(`
            warehouse_id: env::var("DATABRICKS_WAREHOUSE_ID")?,
            timeout: Duration::from_secs(30),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_has_host() {
        let cfg = DatabricksConfig {
`);
  b.neg('placeholder', `            token: "${N.fill(P.dapi, 32, '0')}".into(),`);
  b.text(`
            ..Default::default()
        };
        assert!(cfg.host.starts_with("https://"));
    }
}
`);
  return b;
}

export function credentialsSwift() {
  const b = new FileBuilder('Sources/ReleaseBot/Credentials.swift');
  const go = T.gho(), su = 'sntry' + 'u_' + rng.hex(64);
  b.text(`
import Foundation
import Security

/// Credentials used by the release bot on the build Mac mini.
enum Credentials {
    static let githubAPI = URL(string: "https://api.github.com")!

    static let githubHeaders: [String: String] = [
        "Accept": "application/vnd.github+json",
`);
  b.pos(S('github-oauth-token', 'github', 'swift-dictionary', go), `        "Authorization": "Bearer ${go}",`);
  b.text(`
        "X-GitHub-Api-Version": "2022-11-28",
    ]

    static let sentry: [String: String] = [
        "org": "acme",
        "project": "ios-app",
`);
  b.pos(S('sentry-user-token', 'sentry', 'swift-dictionary', su), `        "authToken": "${su}",`);
  b.neg('truncated', `        // CI overrides this with its own token (sntry` + `u_${rng.hex(4)}…)`);
  b.text(`
    ]

    static var fromEnvironment: [String: String] {
        let env = ProcessInfo.processInfo.environment
`);
  b.neg('env-read', `        return ["Authorization": "Bearer " + (env["GITHUB_TOKEN"] ?? "")]`);
  b.text(`
    }

`);
  b.neg('placeholder', `    // README: "Authorization": "Bearer ${N.fill(P.gho, 36)}"`);
  b.neg('id-same-shape', `    static let dsymUUID = "${T.uuid().toUpperCase()}"`);
  b.text(`

    /// Keychain lookup used on developer machines instead of the constants above.
    static func keychainToken(service: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static func developerHeaders() -> [String: String] {
`);
  b.neg('secret-manager', `        let token = keychainToken(service: "com.acme.releasebot.github") ?? ""`);
  b.text(`
        return ["Authorization": "Bearer \\(token)"]
    }
}
`);
  return b;
}
