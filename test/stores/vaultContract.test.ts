// The shared SecretStore contract (test/stores/contract.ts) run against the Vault store, on KV v2 and on a
// KV v1 mount, each test in its own path prefix of one fake Vault server on 127.0.0.1.

import { after, before } from "node:test";
import { runStoreContract } from "./contract";
import { FakeVaultServer } from "../fakes/vaultServer";
import { MemoryCredentials } from "../fakes/remoteKit";
import { credentialKey, resolveVaultConfig } from "../../client/src/stores/vault/config";
import { createVaultStore } from "../../client/src/stores/vault/vaultStore";

const server = new FakeVaultServer({ mounts: { secret: 2, kv1: 1 } });
before(() => server.start());
after(() => server.stop());

let counter = 0;
for (const [label, mount, kvVersion] of [
  ["Vault KV v2 (version detected)", "secret", "auto"],
  ["Vault KV v1", "kv1", 1],
] as const) {
  runStoreContract(label, async () => {
    const credentials = new MemoryCredentials();
    // Token auth with a renewable token and a fresh path prefix, so every test starts empty.
    const config = resolveVaultConfig("contract", { address: server.address, mount, kvVersion, pathPrefix: `contract/${++counter}`, cacheTtlSeconds: 5 });
    await credentials.set(credentialKey(config, "token"), server.issueToken({ ttlSeconds: 3600, renewable: true }));
    const store = createVaultStore(config, { credentials });
    return { store, cleanup: async () => store.dispose() };
  });
}
