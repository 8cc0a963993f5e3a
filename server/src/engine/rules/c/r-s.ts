// Catalog C, providers R–Sl (RapidAPI … Slack), written from each provider's published token format.
import type { RuleSpec } from "../../types";
import { secretName, UUID } from "../names";

export const rulesRtoSl: RuleSpec[] = [
  {
    id: "rapidapi-key",
    title: "RapidAPI application key",
    provider: "RapidAPI",
    keywords: ["rapidapi", "rapid_api", "rapid-api"],
    // X-RapidAPI-Key values carry no prefix: 50 URL-safe characters, meaningful only next to a RapidAPI name.
    secret: /[A-Za-z0-9_-]{50}/,
    context: { name: secretName("rapid.?api") },
    minEntropy: 3.5,
    severity: "error",
    envName: "RAPIDAPI_KEY",
    doc: {
      summary: "A RapidAPI application key (sent as X-RapidAPI-Key). It calls every API the application is subscribed to, billed to its owner.",
      rotate: "RapidAPI Developer Dashboard → Apps → your app → Authorization: add a new key, deploy it, delete the old one.",
    },
    negatives: ['RAPIDAPI_HOST = "weatherapi-com.p.rapidapi.com"'],
    sample: { name: "RAPIDAPI_KEY" },
  },
  {
    id: "readme-api-key",
    title: "ReadMe API key",
    provider: "ReadMe",
    keywords: ["rdme_"],
    // ReadMe project API keys: "rdme_" then a long lowercase alphanumeric body.
    secret: /rdme_[A-Za-z0-9]{60,90}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "README_API_KEY",
    doc: {
      summary: "A ReadMe (readme.com) project API key. It reads and rewrites the project's documentation, API definitions and changelog.",
      rotate: "ReadMe dashboard → your project → API Keys: revoke the key and create a new one.",
    },
    negatives: ["npx rdme_openapi --key=$README_API_KEY"],
  },
  {
    // Named after Bundler/gem's GEM_HOST_API_KEY: an id containing "rubygems" would repeat the key's own prefix.
    id: "gem-host-api-key",
    title: "RubyGems API key",
    provider: "RubyGems",
    keywords: ["rubygems_"],
    // rubygems.org keys: "rubygems_" followed by 48 hex characters.
    secret: /rubygems_[a-f0-9]{48}/,
    severity: "error",
    envName: "GEM_HOST_API_KEY",
    doc: {
      summary: "A rubygems.org API key. Depending on its scopes it pushes new versions of the owner's gems or yanks them: a supply-chain risk for every user of those gems.",
      rotate: "rubygems.org → Settings → API keys: delete the key and create a new one with the least scopes and MFA required.",
    },
    negatives: ["gem 'rubygems_plugin_helper'"],
  },
  {
    id: "scalingo-api-token",
    title: "Scalingo API token",
    provider: "Scalingo",
    keywords: ["tk-us-"],
    // Scalingo user API tokens: "tk-us-" then 48 URL-safe characters.
    secret: /tk-us-[A-Za-z0-9_-]{48}(?![\w-])/,
    minEntropy: 3.5,
    severity: "error",
    envName: "SCALINGO_API_TOKEN",
    doc: {
      summary: "A Scalingo API token: it acts as its user on the Scalingo PaaS (deploy, read environment variables, scale or delete apps).",
      rotate: "Scalingo dashboard → User settings → API tokens: delete the token and generate a new one.",
    },
    negatives: ['region = "tk-us-east"'],
  },
  {
    id: "sendbird-app-id",
    title: "Sendbird application ID",
    provider: "Sendbird",
    keywords: ["sendbird"],
    // The application ID is a UUID: it names the app (and its API host) rather than granting access by itself.
    secret: new RegExp(UUID),
    context: { name: /sendbird/i },
    minEntropy: 3,
    severity: "warning",
    envName: "SENDBIRD_APP_ID",
    doc: {
      summary: "A Sendbird application ID (a UUID). It identifies the app and its API host; together with an API token it gives full access to the app's users, channels and messages.",
      rotate: "An application ID cannot be rotated; keep it next to the API token in configuration and rotate the token if both leaked.",
    },
    negatives: ['sendbird_region = "us-1"'],
    sample: { name: "SENDBIRD_APP_ID" },
  },
  {
    id: "sendbird-api-token",
    title: "Sendbird API token",
    provider: "Sendbird",
    keywords: ["sendbird"],
    // Master/secondary API tokens: 40 hex characters, sent as Api-Token.
    secret: /[a-fA-F0-9]{40}/,
    context: { name: /sendbird/i },
    minEntropy: 3,
    severity: "error",
    envName: "SENDBIRD_API_TOKEN",
    doc: {
      summary: "A Sendbird master or secondary API token. It calls the Platform API with full rights over the application: users, channels, messages and webhooks.",
      rotate: "Sendbird dashboard → Settings → Application → General → API tokens: revoke the secondary token (or regenerate the master token) and deploy the new one.",
    },
    sample: { name: "SENDBIRD_API_TOKEN" },
  },
  {
    id: "sendgrid-api-key",
    title: "SendGrid API key",
    provider: "SendGrid",
    keywords: ["sg."],
    // "SG." then a 66-character base64url body: a 22-character key ID, ".", and a 43-character secret.
    secret: /SG\.[A-Za-z0-9_.=-]{66}(?![\w-])/,
    minEntropy: 3.5,
    severity: "error",
    envName: "SENDGRID_API_KEY",
    doc: {
      summary: "A Twilio SendGrid API key. It sends email as the account's verified senders (phishing from a trusted domain) and, with full access, reads contacts and changes settings.",
      rotate: "SendGrid → Settings → API Keys: delete the key and create a new one with restricted access.",
    },
    negatives: ["const msg = SG.helpers.classes.Mail;", "SG.example_key_here"],
  },
  {
    id: "brevo-api-key",
    title: "Brevo (Sendinblue) API key",
    provider: "Brevo",
    keywords: ["xkeysib-"],
    // v3 API keys: "xkeysib-", 64 hex characters, "-", 16 alphanumerics.
    secret: /xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}/,
    severity: "error",
    envName: "BREVO_API_KEY",
    doc: {
      summary: "A Brevo (formerly Sendinblue) v3 API key. It sends transactional and campaign email and SMS as the account, and reads or exports its contact lists.",
      rotate: "Brevo → SMTP & API → API Keys: delete the key and generate a new one.",
    },
  },
  {
    id: "brevo-smtp-key",
    title: "Brevo (Sendinblue) SMTP key",
    provider: "Brevo",
    keywords: ["xsmtpsib-"],
    // SMTP relay keys share the API key's shape under their own prefix.
    secret: /xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}/,
    severity: "error",
    envName: "BREVO_SMTP_KEY",
    doc: {
      summary: "A Brevo (formerly Sendinblue) SMTP relay key: the password that sends email through smtp-relay.brevo.com as the account.",
      rotate: "Brevo → SMTP & API → SMTP: deactivate the key and generate a new one.",
    },
  },
  {
    id: "sentry-user-token",
    title: "Sentry user auth token",
    provider: "Sentry",
    keywords: ["sntryu_"],
    // Personal (user) auth tokens: "sntryu_" then 64 hex characters.
    secret: /sntryu_[a-f0-9]{64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SENTRY_AUTH_TOKEN",
    doc: {
      summary: "A Sentry personal (user) auth token. It calls the Sentry API as its user with the scopes it was given: read issues and events (which may hold personal data), change projects, or delete them.",
      rotate: "Sentry → User settings → Personal Tokens: revoke the token and create a new one.",
    },
  },
  {
    id: "sentry-org-token",
    title: "Sentry organization auth token",
    provider: "Sentry",
    keywords: ["sntrys_"],
    // "sntrys_", a base64 JSON payload (iat, url, region_url, org), "_", and a 43-character base64 secret.
    secret: /sntrys_eyJ[A-Za-z0-9+/]{20,1000}={0,2}_[A-Za-z0-9+/]{43}/,
    severity: "error",
    envName: "SENTRY_AUTH_TOKEN",
    doc: {
      summary: "A Sentry organization auth token (used in CI to upload source maps and create releases). It uploads artifacts and manages releases for every project of the organization.",
      rotate: "Sentry → Settings → Developer Settings → Organization Tokens: revoke the token and create a new one.",
    },
  },
  {
    id: "sentry-auth-token",
    title: "Sentry auth token (legacy)",
    provider: "Sentry",
    keywords: ["sentry"],
    // Tokens issued before the sntry*_ prefixes are 64 bare hex characters.
    secret: /[a-fA-F0-9]{64}/,
    context: { name: secretName("sentry") },
    minEntropy: 3,
    severity: "error",
    envName: "SENTRY_AUTH_TOKEN",
    doc: {
      summary: "A Sentry auth token in the legacy unprefixed format (64 hex characters): user or internal-integration access to the Sentry API.",
      rotate: "Sentry → User settings → Personal Tokens (or Developer Settings → Custom Integrations): revoke and recreate it; new tokens carry the sntryu_/sntrys_ prefix.",
    },
    sample: { name: "SENTRY_AUTH_TOKEN" },
  },
  {
    id: "settlemint-application-access-token",
    title: "SettleMint application access token",
    provider: "SettleMint",
    keywords: ["sm_aat_"],
    secret: /sm_aat_[A-Za-z0-9]{16,64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SETTLEMINT_ACCESS_TOKEN",
    doc: {
      summary: "A SettleMint application access token (sm_aat_…): it calls the blockchain nodes, middleware and APIs the application may reach.",
      rotate: "SettleMint console → your application → Access tokens: delete the token and create a new one.",
    },
    negatives: ['token = "sm_aat_short12"'],
  },
  {
    id: "settlemint-personal-access-token",
    title: "SettleMint personal access token",
    provider: "SettleMint",
    keywords: ["sm_pat_"],
    secret: /sm_pat_[A-Za-z0-9]{16,64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SETTLEMINT_ACCESS_TOKEN",
    doc: {
      summary: "A SettleMint personal access token (sm_pat_…): it acts as its user in the SettleMint platform, CLI and SDK.",
      rotate: "SettleMint console → Profile → Personal access tokens: delete the token and create a new one.",
    },
  },
  {
    id: "settlemint-service-access-token",
    title: "SettleMint service access token",
    provider: "SettleMint",
    keywords: ["sm_sat_"],
    secret: /sm_sat_[A-Za-z0-9]{16,64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SETTLEMINT_ACCESS_TOKEN",
    doc: {
      summary: "A SettleMint service access token (sm_sat_…): it gives a service direct access to one blockchain service of the platform.",
      rotate: "SettleMint console → the service → Access tokens: delete the token and create a new one.",
    },
  },
  {
    id: "shippo-api-token",
    title: "Shippo API token",
    provider: "Shippo",
    keywords: ["shippo_live_", "shippo_test_"],
    keywordOffset: 0,
    // "shippo_live_" (real labels, billed) or "shippo_test_" then 40 hex characters.
    secret: /shippo_(?:live|test)_[a-fA-F0-9]{40}/,
    severity: "error",
    envName: "SHIPPO_API_TOKEN",
    doc: {
      summary: "A Shippo API token. A live token buys shipping labels billed to the account and reads customers' addresses; a test token works in test mode only.",
      rotate: "Shippo → Settings → API: generate a new token and delete the old one.",
    },
  },
  {
    id: "shopify-access-token",
    title: "Shopify Admin API access token",
    provider: "Shopify",
    keywords: ["shpat_"],
    // Admin API access tokens of custom/public apps: "shpat_" then 32 hex characters.
    secret: /shpat_[A-Za-z0-9]{32,64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SHOPIFY_ACCESS_TOKEN",
    doc: {
      summary: "A Shopify Admin API access token (shpat_…). It reads and changes the store with the app's scopes: orders, customers' personal data, products, discounts.",
      rotate: "Shopify admin → Apps → Develop apps → your app → API credentials: uninstall/reinstall or rotate to issue a new token.",
    },
  },
  {
    id: "shopify-custom-app-access-token",
    title: "Shopify custom app access token",
    provider: "Shopify",
    keywords: ["shpca_"],
    secret: /shpca_[A-Za-z0-9]{32,64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SHOPIFY_ACCESS_TOKEN",
    doc: {
      summary: "A Shopify custom app access token (shpca_…): Admin API access to the store with the custom app's scopes.",
      rotate: "Shopify admin → Apps → Develop apps → your app: rotate the access token and redeploy.",
    },
  },
  {
    id: "shopify-private-app-password",
    title: "Shopify private app password",
    provider: "Shopify",
    keywords: ["shppa_"],
    secret: /shppa_[A-Za-z0-9]{32,64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SHOPIFY_ACCESS_TOKEN",
    doc: {
      summary: "A Shopify private app password (shppa_…), used as an Admin API access token with the private app's permissions.",
      rotate: "Shopify admin → Apps → Private apps: delete the app (private apps are deprecated) and create a custom app instead.",
    },
  },
  {
    id: "shopify-shared-secret",
    title: "Shopify app shared secret",
    provider: "Shopify",
    keywords: ["shpss_"],
    // The app's client secret: it signs OAuth exchanges and webhook HMACs.
    secret: /shpss_[A-Za-z0-9]{32,64}/,
    minEntropy: 3,
    severity: "error",
    envName: "SHOPIFY_API_SECRET",
    doc: {
      summary: "A Shopify app shared secret (shpss_…): lets anyone forge webhooks and OAuth callbacks for the app and exchange authorization codes for store tokens.",
      rotate: "Shopify Partner dashboard → Apps → your app → Client credentials: rotate the secret and deploy it.",
    },
  },
  {
    id: "sidekiq-enterprise-credentials",
    title: "Sidekiq Pro/Enterprise gem credentials",
    provider: "Contribsys",
    keywords: ["contribsys"],
    // Bundler reads BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM as "user:password",
    // both 8 hex characters.
    secret: /[a-fA-F0-9]{8}:[a-fA-F0-9]{8}/,
    context: { name: /contribsys/i },
    minEntropy: 2.5,
    severity: "error",
    envName: "BUNDLE_GEMS__CONTRIBSYS__COM",
    doc: {
      summary: "Credentials for the licensed Sidekiq Pro/Enterprise gem server (gems.contribsys.com / enterprise.contribsys.com), set for Bundler as user:password. They download the commercial gems under the license holder's name.",
      rotate: "Email Contributed Systems support to have the license credentials rotated, then update CI and deploy environments.",
    },
    negatives: ['BUNDLE_GEMS__CONTRIBSYS__COM: "${SIDEKIQ_CREDENTIALS}"'],
    sample: { name: "BUNDLE_GEMS__CONTRIBSYS__COM" },
  },
  {
    id: "slack-workspace-token",
    title: "Slack workspace app token (legacy)",
    provider: "Slack",
    keywords: ["xoxa-", "xoxr-"],
    keywordOffset: 0,
    // Deprecated workspace apps issued access (xoxa-) and refresh (xoxr-) tokens, usually with a one-digit version
    // field: shapes the common Slack rule does not cover.
    secret: /xox[ar]-(?:\d-)?[A-Za-z0-9-]{10,250}/,
    minEntropy: 2.5,
    severity: "error",
    envName: "SLACK_TOKEN",
    doc: {
      summary: "A token of a legacy Slack workspace app (xoxa- access or xoxr- refresh). It calls the Web API with the app's workspace-wide scopes.",
      rotate: "api.slack.com/apps → the app → OAuth & Permissions: revoke all tokens (or call auth.revoke) and migrate to a granular bot token.",
    },
    negatives: ["xoxa-2-short", '"token3": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"'],
  },
  {
    id: "slack-legacy-token",
    title: "Slack legacy token",
    provider: "Slack",
    keywords: ["xoxo-", "xoxs-", "xoxe-"],
    // Legacy test (xoxo-) and session (xoxs-) tokens and xoxe- user tokens: numeric IDs, then a hex tail, in the
    // shapes the common slack-token rule leaves out (xoxe-, or a first ID shorter than 8 digits).
    secret: /(?:xoxe-\d{4,14}|xox[os]-\d{4,7})-\d{4,14}(?:-\d{4,14})?-[a-f0-9]{8,64}/,
    severity: "error",
    envName: "SLACK_TOKEN",
    doc: {
      summary: "A legacy Slack token (test token, session token or old user token). It acts as the user who created it, across the whole workspace.",
      rotate: "api.slack.com/legacy/custom-integrations/legacy-tokens: revoke it; sign out of all sessions for session tokens.",
    },
  },
  {
    id: "slack-config-access-token",
    title: "Slack configuration access token",
    provider: "Slack",
    keywords: ["xoxe.xoxp-", "xoxe.xoxb-"],
    keywordOffset: 0,
    // App configuration tokens (manifest API): "xoxe.xoxp-1-" or "xoxe.xoxb-1-" then ~160 alphanumerics.
    secret: /xoxe\.xox[bp]-\d-[A-Za-z0-9]{140,200}/,
    severity: "error",
    envName: "SLACK_CONFIG_TOKEN",
    doc: {
      summary: "A Slack app configuration access token (xoxe.xoxp-…). It creates, changes and deletes apps of the workspace through the manifest API; it expires after 12 hours but can be refreshed.",
      rotate: "api.slack.com/apps → Your App Configuration Tokens: revoke the token pair and generate new ones.",
    },
  },
  {
    id: "slack-config-refresh-token",
    title: "Slack configuration refresh token",
    provider: "Slack",
    keywords: ["xoxe-"],
    // The long-lived refresh half of a configuration token pair: "xoxe-1-" then ~146 alphanumerics.
    secret: /xoxe-\d-[A-Za-z0-9]{130,200}/,
    severity: "error",
    envName: "SLACK_CONFIG_REFRESH_TOKEN",
    doc: {
      summary: "A Slack app configuration refresh token (xoxe-1-…). It mints new configuration access tokens, so it gives lasting control over the workspace's apps.",
      rotate: "api.slack.com/apps → Your App Configuration Tokens: revoke the pair and generate a new one.",
    },
  },
];
