// The keychain fallback: VS Code's SecretStorage (encrypted by VS Code with the OS's own protection where it has
// one; never a plaintext file of ours). SecretStorage cannot list keys, so each environment keeps an index of its
// secret names (names only) as one more SecretStorage entry.
//
// Keys: "hush:<workspace-id>:<environment>:<slot>:<name>" and the index "hush:<workspace-id>:<environment>:index".

import { KeyValueSecretStore, type KeyValueBackend, type Slot } from "./keyValueStore";
import { SerialQueue } from "./changeEmitter";
import { UnavailableError, type EnvironmentName } from "./types";

/** The subset of vscode.SecretStorage used here, so the store runs in plain Node tests too. */
export interface SecretStorageLike {
  get(key: string): Thenable<string | undefined>;
  store(key: string, value: string): Thenable<void>;
  delete(key: string): Thenable<void>;
}

function unavailable(error: unknown, action: string): UnavailableError {
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  return new UnavailableError(`VS Code's secret storage could not ${action} (${message.slice(0, 200)})`, error);
}

class SecretStorageBackend implements KeyValueBackend {
  private readonly indexWrites = new SerialQueue();

  constructor(
    private readonly storage: SecretStorageLike,
    private readonly scope: string,
  ) {}

  private key(slot: Slot, name: string): string {
    return `${this.scope}:${slot}:${name}`;
  }

  private get indexKey(): string {
    return `${this.scope}:index`;
  }

  private async readIndex(): Promise<Record<Slot, string[]>> {
    let raw: string | undefined;
    try {
      raw = await this.storage.get(this.indexKey);
    } catch (error) {
      throw unavailable(error, "read its index");
    }
    const empty = { current: [], previous: [] };
    if (!raw) return empty;
    try {
      const parsed = JSON.parse(raw) as Partial<Record<Slot, unknown>>;
      const names = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
      return { current: names(parsed.current), previous: names(parsed.previous) };
    } catch {
      // A damaged index loses only the listing, not the secrets; it is rebuilt by the next writes.
      return empty;
    }
  }

  private updateIndex(slot: Slot, name: string, present: boolean): Promise<void> {
    return this.indexWrites.run(async () => {
      const index = await this.readIndex();
      const names = new Set(index[slot]);
      if (present === names.has(name)) return;
      if (present) names.add(name);
      else names.delete(name);
      index[slot] = [...names];
      try {
        await this.storage.store(this.indexKey, JSON.stringify(index));
      } catch (error) {
        throw unavailable(error, "update its index");
      }
    });
  }

  async list(slot: Slot): Promise<string[]> {
    return (await this.readIndex())[slot];
  }

  async get(slot: Slot, name: string): Promise<string | undefined> {
    try {
      return await this.storage.get(this.key(slot, name));
    } catch (error) {
      throw unavailable(error, `read ${name}`);
    }
  }

  async set(slot: Slot, name: string, value: string): Promise<void> {
    try {
      await this.storage.store(this.key(slot, name), value);
    } catch (error) {
      throw unavailable(error, `store ${name}`);
    }
    await this.updateIndex(slot, name, true);
  }

  async delete(slot: Slot, name: string): Promise<boolean> {
    const existed = (await this.get(slot, name)) !== undefined;
    try {
      await this.storage.delete(this.key(slot, name));
    } catch (error) {
      throw unavailable(error, `delete ${name}`);
    }
    await this.updateIndex(slot, name, false);
    return existed;
  }
}

export class SecretStorageStore extends KeyValueSecretStore {
  constructor(storage: SecretStorageLike, workspaceId: string, environment: EnvironmentName, label = "VS Code secret storage") {
    // Same kind as the OS keychain store: it stands in for it, so "Move to keychain" and settings keep working.
    super("keychain", label, environment, new SecretStorageBackend(storage, `hush:${workspaceId}:${environment}`));
  }
}
