// Shared by the other-editor tests: a temp workspace with a generated secret, the built server, the editor run,
// and the checks on what the "Move to .env" fix left on disk. Failure messages never carry the secret.
import { spawnSync } from "node:child_process";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseDotenv } from "dotenv";
import { fake } from "../helpers/fakeSecrets";

export const repoRoot = path.resolve(__dirname, "..", "..");
/** HUSH_CLIENT_TEST_SERVER runs the same checks against another build (a .vsix's server, a deliberately broken one). */
export const serverPath = process.env.HUSH_CLIENT_TEST_SERVER ?? path.join(repoRoot, "dist", "server.js");
const EDITOR_TIMEOUT_MS = 90_000;

/** Builds dist/server.js when missing (a fresh checkout run straight through this layer). */
export function ensureServerBuilt(): void {
  if (fs.existsSync(serverPath) || process.env.HUSH_CLIENT_TEST_SERVER) return;
  const r = spawnSync(process.execPath, ["esbuild.mjs"], { cwd: repoRoot, encoding: "utf8" });
  assert.ok(r.status === 0 && fs.existsSync(serverPath), `node esbuild.mjs failed (exit ${r.status}): ${r.stderr}`);
}

/** Fails (never skips): setup.sh installs these editors, so a missing one is a broken test machine. */
export function requireEditor(command: string, debianPackages: string): string {
  const r = spawnSync(command, ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    assert.fail(`'${command}' not found or not runnable (${r.error?.message ?? `exit ${r.status}`}): install Debian's ${debianPackages} (test/setup/setup.sh does)`);
  }
  return r.stdout.split("\n")[0] ?? "";
}

export interface PlantedWorkspace {
  dir: string;
  file: string;
  secret: string;
  text: string;
  /** 0-based line of the secret, and its start as a UTF-16 index (LSP) / byte / code point index in that line. */
  line: number;
  utf16Column: number;
  byteColumn: number;
  /** Code points before the secret in the whole file (Emacs positions are this + 1). */
  codePointOffset: number;
}

const plantedDirs: string[] = [];

/** Removes every workspace planted so far (their .env files hold fake secrets; failed runs included). */
export function removePlantedWorkspaces(): void {
  for (const dir of plantedDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A workspace holding app.js with a fresh fake Stripe key on line 2, after `prefix` (which may be non-ASCII). */
export function plantWorkspace(prefix = ""): PlantedWorkspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hush-client-"));
  plantedDirs.push(dir);
  const secret = fake.stripe();
  const lines = ['const Stripe = require("stripe");', `const stripe = ${prefix}Stripe("${secret}");`, "module.exports = { stripe };"];
  const text = lines.join("\n") + "\n";
  const file = path.join(dir, "app.js");
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules\n");
  const secretLine = lines[1] ?? "";
  const utf16Column = secretLine.indexOf(secret);
  return {
    dir,
    file,
    secret,
    text,
    line: 1,
    utf16Column,
    byteColumn: Buffer.byteLength(secretLine.slice(0, utf16Column)),
    codePointOffset: [...text.slice(0, text.indexOf(secret))].length,
  };
}

export function scrub(text: string, secret: string): string {
  return text.split(secret).join("<the secret>");
}

/** Runs an editor in `ws.dir` with the HUSH_* environment and returns its JSON report (or fails, scrubbed). */
export function runEditor<Report extends { error?: string }>(ws: PlantedWorkspace, command: string, args: string[], env: Record<string, string>): Report {
  const out = path.join(ws.dir, "..", `${path.basename(ws.dir)}-report.json`);
  const t0 = Date.now();
  const r = spawnSync(command, args, {
    cwd: ws.dir,
    encoding: "utf8",
    timeout: EDITOR_TIMEOUT_MS,
    env: { ...process.env, HUSH_SERVER: serverPath, HUSH_ROOT: ws.dir, HUSH_FILE: ws.file, HUSH_OUT: out, ...env },
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const output = scrub(`${r.stdout ?? ""}\n${r.stderr ?? ""}`, ws.secret).trim().slice(-3000);
  if (!fs.existsSync(out)) assert.fail(`${command} wrote no report (exit ${r.status}, signal ${r.signal}, ${seconds} s): ${r.error?.message ?? ""}\n${output}`);
  const reportText = fs.readFileSync(out, "utf8");
  fs.rmSync(out, { force: true });
  const report = JSON.parse(reportText) as Report;
  if (report.error !== undefined || r.status !== 0) {
    assert.fail(`${command} failed (exit ${r.status}, ${seconds} s): ${scrub(report.error ?? "", ws.secret)}\n${output}\nreport: ${scrub(reportText, ws.secret).slice(0, 3000)}`);
  }
  return report;
}

/** What "Move to .env as NAME" must leave: NAME=secret in a 0600 .env, the code reading process.env.NAME. */
export function assertMovedToEnv(ws: PlantedWorkspace, name: string, bufferAfterFix: string): void {
  const envFile = path.join(ws.dir, ".env");
  assert.ok(fs.existsSync(envFile), ".env was not created");
  assert.equal(fs.statSync(envFile).mode & 0o777, 0o600, ".env must be created with mode 0600");
  const env = parseDotenv(fs.readFileSync(envFile));
  assert.ok(env[name] === ws.secret, `.env does not hold ${name}=<the secret> (names found: ${Object.keys(env).join(", ")})`);

  const onDisk = fs.readFileSync(ws.file, "utf8");
  assert.ok(!onDisk.includes(ws.secret), "app.js on disk still holds the secret after the fix and save");
  assert.ok(onDisk.includes(`Stripe(process.env.${name})`), `app.js does not read process.env.${name}: ${scrub(onDisk, ws.secret)}`);
  assert.equal(scrub(bufferAfterFix, ws.secret), scrub(onDisk, ws.secret), "the saved file differs from the editor's buffer");
  const expected = ws.text.replace(`"${ws.secret}"`, `process.env.${name}`);
  assert.equal(scrub(onDisk, ws.secret), expected, "the fix changed more than the secret literal");
}

/** No secret in anything the editor showed or reported (messages, titles, logs). */
export function assertNoSecretIn(what: string, text: string, secret: string): void {
  assert.ok(!text.includes(secret), `${what} contains the secret value`);
  assert.ok(!text.includes(secret.slice(0, 12)), `${what} contains more than the first 4 characters of the secret`);
}
