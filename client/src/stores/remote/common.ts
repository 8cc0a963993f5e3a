// Pieces both remote stores (Vault, AWS Secrets Manager) share: the audit hook, the credential provider seam,
// an injectable clock, bounded retry with exponential backoff, and a short-lived in-memory value cache.
// Nothing here imports vscode, so the stores run under node:test against the wire fakes.

import { StoreError } from "../types";

/** One access to a remote store. Never carries a value. */
export interface AuditEvent {
  store: string;
  environment: string;
  name: string;
  operation: string;
  /** "ok", or the StoreError code that ended the call. */
  result: string;
}
export type AuditSink = (event: AuditEvent) => void;

/**
 * Where Vault tokens, AppRole secret ids and userpass passwords live: the OS keychain in the extension
 * (never settings.json), an in-memory map in tests.
 */
export interface CredentialProvider {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RetryPolicy {
  /** Total attempts including the first one. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}
export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 };

/** Exponential backoff with full jitter, capped; attempt is 1 for the first retry. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Thrown by a request function to ask for another attempt; the last one's `final` error is rethrown. */
export class RetryableError extends Error {
  constructor(readonly final: StoreError) {
    super(final.message);
  }
}

export async function withRetry<T>(policy: RetryPolicy, clock: Clock, attemptOnce: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce();
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      if (attempt >= policy.maxAttempts) throw error.final;
      await clock.sleep(backoffDelay(policy, attempt));
    }
  }
}

/**
 * Values kept in memory for a few seconds so expanding a tree and inserting a value do not hit the server
 * twice. Never written to disk; a TTL of 0 disables it.
 */
export class ValueCache {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {}

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }
  set(key: string, value: string): void {
    if (this.ttlMs <= 0) return;
    this.entries.set(key, { value, expiresAt: this.clock.now() + this.ttlMs });
  }
  /** Drops `key` and every key that starts with `key` followed by "#" (the keys of one secret). */
  invalidate(key: string): void {
    for (const cached of this.entries.keys()) {
      if (cached === key || cached.startsWith(key + "#") || cached.startsWith(key + "@")) this.entries.delete(cached);
    }
  }
  clear(): void {
    this.entries.clear();
  }
  get size(): number {
    return this.entries.size;
  }
}

/**
 * Names in remote stores: "path/to/secret#KEY" addresses one key of a key/value secret, "path/to/secret" the
 * secret itself. "#" never occurs in Vault paths the CLI creates and is rejected in AWS secret names.
 */
export function splitKeyName(name: string): { secret: string; key?: string } {
  const hash = name.indexOf("#");
  if (hash < 0) return { secret: name };
  return { secret: name.slice(0, hash), key: name.slice(hash + 1) };
}

/** Maps network-level failures (fetch / node http) to the typed errors the UI shows. */
export function describeNetworkFailure(service: string, target: string, error: unknown): StoreError | undefined {
  const code = networkErrorCode(error);
  if (!code) return undefined;
  if (TLS_CODES.has(code) || code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL")) {
    return new StoreError(
      "Unavailable",
      `${service} at ${target}: TLS certificate check failed (${code}). Install the server's CA (NODE_EXTRA_CA_CERTS) or fix the address`,
      error,
    );
  }
  if (UNREACHABLE_CODES.has(code)) {
    return new StoreError("Unavailable", `${service} at ${target} is unreachable (${code})`, error);
  }
  return undefined;
}

const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "EPROTO",
]);
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
  "TimeoutError",
]);

function networkErrorCode(error: unknown): string | undefined {
  // fetch wraps the socket error in `cause`; the AWS SDK passes node's error through with `code`.
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current === "object") {
      const code = (current as { code?: unknown }).code;
      if (typeof code === "string") return code;
      const name = (current as { name?: unknown }).name;
      if (name === "TimeoutError") return name;
      current = (current as { cause?: unknown }).cause;
    } else break;
  }
  return undefined;
}
