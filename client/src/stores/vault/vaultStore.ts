// HashiCorp Vault KV (version 2, and version 1 mounts) behind the SecretStore interface.
//
// Names, relative to the configured path prefix:
//   "STRIPE_KEY"        a key of the default secret (settings: defaultSecret, "app" by default)
//   "team/web#DB_URL"   key DB_URL of the secret at team/web
//   "team/"             a folder (LIST), "team/web" a secret whose keys are its children
// Writes merge one key into the secret's current data and send it with check-and-set (KV v2), so a concurrent
// writer's other keys are never lost; a CAS mismatch re-reads and retries a bounded number of times.

import type { SecretEntry, SecretStore, SecretVersion, StoreCapabilities } from "../types";
import { NotFoundError, StoreError } from "../types";
import { ChangeEmitter, SerialQueue } from "../changeEmitter";
import { type AuditSink, ValueCache, splitKeyName, systemClock } from "../remote/common";
import { type VaultConfig } from "./config";
import { VaultClient, type VaultClientDeps, field, notFound, summarize, vaultErrors } from "./vaultClient";
import { formatVaultReference } from "./reference";

export interface VaultStoreDeps extends VaultClientDeps {
  audit?: AuditSink;
}

interface SecretData {
  data: Record<string, unknown>;
  /** KV v2 version of what was read; 0 when the secret does not exist. */
  version: number;
}

const CAS_ATTEMPTS = 3;

export class VaultStore implements SecretStore {
  readonly kind = "vault";
  readonly label: string;
  readonly environment: string;
  readonly client: VaultClient;
  private kvVersion?: 1 | 2;
  private readonly cache: ValueCache;
  private readonly changes = new ChangeEmitter();
  /** One read-modify-write at a time from this window; CAS guards against other writers. */
  private readonly writes = new SerialQueue();
  private readonly audit: AuditSink;

