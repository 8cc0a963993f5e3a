import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { formatAuditLine, parseAuditLog, toAuditRecord } from "../../client/src/secrets/audit";
import { AuditLog } from "../../client/src/secrets/auditLog";
import { fakeSecret } from "./contract";

describe("audit formatting", () => {
  it("writes one JSON line with UTC time, user, store, environment, name, operation and result", () => {
    const line = formatAuditLine(
      { operation: "copy", result: "ok", store: "keychain", environment: "staging", secret: "API_KEY" },
      new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)),
      "dev",
    );
    assert.ok(line.endsWith("\n"));
    assert.equal(line.trim().split("\n").length, 1);
    assert.deepEqual(JSON.parse(line), {
      time: "2026-01-02T03:04:05.006Z",
      user: "dev",
      operation: "copy",
      result: "ok",
      store: "keychain",
      environment: "staging",
      secret: "API_KEY",
    });
  });

  it("records failures by error code, never by message", () => {
    const record = toAuditRecord({ operation: "write", result: "failure", store: "dotenv:.env", environment: "development", secret: "A", errorCode: "PermissionDenied" }, new Date(0), "dev");
    assert.equal(record.errorCode, "PermissionDenied");
    assert.ok(!("message" in record));
  });

  it("replaces fields that do not look like names (a value passed by mistake never reaches the log)", () => {
    const value = `${fakeSecret()} "with quotes"\n`;
    const line = formatAuditLine({ operation: "read", result: "ok", store: "keychain", environment: "development", secret: value, detail: value }, new Date(0), "dev");
    assert.ok(!line.includes(value.trim().slice(0, 12)));
    assert.equal(JSON.parse(line).secret, "<unprintable>");
  });

  it("names the workspace folder in multi-root workspaces, after the environment; an odd folder name is replaced", () => {
    const line = formatAuditLine({ operation: "copy", result: "ok", store: "keychain", environment: "staging", folder: "api", secret: "API_KEY" }, new Date(0), "dev");
    assert.deepEqual(Object.keys(JSON.parse(line)), ["time", "user", "operation", "result", "store", "environment", "folder", "secret"]);
    assert.equal(JSON.parse(line).folder, "api");
    assert.equal(toAuditRecord({ operation: "read", result: "ok", store: "keychain", environment: "staging", folder: "a\nb" }, new Date(0), "dev").folder, "<unprintable>");
    assert.ok(!("folder" in toAuditRecord({ operation: "read", result: "ok", store: "keychain", environment: "staging" }, new Date(0), "dev")), "single-folder lines are unchanged");
  });

  it("parses a log back and counts damaged lines", () => {
    const good = formatAuditLine({ operation: "delete", result: "cancelled", store: "keychain", environment: "production", secret: "X" }, new Date(0), "dev");
    const { records, damaged } = parseAuditLog(good + "{broken\n\n" + good);
    assert.equal(records.length, 2);
    assert.equal(damaged, 1);
  });
});

describe("AuditLog file", () => {
  it("appends lines in order to a 0600 file, creating its folder", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "hush-audit-"));
    try {
      const log = new AuditLog(path.join(dir, "storage", "audit.jsonl"));
      await Promise.all(Array.from({ length: 20 }, (_, index) => log.append({ operation: "read", result: "ok", store: "keychain", environment: "development", secret: `S${index}` })));
      const text = await fs.readFile(log.filePath, "utf8");
      const { records, damaged } = parseAuditLog(text);
      assert.equal(damaged, 0);
      assert.deepEqual(records.map((record) => record.secret), Array.from({ length: 20 }, (_, index) => `S${index}`));
      assert.equal((await fs.stat(log.filePath)).mode & 0o777, 0o600);
      assert.ok(records.every((record) => record.user === os.userInfo().username));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("reports a failing write instead of throwing", async () => {
    const errors: string[] = [];
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "hush-audit-"));
    try {
      await fs.writeFile(path.join(dir, "not-a-folder"), "");
      const log = new AuditLog(path.join(dir, "not-a-folder", "audit.jsonl"), (message) => errors.push(message));
      await log.append({ operation: "read", result: "ok", store: "keychain", environment: "development", secret: "A" });
      assert.equal(errors.length, 1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
