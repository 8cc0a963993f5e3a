// The name-based rules: a literal given to a name that denotes a secret. Weighs the name (split into words), the
// value's entropy and character set, and the file kind. Precision first: a value must look like it was issued
// or chosen as a secret, not like a word, a path, a reference or a placeholder.
import type { Candidate } from "./candidates";
import { charClasses, shannonEntropy } from "./entropy";
import type { FileContext } from "./filekind";
import {
  isDummyCredential,
  isDocumentedExample,
  isFilePathOrUrlWithoutCredentials,
  isHashLike,
  isIdentifierLike,
  isPlaceholder,
  isPublicKeyDer,
  isReference,
  isUuid,
} from "./filters";
import { decodePrintableBase64 } from "./validators";

export type GenericKind = "password" | "secret";

/** Names recur across a scan (token, apiKey, password…): their words are worked out once. Bounded. */
const nameWordsCache = new Map<string, readonly string[]>();
const NAME_WORDS_CACHE_SIZE = 4096;

/** Splits `dbPassword`, `DB_PASSWORD`, `aws.secret-access_key` into lowercase words. */
export function nameWords(name: string): readonly string[] {
  let words = nameWordsCache.get(name);
  if (words === undefined) {
    if (nameWordsCache.size >= NAME_WORDS_CACHE_SIZE) nameWordsCache.clear();
    words = splitNameWords(name);
    nameWordsCache.set(name, words);
  }
  return words;
}

function splitNameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Redis names its passwords `requirepass` and `masterauth`; SSSD calls its LDAP bind password `ldap_default_authtok`.
const PASSWORD_WORDS = new Set(["password", "passwd", "pwd", "pswd", "passphrase", "passwort", "contrasena", "senha", "motdepasse", "pass", "pw", "requirepass", "masterauth", "authtok", "bindpw", "rootpw"]);
/** `PGPASSWORD`, `dbpassword`, `MYSQLPWD`: a password word run into what it is for (not `forgotpassword`, a route). */
const RUN_IN_PASSWORD = /^(?!forgot|reset|show|hide|change|confirm|toggle|verify|validate|check|update|new|old|no|has|is|set|get)[a-z]{2,10}(?:password|passwd|pwd)$/;
// "psk": a pre-shared key (MQTT bridges, Wi-Fi, IPsec).
const SECRET_WORDS = new Set(["secret", "secrets", "token", "tokens", "apikey", "apitoken", "credential", "credentials", "creds", "privatekey", "secretkey", "accesskey", "authtoken", "bearer", "passkey", "dsn", "psk"]);
// Pairs whose last word alone is too vague: api key, access key, private key, client secret…
const QUALIFIED_KEY_PREFIXES = new Set(["api", "access", "private", "secret", "signing", "encryption", "decryption", "validation", "master", "session", "app", "auth", "license", "account", "service", "admin", "write", "read", "consumer", "client", "shared", "hmac", "jwt", "webhook", "subscription", "primary", "secondary", "storage", "deploy", "integration", "sdk", "server", "root", "cookie", "internal", "partner", "gateway", "proxy", "bot", "merchant", "tenant", "management", "mgmt", "backend", "ingest", "ingestion", "upload", "personal", "system", "security", "fernet", "preshared", "routing"]);
// A last word that turns the name into metadata about a secret rather than the secret.
const METADATA_WORDS = new Set([
  "type", "types", "policy", "name", "names", "id", "ids", "count", "length", "len", "size", "url", "uri", "path",
  "file", "filename", "dir", "header", "field", "label", "title", "hint", "prompt", "message", "msg", "error", "errors",
  "format", "pattern", "regex", "enabled", "required", "min", "max", "expiry", "expires", "expiration", "expire",
  "ttl", "timeout", "version", "prefix", "suffix", "hash", "hashed", "digest", "provider", "manager", "store", "ref",
  "arn", "endpoint", "host", "encryption", "mode", "modes", "kind", "kinds", "variant", "variants", "flag", "status", "index", "placeholder", "description", "desc", "env",
  "var", "variable", "location", "source", "input", "param", "query", "column", "table", "key_name", "reset",
  "changed", "confirm", "confirmation", "strength", "rules", "validation", "valid", "invalid", "visible", "hidden",
  "show", "toggle", "icon", "class", "style", "color", "regexp", "lifetime", "duration", "ttl", "at", "date", "time",
  "question", "answer", "endpoint", "service", "generator", "len", "limit", "usage", "scope", "scopes", "audience",
  "issuer", "algorithm", "alg", "encoding", "pos", "position", "offset", "start", "end", "separator", "delimiter",
  "bucket", "rate", "number", "ids", "handler", "callback", "validator", "schema", "template", "example", "sample",
  // A digest of the secret, not the secret: `api_token_sha256`, `password_md5`, `key_fingerprint`.
  "sha1", "sha256", "sha384", "sha512", "md5", "checksum", "fingerprint", "thumbprint", "re", "rx",
  // Classes that handle secrets: Django's PASSWORD_HASHERS, AUTH_PASSWORD_VALIDATORS.
  "hasher", "hashers", "validators", "backends",
]);
const METADATA_PREFIXES = new Set(["hashed", "authenticity", "encrypted", "masked", "redacted", "next", "previous", "prev", "page", "continuation", "cursor", "csrf", "xsrf", "is", "has", "use", "show", "enable", "require", "sample", "example", "test", "dummy", "fake", "mock", "public", "publishable", "pub"]);