  constructor(
    readonly config: VaultConfig,
    deps: VaultStoreDeps,
  ) {
    this.environment = config.environment;
    this.client = new VaultClient(config, deps);
    this.cache = new ValueCache(config.cacheTtlMs, deps.clock ?? systemClock);
    this.audit = deps.audit ?? (() => undefined);
    if (config.kvVersion !== "auto") this.kvVersion = config.kvVersion;
    const host = config.address.replace(/^https?:\/\//, "");
    this.label = `Vault ${[config.mount, config.pathPrefix].filter(Boolean).join("/")} (${host})`;
  }

  get capabilities(): StoreCapabilities {
    const versioned = this.kvVersion !== 1;
    return { write: true, delete: true, versions: versioned, rollback: versioned, hierarchical: true };
  }

  onDidChange(listener: () => void): { dispose(): void } {
    return this.changes.event(listener);
  }

  dispose(): void {
    this.cache.clear();
    this.changes.dispose();
  }

  /** Keeps the token / secret id / password in the keychain and logs in. */
  signIn(secret: string): Promise<void> {
    return this.audited("(auth)", "signIn", async () => {
      await this.client.signIn(secret);
      this.cache.clear();
      this.changes.fire();
    });
  }

  /** The KV mounts this token can use (sys/internal/ui/mounts), for choosing `mount` in the settings. */
  listMounts(): Promise<Array<{ path: string; kvVersion: 1 | 2 }>> {
    return this.audited("(mounts)", "listMounts", async () => {
      const response = await this.client.request({ method: "GET", path: "sys/internal/ui/mounts", capability: "read" });
      this.expectOk(response.status, response.body, "list mounts", "sys/internal/ui/mounts");
      const secretMounts = field(field(response.body, "data"), "secret");
      const mounts: Array<{ path: string; kvVersion: 1 | 2 }> = [];
      for (const [path, info] of Object.entries(asRecord(secretMounts))) {
        const type = field(info, "type");
        if (type !== "kv" && type !== "generic") continue;
        mounts.push({ path: path.replace(/\/+$/, ""), kvVersion: field(field(info, "options"), "version") === "2" ? 2 : 1 });
      }
      return mounts.sort((a, b) => a.path.localeCompare(b.path));
    });
  }

  /** `vault:secret/data/app#STRIPE_KEY`, for .env.example templates and injectors. */
  async reference(name: string): Promise<string> {
    const version = await this.resolveKvVersion();
    const { secret, key } = this.resolve(name);
    return formatVaultReference({ mount: this.config.mount, kvVersion: version, path: this.fullPath(secret), key });
  }

  list(prefix?: string): Promise<SecretEntry[]> {
    return this.audited(prefix ?? "", "list", async () => {
      if (!prefix) return this.listRoot();
      if (prefix.endsWith("/")) return this.listFolder(prefix);
      const { secret } = splitKeyName(prefix);
      const current = await this.readSecret(secret);
      if (!current) return [];
      return Object.keys(current.data)
        .sort()
        .map((key) => ({ name: `${secret}#${key}`, meta: { version: current.version || undefined } }));
    });
  }

  get(name: string, version?: string): Promise<string> {
    return this.audited(name, "get", async () => {
      const { secret, key } = this.resolve(name);
      const current = await this.readSecret(secret, version);
      if (!current) throw notFound(this.describe(secret, version));
      if (key === undefined || key === "") return JSON.stringify(current.data);
      if (!(key in current.data)) throw new NotFoundError(`Vault secret "${this.describe(secret, version)}" has no key "${key}"`);
      return stringify(current.data[key]);
    });
  }

  set(name: string, value: string): Promise<void> {
    return this.audited(name, "set", async () => {
      const { secret, key } = this.resolve(name);
      if (key === undefined || key === "") {
        const parsed = parseObject(value);
        if (!parsed) throw new StoreError("Invalid", `Name a key ("${secret}#KEY") or write a JSON object to replace the whole secret`);
        await this.update(secret, () => parsed);
      } else {
        await this.update(secret, (data) => ({ ...data, [key]: value }));
      }
    });
  }

  delete(name: string): Promise<void> {
    return this.audited(name, "delete", async () => {
      const { secret, key } = this.resolve(name);
      if (key === undefined || key === "") return this.softDeleteLatest(secret);
      const existing = await this.readSecret(secret);
      if (!existing || !(key in existing.data)) throw new NotFoundError(`Vault secret "${this.describe(secret)}" has no key "${key}"`);
      // The last key: delete the secret instead of writing an empty one (KV v2 keeps it undeletable).
      if (Object.keys(existing.data).length === 1) return this.softDeleteLatest(secret);
      await this.update(secret, (data) => {
        const { [key]: _removed, ...rest } = data;
        return rest;
      });
    });
  }

  versions(name: string): Promise<SecretVersion[]> {
    return this.audited(name, "versions", async () => {
      const metadata = await this.metadataOf(this.resolve(name).secret);
      return metadata.versions;
    });
  }

  /**
   * Rolls back by writing the old data as a new version (as `vault kv rollback` does), so history is kept.
   * For "secret#KEY" only that key is restored; other keys keep their current values.
   */
  rollback(name: string, versionId: string): Promise<void> {
    return this.audited(name, "rollback", async () => {
      await this.requireKv2("rollback");
      const { secret, key } = this.resolve(name);
      const old = await this.readSecret(secret, versionId);
      if (!old) throw new NotFoundError(`Vault secret "${this.describe(secret, versionId)}" is deleted or destroyed; undelete it first`);
      if (key === undefined || key === "") {
        await this.update(secret, () => old.data);
      } else {
        await this.update(secret, (data) => {
          if (!(key in old.data)) {
            const { [key]: _absent, ...rest } = data;
            return rest;
          }
          return { ...data, [key]: old.data[key] };
        });
      }
    });
  }

  /** KV v2: soft-deleted versions become readable again. */
  undelete(name: string, versionIds: string[]): Promise<void> {
    return this.versionOperation(name, "undelete", versionIds);
  }

  /** KV v2: permanently removes the data of these versions. */
  destroy(name: string, versionIds: string[]): Promise<void> {
    return this.versionOperation(name, "destroy", versionIds);
  }

  /** Created/updated times, current version and versions (KV v2). */
  metadata(name: string): Promise<{ createdAt?: string; updatedAt?: string; currentVersion?: number; versions: SecretVersion[] }> {
    return this.audited(name, "metadata", () => this.metadataOf(this.resolve(name).secret));
  }

  // --- internals ---------------------------------------------------------------------------------------------

  private async audited<T>(name: string, operation: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.audit({ store: this.kind, environment: this.environment, name, operation, result: "ok" });
      return result;
    } catch (error) {
      const code = error instanceof StoreError ? error.code : "Unavailable";
      this.audit({ store: this.kind, environment: this.environment, name, operation, result: code });
      if (error instanceof StoreError) throw error;
      throw new StoreError("Unavailable", `Vault ${operation} failed unexpectedly`, error);
    }
  }

  private resolve(name: string): { secret: string; key?: string } {
    const trimmed = name.trim();
    if (!trimmed) throw new StoreError("Invalid", "A Vault secret name cannot be empty");
    if (!trimmed.includes("#")) {
      if (trimmed.includes("/")) return { secret: trimmed.replace(/\/+$/, "") };
      return { secret: this.config.defaultSecret, key: trimmed };
    }
    const { secret, key } = splitKeyName(trimmed);
    return { secret: secret.replace(/^\/+|\/+$/g, "") || this.config.defaultSecret, key };
  }

  private fullPath(secret: string): string {
    return [this.config.pathPrefix, secret].filter(Boolean).join("/");
  }

