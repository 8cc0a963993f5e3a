// Catalog A, providers Databricks … FreshBooks, each written from the provider's published token format.
import type { RuleSpec } from "../../types";
import { secretName } from "../names";

/** Not inside a longer base64 blob: a token-shaped run preceded or followed by "+" or "/" is part of other data. */
const NOT_AFTER_BASE64 = "(?<![+/])";
const NOT_BEFORE_BASE64 = "(?![+/])";

export const rulesDtoF: RuleSpec[] = [
  {
    id: "databricks-api-token",
    title: "Databricks personal access token",
    provider: "Databricks",
    keywords: ["dapi"],
    // "dapi" + 32 hex characters (either case), optionally "-" + a digit.
    secret: /dapi[a-fA-F0-9]{32}(?:-\d)?/,
    minEntropy: 3,
    severity: "error",
    envName: "DATABRICKS_TOKEN",
    doc: {
      summary: "A Databricks personal access token (dapi…): it calls the workspace's REST API as the user — clusters, jobs, notebooks, data.",
      rotate: "Databricks workspace → User settings → Developer → Access tokens: revoke the token and generate a new one.",
    },
    negatives: ["# dapi tokens are 36 characters: dapi + 32 hex"],
  },
  {
    id: "datadog-api-key",
    title: "Datadog API or application key",
    provider: "Datadog",
    keywords: ["datadog", "dd_api", "dd_app", "ddapi", "ddapp", "dd-api", "dd-app"],
    // API keys are 32 hex characters, application keys 40; both meaningful only next to a Datadog name.
    secret: /[A-Za-z0-9]{40}|[A-Za-z0-9]{32}/,
    context: { name: /datadog.{0,40}(?:key|token|secret|auth|api|app)|(?:key|token|secret|api).{0,20}datadog|dd[_-]?(?:api|app|application)[_-]?key/i },
    minEntropy: 3.3,
    severity: "error",
    envName: "DD_API_KEY",
    doc: {
      summary: "A Datadog API key (submits metrics, logs and events) or application key (reads dashboards, monitors and data, and changes them with the user's rights).",
      rotate: "Datadog → Organization settings → API keys / Application keys: revoke the key and create a new one.",
    },
    sample: { name: "DD_API_KEY" },
  },
  {
    id: "defined-networking-api-token",
    title: "Defined Networking API token",
    provider: "Defined Networking",
    keywords: ["dnkey-"],
    // "dnkey-" + 26 characters + "-" + 52 characters.
    secret: /dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "DN_API_KEY",
    doc: {
      summary: "A Defined Networking (managed Nebula) API key (dnkey-…): it enrolls hosts and changes the overlay network's roles and firewall rules.",
      rotate: "admin.defined.net → API keys: delete the key and create a new one.",
    },
  },
  {
    id: "digitalocean-pat",
    title: "DigitalOcean personal access token",
    provider: "DigitalOcean",
    keywords: ["dop_v1_"],
    secret: /dop_v1_[a-f0-9]{64}/,
    severity: "error",
    envName: "DIGITALOCEAN_ACCESS_TOKEN",
    doc: {
      summary: "A DigitalOcean personal access token (dop_v1_…): it manages droplets, databases, DNS, Spaces keys and billing of the team, per its scopes.",
      rotate: "DigitalOcean control panel → API → Tokens: delete the token and generate a new one.",
    },
  },
  {
    id: "digitalocean-oauth-token",
    title: "DigitalOcean OAuth access token",
    provider: "DigitalOcean",
    keywords: ["doo_v1_"],
    secret: /doo_v1_[a-f0-9]{64}/,
    severity: "error",
    envName: "DIGITALOCEAN_ACCESS_TOKEN",
    doc: {
      summary: "A DigitalOcean OAuth access token (doo_v1_…) issued to an application on a user's behalf.",
      rotate: "DigitalOcean control panel → API → OAuth applications / Authorized applications: revoke the authorization.",
    },
  },
  {
    id: "digitalocean-refresh-token",
    title: "DigitalOcean OAuth refresh token",
    provider: "DigitalOcean",
    keywords: ["dor_v1_"],
    secret: /dor_v1_[a-f0-9]{64}/,
    severity: "error",
    envName: "DIGITALOCEAN_REFRESH_TOKEN",
    doc: {
      summary: "A DigitalOcean OAuth refresh token (dor_v1_…): it mints new access tokens for the authorized application.",
      rotate: "DigitalOcean control panel → API → Authorized applications: revoke the authorization.",
    },
  },
  {
    id: "discord-bot-token",
    title: "Discord bot token",
    provider: "Discord",
    keywords: ["discord", "bot_token", "bottoken", "bot-token", "login("],
    // base64(user ID) "." base64(timestamp) "." HMAC; user IDs are snowflakes, so the first part starts M, N or O.
    // No literal to search for, so it is looked for only as the value of a Discord / bot-token name.
    secret: /[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}/,
    // discord.js `client.login("…")` takes the token itself.
    context: { name: /discord|bot[_.-]?token|^(?:client\.)?login$/i },
    minEntropy: 4,
    severity: "error",
    envName: "DISCORD_BOT_TOKEN",
    sample: { name: "DISCORD_BOT_TOKEN" },
    doc: {
      summary: "A Discord bot token: it logs in as the bot and acts in every server the bot was added to, with its permissions.",
      rotate: "Discord Developer Portal → the application → Bot → Reset Token.",
    },
  },
  {
    id: "discord-api-key",
    title: "Discord application key",
    provider: "Discord",
    keywords: ["discord"],
    // 64 hex characters next to a Discord credential name (application key / interactions key).
    secret: /[a-f0-9]{64}/,
    // The interactions public key (`DISCORD_PUBLIC_KEY`) has the same shape and is public.
    context: { name: new RegExp(`^(?![^]*public)[^]*?(?:${secretName("discord").source})`, "i") },
    minEntropy: 3.3,
    severity: "warning",
    envName: "DISCORD_API_KEY",
    doc: {
      summary: "A 64-hex-character Discord application key under a Discord credential name. The application's interactions public key has this shape too and is public; anything else is a credential.",
      rotate: "Discord Developer Portal → the application: reset the secret or token it belongs to.",
    },
    sample: { name: "DISCORD_API_KEY" },
  },
  {
    id: "discord-client-id",
    title: "Discord application (client) ID",
    provider: "Discord",
    keywords: ["discord"],
    // Application IDs are snowflakes: 17 to 20 digits.
    secret: /[0-9]{17,20}/,
    // Channel, guild, user and role IDs are snowflakes too: the name must say client/app/token/key.
    context: { name: /discord.{0,40}(?:client|app|token|key)|(?:client|app).{0,20}discord/i },
    minEntropy: 2.5,
    severity: "info",
    envName: "DISCORD_CLIENT_ID",
    doc: {
      summary: "A Discord application (client) ID. It is public by design (it appears in invite links); reported so it is not mistaken for the client secret next to it.",
      rotate: "Nothing to rotate; make sure the client secret is not next to it.",
    },
    negatives: ["discord=000000000000000000", 'DISCORD_CHANNEL_ID = "1098765432101234567"'],
    sample: { name: "DISCORD_CLIENT_ID" },
  },
  {
    id: "discord-client-secret",
    title: "Discord OAuth client secret",
    provider: "Discord",
    keywords: ["discord"],
    // OAuth2 client secrets are 32 URL-safe characters (some draw only digits, hence the lower entropy floor).
    secret: /[A-Za-z0-9=_-]{32}/,
    context: { name: secretName("discord") },
    minEntropy: 3,
    severity: "error",
    envName: "DISCORD_CLIENT_SECRET",
    doc: {
      summary: "A Discord application's OAuth2 client secret: with the client ID it exchanges codes for user tokens as the application.",
      rotate: "Discord Developer Portal → the application → OAuth2 → Reset Secret.",
    },
    negatives: ["discord=00000000000000000000000000000000"],
    sample: { name: "DISCORD_CLIENT_SECRET" },
  },
  {
    id: "doppler-token",
    title: "Doppler token",
    provider: "Doppler",
    keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.said.", "dp.ct.", "dp.scim.", "dp.audit."],
    keywordOffset: 0,
    // "dp." + token type (pt personal, st service, sa service account, said service-account identity, ct CLI,
    // scim, audit) + "." + 40 or more alphanumerics. Service tokens name their config first (`dp.st.prd.…`).
    secret: /dp\.(?:pt|st(?:\.[a-z0-9_-]{1,40})?|sa|said|ct|scim|audit)\.[A-Za-z0-9]{40,64}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "DOPPLER_TOKEN",
    doc: {
      summary: "A Doppler token (dp.pt./dp.st./dp.sa./dp.ct.…): it reads — and for personal and service-account tokens changes — the secrets of the projects and configs it can reach.",
      rotate: "Doppler dashboard → Access (or the project's config → Access): revoke the token and create a new one.",
    },
  },
  {
    id: "droneci-access-token",
    title: "Drone CI access token",
    provider: "Drone",
    keywords: ["drone"],
    // Drone personal tokens are 32 alphanumerics.
    secret: /[A-Za-z0-9]{32}/,
    context: { name: secretName("drone") },
    minEntropy: 3.5,
    severity: "error",
    envName: "DRONE_TOKEN",
    doc: {
      summary: "A Drone CI personal token: it triggers builds, reads logs and manages repository secrets as the user.",
      rotate: "Drone web UI → User settings: regenerate the token.",
    },
    sample: { name: "DRONE_TOKEN" },
  },
  {
    id: "dropbox-short-lived-token",
    title: "Dropbox access token",
    provider: "Dropbox",
    keywords: ["sl."],
    // Short-lived OAuth access tokens: "sl." (or "sl.u.") followed by 130+ URL-safe characters.
    secret: /sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400}/,
    minEntropy: 4,
    severity: "error",
    envName: "DROPBOX_ACCESS_TOKEN",
    doc: {
      summary: "A Dropbox OAuth access token (sl.…): it reads and writes the files the app may access, as the user, until it expires.",
      rotate: "Dropbox → Settings → Connected apps: disconnect the app (revokes its tokens); for your own app, revoke via /2/auth/token/revoke.",
    },
  },
  {
    id: "dropbox-app-credential",
    title: "Dropbox app key or secret",
    provider: "Dropbox",
    keywords: ["dropbox"],
    // App keys and app secrets are both 15 lower-case alphanumerics.
    secret: /[a-z0-9]{15}/,
    context: { name: secretName("dropbox") },
    minEntropy: 3.2,
    severity: "warning",
    envName: "DROPBOX_APP_SECRET",
    doc: {
      summary: "A Dropbox app key or app secret (15 characters). The secret lets anyone act as the app when exchanging authorization codes.",
      rotate: "Dropbox App Console → the app → Settings: regenerate the app secret.",
    },
    sample: { name: "DROPBOX_APP_SECRET" },
  },
  {
    id: "dropbox-long-lived-token",
    title: "Dropbox long-lived access token",
    provider: "Dropbox",
    keywords: ["dropbox"],
    // Legacy long-lived tokens: 11 characters, "AAAAAAAAAA", 43 characters.
    secret: /[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}/,
    context: { name: secretName("dropbox") },
    severity: "error",
    envName: "DROPBOX_ACCESS_TOKEN",
    doc: {
      summary: "A legacy long-lived Dropbox access token: it never expires and reads and writes the app's files as the user.",
      rotate: "Dropbox → Settings → Connected apps: disconnect the app, or revoke the token via /2/auth/token/revoke.",
    },
    sample: { name: "DROPBOX_ACCESS_TOKEN" },
  },
  {
    id: "duffel-api-token",
    title: "Duffel API token",
    provider: "Duffel",
    keywords: ["duffel_"],
    // "duffel_test_" or "duffel_live_" + 43 URL-safe characters.
    secret: /duffel_(?:test|live)_[A-Za-z0-9_=-]{43}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "DUFFEL_ACCESS_TOKEN",
    doc: {
      summary: "A Duffel access token (duffel_live_… books and pays for real flights and stays; duffel_test_… the sandbox).",
      rotate: "Duffel dashboard → Developers → Access tokens: revoke the token and create a new one.",
    },
  },
  {
    id: "dynatrace-api-token",
    title: "Dynatrace token",
    provider: "Dynatrace",
    keywords: ["dt0"],
    // "dt0" + letter + 2 digits (dt0c01 access tokens, dt0s… platform secrets) "." 24-char public part "." 64-char secret.
    secret: /dt0[a-z]\d{2}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "DT_API_TOKEN",
    doc: {
      summary: "A Dynatrace access token (dt0c01.…) or platform secret: it reads monitoring data and, per its scopes, changes configuration or ingests data.",
      rotate: "Dynatrace → Access tokens: the public part (between the dots) identifies it — revoke it and generate a new one.",
    },
  },
  {
    id: "easypost-api-key",
    title: "EasyPost production API key",
    provider: "EasyPost",
    keywords: ["ezak"],
    secret: new RegExp(`${NOT_AFTER_BASE64}EZAK[A-Za-z0-9]{54}${NOT_BEFORE_BASE64}`),
    minEntropy: 4,
    severity: "error",
    envName: "EASYPOST_API_KEY",
    doc: {
      summary: "An EasyPost production API key (EZAK…): it buys shipping labels billed to the account and reads shipment and address data.",
      rotate: "EasyPost dashboard → API Keys: disable the key and create a new one.",
    },
  },
  {
    id: "easypost-test-api-key",
    title: "EasyPost test API key",
    provider: "EasyPost",
    keywords: ["eztk"],
    secret: new RegExp(`${NOT_AFTER_BASE64}EZTK[A-Za-z0-9]{54}${NOT_BEFORE_BASE64}`),
    minEntropy: 4,
    severity: "warning",
    envName: "EASYPOST_TEST_API_KEY",
    doc: {
      summary: "An EasyPost test-mode API key (EZTK…): no real labels, but it reads the account's test data and identifies the account.",
      rotate: "EasyPost dashboard → API Keys: disable the test key and create a new one.",
    },
  },
  {
    id: "etsy-api-key",
    title: "Etsy API key",
    provider: "Etsy",
    keywords: ["etsy"],
    // Etsy API keystrings are 24 lower-case alphanumerics. The name must say "Etsy" as a word (not "SetSysctl").
    secret: /[a-z0-9]{24}/,
    context: { name: /(?:^|[^A-Za-z]|[a-z0-9](?=E))(?:etsy|Etsy|ETSY)(?![a-z])/ },
    minEntropy: 3.5,
    severity: "error",
    envName: "ETSY_API_KEY",
    doc: {
      summary: "An Etsy Open API keystring (or OAuth token) — it reads and, with OAuth scopes, changes the shop's listings, orders and receipts.",
      rotate: "etsy.com/developers/your-apps: regenerate the app's keystring / shared secret.",
    },
    negatives: ['SetSysctl = "ym1gbyr1odabqfy55njp1jg6"'],
    sample: { name: "ETSY_API_KEY" },
  },
  {
    id: "facebook-app-access-token",
    title: "Facebook app access token",
    provider: "Meta",
    keywords: ["|", "%7c"],
    // "{app-id}|{app-secret or signature}": a 15-16 digit app ID, "|" (or %7C), 27-43 URL-safe characters.
    secret: /\d{15,16}(?:\||%7C)[A-Za-z0-9_-]{27,43}/,
    keywordOffset: 16,
    minEntropy: 3.5,
    severity: "error",
    envName: "FACEBOOK_APP_ACCESS_TOKEN",
    doc: {
      summary: "A Facebook app access token (app-id|…): it calls the Graph API as the app — app settings, test users, subscriptions, and data the app may read.",
      rotate: "Meta for Developers → the app → Settings → Basic: reset the app secret (invalidates app tokens derived from it).",
    },
  },
  {
    id: "facebook-access-token",
    title: "Facebook user or page access token",
    provider: "Meta",
    keywords: ["eaa"],
    // Graph API user/page tokens begin "EAA" followed by the app marker and 90+ alphanumerics.
    secret: new RegExp(`${NOT_AFTER_BASE64}EAA[A-Za-z0-9]{90,500}${NOT_BEFORE_BASE64}`),
    minEntropy: 4,
    severity: "error",
    envName: "FACEBOOK_ACCESS_TOKEN",
    doc: {
      summary: "A Facebook (Meta Graph API) user or page access token (EAA…): it posts, reads messages and insights, and manages the page or ad account as the user/page.",
      rotate: "Meta Business settings / the app's Graph API Explorer: invalidate the session (log out everywhere) or remove the app; page tokens change when the user's password changes.",
    },
    negatives: ["eaaaC0b75a9329fded2ffa9a02b47e0117831b82"],
  },
  {
    id: "facebook-app-secret",
    title: "Facebook app secret",
    provider: "Meta",
    keywords: ["facebook", "fb_", "fb.", "fb-"],
    // App secrets are 32 hex characters.
    secret: /[a-f0-9]{32}/,
    context: { name: /(?:facebook|(?<![a-z])fb)[_.-]?.{0,30}(?:secret|token|key)|(?:secret|token|key).{0,20}facebook/i },
    minEntropy: 3,
    severity: "error",
    envName: "FACEBOOK_APP_SECRET",
    doc: {
      summary: "A Facebook (Meta) app secret: it signs app access tokens and verifies webhooks — anyone holding it acts as the app.",
      rotate: "Meta for Developers → the app → Settings → Basic → App secret → Reset.",
    },
    sample: { name: "FACEBOOK_APP_SECRET" },
  },
  {
    id: "fastly-api-token",
    title: "Fastly API token",
    provider: "Fastly",
    keywords: ["fastly"],
    // Fastly API tokens are 32 URL-safe characters.
    secret: /[A-Za-z0-9=_-]{32}/,
    context: { name: secretName("fastly") },
    minEntropy: 3.5,
    severity: "error",
    envName: "FASTLY_API_TOKEN",
    doc: {
      summary: "A Fastly API token: it purges caches and, per its scope, changes service configurations (backends, VCL, TLS).",
      rotate: "manage.fastly.com → Account → API tokens: revoke the token and create a new one.",
    },
    sample: { name: "FASTLY_API_TOKEN" },
  },
  {
    id: "finicity-api-key",
    title: "Finicity API key",
    provider: "Finicity",
    keywords: ["finicity"],
    // App keys are 32 hex characters.
    secret: /[a-f0-9]{32}/,
    context: { name: secretName("finicity") },
    minEntropy: 3,
    severity: "error",
    envName: "FINICITY_APP_KEY",
    doc: {
      summary: "A Finicity (Mastercard Open Banking) app key: with the partner ID and secret it reads consumers' bank account data.",
      rotate: "Finicity developer portal → the app: regenerate the key.",
    },
    sample: { name: "FINICITY_APP_KEY" },
  },
  {
    id: "finicity-client-secret",
    title: "Finicity partner secret",
    provider: "Finicity",
    keywords: ["finicity"],
    // Partner secrets are 20 alphanumerics.
    secret: /[A-Za-z0-9]{20}/,
    context: { name: secretName("finicity") },
    minEntropy: 3.3,
    severity: "error",
    envName: "FINICITY_PARTNER_SECRET",
    doc: {
      summary: "A Finicity (Mastercard Open Banking) partner secret: it obtains API access tokens for the partner.",
      rotate: "Finicity developer portal → Credentials: rotate the partner secret.",
    },
    sample: { name: "FINICITY_PARTNER_SECRET" },
  },
  {
    id: "finnhub-api-key",
    title: "Finnhub API key",
    provider: "Finnhub",
    keywords: ["finnhub"],
    // Finnhub API keys are 20 lower-case alphanumerics.
    secret: /[A-Za-z0-9]{20}/,
    context: { name: secretName("finnhub") },
    minEntropy: 3.3,
    severity: "error",
    envName: "FINNHUB_API_KEY",
    doc: {
      summary: "A Finnhub API key: it uses the account's paid market-data quota.",
      rotate: "finnhub.io/dashboard: regenerate the API key.",
    },
    sample: { name: "FINNHUB_API_KEY" },
  },
  {
    id: "flickr-api-key",
    title: "Flickr API key",
    provider: "Flickr",
    keywords: ["flickr"],
    // Flickr API keys are 32 hex characters (secrets 16).
    secret: /[A-Za-z0-9]{32}/,
    context: { name: secretName("flickr") },
    minEntropy: 3.3,
    severity: "error",
    envName: "FLICKR_API_KEY",
    doc: {
      summary: "A Flickr API key (or OAuth token): it calls the Flickr API as the app, and with the secret and a user token acts on the user's photos.",
      rotate: "flickr.com/services/apps/by/me: delete the key and request a new one.",
    },
    sample: { name: "FLICKR_API_KEY" },
  },
  {
    id: "flutterwave-secret-key",
    title: "Flutterwave secret key",
    provider: "Flutterwave",
    keywords: ["flwseck"],
    // "FLWSECK-" (live) or "FLWSECK_TEST-" + 32 characters + "-X".
    secret: /FLWSECK(?:_TEST)?-[A-Za-z0-9]{32}-X/,
    minEntropy: 3,
    severity: "error",
    envName: "FLUTTERWAVE_SECRET_KEY",
    doc: {
      summary: "A Flutterwave secret key (FLWSECK…): it charges cards, makes transfers and refunds on the merchant account.",
      rotate: "Flutterwave dashboard → Settings → API keys: generate new keys (the old ones stop working).",
    },
  },
  {
    id: "flutterwave-encryption-key",
    title: "Flutterwave encryption key",
    provider: "Flutterwave",
    keywords: ["flwseck"],
    // 12 hex characters, "FLWSECK_TEST" + 12 in test mode (a hyphen sometimes separates them).
    secret: /FLWSECK(?:_TEST)?-?[A-Za-z0-9]{12}/,
    minEntropy: 2.5,
    severity: "error",
    envName: "FLUTTERWAVE_ENCRYPTION_KEY",
    doc: {
      summary: "A Flutterwave encryption key: it encrypts card payloads for direct-charge requests; with the secret key it completes charges.",
      rotate: "Flutterwave dashboard → Settings → API keys: generate new keys.",
    },
  },
  {
    id: "flutterwave-public-key",
    title: "Flutterwave public key",
    provider: "Flutterwave",
    keywords: ["flwpubk"],
    // "FLWPUBK-" / "FLWPUBK_TEST-" + 32 characters + "-X": public by design (used in checkout pages).
    secret: /FLWPUBK(?:_TEST)?-[A-Za-z0-9]{32}-X/,
    minEntropy: 3,
    severity: "info",
    envName: "FLUTTERWAVE_PUBLIC_KEY",
    doc: {
      summary: "A Flutterwave public key (FLWPUBK…). It is meant for client-side checkout and is not a secret; reported at information level so the secret key next to it gets noticed.",
      rotate: "Nothing to rotate unless the secret key leaked with it.",
    },
  },
  {
    id: "flyio-access-token",
    title: "Fly.io access token",
    provider: "Fly.io",
    keywords: ["fo1_", "fm1r_", "fm1a_", "fm2_"],
    keywordOffset: 6,
    // Legacy "fo1_" + 43 characters; macaroon tokens "fm1r_"/"fm1a_"/"fm2_" + base64 (optionally "FlyV1 ", comma-joined).
    secret: /fo1_[A-Za-z0-9_-]{43}|(?:FlyV1 )?fm(?:1[ar]|2)_[A-Za-z0-9+/]{60,4000}={0,3}(?:,fm(?:1[ar]|2)_[A-Za-z0-9+/]{20,4000}={0,3}){0,8}/,
    minEntropy: 4,
    severity: "error",
    envName: "FLY_API_TOKEN",
    doc: {
      summary: "A Fly.io access token (fo1_…, or a FlyV1 fm1/fm2 macaroon): it deploys, reads secrets of and destroys the organization's apps, per its caveats.",
      rotate: "fly tokens revoke <id> (or fly.io dashboard → Tokens) and issue a new, narrowly scoped token with fly tokens create.",
    },
  },
  {
    id: "frameio-api-token",
    title: "Frame.io API token",
    provider: "Frame.io",
    keywords: ["fio-u-"],
    // Developer tokens: "fio-u-" + 64 URL-safe characters.
    secret: /fio-u-[A-Za-z0-9_=-]{64}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "FRAMEIO_TOKEN",
    doc: {
      summary: "A Frame.io developer token (fio-u-…): it reads, uploads and deletes assets and comments in the user's accounts and projects.",
      rotate: "developer.frame.io → Tokens: revoke the token and create a new one.",
    },
  },
  {
    id: "freshbooks-access-token",
    title: "FreshBooks access token",
    provider: "FreshBooks",
    keywords: ["freshbooks"],
    // OAuth bearer tokens are 64 hex/alphanumeric characters.
    secret: /[A-Za-z0-9]{64}/,
    context: { name: secretName("freshbooks") },
    minEntropy: 3.5,
    severity: "error",
    envName: "FRESHBOOKS_ACCESS_TOKEN",
    doc: {
      summary: "A FreshBooks OAuth access token: it reads and changes the business's invoices, clients, expenses and payments.",
      rotate: "FreshBooks → App settings (developer page): revoke the app's tokens / reset the client secret.",
    },
    sample: { name: "FRESHBOOKS_ACCESS_TOKEN" },
  },
];
