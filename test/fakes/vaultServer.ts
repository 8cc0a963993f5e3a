// A wire-level stand-in for the HashiCorp Vault HTTP API (no Vault binary can be installed here), written from
// the public API docs (developer.hashicorp.com/vault/api-docs): KV v2 (data, metadata, delete, undelete,
// destroy, LIST), KV v1, token/AppRole/userpass auth, lookup-self and renew-self with TTLs, ACL policies,
// namespaces (X-Vault-Namespace), and Vault's error bodies `{"errors":[...]}` with its status codes
// (400 bad request / CAS mismatch, 403 permission denied, 404, 405 unsupported operation, 429, 503 sealed).
// Started by tests on 127.0.0.1 with a random port.

import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";

export type Capability = "create" | "read" | "update" | "delete" | "list" | "sudo" | "deny";
/** path pattern (Vault glob: trailing "*" and "+" segment wildcards) -> capabilities */
export type Policy = Record<string, Capability[]>;

interface TokenInfo {
  policies: string[];
  ttlSeconds: number;
  expiresAt?: number;
  renewable: boolean;
  maxExpiresAt?: number;
  issuedAt: number;
}

interface KvVersion {
  data: Record<string, unknown> | null;
  created_time: string;
  deletion_time: string;
  destroyed: boolean;
}
interface KvSecret {
  versions: Map<number, KvVersion>;
  current: number;
  oldest: number;
  created: string;
  updated: string;
}

interface Mount {
  version: 1 | 2;
  v1: Map<string, Record<string, unknown>>;
  v2: Map<string, KvSecret>;
  maxVersions: number;
  casRequired: boolean;
}

export interface RecordedVaultRequest {
  method: string;
  path: string;
  namespace?: string;
  hadToken: boolean;
}

export interface FakeVaultOptions {
  /** Mounts by path ("secret" -> KV v2). Inside a namespace use "ns1/secret" and list "ns1" in namespaces. */
  mounts?: Record<string, 1 | 2>;
  namespaces?: string[];
  /** Milliseconds clock shared with the test, to age tokens without waiting. */
  now?: () => number;
}

export class FakeVaultServer {
  readonly requests: RecordedVaultRequest[] = [];
  sealed = false;
  private readonly server: http.Server;
  private readonly tokens = new Map<string, TokenInfo>();
  private readonly policies = new Map<string, Policy>([["root", { "*": ["create", "read", "update", "delete", "list", "sudo"] }]]);
  private readonly approles = new Map<string, { secretId: string; policies: string[]; ttlSeconds: number; maxTtlSeconds: number }>();
  private readonly users = new Map<string, { password: string; policies: string[]; ttlSeconds: number; maxTtlSeconds: number }>();
  private readonly mounts = new Map<string, Mount>();
  private readonly failures: { status: number; errors: string[]; remaining: number; pathPrefix?: string }[] = [];
  private readonly now: () => number;
  private readonly namespaces: string[];
  private port = 0;

