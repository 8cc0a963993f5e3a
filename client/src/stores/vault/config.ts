// Vault connection settings for one environment (the `hush.vault.environments` setting), loose as they come
// from settings.json, resolved with defaults. Tokens, secret ids and passwords are never here: they live in the
// CredentialProvider (the OS keychain) under the keys `credentialKey()` builds.

export type VaultAuthMethod = "token" | "approle" | "userpass";

export interface VaultSettings {
  address?: string;
  namespace?: string;
  mount?: string;
  pathPrefix?: string;
  /** "auto" asks Vault (sys/internal/ui/mounts) once. */
  kvVersion?: 1 | 2 | "auto";
  /** The secret that bare names ("STRIPE_KEY") live in, relative to pathPrefix. */
  defaultSecret?: string;
  auth?: {
    method?: VaultAuthMethod;
    /** Auth mount path, e.g. "approle" or "userpass" (the defaults). */
    mount?: string;
    roleId?: string;
    username?: string;
  };
  cacheTtlSeconds?: number;
  requestTimeoutSeconds?: number;
}

export interface VaultConfig {
  environment: string;
  address: string;
  namespace?: string;
  mount: string;
  pathPrefix: string;
  kvVersion: 1 | 2 | "auto";
  defaultSecret: string;
  auth: { method: VaultAuthMethod; mount: string; roleId?: string; username?: string };
  cacheTtlMs: number;
  requestTimeoutMs: number;
}

export function resolveVaultConfig(environment: string, settings: VaultSettings): VaultConfig {
  const address = (settings.address ?? "").trim().replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(address)) {
    throw new Error(`hush.vault: environment "${environment}" needs an address such as https://vault.example.com:8200`);
  }
  const method = settings.auth?.method ?? "token";
  if (method === "approle" && !settings.auth?.roleId) {
    throw new Error(`hush.vault: environment "${environment}" uses AppRole but has no auth.roleId`);
  }
  if (method === "userpass" && !settings.auth?.username) {
    throw new Error(`hush.vault: environment "${environment}" uses userpass but has no auth.username`);
  }
  return {
    environment,
    address,
    namespace: settings.namespace?.trim() || undefined,
    mount: trimSlashes(settings.mount ?? "secret"),
    pathPrefix: trimSlashes(settings.pathPrefix ?? ""),
    kvVersion: settings.kvVersion ?? "auto",
    defaultSecret: trimSlashes(settings.defaultSecret ?? "app"),
    auth: {
      method,
      mount: trimSlashes(settings.auth?.mount ?? method),
      roleId: settings.auth?.roleId,
      username: settings.auth?.username,
    },
    cacheTtlMs: Math.max(0, settings.cacheTtlSeconds ?? 30) * 1000,
    requestTimeoutMs: Math.max(1, settings.requestTimeoutSeconds ?? 15) * 1000,
  };
}

/** Keychain key of the token (token auth) or the AppRole secret id / userpass password. */
export function credentialKey(config: Pick<VaultConfig, "environment" | "address" | "auth">, what: "token" | "secret"): string {
  return `vault:${config.environment}:${config.address}:${config.auth.method}:${what}`;
}

function trimSlashes(value: string): string {
  return value.trim().replace(/^\/+|\/+$/g, "");
}
