// Structure-aware detection: formats whose secrets a line-oriented pattern cannot see or cannot name well.
// Kubernetes Secret manifests (base64 `data:` values decoded and scanned), registry auth files (.npmrc,
// .docker/config.json, .pypirc, .netrc) and `Password=…;` pairs inside ADO.NET / JDBC connection strings.
// Each handler is gated on the file name or a cheap substring test, so files that match none cost nothing.
import { isDummyCredential, isIdentifierLike, isPlaceholder, isReference } from "../filters";
import type { Finding } from "../types";
import { decodeBase64Url } from "../validators";

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

export function structuredHits(text: string, lower: string, path: string, scanInner: InnerScan): StructuredHit[] {
  const base = (path.split("/").pop() ?? path).toLowerCase();
  const hits: StructuredHit[] = [];
  if (/\.ya?ml$/.test(base) && lower.includes("kind:") && /^kind:[ \t]*["']?secret["']?[ \t]*$/m.test(lower)) {
    kubernetesSecrets(text, scanInner, hits);
  }
  if (base === ".npmrc" || base === "npmrc") npmrc(text, hits);
  if (base === "config.json" || base.endsWith("dockercfg") || lower.includes('"auths"')) dockerAuths(text, hits);
  if (base === ".pypirc") pypirc(text, hits);
  if (base === ".netrc" || base === "_netrc") netrc(text, hits);
  if (lower.includes("password=") || lower.includes("pwd=") || lower.includes("password =")) connectionStringPasswords(text, hits);
  return hits;
}

/** Strict standard base64 (as Kubernetes and Docker write it) decoded to printable text, else undefined. */
export function decodePrintableBase64(value: string): string | undefined {
  if (value.length < 4 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const decoded = decodeBase64Url(value);
  if (decoded === undefined || decoded.length === 0) return undefined;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 127) return undefined;
  }
  return decodeUtf8(decoded);
}

/** Latin-1 view of UTF-8 bytes -> text (invalid sequences stay as they are). */
function decodeUtf8(bytes: string): string {
  try {
    return decodeURIComponent(bytes.replace(/[\x80-\xff]/g, (c) => "%" + c.charCodeAt(0).toString(16)));
  } catch {
    return bytes;
  }
}

const K8S_DATA_ENTRY = /^([ \t]+)([A-Za-z0-9_.\-]{1,253}):[ \t]*["']?([A-Za-z0-9+/]{4,}={0,2})["']?[ \t]*(?:#.*)?$/;

/**
 * `kind: Secret` documents: each base64 value under `data:` is decoded and scanned as `key=value` (or, when it
 * is a whole file such as tls.key or config.json, as that file). Reported on the base64 value's range.
 */
function kubernetesSecrets(text: string, scanInner: InnerScan, hits: StructuredHit[]): void {
  let offset = 0;
  for (const doc of text.split(/^(?=---[ \t]*$)/m)) {
    const docStart = offset;
    offset += doc.length;
    if (!/^kind:[ \t]*["']?Secret["']?[ \t]*$/im.test(doc)) continue;
    const lines = doc.split("\n");
    let inData = false;
    let pos = docStart;
    for (const line of lines) {
      const lineStart = pos;
      pos += line.length + 1;
      if (/^data:[ \t]*$/.test(line)) {
        inData = true;
        continue;
      }
      if (!inData) continue;
      if (/^\S/.test(line)) {
        inData = false;
        continue;
      }
      const m = K8S_DATA_ENTRY.exec(line.replace(/\r$/, ""));
      if (!m) continue;
      const key = m[2] ?? "";
      const encoded = m[3] ?? "";
      const decoded = decodePrintableBase64(encoded);
      if (decoded === undefined) continue;
      const start = lineStart + line.indexOf(encoded, (m[1]?.length ?? 0) + key.length);
      const inner = isPlaceholder(decoded) || isReference(decoded) ? [] : decoded.includes("\n") ? scanInner(decoded, key) : scanInner(`${key}=${decoded}\n`, "secret.env");
      const first = inner[0];
      if (!first) {
        hits.push({ ruleId: "", start, end: start + encoded.length, title: "", veto: true });
        continue;
      }
      hits.push({ ruleId: first.ruleId, start, end: start + encoded.length, title: `${first.title} (base64 in Kubernetes Secret)`, name: key });
    }
  }
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

/**
 * `Server=…;User Id=sa;Password=…;` (ADO.NET, ODBC) and `jdbc:sqlserver://…;password=…` pairs. The password must
 * sit in a `;`-separated list of `Key=value` pairs (a pair right before or right after it), so a statement such
 * as `password = strict;` in code is left to the generic rule.
 */
function connectionStringPasswords(text: string, hits: StructuredHit[]): void {
  const re = /(?<![\w.-])(password|pwd)[ \t]{0,2}=[ \t]{0,2}([^;"'`\s<>&]{1,200})/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[2] ?? "";
    const key = m[1] ?? "password";
    const end = m.index + m[0].length;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 300), m.index);
    const after = text.slice(end, end + 60);
    const pairBefore = /[A-Za-z][A-Za-z ]{0,30}=[^;=\s"'`]{1,200};[ \t]{0,2}$/.test(before);
    const pairAfter = /^;[ \t]{0,2}[A-Za-z][A-Za-z ]{0,30}=[^;=\s"'`]/.test(after);
    if (!pairBefore && !pairAfter) continue;
    const user = /(?:user(?: ?id)?|uid|username)[ \t]*=[ \t]*([^;"'\s]{1,100})[^=]*$/i.exec(before)?.[1];
    if (isDummyCredential(value, user) || /^[{$%]/.test(value) || isIdentifierLike(value)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title: "Password in connection string", name: key });
  }
}
