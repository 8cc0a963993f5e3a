// The Vault store against the wire-level fake Vault (test/fakes/vaultServer.ts) on 127.0.0.1.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";

import { FakeVaultServer } from "../fakes/vaultServer";
import { AuditRecorder, FakeClock, MemoryCredentials, closedPort, fakeSecret, leakedValues, selfSignedHttpsServer } from "../fakes/remoteKit";
import { credentialKey, resolveVaultConfig, type VaultSettings } from "../../client/src/stores/vault/config";
import { VaultStore, createVaultStore } from "../../client/src/stores/vault/vaultStore";
import { formatVaultReference, parseVaultReference } from "../../client/src/stores/vault/reference";
import { StoreError } from "../../client/src/stores/types";
import type { FetchLike } from "../../client/src/stores/vault/vaultClient";

interface Harness {
  store: VaultStore;
  credentials: MemoryCredentials;
  audit: AuditRecorder;
  clock: FakeClock;
}

async function rejectsWith(promise: Promise<unknown>, code: StoreError["code"], pattern?: RegExp): Promise<StoreError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (pattern) assert.match(error.message, pattern);
    return error;
  }
  assert.fail(`expected a ${code} error`);
}

describe("Vault store (KV v2, token auth)", () => {
  const clock = new FakeClock();
  const server = new FakeVaultServer({ mounts: { secret: 2, legacy: 1, "team-a/secret": 2 }, namespaces: ["team-a"], now: clock.now });
  let address = "";

  before(async () => {
    address = await server.start();
  });
  after(() => server.stop());

  async function makeStore(settings: Partial<VaultSettings> = {}, token?: string, fetchImpl?: FetchLike): Promise<Harness> {
    const credentials = new MemoryCredentials();
    const audit = new AuditRecorder();
    const config = resolveVaultConfig("production", { address, ...settings });
    if (token !== null) await credentials.set(credentialKey(config, "token"), token ?? server.issueToken());
    const store = createVaultStore(config, { credentials, audit: audit.sink, clock, fetch: fetchImpl });
    return { store, credentials, audit, clock };
  }

  it("writes, reads, lists and deletes keys of the default secret, with versions on the wire", async () => {
    const { store, audit } = await makeStore({ pathPrefix: "hush-test/basic" });
    const first = fakeSecret();
    const second = fakeSecret();
    let changes = 0;
    store.onDidChange(() => changes++);
    await store.set("STRIPE_KEY", first);
    await store.set("OTHER_KEY", second);
    assert.equal(await store.get("STRIPE_KEY"), first);
    assert.equal(await store.get("OTHER_KEY"), second);
    const stored = server.kvVersions("secret", "hush-test/basic/app");
    assert.equal(stored?.current, 2, "each write is one new KV v2 version");
    const names = (await store.list()).map((entry) => entry.name);
    assert.deepEqual(names, ["OTHER_KEY", "STRIPE_KEY"]);
    await store.delete("OTHER_KEY");
    await rejectsWith(store.get("OTHER_KEY"), "NotFound", /no key "OTHER_KEY"/);
    assert.equal(await store.get("STRIPE_KEY"), first, "deleting one key keeps the others");
    assert.ok(changes >= 3);
    assert.ok(audit.events.every((event) => event.store === "vault" && event.environment === "production"));
    assert.deepEqual(
      audit.events.map((event) => `${event.operation}:${event.name}:${event.result}`).slice(0, 3),
      ["set:STRIPE_KEY:ok", "set:OTHER_KEY:ok", "get:STRIPE_KEY:ok"],
    );
  });

  it("browses folders and secrets lazily with LIST, keys of a secret as its children", async () => {
    const { store } = await makeStore({ pathPrefix: "hush-test/browse" });
    await store.set("web/frontend#API_TOKEN", fakeSecret());
    await store.set("web/backend#DB_URL", fakeSecret("postgres://"));
    await store.set("worker#QUEUE_KEY", fakeSecret());
    const root = await store.list();
    assert.deepEqual(
      root.map((entry) => [entry.name, entry.isFolder]),
      [
        ["web/", true],
        ["worker", true],
      ],
    );
    const web = await store.list("web/");
    assert.deepEqual(web.map((entry) => entry.name), ["web/backend", "web/frontend"]);
    const keys = await store.list("web/backend");
    assert.deepEqual(keys.map((entry) => entry.name), ["web/backend#DB_URL"]);
    assert.deepEqual(await store.list("missing/"), []);
    const listCalls = server.requests.filter((request) => request.method === "LIST" && request.path.includes("hush-test/browse"));
    assert.ok(listCalls.length >= 3, "folders are listed with LIST (?list=true) on metadata/");
    assert.ok(listCalls.every((request) => request.path.startsWith("secret/metadata/")));
  });

  it("check-and-set: a concurrent writer's keys survive, a writer that keeps racing gets Conflict", async () => {
    const interfering = { rounds: 0 };
    const racingFetch: FetchLike = async (url, init) => {
      // Another client writes between our read and our write, `rounds` times.
      if (init.method === "POST" && url.includes("/v1/secret/data/hush-test/cas/app") && interfering.rounds > 0) {
        interfering.rounds--;
        server.kvWrite("secret", "hush-test/cas/app", { ...(latestData("hush-test/cas/app") ?? {}), FROM_OTHER: "x" + interfering.rounds });
      }
      return fetch(url, init);
    };
    const { store } = await makeStore({ pathPrefix: "hush-test/cas" }, undefined, racingFetch);
    await store.set("A", fakeSecret());
    interfering.rounds = 1;
    const mine = fakeSecret();
    await store.set("B", mine);
    const data = latestData("hush-test/cas/app");
    assert.ok(data && "FROM_OTHER" in data && data.B === mine, "the retry merged onto the other writer's version");
    const casRequests = server.requests.filter((request) => request.method === "POST" && request.path === "secret/data/hush-test/cas/app");
    assert.ok(casRequests.length >= 3);
    interfering.rounds = 10;
    await rejectsWith(store.set("C", fakeSecret()), "Conflict", /kept changing/);
    assert.ok(!("C" in (latestData("hush-test/cas/app") ?? {})), "nothing was written on conflict");
  });

  it("lists versions, rolls one key back, soft-deletes, undeletes and destroys", async () => {
    const { store } = await makeStore({ pathPrefix: "hush-test/versions" });
    const v1 = fakeSecret();
    const v2 = fakeSecret();
    await store.set("TOKEN", v1);
    await store.set("OTHER", "keep-me");
    await store.set("TOKEN", v2);
    const versions = await store.versions("TOKEN");
    assert.deepEqual(versions.map((version) => version.id), ["3", "2", "1"]);
    assert.deepEqual(versions[0]?.labels, ["current"]);
    assert.ok(versions.every((version) => typeof version.createdAt === "string"));
    assert.equal(await store.get("TOKEN", "1"), v1);
    await store.rollback("TOKEN", "1");
    assert.equal(await store.get("TOKEN"), v1);
    assert.equal(await store.get("OTHER"), "keep-me", "rolling back one key keeps the other keys current");
    assert.equal((await store.versions("TOKEN"))[0]?.id, "4", "rollback writes a new version, history is kept");

    await store.delete("app#"); // the whole secret: soft-delete of the latest version
    await rejectsWith(store.get("TOKEN"), "NotFound");
    assert.deepEqual((await store.versions("TOKEN"))[0]?.labels, ["current", "deleted"]);
    await store.undelete("TOKEN", ["4"]);
    assert.equal(await store.get("TOKEN"), v1);
    await store.destroy("TOKEN", ["2"]);
    const destroyed = (await store.versions("TOKEN")).find((version) => version.id === "2");
    assert.deepEqual(destroyed?.labels, ["destroyed"]);
    await rejectsWith(store.get("TOKEN", "2"), "NotFound");
    const metadata = await store.metadata("TOKEN");
    assert.equal(metadata.currentVersion, 4);
    assert.ok(metadata.createdAt && metadata.updatedAt);
  });

  it("writes after the latest version was soft-deleted (CAS names the deleted version)", async () => {
    const { store } = await makeStore({ pathPrefix: "hush-test/after-delete" });
    await store.set("ONLY", fakeSecret());
    await store.delete("ONLY"); // last key gone: the secret is soft-deleted
    const again = fakeSecret();
    await store.set("ONLY", again);
    assert.equal(await store.get("ONLY"), again);
  });

  it("works with KV v1 mounts (detected through sys/internal/ui/mounts), without versions", async () => {
    const { store } = await makeStore({ mount: "legacy", pathPrefix: "svc" });
    const value = fakeSecret();
    await store.set("API_KEY", value);
    assert.equal(await store.get("API_KEY"), value);
    assert.equal(store.capabilities.versions, false);
    assert.ok(server.requests.some((request) => request.path === "legacy/svc/app" && request.method === "POST"));
    assert.deepEqual((await store.list()).map((entry) => entry.name), ["API_KEY"]);
    await rejectsWith(store.versions("API_KEY"), "Invalid", /KV version 1/);
    await store.delete("API_KEY");
    await rejectsWith(store.get("API_KEY"), "NotFound");
  });

  it("lists the KV mounts the token can use", async () => {
    const { store } = await makeStore();
    assert.deepEqual(await store.listMounts(), [
      { path: "legacy", kvVersion: 1 },
      { path: "secret", kvVersion: 2 },
    ]);
    server.addPolicy("only-legacy", { "legacy/*": ["read", "list"] });
    const limited = await makeStore({}, server.issueToken({ policies: ["only-legacy"], ttlSeconds: 600 }));
    assert.deepEqual(await limited.store.listMounts(), [{ path: "legacy", kvVersion: 1 }]);
    const namespaced = await makeStore({ namespace: "team-a" });
    assert.deepEqual(await namespaced.store.listMounts(), [{ path: "secret", kvVersion: 2 }]);
  });

  it("sends X-Vault-Namespace and reaches mounts inside the namespace", async () => {
    const { store } = await makeStore({ namespace: "team-a", pathPrefix: "ns" });
    const value = fakeSecret();
    await store.set("NS_KEY", value);
    assert.equal(await store.get("NS_KEY"), value);
    const last = server.requests.at(-1);
    assert.equal(last?.namespace, "team-a");
    assert.ok(server.kvVersions("secret", "ns/app") === undefined, "not written to the root namespace");
  });

  it("names the policy path and capability on 403, and reports 404 as NotFound", async () => {
    server.addPolicy("read-only-web", { "secret/data/hush-test/acl/*": ["read"], "secret/metadata/hush-test/acl/*": ["list"] });
    const readOnly = server.issueToken({ policies: ["read-only-web"], ttlSeconds: 3600 });
    server.kvWrite("secret", "hush-test/acl/app", { PRESENT: fakeSecret() });
    const { store } = await makeStore({ pathPrefix: "hush-test/acl", kvVersion: 2 }, readOnly);
    await store.get("PRESENT");
    const denied = await rejectsWith(store.set("NEW", fakeSecret()), "PermissionDenied");
    assert.match(denied.message, /"update" capability on path "secret\/data\/hush-test\/acl\/app"/);
    await rejectsWith(store.get("other#KEY"), "NotFound", /secret\/hush-test\/acl\/other/);
  });

  it("signs in with a token only after Vault accepted it", async () => {
    const { store, credentials } = await makeStore({ pathPrefix: "hush-test/signin" });
    const good = credentials.values.get(credentialKey(store.config, "token"));
    await rejectsWith(store.signIn("hvs." + fakeSecret("")), "Expired", /did not accept that token/);
    assert.equal(credentials.values.get(credentialKey(store.config, "token")), good, "the stored token was kept");
    const fresh = server.issueToken({ ttlSeconds: 600 });
    await store.signIn(fresh);
    assert.equal(credentials.values.get(credentialKey(store.config, "token")), fresh);
    await store.list();
  });

  it("asks to re-authenticate when a token has expired, and when none is stored", async () => {
    const shortLived = server.issueToken({ ttlSeconds: 60, renewable: false });
    const { store } = await makeStore({ pathPrefix: "hush-test/expiry" }, shortLived);
    await store.set("K", fakeSecret());
    clock.advance(61_000);
    await rejectsWith(store.get("K"), "Expired", /re-authenticate/);
    const empty = await makeStore({ pathPrefix: "hush-test/expiry" }, undefined);
    await empty.credentials.delete(credentialKey(empty.store.config, "token"));
    await rejectsWith(empty.store.get("K"), "Expired", /sign in/i);
    // A revoked token (403 on the call and on lookup-self) is also "re-authenticate", not PermissionDenied.
    const revoked = server.issueToken({ ttlSeconds: 3600 });
    const harness = await makeStore({ pathPrefix: "hush-test/expiry" }, revoked);
    await harness.store.list();
    server.revokeToken(revoked);
    await rejectsWith(harness.store.set("K", fakeSecret()), "Expired", /re-authenticate/);
  });

  it("renews a renewable token before it expires (renew-self), using lookup-self to learn its TTL", async () => {
    const renewable = server.issueToken({ ttlSeconds: 300, renewable: true });
    const { store } = await makeStore({ pathPrefix: "hush-test/renew" }, renewable);
    await store.set("K", fakeSecret());
    assert.ok(server.requests.some((request) => request.path === "auth/token/lookup-self"));
    for (let minute = 0; minute < 12; minute++) {
      clock.advance(60_000); // 12 minutes: well past the first 5-minute TTL
      await store.list();
    }
    const renewals = server.requests.filter((request) => request.path === "auth/token/renew-self").length;
    assert.ok(renewals >= 2, `expected renewals, saw ${renewals}`);
    assert.ok((store.client.tokenRemainingMs() ?? 0) > 0);
  });

  it("retries 429 with bounded exponential backoff, then succeeds; gives up with a clear message", async () => {
    const { store } = await makeStore({ pathPrefix: "hush-test/throttle" });
    await store.set("K", "v");
    clock.sleeps.length = 0;
    server.failNext(2, 429, ['request path "secret/data/hush-test/throttle/app": rate limit quota exceeded'], "secret/data/hush-test/throttle");
    await store.delete("K"); // bypasses the value cache
    assert.equal(clock.sleeps.length, 2);
    assert.ok(clock.sleeps[1]! >= clock.sleeps[0]! / 2, "backoff grows");
    clock.sleeps.length = 0;
    server.failNext(20, 429, ["rate limit quota exceeded"], "secret/data/hush-test/throttle");
    await rejectsWith(store.set("K", "v2"), "Unavailable", /throttling/);
    assert.equal(clock.sleeps.length, 3, "4 attempts in all, then the error");
    assert.ok(clock.sleeps.every((ms) => ms <= 5_000));
    server.resetFailures();
  });

  it("reports a sealed Vault without retrying, and an unreachable one", async () => {
    const { store } = await makeStore({ pathPrefix: "hush-test/sealed" });
    await store.list();
    server.sealed = true;
    clock.sleeps.length = 0;
    try {
      await rejectsWith(store.set("K", fakeSecret()), "Unavailable", /sealed/);
      assert.equal(clock.sleeps.length, 0);
    } finally {
      server.sealed = false;
    }
    const port = await closedPort();
    const credentials = new MemoryCredentials();
    const config = resolveVaultConfig("dev", { address: `http://127.0.0.1:${port}` });
    await credentials.set(credentialKey(config, "token"), "hvs.unused");
    const unreachable = createVaultStore(config, { credentials, clock });
    await rejectsWith(unreachable.list(), "Unavailable", /unreachable \(ECONNREFUSED\)/);
  });

  it("reports a TLS certificate failure distinctly", async (t) => {
    const tlsServer = await selfSignedHttpsServer();
    if (!tlsServer) return t.skip("openssl is not installed");
    try {
      const credentials = new MemoryCredentials();
      const config = resolveVaultConfig("dev", { address: tlsServer.url });
      await credentials.set(credentialKey(config, "token"), "hvs.unused");
      const store = createVaultStore(config, { credentials, clock });
      await rejectsWith(store.list(), "Unavailable", /TLS certificate check failed \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
    } finally {
      await tlsServer.close();
    }
  });

  it("caches values in memory for the configured TTL only", async () => {
    const { store } = await makeStore({ pathPrefix: "hush-test/cache", cacheTtlSeconds: 10 });
    await store.set("K", fakeSecret());
    const reads = (): number => server.requests.filter((request) => request.method === "GET" && request.path === "secret/data/hush-test/cache/app").length;
    await store.get("K");
    const afterFirst = reads();
    await store.get("K");
    assert.equal(reads(), afterFirst, "second read within the TTL is served from memory");
    clock.advance(10_001);
    await store.get("K");
    assert.equal(reads(), afterFirst + 1, "after the TTL the value is read again");
    const uncached = await makeStore({ pathPrefix: "hush-test/cache", cacheTtlSeconds: 0 });
    await uncached.store.get("K");
    await uncached.store.get("K");
    assert.equal(reads(), afterFirst + 3);
  });

  it("never puts a value in an error message or an audit entry", async () => {
    const { store, audit } = await makeStore({ pathPrefix: "hush-test/leaks" });
    const values = [fakeSecret(), fakeSecret(), fakeSecret()];
    const messages: string[] = [];
    await store.set("A", values[0]!);
    await store.set("B", values[1]!);
    for (const attempt of [
      () => store.set("x#", values[2]!), // not a JSON object: Invalid
      () => store.get("A", "99"),
      () => store.rollback("A", "77"),
    ]) {
      try {
        await attempt();
      } catch (error) {
        messages.push((error as Error).message, String((error as StoreError).cause ?? ""));
      }
    }
    assert.equal(messages.length, 6);
    const entries = audit.events.map((event) => JSON.stringify(event));
    assert.deepEqual(leakedValues([...messages, ...entries], values), []);
  });

  it("formats and parses references", async () => {
    const { store } = await makeStore({ pathPrefix: "" });
    assert.equal(await store.reference("STRIPE_KEY"), "vault:secret/data/app#STRIPE_KEY");
    assert.equal(await store.reference("web/api#TOKEN"), "vault:secret/data/web/api#TOKEN");
    const legacy = await makeStore({ mount: "legacy", pathPrefix: "svc" });
    assert.equal(await legacy.store.reference("K"), "vault:legacy/svc/app#K");
    assert.deepEqual(parseVaultReference("vault:secret/data/app#STRIPE_KEY"), { mount: "secret", kvVersion: 2, path: "app", key: "STRIPE_KEY" });
    assert.equal(formatVaultReference({ mount: "kv", kvVersion: 1, path: "a/b" }), "vault:kv/a/b");
    assert.equal(parseVaultReference("not a reference"), undefined);
  });

  function latestData(secretPath: string): Record<string, unknown> | undefined {
    const stored = server.kvVersions("secret", secretPath);
    return stored ? (stored.versions.get(stored.current)?.data ?? undefined) : undefined;
  }
});

describe("Vault store (AppRole and userpass auth)", () => {
  const clock = new FakeClock();
  const server = new FakeVaultServer({ mounts: { secret: 2 }, now: clock.now });
  let address = "";
  before(async () => {
    address = await server.start();
    server.addPolicy("app", { "secret/*": ["create", "read", "update", "delete", "list"] });
  });
  after(() => server.stop());

  it("logs in with AppRole (secret id from the keychain), and logs in again when the token reaches its max TTL", async () => {
    const roleId = "role-" + fakeSecret("");
    const secretId = fakeSecret("");
    server.addAppRole(roleId, secretId, ["app"], 120, 300);
    const credentials = new MemoryCredentials();
    const config = resolveVaultConfig("staging", { address, auth: { method: "approle", roleId }, kvVersion: 2 });
    const store = createVaultStore(config, { credentials, clock });
    await rejectsWith(store.list(), "Expired", /sign in/i);
    await store.signIn(secretId);
    assert.equal(credentials.values.get(credentialKey(config, "secret")), secretId, "secret id kept in the credential provider");
    await store.set("K", "v");
    for (let step = 0; step < 12; step++) {
      clock.advance(30_000);
      await store.list();
    }
    const logins = server.requests.filter((request) => request.path === "auth/approle/login").length;
    const renewals = server.requests.filter((request) => request.path === "auth/token/renew-self").length;
    assert.ok(renewals >= 1, "renewed within the max TTL");
    assert.ok(logins >= 2, "logged in again once the max TTL capped renewals");
  });

  it("logs in with userpass and turns a refused password into a re-authenticate message", async () => {
    const password = fakeSecret("pw-");
    server.addUser("dev", password, ["app"]);
    const credentials = new MemoryCredentials();
    const audit = new AuditRecorder();
    const config = resolveVaultConfig("dev", { address, auth: { method: "userpass", username: "dev" }, kvVersion: 2 });
    const store = createVaultStore(config, { credentials, clock, audit: audit.sink });
    await store.signIn(password);
    await store.set("U", "v");
    assert.ok(server.requests.some((request) => request.path === "auth/userpass/login/dev" && request.method === "POST"));
    const wrong = fakeSecret("pw-");
    const otherCredentials = new MemoryCredentials();
    const other = createVaultStore(config, { credentials: otherCredentials, clock, audit: audit.sink });
    const error = await rejectsWith(other.signIn(wrong), "Expired", /re-authenticate/);
    assert.equal(otherCredentials.values.size, 0, "a refused credential is not stored");
    assert.deepEqual(leakedValues([error.message, ...audit.events.map((event) => JSON.stringify(event))], [password, wrong]), []);
  });
});
