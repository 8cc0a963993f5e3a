// Values that look like secrets but are not: placeholders, references to the environment or a store,
// documented examples, hashes, identifiers. Shared by every rule.
import { charClasses, shannonEntropy } from "./entropy";

// Words long enough not to occur by chance inside a random token, matched anywhere (case-insensitive).
const PLACEHOLDER_WORDS =
  /(?:^|[^a-z])(?:change[_\-. ]?me|changeit|replace[_\-. ]?me|your[_\-. ]|my[_\-. ]?(?:api|secret|token|key|pass)(?:word|wd)?(?![A-Za-z0-9])|replace[_\-. ]?with|placeholder|example|sample|dummy|redacted|insert[_\-. ]|enter[_\-. ]|<[^>]*>|\*\*\*|\.\.\.|…|lorem|not[_\-. ]?(?:a[_\-. ]?|my[_\-. ]?)?(?:real|secret)|test[_\-. ]?(?:key|token|secret|password)|secret[_\-. ]?here|key[_\-. ]?here|token[_\-. ]?here|here$)/i;
// Short words ("TbD", "Foo", "xXx" turn up in random base62 strings): only as a whole word of the value.
const PLACEHOLDER_SHORT_WORDS = /(?:^|[^A-Za-z0-9])(?:todo|fixme|tbd|fake|foo|foobar|xxx+|XXX+)(?![A-Za-z0-9])/i;

const REFERENCE =
  /^\$\{[^}]*\}|^\$\(|^\$[A-Z_][A-Z0-9_]*$|\{\{[^}]*\}\}|^%\([^)]*\)s|^%[A-Za-z_][A-Za-z0-9_]*%$|^#\{|process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|env\(["']|^env:|^vault:|^op:\/\/|^keeper:\/\/|^arn:aws:secretsmanager|^secret:\/\/|^sm:\/\/|^azurekeyvault|^@Microsoft\.KeyVault|^ref\+|^\$\{\{\s*secrets\.|^!(?:Ref|Sub|GetAtt|ImportValue|Join|Select|FindInMap|Base64|If|vault|env|include|secret|unsafe|reference)(?![\w])|^\(\(|secretKeyRef|valueFrom/;

/** Values everyone recognises as documentation examples (AWS's own AKIAIOSFODNN7EXAMPLE and kin). */
const DOCUMENTED_EXAMPLE = /EXAMPLE|example|SAMPLE|sample/;
/**
 * The example credentials of the OAuth RFCs (6749, 6750, 5849), quoted by every OAuth library's docs and tests:
 * they look random but are published. Matched as whole values or inside a Basic credential.
 */
/** jwt.io's example token (HS256, "John Doe", signed with "your-256-bit-secret"), in every JWT tutorial. */
const JWT_IO_EXAMPLE_PAYLOAD = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";
const JWT_IO_EXAMPLE = ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", JWT_IO_EXAMPLE_PAYLOAD, "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"].join(".");
const RFC_EXAMPLE_VALUES = new Set([
  JWT_IO_EXAMPLE,
  "QWxhZGRpbjpvcGVuIHNlc2FtZQ==", // RFC 7617's Basic credentials, "Aladdin:open sesame"
  "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA", "SplxlOBeZQQYbYS6WxSbIA", "mF_9.B5f-4.1JqM", "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
  "gX1fBat3bV", "s6BhdRkqt3", "xyz", "h480djs93hd8", "kd94hf93k423kf44", "hh5s93j4hdidpola", "nnch734d00sl2jdk",
  "pfkkdhi9sl3r4s00", "dh893hdasih9", "9djdj82h48djs9d2", "hdk48Djdsa", "jd83jd92dhsh93js", "kkk9d7dh3k39sjv7",
  "djr9rjt0jd78jf88", "vCGdjAd-8Ga9HxdaW-sgqAN_HcJQgTiZ-Ia28XgH_OE", "0685bd9184jfhq22", "ad180jjd733klru7",
  // Grafana's documented default secret_key (grafana.ini ships it commented out).
  "SW2YcwTIb9zpOOhoPsMm",
  // The test-mode key printed throughout Stripe's API reference, shared by every reader.
  ["sk", "test", "4eC39HqLyjWDarjtT1zdp7dc"].join("_"),
]);

