// The AWS Secrets Manager store through the real SDK v3 client against the wire-level fake
// (test/fakes/secretsManagerServer.ts), which verifies every request's SigV4 signature.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";

import { FakeSecretsManagerServer } from "../fakes/secretsManagerServer";
import { AuditRecorder, closedPort, fakeSecret, leakedValues, selfSignedHttpsServer } from "../fakes/remoteKit";
import { resolveAwsConfig, type AwsSettings } from "../../client/src/stores/aws/config";
import { createAwsStore, type AwsSecretsManagerStore } from "../../client/src/stores/aws/awsStore";
import { StoreError } from "../../client/src/stores/types";

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

describe("AWS Secrets Manager store (SDK v3 against the SigV4-checking fake)", () => {
  const server = new FakeSecretsManagerServer("eu-west-1");
  const credential = server.addCredential({ user: "hush-test" });
  let prefixCounter = 0;
  before(() => server.start());
  after(() => server.stop());

  function makeStore(settings: Partial<AwsSettings> = {}, overrides: { credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } } = {}) {
    const audit = new AuditRecorder();
    const delays: number[] = [];
    const config = resolveAwsConfig("production", {
      region: "eu-west-1",
      endpoint: server.endpoint,
      namePrefix: `hush-test-${++prefixCounter}/`,
      ...settings,
    });
    const store: AwsSecretsManagerStore = createAwsStore(config, {
      audit: audit.sink,
      credentials: overrides.credentials ?? { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey },
      retry: { maxAttempts: config.maxAttempts, baseDelayMs: 5, maxDelayMs: 40 },
      onRetryDelay: (ms) => delays.push(ms),
    });
    return { store, audit, delays, prefix: config.namePrefix };
  }

  it("creates, reads, puts new versions, lists and schedules deletion, every request signed", async () => {
    const { store, audit, prefix } = makeStore();
    const first = fakeSecret();
    const second = fakeSecret();
    const before = server.requests.length;
    await store.set("STRIPE_KEY", first);
    await store.set("OTHER", fakeSecret());
    assert.equal(await store.get("STRIPE_KEY"), first);
    await store.set("STRIPE_KEY", second);
    assert.equal(await store.get("STRIPE_KEY"), second);
    assert.deepEqual((await store.list()).map((entry) => entry.name), ["OTHER", "STRIPE_KEY"]);
    await store.delete("OTHER");
    assert.ok(server.isScheduledForDeletion(prefix + "OTHER"), "deletion is scheduled, not forced");
    assert.deepEqual((await store.list()).map((entry) => entry.name), ["STRIPE_KEY"]);
    const mine = server.requests.slice(before);
    assert.ok(mine.length >= 8);
    assert.ok(mine.every((request) => request.accessKeyId === credential.accessKeyId), "every request carried a verified SigV4 signature");
    const operations = new Set(mine.map((request) => request.operation));
    for (const operation of ["PutSecretValue", "CreateSecret", "GetSecretValue", "ListSecrets", "DeleteSecret"]) assert.ok(operations.has(operation), operation);
    assert.deepEqual(
      audit.events.slice(0, 3).map((event) => `${event.store}:${event.operation}:${event.name}:${event.result}`),
      ["aws:set:STRIPE_KEY:ok", "aws:set:OTHER:ok", "aws:get:STRIPE_KEY:ok"],
    );
  });

  it("refuses requests signed with the wrong secret key (InvalidSignatureException) and unknown keys", async () => {
    const { store } = makeStore({}, { credentials: { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey + "x" } });
    const error = await rejectsWith(store.list(), "Expired", /InvalidSignatureException/);
    assert.doesNotMatch(error.message, new RegExp(credential.secretAccessKey.replace(/[+/=]/g, ".")));
    assert.equal(server.requests.at(-1)?.errorType, "InvalidSignatureException");
    const unknown = makeStore({}, { credentials: { accessKeyId: "AKIA" + "UNKNOWN0000000", secretAccessKey: "x".repeat(40) } });
    await rejectsWith(unknown.store.list(), "Expired", /UnrecognizedClientException/);
  });

  it("shows JSON keys as children, reads and merges single keys", async () => {
    const { store, prefix } = makeStore();
    const password = fakeSecret("pw-");
    server.seed(prefix + "db/credentials", JSON.stringify({ username: "app", password, port: 5432 }));
    const entries = await store.list();
    // A value (isFolder false) that may have children: the tree lists its keys when it is expanded.
    assert.deepEqual(entries.map((entry) => [entry.name, entry.isFolder, entry.mayHaveChildren, entry.meta?.keysViaList]), [["db/credentials", false, true, true]]);
    const children = await store.list("db/credentials");
    assert.deepEqual(children.map((entry) => entry.name), ["db/credentials#password", "db/credentials#port", "db/credentials#username"]);
    assert.equal(await store.get("db/credentials#password"), password);
    assert.equal(await store.get("db/credentials#port"), "5432");
    const host = "db-" + fakeSecret("");
    await store.set("db/credentials#host", host);
    const whole = JSON.parse(await store.get("db/credentials")) as Record<string, unknown>;
    assert.deepEqual(Object.keys(whole).sort(), ["host", "password", "port", "username"]);
    assert.equal(whole.password, password, "merging one key keeps the others");
    await store.delete("db/credentials#port");
    await rejectsWith(store.get("db/credentials#port"), "NotFound", /no key "port"/);
    await store.set("plain", "text-value-" + fakeSecret(""));
    assert.deepEqual(await store.list("plain"), [], "a string secret has no children");
    await rejectsWith(store.get("plain#x"), "Invalid", /not a JSON object/);
  });

  it("lists versions with their stages and rolls back by moving AWSCURRENT", async () => {
    const { store, prefix } = makeStore();
    const v1 = fakeSecret();
    const v2 = fakeSecret();
    const v3 = fakeSecret();
    await store.set("TOKEN", v1);
    await store.set("TOKEN", v2);
    await store.set("TOKEN", v3);
    const versions = await store.versions("TOKEN");
    assert.equal(versions.length, 2, "only labelled versions are listed (the oldest is deprecated)");
    const current = versions.find((version) => version.labels?.includes("AWSCURRENT"));
    const previous = versions.find((version) => version.labels?.includes("AWSPREVIOUS"));
    assert.ok(current?.labels?.includes("current") && previous?.labels?.includes("previous"));
    assert.equal(await store.get("TOKEN", previous!.id), v2);
    assert.equal(await store.get("TOKEN", "AWSPREVIOUS"), v2);
    await store.rollback("TOKEN", previous!.id);
    assert.equal(await store.get("TOKEN"), v2);
    const stages = server.stagesOf(prefix + "TOKEN");
    assert.deepEqual(stages[previous!.id], ["AWSCURRENT"]);
    assert.deepEqual(stages[current!.id], ["AWSPREVIOUS"], "the version left behind became AWSPREVIOUS");
    await rejectsWith(store.rollback("TOKEN", "0".repeat(36)), "NotFound");
  });

  it("restores a secret scheduled for deletion; get in between is NotFound", async () => {
    const { store } = makeStore({ recoveryWindowDays: 7 });
    const value = fakeSecret();
    await store.set("RESTORABLE", value);
    await store.delete("RESTORABLE");
    await rejectsWith(store.get("RESTORABLE"), "NotFound", /scheduled for deletion; restore it first/);
    await rejectsWith(store.delete("RESTORABLE"), "NotFound", /scheduled for deletion/);
    await store.restore("RESTORABLE");
    assert.equal(await store.get("RESTORABLE"), value);
  });

  it("paginates ListSecrets and applies the configured filters", async () => {
    const { store, prefix } = makeStore({ filters: [{ key: "description", values: ["!skip"] }] });
    for (let index = 0; index < 230; index++) server.seed(`${prefix}bulk-${String(index).padStart(3, "0")}`, "v");
    const before = server.requests.length;
    const entries = await store.list();
    assert.equal(entries.length, 230);
    const listCalls = server.requests.slice(before).filter((request) => request.operation === "ListSecrets");
    assert.equal(listCalls.length, 3, "three pages of at most 100");
    const filtered = makeStore({ namePrefix: prefix + "bulk-00" });
    assert.equal((await filtered.store.list()).length, 10);
  });

  it("rotates where a rotation function is configured, and says so where none is", async () => {
    const { store, prefix } = makeStore();
    const original = fakeSecret();
    await store.set("ROTATED", original);
    await rejectsWith(store.rotate("ROTATED"), "Invalid", /no rotation function configured/);
    const lambda = "arn:aws:lambda:eu-west-1:123456789012:function:rotate-test";
    server.registerRotationFunction(lambda, () => fakeSecret());
    server.enableRotation(prefix + "ROTATED", lambda);
    const newVersion = await store.rotate("ROTATED");
    const rotated = await store.get("ROTATED");
    assert.notEqual(rotated, original);
    assert.equal(await store.get("ROTATED", "previous"), original);
    assert.deepEqual(server.stagesOf(prefix + "ROTATED")[newVersion!], ["AWSCURRENT"]);
    assert.equal((await store.metadata("ROTATED")).rotationEnabled, true);
  });

  it("names the denied action on AccessDeniedException, and the secret on 404", async () => {
    const limited = server.addCredential({ user: "reader", denied: [{ action: "PutSecretValue" }, { action: "CreateSecret" }] });
    const { store } = makeStore({}, { credentials: { accessKeyId: limited.accessKeyId, secretAccessKey: limited.secretAccessKey } });
    const denied = await rejectsWith(store.set("NEW_ONE", fakeSecret()), "PermissionDenied");
    assert.match(denied.message, /secretsmanager:(PutSecretValue|CreateSecret)/);
    assert.match(denied.message, /NEW_ONE/);
    await rejectsWith(store.get("MISSING"), "NotFound", /MISSING/);
  });

  it("retries ThrottlingException with bounded exponential backoff, then succeeds or gives up clearly", async () => {
    const { store, delays } = makeStore({ maxAttempts: 4 });
    await store.set("T", fakeSecret());
    server.failNext(2, "ThrottlingException", "Rate exceeded", "ListSecrets");
    assert.deepEqual((await store.list()).map((entry) => entry.name), ["T"]);
    assert.equal(delays.length, 2, "two backoffs before the third attempt succeeded");
    delays.length = 0;
    server.failNext(10, "ThrottlingException", "Rate exceeded", "ListSecrets");
    await rejectsWith(store.list(), "Unavailable", /throttling/);
    assert.equal(delays.length, 3, "maxAttempts 4 = 3 retries");
    assert.ok(delays.every((ms) => ms <= 40));
    server.resetFailures();
  });

  it("asks to re-authenticate when the session credentials have expired", async () => {
    const expired = server.addCredential({ sessionToken: "session-" + fakeSecret(""), expiresAt: Date.now() - 1000 });
    const { store } = makeStore({}, { credentials: { accessKeyId: expired.accessKeyId, secretAccessKey: expired.secretAccessKey, sessionToken: expired.sessionToken } });
    await rejectsWith(store.list(), "Expired", /expired; re-authenticate/);
  });

  it("reports an unreachable endpoint", async () => {
    const port = await closedPort();
    const { store } = makeStore({ endpoint: `http://127.0.0.1:${port}`, maxAttempts: 2 });
    await rejectsWith(store.list(), "Unavailable", /unreachable \(ECONNREFUSED\)/);
  });

  it("reports a TLS certificate failure distinctly", async (t) => {
    const tlsServer = await selfSignedHttpsServer();
    if (!tlsServer) return t.skip("openssl is not installed");
    try {
      const { store } = makeStore({ endpoint: tlsServer.url, maxAttempts: 1 });
      await rejectsWith(store.list(), "Unavailable", /TLS certificate check failed \(DEPTH_ZERO_SELF_SIGNED_CERT\)/);
    } finally {
      await tlsServer.close();
    }
  });

  it("caches values in memory for the TTL only, and never leaks a value into errors or audit entries", async () => {
    const { store, audit } = makeStore({ cacheTtlSeconds: 60 });
    const value = fakeSecret();
    await store.set("CACHED", value);
    const reads = (): number => server.requests.filter((request) => request.operation === "GetSecretValue").length;
    await store.get("CACHED");
    const afterFirst = reads();
    await store.get("CACHED");
    assert.equal(reads(), afterFirst);
    const uncached = makeStore({ cacheTtlSeconds: 0, namePrefix: store.config.namePrefix });
    await uncached.store.get("CACHED");
    await uncached.store.get("CACHED");
    assert.equal(reads(), afterFirst + 2);

    const messages: string[] = [];
    for (const attempt of [() => store.get("CACHED#key"), () => store.get("CACHED", "0".repeat(36)), () => store.set("bad name!", value)]) {
      try {
        await attempt();
      } catch (error) {
        messages.push((error as Error).message);
      }
    }
    assert.equal(messages.length, 3);
    assert.deepEqual(leakedValues([...messages, ...audit.events.map((event) => JSON.stringify(event))], [value]), []);
  });
});
