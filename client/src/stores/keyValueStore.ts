// The shared logic of flat key-value stores (OS keychain through keytar, VS Code SecretStorage): names, the
// "previous" version kept on overwrite, rollback, change events, serialised writes. Each store supplies a
// `KeyValueBackend` for two slots ("current" and "previous"), so the version logic is written once.

import { ChangeEmitter, SerialQueue } from "./changeEmitter";
import {
  NotFoundError,
  StoreError,
  type EnvironmentName,
  type SecretEntry,
  type SecretStore,
  type SecretVersion,
  type StoreCapabilities,
} from "./types";

export type Slot = "current" | "previous";

export interface KeyValueBackend {
  list(slot: Slot): Promise<string[]>;
  get(slot: Slot, name: string): Promise<string | undefined>;
  set(slot: Slot, name: string, value: string): Promise<void>;
  /** Returns whether something was deleted. */
  delete(slot: Slot, name: string): Promise<boolean>;
  /** keytar refuses empty passwords; such a backend rejects "" up front with a clear Invalid error. */
  readonly rejectsEmptyValues?: boolean;
}

/** Env-var style names keep every store interchangeable (copy to another environment, run with secrets). */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,199}$/;

export function assertSecretName(name: string): void {
  if (!NAME.test(name)) {
    throw new StoreError("Invalid", `"${name.slice(0, 64)}" is not a valid secret name: use letters, digits, _ . - (starting with a letter or _)`);
  }
}

export class KeyValueSecretStore implements SecretStore {
  readonly capabilities: StoreCapabilities = { write: true, delete: true, versions: true, rollback: true, hierarchical: false };
  private readonly changes = new ChangeEmitter();
  private readonly writes = new SerialQueue();

  constructor(
    readonly kind: string,
    readonly label: string,
    readonly environment: EnvironmentName,
    protected readonly backend: KeyValueBackend,
  ) {}

  async list(): Promise<SecretEntry[]> {
    const [names, previous] = await Promise.all([this.backend.list("current"), this.backend.list("previous")]);
    const withPrevious = new Set(previous);
    return [...new Set(names)]
      .sort((a, b) => a.localeCompare(b))
      .map((name) => ({ name, meta: withPrevious.has(name) ? { previousVersion: true } : undefined }));
  }

  async get(name: string, version?: string): Promise<string> {
    const slot = this.slotOf(version);
    const value = await this.backend.get(slot, name);
    if (value === undefined) {
      throw new NotFoundError(slot === "current" ? `${name} is not in ${this.label} (${this.environment})` : `${name} has no previous version in ${this.label} (${this.environment})`);
    }
    return value;
  }

  set(name: string, value: string): Promise<void> {
    assertSecretName(name);
    if (value === "" && this.backend.rejectsEmptyValues) {
      return Promise.reject(new StoreError("Invalid", `${this.label} cannot hold an empty value for ${name}; delete the secret instead`));
    }
    return this.writes.run(async () => {
      const old = await this.backend.get("current", name);
      if (old === value) return;
      if (old !== undefined) await this.backend.set("previous", name, old);
      await this.backend.set("current", name, value);
      this.changes.fire();
    });
  }

  delete(name: string): Promise<void> {
    return this.writes.run(async () => {
      const deleted = await this.backend.delete("current", name);
      // The previous version goes too: a deleted secret must not linger in a slot the user cannot see.
      await this.backend.delete("previous", name);
      if (!deleted) throw new NotFoundError(`${name} is not in ${this.label} (${this.environment})`);
      this.changes.fire();
    });
  }

  /**
   * Moves the current value and the previous version to `to`. The new name is written completely before the old
   * one is removed, so an interrupted rename leaves both names (never neither); `to` must not exist yet.
   */
  rename(from: string, to: string): Promise<void> {
    assertSecretName(to);
    if (from === to) return Promise.resolve();
    return this.writes.run(async () => {
      const [current, previous, existing] = await Promise.all([this.backend.get("current", from), this.backend.get("previous", from), this.backend.get("current", to)]);
      if (current === undefined) throw new NotFoundError(`${from} is not in ${this.label} (${this.environment})`);
      if (existing !== undefined) throw new StoreError("Conflict", `${to} already exists in ${this.label} (${this.environment}); nothing was renamed`);
      // A stale previous slot under the new name (left by an interrupted rename) must not pose as this secret's history.
      if (previous !== undefined) await this.backend.set("previous", to, previous);
      else await this.backend.delete("previous", to);
      await this.backend.set("current", to, current);
      await this.backend.delete("current", from);
      await this.backend.delete("previous", from);
      this.changes.fire();
    });
  }

  async versions(name: string): Promise<SecretVersion[]> {
    const [current, previous] = await Promise.all([this.backend.get("current", name), this.backend.get("previous", name)]);
    if (current === undefined) throw new NotFoundError(`${name} is not in ${this.label} (${this.environment})`);
    const versions: SecretVersion[] = [{ id: "current", labels: ["current"] }];
    if (previous !== undefined) versions.push({ id: "previous", labels: ["previous"] });
    return versions;
  }

  /** Swaps current and previous, so a rollback can itself be rolled back. */
  rollback(name: string, versionId: string): Promise<void> {
    if (versionId !== "previous") return Promise.reject(new StoreError("Invalid", `${this.label} keeps only the previous version`));
    return this.writes.run(async () => {
      const [current, previous] = await Promise.all([this.backend.get("current", name), this.backend.get("previous", name)]);
      if (previous === undefined) throw new NotFoundError(`${name} has no previous version in ${this.label} (${this.environment})`);
      if (current !== undefined) await this.backend.set("previous", name, current);
      await this.backend.set("current", name, previous);
      this.changes.fire();
    });
  }

  onDidChange(listener: () => void): { dispose(): void } {
    return this.changes.event(listener);
  }

  /** Lets the owner report outside changes (another window wrote to the same keychain service). */
  notifyChanged(): void {
    this.changes.fire();
  }

  dispose(): void {
    this.changes.dispose();
  }

  private slotOf(version: string | undefined): Slot {
    if (version === undefined || version === "current") return "current";
    if (version === "previous") return "previous";
    throw new StoreError("Invalid", `${this.label} has no version "${version.slice(0, 40)}" (only current and previous)`);
  }
}