export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || PLACEHOLDER_SHORT_WORDS.test(value)) return true;
  if (value.includes("\u2026")) return true; // elided with an ellipsis: `sk-proj-ety…`
  // URL-encoded stand-ins: `?token=%5BREDACTED%5D`, `%3Cyour-key%3E`.
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    const decoded = percentDecoded(value);
    if (decoded !== value && isPlaceholder(decoded)) return true;
  }
  // One character repeated (xxxxxxxx, 00000000, ********) or a simple run (12345678, abcdefgh).
  if (/^(.)\1+$/.test(value)) return true;
  if (/^(?:0123456789|123456789|1234567890)/.test(value)) return true;
  // A short prefix and a counting run (`re_123456789`) is typed, not drawn.
  if (/^[A-Za-z]{1,8}[_-]?0?123456789\d?$/.test(value)) return true;
  // Sixteen letters of the alphabet in a row anywhere (`sk_test_abcdefghijklmnop…`) are typed, not issued.
  if (/abcdefghijklmnop|bcdefghijklmnopq|cdefghijklmnopqr|defghijklmnopqrs|efghijklmnopqrst/i.test(value)) return true;
  const dominant = mostCommonShare(value);
  return value.length >= 8 && dominant > 0.6;
}

function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a stray % is not an escape
  }
}

const DUMMY_PASSWORDS = new Set([
  "password", "passwd", "pwd", "secret", "changeit", "mypassword", "mypass", "mysecret", "yourpassword",
  "pa55word", "p@ssword", "passw0rd", "password1", "letmein", "qwerty", "123456", "12345678", "admin", "root", "test",
  "testing", "guest", "user", "username", "none", "null", "empty", "foo", "bar", "baz", "anonymous", "anonymous@",
]);

/**
 * A password written as documentation rather than issued: a dummy word, a template (`{password}`, `:password`),
 * shorter than 4 characters, or the same as the user name (`postgres:postgres@localhost`).
 */
export function isDummyCredential(password: string, user?: string): boolean {
  const p = password.toLowerCase();
  if (p.length < 4 || DUMMY_PASSWORDS.has(p) || isPlaceholder(password) || isReference(password)) return true;
  // Whole-value templates: {password}, [PASSWORD], <pass>, %DB_PASS%, $PASS, ${PASS}, :password.
  if (/^(?:\{[^{}]{1,60}\}|\[[^[\]]{1,60}\]|<[^<>]{1,60}>|%[A-Za-z_]\w{0,60}%|\$\{?[A-Za-z_]\w{0,60}\}?|:[a-z_][a-z0-9_]{0,60})$/.test(password)) return true;
  if (/^[A-Za-z_]{1,40}\]$/.test(password)) return true; // syntax notation: `postgres://[user[:password]@][host]`
  // A placeholder word with a counter (`password123`, `admin1234`, `welcome1!`), as tutorials and examples type them.
  if (/^(?:password|passwd|admin|test|changeme|letmein|qwerty|welcome)[-_.@#!]?(?:1234?5?6?7?8?9?0?|\d)[!.]?$/i.test(password)) return true;
  // A word for "password" with a stage or owner before it: `devpassword`, `test_secret`, `dbpass1`.
  if (/^(?:dev|develop|development|test|testing|local|demo|sample|example|default|app|db|admin|user|stage|staging)[-_.]?(?:pass(?:word)?|passwd|pwd|secret)$/i.test(password)) return true;
  if (user === undefined || user.length === 0) return false;
  // `USER:PASS@HOST`, `USERNAME:PASSWORD`: capitalised words for both parts are the syntax, spelled out.
  if (/^[A-Z][A-Z_]{1,30}$/.test(user) && /^[A-Z][A-Z_]{1,30}$/.test(password)) return true;
  const u = user.toLowerCase();
  if (u === p) return true;
  // proxyuser/proxypass, dbuser/dbpassword: the password is the user name with "pass" for "user".
  const stem = /^(.{1,40}?)[-_.]?user(?:name)?$/.exec(u)?.[1];
  return stem !== undefined && new RegExp(`^${stem.replace(/[^a-z0-9]/g, "\\$&")}[-_.]?(?:pass|passwd|password|pwd)$`).test(p);
}

export function isReference(value: string): boolean {
  return REFERENCE.test(value) || isEncryptedBlob(value);
}

/**
 * Ciphertext a tool decrypts at run time, not a plaintext secret: Jenkins `{AQAAABAAAA…}` and Maven `{…}` values,
 * SOPS `ENC[AES256_GCM,…]`, Jasypt `ENC(…)`.
 */
export function isEncryptedBlob(value: string): boolean {
  return /^\{[A-Za-z0-9+/=]{16,}\}$|^ENC\[[A-Za-z0-9_]{2,20},[^\]]{8,}\]$|^ENC\([A-Za-z0-9+/=]{8,}\)$/.test(value);
}

export function isDocumentedExample(value: string): boolean {
  return DOCUMENTED_EXAMPLE.test(value) || isPublishedExample(value);
}

