// `npm run package` produces an installable .vsix: the three bundles, the grammar, the rule docs and keytar's
// runtime files, and none of the rules' test-only near-miss strings. Built in a temporary copy of the project so
// the dist/ other tests use is left alone.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";

const root = path.resolve(__dirname, "..", "..");

describe("npm run package", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "hush-package-"));
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it("builds dist/hush.vsix with everything the extension needs at run time", { timeout: 240_000 }, () => {
    for (const entry of ["package.json", "README.md", "LICENSE", ".vscodeignore", "esbuild.mjs", "tsconfig.json", "server", "client", "syntaxes", "docs"]) {
      fs.cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
    const r = spawnSync("npm", ["run", "package"], { cwd: work, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
    assert.equal(r.status, 0, (r.stdout + r.stderr).slice(-2000));
    const vsix = path.join(work, "dist", "hush.vsix");
    assert.ok(fs.existsSync(vsix));
    const listing = execFileSync("python3", ["-m", "zipfile", "-l", vsix], { encoding: "utf8" }); // python3 is on every Debian machine; unzip is not
    for (const f of [
      "extension/package.json",
      "extension/dist/extension.js",
      "extension/dist/server.js",
      "extension/dist/cli.js",
      "extension/syntaxes/dotenv.tmLanguage.json",
      "extension/docs/rules/stripe-secret-key.md",
      "extension/dist/node_modules/keytar/build/Release/keytar.node",
    ]) {
      assert.ok(listing.includes(f), `${f} is in the .vsix`);
    }
    assert.ok(!/extension\/(?:server|client|test)\//.test(listing), "no sources or tests ship");
    const server = fs.readFileSync(path.join(work, "dist", "server.js"), "utf8");
    assert.ok(!server.includes("sk_live_xxxxxxxxxxxx"), "near-miss fixtures are stripped from the shipped bundle");
  });
});