  constructor(options: FakeVaultOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.namespaces = options.namespaces ?? [];
    for (const [path, version] of Object.entries(options.mounts ?? { secret: 2 })) this.mount(path, version === 1 ? 1 : 2);
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        send(res, 500, { errors: [String(error)] });
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this.address;
  }
  get address(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // --- test set-up -------------------------------------------------------------------------------------------

  mount(path: string, version: 1 | 2, options: { casRequired?: boolean; maxVersions?: number } = {}): void {
    this.mounts.set(path, { version, v1: new Map(), v2: new Map(), maxVersions: options.maxVersions ?? 10, casRequired: options.casRequired ?? false });
  }
  addPolicy(name: string, policy: Policy): void {
    this.policies.set(name, policy);
  }
  /** Issues a token; ttlSeconds 0 means no expiry (like a root token). */
  issueToken(options: { policies?: string[]; ttlSeconds?: number; renewable?: boolean; maxTtlSeconds?: number } = {}): string {
    const token = "hvs." + randomUUID().replace(/-/g, "");
    this.tokens.set(token, this.tokenInfo(options.policies ?? ["root"], options.ttlSeconds ?? 0, options.renewable ?? false, options.maxTtlSeconds));
    return token;
  }
  revokeToken(token: string): void {
    this.tokens.delete(token);
  }
  addAppRole(roleId: string, secretId: string, policies: string[], ttlSeconds = 3600, maxTtlSeconds = 0): void {
    this.approles.set(roleId, { secretId, policies, ttlSeconds, maxTtlSeconds });
  }
  addUser(username: string, password: string, policies: string[], ttlSeconds = 3600, maxTtlSeconds = 0): void {
    this.users.set(username, { password, policies, ttlSeconds, maxTtlSeconds });
  }
  /** The next `count` requests (optionally only under pathPrefix) fail with this status and Vault error body. */
  failNext(count: number, status: number, errors: string[], pathPrefix?: string): void {
    this.failures.push({ status, errors, remaining: count, pathPrefix });
  }
  resetFailures(): void {
    this.failures.length = 0;
  }
  /** Direct view of KV v2 state, for assertions that bypass the store. */
  kvVersions(mount: string, path: string): { current: number; versions: Map<number, KvVersion> } | undefined {
    const secret = this.mounts.get(mount)?.v2.get(path);
    return secret ? { current: secret.current, versions: secret.versions } : undefined;
  }
  /** Latest (or given) version's data of a KV v2 secret, for assertions. */
  kvData(mount: string, path: string, version?: number): Record<string, unknown> | undefined {
    const secret = this.mounts.get(mount)?.v2.get(path);
    return secret?.versions.get(version ?? secret.current)?.data ?? undefined;
  }
  kvWrite(mount: string, path: string, data: Record<string, unknown>): number {
    const target = this.mounts.get(mount);
    if (!target) throw new Error(`no mount ${mount}`);
    if (target.version === 1) {
      target.v1.set(path, { ...data });
      return 0;
    }
    return this.writeVersion(target, path, data);
  }

  // --- request handling --------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://vault");
    const namespace = header(req, "x-vault-namespace")?.replace(/^\/+|\/+$/g, "") || undefined;
    const token = header(req, "x-vault-token") ?? header(req, "authorization")?.replace(/^Bearer\s+/i, "");
    let method = (req.method ?? "GET").toUpperCase();
    if (method === "GET" && url.searchParams.get("list") === "true") method = "LIST";
    const rawBody = await readBody(req);
    if (!url.pathname.startsWith("/v1/")) return send(res, 404, { errors: [] });
    const path = decodeURIComponent(url.pathname.slice(4)).replace(/\/+$/, (tail) => (method === "LIST" ? "" : tail));
    this.requests.push({ method, path, namespace, hadToken: Boolean(token) });

    const failure = this.failures.find((candidate) => candidate.remaining > 0 && (!candidate.pathPrefix || path.startsWith(candidate.pathPrefix)));
    if (failure) {
      failure.remaining--;
      return send(res, failure.status, { errors: failure.errors });
    }
    if (this.sealed) return send(res, 503, { errors: ["Vault is sealed"] });

    let body: Record<string, unknown> = {};
    if (rawBody.length > 0) {
      try {
        const parsed = JSON.parse(rawBody) as unknown;
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
        else return send(res, 400, { errors: ["failed to parse JSON input: expected an object"] });
      } catch (error) {
        return send(res, 400, { errors: [`failed to parse JSON input: ${(error as Error).message}`] });
      }
    }

    // Unauthenticated login endpoints.
    const approleLogin = /^auth\/approle\/login$/.exec(path);
    if (approleLogin && method !== "LIST") {
      if (method !== "POST" && method !== "PUT") return send(res, 405, { errors: ["unsupported operation"] });
      const role = this.approles.get(String(body.role_id ?? ""));
      if (!body.role_id) return send(res, 400, { errors: ["missing role_id"] });
      if (!role || role.secretId !== body.secret_id) return send(res, 400, { errors: ["invalid role or secret ID"] });
      return this.sendAuth(res, role.policies, role.ttlSeconds, role.maxTtlSeconds, { role_name: "approle" });
    }
    const userpassLogin = /^auth\/userpass\/login\/([^/]+)$/.exec(path);
    if (userpassLogin?.[1] && method !== "LIST") {
      if (method !== "POST" && method !== "PUT") return send(res, 405, { errors: ["unsupported operation"] });
      const user = this.users.get(userpassLogin[1].toLowerCase());
      if (!user || user.password !== body.password) return send(res, 400, { errors: ["invalid username or password"] });
      return this.sendAuth(res, user.policies, user.ttlSeconds, user.maxTtlSeconds, { username: userpassLogin[1] });
    }

    const info = token ? this.validToken(token) : undefined;
    if (!token || !info) return send(res, 403, { errors: ["permission denied"] });

    if (path === "auth/token/lookup-self") {
      if (method !== "GET" && method !== "POST") return send(res, 405, { errors: ["unsupported operation"] });
      const ttl = info.expiresAt === undefined ? 0 : Math.max(0, Math.floor((info.expiresAt - this.now()) / 1000));
      return sendData(res, {
        accessor: "acc-" + token.slice(-6),
        creation_ttl: info.ttlSeconds,
        expire_time: info.expiresAt === undefined ? null : new Date(info.expiresAt).toISOString(),
        explicit_max_ttl: 0,
        issue_time: new Date(info.issuedAt).toISOString(),
        policies: info.policies,
        renewable: info.renewable,
        ttl,
        type: "service",
      });
    }
    if (path === "auth/token/renew-self") {
      if (method !== "POST" && method !== "PUT") return send(res, 405, { errors: ["unsupported operation"] });
      if (!info.renewable) return send(res, 400, { errors: ["lease is not renewable"] });
      const increment = parseDuration(body.increment) ?? info.ttlSeconds;
      let expiresAt = this.now() + increment * 1000;
      if (info.maxExpiresAt !== undefined) expiresAt = Math.min(expiresAt, info.maxExpiresAt);
      info.expiresAt = expiresAt;
      const lease = Math.max(0, Math.floor((expiresAt - this.now()) / 1000));
      return send(res, 200, envelope(null, { client_token: token, accessor: "acc-" + token.slice(-6), policies: info.policies, token_policies: info.policies, lease_duration: lease, renewable: true, metadata: null }));
    }

    if (path === "sys/internal/ui/mounts") {
      if (method !== "GET") return send(res, 405, { errors: ["unsupported operation"] });
      // Only the mounts this token can use, as the UI endpoint filters them.
      const secret: Record<string, unknown> = {};
      for (const [key, mount] of this.mounts) {
        const inNamespace = namespace ? key.startsWith(namespace + "/") : !this.isNamespaced(key);
        if (!inNamespace) continue;
        const mountPath = namespace ? key.slice(namespace.length + 1) : key;
        if (!this.anyCapabilityUnder(info, mountPath + "/")) continue;
        secret[mountPath + "/"] = { type: "kv", options: { version: String(mount.version) }, description: "" };
      }
      return sendData(res, { auth: {}, secret });
    }
    const uiMount = /^sys\/internal\/ui\/mounts\/(.+)$/.exec(path);
    if (uiMount?.[1]) {
      const found = this.findMount(namespace, uiMount[1]);
      if (!found) return send(res, 400, { errors: [`path "${uiMount[1]}/" does not exist`] }); // as Vault answers for unknown mounts
      if (!this.allowed(info, found.mountPath, "read") && !this.anyCapabilityUnder(info, found.mountPath + "/")) return send(res, 403, { errors: ["permission denied"] });
      return sendData(res, { type: "kv", path: found.mountPath + "/", options: { version: String(found.mount.version) }, description: "" });
    }

    const resolved = this.findMountFor(namespace, path);
    if (!resolved) return send(res, 404, { errors: [`no handler for route "${path}". route entry not found.`] });
    const { mount, mountPath, rest } = resolved;
    if (mount.version === 1) return this.handleV1(res, info, method, mount, mountPath, rest, body);
    const versionParam = url.searchParams.get("version");
    const version = versionParam && /^\d+$/.test(versionParam) && versionParam !== "0" ? Number(versionParam) : undefined;
    return this.handleV2(res, info, method, mount, mountPath, rest, body, version);
  }

