// The SecretStore contract every store must meet, as one reusable node:test suite:
//
//   import { runStoreContract } from "./contract";
//   runStoreContract("my store", async () => ({ store: new MyStore(...), cleanup: async () => { ... } }));
//
// `makeStore` is called once per test and must return an empty store. Values are generated at run time.

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { StoreError, type SecretStore } from "../../client/src/stores/types";

export interface StoreUnderTest {
  store: SecretStore;
  cleanup(): Promise<void>;
}

/** A random value that looks like a credential but is made at test time (never committed literally). */
export function fakeSecret(prefix = "tok_"): string {
  return prefix + randomBytes(18).toString("base64url");
}

/** Fails when the error is not a StoreError of `code`, or when its message (or name) holds any of `values`. */
export function assertStoreError(error: unknown, code: StoreError["code"], values: readonly string[]): true {
  assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
  assert.equal(error.code, code, `expected code ${code}, got ${error.code}: ${error.message}`);
  assertNoValue(`${error.name}: ${error.message}`, values);
  return true;
}

export function assertNoValue(text: string, values: readonly string[]): void {
  for (const value of values) {
    // Long enough to be meaningful; a 1-char value would match anything.
    if (value.length >= 6) assert.ok(!text.includes(value), "a secret value appeared in: " + text.replace(value, "<VALUE>"));
  }
}

async function withStore(makeStore: () => Promise<StoreUnderTest>, body: (store: SecretStore) => Promise<void>): Promise<void> {
  const { store, cleanup } = await makeStore();
  try {
    await body(store);
  } finally {
    await cleanup();
  }
}

async function names(store: SecretStore): Promise<string[]> {
  return (await store.list()).map((entry) => entry.name).sort();
}

/** Values with characters that break naive quoting, escaping or encoding. */
export function trickyValues(): Record<string, string> {
  const random = randomBytes(6).toString("hex");
  return {
    unicode: `pässwörd-🔑-日本語-${random}`,
    quotes: `it's "quoted" ${random}`,
    backtick: `run \`cmd\` ${random}`,
    hashAndEquals: `a#b=c ${random} # not a comment`,
    dollar: `$HOME-\${VAR}-${random}`,
    backslashes: `C:\\path\\to\\${random}\\`,
    spaces: `  padded ${random}  `,
    newline: `line one ${random}\nline two`,
    long: randomBytes(3000).toString("base64"),
  };
}

