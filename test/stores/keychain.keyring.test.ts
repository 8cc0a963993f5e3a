// Runs under test/setup/with-keyring.sh: a private D-Bus session with an unlocked gnome-keyring Secret Service.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import {
  KeychainStore,
  keychainServiceName,
  loadKeytar,
  probeKeychain,
  workspaceIdFor,
} from "../../client/src/stores/keychainStore";
import { fakeSecret, runStoreContract } from "./contract";

const keytar = loadKeytar();

/** Removes everything a test store left under its services (current and previous). */
async function purge(workspaceId: string, environment: string): Promise<void> {
  for (const slot of ["current", "previous"] as const) {
    const service = keychainServiceName(workspaceId, environment, slot);
    for (const credential of await keytar.findCredentials(service)) await keytar.deletePassword(service, credential.account);
  }
}

function uniqueWorkspace(): string {
  return workspaceIdFor(`/tmp/hush-keychain-test-${randomBytes(6).toString("hex")}`);
}

runStoreContract("OS keychain (keytar on gnome-keyring)", async () => {
  await probeKeychain();
  const workspaceId = uniqueWorkspace();
  const store = new KeychainStore(keytar, workspaceId, "development");
  return {
    store,
    cleanup: async () => {
      store.dispose();
      await purge(workspaceId, "development");
    },
  };
});

describe("KeychainStore naming", () => {
  it("derives a readable, path-unique workspace id", () => {
    const a = workspaceIdFor("/home/dev/projects/shop api");
    const b = workspaceIdFor("/home/dev/other/shop api");
    assert.match(a, /^shop_api-[0-9a-f]{12}$/);
    assert.notEqual(a, b);
    assert.equal(workspaceIdFor("/home/dev/projects/shop api"), a, "stable");
    assert.equal(keychainServiceName(a, "staging"), `hush:${a}:staging`);
    assert.equal(keychainServiceName(a, "staging", "previous"), `hush:${a}:staging:previous`);
  });

  it("keeps environments and workspaces apart in the real keyring", async () => {
    const workspaceId = uniqueWorkspace();
    const otherWorkspace = uniqueWorkspace();
    const development = new KeychainStore(keytar, workspaceId, "development");
    const production = new KeychainStore(keytar, workspaceId, "production");
    const elsewhere = new KeychainStore(keytar, otherWorkspace, "development");
    try {
      const devValue = fakeSecret();
      const prodValue = fakeSecret();
      await development.set("API_KEY", devValue);
      await production.set("API_KEY", prodValue);
      assert.equal(await development.get("API_KEY"), devValue);
      assert.equal(await production.get("API_KEY"), prodValue);
      assert.deepEqual(await elsewhere.list(), []);
      // The item really lives under the documented service name.
      assert.equal(await keytar.getPassword(`hush:${workspaceId}:production`, "API_KEY"), prodValue);
    } finally {
      await purge(workspaceId, "development");
      await purge(workspaceId, "production");
    }
  });

  it("keeps the previous value in the :previous service and drops it on delete", async () => {
    const workspaceId = uniqueWorkspace();
    const store = new KeychainStore(keytar, workspaceId, "staging");
    try {
      const old = fakeSecret();
      await store.set("TOKEN", old);
      await store.set("TOKEN", fakeSecret());
      assert.equal(await keytar.getPassword(keychainServiceName(workspaceId, "staging", "previous"), "TOKEN"), old);
      assert.deepEqual(await store.list(), [{ name: "TOKEN", meta: { previousVersion: true } }]);
      await store.delete("TOKEN");
      assert.equal(await keytar.getPassword(keychainServiceName(workspaceId, "staging", "previous"), "TOKEN"), null);
    } finally {
      await purge(workspaceId, "staging");
    }
  });
});