/** A value published as an example in a standard (the OAuth RFCs' tokens and client credentials). */
export function isPublishedExample(value: string): boolean {
  // jwt.io's example claims ("John Doe", sub 1234567890) under any header or signature: a tutorial's token.
  return RFC_EXAMPLE_VALUES.has(value) || value.includes(JWT_IO_EXAMPLE_PAYLOAD);
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Digests written as hex or with a hash-scheme prefix (lockfile integrity, bcrypt/argon hashes). */
/**
 * A public key in DER, base64-encoded (SubjectPublicKeyInfo): the fixed header of RSA, EC P-256/P-384 and Ed25519
 * keys. Verification keys are published on purpose (package managers embed them).
 */
export function isPublicKeyDer(value: string): boolean {
  return /^(?:MFkwEwYHKoZIzj0CAQYI|MHYwEAYHKoZIzj0CAQYFK4EEACID|MCowBQYDK2Vw|MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A|MIICIjANBgkqhkiG9w0BAQEFAAOCAg8A|MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCB)/.test(value);
}

export function isHashLike(value: string): boolean {
  return (
    /^(?:sha(?:1|256|384|512)|md5)[-:]/i.test(value) ||
    /^\$(?:2[abxy]?|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt|[156])\$/.test(value) ||
    // Django's and Werkzeug's stored password hashes: `pbkdf2_sha256$720000$salt$hash`, `argon2$argon2id$…`,
    // `bcrypt_sha256$$2b$…`, `scrypt:32768:8:1$salt$hash`.
    /^(?:pbkdf2_sha(?:1|256|512)|bcrypt(?:_sha256)?|argon2|scrypt|sha1|md5|unsalted_md5|unsalted_sha1|crypt)\$[^\s$]{0,80}\$/.test(value) ||
    /^(?:pbkdf2:sha(?:1|256|512)(?::\d{1,7})?|scrypt(?::\d{1,7}){3})\$[^\s$]{1,80}\$[A-Za-z0-9+/=]{16,}$/.test(value) ||
    // Database-stored password hashes: PostgreSQL `md5` + 32 hex, MySQL native `*` + 40 hex, SQL Server `0x0100…`/`0x0200…`.
    /^md5[0-9a-f]{32}$|^\*[0-9A-F]{40}$|^0x0[12]00[0-9A-F]{40,}$/i.test(value)
  );
}

/** A code identifier or dotted path rather than a literal: `config.apiKey`, `API_KEY`, `getToken`. */
export function isIdentifierLike(value: string): boolean {
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return true; // SCREAMING_SNAKE: a variable's name
  if (/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+(?:\(\))?$/i.test(value) && !/\d/.test(value)) return true;
  // A dotted module or class path of three or more lowercase-led segments: `django.contrib.auth.hashers.Argon2PasswordHasher`.
  if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*){2,}\.[A-Za-z_][\w]*$/.test(value)) return true;
  if (/^(?:true|false|null|nil|none|undefined|yes|no|on|off)$/i.test(value)) return true;
  // Member access, private fields and indexing: `this.#keyList[i]`, `self.secret`, `opts["token"]`.
  if (/^(?:this|self|cls|ctx|opts|options|config|cfg|env|req|res|e|t|n|r)(?:\.#?[A-Za-z_$][\w$]*|\[[^\]]{0,60}\]|\?\.[A-Za-z_$][\w$]*)+;?$/.test(value)) return true;
  return false;
}

export function isFilePathOrUrlWithoutCredentials(value: string): boolean {
  // A relative path with a file extension (`orders/dt=2024-05-13/orders.parquet`, an S3 object key).
  if (/^[\w.=-]{1,100}(?:\/[\w.=-]{1,100}){1,20}\.[A-Za-z][A-Za-z0-9]{0,7}$/.test(value)) return true;
  if (/^[\w.-]{1,60}:\/[\w.\-/]{1,300}$/.test(value)) return true; // a credential's name and its file (systemd LoadCredential=)
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^/@\s:]+(?::\d+)?(?:[/?#].*)?$/i.test(value)) return true; // URL, no userinfo
  // `@./deploy_key`: Vault's and curl's "read the value from this file".
  // (A base64 secret may start with "/": a segment drawn at random is not a directory's name.)
  if (/^@?(?:\.{0,2}\/|~\/|[A-Za-z]:\\)[\w.\-/\\ ]*$/.test(value) && !value.split(/[/\\]/).some(isRandomSegment)) return true;
  return /^[\w.\-]+\.(?:json|ya?ml|pem|crt|key|txt|env|p12|pfx|jks|toml|ini|conf|cfg|js|ts|py)$/i.test(value);
}

function isRandomSegment(segment: string): boolean {
  return segment.length >= 16 && /[a-z]/.test(segment) && /[A-Z]/.test(segment) && /\d/.test(segment) && shannonEntropy(segment) >= 3.5;
}

/** Looks random enough to be a machine-issued secret. */
export function looksRandom(value: string, minLength: number, minEntropy: number): boolean {
  return value.length >= minLength && shannonEntropy(value) >= minEntropy && charClasses(value) >= 2;
}

function mostCommonShare(value: string): number {
  const counts = new Map<string, number>();
  let max = 0;
  for (const ch of value) {
    const n = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, n);
    if (n > max) max = n;
  }
  return value.length ? max / value.length : 0;
}
