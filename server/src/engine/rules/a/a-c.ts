// Catalog A, providers 1Password … Curl, each written from the provider's published token format.
import type { RuleSpec } from "../../types";
import { clientIdName, providerName, secretName } from "../names";

export const rulesAtoC: RuleSpec[] = [
  {
    id: "1password-secret-key",
    title: "1Password account Secret Key",
    provider: "1Password",
    keywords: ["a3-"],
    // Version "A3", a 6-character account part, then the secret in dash-separated groups (26 characters).
    secret: /A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}/,
    minEntropy: 3,
    severity: "error",
    envName: "OP_SECRET_KEY",
    doc: {
      summary:
        "A 1Password account Secret Key (A3-…). Together with the account password it decrypts every vault of the account: the Secret Key is the half that is never supposed to leave the user's devices.",
      rotate: "1password.com → your account → Profile → Secret Key → Regenerate; then change the account password and sign in again on every device.",
    },
    negatives: ["A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX", "version = A3-2024"],
  },
  {
    id: "1password-service-account-token",
    title: "1Password service account token",
    provider: "1Password",
    keywords: ["ops_eyj"],
    // "ops_" + base64 of a JSON document ({"signInAddress":…, "secretKey":…}), several hundred characters.
    secret: /ops_eyJ[A-Za-z0-9+/_-]{200,4000}={0,2}/,
    minEntropy: 4,
    severity: "error",
    envName: "OP_SERVICE_ACCOUNT_TOKEN",
    doc: {
      summary:
        "A 1Password service account token (ops_…): it signs in to 1Password non-interactively and reads (or writes) every item in the vaults granted to the service account.",
      rotate: "1Password → Developer → Service accounts: revoke the token (or delete the service account) and create a new one.",
    },
    negatives: ["The token looks like ops_eyJzaWduSW5B (shortened)."],
  },
  {
    id: "adafruit-io-key",
    title: "Adafruit IO key",
    provider: "Adafruit",
    keywords: ["adafruit"],
    // Adafruit IO keys are "aio_" + 28 characters; older keys are 32 characters without a prefix.
    secret: /aio_[A-Za-z0-9]{28}|[A-Za-z0-9_-]{32}/,
    context: { name: secretName("adafruit") },
    minEntropy: 3.5,
    severity: "error",
    envName: "ADAFRUIT_IO_KEY",
    doc: {
      summary: "An Adafruit IO key: reads and writes every feed and dashboard of the account, and controls connected devices.",
      rotate: "io.adafruit.com → My Key → Regenerate Key (the old key stops working at once).",
    },
    negatives: ['ADAFRUIT_IO_USERNAME = "maker"'],
    sample: { name: "ADAFRUIT_IO_KEY" },
  },
  {
    id: "adobe-client-id",
    title: "Adobe API client ID",
    provider: "Adobe",
    keywords: ["adobe"],
    // The client ID (also sent as x-api-key) of an Adobe Developer Console project: 32 hex characters.
    secret: /[a-f0-9]{32}/,
    context: { name: clientIdName("adobe") },
    minEntropy: 3,
    severity: "warning",
    envName: "ADOBE_CLIENT_ID",
    doc: {
      summary:
        "The client ID (API key) of an Adobe Developer Console project. It identifies the project rather than authenticating it, but next to the client secret it obtains access tokens for the project's APIs.",
      rotate: "Adobe Developer Console → project → credentials: the ID cannot be rotated alone; rotate the client secret and, if needed, create a new credential.",
    },
    sample: { name: "ADOBE_CLIENT_ID" },
  },
  {
    id: "adobe-client-secret",
    title: "Adobe client secret",
    provider: "Adobe",
    keywords: ["p8e-"],
    // Adobe Developer Console OAuth client secrets start with "p8e-" followed by 32 characters.
    secret: /p8e-[A-Za-z0-9_-]{32}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "ADOBE_CLIENT_SECRET",
    doc: {
      summary: "An Adobe Developer Console OAuth client secret (p8e-…): with the client ID it obtains access tokens for every API the project is subscribed to.",
      rotate: "Adobe Developer Console → project → OAuth Server-to-Server → Rotate client secret, then delete the old one.",
    },
    negatives: ["p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  {
    id: "age-secret-key",
    title: "age secret key",
    provider: "age",
    keywords: ["age-secret-key-1"],
    // age X25519 identities: "AGE-SECRET-KEY-1" + 58 Bech32 characters (upper case).
    secret: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/,
    severity: "error",
    envName: "AGE_SECRET_KEY",
    doc: {
      summary: "An age (age-encryption.org) X25519 identity: it decrypts every file encrypted to the matching age1… recipient, including SOPS-encrypted secrets.",
      rotate: "Generate a new identity with age-keygen, re-encrypt the files to the new recipient, and remove the old recipient everywhere (for SOPS: update .sops.yaml and run sops updatekeys).",
    },
    negatives: ["AGE-SECRET-KEY-1 is the prefix of an identity"],
  },
  {
    id: "airtable-api-key",
    title: "Airtable API key (legacy)",
    provider: "Airtable",
    keywords: ["airtable"],
    // Legacy account API keys: 17 characters ("key" + 14). Replaced by personal access tokens (pat…).
    secret: /[A-Za-z0-9]{17}/,
    context: { name: secretName("airtable") },
    minEntropy: 3,
    severity: "error",
    envName: "AIRTABLE_API_KEY",
    doc: {
      summary: "A legacy Airtable account API key: it acts as the user on every base the user can reach.",
      rotate: "Airtable account page → API: regenerate the key, or better, migrate to scoped personal access tokens.",
    },
    sample: { name: "AIRTABLE_API_KEY" },
  },
  {
    id: "airtable-personal-access-token",
    title: "Airtable personal access token",
    provider: "Airtable",
    keywords: ["pat"],
    // "pat" + 14-character token ID + "." + 64 hex characters of secret.
    secret: /pat[A-Za-z0-9]{14}\.[a-f0-9]{64}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "AIRTABLE_TOKEN",
    doc: {
      summary: "An Airtable personal access token (pat….…): reads and writes the bases and scopes it was granted.",
      rotate: "airtable.com/create/tokens: revoke the token and create a new one with the least scopes and bases needed.",
    },
    negatives: ["pattern = patternMatcher.compile(x)"],
  },
  {
    id: "algolia-admin-api-key",
    title: "Algolia API key",
    provider: "Algolia",
    keywords: ["algolia"],
    // Algolia API keys are 32 hex characters. Search-only keys are public by design and not reported.
    secret: /[a-f0-9]{32}/,
    context: { name: /^(?!.*(?:search|public|client)).{0,40}(?:algolia.{0,40}(?:key|token|secret|auth|api|admin|write)|(?:key|token|secret|api).{0,20}algolia)/i },
    minEntropy: 3,
    severity: "error",
    envName: "ALGOLIA_ADMIN_KEY",
    doc: {
      summary:
        "An Algolia admin or write API key: it adds, changes and deletes records and indices and manages other keys. Search-only keys (named as such) are meant for browsers and not reported.",
      rotate: "Algolia dashboard → Settings → API Keys: regenerate the admin key, or delete the custom key and create a new one with restricted ACLs.",
    },
    negatives: ['ALGOLIA_SEARCH_KEY = "a9b8c7d6e5f40312a9b8c7d6e5f40312"'],
    sample: { name: "ALGOLIA_ADMIN_KEY" },
  },
  {
    id: "alibaba-access-key-id",
    title: "Alibaba Cloud AccessKey ID",
    provider: "Alibaba Cloud",
    keywords: ["ltai"],
    // AccessKey IDs start with "LTAI" followed by 12 to 20 alphanumerics.
    secret: /LTAI[A-Za-z0-9]{12,20}/,
    minEntropy: 3,
    severity: "error",
    envName: "ALIBABA_CLOUD_ACCESS_KEY_ID",
    doc: {
      summary: "An Alibaba Cloud AccessKey ID (LTAI…). Paired with its AccessKey secret it calls every API the RAM user or account may call.",
      rotate: "Alibaba Cloud console → RAM → Users → AccessKey: create a new pair, deploy it, disable and delete the old one.",
    },
  },
  {
    id: "alibaba-access-key-secret",
    title: "Alibaba Cloud AccessKey secret",
    provider: "Alibaba Cloud",
    keywords: ["alibaba", "aliyun", "alicloud"],
    // The AccessKey secret is 30 alphanumerics, meaningful only next to an Alibaba name.
    secret: /[A-Za-z0-9]{30}/,
    context: { name: secretName("alibaba|aliyun|alicloud") },
    minEntropy: 3.5,
    severity: "error",
    envName: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    doc: {
      summary: "An Alibaba Cloud AccessKey secret: with the AccessKey ID it signs API calls as the RAM user or account.",
      rotate: "Alibaba Cloud console → RAM → Users → AccessKey: create a new pair, deploy it, disable and delete the old one.",
    },
    sample: { name: "ALIBABA_CLOUD_ACCESS_KEY_SECRET" },
  },
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    provider: "Anthropic",
    keywords: ["sk-ant-api"],
    // "sk-ant-api03-" + 93 URL-safe characters + "AA".
    secret: /sk-ant-api\d{2}-[A-Za-z0-9_-]{93}AA/,
    severity: "error",
    envName: "ANTHROPIC_API_KEY",
    doc: {
      summary: "An Anthropic API key (sk-ant-api03-…): it calls Claude models billed to the organization's workspace.",
      rotate: "console.anthropic.com → Settings → API keys: disable/delete the key and create a new one.",
    },
    negatives: ["sk-ant-api03-abc123xyz-456de-klMnopqrstuvwx-3456yza789bcde-1234fghijklmnopAA"],
  },
  {
    id: "anthropic-admin-api-key",
    title: "Anthropic Admin API key",
    provider: "Anthropic",
    keywords: ["sk-ant-admin"],
    // "sk-ant-admin01-" + 93 URL-safe characters + "AA".
    secret: /sk-ant-admin\d{2}-[A-Za-z0-9_-]{93}AA/,
    severity: "error",
    envName: "ANTHROPIC_ADMIN_KEY",
    doc: {
      summary: "An Anthropic Admin API key (sk-ant-admin01-…): it manages the organization — members, workspaces and other API keys.",
      rotate: "console.anthropic.com → Settings → Admin keys: delete the key and create a new one.",
    },
  },
  {
    id: "artifactory-api-key",
    title: "JFrog Artifactory API key",
    provider: "JFrog",
    keywords: ["akcp"],
    // Legacy Artifactory API keys: "AKCp" + 69 alphanumerics.
    secret: /AKCp[A-Za-z0-9]{69}/,
    minEntropy: 4,
    severity: "error",
    envName: "ARTIFACTORY_API_KEY",
    doc: {
      summary: "A JFrog Artifactory API key (AKCp…): it authenticates as its user to download, deploy and delete artifacts in every repository the user can reach.",
      rotate: "JFrog Platform → Edit Profile → API Key: revoke/regenerate it (API keys are deprecated: move to scoped access tokens).",
    },
  },
  {
    id: "artifactory-reference-token",
    title: "JFrog Artifactory reference token",
    provider: "JFrog",
    keywords: ["cmvmd"],
    // Reference tokens are base64 beginning with "cmVmd" ("ref"), 64 characters in all.
    secret: /cmVmd[A-Za-z0-9]{59}/,
    minEntropy: 4,
    severity: "error",
    envName: "ARTIFACTORY_TOKEN",
    doc: {
      summary: "A JFrog Platform reference token (cmVmd…): a short handle to an access token with that token's scopes.",
      rotate: "JFrog Platform → Administration → Identity and Access → Access Tokens (or your profile): revoke the token and generate a new one.",
    },
  },
  {
    id: "asana-client-id",
    title: "Asana OAuth client ID",
    provider: "Asana",
    keywords: ["asana"],
    // Asana app client IDs are 16 digits.
    secret: /[0-9]{16}/,
    // Not "asana_project_id": projects and workspaces have 16-digit IDs too, so the name must say client/app.
    context: { name: /asana.{0,40}(?:client|app|token|key)|(?:client|app).{0,20}asana/i },
    minEntropy: 2.5,
    severity: "warning",
    envName: "ASANA_CLIENT_ID",
    doc: {
      summary: "The client ID of an Asana OAuth app. It identifies the app; next to the client secret it lets anyone act as the app.",
      rotate: "Asana developer console → My apps: the ID is fixed; reset the client secret if it leaked too.",
    },
    negatives: ['ASANA_PROJECT_ID = "1204567890123456"'],
    sample: { name: "ASANA_CLIENT_ID" },
  },
  {
    id: "asana-client-secret",
    title: "Asana OAuth client secret",
    provider: "Asana",
    keywords: ["asana"],
    // Asana app client secrets are 32 alphanumerics.
    secret: /[A-Za-z0-9]{32}/,
    context: { name: secretName("asana") },
    minEntropy: 3.5,
    severity: "error",
    envName: "ASANA_CLIENT_SECRET",
    doc: {
      summary: "The client secret of an Asana OAuth app: with the client ID it exchanges authorization codes for tokens as the app.",
      rotate: "Asana developer console → My apps → OAuth: reset the client secret.",
    },
    sample: { name: "ASANA_CLIENT_SECRET" },
  },
  {
    id: "atlassian-api-token",
    title: "Atlassian API token",
    provider: "Atlassian",
    keywords: ["atatt3"],
    // Current Atlassian API tokens: "ATATT3" + 186 URL-safe characters, the last 8 a hex checksum.
    secret: /ATATT3[A-Za-z0-9_=-]{178}[A-Fa-f0-9]{8}/,
    minEntropy: 4,
    severity: "error",
    envName: "ATLASSIAN_API_TOKEN",
    doc: {
      summary: "An Atlassian Cloud API token (ATATT3…): with the account's e-mail address it calls Jira, Confluence and Bitbucket APIs as that user.",
      rotate: "id.atlassian.com/manage-profile/security/api-tokens: revoke the token and create a new one.",
    },
  },
  {
    id: "atlassian-api-token-legacy",
    title: "Atlassian API token (legacy)",
    provider: "Atlassian",
    keywords: ["atlassian", "jira", "confluence"],
    // Older Atlassian API tokens are 24 alphanumerics, meaningful only next to a Jira/Confluence name.
    secret: /[A-Za-z0-9]{24}/,
    context: { name: secretName("atlassian|jira|confluence") },
    minEntropy: 3.5,
    severity: "error",
    envName: "JIRA_API_TOKEN",
    doc: {
      summary: "A legacy 24-character Atlassian Cloud API token: with the account's e-mail it acts as the user in Jira and Confluence.",
      rotate: "id.atlassian.com/manage-profile/security/api-tokens: revoke the token and create a new one.",
    },
    negatives: ["getPagesInConfluenceSpace,searchConfluenceUsingCql", 'JIRA_PROJECT_KEY = "PLATFORM"'],
    sample: { name: "JIRA_API_TOKEN" },
  },
  {
    id: "authress-service-client-access-key",
    title: "Authress service client access key",
    provider: "Authress",
    keywords: [".acc_", ".acc-"],
    // "sc_<client id>.<key id>.acc_<account id>.<private key>" (ext_ for external clients).
    secret: /(?:sc|ext)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120}/,
    minEntropy: 4,
    severity: "error",
    envName: "AUTHRESS_ACCESS_KEY",
    doc: {
      summary: "An Authress service client access key: it authenticates as the service client and gets that client's permissions on the account's resources and users.",
      rotate: "Authress management portal → Service clients → the client → Access keys: delete the key and generate a new one.",
    },
  },
  {
    id: "aws-bedrock-api-key",
    title: "Amazon Bedrock API key (long-term)",
    provider: "AWS",
    keywords: ["absk"],
    // "ABSK" + base64("BedrockAPIKey-<id>:<secret>"), so always "ABSKQmVkcm9ja0FQSUtleS1…".
    secret: /ABSKQmVkcm9ja0FQSUtleS1[A-Za-z0-9+/]{80,300}={0,2}/,
    minEntropy: 4,
    severity: "error",
    envName: "AWS_BEARER_TOKEN_BEDROCK",
    doc: {
      summary: "A long-term Amazon Bedrock API key (ABSK…): a bearer credential of an IAM user for Bedrock model invocation, billed to the account.",
      rotate: "IAM console → Users → the Bedrock API key's user → Security credentials → API keys for Amazon Bedrock: deactivate and delete it, create a new one.",
    },
    negatives: ["ABSKQmVkcm9ja0FQSUtleS1EXAMPLE"],
  },
  {
    id: "aws-short-lived-bedrock",
    title: "Amazon Bedrock API key (short-term)",
    provider: "AWS",
    keywords: ["bedrock-api-key-"],
    // "bedrock-api-key-" + base64 of a presigned "bedrock.amazonaws.com/?Action=CallWithBearerToken…" URL.
    secret: /bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{20,4000}={0,2}/,
    severity: "error",
    envName: "AWS_BEARER_TOKEN_BEDROCK",
    doc: {
      summary: "A short-term Amazon Bedrock API key (bedrock-api-key-…): a presigned bearer token valid for up to 12 hours with the signing identity's Bedrock permissions.",
      rotate: "It expires on its own; if it leaked, revoke the signing session (IAM → Roles → Revoke active sessions, or rotate the IAM user's access key).",
    },
    negatives: ["prefix = 'bedrock-api-key-'"],
  },
  {
    id: "azure-ad-client-secret",
    title: "Microsoft Entra ID (Azure AD) client secret",
    provider: "Microsoft",
    keywords: ["q~"],
    // App registration secrets: 3 characters, a digit, "Q~", then 31-34 characters from [A-Za-z0-9_~.-].
    secret: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/,
    minEntropy: 3.5,
    severity: "error",
    envName: "AZURE_CLIENT_SECRET",
    doc: {
      summary:
        "A client secret of a Microsoft Entra ID (Azure AD) app registration (…Q~…). With the tenant and client IDs it obtains tokens as the application, with every API permission granted to it.",
      rotate: "Azure portal → Microsoft Entra ID → App registrations → the app → Certificates & secrets: add a new secret, deploy it, delete the old one.",
    },
    negatives: ["buf.WriteString(\"~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\")", "client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  {
    id: "beamer-api-key",
    title: "Beamer API key",
    provider: "Beamer",
    keywords: ["beamer"],
    // Beamer API keys: "b_" + 44 characters.
    secret: /b_[A-Za-z0-9=_-]{44}/,
    context: { name: secretName("beamer") },
    minEntropy: 3.5,
    severity: "error",
    envName: "BEAMER_API_KEY",
    doc: {
      summary: "A Beamer API key (b_…): it reads and publishes posts and reads user and feedback data of the product's changelog.",
      rotate: "Beamer → Settings → API: delete the key and create a new one.",
    },
    sample: { name: "BEAMER_API_KEY" },
  },
  {
    id: "bitbucket-client-id",
    title: "Bitbucket OAuth consumer key",
    provider: "Bitbucket",
    keywords: ["bitbucket"],
    // OAuth consumer keys are 32 alphanumerics (18 on older consumers).
    secret: /[A-Za-z0-9]{32}|[A-Za-z0-9]{18}/,
    context: { name: clientIdName("bitbucket") },
    minEntropy: 3.5,
    severity: "warning",
    envName: "BITBUCKET_CLIENT_ID",
    doc: {
      summary: "The key (client ID) of a Bitbucket OAuth consumer. With its secret it obtains tokens for the workspace as the consumer.",
      rotate: "Bitbucket → Workspace settings → OAuth consumers: delete the consumer and create a new one.",
    },
    sample: { name: "BITBUCKET_CLIENT_ID" },
  },
  {
    id: "bitbucket-client-secret",
    title: "Bitbucket OAuth consumer secret",
    provider: "Bitbucket",
    keywords: ["bitbucket"],
    // OAuth consumer secrets are 32 to 64 URL-safe characters.
    secret: /[A-Za-z0-9=_-]{64}/,
    context: { name: secretName("bitbucket") },
    minEntropy: 3.5,
    severity: "error",
    envName: "BITBUCKET_CLIENT_SECRET",
    doc: {
      summary: "The secret of a Bitbucket OAuth consumer: with the key it obtains access tokens for the workspace's repositories.",
      rotate: "Bitbucket → Workspace settings → OAuth consumers: delete the consumer and create a new one.",
    },
    sample: { name: "BITBUCKET_CLIENT_SECRET" },
  },
  {
    id: "bitbucket-app-password",
    title: "Bitbucket app password / API token",
    provider: "Bitbucket",
    keywords: ["atbb", "atct"],
    keywordOffset: 0,
    // Bitbucket app passwords and repository/workspace access tokens begin with "ATBB" or "ATCT".
    secret: /AT(?:BB|CT)[A-Za-z0-9_=.-]{28,180}/,
    minEntropy: 4,
    severity: "error",
    envName: "BITBUCKET_APP_PASSWORD",
    doc: {
      summary: "A Bitbucket Cloud app password or access token (ATBB…/ATCT…): it reads and writes repositories, pull requests and pipelines with its scopes.",
      rotate: "Bitbucket → Personal settings → App passwords (or the repository's Access tokens): revoke it and create a new one.",
    },
  },
  {
    id: "bittrex-api-secret",
    title: "Bittrex API secret",
    provider: "Bittrex",
    keywords: ["bittrex"],
    secret: /[A-Za-z0-9]{32}/,
    context: { name: /bittrex.{0,40}secret|secret.{0,20}bittrex/i },
    minEntropy: 3.5,
    severity: "error",
    envName: "BITTREX_API_SECRET",
    doc: {
      summary: "A Bittrex exchange API secret (32 characters): with the API key it signs trading and, if enabled, withdrawal requests.",
      rotate: "Bittrex → Account → API Keys: delete the key pair and create a new one.",
    },
    sample: { name: "BITTREX_API_SECRET" },
  },
  {
    id: "bittrex-api-key",
    title: "Bittrex API key",
    provider: "Bittrex",
    keywords: ["bittrex"],
    secret: /[A-Za-z0-9]{32}/,
    context: { name: secretName("bittrex") },
    minEntropy: 3.5,
    severity: "error",
    envName: "BITTREX_API_KEY",
    doc: {
      summary: "A Bittrex exchange API key (32 characters): with its secret it reads balances and trades on the account.",
      rotate: "Bittrex → Account → API Keys: delete the key pair and create a new one.",
    },
    sample: { name: "BITTREX_API_KEY" },
  },
  {
    id: "cisco-meraki-api-key",
    title: "Cisco Meraki API key",
    provider: "Cisco",
    keywords: ["meraki"],
    // Meraki Dashboard API keys are 40 lower-case hex characters.
    secret: /[0-9a-f]{40}/,
    // The name must say "Meraki" as a word ("ReactNativeCameraKit" does not).
    context: { name: /(?:^|[^A-Za-z]|[a-z0-9](?=M))(?:meraki|Meraki|MERAKI)(?![a-z])/ },
    minEntropy: 3.3,
    severity: "error",
    envName: "MERAKI_DASHBOARD_API_KEY",
    doc: {
      summary: "A Cisco Meraki Dashboard API key: it reads and changes the configuration of every organization and network the admin can manage.",
      rotate: "Meraki Dashboard → My profile → API access: revoke the key and generate a new one.",
    },
    negatives: ["meraki: aaaaaaaaaa1111111111bbbbbbbbbb2222222222"],
    sample: { name: "MERAKI_API_KEY" },
  },
  {
    id: "clickhouse-cloud-api-secret",
    title: "ClickHouse Cloud API key secret",
    provider: "ClickHouse",
    keywords: ["4b1d"],
    // ClickHouse Cloud API key secrets start with "4b1d" followed by 38 alphanumerics.
    secret: /4b1d[A-Za-z0-9]{38}/,
    minEntropy: 4,
    severity: "error",
    envName: "CLICKHOUSE_API_SECRET",
    doc: {
      summary: "A ClickHouse Cloud API key secret (4b1d…): with the key ID it manages the organization's services — create, scale, delete, change IP access lists.",
      rotate: "ClickHouse Cloud console → Organization → API keys: delete the key and create a new one.",
    },
  },
  {
    id: "clojars-deploy-token",
    title: "Clojars deploy token",
    provider: "Clojars",
    keywords: ["clojars_"],
    // "CLOJARS_" + 60 characters.
    secret: /CLOJARS_[A-Za-z0-9]{60}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "CLOJARS_DEPLOY_TOKEN",
    doc: {
      summary: "A Clojars deploy token (CLOJARS_…): it publishes new versions of the user's (or group's) libraries — a supply-chain risk for every downstream project.",
      rotate: "clojars.org → Dashboard → Deploy tokens: disable the token and create a new one.",
    },
  },
  {
    id: "cloudflare-api-credential",
    title: "Cloudflare API token or key",
    provider: "Cloudflare",
    keywords: ["cfk_", "cfut_", "cfat_"],
    keywordOffset: 0,
    // Scannable format: "cfk_" (Global API key), "cfut_" (user token) or "cfat_" (account token) + 40
    // alphanumerics + an 8-hex-character checksum.
    secret: /cf(?:k|ut|at)_[A-Za-z0-9]{40}[a-f0-9]{8}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "CLOUDFLARE_API_TOKEN",
    doc: {
      summary: "A Cloudflare API credential in the scannable format: cfk_ (Global API key — full access to the user's account), cfut_ (user API token) or cfat_ (account API token), each with the permissions it was granted.",
      rotate: "Cloudflare dashboard → My Profile (or Manage Account) → API Tokens: roll or delete the token; change the Global API key.",
    },
  },
  {
    id: "cloudflare-origin-ca-key",
    title: "Cloudflare Origin CA key",
    provider: "Cloudflare",
    keywords: ["v1.0-"],
    keywordOffset: 0,
    // "v1.0-" + 24 hex + "-" + 146 hex.
    secret: /v1\.0-[a-f0-9]{24}-[a-f0-9]{146}/,
    severity: "error",
    envName: "CLOUDFLARE_ORIGIN_CA_KEY",
    doc: {
      summary: "A Cloudflare Origin CA key (v1.0-…): it issues and revokes Origin CA certificates for the account's zones.",
      rotate: "Cloudflare dashboard → My Profile → API Tokens → Origin CA Key: change (regenerate) the key.",
    },
  },
  {
    id: "cloudflare-global-api-key",
    title: "Cloudflare Global API key",
    provider: "Cloudflare",
    keywords: ["cloudflare", "cf_api", "cf-api"],
    // The Global API key is 37 lower-case hex characters, meaningful only next to a Cloudflare name.
    secret: /[a-f0-9]{37}/,
    context: { name: providerName("cloudflare|cf_api|cf-api") },
    minEntropy: 3.3,
    severity: "error",
    envName: "CLOUDFLARE_API_KEY",
    doc: {
      summary: "A Cloudflare Global API key: with the account e-mail it has full access to every zone, DNS record, Worker and setting of the account.",
      rotate: "Cloudflare dashboard → My Profile → API Tokens → Global API Key → Change; prefer scoped API tokens.",
    },
    sample: { name: "CLOUDFLARE_GLOBAL_API_KEY" },
  },
  {
    id: "cloudflare-api-token",
    title: "Cloudflare API token",
    provider: "Cloudflare",
    keywords: ["cloudflare", "cf_api", "cf-api"],
    // Scoped API tokens are 40 URL-safe characters, meaningful only next to a Cloudflare name.
    secret: /[A-Za-z0-9_-]{40}/,
    context: { name: providerName("cloudflare|cf_api|cf-api") },
    minEntropy: 3.5,
    severity: "error",
    envName: "CLOUDFLARE_API_TOKEN",
    doc: {
      summary: "A Cloudflare API token: it calls the Cloudflare API with the permissions and zones it was scoped to (DNS, Workers, cache, firewall…).",
      rotate: "Cloudflare dashboard → My Profile → API Tokens: roll or delete the token.",
    },
    sample: { name: "CLOUDFLARE_API_TOKEN" },
  },
  {
    id: "codecov-access-token",
    title: "Codecov token",
    provider: "Codecov",
    keywords: ["codecov"],
    // Upload tokens are UUIDs; API access tokens 32-40 alphanumerics.
    secret: /[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}|[A-Za-z0-9]{32,40}/,
    context: { name: secretName("codecov") },
    minEntropy: 3.3,
    severity: "error",
    envName: "CODECOV_TOKEN",
    doc: {
      summary: "A Codecov upload or API token: it uploads (and can overwrite) coverage reports for the repository, or reads the organization's coverage data.",
      rotate: "Codecov → the repository (or organization) → Settings → regenerate the token; update CI secrets.",
    },
    sample: { name: "CODECOV_TOKEN" },
  },
  {
    id: "cohere-api-key",
    title: "Cohere API key",
    provider: "Cohere",
    keywords: ["cohere", "co_api_key"],
    // Cohere API keys are 40 alphanumerics; the official SDKs read CO_API_KEY.
    secret: /[A-Za-z0-9]{40}/,
    context: { name: /cohere.{0,40}(?:key|token|secret|api)|(?:key|token|secret|api).{0,20}cohere|co_api_key/i },
    minEntropy: 3.5,
    severity: "error",
    envName: "CO_API_KEY",
    doc: {
      summary: "A Cohere API key: it calls Cohere models (generate, embed, rerank) billed to the account.",
      rotate: "dashboard.cohere.com → API keys: delete the key and create a new one.",
    },
    negatives: ["CO_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    sample: { name: "CO_API_KEY" },
  },
  {
    id: "coinbase-access-token",
    title: "Coinbase access token",
    provider: "Coinbase",
    keywords: ["coinbase"],
    secret: /[A-Za-z0-9_-]{64}/,
    context: { name: secretName("coinbase") },
    minEntropy: 3.5,
    severity: "error",
    envName: "COINBASE_ACCESS_TOKEN",
    doc: {
      summary: "A Coinbase API access token: it reads balances and, with the right scopes, trades or sends funds from the account.",
      rotate: "Coinbase → Settings → API (or the Developer Platform): revoke the key/token and create a new one.",
    },
    sample: { name: "COINBASE_ACCESS_TOKEN" },
  },
  {
    id: "confluent-api-key",
    title: "Confluent Cloud API key",
    provider: "Confluent",
    keywords: ["confluent"],
    // Confluent Cloud API keys (the ID half) are 16 alphanumerics.
    secret: /[A-Za-z0-9]{16}/,
    context: { name: secretName("confluent") },
    minEntropy: 3,
    severity: "warning",
    envName: "CONFLUENT_API_KEY",
    doc: {
      summary: "A Confluent Cloud API key (the 16-character ID half of a key pair). With its secret it reaches the Kafka cluster or the Cloud API.",
      rotate: "Confluent Cloud → API keys: delete the key pair and create a new one.",
    },
    sample: { name: "CONFLUENT_API_KEY" },
  },
  {
    id: "confluent-api-secret",
    title: "Confluent Cloud API secret",
    provider: "Confluent",
    keywords: ["confluent"],
    // The secret half is 64 characters.
    secret: /[A-Za-z0-9+/]{64}/,
    context: { name: secretName("confluent") },
    minEntropy: 3.5,
    severity: "error",
    envName: "CONFLUENT_API_SECRET",
    doc: {
      summary: "A Confluent Cloud API secret: with the key it produces to and consumes from the cluster's topics, or manages the Confluent Cloud organization.",
      rotate: "Confluent Cloud → API keys: delete the key pair and create a new one.",
    },
    sample: { name: "CONFLUENT_API_SECRET" },
  },
  {
    id: "contentful-delivery-api-token",
    title: "Contentful API token",
    provider: "Contentful",
    keywords: ["contentful"],
    // Content Delivery / Preview API tokens are 43 URL-safe characters.
    secret: /[A-Za-z0-9=_-]{43}/,
    context: { name: secretName("contentful") },
    minEntropy: 3.5,
    severity: "error",
    envName: "CONTENTFUL_ACCESS_TOKEN",
    doc: {
      summary: "A Contentful Content Delivery (or Preview) API token: it reads the space's published (or draft) content.",
      rotate: "Contentful → Settings → API keys: regenerate or delete the key.",
    },
    sample: { name: "CONTENTFUL_ACCESS_TOKEN" },
  },
  {
    id: "contentful-management-token",
    title: "Contentful content management token",
    provider: "Contentful",
    keywords: ["cfpat-"],
    // Personal access tokens for the Content Management API: "CFPAT-" + 43 characters.
    secret: /CFPAT-[A-Za-z0-9_-]{43}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "CONTENTFUL_MANAGEMENT_TOKEN",
    doc: {
      summary: "A Contentful personal access token (CFPAT-…): it creates, changes and deletes content and settings in every space the user can manage.",
      rotate: "Contentful → Account settings → CMA tokens: revoke the token and create a new one.",
    },
  },
  {
    id: "curl-basic-auth",
    title: "Password in a curl command (-u user:password)",
    provider: "curl",
    keywords: ["curl"],
    // `curl … -u user:password` / `--user "user:password"`: the password (or a token given as "token:") is
    // captured; shell variables, templates and placeholders are left alone.
    secret:
      /curl (?:(?:[^\r\n\\]|\\[^\r\n]|\\\r?\n){0,600}? )?(?:-u|--user)(?: {1,4}|=)["']?(?<secret>[^\s'":$<>(]{0,100}(?:["']:["']?|:["']?)(?<check>[^\s'"$<>(\[`][^\s'"<>`]{3,127})|[^\s'":$<>(\[{]{12,100}:(?=["']?(?:[\s,;)}\]]|(?![^]))))/,
    minEntropy: 2.9,
    severity: "error",
    envName: "CURL_USER",
    doc: {
      summary: "A user:password pair (or an API token given as the user) passed to curl with -u/--user in a script, README or CI file. It works against that service for anyone who reads the file.",
      rotate: "Change the password or revoke the token at the service, then pass it from the environment: curl -u \"$USER:$PASSWORD\" or a .netrc with mode 0600.",
    },
    negatives: [
      'curl -sL --user "$GITHUB_USERNAME:$GITHUB_PASSWORD" "$GITHUB_URL"',
      "curl http://127.0.0.1:5000/file --user user:pass --digest",
      "curl -u <user:password> https://test.com/endpoint",
      "curl -i -u 'test:test'",
      "curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/",
    ],
  },
  {
    id: "curl-header-credential",
    title: "Credential in a curl header",
    provider: "curl",
    keywords: ["curl"],
    keywordOffset: 0,
    // `curl … -H "Authorization: …"`, `-H "X-Api-Key: …"`, `--header "Token: …"` (also across "\" line
    // continuations). A Bearer/Basic/Token value of 16+ characters is left to the authorization-header rule.
    secret:
      /curl (?:(?:[^\r\n\\]|\\[^\r\n]|\\?\r?\n(?=[ \t])){0,600}? )?(?:-H|--header) {1,4}["']?(?:proxy-)?(?:authorization|x-[\w-]{0,30}(?:key|token|secret|auth)|[\w-]{0,30}(?:api-?key|token|secret)) {0,4}: {0,4}(?!(?:Bearer|Basic|Token) {1,4}[A-Za-z0-9._~+/-]{16})(?:[A-Za-z][\w-]{1,20} {1,4})?(?<secret>[^\s'"$<>({\[*]{8,500})(?=["'\s]|(?![^]))/i,
    minEntropy: 2.5,
    severity: "error",
    envName: "API_TOKEN",
    doc: {
      summary: "An API key or token written into a curl command's header (-H \"Authorization: …\", -H \"X-Api-Key: …\", -H \"Token: …\"): it works for anyone who reads the script, README or CI log.",
      rotate: "Revoke the key at its issuer and pass it from the environment: curl -H \"Authorization: $TOKEN\".",
    },
    negatives: ['curl -X GET -H "apikey: $API_KEY" "$API_URL/rest/v1/stats"', 'curl -v -H "Authorization: Token **********" https://domain/api', 'curl -H "Authorization: Bearer <Openverse API token>" https://api.openverse.org'],
  },
];
