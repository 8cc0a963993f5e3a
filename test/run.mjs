#!/usr/bin/env node
// Runs every test layer in order and fails if any fails: unit + protocol + CLI (node:test via tsx), keychain tests
// under a real gnome-keyring, the server in other real LSP clients (headless Neovim, Emacs + Eglot:
// test/**/*.client.test.ts), extension-host integration tests in a real VS Code (code-server), and UI e2e tests
// in headless Chromium. Prints a closing "tests: N passed, M failed" line.
//   node test/run.mjs [--only unit|keyring|clients|integration|e2e]…
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const only = process.argv.flatMap((a, i, all) => (all[i - 1] === "--only" ? [a] : []));
const want = (layer) => only.length === 0 || only.includes(layer);

function findTests(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!["integration", "e2e", "fixtures", "setup", "bench", "corpus"].includes(e.name) || dir !== "test") findTests(p, out);
    } else if (e.name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const layers = [];
let passed = 0;
let failed = 0;

function runLayer(name, cmd, args, parse, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${[cmd, ...args].join(" ").slice(0, 300)}`);
  const r = spawnSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout ?? "");
  const counts = parse(r.stdout ?? "");
  const ok = r.status === 0 && counts.failed === 0;
  if (!ok && counts.failed === 0) counts.failed = 1; // a crash or non-zero exit counts as a failure
  passed += counts.passed;
  failed += counts.failed;
  layers.push({ name, ...counts, seconds: ((Date.now() - t0) / 1000).toFixed(1), ok });
}

const nodeTestCounts = (out) => ({
  passed: Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0),
  failed: Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0),
});
const closingLineCounts = (label) => (out) => {
  const m = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, "m").exec(out);
  return { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0) };
};

const all = findTests("test");
const unit = all.filter((f) => !f.endsWith(".keyring.test.ts") && !f.endsWith(".client.test.ts"));
const keyring = all.filter((f) => f.endsWith(".keyring.test.ts"));
// Need editors that setup.sh installs (Debian neovim, emacs-nox, elpa-eglot), so they run after it.
const clients = all.filter((f) => f.endsWith(".client.test.ts"));

// Setup first: on a fresh machine it also builds keytar against libsecret, which the unit layer's packaging and
// keychain-fallback tests rely on. Cached, it takes about a second.
const needsSetup = want("unit") || (want("keyring") && keyring.length) || (want("clients") && clients.length) || want("integration") || want("e2e");
if (needsSetup && fs.existsSync("test/setup/setup.sh")) {
  const r = spawnSync("bash", ["test/setup/setup.sh"], { stdio: "inherit" });
  if (r.status !== 0) {
    console.error("test setup failed: see the message above (which piece is missing)");
    failed++;
    layers.push({ name: "setup", passed: 0, failed: 1, seconds: "-", ok: false });
  }
}
if (want("unit") && unit.length) {
  runLayer("unit, protocol and CLI tests", process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-reporter-destination=stderr", "--test-reporter=tap", "--test-reporter-destination=stdout", ...unit], nodeTestCounts);
}
if (want("keyring") && keyring.length) {
  runLayer("keychain tests (gnome-keyring)", "bash", ["test/setup/with-keyring.sh", process.execPath, "--import", "tsx", "--test", "--test-reporter=spec", "--test-reporter-destination=stderr", "--test-reporter=tap", "--test-reporter-destination=stdout", ...keyring], nodeTestCounts);
}
if (want("clients") && clients.length) {
  runLayer("other LSP clients (headless Neovim, Emacs + Eglot)", process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-reporter-destination=stderr", "--test-reporter=tap", "--test-reporter-destination=stdout", ...clients], nodeTestCounts);
}
if (want("integration") && fs.existsSync("test/integration/run.mjs")) {
  runLayer("integration tests (extension host in code-server)", process.execPath, ["test/integration/run.mjs"], closingLineCounts("integration"));
}
if (want("e2e") && fs.existsSync("test/e2e/run.mjs")) {
  runLayer("e2e tests (workbench in headless Chromium)", process.execPath, ["test/e2e/run.mjs"], closingLineCounts("e2e"));
}

console.log("\n=== summary");
for (const l of layers) console.log(`${l.ok ? "ok  " : "FAIL"} ${l.name}: ${l.passed} passed, ${l.failed} failed (${l.seconds} s)`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