  private describe(secret: string, version?: string): string {
    return `${this.config.mount}/${this.fullPath(secret)}${version ? ` (version ${version})` : ""}`;
  }

  private async resolveKvVersion(): Promise<1 | 2> {
    this.kvVersion ??= await this.client.detectKvVersion();
    return this.kvVersion;
  }

  private async requireKv2(what: string): Promise<void> {
    if ((await this.resolveKvVersion()) !== 2) {
      throw new StoreError("Invalid", `Vault mount "${this.config.mount}" is KV version 1, which has no versions; ${what} needs KV version 2`);
    }
  }

  private async apiPath(kind: "data" | "metadata" | "delete" | "undelete" | "destroy", secret: string): Promise<string> {
    const path = this.fullPath(secret);
    const encoded = path
      .split("/")
      .filter(Boolean)
      .map(encodeURIComponent)
      .join("/");
    if ((await this.resolveKvVersion()) === 1) return [this.config.mount, encoded].filter(Boolean).join("/");
    return [this.config.mount, kind, encoded].filter(Boolean).join("/");
  }

  private async listRoot(): Promise<SecretEntry[]> {
    const entries = await this.listFolder("");
    const defaultEntry = entries.findIndex((entry) => entry.name === this.config.defaultSecret);
    if (defaultEntry >= 0) entries.splice(defaultEntry, 1);
    // The default secret's keys appear at the top level under their bare names ("STRIPE_KEY").
    const defaults = await this.readSecret(this.config.defaultSecret);
    const bare: SecretEntry[] = defaults
      ? Object.keys(defaults.data)
          .sort()
          .map((key) => ({ name: key, meta: { secret: this.config.defaultSecret, version: defaults.version || undefined } }))
      : [];
    return [...bare, ...entries];
  }

  private async listFolder(folder: string): Promise<SecretEntry[]> {
    const path = await this.apiPath("metadata", folder);
    const response = await this.client.request({ method: "GET", path, query: { list: "true" }, capability: "list" });
    if (response.status === 404) return [];
    this.expectOk(response.status, response.body, "list", path);
    const keys = field(field(response.body, "data"), "keys");
    if (!Array.isArray(keys)) return [];
    return keys
      .filter((key): key is string => typeof key === "string")
      .sort()
      .map((key) =>
        key.endsWith("/")
          ? { name: folder + key, isFolder: true, meta: { kind: "folder" } }
          : { name: folder + key, isFolder: true, meta: { kind: "secret" } },
      );
  }

