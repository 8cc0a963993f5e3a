// The SecretStorage fallback against an in-memory stand-in for vscode.SecretStorage (the real one is exercised in
// the extension-host suite secrets.fallback.test.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SecretStorageStore, type SecretStorageLike } from "../../client/src/stores/secretStorageStore";
import { fakeSecret, runStoreContract } from "./contract";

class MemorySecretStorage implements SecretStorageLike {
  readonly data = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.data.get(key);
  }
  async store(key: string, value: string): Promise<void> {
    this.data.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.data.delete(key);
  }
}

runStoreContract("VS Code SecretStorage fallback", async () => {
  const store = new SecretStorageStore(new MemorySecretStorage(), "ws-1", "development");
  return { store, cleanup: async () => store.dispose() };
});

describe("SecretStorageStore layout", () => {
  it("keeps values under per-workspace, per-environment keys and only names in the index", async () => {
    const storage = new MemorySecretStorage();
    const store = new SecretStorageStore(storage, "ws-1", "production");
    const value = fakeSecret();
    await store.set("API_KEY", value);
    assert.equal(storage.data.get("hush:ws-1:production:current:API_KEY"), value);
    const index = storage.data.get("hush:ws-1:production:index") ?? "";
    assert.deepEqual(JSON.parse(index), { current: ["API_KEY"], previous: [] });
    assert.ok(!index.includes(value));
    assert.equal(store.kind, "keychain", "stands in for the keychain store");
  });

  it("survives a damaged index (lists nothing, secrets still readable)", async () => {
    const storage = new MemorySecretStorage();
    const store = new SecretStorageStore(storage, "ws-1", "development");
    const value = fakeSecret();
    await store.set("A", value);
    storage.data.set("hush:ws-1:development:index", "{not json");
    assert.deepEqual(await store.list(), []);
    assert.equal(await store.get("A"), value);
  });
});
