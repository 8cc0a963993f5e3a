// Structure-aware detection: formats whose secrets a line-oriented pattern cannot see or cannot name well.
// Kubernetes Secret manifests (base64 `data:` values decoded and scanned), registry auth files (.npmrc,
// .docker/config.json, .pypirc, .netrc) and `Password=…;` pairs inside ADO.NET / JDBC connection strings.
// Each handler is gated on the file name or a cheap substring test, so files that match none cost nothing.
import type { Candidate } from "../candidates";
import { fileContext, type FileContext } from "../filekind";
import { isDummyCredential, isIdentifierLike, isPlaceholder, isReference } from "../filters";
import { classifyName, isGenericSecretValue } from "../generic";
import type { Finding } from "../types";
import { shannonEntropy } from "../entropy";
import { decodePrintableBase64 } from "../validators";
import { CLI_PASSWORD_KEYWORDS, CREDENTIAL_API_KEYWORDS, HASHED_PASSWORD_KEYWORDS, DB_CONNECT_KEYWORDS, SIGNING_KEYWORDS, credentialApiPasswords } from "./credentialApis";
import { DAEMON_CONFIG_KEYWORDS, daemonConfigPasswords } from "./daemonConfigs";
import { ENV_DEFAULT_KEYWORDS, envDefaultSecrets } from "./envDefaults";

/** A finding proposed by a structured handler; scan.ts turns it into a Finding through the usual filters. */
export interface StructuredHit {
  ruleId: string;
  start: number;
  end: number;
  title: string;
  name?: string;
  /** The handler decoded this range and judged it not a secret: name-based rules must not report it either. */
  veto?: boolean;
}

/** Scans a decoded inner text with the whole engine (passed in to avoid an import cycle with scan.ts). */
export type InnerScan = (text: string, path: string) => Finding[];

/** Which rule keywords the scan's keyword pass saw in the text, and where (for STRUCTURED_KEYWORDS). */
export interface KeywordSeen {
  has(keyword: string): boolean;
  positions(keyword: string): readonly number[];
}

/** Keywords whose every occurrence the handlers below need (they look only there, not over the whole text). */
export const STRUCTURED_KEYWORDS = ["pass", "pwd", "auth", "akia", "asia", ...CREDENTIAL_API_KEYWORDS, ...ENV_DEFAULT_KEYWORDS, ...DAEMON_CONFIG_KEYWORDS];

/**
 * `seen` holds the rule keywords the scan's single keyword pass found in the text: substring tests that would
 * walk the whole text again run only when a keyword says they can succeed.
 */