  private handleV1(res: http.ServerResponse, info: TokenInfo, method: string, mount: Mount, mountPath: string, path: string, body: Record<string, unknown>): void {
    const aclPath = `${mountPath}/${path}`;
    if (method === "LIST") {
      if (!this.allowed(info, aclPath, "list")) return send(res, 403, { errors: ["permission denied"] });
      const keys = listKeys([...mount.v1.keys()], path);
      return keys.length ? sendData(res, { keys }) : send(res, 404, { errors: [] });
    }
    if (method === "GET") {
      if (!this.allowed(info, aclPath, "read")) return send(res, 403, { errors: ["permission denied"] });
      const data = mount.v1.get(path);
      return data ? sendData(res, data) : send(res, 404, { errors: [] });
    }
    if (method === "POST" || method === "PUT") {
      const capability = mount.v1.has(path) ? "update" : "create";
      if (!this.allowed(info, aclPath, capability)) return send(res, 403, { errors: ["permission denied"] });
      if (Object.keys(body).length === 0) return send(res, 400, { errors: ["missing data fields"] });
      mount.v1.set(path, body);
      return send(res, 204, undefined);
    }
    if (method === "DELETE") {
      if (!this.allowed(info, aclPath, "delete")) return send(res, 403, { errors: ["permission denied"] });
      mount.v1.delete(path);
      return send(res, 204, undefined);
    }
    return send(res, 405, { errors: ["unsupported operation"] });
  }

