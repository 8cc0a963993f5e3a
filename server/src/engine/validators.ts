// Offline checks that raise or lower confidence, or prove a candidate is not a secret. Pure functions.
import type { Validation, ValidatorId } from "./types";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

let crcTable: Uint32Array | undefined;
export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (crcTable[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function base62(n: number, width: number): string {
  let out = "";
  let v = n;
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, "0");
}

/** GitHub and npm tokens: prefix_ + 30 random base62 + 6-character base62 CRC32 of the random part. */
function crc32Suffix(token: string): Validation {
  const body = token.slice(token.indexOf("_") + 1);
  if (body.length !== 36) return {};
  const ok = base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
  return ok ? { checksumValid: true, confidence: "high" } : { checksumValid: false, confidence: "medium" };
}

/** Strict standard base64 (as Kubernetes and Docker write it) decoded to printable text, else undefined. */
export function decodePrintableBase64(value: string): string | undefined {
  // Padding is sometimes dropped when a value is pasted or wrapped; a length of 4n+1 can never be base64.
  if (value.length < 4 || value.length % 4 === 1 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
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

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** base64url -> text (Latin-1 view of the bytes is enough for JSON keys and ASCII values). */
export function decodeBase64Url(part: string): string | undefined {
  let bits = 0;
  let acc = 0;
  let out = "";
  for (const ch of part.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")) {
    const v = B64.indexOf(ch);
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** JWTs: decodable header/payload; Supabase `anon` keys are public by design, `service_role` is critical. */
function jwt(token: string): Validation {
  const [h, p] = token.split(".");
  const header = parseJsonObject(decodeBase64Url(h ?? ""));
  if (!header || typeof header.alg !== "string") return { confidence: "low" };
  const payload = parseJsonObject(decodeBase64Url(p ?? ""));
  if (payload?.role === "anon") return { drop: true };
  if (payload?.role === "service_role") {
    return { title: "Supabase service_role key (JWT)", severity: "error", confidence: "high" };
  }
  if (/^HS/i.test(header.alg)) return { title: "JSON Web Token (HMAC-signed)", confidence: "high" };
  return { confidence: "medium" };
}

/** A PEM block whose body is a placeholder (dots, stars, x's, a few characters) is documentation. */
function pemPrivateKey(block: string): Validation {
  const body = block
    .replace(/-----(?:BEGIN|END)[^-]{0,60}-----/g, "")
    .replace(/\\[nr]/g, "")
    .replace(/^[A-Za-z-]{2,40}:.*$/gm, "") // PEM headers such as Proc-Type / DEK-Info
    .replace(/[\s"',+]/g, "");
  const base64 = body.replace(/[^A-Za-z0-9+/=]/g, "");
  if (base64.length < 40 || base64.length < body.length * 0.9) return { drop: true };
  if (/^(.)\1+$/.test(base64.replace(/=+$/, "")) || /x{8,}|X{8,}|\.{4,}|\*{4,}/.test(body)) return { drop: true };
  return { confidence: "high" };
}

/** A base64 blob that decodes to a PEM private key (kubeconfig client-key-data, CI variables); else not ours. */
function base64PemPrivateKey(encoded: string): Validation {
  const head = decodeBase64Url(encoded.slice(0, 80));
  if (head === undefined || !/^-----BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----/.test(head)) return { drop: true };
  const decoded = decodeBase64Url(encoded);
  return decoded === undefined ? { drop: true } : pemPrivateKey(decoded);
}

function luhn(digits: string): Validation {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    double = !double;
  }
  return sum % 10 === 0 ? { checksumValid: true } : { drop: true };
}

const SCHEME_NAMES: Record<string, string> = {
  postgres: "PostgreSQL", postgresql: "PostgreSQL", mysql: "MySQL", mariadb: "MariaDB", mongodb: "MongoDB",
  "mongodb+srv": "MongoDB", redis: "Redis", rediss: "Redis", amqp: "RabbitMQ (AMQP)", amqps: "RabbitMQ (AMQP)",
  mssql: "SQL Server", sqlserver: "SQL Server", oracle: "Oracle", cockroachdb: "CockroachDB", couchdb: "CouchDB",
  cassandra: "Cassandra", neo4j: "Neo4j", "neo4j+s": "Neo4j", bolt: "Neo4j", clickhouse: "ClickHouse",
  snowflake: "Snowflake", db2: "Db2", nats: "NATS", kafka: "Kafka", mqtt: "MQTT", mqtts: "MQTT",
  elasticsearch: "Elasticsearch", memcached: "Memcached", ldap: "LDAP", ldaps: "LDAP", smtp: "SMTP", smtps: "SMTP",
  imap: "IMAP", imaps: "IMAP", pop3: "POP3", pop3s: "POP3",
};

/** Names the database or broker in the message: "PostgreSQL connection string with password". */
function connectionUri(uri: string): Validation {
  const scheme = /^(?:jdbc:)?([a-z0-9+]+):/i.exec(uri)?.[1]?.toLowerCase() ?? "";
  const name = SCHEME_NAMES[scheme];
  return name ? { title: `${name} connection string with password` } : {};
}

export const validators: Record<ValidatorId, (secret: string) => Validation> = {
  "github-crc32": crc32Suffix,
  "npm-crc32": crc32Suffix,
  jwt,
  "pem-private-key": pemPrivateKey,
  "base64-pem-private-key": base64PemPrivateKey,
  luhn,
  "connection-uri": connectionUri,
};