export function structuredHits(text: string, path: string, file: FileContext, scanInner: InnerScan, seen: KeywordSeen): StructuredHit[] {
  const base = (path.split("/").pop() ?? path).toLowerCase();
  const hits: StructuredHit[] = [];
  const passwordAt = seen.has("pass") || seen.has("pwd") ? [...seen.positions("pass"), ...seen.positions("pwd")].sort((a, b) => a - b) : [];
  const authsKey = seen.positions("auth").some((p) => text[p - 1] === '"' && /^auths"/i.test(text.slice(p, p + 6)));
  if (/\.ya?ml$/.test(base) && /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*$/im.test(text)) {
    kubernetesSecrets(text, scanInner, hits);
  }
  if (base === ".npmrc" || base === "npmrc") npmrc(text, hits);
  if (base === "config.json" || base.endsWith("dockercfg") || authsKey) dockerAuths(text, hits);
  if (base === ".pypirc") pypirc(text, hits);
  if (base === ".netrc" || base === "_netrc") netrc(text, hits);
  if (base === ".pgpass" || base === "pgpass.conf") pgpass(text, hits);
  if (KEY_FILE_NAME.test(base)) keyFile(text, hits);
  if (passwordAt.length > 0) connectionStringPasswords(text, passwordAt, hits);
  if (CREDENTIAL_API_KEYWORDS.some((k) => seen.has(k)) || seen.has("pass") || seen.has("auth")) {
    const at = (k: string): readonly number[] => seen.positions(k);
    const all = (keywords: readonly string[]): number[] => keywords.flatMap((k) => at(k)).sort((a, b) => a - b);
    credentialApiPasswords(
      text,
      { identified: at("identified"), pass: at("pass"), credential: all(["credential", "creds"]), auth: at("auth"), connect: all(DB_CONNECT_KEYWORDS), securestring: at("securestring"), signing: all(SIGNING_KEYWORDS), cli: all(CLI_PASSWORD_KEYWORDS), hashed: all(HASHED_PASSWORD_KEYWORDS) },
      hits,
    );
  }
  if (/\.(?:tf|tfvars|hcl)$/.test(base) && /variable/i.test(text)) terraformVariableDefaults(text, hits);
  daemonConfigPasswords(text, base, seen, hits);
  if (seen.has("akia") || seen.has("asia")) awsKeyPairs(text, [...seen.positions("akia"), ...seen.positions("asia")], hits);
  if (seen.has("env") || seen.has("${") || seen.has("configuration")) {
    envDefaultSecrets(text, [...seen.positions("env"), ...seen.positions("configuration")], seen.positions("${"), file, hits);
  }
  return hits;
}

// Files that hold one random key and nothing else, named for it: Rails `master.key`, MongoDB `keyfile`, `*.psk`,
// NATS NKey seeds (`*.nk`).
const KEY_FILE_NAME = /^(?:master\.key|[\w.-]*keyfile|[\w.-]+\.psk|[\w.-]+\.nk)$/;
const KEY_FILE_CONTENT = /^\s*([A-Za-z0-9+/=_-]{24,1024}(?:\r?\n[A-Za-z0-9+/=_-]{8,1024}){0,40})\s*$/;

function keyFile(text: string, hits: StructuredHit[]): void {
  if (text.length > 50_000) return;
  const m = KEY_FILE_CONTENT.exec(text);
  const key = m?.[1];
  if (!m || key === undefined) return;
  const compact = key.replace(/\s+/g, "");
  const hex = /^[0-9a-fA-F]+$/.test(compact);
  if (isPlaceholder(compact) || shannonEntropy(compact) < (hex ? 2.8 : 4.0)) return; // 1.8% of random 32-hex keys fall below 3.3 bits
  const start = text.indexOf(key);
  hits.push({ ruleId: "secret-key-file", start, end: start + key.length, title: "Secret key file" });
}

// An access key id followed by a 40-character string as the next argument or element: SDK credential constructors
// (`AwsBasicCredentials.create("AKIA…", "…")`, `new BasicAWSCredentials(…)`, `credentials.NewStaticCredentials(…)`)
// pass the pair together, even across lines, with no name that says "secret".
const AWS_KEY_PAIR = /(?:AKIA|ASIA)[A-Z0-9]{16}(?<q1>["'`])\s{0,4},\s{0,120}(?<q2>["'`])(?<value>[A-Za-z0-9/+]{40})\k<q2>/dy;

function awsKeyPairs(text: string, positions: readonly number[], hits: StructuredHit[]): void {
  for (const at of positions) {
    AWS_KEY_PAIR.lastIndex = at;
    const m = AWS_KEY_PAIR.exec(text);
    const span = m?.indices?.groups?.value;
    if (!m || !span) continue;
    const value = text.slice(span[0], span[1]);
    if (shannonEntropy(value) < 4 || isPlaceholder(value) || /EXAMPLE/.test(value)) continue;
    hits.push({ ruleId: "aws-secret-access-key", start: span[0], end: span[1], title: "AWS secret access key (beside its key ID)" });
  }
}

const K8S_DATA_ENTRY = /^([ \t]+)([A-Za-z0-9_.\-]{1,253}):[ \t]*(?:["']([A-Za-z0-9+/]{2,}={0,2})["']|([A-Za-z0-9+/]{2,}={0,2})|([|>][+-]?))[ \t]*(?:#.*)?$/;
// Keys whose values a Secret commonly carries but which are not themselves secret.
const K8S_PUBLIC_KEYS = /^(?:.*[_.-])?(?:user(?:name)?|login|host(?:name)?|port|database|db|db-?name|namespace|region|endpoint|url)$|^(?:ca\.crt|tls\.crt|ca\.pem|.*\.pub|.*\.crt|.*\.cert)$/i;

const indentOf = (line: string): number => /^[ \t]*/.exec(line)?.[0].length ?? 0;

/**
 * `kind: Secret` documents: each base64 value under `data:` (plain, quoted, or a `|`/`>` block) is decoded and
 * scanned as `key=value` (or, when it is a whole file such as tls.key or .dockercfg, as that file). A Secret
 * declares its values secret, so a decoded value that no rule names is still reported unless its key is
 * plainly public (username, host, ca.crt…) or the value is a placeholder or a certificate. Reported on the
 * base64 value's range.
 */
function kubernetesSecrets(text: string, scanInner: InnerScan, hits: StructuredHit[]): void {
  let offset = 0;
  for (const doc of text.split(/^(?=---[ \t]*$)/m)) {
    const docStart = offset;
    offset += doc.length;
    if (!/^[ \t]*kind:[ \t]*["']?Secret["']?[ \t]*$/im.test(doc)) continue;
    const lines = doc.split("\n");
    const starts: number[] = [];
    let pos = docStart;
    for (const line of lines) {
      starts.push(pos);
      pos += line.length + 1;
    }
    let dataIndent = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] ?? "").replace(/\r$/, "");
      if (/^[ \t]*data:[ \t]*$/.test(line)) {
        dataIndent = indentOf(line);
        continue;
      }
      if (dataIndent < 0 || /^[ \t]*(?:#.*)?$/.test(line)) continue;
      if (indentOf(line) <= dataIndent) {
        dataIndent = -1;
        continue;
      }
      const m = K8S_DATA_ENTRY.exec(line);
      if (!m) continue;
      const key = m[2] ?? "";
      let start: number;
      let encoded: string;
      if (m[5] !== undefined) {
        // A block scalar: the base64 text is the following, more indented lines, joined.
        const own = indentOf(line);
        let j = i + 1;
        while (j < lines.length && /\S/.test(lines[j] ?? "") && indentOf(lines[j] ?? "") > own) j++;
        if (j === i + 1) continue;
        const first = lines[i + 1] ?? "";
        start = (starts[i + 1] ?? 0) + indentOf(first);
        const last = (lines[j - 1] ?? "").replace(/\s+$/, "");
        const end = (starts[j - 1] ?? 0) + last.length;
        encoded = text.slice(start, end).replace(/\s+/g, "");
        k8sValue(key, encoded, start, end, scanInner, hits);
        i = j - 1;
        continue;
      }
      encoded = m[3] ?? m[4] ?? "";
      start = (starts[i] ?? 0) + line.indexOf(encoded, (m[1]?.length ?? 0) + key.length);
      k8sValue(key, encoded, start, start + encoded.length, scanInner, hits);
    }
  }
}

function k8sValue(key: string, encoded: string, start: number, end: number, scanInner: InnerScan, hits: StructuredHit[]): void {
  const decoded = decodePrintableBase64(encoded);
  if (decoded === undefined) return;
  const veto = (): void => void hits.push({ ruleId: "", start, end, title: "", veto: true });
  const trimmed = decoded.trim();
  // A whole file (tls.key, .dockercfg JSON, a properties file) is judged by what the engine finds in it, not by
  // placeholder words anywhere in it: a registry at example.com does not make its credentials an example.
  const wholeFile = trimmed.includes("\n") || /^[{[]/.test(trimmed);
  if (!wholeFile && (isPlaceholder(trimmed) || isReference(trimmed))) return veto();
  const inner = wholeFile ? scanInner(decoded, key) : scanInner(`${key}=${trimmed}\n`, "secret.env");
  const first = inner[0];
  if (first) {
    hits.push({ ruleId: first.ruleId, start, end, title: `${first.title} (base64 in Kubernetes Secret)`, name: key });
    return;
  }
  const publicValue = /-----BEGIN (?:CERTIFICATE|PUBLIC KEY|[A-Z ]*PUBLIC KEY)-----|^ssh-(?:rsa|ed25519|dss) /.test(trimmed);
  // A whole configuration file in which the engine found nothing (`config.yaml: <base64 of queue/retry settings>`)
  // is configuration that happens to live in a Secret.
  const plainConfig = trimmed.includes("\n") && /^[\x20-\x7e\t\r\n]+$/.test(trimmed) && /^[\w.-]+[ \t]*[:=]/m.test(trimmed);
  if (K8S_PUBLIC_KEYS.test(key) || publicValue || plainConfig || trimmed.length < 6 || (!wholeFile && isDummyCredential(trimmed))) return veto();
  hits.push({ ruleId: "generic-secret", start, end, title: "Kubernetes Secret value (base64)", name: key });
}

/** `.npmrc`: `//registry/:_authToken=…`, `_auth=base64(user:pass)`, `_password=base64(pass)`. */
function npmrc(text: string, hits: StructuredHit[]): void {
  const re = /^[ \t]*(?:\/\/[^\s=]{0,300}:)?(_authToken|_auth|_password)[ \t]*=[ \t]*["']?([^\s"'#;]{4,2000})["']?/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const key = m[1] ?? "";
    const value = m[2] ?? "";
    if (isReference(value) || isPlaceholder(value) || value.startsWith("$")) continue;
    const start = m.index + m[0].lastIndexOf(value);
    const title =
      key === "_authToken" ? "npm registry auth token (.npmrc)" : key === "_auth" ? "npm registry credentials (.npmrc _auth)" : "npm registry password (.npmrc)";
    hits.push({ ruleId: key === "_authToken" ? "generic-secret" : "hardcoded-password", start, end: start + value.length, title, name: key });
  }
}

/** `.docker/config.json` and kin: `"auths": { "<registry>": { "auth": base64("user:password") } }`. */
function dockerAuths(text: string, hits: StructuredHit[]): void {
  if (!text.includes('"auth"')) return;
  const re = /"auth"[ \t]*:[ \t]*"([A-Za-z0-9+/]{8,4000}={0,2})"/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1] ?? "";
    const decoded = decodePrintableBase64(value);
    const colon = decoded?.indexOf(":") ?? -1;
    if (decoded === undefined || colon <= 0) continue;
    const user = decoded.slice(0, colon);
    const start = m.index + m[0].lastIndexOf(value);
    if (isDummyCredential(decoded.slice(colon + 1), user)) {
      hits.push({ ruleId: "", start, end: start + value.length, title: "", veto: true });
      continue;
    }
    hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title: "Docker registry credentials (base64 user:password)", name: "auth" });
  }
}

/** `.pypirc`: `password = …` in any section. */
function pypirc(text: string, hits: StructuredHit[]): void {
  const re = /^[ \t]*password[ \t]*[=:][ \t]*([^\s#;]{1,2000})[ \t]*$/gim;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1] ?? "";
    if (isDummyCredential(value) || value.startsWith("%(")) continue;
    const start = m.index + m[0].lastIndexOf(value);
    hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title: "Package index password (.pypirc)", name: "password" });
  }
}

/** PostgreSQL's password file: `hostname:port:database:username:password` per line (`\:` escapes a colon). */
function pgpass(text: string, hits: StructuredHit[]): void {
  const re = /^((?:[^:\\\r\n#]|\\.){1,253}:(?:[^:\\\r\n]|\\.){1,10}:(?:[^:\\\r\n]|\\.){1,200}:((?:[^:\\\r\n]|\\.){1,200}):)((?:[^\\\r\n]|\\.){1,400})$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[3] ?? "";
    if (isDummyCredential(value, m[2]) || value === "*") continue;
    const start = m.index + (m[1] ?? "").length;
    hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title: "Password in .pgpass", name: "password" });
  }
}

/** `.netrc`: `machine host login user password secret`, on one line or several. */
function netrc(text: string, hits: StructuredHit[]): void {
  const re = /(?:^|[ \t\n])password[ \t]+(\S{1,2000})/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1] ?? "";
    if (isDummyCredential(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title: "Password in .netrc", name: "password" });
  }
}