  private handleV2(
    res: http.ServerResponse,
    info: TokenInfo,
    method: string,
    mount: Mount,
    mountPath: string,
    rest: string,
    body: Record<string, unknown>,
    requestedVersion: number | undefined,
  ): void {
    const slash = rest.indexOf("/");
    const kind = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? "" : rest.slice(slash + 1);
    const aclPath = `${mountPath}/${rest}`;
    const deny = (capability: Capability): boolean => {
      if (this.allowed(info, aclPath, capability)) return false;
      send(res, 403, { errors: ["permission denied"] });
      return true;
    };
    const secret = mount.v2.get(path);

    if (kind === "data") {
      if (method === "GET") {
        if (deny("read")) return;
        if (!secret) return send(res, 404, { errors: [] });
        const requested = requestedVersion ?? secret.current;
        const version = secret.versions.get(requested);
        if (!version) return send(res, 404, { errors: [] });
        const metadata = versionMetadata(requested, version);
        // A deleted or destroyed version answers 404 with its metadata, as Vault does.
        if (version.deletion_time || version.destroyed || version.data === null) return send(res, 404, envelope({ data: null, metadata }));
        return sendData(res, { data: version.data, metadata });
      }
      if (method === "POST" || method === "PUT") {
        if (deny(secret ? "update" : "create")) return;
        const data = body.data;
        if (!data || typeof data !== "object" || Array.isArray(data)) return send(res, 400, { errors: ["no data provided"] });
        const options = (body.options ?? {}) as Record<string, unknown>;
        const cas = options.cas;
        if (cas === undefined && mount.casRequired) return send(res, 400, { errors: ["check-and-set parameter required for this call"] });
        if (cas !== undefined) {
          const current = secret?.current ?? 0;
          if (typeof cas !== "number" || cas !== current) {
            return send(res, 400, { errors: ["check-and-set parameter did not match the current version"] });
          }
        }
        const version = this.writeVersion(mount, path, data as Record<string, unknown>);
        const written = mount.v2.get(path)?.versions.get(version);
        return sendData(res, written ? versionMetadata(version, written) : {});
      }
      if (method === "DELETE") {
        if (deny("delete")) return;
        const latest = secret?.versions.get(secret.current);
        if (latest && !latest.deletion_time && !latest.destroyed) latest.deletion_time = this.iso();
        return send(res, 204, undefined);
      }
      return send(res, 405, { errors: ["unsupported operation"] });
    }
    if (kind === "metadata") {
      if (method === "LIST") {
        if (deny("list")) return;
        const keys = listKeys([...mount.v2.keys()], path);
        return keys.length ? sendData(res, { keys }) : send(res, 404, { errors: [] });
      }
      if (method === "GET") {
        if (deny("read")) return;
        if (!secret) return send(res, 404, { errors: [] });
        const versions: Record<string, unknown> = {};
        for (const [number, version] of secret.versions) {
          versions[String(number)] = { created_time: version.created_time, deletion_time: version.deletion_time, destroyed: version.destroyed };
        }
        return sendData(res, {
          cas_required: mount.casRequired,
          created_time: secret.created,
          current_version: secret.current,
          custom_metadata: null,
          delete_version_after: "0s",
          max_versions: 0,
          oldest_version: secret.oldest,
          updated_time: secret.updated,
          versions,
        });
      }
      if (method === "DELETE") {
        if (deny("delete")) return;
        mount.v2.delete(path);
        return send(res, 204, undefined);
      }
      return send(res, 405, { errors: ["unsupported operation"] });
    }
    if (kind === "delete" || kind === "undelete" || kind === "destroy") {
      if (method !== "POST" && method !== "PUT") return send(res, 405, { errors: ["unsupported operation"] });
      if (deny("update")) return;
      const versions = body.versions;
      if (!Array.isArray(versions) || versions.length === 0) return send(res, 400, { errors: ["no version number provided"] });
      if (!secret) return send(res, 204, undefined);
      for (const number of versions) {
        const version = secret.versions.get(Number(number));
        if (!version) continue;
        if (kind === "delete" && !version.destroyed && !version.deletion_time) version.deletion_time = this.iso();
        if (kind === "undelete" && !version.destroyed) version.deletion_time = "";
        if (kind === "destroy") {
          version.destroyed = true;
          version.data = null;
        }
      }
      return send(res, 204, undefined);
    }
    return send(res, 404, { errors: [`no handler for route "${mountPath}/${rest}". route entry not found.`] });
  }

