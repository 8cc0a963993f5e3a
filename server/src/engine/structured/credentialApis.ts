// Passwords handed to an API or a statement whose argument *is* a password, where no name says so: SQL user DDL
// (`CREATE USER … IDENTIFIED BY '…'`, `ALTER ROLE … PASSWORD '…'`), credential constructors and basic-auth helpers
// (`new NetworkCredential("svc", "…")`, `HTTPBasicAuth("u", "…")`, `req.SetBasicAuth("u", "…")`, requests'
// `auth=("u", "…")`), JDBC `getConnection(url, "user", "…")` and PowerShell `ConvertTo-SecureString "…"
// -AsPlainText`. Each is tried only where the scan's keyword pass saw its keyword, with a sticky pattern.
import { isDummyCredential, isHashLike, isIdentifierLike, isPlaceholder, isReference } from "../filters";
import type { StructuredHit } from "./index";
import { shannonEntropy } from "../entropy";
import { wordEnd, wordStart } from "./words";

/** Where each handler's keywords occur (from the scan's keyword pass). */
export interface CredentialApiAnchors {
  identified: readonly number[];
  pass: readonly number[];
  credential: readonly number[];
  auth: readonly number[];
  /** Database connects whose third argument is the password: JDBC getConnection, Perl DBI, PHP PDO and mysqli. */
  connect: readonly number[];
  securestring: readonly number[];
  /** Calls whose argument is a signing key: jwt.sign/encode/verify, HMAC constructors, SymmetricSecurityKey. */
  signing: readonly number[];
  /** Commands given a password as an argument (CLI_PASSWORD_KEYWORDS). */
  cli: readonly number[];
  /** Hashing calls given a literal password (HASHED_PASSWORD_KEYWORDS). */
  hashed: readonly number[];
}

/** Keywords of the database connects: each sits where one of DB_CONNECT's callees starts. */
export const DB_CONNECT_KEYWORDS = ["getconnection", "dbi->connect", "pdo", "mysqli", "database("];
export const SIGNING_KEYWORDS = ["jwt.", "createhmac", "hmac.new", "secretkeyspec", "symmetricsecuritykey", "sensitive("];
// A plaintext password handed to a hashing function is committed all the same (seeders, fixtures, admin setup):
// Laravel `Hash::make('…')` / `bcrypt('…')`, Django `make_password('…')`, Werkzeug `generate_password_hash('…')`,
// PHP `password_hash('…', …)`, Ruby `BCrypt::Password.create('…')`, Spring `passwordEncoder.encode("…")`.
export const HASHED_PASSWORD_KEYWORDS = ["hash::make", "bcrypt(", "make_password", "generate_password_hash", "password_hash(", "password.create", "encoder.encode", "bcrypt.hash", "bcryptjs.hash", "argon2.hash", "crypt(", "hash(", "hashsync("];
/** Commands that take a password on the command line: `mysql -p'…'`, `docker login -p …`, `sshpass -p …`. */
export const CLI_PASSWORD_KEYWORDS = ["mysql", "mariadb", "docker login", "sshpass", "redis-cli", "sqlplus", "sqlldr", "expdp", "impdp"];
export const CREDENTIAL_API_KEYWORDS = ["identified", "credential", "creds", "securestring", ...DB_CONNECT_KEYWORDS, ...SIGNING_KEYWORDS, ...CLI_PASSWORD_KEYWORDS, ...HASHED_PASSWORD_KEYWORDS];

