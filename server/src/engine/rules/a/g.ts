// Catalog A, providers GCP … GitLab, each written from the provider's published token format.
// GitLab's token prefixes are listed in its "GitLab token overview" documentation; routable tokens (GitLab 17.x+)
// end in "." + an optional 2-character version and "." + a 9-character base-36 suffix.
import type { RuleSpec } from "../../types";

/** Routable-token tail: base64url payload, ".", optional "01." version, 9 base-36 characters. */
const ROUTABLE_TAIL = "[A-Za-z0-9_-]{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}";
/** Legacy GitLab tokens: exactly 20 URL-safe characters, not followed by more token characters. */
const LEGACY_20 = "[A-Za-z0-9_-]{20}(?![A-Za-z0-9_.-])";

const GITLAB_ROTATE = "GitLab → the token's settings page (user, project or group → Access tokens): revoke it and create a new one.";

export const rulesG: RuleSpec[] = [
  {
    id: "gcp-api-key",
    title: "Google API key",
    provider: "Google",
    keywords: ["aiza"],
    // "AIza" + 35 URL-safe characters.
    secret: /AIza[A-Za-z0-9_-]{35}/,
    minEntropy: 3.5,
    // Alphabet and digit runs mark a hand-typed placeholder, not an issued key.
    allow: [/abcdefghij|bcdefghijk|0123456789|123456789/i],
    // A Firebase web config ships its API key to every browser by design (security comes from rules/App Check).
    // Mobile client configs ship theirs the same way: google-services.json (`current_key`), GoogleService-Info.plist,
    // Maps SDK keys in the Android manifest/resources, Expo's app.json, iOS `GMSServices.provideAPIKey`; web apps
    // bundle theirs into the browser under a public prefix (`NEXT_PUBLIC_FIREBASE_API_KEY`, `VITE_GOOGLE_MAPS_KEY`) or in
    // the Maps JavaScript/Static/Embed URL of a page (restricted by referrer); a server-side web-service call is not.
    publicNear: /authDomain|messagingSenderId|firebaseapp\.com|initializeApp\s*\(|"current_key"|mobilesdk_app_id|GCM_SENDER_ID|GOOGLE_APP_ID|com\.google\.android\.geo\.API_KEY|google_maps_key|googleMapsApiKey|MAPS_API_KEY|provideAPIKey|GMSPlacesClient|(?:NEXT_PUBLIC|VITE|REACT_APP|GATSBY|EXPO_PUBLIC|NUXT_PUBLIC)_\w{0,40}(?:FIREBASE|MAPS)\w{0,40}["']?[ \t]{0,4}[:=][ \t]{0,4}["']?AIza|maps\.googleapis\.com\/maps\/api\/(?:js|staticmap|streetview)\?[^"'\s<>]{0,300}key=AIza|google\.com\/maps\/embed\/v1\/[^"'\s<>]{0,300}key=AIza/,
    severity: "warning",
    envName: "GOOGLE_API_KEY",
    doc: {
      summary:
        "A Google Cloud API key (AIza…). Unrestricted keys call every enabled API (Maps, Gemini, YouTube…) billed to the project. Keys in a Firebase web config are meant to ship to browsers and are safe only when restricted; hence a warning rather than an error.",
      rotate: "Google Cloud console → APIs & Services → Credentials: regenerate (rotate) the key, or add application and API restrictions.",
    },
    negatives: [
      'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
      "AIZASYCO2CXRMC9ELSKLHLHRMBSWDEVEDZTLO2O",
      'const firebaseConfig = { apiKey: "AIzaSyD3k9Qm2xVb7LpW4nR8tYc1Hs6Jf0Gu5Ze", authDomain: "demo-app.firebaseapp.com", projectId: "demo-app" };',
    ],
  },
  {
    id: "gcp-oauth-client-secret",
    title: "Google OAuth client secret",
    provider: "Google",
    keywords: ["gocspx-"],
    // Since 2021 Google issues OAuth client secrets as "GOCSPX-" + 28 URL-safe characters.
    secret: /GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: "error",
    envName: "GOOGLE_CLIENT_SECRET",
    doc: {
      summary:
        "The secret of a Google OAuth client (GOCSPX-…). With the client id it lets anyone complete OAuth flows as your application and exchange authorization codes for users' tokens.",
      rotate: "Google Cloud console → APIs & Services → Credentials → the OAuth client: add a new secret, deploy it, then disable and delete the old one.",
    },
  },
  {
    id: "gitlab-pat-routable",
    title: "GitLab personal access token (routable)",
    provider: "GitLab",
    keywords: ["glpat-"],
    secret: new RegExp(`glpat-${ROUTABLE_TAIL}`),
    minEntropy: 3.5,
    severity: "error",
    envName: "GITLAB_TOKEN",
    doc: {
      summary: "A GitLab personal, project or group access token in the routable format (glpat-….…): it calls the API and git over HTTPS with its scopes.",
      rotate: GITLAB_ROTATE,
    },
    negatives: ["glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx"],
  },
  {
    id: "gitlab-pat",
    title: "GitLab personal access token",
    provider: "GitLab",
    keywords: ["glpat-"],
    secret: new RegExp(`glpat-${LEGACY_20}`),
    minEntropy: 3,
    severity: "error",
    envName: "GITLAB_TOKEN",
    doc: {
      summary: "A GitLab personal, project or group access token (glpat-…): it calls the API and git over HTTPS with its scopes (api, read_repository, write_repository…).",
      rotate: GITLAB_ROTATE,
    },
    negatives: ["glpat-XXXXXXXXXXX-XXXXXXXX"],
  },
  {
    id: "gitlab-deploy-token",
    title: "GitLab deploy token",
    provider: "GitLab",
    keywords: ["gldt-"],
    secret: new RegExp(`gldt-(?:${ROUTABLE_TAIL}|${LEGACY_20})`),
    minEntropy: 3,
    severity: "error",
    envName: "GITLAB_DEPLOY_TOKEN",
    doc: {
      summary: "A GitLab deploy token (gldt-…): it clones/pulls the repository and reads or writes its container and package registries.",
      rotate: "GitLab → project or group → Settings → Repository → Deploy tokens: revoke it and create a new one.",
    },
  },
  {
    id: "gitlab-runner-token-routable",
    title: "GitLab runner authentication token (routable)",
    provider: "GitLab",
    keywords: ["glrt-"],
    // Routable runner tokens carry a "t<type>_" marker: glrt-t1_… (instance), t2_ (group), t3_ (project).
    secret: new RegExp(`glrt-(?:t\\d_)?${ROUTABLE_TAIL}`),
    minEntropy: 3.5,
    severity: "error",
    envName: "GITLAB_RUNNER_TOKEN",
    doc: {
      summary: "A GitLab runner authentication token (glrt-…): it registers as the runner and picks up CI jobs — with their variables and secrets.",
      rotate: "GitLab → Settings → CI/CD → Runners: reset the runner's authentication token (or delete and recreate the runner).",
    },
    negatives: ["glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx"],
  },
  {
    id: "gitlab-runner-token",
    title: "GitLab runner authentication token",
    provider: "GitLab",
    keywords: ["glrt-"],
    secret: new RegExp(`glrt-${LEGACY_20}`),
    minEntropy: 3,
    severity: "error",
    envName: "GITLAB_RUNNER_TOKEN",
    doc: {
      summary: "A GitLab runner authentication token (glrt-…): it registers as the runner and picks up CI jobs — with their variables and secrets.",
      rotate: "GitLab → Settings → CI/CD → Runners: reset the runner's authentication token (or delete and recreate the runner).",
    },
  },
  {
    id: "gitlab-runner-registration-token",
    title: "GitLab runner registration token",
    provider: "GitLab",
    keywords: ["gr1348941"],
    // Legacy registration tokens: "GR1348941" + 20 URL-safe characters.
    secret: /GR1348941[A-Za-z0-9_-]{20}/,
    minEntropy: 3,
    severity: "error",
    envName: "GITLAB_RUNNER_REGISTRATION_TOKEN",
    doc: {
      summary: "A GitLab runner registration token (GR1348941…): it registers new runners to the project, group or instance, which then receive CI jobs and their secrets.",
      rotate: "GitLab → Settings → CI/CD → Runners: reset the registration token (and migrate to runner authentication tokens).",
    },
    negatives: ["GR134894112312312312312312312", "GR1348941XXXXXXXXXXXXXXXXXXXX"],
  },
  {
    id: "gitlab-cicd-job-token",
    title: "GitLab CI/CD job token",
    provider: "GitLab",
    keywords: ["glcbt-"],
    // "glcbt-" + optional partition prefix ("64_") + 20 or more URL-safe characters.
    secret: /glcbt-(?:[A-Za-z0-9]{1,5}_)?[A-Za-z0-9_-]{20,60}/,
    minEntropy: 3,
    severity: "error",
    envName: "CI_JOB_TOKEN",
    doc: {
      summary: "A GitLab CI/CD job token (glcbt-…): while its job runs it reads the project's repository, packages and registries, and other projects that allow it.",
      rotate: "It expires when the job ends; if one leaked from a running job, cancel the job.",
    },
  },
  {
    id: "gitlab-pipeline-trigger-token",
    title: "GitLab pipeline trigger token",
    provider: "GitLab",
    keywords: ["glptt-"],
    secret: /glptt-(?:[a-f0-9]{40}|[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-]))/,
    minEntropy: 3,
    severity: "error",
    envName: "GITLAB_TRIGGER_TOKEN",
    doc: {
      summary: "A GitLab pipeline trigger token (glptt-…): it starts pipelines on any branch of the project, with the owner's permissions.",
      rotate: "GitLab → project → Settings → CI/CD → Pipeline trigger tokens: revoke it and add a new one.",
    },
    negatives: ["glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  },
  {
    id: "gitlab-feed-token",
    title: "GitLab feed token",
    provider: "GitLab",
    keywords: ["glft-"],
    secret: new RegExp(`glft-${LEGACY_20}`),
    minEntropy: 3,
    severity: "warning",
    envName: "GITLAB_FEED_TOKEN",
    doc: {
      summary: "A GitLab feed token (glft-…): it reads the user's RSS/Atom feeds and calendar — activity of private projects included.",
      rotate: "GitLab → User settings → Access tokens → Feed token: reset it.",
    },
  },
  {
    id: "gitlab-incoming-mail-token",
    title: "GitLab incoming e-mail token",
    provider: "GitLab",
    keywords: ["glimt-"],
    secret: /glimt-[A-Za-z0-9_-]{25}(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: "warning",
    envName: "GITLAB_INCOMING_EMAIL_TOKEN",
    doc: {
      summary: "A GitLab incoming e-mail token (glimt-…): it creates issues and merge requests by e-mail as the user.",
      rotate: "GitLab → User settings → Access tokens → Incoming e-mail token: reset it.",
    },
  },
  {
    id: "gitlab-kubernetes-agent-token",
    title: "GitLab agent for Kubernetes token",
    provider: "GitLab",
    keywords: ["glagent-"],
    secret: /glagent-[A-Za-z0-9_-]{50}(?:[A-Za-z0-9_-]{0,250}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})?(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: "error",
    envName: "GITLAB_AGENT_TOKEN",
    doc: {
      summary: "A GitLab agent for Kubernetes token (glagent-…): it connects a cluster agent to GitLab, which can then deploy into that cluster.",
      rotate: "GitLab → project → Operate → Kubernetes clusters → the agent → Access tokens: revoke it and create a new one.",
    },
  },
  {
    id: "gitlab-oauth-app-secret",
    title: "GitLab OAuth application secret",
    provider: "GitLab",
    keywords: ["gloas-"],
    secret: /gloas-[A-Za-z0-9_-]{64}/,
    minEntropy: 3.5,
    severity: "error",
    envName: "GITLAB_OAUTH_SECRET",
    doc: {
      summary: "A GitLab OAuth application secret (gloas-…): with the application ID it obtains user tokens as the application.",
      rotate: "GitLab → Applications (user, group or admin) → the application → Renew secret.",
    },
  },
  {
    id: "gitlab-feature-flag-client-token",
    title: "GitLab feature flags client token",
    provider: "GitLab",
    keywords: ["glffct-"],
    secret: new RegExp(`glffct-${LEGACY_20}`),
    minEntropy: 3,
    severity: "warning",
    envName: "GITLAB_FEATURE_FLAGS_TOKEN",
    doc: {
      summary: "A GitLab feature-flag client token (glffct-…): it reads the project's feature-flag configuration (Unleash API).",
      rotate: "GitLab → project → Deploy → Feature flags → Configure: reset the instance ID / token.",
    },
  },
  {
    id: "gitlab-scim-token",
    title: "GitLab SCIM token",
    provider: "GitLab",
    keywords: ["glsoat-"],
    secret: new RegExp(`glsoat-${LEGACY_20}`),
    minEntropy: 3,
    severity: "error",
    envName: "GITLAB_SCIM_TOKEN",
    doc: {
      summary: "A GitLab SCIM OAuth token (glsoat-…): it provisions and deprovisions the group's members through SCIM.",
      rotate: "GitLab → group → Settings → SAML SSO → SCIM token: reset it and update the identity provider.",
    },
  },
  {
    id: "gitlab-session-cookie",
    title: "GitLab session cookie",
    provider: "GitLab",
    keywords: ["_gitlab_session="],
    secret: /_gitlab_session=(?<secret>[0-9a-z]{32})/,
    minEntropy: 3,
    severity: "error",
    envName: "GITLAB_SESSION",
    doc: {
      summary: "A GitLab web session cookie (_gitlab_session): whoever replays it is signed in as the user until the session ends.",
      rotate: "GitLab → User settings → Active sessions: revoke the session (or sign out everywhere by changing the password).",
    },
  },
];