  private writeVersion(mount: Mount, path: string, data: Record<string, unknown>): number {
    const now = this.iso();
    let secret = mount.v2.get(path);
    if (!secret) {
      secret = { versions: new Map(), current: 0, oldest: 0, created: now, updated: now };
      mount.v2.set(path, secret);
    }
    const version = secret.current + 1;
    secret.versions.set(version, { data: { ...data }, created_time: now, deletion_time: "", destroyed: false });
    secret.current = version;
    secret.updated = now;
    if (secret.oldest === 0) secret.oldest = 1;
    while (secret.versions.size > mount.maxVersions) {
      secret.versions.delete(secret.oldest);
      secret.oldest++;
    }
    return version;
  }

  private sendAuth(res: http.ServerResponse, policies: string[], ttlSeconds: number, maxTtlSeconds: number, metadata: Record<string, string>): void {
    const token = "hvs." + randomUUID().replace(/-/g, "");
    this.tokens.set(token, this.tokenInfo(policies, ttlSeconds, true, maxTtlSeconds || undefined));
    send(res, 200, envelope(null, { client_token: token, accessor: "acc-" + token.slice(-6), policies, token_policies: policies, metadata, lease_duration: ttlSeconds, renewable: true }));
  }

  private tokenInfo(policies: string[], ttlSeconds: number, renewable: boolean, maxTtlSeconds?: number): TokenInfo {
    const now = this.now();
    return {
      policies,
      ttlSeconds,
      renewable,
      issuedAt: now,
      expiresAt: ttlSeconds > 0 ? now + ttlSeconds * 1000 : undefined,
      maxExpiresAt: maxTtlSeconds ? now + maxTtlSeconds * 1000 : undefined,
    };
  }

