// The Vault HTTP API over fetch: authentication (token, AppRole, userpass), token renewal before expiry,
// bounded retries on throttling / standby / 5xx, and the mapping of Vault's status codes to typed errors.
// The transport (fetch), the clock and the credential provider are injected so tests drive them.

import { StoreError, NotFoundError, PermissionDeniedError, UnavailableError } from "../types";
import {
  type Clock,
  type CredentialProvider,
  type RetryPolicy,
  RetryableError,
  defaultRetryPolicy,
  describeNetworkFailure,
  systemClock,
  withRetry,
} from "../remote/common";
import { type VaultConfig, credentialKey } from "./config";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface VaultClientDeps {
  credentials: CredentialProvider;
  fetch?: FetchLike;
  clock?: Clock;
  retry?: RetryPolicy;
}

export interface VaultRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path after /v1/, already joined (e.g. "secret/data/app"). */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** The Vault capability this call needs, named in PermissionDenied messages. */
  capability: string;
}

export interface VaultResponse {
  status: number;
  body: unknown;
}

interface TokenState {
  token: string;
  /** Epoch ms when the token expires; undefined for tokens without a TTL (root, periodic with ttl 0). */
  expiresAt?: number;
  /** Seconds Vault granted last time; the renewal window is a third of it. */
  ttlSeconds?: number;
  renewable: boolean;
}

export class VaultClient {
  private readonly fetchImpl: FetchLike;
  private readonly clock: Clock;
  private readonly retry: RetryPolicy;
  private tokenState?: TokenState;
  private pendingLogin?: Promise<TokenState>;

  constructor(
    readonly config: VaultConfig,
    private readonly deps: VaultClientDeps,
  ) {
    this.fetchImpl = deps.fetch ?? ((url, init) => fetch(url, init));
    this.clock = deps.clock ?? systemClock;
    this.retry = deps.retry ?? defaultRetryPolicy;
  }

  /** Stores the token (token auth), secret id (AppRole) or password (userpass) in the keychain, then logs in. */
  async signIn(secret: string): Promise<void> {
    // Log in first: a mistyped credential is refused without replacing the one in the keychain.
    this.tokenState = undefined;
    this.tokenState = await this.login(secret);
    await this.deps.credentials.set(credentialKey(this.config, this.config.auth.method === "token" ? "token" : "secret"), secret);
  }

  async signOut(): Promise<void> {
    this.tokenState = undefined;
    await this.deps.credentials.delete(credentialKey(this.config, this.config.auth.method === "token" ? "token" : "secret"));
  }

  /** Milliseconds until the current token expires, for status display; undefined if unknown or no TTL. */
  tokenRemainingMs(): number | undefined {
    return this.tokenState?.expiresAt === undefined ? undefined : this.tokenState.expiresAt - this.clock.now();
  }

  /**
   * Sends an authenticated request. 404 is returned to the caller (Vault uses it both for "no such secret"
   * and, with a body, for deleted versions); other failures become typed errors.
   */
  async request(request: VaultRequest): Promise<VaultResponse> {
    let token = await this.ensureToken();
    let response = await this.send(request, token.token);
    if (response.status === 403) {
      // Vault answers 403 both for a missing policy and for an expired or revoked token: ask which it is.
      const stillValid = await this.lookupSelf(token.token);
      if (!stillValid) {
        this.tokenState = undefined;
        if (this.config.auth.method === "token") throw this.expired();
        token = await this.ensureToken();
        response = await this.send(request, token.token);
      }
      if (response.status === 403) throw this.permissionDenied(request);
    }
    return response;
  }

  /** Mount type/version as the Vault CLI learns it (sys/internal/ui/mounts/<mount>). */
  async detectKvVersion(): Promise<1 | 2> {
    const response = await this.request({ method: "GET", path: `sys/internal/ui/mounts/${this.config.mount}`, capability: "read" });
    if (response.status === 404) return 1; // Vault versions before 0.10 have no such endpoint and only KV v1.
    const data = field(response.body, "data");
    const options = field(data, "options");
    const version = field(options, "version");
    return version === "2" ? 2 : 1;
  }

