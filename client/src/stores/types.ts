// The one interface every secret store implements. The tree, the commands, "Insert Secret…" and the
// "Move to store" fixes depend only on this file, never on keytar, Vault or AWS types.

/** A named environment such as "development"; configurable, see the `hush.environments` setting. */
export type EnvironmentName = string;

export interface SecretEntry {
  /** The key as the store names it (an env-var style name, or a path for hierarchical stores). */
  name: string;
  /** For hierarchical stores (Vault paths, AWS JSON secrets): true when this entry has children. */
  isFolder?: boolean;
  /**
   * A value that may also have children, listed by `list(name)` (an AWS JSON secret: its keys). Which entries
   * really have children is known only once their value is read, so the UI lists them lazily on expansion.
   */
  mayHaveChildren?: boolean;
  /** Store-specific metadata safe to show (timestamps, version ids, stages). Never the value. */
  meta?: Record<string, string | number | boolean | undefined>;
}

export interface SecretVersion {
  id: string;
  createdAt?: string;
  /** "current", "previous", AWS stages, Vault "deleted"/"destroyed". */
  labels?: string[];
}

/** What a store can do; the UI hides actions a store lacks. */
export interface StoreCapabilities {
  write: boolean;
  delete: boolean;
  versions: boolean;
  rollback: boolean;
  hierarchical: boolean;
}

export interface SecretStore {
  /** Stable id, for example "keychain", "dotenv", "vault", "aws". */
  readonly kind: string;
  /** Shown in the tree: "OS keychain", ".env.production". */
  readonly label: string;
  readonly environment: EnvironmentName;
  readonly capabilities: StoreCapabilities;
  /** Lists entries under `prefix` (hierarchical stores) or all entries. */
  list(prefix?: string): Promise<SecretEntry[]>;
  /** Returns the value; throws NotFoundError when absent. Callers audit every call. */
  get(name: string, version?: string): Promise<string>;
  /** Creates or updates. Stores with versions keep the old value as the previous version. */
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
  /**
   * Optional: renames a secret, carrying its versions along where the store keeps them. Writes the new name before
   * removing the old one, so a failure never loses the value; refuses (Conflict) when `to` already exists.
   * Stores without it are renamed by the UI as get + set(new) + delete(old), which keeps no history.
   */
  rename?(from: string, to: string): Promise<void>;
  versions?(name: string): Promise<SecretVersion[]>;
  rollback?(name: string, versionId: string): Promise<void>;
  /** Fires when entries change (file watcher, write through this store). */
  onDidChange(listener: () => void): { dispose(): void };
  dispose?(): void;
  /**
   * Optional: things wrong with the store's data that the user should fix (for example malformed .env lines).
   * Each problem names a location and a reason, never a value. The tree shows them under the store.
   */
  problems?(): Promise<StoreProblem[]>;
}

/** See SecretStore.problems. */
export interface StoreProblem {
  /** Where: "line 4", or an entry name. */
  location: string;
  reason: string;
}

/** Typed failures: the UI shows their message (which never contains a value). */
export class StoreError extends Error {
  constructor(
    readonly code: "NotFound" | "PermissionDenied" | "Unavailable" | "Conflict" | "Invalid" | "Expired",
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = code + "Error";
  }
}
export class NotFoundError extends StoreError {
  constructor(message: string) {
    super("NotFound", message);
  }
}
export class PermissionDeniedError extends StoreError {
  constructor(message: string) {
    super("PermissionDenied", message);
  }
}
export class UnavailableError extends StoreError {
  constructor(message: string, cause?: unknown) {
    super("Unavailable", message, cause);
  }
}