  private validToken(token: string): TokenInfo | undefined {
    const info = this.tokens.get(token);
    if (!info) return undefined;
    if (info.expiresAt !== undefined && info.expiresAt <= this.now()) {
      this.tokens.delete(token); // Vault revokes expired tokens
      return undefined;
    }
    return info;
  }

  private allowed(info: TokenInfo, path: string, capability: Capability): boolean {
    let granted = false;
    for (const name of info.policies) {
      const policy = this.policies.get(name);
      if (!policy) continue;
      for (const [pattern, capabilities] of Object.entries(policy)) {
        if (!globMatch(pattern, path)) continue;
        if (capabilities.includes("deny")) return false;
        if (capabilities.includes(capability)) granted = true;
      }
    }
    return granted;
  }

  private anyCapabilityUnder(info: TokenInfo, prefix: string): boolean {
    return info.policies.some((name) => Object.keys(this.policies.get(name) ?? {}).some((pattern) => pattern.startsWith(prefix) || pattern === "*"));
  }

  /** Mount keys inside a namespace look like "ns/secret"; a root mount may contain "/" only if no namespace matches. */
  private isNamespaced(key: string): boolean {
    return this.namespaces.some((namespace) => key.startsWith(namespace + "/"));
  }

  private findMount(namespace: string | undefined, mountPath: string): { mount: Mount; mountPath: string } | undefined {
    const trimmed = mountPath.replace(/\/+$/, "");
    const key = namespace ? `${namespace}/${trimmed}` : trimmed;
    const mount = this.mounts.get(key);
    return mount ? { mount, mountPath: trimmed } : undefined;
  }

  private findMountFor(namespace: string | undefined, path: string): { mount: Mount; mountPath: string; rest: string } | undefined {
    const segments = path.split("/");
    for (let length = segments.length - 1; length >= 1; length--) {
      const mountPath = segments.slice(0, length).join("/");
      const found = this.findMount(namespace, mountPath);
      if (found) return { ...found, rest: segments.slice(length).join("/") };
    }
    return undefined;
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }
}

function versionMetadata(version: number, info: KvVersion): Record<string, unknown> {
  return { created_time: info.created_time, custom_metadata: null, deletion_time: info.deletion_time, destroyed: info.destroyed, version };
}

function listKeys(paths: string[], folder: string): string[] {
  const prefix = folder ? folder.replace(/\/+$/, "") + "/" : "";
  const keys = new Set<string>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf("/");
    keys.add(slash < 0 ? rest : rest.slice(0, slash + 1));
  }
  keys.delete("");
  return [...keys].sort();
}

/** Vault policy globs: "*" at the end matches any suffix, "+" matches one path segment. */
function globMatch(pattern: string, path: string): boolean {
  const source = pattern
    .split("")
    .map((char, index) => {
      if (char === "*" && index === pattern.length - 1) return ".*";
      if (char === "+") return "[^/]+";
      return char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`).test(path);
}

function parseDuration(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const match = /^(\d+)(s|m|h)?$/.exec(value.trim());
  if (!match?.[1]) return undefined;
  const amount = Number(match[1]);
  return match[2] === "h" ? amount * 3600 : match[2] === "m" ? amount * 60 : amount;
}

function envelope(data: unknown, auth: unknown = null): Record<string, unknown> {
  return { request_id: randomUUID(), lease_id: "", renewable: false, lease_duration: 0, data, wrap_info: null, warnings: null, auth };
}

function sendData(res: http.ServerResponse, data: unknown): void {
  send(res, 200, envelope(data));
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status, { "cache-control": "no-store" });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
