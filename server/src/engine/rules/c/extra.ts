// Catalog C, providers not in the gitleaks corpus families above but in the secretlint corpus: Figma, Groq,
// Tailscale, Vercel. Written from each provider's published token format.
import type { RuleSpec } from "../../types";

/** Tailscale key kinds: "tskey-<kind>-<key id>-<secret>" (key IDs are ~12 alphanumerics ending in "CNTRL"). */
function tailscaleRule(kind: string, id: string, title: string, summary: string, envName: string): RuleSpec {
  return {
    id,
    title,
    provider: "Tailscale",
    keywords: [`tskey-${kind}-`],
    boundary: "letter",
    secret: new RegExp(`tskey-${kind}-[A-Za-z0-9]{6,32}-[A-Za-z0-9]{16,64}`),
    severity: "error",
    envName,
    doc: {
      summary,
      rotate: "Tailscale admin console → Settings → Keys (OAuth clients / Webhooks for those kinds): revoke the key and generate a new one.",
    },
  };
}

function vercelRule(prefix: string, id: string, title: string, summary: string): RuleSpec {
  return {
    id,
    title,
    provider: "Vercel",
    keywords: [`${prefix}_`],
    secret: new RegExp(`${prefix}_[A-Za-z0-9_-]{24,80}(?![\\w-])`),
    minEntropy: 3.5,
    severity: "error",
    envName: "VERCEL_TOKEN",
    doc: {
      summary,
      rotate: "vercel.com/account/tokens (integrations and apps: their settings page): delete the credential and create a new one; Vercel also revokes credentials it finds exposed publicly.",
    },
  };
}

export const rulesExtra: RuleSpec[] = [
  {
    id: "figma-pat",
    title: "Figma personal access token",
    provider: "Figma",
    keywords: ["figd_"],
    // Personal access tokens begin with "figd_".
    secret: /figd_[A-Za-z0-9_-]{30,100}(?![\w-])/,
    minEntropy: 3.5,
    severity: "error",
    envName: "FIGMA_TOKEN",
    doc: {
      summary: "A Figma personal access token (X-Figma-Token). It reads, and with write scopes comments on or changes, every file its user can access.",
      rotate: "Figma → Settings → Security → Personal access tokens: revoke the token and generate a new one.",
    },
    negatives: ["figd_abc"],
  },
  {
    id: "groq-api-key",
    title: "Groq API key",
    provider: "Groq",
    keywords: ["gsk_"],
    // "gsk_" then 52 alphanumerics.
    secret: /gsk_[A-Za-z0-9]{52}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "GROQ_API_KEY",
    doc: {
      summary: "A Groq Cloud API key. Keys are not scoped: it runs inference on every model, billed to the project, and reads its batches and files.",
      rotate: "console.groq.com/keys: delete the key and create a new one.",
    },
    negatives: ["gsk_abc123", "gsk_aBcDeFgHiJkLmNoPqRsT1234567890abcdefghijklmnopqrs-uv"],
  },
  tailscaleRule(
    "api",
    "tailscale-api-token",
    "Tailscale API access token",
    "A Tailscale API access token (tskey-api-…): manages the tailnet as its user (devices, ACLs, keys, DNS) for up to 90 days.",
    "TS_API_KEY",
  ),
  tailscaleRule(
    "auth",
    "tailscale-auth-key",
    "Tailscale auth key",
    "A Tailscale pre-authentication key (tskey-auth-…): joins new devices to the tailnet, with the key's tags, without a login.",
    "TS_AUTHKEY",
  ),
  tailscaleRule(
    "client",
    "tailscale-oauth-secret",
    "Tailscale OAuth client secret",
    "A Tailscale OAuth client secret (tskey-client-…): mints API tokens with the client's scopes; it does not expire.",
    "TS_OAUTH_CLIENT_SECRET",
  ),
  tailscaleRule(
    "scim",
    "tailscale-scim-key",
    "Tailscale SCIM key",
    "A Tailscale SCIM key (tskey-scim-…): provisions and deprovisions the tailnet's users and groups from an identity provider.",
    "TS_SCIM_KEY",
  ),
  tailscaleRule(
    "webhook",
    "tailscale-webhook",
    "Tailscale webhook secret",
    "A Tailscale webhook secret (tskey-webhook-…): lets anyone forge tailnet events to the webhook endpoint.",
    "TS_WEBHOOK_SECRET",
  ),
  {
    id: "tailscale-key",
    title: "Tailscale key",
    provider: "Tailscale",
    keywords: ["tskey-"],
    boundary: "letter",
    // Any other kind of key under the documented tskey-<kind>-<key id>-<secret> scheme.
    secret: /tskey-[a-z]{2,16}-[A-Za-z0-9]{6,32}-[A-Za-z0-9]{16,64}/,
    severity: "error",
    envName: "TS_KEY",
    doc: {
      summary: "A Tailscale key of a kind without its own rule (tskey-<kind>-…): a credential for the tailnet.",
      rotate: "Tailscale admin console → Settings → Keys: revoke the key and generate a new one.",
    },
    negatives: ["A short string like tskey-foo is not a key."],
  },
  vercelRule(
    "vcp",
    "vercel-personal-access-token",
    "Vercel personal access token",
    "A Vercel personal access token (vcp_…): deploys, reads environment variables (often every backend secret) and manages projects and domains as its user.",
  ),
  vercelRule(
    "vci",
    "vercel-integration-token",
    "Vercel integration token",
    "A Vercel integration token (vci_…): API access granted to an integration over the projects it was installed on, environment variables included.",
  ),
  vercelRule(
    "vca",
    "vercel-app-access-token",
    "Vercel app access token",
    "A Vercel app access token (vca_…): API access on behalf of the user who authorized the app.",
  ),
  vercelRule(
    "vcr",
    "vercel-app-refresh-token",
    "Vercel app refresh token",
    "A Vercel app refresh token (vcr_…): mints new app access tokens, so it keeps the app's access alive.",
  ),
  vercelRule("vck", "vercel-api-key", "Vercel API key", "A Vercel API key (vck_…): programmatic access to the Vercel API for its owner."),
];