const DIGEST_WORDS = new Set(["sha1", "sha256", "sha384", "sha512", "md5", "hash", "hashed", "digest", "bcrypt", "scrypt", "argon2", "crypt"]);

/** Names that sound secret but hold public parts: signed-URL parameters carry the key *id* and scope, not the key. */
const PUBLIC_NAMES = new Set(["x amz credential", "x goog credential"]);
/** Product-analytics project tokens ship in every client by design (Mixpanel, Amplitude, PostHog project keys). */
const PUBLIC_CLIENT_PRODUCTS = new Set(["mixpanel", "amplitude", "posthog"]);

export function classifyName(name: string): GenericKind | undefined {
  // hadoop-azure's storage key setting ends in the account's host name: `fs.azure.account.key.<acct>.dfs.core.windows.net`.
  if (/^fs\.azure\.account\.key\./.test(name)) return "secret";
  const words = nameWords(name);
  if (PUBLIC_NAMES.has(words.join(" "))) return undefined;
  // A product-analytics *token* or *key* is the public project key; its API *secret* is not public.
  // (A personal API key, `POSTHOG_PERSONAL_API_KEY`, is a user's credential, not the project key.)
  if (words.some((w) => PUBLIC_CLIENT_PRODUCTS.has(w)) && !words.some((w) => w === "secret" || w === "personal" || w === "admin")) return undefined;
  // A Segment/RudderStack `writeKey` is loaded into every browser that sends events.
  if (words.at(-2) === "write" && words.at(-1) === "key") return undefined;
  if (words.length === 0 || words.length > 8) return undefined;
  const last = words[words.length - 1] ?? "";
  if (METADATA_WORDS.has(last)) return undefined;
  // In a dotted settings path a section named by several words is a feature, not a qualifier of the value:
  // `xpack.encryptedSavedObjects.encryptionKey` is an encryption key; `encrypted.apiKey` is still an encrypted one.
  const qualifying = name.includes(".") ? name.split(".").flatMap((segment, i, all) => {
    const segmentWords = nameWords(segment);
    return i === all.length - 1 || segmentWords.length < 2 ? segmentWords : [];
  }) : words;
  if (qualifying.some((w) => METADATA_PREFIXES.has(w))) return undefined;
  if (words.some((w) => w === "tokenizer" || w === "tokenize" || w === "tokens" && words.includes("max"))) return undefined;
  // A digest named after the secret (`password_sha256_hex`, `password_double_sha1_hex`): a hash, unless a secret
  // word follows the digest (`hmac_sha256_secret` is a key).
  const digestAt = words.findIndex((w) => DIGEST_WORDS.has(w));
  if (digestAt > 0 && !words.slice(digestAt + 1).some((w) => PASSWORD_WORDS.has(w) || SECRET_WORDS.has(w) || w === "key")) return undefined;
  // A Kubernetes secret reference spelled as a setting (`spark.kubernetes.driver.secretKeyRef.DB_PASSWORD`).
  if (words.some((w, i) => w === "secret" && (words[i + 1] === "ref" || (words[i + 1] === "key" && words[i + 2] === "ref")))) return undefined;
  if (words.some((w) => PASSWORD_WORDS.has(w) || RUN_IN_PASSWORD.test(w))) return "password";
  if (words.some((w) => SECRET_WORDS.has(w))) return "secret";
  // "key" qualified by what kind of key: api_key, accessKey, client_secret…
  for (let i = 1; i < words.length; i++) {
    if ((words[i] === "key" || words[i] === "keys") && QUALIFIED_KEY_PREFIXES.has(words[i - 1] ?? "")) return "secret";
  }
  if (words.length === 1 && (last === "auth" || last === "key")) return "secret";
  // `METRICS_BASIC_AUTH`, `PROXY_AUTH`, `NPM_AUTH`: credentials for what the first words name.
  if (last === "auth" && words.length <= 4) return "secret";
  // A personal access token (GitHub, Azure DevOps) when the name ends with it: `AdoPat`, `GITHUB_PAT`.
  if (last === "pat") return "secret";
  // Yarn's `npmAuthIdent` holds `user:password`.
  if (last === "ident" && words[words.length - 2] === "auth") return "secret";
  return undefined;
}

