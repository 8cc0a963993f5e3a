// The failure path on a real machine: no Secret Service on the bus. A child process gets a D-Bus address that
// points nowhere (and no X display to autolaunch one), so keytar really fails; the store must turn that into a
// typed UnavailableError with a clear message, quickly, without crashing the process.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { describe, it } from "node:test";
import { fakeSecret } from "./contract";

describe("KeychainStore without a Secret Service", () => {
  it("fails with UnavailableError that explains what to do and holds no value", () => {
    const value = fakeSecret();
    const env: NodeJS.ProcessEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: "unix:path=/nonexistent/hush-no-bus" };
    delete env["DISPLAY"];
    delete env["HUSH_KEYRING_SESSION"];
    const started = Date.now();
    const child = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures", "probe-keychain.ts"), value], {
      env,
      encoding: "utf8",
      timeout: 30_000,
    });
    const elapsed = Date.now() - started;
    assert.equal(child.status, 0, `the process must not crash (stderr: ${child.stderr.slice(0, 500)})`);
    assert.ok(!child.stdout.includes(value) && !child.stderr.includes(value), "the value never appears in output");
    const outcome = JSON.parse(child.stdout.trim()) as Record<string, { code?: string; name?: string; message?: string }>;
    for (const step of ["probe", "set"]) {
      const result = outcome[step];
      assert.ok(result && typeof result === "object", `${step} must fail`);
      assert.equal(result.code, "Unavailable", `${step}: ${JSON.stringify(result)}`);
      assert.equal(result.name, "UnavailableError");
      assert.match(result.message ?? "", /^No Secret Service answered, so Hush could not (reach it|read PROBE): start gnome-keyring/);
    }
    assert.ok(elapsed < 20_000, `fails fast (${elapsed} ms)`);
  });
});
