// Catalog B, providers G–J (Gitter … JWT in base64), written from each provider's published token format.
import type { RuleSpec } from "../../types";
import { secretName, UUID } from "../names";

export const rulesGtoJ: RuleSpec[] = [
  {
    id: "gitter-access-token",
    title: "Gitter access token",
    provider: "Gitter",
    keywords: ["gitter"],
    // Gitter personal tokens carry no prefix: 40 characters, meaningful only next to a Gitter name.
    secret: /[A-Za-z0-9_-]{40}/,
    context: { name: secretName("gitter") },
    minEntropy: 3.5,
    severity: "error",
    envName: "GITTER_TOKEN",
    doc: {
      summary: "A Gitter personal access token: it reads and posts in every room its user can reach, as that user.",
      rotate: "https://developer.gitter.im/apps: revoke the token and issue a new one.",
    },
    negatives: ['GITTER_ROOM = "gitter.im/acme-corp/community-discussions"'],
    sample: { name: "GITTER_TOKEN" },
  },
  {
    id: "gocardless-access-token",
    title: "GoCardless access token",
    provider: "GoCardless",
    keywords: ["gocardless"],
    // Access tokens are "live_" or "sandbox_" followed by 40 URL-safe characters.
    secret: /(?:live|sandbox)_[A-Za-z0-9_=-]{40}/,
    context: { name: /gocardless/i },
    minEntropy: 3.5,
    severity: "error",
    envName: "GOCARDLESS_ACCESS_TOKEN",
    doc: {
      summary: "A GoCardless API access token (live_… moves real Direct Debit payments; sandbox_… is for testing). It can create mandates, payments and refunds for the creditor account.",
      rotate: "GoCardless Dashboard → Developers → Access tokens: revoke the token and create a new one.",
    },
    negatives: ['GOCARDLESS_ENVIRONMENT = "live_mode_enabled"'],
    sample: { name: "GOCARDLESS_ACCESS_TOKEN" },
  },
  {
    id: "grafana-api-key",
    title: "Grafana API key (legacy)",
    provider: "Grafana",
    keywords: ["eyjrijoi"],
    // Legacy Grafana API keys are base64 of a JSON object starting {"k":" — hence the fixed "eyJrIjoi" head.
    secret: /eyJrIjoi[A-Za-z0-9+/]{50,400}={0,2}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "GRAFANA_API_KEY",
    doc: {
      summary: "A legacy Grafana API key (base64 JSON beginning eyJrIjoi). It calls the Grafana HTTP API with the key's role: dashboards, data sources and their stored credentials.",
      rotate: "Grafana → Administration → API keys (or migrate to service accounts): delete the key and create a service-account token.",
    },
    negatives: ['header = "eyJrIjoi"'],
  },
  {
    id: "grafana-cloud-api-token",
    title: "Grafana Cloud access policy token",
    provider: "Grafana",
    keywords: ["glc_"],
    // Grafana Cloud tokens (access policies, Loki/Prometheus writers) are "glc_" + base64.
    secret: /glc_[A-Za-z0-9+/]{32,400}={0,2}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "GRAFANA_CLOUD_TOKEN",
    doc: {
      summary: "A Grafana Cloud access-policy token (glc_…): reads or writes the stack's metrics, logs and traces, or manages the stack, per its scopes.",
      rotate: "Grafana Cloud portal → Security → Access policies: delete the token and create a new one.",
    },
    negatives: ["static void GLC_CreateLightmapTextureArray(void);", 'API_KEY="glc_111111111111111111111111111111111111111111="'],
  },
  {
    id: "grafana-service-account-token",
    title: "Grafana service account token",
    provider: "Grafana",
    keywords: ["glsa_"],
    // "glsa_" + 32 alphanumerics + "_" + 8 hex characters (a checksum).
    secret: /glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "GRAFANA_SERVICE_ACCOUNT_TOKEN",
    doc: {
      summary: "A Grafana service account token (glsa_…): calls the Grafana HTTP API with the service account's role.",
      rotate: "Grafana → Administration → Users and access → Service accounts: delete the token and add a new one.",
    },
    negatives: ["glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA"],
  },
  {
    id: "harness-api-key",
    title: "Harness API token",
    provider: "Harness",
    keywords: ["pat.", "sat."],
    // pat./sat. (personal / service account) + account id (22) + token id (24) + secret (20), dot-separated.
    secret: /(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "HARNESS_API_KEY",
    doc: {
      summary: "A Harness personal (pat.) or service-account (sat.) API token: acts on pipelines, secrets and connectors with the owner's permissions.",
      rotate: "Harness → profile → My API Keys (or Account Settings → Access Control → Service Accounts): delete the token and generate a new one.",
    },
    negatives: ["see pat.accountId.tokenId.secret in the docs"],
  },
  {
    id: "terraform-cloud-api-token",
    title: "HashiCorp Terraform Cloud API token",
    provider: "HashiCorp",
    keywords: ["atlasv1"],
    // 14 characters, the literal ".atlasv1.", then the token body.
    secret: /[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,90}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "TFE_TOKEN",
    doc: {
      summary: "A Terraform Cloud / Terraform Enterprise user, team or organization API token (….atlasv1.…): reads state (with every secret in it) and runs plans and applies.",
      rotate: "app.terraform.io → User settings → Tokens (or the team/organization settings): delete the token and create a new one.",
    },
    negatives: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
  },
  {
    id: "heroku-api-key",
    title: "Heroku API key",
    provider: "Heroku",
    keywords: ["heroku"],
    // Legacy Heroku API keys and OAuth tokens are UUIDs: only a Heroku name tells them apart from any other UUID.
    secret: new RegExp(UUID),
    context: { name: secretName("heroku") },
    minEntropy: 3,
    severity: "error",
    envName: "HEROKU_API_KEY",
    doc: {
      summary: "A Heroku API key or OAuth token in the older UUID format: full control of the account's apps, config vars (and the secrets in them) and add-ons.",
      rotate: "Heroku Dashboard → Account settings → API Key → Regenerate, or `heroku authorizations:revoke <id>`.",
    },
    negatives: ['HEROKU_APP_NAME = "acme-production"'],
    sample: { name: "HEROKU_API_KEY" },
  },
  {
    id: "heroku-api-key-v2",
    title: "Heroku API key",
    provider: "Heroku",
    keywords: ["hrku-"],
    // Current Heroku tokens carry the "HRKU-" prefix followed by (usually 60) URL-safe characters.
    secret: /HRKU-[A-Za-z0-9_-]{40,60}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "HEROKU_API_KEY",
    doc: {
      summary: "A Heroku API key or authorization token (HRKU-…): full control of the account's apps, config vars and add-ons.",
      rotate: "Heroku Dashboard → Account settings → API Key → Regenerate, or `heroku authorizations:revoke <id>`.",
    },
    negatives: ['prefix = "HRKU-"'],
  },
  {
    id: "hubspot-api-key",
    title: "HubSpot API key (legacy)",
    provider: "HubSpot",
    keywords: ["hubspot"],
    // Legacy HubSpot API keys (hapikey) are UUIDs; a HubSpot name is what makes one a credential.
    secret: new RegExp(UUID),
    context: { name: /hubspot.{0,40}(?:key|token|secret|auth|api)|hapikey|(?:key|token|secret).{0,20}hubspot/i },
    minEntropy: 3,
    severity: "error",
    envName: "HUBSPOT_API_KEY",
    doc: {
      summary: "A legacy HubSpot API key (hapikey, UUID-shaped): read and write access to the portal's CRM data.",
      rotate: "HubSpot → Settings → Integrations → API key: deactivate it and move to a private app access token.",
    },
    negatives: ['HUBSPOT_PORTAL_ID = "4423581"'],
    sample: { name: "HUBSPOT_API_KEY" },
  },
  {
    id: "hubspot-private-app-token",
    title: "HubSpot private app access token",
    provider: "HubSpot",
    keywords: ["pat-na", "pat-eu", "pat-ap"],
    keywordOffset: 0,
    // "pat-" + data-centre region (na1, eu1, …) + "-" + UUID.
    secret: new RegExp(`pat-(?:na|eu|ap)[0-9]{1,2}-${UUID}`),
    severity: "error",
    envName: "HUBSPOT_ACCESS_TOKEN",
    doc: {
      summary: "A HubSpot private app access token (pat-na1-…): CRM and API access with the app's scopes.",
      rotate: "HubSpot → Settings → Integrations → Private apps → the app → Auth → Rotate token.",
    },
  },
  {
    id: "huggingface-access-token",
    title: "Hugging Face access token",
    provider: "Hugging Face",
    keywords: ["hf_"],
    // "hf_" + 34 letters/digits. Real tokens are mixed-case random; the entropy floor rejects identifiers.
    secret: /hf_[A-Za-z0-9]{34}/,
    minEntropy: 4,
    severity: "error",
    envName: "HF_TOKEN",
    doc: {
      summary: "A Hugging Face user access token (hf_…): downloads gated/private models and datasets and, with write scope, pushes to the user's repositories.",
      rotate: "https://huggingface.co/settings/tokens: invalidate and refresh the token, or delete it.",
    },
    negatives: ["- (id)hf_requiredCharacteristicTypesForDisplayMetadata;", '"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
  },
  {
    id: "huggingface-organization-api-token",
    title: "Hugging Face organization API token",
    provider: "Hugging Face",
    keywords: ["api_org_"],
    // Older organization tokens: "api_org_" + 34 letters/digits.
    secret: /api_org_[A-Za-z0-9]{34}/,
    minEntropy: 4,
    severity: "error",
    envName: "HF_ORG_TOKEN",
    doc: {
      summary: "A Hugging Face organization API token (api_org_…): access to the organization's private models, datasets and Spaces.",
      rotate: "Hugging Face → organization settings → API tokens: revoke it and use a fine-grained user token instead.",
    },
    negatives: ["const api_org_controller = require('../../controllers/api/index').organizations;", "api_org_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
  },
  {
    id: "infracost-api-token",
    title: "Infracost API key",
    provider: "Infracost",
    keywords: ["ico-"],
    // "ico-" + 32 alphanumerics; not after a dot, where ".ico-<hash>" is a cache-busted favicon file name.
    secret: /(?<![.])ico-[A-Za-z0-9]{32}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "INFRACOST_API_KEY",
    doc: {
      summary: "An Infracost API key (ico-…): uses the organization's Infracost Cloud pricing API and dashboards.",
      rotate: "Infracost Cloud → Org settings → API keys: rotate the key (or `infracost auth login` for a new CLI key).",
    },
    negatives: ["http://assets.example.net/media_box/video_box.ico-7a388b69018576d24b59331fd60aab0c.png", "ico-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
  },
  {
    id: "intercom-access-token",
    title: "Intercom access token",
    provider: "Intercom",
    keywords: ["intercom"],
    // Intercom tokens are base64 of "tok:…" (hence "dG9rOj"), 60 URL-safe characters for older apps.
    secret: /dG9rOj[A-Za-z0-9+/_-]{20,120}={0,2}|[A-Za-z0-9_=-]{60}/,
    context: { name: secretName("intercom") },
    minEntropy: 3.5,
    severity: "error",
    envName: "INTERCOM_ACCESS_TOKEN",
    doc: {
      summary: "An Intercom access token: reads and writes the workspace's contacts, conversations and messages.",
      rotate: "Intercom Developer Hub → your app → Authentication: regenerate the access token.",
    },
    negatives: ['INTERCOM_APP_ID = "pzq1m2n3"'],
    sample: { name: "INTERCOM_ACCESS_TOKEN" },
  },
  {
    id: "intra42-client-secret",
    title: "42 Intra OAuth client secret",
    provider: "42 School",
    keywords: ["s-s4t2"],
    // "s-s4t2" + "ud"/"af" + "-" + 64 hex characters.
    secret: /s-s4t2(?:ud|af)-[a-f0-9]{64}/,
    minEntropy: 3,
    severity: "error",
    envName: "INTRA42_CLIENT_SECRET",
    doc: {
      summary: "A 42 Intra API OAuth application secret (s-s4t2…): authenticates as the application against the 42 API.",
      rotate: "profile.intra.42.fr → Settings → API → your application: regenerate the secret.",
    },
  },
  {
    id: "jfrog-identity-token",
    title: "JFrog access token",
    provider: "JFrog",
    keywords: ["jfrog", "artifactory", "bintray", "xray"],
    // Identity tokens (64) and legacy API keys (73) are bare alphanumerics: a JFrog product name is required
    // (JFrog, Artifactory, Bintray, Xray), with a credential word or as the whole name (`("artifactory", token)`).
    secret: /[A-Za-z0-9]{64}(?:[A-Za-z0-9]{9})?/,
    context: { name: /(?:jfrog|artifactory|bintray|xray)(?:.{0,40}(?:key|token|secret|auth|pass|pwd|cred|access|api)|$)|(?:key|token|secret|auth|pass|cred).{0,20}(?:jfrog|artifactory|bintray)/i },
    minEntropy: 3.5,
    severity: "error",
    envName: "JFROG_ACCESS_TOKEN",
    doc: {
      summary: "A JFrog Platform identity token or legacy Artifactory API key: pulls and pushes artifacts, and reads repositories with the user's permissions.",
      rotate: "JFrog Platform → profile → Identity tokens (or API key): revoke it and generate a new one.",
    },
    negatives: [
      'ARTIFACTORY_URL = "https://acme.jfrog.io/artifactory/api/npm/npm-virtual/"',
      'artifactory_sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
    ],
    sample: { name: "ARTIFACTORY_TOKEN" },
  },
  {
    id: "jwt-base64",
    title: "Base64-encoded JSON Web Token",
    provider: "JWT",
    keywords: ["zxlk"],
    // base64("eyJ") is "ZXlK": a JWT stored base64-encoded again (Kubernetes Secret data, kubeconfig exports).
    secret: /ZXlK[A-Za-z0-9+/]{60,8000}={0,2}/,
    minEntropy: 4,
    severity: "warning",
    envName: "JWT_TOKEN",
    doc: {
      summary:
        "A JSON Web Token encoded once more in base64 (it starts ZXlK, the encoding of eyJ), as stored in Kubernetes Secret data or exported configs. Decoded, it is a bearer credential until it expires.",
      rotate: "Revoke the session or service-account token that the JWT represents, or rotate the key that signed it.",
    },
    negatives: ['prefix = "ZXlK"'],
  },
];
