// Every rule has an up-to-date documentation page (diagnostics link to it) and the README names the two commands.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { builtinRules } from "../../server/src/engine/rules/index";

const root = path.resolve(__dirname, "..", "..");

describe("documentation", () => {
  it("docs/rules has a current page for every rule", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "gen-rule-docs.ts"), "--check"], { cwd: root, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    for (const rule of builtinRules) assert.ok(fs.existsSync(path.join(root, "docs", "rules", `${rule.id}.md`)), rule.id);
    assert.ok(fs.existsSync(path.join(root, "docs", "rules", "logged-credential.md")), "logged-credential page");
  });

  it("rule ids are unique, kebab-case, and every rule names an env var and a summary", () => {
    const ids = builtinRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length, "duplicate rule ids");
    for (const r of builtinRules) {
      assert.match(r.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, r.id);
      assert.match(r.envName, /^[A-Z][A-Z0-9_]*$/, r.id);
      assert.ok(r.doc.summary.length > 20, r.id);
      assert.ok(r.keywords.every((k) => k === k.toLowerCase()), `${r.id}: keywords must be lowercase`);
    }
  });

  it("the README names exactly the two set-up commands and .ci/run runs the test one", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    assert.ok(readme.includes("npm install && npm start"));
    assert.ok(readme.includes("npm install && npm test"));
    assert.match(fs.readFileSync(path.join(root, ".ci", "run"), "utf8"), /^npm install && npm test$/m);
  });
});
