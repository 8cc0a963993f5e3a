// The OS keychain (libsecret Secret Service on Linux, Keychain on macOS, Credential Vault on Windows) through keytar.
//
// Naming scheme (documented in docs/secrets.md):
//   service  = "hush:<workspace-id>:<environment>"            current values, account = secret name
//   service  = "hush:<workspace-id>:<environment>:previous"   the value before the last overwrite/rotation
//   workspace-id = "<folder name, [A-Za-z0-9._-] only, max 40>-<first 12 hex of sha256(folder fs path)>"
// so two checkouts of the same project, or two environments, never share a service, and a human can still tell in
// Seahorse / Keychain Access which project an item belongs to.

import { createHash } from "node:crypto";
import * as path from "node:path";
import { KeyValueSecretStore, type KeyValueBackend, type Slot } from "./keyValueStore";
import { StoreError, UnavailableError, type EnvironmentName } from "./types";

/** The part of keytar's API this store uses (also what tests may substitute). */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>;
}

export const KEYCHAIN_SERVICE_PREFIX = "hush";

export function workspaceIdFor(folderFsPath: string | undefined): string {
  if (folderFsPath === undefined) return "no-folder";
  const name = path.basename(folderFsPath).replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40) || "root";
  const hash = createHash("sha256").update(path.resolve(folderFsPath)).digest("hex").slice(0, 12);
  return `${name}-${hash}`;
}

export function keychainServiceName(workspaceId: string, environment: EnvironmentName, slot: Slot = "current"): string {
  const base = `${KEYCHAIN_SERVICE_PREFIX}:${workspaceId}:${environment}`;
  return slot === "current" ? base : `${base}:previous`;
}

/** Loads the native module; a failure (missing build, wrong ABI, missing libsecret) becomes an UnavailableError. */
export function loadKeytar(): KeytarApi {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- keytar is an optional native addon, loaded lazily
    const loaded = require("keytar") as KeytarApi & { default?: KeytarApi };
    return typeof loaded.getPassword === "function" ? loaded : (loaded.default as KeytarApi);
  } catch (error) {
    throw new UnavailableError(`The OS keychain module (keytar) could not be loaded: ${describe(error)}`, error);
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // libsecret/keytar messages are about D-Bus and collections; cut them short and keep only the first line.
  return (message.split("\n")[0] ?? "").slice(0, 200);
}

/** Maps keytar's plain Errors to typed store errors whose message explains what to do. */
export function keychainError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = describe(error);
  if (/locked collection|is locked|prompt/i.test(message)) {
    return new UnavailableError(`The OS keychain is locked, so Hush could not ${action}: unlock your login keyring and try again (${message})`, error);
  }
  if (/D-?Bus|org\.freedesktop\.secrets|Secret Service|autolaunch|ServiceUnknown|No such interface|Could not connect|connection (is )?closed|Connection refused/i.test(message)) {
    return new UnavailableError(`No Secret Service answered, so Hush could not ${action}: start gnome-keyring or KWallet, or let Hush use VS Code's secret storage (${message})`, error);
  }
  return new UnavailableError(`The OS keychain could not ${action} (${message})`, error);
}

async function withTimeout<T>(operation: Promise<T>, timeoutMs: number, action: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnavailableError(`The OS keychain did not answer within ${Math.round(timeoutMs / 1000)} s, so Hush could not ${action}`)), timeoutMs);
  });
  try {
    return await Promise.race([operation, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface KeychainStoreOptions {
  /** How long one keychain call may take before it counts as unavailable (an unlock prompt can take a while). */
  timeoutMs?: number;
  label?: string;
}

class KeytarBackend implements KeyValueBackend {
  readonly rejectsEmptyValues = true;
  constructor(
    private readonly keytar: KeytarApi,
    private readonly workspaceId: string,
    private readonly environment: EnvironmentName,
    private readonly timeoutMs: number,
  ) {}

  private async call<T>(action: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await withTimeout(operation(), this.timeoutMs, action);
    } catch (error) {
      throw keychainError(error, action);
    }
  }

  private service(slot: Slot): string {
    return keychainServiceName(this.workspaceId, this.environment, slot);
  }

  async list(slot: Slot): Promise<string[]> {
    const credentials = await this.call("list secrets", () => this.keytar.findCredentials(this.service(slot)));
    return credentials.map((credential) => credential.account);
  }

  async get(slot: Slot, name: string): Promise<string | undefined> {
    const value = await this.call(`read ${name}`, () => this.keytar.getPassword(this.service(slot), name));
    return value ?? undefined;
  }

  async set(slot: Slot, name: string, value: string): Promise<void> {
    await this.call(`store ${name}`, () => this.keytar.setPassword(this.service(slot), name, value));
  }

  async delete(slot: Slot, name: string): Promise<boolean> {
    return this.call(`delete ${name}`, () => this.keytar.deletePassword(this.service(slot), name));
  }
}

export class KeychainStore extends KeyValueSecretStore {
  constructor(keytar: KeytarApi, readonly workspaceId: string, environment: EnvironmentName, options: KeychainStoreOptions = {}) {
    super("keychain", options.label ?? "OS keychain", environment, new KeytarBackend(keytar, workspaceId, environment, options.timeoutMs ?? 30_000));
  }

  get serviceName(): string {
    return keychainServiceName(this.workspaceId, this.environment);
  }
}

/**
 * Checks that a Secret Service answers (keytar loads, a lookup returns). Resolves to the keytar API, or rejects with
 * an UnavailableError that says why. Reads only: it never creates an item.
 */
export async function probeKeychain(load: () => KeytarApi = loadKeytar, timeoutMs = 5_000): Promise<KeytarApi> {
  const keytar = load();
  try {
    await withTimeout(keytar.findCredentials(`${KEYCHAIN_SERVICE_PREFIX}:probe`), timeoutMs, "reach it");
  } catch (error) {
    throw keychainError(error, "reach it");
  }
  return keytar;
}