export function runStoreContract(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`SecretStore contract: ${name}`, () => {
    it("starts empty and lists what was set", async () => {
      await withStore(makeStore, async (store) => {
        assert.deepEqual(await store.list(), []);
        await store.set("API_KEY", fakeSecret());
        await store.set("DB_PASSWORD", fakeSecret());
        assert.deepEqual(await names(store), ["API_KEY", "DB_PASSWORD"]);
      });
    });

    it("gets the value it set, and only that secret changes", async () => {
      await withStore(makeStore, async (store) => {
        const first = fakeSecret();
        const second = fakeSecret();
        await store.set("FIRST", first);
        await store.set("SECOND", second);
        assert.equal(await store.get("FIRST"), first);
        assert.equal(await store.get("SECOND"), second);
      });
    });

    it("overwrites an existing secret", async () => {
      await withStore(makeStore, async (store) => {
        const old = fakeSecret();
        const fresh = fakeSecret();
        await store.set("TOKEN", old);
        await store.set("TOKEN", fresh);
        assert.equal(await store.get("TOKEN"), fresh);
        assert.deepEqual(await names(store), ["TOKEN"]);
        if (store.capabilities.versions && store.versions) {
          const versions = await store.versions("TOKEN");
          assert.ok(versions.length >= 2, "a versioned store keeps the previous value");
          const previous = versions.find((version) => version.labels?.includes("previous"));
          assert.ok(previous, "one version is labelled previous");
          assert.equal(await store.get("TOKEN", previous.id), old);
        }
      });
    });

    it("rolls back to the previous version where supported", async (t) => {
      await withStore(makeStore, async (store) => {
        if (!store.capabilities.rollback || !store.rollback || !store.versions) {
          t.skip(`${name} has no rollback`);
          return;
        }
        const old = fakeSecret();
        await store.set("ROLL", old);
        await store.set("ROLL", fakeSecret());
        const previous = (await store.versions("ROLL")).find((version) => version.labels?.includes("previous"));
        assert.ok(previous);
        await store.rollback("ROLL", previous.id);
        assert.equal(await store.get("ROLL"), old);
      });
    });

    it("renames where supported, carrying the previous version over; refuses an existing target", async (t) => {
      await withStore(makeStore, async (store) => {
        if (!store.rename) {
          t.skip(`${name} has no rename (the UI copies the value, then deletes the old name)`);
          return;
        }
        const old = fakeSecret();
        const fresh = fakeSecret();
        const other = fakeSecret();
        await store.set("OLD_NAME", old);
        await store.set("OLD_NAME", fresh);
        await store.set("TAKEN", other);
        await assert.rejects(store.rename("OLD_NAME", "TAKEN"), (error) => assertStoreError(error, "Conflict", [old, fresh, other]));
        assert.equal(await store.get("TAKEN"), other, "a refused rename overwrites nothing");
        await assert.rejects(store.rename("MISSING", "ANYWHERE"), (error) => assertStoreError(error, "NotFound", [old, fresh, other]));
        await store.rename("OLD_NAME", "NEW_NAME");
        assert.deepEqual(await names(store), ["NEW_NAME", "TAKEN"]);
        assert.equal(await store.get("NEW_NAME"), fresh);
        await assert.rejects(store.get("OLD_NAME"), (error) => assertStoreError(error, "NotFound", [old, fresh]));
        if (store.capabilities.versions && store.versions) {
          const previous = (await store.versions("NEW_NAME")).find((version) => version.labels?.includes("previous"));
          assert.ok(previous, "the previous version moved to the new name");
          assert.equal(await store.get("NEW_NAME", previous.id), old);
          await assert.rejects(store.get("OLD_NAME", "previous"), (error) => error instanceof StoreError, "nothing lingers under the old name");
          // A later secret under the old name starts without history.
          await store.set("OLD_NAME", fakeSecret());
          assert.equal((await store.versions("OLD_NAME")).some((version) => version.labels?.includes("previous")), false);
        }
      });
    });

    it("deletes, after which get fails with NotFound and list omits it", async () => {
      await withStore(makeStore, async (store) => {
        const value = fakeSecret();
        await store.set("GONE", value);
        await store.set("KEPT", fakeSecret());
        await store.delete("GONE");
        assert.deepEqual(await names(store), ["KEPT"]);
        await assert.rejects(store.get("GONE"), (error) => assertStoreError(error, "NotFound", [value]));
        if (store.versions) {
          await assert.rejects(store.get("GONE", "previous"), (error) => error instanceof StoreError);
        }
      });
    });

    it("reports NotFound for unknown names on get and delete, naming the secret but no value", async () => {
      await withStore(makeStore, async (store) => {
        const value = fakeSecret();
        await store.set("PRESENT", value);
        await assert.rejects(store.get("ABSENT"), (error) => {
          assertStoreError(error, "NotFound", [value]);
          assert.match((error as Error).message, /ABSENT/);
          return true;
        });
        await assert.rejects(store.delete("ABSENT"), (error) => assertStoreError(error, "NotFound", [value]));
      });
    });

    it("fires onDidChange on set and delete, and not after the listener is disposed", async () => {
      await withStore(makeStore, async (store) => {
        let fired = 0;
        const subscription = store.onDidChange(() => fired++);
        await store.set("WATCHED", fakeSecret());
        assert.ok(fired >= 1, "set fires");
        const afterSet = fired;
        await store.delete("WATCHED");
        assert.ok(fired > afterSet, "delete fires");
        subscription.dispose();
        const afterDispose = fired;
        await store.set("WATCHED", fakeSecret());
        // File watchers may deliver late events, so allow them a moment before checking nothing new came through.
        await new Promise((resolve) => setTimeout(resolve, 50));
        assert.equal(fired, afterDispose);
      });
    });

    it("round-trips unicode and special characters, or refuses with a typed error that holds no value", async () => {
      await withStore(makeStore, async (store) => {
        const values = trickyValues();
        for (const [label, value] of Object.entries(values)) {
          const key = `TRICKY_${label.toUpperCase()}`;
          await store.set(key, value);
          assert.equal(await store.get(key), value, `${label} value changed on the way through the store`);
        }
        assert.equal((await store.list()).length, Object.keys(values).length);
        // Every character class at once: a store may refuse it, but only with a clean, typed error.
        const hardest = `'"\`\n\\ ${randomBytes(6).toString("hex")} \\`;
        try {
          await store.set("HARDEST", hardest);
          assert.equal(await store.get("HARDEST"), hardest);
        } catch (error) {
          assertStoreError(error, "Invalid", [hardest, ...Object.values(values)]);
          assert.equal((await store.list()).length, Object.keys(values).length, "a refused write changes nothing");
        }
      });
    });

    it("accepts names with digits, dots and dashes", async () => {
      await withStore(makeStore, async (store) => {
        const value = fakeSecret();
        await store.set("SERVICE_2.api-key", value);
        assert.equal(await store.get("SERVICE_2.api-key"), value);
      });
    });

    it("keeps every one of several concurrent writes", async () => {
      await withStore(makeStore, async (store) => {
        const values = Array.from({ length: 6 }, () => fakeSecret());
        await Promise.all(values.map((value, index) => store.set(`PARALLEL_${index}`, value)));
        for (const [index, value] of values.entries()) assert.equal(await store.get(`PARALLEL_${index}`), value);
      });
    });

    it("stores the empty string as a value distinct from absence, or refuses it with Invalid", async () => {
      await withStore(makeStore, async (store) => {
        try {
          await store.set("EMPTY", "");
        } catch (error) {
          assertStoreError(error, "Invalid", []);
          assert.deepEqual(await names(store), [], "a refused write changes nothing");
          return;
        }
        assert.equal(await store.get("EMPTY"), "");
        assert.deepEqual(await names(store), ["EMPTY"]);
      });
    });
  });
}
