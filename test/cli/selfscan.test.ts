// The project scans its own repository like a user's CI would: no secret and no logged credential may fail the
// run. Test fixtures are down-ranked (hints), the deliberately leaky demo template is excluded in .hush.json.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../helpers/lspClient";

describe("hush scan on this repository", () => {
  it("exits 0: nothing above hint severity outside fixtures", { timeout: 120_000 }, () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, "dist", "cli.js"), "scan", ".", "--format", "json"], { cwd: repoRoot, encoding: "utf8", maxBuffer: 1 << 28 });
    const json = JSON.parse(r.stdout) as { findings: { path: string; line: number; ruleId: string; severity: string }[] };
    const failing = json.findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.path}:${f.line} ${f.ruleId}`);
    assert.deepEqual(failing, []);
    assert.equal(r.status, 0);
  });
});