// Every pattern is sticky and has the `d` flag: the value's exact range comes from the match's indices.
const IDENTIFIED_BY = /identified(?:[ \t]{1,4}with[ \t]{1,4}\w{1,40})?[ \t]{1,4}by[ \t]{1,4}(?:'(?<value>[^'\s]{6,128})'|"(?<quoted>[^"\s]{6,128})"|(?<bare>[A-Za-z0-9_#$!@%^&*+=-]{6,64})(?![^\s;,)]))/iyd;
const PASSWORD_LITERAL = /password[ \t]{0,4}=?[ \t]{0,4}N?'(?<value>[^'\s]{6,128})'/iyd;
/** The statement around a `PASSWORD '…'` must be user or role DDL (PostgreSQL, SQL Server, Snowflake, Redshift…). */
const USER_DDL_BEFORE = /\b(?:create|alter)[ \t\r\n]{1,8}(?:user|role|login)\b[^;]{0,160}$/i;
// UI tests typing a password into its field: Playwright `getByLabel('Password').fill('…')`, Cypress
// `cy.get('input[name="password"]').type('…')`, Selenium `findElement(By.id("password")).sendKeys("…")`.
const UI_PASSWORD_FILL = /pass[^\n()]{0,60}\){1,2}[ \t]{0,4}\.(?:fill|type|sendKeys|setValue|pressSequentially)\([ \t]{0,4}(["'\x60])(?<value>[^"'\x60\s{]{4,128})(?:\{\w{1,12}\})?\1/iyd;

/** Credential objects and basic-auth helpers whose second string argument is the password; `auth` is requests' `auth=`. */
const CREDENTIAL_CALLEES = ["NetworkCredential", "PasswordAuthentication", "UsernamePasswordCredentials", "UsernamePasswordCredential", "BasicCredentials", "UserCredentials", "Credentials.basic", "Credentials", "Creds", "HTTPBasicAuth", "HTTPDigestAuth", "HttpBasicAuth", "BasicAuth", "SetBasicAuth", "setBasicAuth", "basicAuth", "basic_auth", "withBasicAuth", "withDigestAuth", "DigestAuth", "auth"];
/** The callees as whole words: anything else ("author", "OAuth2Client") is skipped before any pattern runs. */
const PAIR_CALLEES = new Set(CREDENTIAL_CALLEES.map((c) => c.split(".")[0] ?? c));
/** Two string arguments, the second being the password. */
const CREDENTIAL_PAIR = new RegExp(
  `(?<callee>${CREDENTIAL_CALLEES.map((c) => (c === "auth" ? "auth(?=[ \\t]{0,4}=)" : c.replace(".", "\\."))).join("|")})` +
    String.raw`(?:[ \t]{0,4}=)?[ \t]{0,4}\(?[ \t]{0,4}(["'])(?<user>[^"'\r\n]{1,128})\2[ \t]{0,4},[ \t]{0,4}(["'])(?<value>[^"'\s]{6,128})\4`,
  "yd",
);
const BASIC_AUTH_USERS = /basicAuth\([ \t]{0,4}\{\s{0,40}(?:[\w]{1,40}[ \t]{0,4}:[^{}\n]{1,80},\s{0,40}){0,4}users[ \t]{0,4}:[ \t]{0,4}\{\s{0,40}(?<uq>["']?)(?<user>[\w.@-]{1,64})\k<uq>[ \t]{0,4}:[ \t]{0,4}(?<vq>["'])(?<value>[^"'\s]{4,128})\k<vq>/yd;
/** (url or DSN or host, "user", "password"), the arguments possibly one per line (Perl DBI style). */
const DB_CONNECT = /(?<callee>getConnection|DBI->connect|PDO|mysqli_connect|mysqli|database)[ \t]{0,4}\([^()]{1,300}?,\s{0,40}(["'])(?<user>[^"'\r\n]{1,128})\2\s{0,40},\s{0,40}(["'])(?<value>[^"'\s]{6,128})\4/yd;
const DB_CONNECT_TITLES: Record<string, string> = { getConnection: "getConnection (JDBC)", "DBI->connect": "DBI->connect (Perl)", PDO: "PDO (PHP)", mysqli_connect: "mysqli_connect (PHP)", mysqli: "mysqli (PHP)", database: "database (MATLAB)" };
// Signing keys: `jwt.sign(payload, "…")` (and encode/verify/decode in Node, Python, Ruby), Node
// `createHmac("sha256", "…")`, Python `hmac.new(b"…"`, Go `hmac.New(sha256.New, []byte("…"))`, Java
// `new SecretKeySpec("…".getBytes(…)`, .NET `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))`.
const SIGNING_KEY_CALLS = [
  String.raw`(?<callee>[Jj][Ww][Tt]\.(?:sign|encode|verify|decode))[ \t]{0,4}\([^()\r\n]{1,200}?,[ \t]{0,4}(?<q1>["'\x60])(?<value>[^"'\x60\s]{8,256})\k<q1>`,
  String.raw`(?<callee2>createHmac)[ \t]{0,4}\([ \t]{0,4}(?<q2>["'\x60])[\w-]{2,12}\k<q2>[ \t]{0,4},[ \t]{0,4}(?<q3>["'\x60])(?<value2>[^"'\x60\s]{8,256})\k<q3>`,
  String.raw`(?<callee3>hmac\.new)[ \t]{0,4}\([ \t]{0,4}(?:key[ \t]{0,4}=[ \t]{0,4})?b?(?<q4>["'])(?<value3>[^"'\s]{8,256})\k<q4>`,
  String.raw`(?<callee4>hmac\.New)[ \t]{0,4}\([ \t]{0,4}[\w.]{1,40}[ \t]{0,4},[ \t]{0,4}\[\]byte\([ \t]{0,4}"(?<value4>[^"\s]{8,256})"`,
  String.raw`(?<callee5>SecretKeySpec)[ \t]{0,4}\([ \t]{0,4}"(?<value5>[^"\s]{8,256})"[ \t]{0,4}\.getBytes`,
  String.raw`(?<callee6>SymmetricSecurityKey)[ \t]{0,4}\([ \t]{0,4}Encoding\.(?:UTF8|ASCII|Unicode|Default)\.GetBytes[ \t]{0,4}\([ \t]{0,4}"(?<value6>[^"\s]{8,256})"`,
  // Puppet marks secrets itself: `Sensitive('…')`.
  String.raw`(?<callee7>Sensitive)\([ \t]{0,4}(?<q5>["'])(?<value7>[^"'\s]{6,256})\k<q5>[ \t]{0,4}\)`,
];
const SIGNING_KEY_CALL = new RegExp(SIGNING_KEY_CALLS.join("|"), "yd");
// `bcrypt.hash('…', 10)`, `argon2.hash('…')`, a bare `hash('…')`/`hashSync('…')` imported from bcrypt or argon2 (seed
// scripts), SQL `crypt('…', gen_salt('bf'))` (pgcrypto).
const HASHED_PASSWORD = /(?<callee>Hash::make|bcrypt(?:js)?\.(?:hash|hashSync)|argon2\.hash|bcrypt|make_password|generate_password_hash|password_hash|Password\.create|[Ee]ncoder\.encode|crypt(?=[ \t]{0,4}\([ \t]{0,4}'[^'\n]{1,128}'[ \t]{0,4},[ \t]{0,4}gen_salt)|hashSync|hash)[ \t]{0,4}\([ \t]{0,4}(?<q>["'\x60])(?<value>[^"'\x60\s]{6,128})\k<q>/yd;
/** A bare `hash(`/`hashSync(` hashes a password only where the file uses a password-hashing library. */
const PASSWORD_HASHING_LIBRARY = /bcrypt|argon2/;

// mysql's `-p` takes its value attached (`-pSecret`, `-p'…'`); docker login's `-p`/`--password` and sshpass's `-p`
// take it as the next word. The command's own options before it are skipped (at most 200 characters, one line).
const CLI_PASSWORD = new RegExp(
  String.raw`(?:(?<mysql>mysql|mysqldump|mysqladmin|mariadb)(?=[ \t])[^\n;|&]{0,200}?[ \t]-p|(?<docker>docker[ \t]+login)(?=[ \t])[^\n;|&]{0,200}?[ \t](?:-p|--password)(?:[ \t]+|=)|(?<sshpass>sshpass)[ \t]+-p[ \t]*|(?<redis>redis-cli)(?=[ \t])[^\n;|&]{0,200}?[ \t](?:-a|--pass)[ \t]+)` +
    String.raw`(?:'(?<value>[^'\s]{4,128})'|"(?<quoted>[^"\s$]{4,128})"|(?<bare>[^\s'"$\-(<\x60{][^\s'";|&()<>\x60]{3,127}))` +
    // Oracle's tools take `user/password@service` as one word: `sqlplus -s app/…@PROD @job.sql`.
    String.raw`|(?<oracle>sqlplus|sqlldr|expdp|impdp)(?:[ \t]+-\w{1,12})*[ \t]+(?:userid=)?[\w$#.]{1,64}\/(?<slash>[^\s@/'"$][^\s@/'"]{3,127})(?=@|[ \t]|$)`,
  "yd",
);
const SECURE_STRING = /ConvertTo-SecureString[ \t]{1,4}(?:-String[ \t]{1,4})?(["'])(?<value>[^"'\s$`]{6,128})\1[^\r\n]{0,60}?-AsPlainText/iyd;

/** A value written as a stand-in or a template rather than a password. */
function notAPassword(value: string, user?: string): boolean {
  return (
    isDummyCredential(value, user) ||
    isPlaceholder(value) ||
    isReference(value) ||
    isIdentifierLike(value) ||
    isHashLike(value) ||
    // SQL*Plus substitution variables (`&&app_password`) are filled in at run time.
    /\$\{|\{\{|^\{\d+\}$|^%[sd]$|^[?:@$]\w*$|^&&?[A-Za-z_]\w*\.?$/.test(value)
  );
}

/**
 * The first named value group that took part in a sticky match of `re` at `at`, unless it is no password. The match
 * must not start inside a longer word, unless `insideWord` says the keyword sits within the callee's name.
 */
function literalAt(text: string, re: RegExp, at: number, groups: readonly string[], insideWord = false): { start: number; value: string; group: string; match: RegExpExecArray } | undefined {
  if (at < 0 || (!insideWord && /[A-Za-z0-9_]/.test(text[at - 1] ?? ""))) return undefined;
  re.lastIndex = at;
  const match = re.exec(text);
  const group = groups.find((g) => match?.indices?.groups?.[g] !== undefined);
  const span = group === undefined ? undefined : match?.indices?.groups?.[group];
  if (!match || !span || group === undefined) return undefined;
  const value = text.slice(span[0], span[1]);
  return notAPassword(value, match.groups?.user) ? undefined : { start: span[0], value, group, match };
}

const SIGNING_KEY_SUFFIXES = ["", "2", "3", "4", "5", "6", "7"];

/** A signing key literal at `at` (a SIGNING_KEY_CALL callee's start), unless it is a stand-in or too plain to be a key. */
function signingKeyAt(text: string, at: number): { start: number; value: string; callee: string } | undefined {
  const found = literalAt(text, SIGNING_KEY_CALL, at, SIGNING_KEY_SUFFIXES.map((n) => `value${n}`));
  if (!found || shannonEntropy(found.value) < 2.5) return undefined;
  const callee = found.match.groups?.[`callee${found.group.slice("value".length)}`] ?? "a signing API";
  return { start: found.start, value: found.value, callee };
}

export function credentialApiPasswords(text: string, anchors: CredentialApiAnchors, hits: StructuredHit[]): void {
  const passwordAt = (re: RegExp, at: number, groups: readonly string[] = ["value"]) => literalAt(text, re, at, groups);
  const push = (found: { start: number; value: string } | undefined, title: string, name: string): void => {
    if (found) hits.push({ ruleId: "hardcoded-password", start: found.start, end: found.start + found.value.length, title, name });
  };

  for (const at of anchors.identified) {
    const found = passwordAt(IDENTIFIED_BY, at, ["value", "quoted", "bare"]);
    // A bare word (`IDENTIFIED BY VALUES`, `BY PASSWORD '*…'`) is syntax, not a password.
    if (found && found.match.groups?.bare !== undefined && /^[A-Za-z]+$/.test(found.value)) continue;
    push(found, "Password in SQL user definition (IDENTIFIED BY)", "db_password");
  }
  for (const at of anchors.pass) {
    // The literal first (rare), the statement around it only then.
    const found = passwordAt(PASSWORD_LITERAL, at);
    if (found && USER_DDL_BEFORE.test(text.slice(Math.max(0, at - 200), at))) push(found, "Password in SQL user definition (PASSWORD '…')", "db_password");
    // A word typed to test a wrong login ("wrong", "invalid") is not an account's password.
    const typed = literalAt(text, UI_PASSWORD_FILL, at, ["value"], true);
    const typedWrong = typed !== undefined && (/wrong|invalid|incorrect|bad|nope|fake/i.test(typed.value) || /^[a-z]+(?:[-_. ][a-z]+)*$/.test(typed.value));
    if (typed && !typedWrong && typed.value.length >= 6 && /\d|[^A-Za-z0-9]/.test(typed.value) && /[A-Za-z]/.test(typed.value)) push(typed, "Password typed into a login form by a UI test", "password");
  }
  const callStarts = new Set<number>();
  for (const at of [...anchors.credential, ...anchors.auth]) {
    const start = wordStart(text, at);
    if (PAIR_CALLEES.has(text.slice(start, wordEnd(text, at)))) callStarts.add(start);
  }
  for (const start of [...callStarts].sort((a, b) => a - b)) {
    const found = passwordAt(CREDENTIAL_PAIR, start);
    push(found, `Password passed to ${found?.match.groups?.callee ?? "a credential API"}`, "password");
    // express-basic-auth: `basicAuth({ users: { admin: '…' } })`, the users map holds name → password.
    if (!found) push(passwordAt(BASIC_AUTH_USERS, start), "Password in express-basic-auth users", "password");
  }
  for (const at of anchors.connect) {
    // "new PDO(" and "DBI->connect(": the keyword sits at the callee's start ("dbi->connect" lowercased).
    const found = passwordAt(DB_CONNECT, at);
    const callee = found?.match.groups?.callee ?? "";
    push(found, `Password passed to ${DB_CONNECT_TITLES[callee] ?? callee}`, "db_password");
  }
  for (const at of anchors.hashed) {
    // `passwordEncoder.encode`, `BCrypt::Password.create`: the keyword sits inside a longer name; the others start one.
    const found = literalAt(text, HASHED_PASSWORD, at, ["value"], /^(?:password\.create|encoder\.encode)/i.test(text.slice(at, at + 15)));
    const callee = found?.match.groups?.callee ?? "";
    if (found && /^(?:hash|hashSync)$/.test(callee) && (!PASSWORD_HASHING_LIBRARY.test(text) || !looksLikeChosenPassword(found.value))) continue;
    // Ansible's `password_hash('sha512')` filter names the algorithm, not the password.
    if (found && /^(?:sha\d{0,3}|md5|bcrypt|blowfish|argon2\w{0,3}|scrypt|pbkdf2\w{0,12}|des|crypt|sha\d{3}_crypt)$/i.test(found.value)) continue;
    push(found, `Password hashed from a literal (${found?.match.groups?.callee ?? "hash"})`, "password");
  }
  for (const at of anchors.cli) {
    const found = passwordAt(CLI_PASSWORD, at, ["value", "quoted", "bare", "slash"]);
    const command = found?.match.groups?.mysql ?? found?.match.groups?.docker ?? found?.match.groups?.sshpass ?? found?.match.groups?.redis ?? found?.match.groups?.oracle ?? "";
    push(found, `Password on a command line (${command.replace(/[ \t]+/g, " ")})`, "password");
  }
  for (const at of anchors.signing) {
    const found = signingKeyAt(text, at);
    const title = found?.callee === "Sensitive" ? "Secret wrapped in Sensitive() (Puppet)" : `Signing key passed to ${found?.callee ?? ""}`;
    if (found) hits.push({ ruleId: "generic-secret", start: found.start, end: found.start + found.value.length, title, name: "signing_key" });
  }
  for (const at of anchors.securestring) {
    push(passwordAt(SECURE_STRING, at - "ConvertTo-".length), "Password in ConvertTo-SecureString -AsPlainText", "password");
  }
}

/** Both cases and a digit or symbol: a chosen password rather than a word, a slug or an identifier being hashed. */
function looksLikeChosenPassword(value: string): boolean {
  return value.length >= 8 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[\d\W_]/.test(value);
}