  private async send(request: VaultRequest, token: string | undefined): Promise<VaultResponse> {
    const query = request.query ? "?" + new URLSearchParams(request.query).toString() : "";
    const url = `${this.config.address}/v1/${request.path}${query}`;
    const headers: Record<string, string> = { accept: "application/json" };
    if (token) headers["X-Vault-Token"] = token;
    if (this.config.namespace) headers["X-Vault-Namespace"] = this.config.namespace;
    if (request.body !== undefined) headers["content-type"] = "application/json";
    return withRetry(this.retry, this.clock, async () => {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method: request.method,
          headers,
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(this.config.requestTimeoutMs),
          redirect: "follow",
        });
      } catch (error) {
        const typed =
          describeNetworkFailure("Vault", this.config.address, error) ??
          new UnavailableError(`Vault at ${this.config.address} could not be reached`, error);
        // A refused or reset connection may be a restarting node: retry, then report.
        throw new RetryableError(typed);
      }
      const body = await readJson(response);
      const status = response.status;
      if (status === 429) {
        throw new RetryableError(new UnavailableError(`Vault at ${this.config.address} is throttling requests (429); try again shortly`));
      }
      if (status === 503) {
        const sealed = vaultErrors(body).some((message) => /sealed/i.test(message));
        const typed = new UnavailableError(
          sealed ? `Vault at ${this.config.address} is sealed; an operator must unseal it` : `Vault at ${this.config.address} is unavailable (503)`,
        );
        if (sealed) throw typed; // retrying a sealed Vault only delays the message
        throw new RetryableError(typed);
      }
      if (status === 500 || status === 502 || status === 504) {
        throw new RetryableError(new UnavailableError(`Vault at ${this.config.address} answered ${status}: ${summarize(body)}`));
      }
      if (status === 400 || status === 405 || status === 412) return { status, body };
      if (status >= 200 && status < 300) return { status, body };
      if (status === 403 || status === 404) return { status, body };
      throw new UnavailableError(`Vault at ${this.config.address} answered ${status}: ${summarize(body)}`);
    });
  }

  private async ensureToken(): Promise<TokenState> {
    const state = this.tokenState;
    if (state && !this.needsRenewal(state)) return state;
    if (state && state.renewable && !this.isExpired(state)) {
      const renewed = await this.renewSelf(state);
      if (renewed) return (this.tokenState = renewed);
      state.renewable = false; // do not ask again on every request
    }
    if (state && this.config.auth.method === "token" && !this.isExpired(state)) {
      return state; // not renewable but still valid: use it until it expires
    }
    this.tokenState = undefined;
    // Concurrent calls share one login.
    this.pendingLogin ??= this.login().finally(() => (this.pendingLogin = undefined));
    return (this.tokenState = await this.pendingLogin);
  }

  private needsRenewal(state: TokenState): boolean {
    if (state.expiresAt === undefined) return false;
    const window = Math.max(5_000, ((state.ttlSeconds ?? 0) * 1000) / 3);
    return state.expiresAt - this.clock.now() <= window;
  }

  private isExpired(state: TokenState): boolean {
    return state.expiresAt !== undefined && state.expiresAt <= this.clock.now();
  }

  private async login(given?: string): Promise<TokenState> {
    const { auth } = this.config;
    const stored = given ?? (await this.deps.credentials.get(credentialKey(this.config, auth.method === "token" ? "token" : "secret")));
    if (!stored) throw this.expired(true);
    if (auth.method === "token") {
      const state = await this.lookupSelf(stored);
      if (!state) {
        throw given
          ? new StoreError("Expired", `Vault at ${this.config.address} did not accept that token (permission denied on auth/token/lookup-self); nothing was stored`)
          : this.expired();
      }
      return state;
    }
    const loginPath = auth.method === "approle" ? `auth/${auth.mount}/login` : `auth/${auth.mount}/login/${encodeURIComponent(auth.username ?? "")}`;
    const body = auth.method === "approle" ? { role_id: auth.roleId, secret_id: stored } : { password: stored };
    const response = await this.send({ method: "POST", path: loginPath, body, capability: "update" }, undefined);
    if (response.status === 400 || response.status === 403) {
      throw new StoreError(
        "Expired",
        `Vault ${auth.method} login for "${this.config.environment}" was refused (${summarize(response.body)}); re-authenticate with "Hush: Sign in to Vault"`,
      );
    }
    if (response.status !== 200) throw new UnavailableError(`Vault ${auth.method} login answered ${response.status}`);
    return this.tokenFromAuth(field(response.body, "auth"));
  }

  /** GET auth/token/lookup-self: the token's TTL, or undefined when Vault no longer accepts it. */
  private async lookupSelf(token: string): Promise<TokenState | undefined> {
    const response = await this.send({ method: "GET", path: "auth/token/lookup-self", capability: "read" }, token);
    if (response.status === 403 || response.status === 400) return undefined;
    if (response.status !== 200) throw new UnavailableError(`Vault token lookup answered ${response.status}`);
    const data = field(response.body, "data");
    const ttl = numberField(data, "ttl") ?? 0;
    return {
      token,
      ttlSeconds: ttl || undefined,
      expiresAt: ttl > 0 ? this.clock.now() + ttl * 1000 : undefined,
      renewable: field(data, "renewable") === true,
    };
  }

  /** POST auth/token/renew-self; undefined when Vault refuses (then we log in again or ask to). */
  private async renewSelf(state: TokenState): Promise<TokenState | undefined> {
    const body = state.ttlSeconds ? { increment: `${state.ttlSeconds}s` } : {};
    const response = await this.send({ method: "POST", path: "auth/token/renew-self", body, capability: "update" }, state.token);
    if (response.status !== 200) return undefined;
    const renewed = this.tokenFromAuth(field(response.body, "auth"), state.token);
    // A token at its max TTL renews for less than asked; once it is inside the window, log in afresh.
    return this.needsRenewal(renewed) ? undefined : renewed;
  }

  private tokenFromAuth(auth: unknown, fallbackToken?: string): TokenState {
    const token = field(auth, "client_token");
    const lease = numberField(auth, "lease_duration") ?? 0;
    const resolved = typeof token === "string" && token ? token : fallbackToken;
    if (!resolved) throw new UnavailableError("Vault login answered without a client token");
    return {
      token: resolved,
      ttlSeconds: lease || undefined,
      expiresAt: lease > 0 ? this.clock.now() + lease * 1000 : undefined,
      renewable: field(auth, "renewable") === true,
    };
  }

  private expired(missing = false): StoreError {
    const what = this.config.auth.method === "token" ? "token" : `${this.config.auth.method} credentials`;
    return new StoreError(
      "Expired",
      missing
        ? `No Vault ${what} stored for "${this.config.environment}"; sign in with "Hush: Sign in to Vault"`
        : `The Vault token for "${this.config.environment}" has expired or was revoked; re-authenticate with "Hush: Sign in to Vault"`,
    );
  }

  private permissionDenied(request: VaultRequest): StoreError {
    const namespace = this.config.namespace ? ` in namespace "${this.config.namespace}"` : "";
    return new PermissionDeniedError(
      `Vault denied ${request.method} on "${request.path}"${namespace}: the token's policy needs the "${request.capability}" capability on path "${request.path}"`,
    );
  }
}

/** The `errors` array of a Vault error body. Vault's messages name paths and parameters, never secret data. */
export function vaultErrors(body: unknown): string[] {
  const errors = field(body, "errors");
  return Array.isArray(errors) ? errors.filter((item): item is string => typeof item === "string") : [];
}

export function summarize(body: unknown): string {
  const text = vaultErrors(body).join("; ");
  return (text || "no error detail").slice(0, 200);
}

export function notFound(path: string): NotFoundError {
  return new NotFoundError(`Vault has no secret at "${path}"`);
}

export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

function numberField(value: unknown, key: string): number | undefined {
  const raw = field(value, key);
  return typeof raw === "number" && Number.isFinite(raw) ? raw : undefined;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
