// Authentication library source + tests (mostly hard negatives, one planted key in a test helper).
import { FileBuilder } from "./builder.mjs";
import { jwtIoExample, JWT_IO_SECRET, PFX } from "./tokens.mjs";

export function authLib(r, S) {
  const out = [];
  const root = "packages/auth-core";

  // ---------- errors.ts ----------
  {
    const b = new FileBuilder(`${root}/src/errors.ts`);
    b.block(`
/**
 * Error codes surfaced by @acme/auth-core. These strings are part of the public
 * API contract: clients switch on them, so never rename an existing code.
 */
export enum AuthErrorCode {`);
    const codes = [
      ["TOKEN_EXPIRED", "token_expired"], ["TOKEN_NOT_YET_VALID", "token_not_yet_valid"], ["TOKEN_MALFORMED", "token_malformed"],
      ["INVALID_SIGNATURE", "invalid_signature"], ["ERR_INVALID_PASSWORD", "ERR_INVALID_PASSWORD"], ["ERR_PASSWORD_TOO_SHORT", "ERR_PASSWORD_TOO_SHORT"],
      ["ERR_PASSWORD_REUSED", "ERR_PASSWORD_REUSED"], ["INVALID_CLIENT_SECRET", "invalid_client_secret"], ["REFRESH_TOKEN_REVOKED", "refresh_token_revoked"],
      ["API_KEY_MISSING", "api_key_missing"], ["API_KEY_INVALID", "api_key_invalid"], ["MFA_REQUIRED", "mfa_required"],
    ];
    for (const [k, v] of codes) b.n(`  ${k} = "${v}",`, "error-constant");
    b.block(`
}

export class AuthError extends Error {
  readonly code: AuthErrorCode;
  readonly status: number;

  constructor(code: AuthErrorCode, message?: string, status = 401) {
    super(message ?? code);
    this.name = "AuthError";
    this.code = code;
    this.status = status;
  }
}

export const isAuthError = (e: unknown): e is AuthError =>
  e instanceof Error && (e as AuthError).name === "AuthError";

export const MESSAGES: Record<AuthErrorCode, string> = {`);
    const msgs = {
      TOKEN_EXPIRED: "The access token has expired", TOKEN_NOT_YET_VALID: "The token is not valid yet", TOKEN_MALFORMED: "The token could not be parsed",
      INVALID_SIGNATURE: "Signature verification failed", ERR_INVALID_PASSWORD: "The password you entered is incorrect", ERR_PASSWORD_TOO_SHORT: "Password must be at least 12 characters",
      ERR_PASSWORD_REUSED: "Choose a password you have not used before", INVALID_CLIENT_SECRET: "client_secret does not match the registered client",
      REFRESH_TOKEN_REVOKED: "Refresh token was revoked", API_KEY_MISSING: "Missing X-API-Key header", API_KEY_INVALID: "API key is invalid or disabled", MFA_REQUIRED: "Second factor required",
    };
    for (const [k, v] of Object.entries(msgs)) b.n(`  [AuthErrorCode.${k}]: "${v}",`, "error-message");
    b.l("};");
    out.push(b);
  }

  // ---------- jwt/verify.ts ----------
  {
    const b = new FileBuilder(`${root}/src/jwt/verify.ts`);
    b.block(`
import { createHmac, createPublicKey, createVerify, timingSafeEqual } from "node:crypto";
import { AuthError, AuthErrorCode } from "../errors";

export type Algorithm = "HS256" | "HS384" | "HS512" | "RS256" | "ES256" | "EdDSA";
`);
    b.n(`export const AUTHORIZATION_HEADER = "Authorization";`, "header-name");
    b.n(`export const BEARER_PREFIX = "Bearer ";`, "header-name");
    b.n(`export const API_KEY_HEADER = "X-API-Key";`, "header-name");
    b.n(`export const REFRESH_TOKEN_COOKIE = "__Host-refresh_token";`, "cookie-name");
    b.n(`export const ACCESS_TOKEN_TTL_SECONDS = 900;`, "keyword-identifier");
    b.block(`
const HMAC_ALGS: Record<string, string> = { HS256: "sha256", HS384: "sha384", HS512: "sha512" };

export interface VerifyOptions {
  algorithms: Algorithm[];`);
    b.n(`  /** shared secret for HS* algorithms; load it from your secret store, never inline it */`, "keyword-comment");
    b.n(`  secret?: string | Buffer;`, "type-field");
    b.n(`  publicKey?: string;`, "type-field");
    b.block(`
  issuer?: string;
  audience?: string | string[];
  clockToleranceSeconds?: number;
  now?: () => number;
}

export interface JwtParts {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signature: Buffer;
  signingInput: string;
}

export function decodeSegment(seg: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(seg, "base64url").toString("utf8"));
  } catch {
    throw new AuthError(AuthErrorCode.TOKEN_MALFORMED);
  }
}

export function parseJwt(token: string): JwtParts {`);
    b.n(`  if (token.startsWith(BEARER_PREFIX)) token = token.slice(BEARER_PREFIX.length);`, "keyword-identifier");
    b.block(`
  const parts = token.split(".");
  if (parts.length !== 3) throw new AuthError(AuthErrorCode.TOKEN_MALFORMED);
  const [h, p, s] = parts;
  return { header: decodeSegment(h), payload: decodeSegment(p), signature: Buffer.from(s, "base64url"), signingInput: \`\${h}.\${p}\` };
}

function verifySignature(parts: JwtParts, opts: VerifyOptions): boolean {
  const alg = String(parts.header.alg);
  if (!opts.algorithms.includes(alg as Algorithm)) return false;
  if (alg in HMAC_ALGS) {`);
    b.n(`    if (!opts.secret) throw new Error("HS* algorithms require options.secret");`, "keyword-identifier");
    b.n(`    const expected = createHmac(HMAC_ALGS[alg], opts.secret).update(parts.signingInput).digest();`, "keyword-identifier");
    b.block(`
    return expected.length === parts.signature.length && timingSafeEqual(expected, parts.signature);
  }
  if (!opts.publicKey) throw new Error(\`\${alg} requires options.publicKey\`);
  const key = createPublicKey(opts.publicKey);
  const v = createVerify(alg === "RS256" ? "RSA-SHA256" : "SHA256");
  v.update(parts.signingInput);
  return v.verify(key, parts.signature);
}

export function verifyJwt(token: string, opts: VerifyOptions): Record<string, unknown> {
  const parts = parseJwt(token);
  if (!verifySignature(parts, opts)) throw new AuthError(AuthErrorCode.INVALID_SIGNATURE);
  const now = Math.floor((opts.now?.() ?? Date.now()) / 1000);
  const skew = opts.clockToleranceSeconds ?? 30;
  const { exp, nbf, iss, aud } = parts.payload as { exp?: number; nbf?: number; iss?: string; aud?: string | string[] };
  if (typeof exp === "number" && now - skew >= exp) throw new AuthError(AuthErrorCode.TOKEN_EXPIRED);
  if (typeof nbf === "number" && now + skew < nbf) throw new AuthError(AuthErrorCode.TOKEN_NOT_YET_VALID);
  if (opts.issuer && iss !== opts.issuer) throw new AuthError(AuthErrorCode.TOKEN_MALFORMED, "unexpected issuer");
  if (opts.audience) {
    const want = Array.isArray(opts.audience) ? opts.audience : [opts.audience];
    const got = Array.isArray(aud) ? aud : [aud];
    if (!want.some((a) => got.includes(a))) throw new AuthError(AuthErrorCode.TOKEN_MALFORMED, "unexpected audience");
  }
  return parts.payload;
}

export function extractBearer(headers: Record<string, string | undefined>): string | undefined {`);
    b.n(`  const raw = headers[AUTHORIZATION_HEADER.toLowerCase()] ?? headers[AUTHORIZATION_HEADER];`, "header-name");
    b.block(`
  if (!raw || !raw.startsWith(BEARER_PREFIX)) return undefined;
  return raw.slice(BEARER_PREFIX.length).trim();
}`);
    out.push(b);
  }

  // ---------- password/hash.ts ----------
  {
    const b = new FileBuilder(`${root}/src/password/hash.ts`);
    b.block(`
import { randomBytes, scrypt as _scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { AuthError, AuthErrorCode } from "../errors";

const scrypt = promisify(_scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;
`);
    b.n(`export const MIN_PASSWORD_LENGTH = 12;`, "keyword-identifier");
    b.n(`export const MAX_PASSWORD_LENGTH = 1024;`, "keyword-identifier");
    b.n(`export const PASSWORD_HASH_PREFIX = "$scrypt$";`, "keyword-identifier");
    b.l(`const DEFAULT_PARAMS = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };`);
    b.block(`
const KEY_LEN = 32;

export interface PasswordPolicy {
  minLength: number;
  requireDigit: boolean;
  requireSymbol: boolean;`);
    b.n(`  forbidden: string[]; // e.g. ["password", "12345678", "qwerty"]`, "keyword-comment");
    b.block(`
}

export function checkPolicy(password: string, policy: PasswordPolicy): void {`);
    b.n(`  if (password.length < policy.minLength) throw new AuthError(AuthErrorCode.ERR_PASSWORD_TOO_SHORT, undefined, 422);`, "keyword-identifier");
    b.n(`  if (policy.requireDigit && !/\\d/.test(password)) throw new AuthError(AuthErrorCode.ERR_INVALID_PASSWORD, "needs a digit", 422);`, "keyword-identifier");
    b.n(`  if (policy.requireSymbol && !/[^A-Za-z0-9]/.test(password)) throw new AuthError(AuthErrorCode.ERR_INVALID_PASSWORD, "needs a symbol", 422);`, "keyword-identifier");
    b.n(`  if (policy.forbidden.includes(password.toLowerCase())) throw new AuthError(AuthErrorCode.ERR_INVALID_PASSWORD, "too common", 422);`, "keyword-identifier");
    b.block(`
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const dk = await scrypt(password.normalize("NFKC"), salt, KEY_LEN, DEFAULT_PARAMS);
  const { N, r, p } = DEFAULT_PARAMS;
  return \`\${PASSWORD_HASH_PREFIX}N=\${N},r=\${r},p=\${p}$\${salt.toString("base64")}$\${dk.toString("base64")}\`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (!stored.startsWith(PASSWORD_HASH_PREFIX)) return false;
  const [, , params, saltB64, hashB64] = stored.split("$");
  const opts = Object.fromEntries(params.split(",").map((kv) => kv.split("=")).map(([k, v]) => [k, Number(v)]));
  const expected = Buffer.from(hashB64, "base64");
  const dk = await scrypt(password.normalize("NFKC"), Buffer.from(saltB64, "base64"), expected.length, { ...opts, maxmem: DEFAULT_PARAMS.maxmem });
  return timingSafeEqual(dk, expected);
}

export function needsRehash(stored: string): boolean {
  return !stored.includes(\`N=\${DEFAULT_PARAMS.N},\`);
}`);
    out.push(b);
  }

  // ---------- oauth/client.ts ----------
  {
    const b = new FileBuilder(`${root}/src/oauth/client.ts`);
    b.block(`
import { createHash, randomBytes } from "node:crypto";
import { AuthError, AuthErrorCode } from "../errors";

export interface OAuthClientConfig {
  issuer: string;`);
    b.n(`  client_id: string;`, "type-field");
    b.n(`  client_secret?: string; // confidential clients only; injected from the environment`, "type-field");
    b.n(`  redirect_uri: string;`, "type-field");
    b.block(`
  scopes: string[];
}

export interface TokenSet {`);
    b.n(`  access_token: string;`, "type-field");
    b.n(`  refresh_token?: string;`, "type-field");
    b.n(`  id_token?: string;`, "type-field");
    b.n(`  token_type: "Bearer";`, "type-field");
    b.block(`
  expires_at: number;
}
`);
    b.n(`export const GRANT_AUTHORIZATION_CODE = "authorization_code";`, "keyword-identifier");
    b.n(`export const GRANT_REFRESH_TOKEN = "refresh_token";`, "keyword-identifier");
    b.n(`export const GRANT_CLIENT_CREDENTIALS = "client_credentials";`, "keyword-identifier");
    b.n(`export const GRANT_PASSWORD = "password"; // legacy ROPC, disabled by default`, "keyword-identifier");
    b.block(`
export function createPkcePair(): { verifier: string; challenge: string; method: "S256" } {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge, method: "S256" };
}

export function authorizeUrl(cfg: OAuthClientConfig, state: string, challenge: string): string {
  const u = new URL("/oauth2/authorize", cfg.issuer);
  u.searchParams.set("response_type", "code");`);
    b.n(`  u.searchParams.set("client_id", cfg.client_id);`, "keyword-identifier");
    b.n(`  u.searchParams.set("redirect_uri", cfg.redirect_uri);`, "keyword-identifier");
    b.block(`
  u.searchParams.set("scope", cfg.scopes.join(" "));
  u.searchParams.set("state", state);
  u.searchParams.set("code_challenge", challenge);
  u.searchParams.set("code_challenge_method", "S256");
  return u.toString();
}

async function tokenRequest(cfg: OAuthClientConfig, body: Record<string, string>): Promise<TokenSet> {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };`);
    b.n(`  if (cfg.client_secret) {`, "keyword-identifier");
    b.n(`    headers.Authorization = "Basic " + Buffer.from(\`\${cfg.client_id}:\${cfg.client_secret}\`).toString("base64");`, "keyword-identifier");
    b.block(`
  }
  const res = await fetch(new URL("/oauth2/token", cfg.issuer), { method: "POST", headers, body: new URLSearchParams(body) });
  if (!res.ok) {
    const err = (await res.json().catch(() => ({}))) as { error?: string };`);
    b.n(`    if (err.error === "invalid_grant") throw new AuthError(AuthErrorCode.REFRESH_TOKEN_REVOKED);`, "keyword-identifier");
    b.n(`    if (err.error === "invalid_client") throw new AuthError(AuthErrorCode.INVALID_CLIENT_SECRET);`, "keyword-identifier");
    b.block(`
    throw new Error(\`token endpoint returned \${res.status}\`);
  }
  const json = (await res.json()) as Omit<TokenSet, "expires_at"> & { expires_in: number };
  return { ...json, expires_at: Date.now() + json.expires_in * 1000 };
}

export function exchangeCode(cfg: OAuthClientConfig, code: string, verifier: string): Promise<TokenSet> {`);
    b.n(`  return tokenRequest(cfg, { grant_type: GRANT_AUTHORIZATION_CODE, code, code_verifier: verifier, redirect_uri: cfg.redirect_uri, client_id: cfg.client_id });`, "keyword-identifier");
    b.block(`
}

/** Refresh 60s before expiry; concurrent callers share one in-flight request. */
export class TokenManager {
  private inflight?: Promise<TokenSet>;
  constructor(private cfg: OAuthClientConfig, private tokens: TokenSet) {}

  async accessToken(): Promise<string> {`);
    b.n(`    if (Date.now() < this.tokens.expires_at - 60_000) return this.tokens.access_token;`, "keyword-identifier");
    b.n(`    if (!this.tokens.refresh_token) throw new AuthError(AuthErrorCode.TOKEN_EXPIRED);`, "keyword-identifier");
    b.n(`    this.inflight ??= tokenRequest(this.cfg, { grant_type: GRANT_REFRESH_TOKEN, refresh_token: this.tokens.refresh_token, client_id: this.cfg.client_id })`, "keyword-identifier");
    b.block(`
      .finally(() => (this.inflight = undefined));
    const next = await this.inflight;`);
    b.n(`    this.tokens = { ...next, refresh_token: next.refresh_token ?? this.tokens.refresh_token };`, "keyword-identifier");
    b.n(`    return this.tokens.access_token;`, "keyword-identifier");
    b.block(`
  }
}`);
    out.push(b);
  }

  // ---------- test/jwt.test.ts ----------
  {
    const jwtio = jwtIoExample();
    const b = new FileBuilder(`${root}/test/auth.test.ts`);
    b.block(`
import { describe, expect, it } from "vitest";
import { generateKeyPairSync, createSign } from "node:crypto";
import { parseJwt, verifyJwt, extractBearer } from "../src/jwt/verify";
import { checkPolicy, hashPassword, needsRehash, verifyPassword } from "../src/password/hash";
import { AuthErrorCode } from "../src/errors";

// The canonical example token shown on jwt.io. Its "secret" is printed on that page.`);
    b.n(`const JWT_IO_TOKEN = "${jwtio}";`, "jwt-io-example");
    b.n(`const JWT_IO_SECRET = "${JWT_IO_SECRET}";`, "jwt-io-example");
    b.block(`
const NOW = 1516239022 * 1000 + 5_000;

describe("parseJwt", () => {
  it("decodes the jwt.io example", () => {
    const { header, payload } = parseJwt(JWT_IO_TOKEN);
    expect(header).toEqual({ alg: "HS256", typ: "JWT" });
    expect(payload.name).toBe("John Doe");
  });

  it("strips a Bearer prefix", () => {`);
    b.n(`    expect(parseJwt("Bearer " + JWT_IO_TOKEN).payload.sub).toBe("1234567890");`, "keyword-identifier");
    b.block(`
  });

  it("rejects garbage", () => {
    expect(() => parseJwt("not.a.jwt.at.all")).toThrow();
  });
});

describe("verifyJwt", () => {
  it("accepts a valid HS256 signature", () => {`);
    b.n(`    const payload = verifyJwt(JWT_IO_TOKEN, { algorithms: ["HS256"], secret: JWT_IO_SECRET, now: () => NOW });`, "keyword-identifier");
    b.block(`
    expect(payload.sub).toBe("1234567890");
  });

  it("rejects a wrong secret", () => {`);
    b.n(`    expect(() => verifyJwt(JWT_IO_TOKEN, { algorithms: ["HS256"], secret: "wrong-secret", now: () => NOW })).toThrow(AuthErrorCode.INVALID_SIGNATURE);`, "test-dummy");
    b.block(`
  });

  it("refuses algorithms not in the allow-list", () => {`);
    b.n(`    expect(() => verifyJwt(JWT_IO_TOKEN, { algorithms: ["RS256"], secret: JWT_IO_SECRET })).toThrow();`, "keyword-identifier");
    b.block(`
  });

  it("verifies RS256 with a key generated per test run", () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const input = \`\${enc({ alg: "RS256", typ: "JWT" })}.\${enc({ sub: "u_1", exp: 4102444800 })}\`;
    const sig = createSign("RSA-SHA256").update(input).sign(privateKey).toString("base64url");
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(verifyJwt(\`\${input}.\${sig}\`, { algorithms: ["RS256"], publicKey: pem }).sub).toBe("u_1");
  });
});

describe("extractBearer", () => {
  it("reads the lower-cased header", () => {`);
    b.n(`    expect(extractBearer({ authorization: "Bearer abc.def.ghi" })).toBe("abc.def.ghi");`, "test-dummy");
    b.block(`
  });
  it("ignores Basic auth", () => {`);
    b.n(`    expect(extractBearer({ authorization: "Basic dXNlcjpwYXNz" })).toBeUndefined();`, "test-dummy");
    b.block(`
  });
});
`);
    const salt = r.b64(16), dk = r.b64(32);
    b.block(`
// ---------------------------------------------------------------- passwords
const policy = { minLength: 12, requireDigit: true, requireSymbol: true, forbidden: ["password", "letmein123456"] };
`);
    b.n(`const GOOD_PASSWORD = "correct horse battery staple 9!";`, "test-password");
    b.n(`// fixture produced by an older release (N=16384) to exercise needsRehash; the plaintext is "hunter2hunter2!"`, "keyword-comment");
    b.n(`const LEGACY_HASH = "$scrypt$N=16384,r=8,p=1$${salt}$${dk}";`, "password-hash-fixture");
    b.block(`
describe("checkPolicy", () => {
  it("accepts a long passphrase", () => {
    expect(() => checkPolicy(GOOD_PASSWORD, policy)).not.toThrow();
  });`);
    b.n(`  it.each(["short1!", "nodigitsatall!!", "NoSymbolsHere123", "password"])("rejects %s", (pw) => {`, "test-password");
    b.block(`
    expect(() => checkPolicy(pw, policy)).toThrow();
  });
});

describe("hash / verify", () => {
  it("round-trips", async () => {
    const stored = await hashPassword(GOOD_PASSWORD);
    expect(stored.startsWith("$scrypt$N=32768")).toBe(true);
    expect(await verifyPassword(GOOD_PASSWORD, stored)).toBe(true);`);
    b.n(`    expect(await verifyPassword("wrong password", stored)).toBe(false);`, "test-password");
    b.block(`
  });

  it("flags legacy parameters for rehash", () => {
    expect(needsRehash(LEGACY_HASH)).toBe(true);
  });

  it("does not accept an unknown scheme", async () => {`);
    b.n(`    expect(await verifyPassword("x", "$2b$12$abcdefghijklmnopqrstuv")).toBe(false);`, "test-dummy");
    b.block(`
  });
});`);
    out.push(b);
  }

  // ---------- test/helpers/mailer.ts (planted SendGrid key) ----------
  {
    const b = new FileBuilder(`${root}/test/helpers/mailer.ts`);
    b.block(`
// Helper used by the e2e "forgot password" tests. It sends a real email through the
// sandbox account so we can assert on delivery webhooks.
import sgMail from "@sendgrid/mail";
import { setTimeout as sleep } from "node:timers/promises";
`);
    b.l(`// TODO(ops): move to CI secrets before open-sourcing this package`);
    b.s(`const SENDGRID_KEY = process.env.SENDGRID_API_KEY ?? "${S.sendgrid()}";`, "sendgrid-api-key", ["test-helper"]);
    b.block(`
sgMail.setApiKey(SENDGRID_KEY);

export interface SentMail {
  to: string;
  subject: string;
  messageId: string;
}

const outbox: SentMail[] = [];

export async function sendResetEmail(to: string, resetUrl: string): Promise<SentMail> {
  const [res] = await sgMail.send({
    to,
    from: "no-reply@sandbox.acme.test",
    subject: "Reset your password",
    text: \`Follow this link to choose a new password: \${resetUrl}\`,
  });
  const mail = { to, subject: "Reset your password", messageId: String(res.headers["x-message-id"]) };
  outbox.push(mail);
  return mail;
}

export async function waitForDelivery(messageId: string, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (outbox.some((m) => m.messageId === messageId)) return true;
    await sleep(500);
  }
  return false;
}

export function clearOutbox(): void {
  outbox.length = 0;
}`);
    out.push(b);
  }
  return out;
}
