// Does an identifier, property or string key name a secret? Word-level rules so that `passwordPolicy`,
// `tokenType` or `hashedPassword` (metadata and already-protected values) never count, while
// `passwordResetToken` or `clientSecret` do. The head of an English compound is its last word.

export type SecretKind =
  | "password"
  | "token"
  | "secret"
  | "api-key"
  | "private-key"
  | "credentials"
  | "authorization"
  | "cookie"
  | "session"
  | "connection-string"
  | "env-dump"
  | "headers"
  | "body"
  | "personal-data";

/** Splits `clientSecret`, `client_secret`, `CLIENT-SECRET`, `$db.pass` into lowercase words. */
export function splitWords(name: string): string[] {
  return name
    .replace(/^[$@:]+/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

// A value that has been through one of these is no longer the secret.
const PROTECTED_WORDS = new Set([
  "hash", "hashed", "hashes", "hashing", "digest", "md5", "sha", "sha1", "sha256", "sha512", "bcrypt", "scrypt",
  "argon2", "crypt", "crypted", "encrypted", "encrypt", "encoded", "redact", "redacted", "masked", "mask",
  "censor", "censored", "obfuscate", "obfuscated", "random", "fingerprint", "checksum", "salt", "salted",
  "cipher", "ciphertext", "protected", "scrubbed", "sanitized", "fake", "dummy", "placeholder", "example",
]);

// A name whose head (last word) is one of these describes the secret instead of holding it.
const METADATA_HEADS = new Set([
  // shared
  "type", "types", "kind", "count", "counts", "index", "idx", "position", "pos", "length", "len", "size",
  "offset", "endpoint", "url", "uri", "urls", "path", "paths", "file", "files", "dir", "bucket", "rate",
  "delimiter", "separator", "format", "number", "num", "name", "names", "id", "ids", "prefix", "suffix",
  "pattern", "patterns", "regex", "class", "style", "version", "ref", "arn", "label", "labels", "description",
  "manager", "client", "provider", "store", "factory", "properties", "props", "policy", "policies", "rule",
  "rules", "strength", "hint", "hints", "question", "prompt", "field", "fields", "input", "box", "placeholder",
  "min", "max", "minimum", "maximum", "expiry", "expires", "expiration", "expired", "exp", "ttl", "lifetime",
  "age", "timeout", "duration", "validator", "validation", "valid", "invalid", "required", "enabled",
  "disabled", "visible", "hidden", "changed", "set", "reset", "status", "state", "error", "err", "errors",
  "message", "msg", "text", "title", "header", "headers", "param", "params", "option", "options", "config",
  "settings", "service", "handler", "handlers", "helper", "util", "utils", "module", "schema", "model",
  "view", "form", "page", "dialog", "modal", "button", "component", "route", "router", "controller",
  "request", "response", "test", "tests", "spec", "mock", "stub", "key_name", "env", "var", "variable",
  "location", "source", "scope", "scopes", "audience", "issuer", "algorithm", "alg", "method", "mode",
  "usage", "used", "created", "updated", "at", "date", "time", "timestamp", "expire", "ms", "seconds",
  "exists", "present", "missing", "needed", "is", "has", "check", "checker", "verify", "verifier",
  "generator", "parser", "lexer", "tokenizer", "stream", "list", "map", "cache", "registry", "repository",
  "repo", "dao", "table", "column", "query", "event", "events", "listener", "callback", "hook", "level",
  "bytes", "bits", "chars", "characters", "digits", "width", "complexity", "history", "attempts", "retries",
  "owner", "user", "username", "account", "holder", "info", "metadata", "meta", "details",
]);

// Modifiers that make a token something public or structural (pagination, lexers).
const HARMLESS_TOKEN_MODIFIERS = new Set([
  "next", "previous", "prev", "current", "page", "continuation", "cursor", "sync", "paging", "start", "end",
  "null", "eof", "lexer", "parser", "syntax", "csrf_name", "cancellation", "cancel", "stop", "word", "input",
  "output", "max", "min", "num", "total", "image", "tokens_used", "prompt", "completion", "string",
  "lex", "first", "last", "starting", "resume", "marker", "pagination", "continue",
]);

// Words that make an identifier a boolean or a count about the secret.
// `MIN_PASSWORD`, `maxTokenLength`: a limit on the secret, not the secret.
const PREDICATE_PREFIXES = new Set(["is", "has", "should", "can", "needs", "need", "with", "no", "without", "use", "uses", "require", "requires", "show", "allow", "min", "max", "minimum", "maximum"]);

const PII_PATTERNS: RegExp[] = [
  /^(ssn|social security( number)?|national insurance( number)?|passport( number| no)?|tax id|tin)$/,
  /(credit|debit|bank) ?card( number| no)?$|^card number$|^(cvv|cvc|ccn|iban|routing number)$/,
  /^(date of birth|birth ?date|dob|birthday)$/,
  /^(phone|mobile|cell|fax)( number| no)?$/,
  /^(home )?address$|^(post|zip) ?code$/,
  /^(salary|medical record|diagnosis|patient (id|name))$/,
];

export interface NameClassification {
  kind: SecretKind;
}

/**
 * Classifies a name. Returns undefined for names that do not denote a secret value (or that denote
 * metadata about one). Names containing spaces or punctuation beyond `_ $ . - :` are sentences, not names.
 */
const classified = new Map<string, SecretKind | null>();

export function classifyName(rawName: string, includePii = false): SecretKind | undefined {
  const cacheKey = includePii ? `\u0001${rawName}` : rawName;
  const cached = classified.get(cacheKey);
  if (cached !== undefined) return cached ?? undefined;
  const result = classifyNameUncached(rawName, includePii);
  if (classified.size > 20_000) classified.clear();
  classified.set(cacheKey, result ?? null);
  return result;
}

function classifyNameUncached(rawName: string, includePii: boolean): SecretKind | undefined {
  const name = rawName.trim();
  if (name.length === 0 || name.length > 80 || /[^A-Za-z0-9_$.\-:@]/.test(name)) return undefined;
  // Property paths: only the last segment names the value.
  const lastSegment = name.split(/\.|->|::/).pop() ?? name;
  const words = splitWords(lastSegment).flatMap((word) => {
    // Fused upper-case names: PGPASSWORD, MYSQLPASSWD, GHTOKEN.
    const fused = /^([a-z]{2,12}?)(password|passwd|secret|token)$/.exec(word);
    return fused !== null && !/^(next|page|prev|sync|null|csrf|cancel|is|has)$/.test(fused[1]!) ? [fused[1]!, fused[2]!] : [word];
  });
  if (words.length === 0) return undefined;
  for (const word of words) if (PROTECTED_WORDS.has(word)) return undefined;
  const first = words[0] ?? "";
  if (words.length > 1 && PREDICATE_PREFIXES.has(first)) return undefined;
  // `resultWithoutToken`, `headersMinusAuth`: the name says the secret is not in it.
  if (words.some((word) => word === "without" || word === "minus" || word === "except" || word === "excluding" || word === "sans")) return undefined;
  let kind = headKind(words);
  // `secretValue`, `tokenString`, `password_str`: a neutral value word after the secret noun.
  if (kind === undefined && words.length > 1 && /^(value|val|str|string|raw|plain|plaintext|cleartext|bytes|data|content|contents)$/.test(words[words.length - 1]!)) {
    kind = headKind(words.slice(0, -1));
  }
  if (kind !== undefined) return kind;
  if (includePii && PII_PATTERNS.some((pattern) => pattern.test(words.join(" ")))) return "personal-data";
  return undefined;
}

/** Finds the secret noun the name is about, requiring it to be the head (last word, or before a plural "s"). */
function headKind(words: string[]): SecretKind | undefined {
  const joined = words.join(" ");
  const head = words[words.length - 1] ?? "";
  const before = words.length > 1 ? words[words.length - 2] : undefined;
  if ((head === "id" || head === "key") && before === "session") return "session";
  if (METADATA_HEADS.has(head) && !(head === "header" && before === "auth") && !(head === "headers" && before === "auth")) {
    return undefined;
  }
  // Single fused words first ("apikey", "passwd", "privkey").
  if (/^(password|passwords|passwd|pwd|passphrase|passcode|pass|pw|pword|pin_code|passwort|contrasena|mot_de_passe)$/.test(head)) {
    if (head === "pass" && words.length === 1) return "password";
    if (head === "pass" && before !== undefined && /^(db|user|admin|root|smtp|mail|ftp|ssh|proxy|redis|mysql|pg|sql|basic|app|login|my|old|new|current|the)$/.test(before)) return "password";
    if (head === "pass") return undefined;
    if (head === "pw" && words.length > 2) return undefined;
    // A bare `pwd` is as often the working directory as a password.
    if (head === "pwd" && words.length === 1) return undefined;
    return "password";
  }
  if (/^(apikey|apikeys|api_key)$/.test(head) || (head === "key" && before === "api") || (head === "keys" && before === "api")) return "api-key";
  if ((head === "token" || head === "tokens") && before === "api") return "api-key";
  if (/^(privkey|privatekey|secretkey|signingkey|masterkey|authkey|encryptionkey|licensekey)$/.test(head)) {
    return head === "privkey" || head === "privatekey" ? "private-key" : "secret";
  }
  if (head === "key" || head === "keys") {
    if (before === "private" || before === "priv" || before === "ssh" || before === "pem" || before === "rsa") return "private-key";
    if (before !== undefined && /^(secret|signing|master|access|auth|encryption|decryption|license|licence|hmac|client|app|session|service|account|api|subscription|shared|webhook|stripe|aws|gcp|azure)$/.test(before)) {
      // AWS-style `access_key` is the key id; only `secret_access_key` is the secret.
      if (before === "access" && words[words.length - 3] !== "secret") return undefined;
      return "secret";
    }
    return undefined;
  }
  if (head === "secret" || head === "secrets") {
    if (before === "is" || before === "no") return undefined;
    return "secret";
  }
  if (head === "token" || head === "tokens" || head === "jwt" || head === "bearer" || head === "accesstoken" || head === "refreshtoken" || head === "idtoken" || head === "authtoken") {
    if (before !== undefined && HARMLESS_TOKEN_MODIFIERS.has(before)) return undefined;
    if (before === "session") return "session";
    if (before === "csrf" || before === "xsrf") return "token";
    return "token";
  }
  if (/^(credential|credentials|creds|cred)$/.test(head)) return "credentials";
  if (head === "authorization" || head === "authorisation" || (head === "header" && before === "auth") || (head === "headers" && before === "auth")) return "authorization";
  if (head === "cookie" || head === "cookies") {
    if (before !== undefined && /^(set|accept|use|has|parse|no)$/.test(before)) return undefined;
    return "cookie";
  }
  if (head === "sessionid" || head === "sid" && words.length === 1) return "session";
  if ((head === "id" || head === "key") && before === "session") return "session";
  if (/^(connectionstring|connstr|connstring|connection_string)$/.test(head) || (head === "string" && (before === "connection" || before === "conn"))) {
    return "connection-string";
  }
  if (head === "dsn" && words.length <= 2) return "connection-string";
  if (/^(otp|totp|mfa|2fa)$/.test(head) || ((head === "code" || head === "secret") && before !== undefined && /^(otp|totp|mfa|2fa|verification)$/.test(before))) {
    return "password";
  }
  if (/^(oauth|bearer)$/.test(joined)) return "token";
  return undefined;
}

// Heads of value names that say what the value describes (a count, an id, a flag, a time), never a container
// that could hold the secret (`input`, `text`, `data`, `params` are left out on purpose).
const DESCRIPTIVE_HEADS = new Set([
  "count", "counts", "n", "num", "number", "total", "sum", "amount", "qty", "quantity", "index", "idx", "position",
  "pos", "length", "len", "size", "offset", "id", "ids", "name", "names", "type", "types", "kind", "version",
  "label", "status", "state", "level", "expiry", "expires", "expiration", "expired", "exp", "ttl", "lifetime", "age",
  "timeout", "duration", "created", "updated", "at", "date", "time", "timestamp", "ms", "seconds", "valid",
  "invalid", "required", "enabled", "disabled", "exists", "present", "missing", "attempts", "retries", "user",
  "username", "email", "owner", "account", "url", "uri", "path", "endpoint", "revoked", "removed", "deleted",
  "affected", "ok", "success", "succeeded", "failed", "error", "err",
]);

/**
 * Does the name of a value say it describes something (a count, an id, a flag) rather than hold a secret?
 * `count`, `user.id`, `isValid`, `tokenCount` do; `pw`, `t`, `input` say nothing and `apiKey` names a secret.
 */
export function describesMetadata(rawName: string): boolean {
  const lastSegment = rawName.trim().split(/\.|->|::/).pop() ?? rawName;
  const words = splitWords(lastSegment);
  const head = words[words.length - 1];
  if (head === undefined || classifyName(rawName) !== undefined) return false;
  if (words.length > 1 && PREDICATE_PREFIXES.has(words[0]!)) return true;
  return DESCRIPTIVE_HEADS.has(head);
}

/** The human noun used in a diagnostic title: "Password written to a log". */
export function kindTitle(kind: SecretKind): string {
  switch (kind) {
    case "password": return "Password";
    case "token": return "Token";
    case "secret": return "Secret";
    case "api-key": return "API key";
    case "private-key": return "Private key";
    case "credentials": return "Credentials";
    case "authorization": return "Authorization header";
    case "cookie": return "Cookie";
    case "session": return "Session token";
    case "connection-string": return "Connection string";
    case "env-dump": return "Environment dump";
    case "headers": return "Request headers";
    case "body": return "Request body";
    case "personal-data": return "Personal data";
  }
}