const WEAK_PASSWORD_PLACEHOLDERS = new Set([
  "password", "passwd", "secret", "admin", "root", "test", "guest", "user", "username", "pass", "default", "none",
  "empty", "null", "string", "required", "optional", "value", "hidden", "unset", "missing", "na", "n/a",
]);

/** Is this candidate's value a hardcoded secret for a name of this kind? */
// `getToken("scope")`, `fetchSecret('name')`: a call's argument names what to fetch, it is not the secret.
// `looksLikeSecret("…")`, `redact("…")`: the argument is what the function inspects.
const CALL_VERBS = new Set(["looks", "detect", "scan", "redact", "mask", "sanitize", "scrub", "contains", "matches", "match", "classify", "expect", "assert", "get", "fetch", "load", "read", "create", "generate", "gen", "validate", "verify", "parse", "decode", "encode", "revoke", "request", "acquire", "find", "lookup", "delete", "remove", "clear", "check", "has", "is", "resolve", "require", "retrieve", "obtain", "rotate", "refresh", "new"]);

/** `before`: the text just before the literal, where it is at hand (the attribute or call it sits in). */
export function isGenericSecretValue(kind: GenericKind, candidate: Candidate, file: FileContext, before = ""): boolean {
  const value = candidate.value;
  const words = nameWords(candidate.name);
  if (file.localeCatalog) return false; // translations: "password: Contraseña" is a label
  // `SECRETS_SCAN_OMIT_KEYS = "ALGOLIA_APP_ID,GATSBY_STRIPE_PK"`: a list of variable names, not a value.
  if (/^[A-Z][A-Z0-9_]{2,}(?:[ \t]*,[ \t]*[A-Z][A-Z0-9_]{2,})+$/.test(value)) return false;
  // Publishable keys are public by design: Stripe, Supabase, Mapbox public tokens (`pk.` + base64 of `{"u":…`).
  if (/^(?:pk_(?:live|test)_|sb_publishable_|pk\.eyJ1Ijoi)/.test(value)) return false;
  // Words in another script or with accents and no digit are language, not a chosen secret ("API-Schlüssel").
  if (/[\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0900-\u097F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/.test(value) && !/\d/.test(value)) return false;
  if (candidate.operator === "(" && CALL_VERBS.has(nameWords(candidate.name.split(".").pop() ?? "")[0] ?? "")) return false;
  if (candidate.quote === "" && !file.bareValuesAreLiterals && !["xml", "flag", "query", "in-string"].includes(candidate.operator)) return false;
  if (candidate.quote === "`" && value.includes("${")) return false;
  if ((/\s/.test(value) && !(kind === "password" && isAppPassword(value))) || value.length > 500) return false;
  // Escapes mark a format string or multi-line text; a quote escaped inside a password is part of it.
  if (kind === "password" ? /\\[nrt]/.test(value) : /\\[nrt"']/.test(value)) return false;
  // A data-source name that holds no login (`dbi:Pg:dbname=ledger;host=db`) says where to connect, not how.
  if (words.includes("dsn") && /^[a-z][\w+.-]{1,20}:/i.test(value) && !/@|pass|pwd/i.test(value)) return false;
  if (isReference(value) || isPlaceholder(value) || isIdentifierLike(value) || isHashLike(value)) return false;
  // A UUID is an id, except under a name that ends in token/secret/apikey: Postmark and others issue UUID keys.
  const uuid = isUuid(value);
  // (Consul ACL tokens are UUIDs too: `tokens { agent = "…" }`.)
  const uuidSecret = uuid && (/^(?:token|secret|apikey)$/.test(words.at(-1) ?? "") || /tokens$/i.test(candidate.parent ?? "")) && !words.some((w) => w === "id" || w === "uuid");
  if (isFilePathOrUrlWithoutCredentials(value) || (uuid && !uuidSecret) || isPublicKeyDer(value)) return false;
  // Base64 of text that says it is a stand-in ("isaacs:not my real password").
  const decoded = /^[A-Za-z0-9+/]{12,}={0,2}$/.test(value) ? decodePrintableBase64(value) : undefined;
  if (decoded !== undefined && (isPlaceholder(decoded) || isDocumentedExample(decoded))) return false;
  // Schema type references: GraphQL `password: String!`, `[Token!]!`.
  if (/^\[?(?:ID|[A-Z][a-z]+(?:[A-Z][a-z]+){0,4})!?\]?!$/.test(value)) return false;
  if (/^[-+]?\d+(?:\.\d+)?$/.test(value) || /^\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/.test(value)) return false; // numbers, versions
  if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) return false; // e-mail address
  // Templating of any kind: `$VAR`, `#{x}`, `${…}`, `{{ … }}`, `%VAR%`, `%{var}` (not a Django key that starts with "%",
  // nor a password that starts with "#").
  if (/^\$\{?[A-Za-z_]|^#\{[A-Za-z_]|^%\{[A-Za-z_]|^%[A-Za-z_]\w*%?$|^&&?[A-Za-z_]\w*\.?$/.test(value) || /\$\{|\{\{|\}\}/.test(value)) return false;
  if (/\{\}|\{:[^}]{0,12}\}|\{\d\}/.test(value)) return false; // format strings: "{}", "{:0.1f}", "{0}"
  if (/[@$%&]\w{0,40}\{[\w.\- ]{1,60}\}/.test(value)) return false; // macros: texinfo @variable{user-name}, %{name}
  // Regular expressions written as strings: lookarounds, non-capturing groups, character classes, escapes.
  if (/^\(\?[:=!<]|\(\?:|\[\^|\\[sdwbSDWB][*+?]?|\]\{\d{1,4}(?:,\d{0,4})?\}|^\^.{2,}\$$/.test(value)) return false;
  if (candidate.quote === "" && value.startsWith(":")) return false; // a symbol or a scope (`:archivekeyring`, `::key`)
  if (value.includes("\ufffd")) return false; // undecodable bytes, not a chosen secret
  // Client-side site keys are public by design: Cloudflare's analytics beacon, reCAPTCHA/hCaptcha/Turnstile site keys.
  if (/data-cf-beacon|data-sitekey|cf-turnstile|g-recaptcha|h-captcha/i.test(before)) return false;
  // A Sentry DSN that carries only its public key (`https://<32 hex>@o1.ingest.sentry.io/42`) is public by design;
  // the legacy form with `public:secret@` still is reported.
  if (/^https?:\/\/[0-9a-f]{32}@[A-Za-z0-9.-]{1,200}(?::\d{1,5})?\/(?:[\w.-]{1,60}\/){0,4}\d{1,20}$/.test(value)) return false;
  // Under a bare `key`, a name with a digest suffix is a cache or artifact key (`node-cache-Linux-x64-npm-<sha256>`).
  if (words.length === 1 && words[0] === "key" && /^(?:[A-Za-z][A-Za-z0-9]*[-_.]){2,}[0-9a-f]{32,}$/.test(value)) return false;
  // Read across a string's edge (`"tagged: { key:"+this.key+"`, `"token =",Next:"`): concatenation, not a value.
  // (A base64 secret may begin or end with "+": only an expression joined by "+" counts here.)
  // A long random value may end in "(" or start with ")" by chance (Django's key alphabet holds both).
  const longRandom = value.length >= 32 && shannonEntropy(value) >= 4;
  if ((!longRandom && /^[,:;)\]}]|[,:;(\[{]$/.test(value)) || /^\+[A-Za-z_$][\w$.]*\(|\)\+$/.test(value)) return false;
  if (/^(?:(?:ctrl|shift|alt|cmd|meta|win|super|option|opt|control)\+)+[\w.\-\[\]`/\\]+$/i.test(value)) return false; // a key binding
  // Slugs (an Org/markup "=verbatim=" marker or padding-like "=" at the end changes nothing).
  const slug = value.replace(/^=|=+$/g, "");
  if (/^(?:[a-z]+[-_.])*[a-z]+$/.test(slug) && kind === "secret") return false; // words-only slugs: "my-app-key"
  if (/^(?:[a-z]+[-_.])+[a-z]+$/.test(slug)) return false; // a slug under a password name names something too
  if (/^[A-Za-z]+\(.*\)$/.test(value)) return false; // a call expression in a config value
  // In a program's configuration a password key holds the password in use, however weak or wordy it is.
  const configPassword = kind === "password" && file.credentialConfig;
  // A passphrase of words and a number (`fjord-walnut-36-violet`, Wi-Fi style) is chosen, not a label.
  const passphrase = kind === "password" && value.length >= 14 && /^(?=[^]*\d)[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+){2,}$/.test(value);
  if (!passphrase && !uuidSecret && (configPassword ? isNameOrMasked(value, candidate.name) : isWordsNotSecret(value, candidate.name, kind))) return false;
  if (isDocumentedExample(value)) return false;
  const entropy = shannonEntropy(value);
  const classes = charClasses(value);
  if (kind === "password") {
    if (WEAK_PASSWORD_PLACEHOLDERS.has(value.toLowerCase()) || isDummyCredential(value)) return false;
    // `f("password", "salt1234")`: a string-keyed argument list says less than an assignment; ask for more.
    if (candidate.operator === "," && (classes < 3 || value.length < 10)) return false;
    return value.length >= 6 && (classes >= 2 || value.length >= 10) && entropy >= 2.3;
  }
  if (value.length < 12) return false;
  // A UUID is random by construction (122 bits), whatever its character counts say (about 1 in 20 falls below 3.3).
  if (uuidSecret) return true;
  if (/^[a-f0-9]+$/i.test(value)) {
    // Under a bare `key:` a hex string is most often a fingerprint or an ID (GPG key 3ABC…, cache key).
    if (words.length === 1 && (words[0] === "key" || words[0] === "auth")) return false;
    return value.length >= 16 && entropy >= 3.0;
  }
  return classes >= 2 && entropy >= (value.length >= 24 ? 3.3 : 3.0);
}

/**
 * Identifiers, header names, event names and paths written as strings: "refreshToken", "defaultSocketTimeout",
 * "x-aws-ec2-metadata-token", "textDocument/semanticTokens", "admin:secret" in a usage message. Issued secrets mix
 * digits in (a 20-character random base62 string lacks one 3% of the time) and are not made of words.
 */
/**
 * Google's app passwords are shown as four groups of four random lower-case letters ("abcd efgh ijkl mnop") and
 * pasted that way. Random letters hold few vowels; four English words ("this will work fine") hold many.
 */
function isAppPassword(value: string): boolean {
  if (!/^[a-z]{4}(?: [a-z]{4}){3}$/.test(value)) return false;
  const vowels = value.replace(/[^aeiou]/g, "").length;
  return vowels / 16 < 0.3;
}

const normalizeWord = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const MASKED = /x{6,}|X{6,}|\*{4,}/;

/** The key's own name repeated (`password: Password`) or a masked value (`****`, `xxxxxxxx`). */
function isNameOrMasked(value: string, name: string): boolean {
  return normalizeWord(value) === normalizeWord(name) || MASKED.test(value);
}

/**
 * Letters drawn at random switch case about every other character and hold runs of capitals
 * (`qQoTKEgqHsxlKxSdcIIwaEPT`); names written as words switch only around a word's capital (`defaultSocketTimeout`,
 * `SltCacheClientAT`) and hold capitals together only in acronyms (`XMLHttpRequest`). About 2% of random 24-character
 * passwords hold no digit, and were taken for names.
 */
function isRandomLetters(value: string): boolean {
  if (value.length < 16 || !/^[A-Za-z]+$/.test(value)) return false;
  let switches = 0;
  let upperPairs = 0;
  for (let i = 1; i < value.length; i++) {
    const upper = (value[i] as string) < "a";
    const previousUpper = (value[i - 1] as string) < "a";
    if (upper !== previousUpper) switches++;
    else if (upper) upperPairs++;
  }
  // A capital starting every short word switches case often too (`SltCacheClientAT`), but runs of capitals stay rare.
  return switches / (value.length - 1) >= 0.3 && upperPairs >= 3;
}

export function isWordsNotSecret(value: string, name: string, kind: GenericKind = "secret"): boolean {
  if (isNameOrMasked(value, name)) return true;
  // "admin:secret" in a usage message is prose; a password field holding "CleartextPassword1" is a (weak) password.
  const chosenPassword = kind === "password" && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
  if (/(?:secret|password|passwd|token|example|sample)/i.test(value) && !/\d{3}/.test(value) && !chosenPassword) return true;
  if (!/\d/.test(value) && /^[A-Za-z_$][A-Za-z_$\-./:+]*$/.test(value) && value.length < 40 && !isRandomLetters(value)) return true;
  // lower-case segments joined by separators, none long: "x-aws-ec2-metadata-token", "app.session.timeout"
  if (/^[a-z0-9]{1,12}(?:[-_.:/][a-z0-9]{1,12}){2,}$/.test(value)) return true;
  return false;
}