// libpq's keyword/value strings separate pairs with spaces: "host=db dbname=app user=svc password=… sslmode=require".
const LIBPQ_KEYS = "(?:host|hostaddr|dbname|user|port|sslmode|sslrootcert|application_name|connect_timeout|target_session_attrs)";
// Written without spaces around "=" (named arguments such as R's `user = user, password = …` are not one).
const LIBPQ_PAIR_BEFORE = new RegExp(`\\b${LIBPQ_KEYS}=[^\\s=;,()'"\x60]{1,200}[ \\t]+$`);
const LIBPQ_PAIR_AFTER = new RegExp(`^[ \\t]+${LIBPQ_KEYS}=`);

/**
 * `Server=…;User Id=sa;Password=…;` (ADO.NET, ODBC) and `jdbc:sqlserver://…;password=…` pairs. The password must
 * sit in a `;`-separated list of `Key=value` pairs (a pair right before or right after it), so a statement such
 * as `password = strict;` in code is left to the generic rule.
 */
function connectionStringPasswords(text: string, keywordAt: readonly number[], hits: StructuredHit[]): void {
  // Tried only where the keyword pass saw "pass" or "pwd"; the boundary is checked by hand below.
  const re = /(password|pwd)[ \t]{0,2}=[ \t]{0,2}([^;"'`\s<>&]{1,200})/iy;
  let coveredUntil = -1;
  for (const at of keywordAt) {
    if (at < coveredUntil) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m || /[\w.-]/.test(text[m.index - 1] ?? "")) continue;
    coveredUntil = m.index + m[0].length;
    const value = m[2] ?? "";
    const key = m[1] ?? "password";
    const end = m.index + m[0].length;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 300), m.index);
    const after = text.slice(end, end + 60);
    const pairBefore = /[A-Za-z][A-Za-z ]{0,30}=[^;=\s"'`]{1,200};[ \t]{0,2}$/.test(before) || LIBPQ_PAIR_BEFORE.test(before);
    const pairAfter = /^;[ \t]{0,2}[A-Za-z][A-Za-z ]{0,30}=[^;=\s"'`]/.test(after) || LIBPQ_PAIR_AFTER.test(after);
    if (!pairBefore && !pairAfter) continue;
    const user = /(?:user(?: ?id)?|uid|username)[ \t]*=[ \t]*([^;"'\s]{1,100})[^=]*$/i.exec(before)?.[1];
    if (isDummyCredential(value, user) || /^[{$%]/.test(value) || /[()]/.test(value) || isIdentifierLike(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title: "Password in connection string", name: key });
  }
}

/**
 * Terraform `variable "api_token" { default = "…" }`: the secret's name is the block's label, not `default`.
 */
function terraformVariableDefaults(text: string, hits: StructuredHit[]): void {
  const re = /\bvariable[ \t]+"([A-Za-z_][\w-]{0,120})"[ \t]*\{([^{}]{0,3000})\}/g;
  const file = fileContext("variables.tf");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const label = m[1] ?? "";
    const kind = classifyName(label);
    if (!kind) continue;
    const body = m[2] ?? "";
    const d = /(?:^|\n)[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\n]|\\.){1,500})"/.exec(body);
    if (!d) continue;
    const value = d[1] ?? "";
    const bodyStart = m.index + m[0].indexOf("{") + 1;
    const start = bodyStart + d.index + d[0].lastIndexOf(`"${value}"`) + 1;
    const candidate: Candidate = { name: label, value, valueStart: start, valueEnd: start + value.length, literalStart: start - 1, literalEnd: start + value.length + 1, quote: '"', operator: "=" };
    if (!isGenericSecretValue(kind, candidate, file)) continue;
    hits.push({ ruleId: kind === "password" ? "hardcoded-password" : "generic-secret", start, end: start + value.length, title: kind === "password" ? "Hardcoded password" : "Hardcoded secret", name: label });
  }
}