  /** Reads a secret's data; undefined when absent, or (KV v2) when that version is deleted or destroyed. */
  private async readSecret(secret: string, version?: string): Promise<SecretData | undefined> {
    const cacheKey = `${secret}@${version ?? "latest"}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return JSON.parse(cached) as SecretData;
    const result = await this.fetchSecret(secret, version);
    if (result) this.cache.set(cacheKey, JSON.stringify(result));
    return result;
  }

  private async fetchSecret(secret: string, version?: string): Promise<SecretData | undefined> {
    const kv = await this.resolveKvVersion();
    const path = await this.apiPath("data", secret);
    if (version !== undefined && kv === 1) throw new StoreError("Invalid", "KV version 1 mounts keep no versions");
    if (version !== undefined && !/^\d+$/.test(version)) throw new StoreError("Invalid", `"${version}" is not a Vault version number`);
    const response = await this.client.request({
      method: "GET",
      path,
      query: version ? { version } : undefined,
      capability: "read",
    });
    if (response.status === 404) return undefined;
    this.expectOk(response.status, response.body, "read", path);
    const outer = field(response.body, "data");
    if (kv === 1) return { data: asRecord(outer), version: 0 };
    const metadata = field(outer, "metadata");
    const versionNumber = field(metadata, "version");
    return { data: asRecord(field(outer, "data")), version: typeof versionNumber === "number" ? versionNumber : 0 };
  }

  /** The version a CAS write must name: the latest version even when it is soft-deleted; 0 when none. */
  private async currentVersionForCas(secret: string): Promise<{ data: Record<string, unknown>; cas: number }> {
    const path = await this.apiPath("data", secret);
    const response = await this.client.request({ method: "GET", path, capability: "read" });
    const outer = field(response.body, "data");
    const version = field(field(outer, "metadata"), "version");
    if (response.status === 404) return { data: {}, cas: typeof version === "number" ? version : 0 };
    this.expectOk(response.status, response.body, "read", path);
    return { data: asRecord(field(outer, "data")), cas: typeof version === "number" ? version : 0 };
  }

  /** Read-modify-write with check-and-set (KV v2) or a plain write (KV v1). Returns what was written. */
  private update(secret: string, change: (data: Record<string, unknown>) => Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.writes.run(() => this.updateNow(secret, change));
  }

  private async updateNow(secret: string, change: (data: Record<string, unknown>) => Record<string, unknown>): Promise<Record<string, unknown>> {
    const kv = await this.resolveKvVersion();
    const path = await this.apiPath("data", secret);
    this.cache.invalidate(secret);
    try {
      for (let attempt = 1; ; attempt++) {
        if (kv === 1) {
          const current = await this.fetchSecret(secret);
          const next = change(current?.data ?? {});
          const response = await this.client.request({ method: "POST", path, body: next, capability: current ? "update" : "create" });
          this.expectOk(response.status, response.body, "write", path);
          return next;
        }
        const { data, cas } = await this.currentVersionForCas(secret);
        const next = change(data);
        const response = await this.client.request({
          method: "POST",
          path,
          body: { options: { cas }, data: next },
          capability: cas === 0 ? "create" : "update",
        });
        if (isCasMismatch(response.status, response.body)) {
          if (attempt < CAS_ATTEMPTS) continue;
          throw new StoreError("Conflict", `Vault secret "${this.describe(secret)}" kept changing while Hush wrote it; nothing was overwritten. Try again`);
        }
        this.expectOk(response.status, response.body, "write", path);
        return next;
      }
    } finally {
      this.cache.invalidate(secret);
      this.changes.fire();
    }
  }

  private async softDeleteLatest(secret: string): Promise<void> {
    const path = await this.apiPath("data", secret);
    this.cache.invalidate(secret);
    const response = await this.client.request({ method: "DELETE", path, capability: "delete" });
    if (response.status === 404) throw notFound(this.describe(secret));
    this.expectOk(response.status, response.body, "delete", path);
    this.changes.fire();
  }

  private versionOperation(name: string, operation: "undelete" | "destroy", versionIds: string[]): Promise<void> {
    return this.audited(name, operation, async () => {
      await this.requireKv2(operation);
      const { secret } = this.resolve(name);
      const versions = versionIds.map((id) => Number(id));
      if (versions.length === 0 || versions.some((version) => !Number.isInteger(version) || version < 1)) {
        throw new StoreError("Invalid", `${operation} needs one or more version numbers`);
      }
      const path = await this.apiPath(operation, secret);
      this.cache.invalidate(secret);
      const response = await this.client.request({ method: operation === "destroy" ? "PUT" : "POST", path, body: { versions }, capability: "update" });
      this.expectOk(response.status, response.body, operation, path);
      this.changes.fire();
    });
  }

  private async metadataOf(secret: string): Promise<{ createdAt?: string; updatedAt?: string; currentVersion?: number; versions: SecretVersion[] }> {
    await this.requireKv2("versions");
    const path = await this.apiPath("metadata", secret);
    const response = await this.client.request({ method: "GET", path, capability: "read" });
    if (response.status === 404) throw notFound(this.describe(secret));
    this.expectOk(response.status, response.body, "read metadata", path);
    const data = field(response.body, "data");
    const current = field(data, "current_version");
    const rawVersions = asRecord(field(data, "versions"));
    const versions: SecretVersion[] = Object.entries(rawVersions)
      .map(([id, info]) => {
        const labels: string[] = [];
        if (Number(id) === current) labels.push("current");
        if (typeof current === "number" && Number(id) === current - 1) labels.push("previous");
        const deletion = field(info, "deletion_time");
        if (field(info, "destroyed") === true) labels.push("destroyed");
        else if (typeof deletion === "string" && deletion !== "") labels.push("deleted");
        const created = field(info, "created_time");
        return { id, createdAt: typeof created === "string" ? created : undefined, labels };
      })
      .sort((a, b) => Number(b.id) - Number(a.id));
    const created = field(data, "created_time");
    const updated = field(data, "updated_time");
    return {
      createdAt: typeof created === "string" ? created : undefined,
      updatedAt: typeof updated === "string" ? updated : undefined,
      currentVersion: typeof current === "number" ? current : undefined,
      versions,
    };
  }

  private expectOk(status: number, body: unknown, operation: string, path: string): void {
    if (status >= 200 && status < 300) return;
    if (status === 405) {
      throw new StoreError("Invalid", `Vault does not support ${operation} on "${path}" (405); is mount "${this.config.mount}" the KV version configured?`);
    }
    if (status === 404) throw new NotFoundError(`Vault has nothing at "${path}"`);
    throw new StoreError("Invalid", `Vault refused ${operation} on "${path}" (${status}): ${summarize(body)}`);
  }
}

function isCasMismatch(status: number, body: unknown): boolean {
  if (status === 412) return true;
  return status === 400 && vaultErrors(body).some((message) => message.includes("check-and-set parameter did not match"));
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
}

function stringify(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function parseObject(value: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function createVaultStore(config: VaultConfig, deps: VaultStoreDeps): VaultStore {
  return new VaultStore(config, deps);
}
