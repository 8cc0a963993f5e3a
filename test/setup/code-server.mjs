// Shared plumbing for the tests that need a real VS Code: code-server from npm (installed by setup.sh), a fresh
// extensions/user-data dir with the extension linked in, and headless Debian chromium driven by playwright-core.
// Used by test/integration/run.mjs, test/e2e/run.mjs and scripts/demo.mjs.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const artifactsDir = path.join(repoRoot, ".test-artifacts");
export const chromiumPath = process.env.HUSH_CHROMIUM ?? "/usr/bin/chromium";
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

/** Settings that keep the workbench quiet and deterministic (no welcome page, no git scans, no update checks). */
const quietUserSettings = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "git.autoRepositoryDetection": false,
  "update.mode": "none",
  "files.autoSave": "off",
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
};

/** Runs setup.sh (fast when everything is cached) and returns the code-server binary path. */
export function ensureCodeServer({ quiet = false } = {}) {
  const result = spawnSync("bash", [path.join(repoRoot, "test/setup/setup.sh")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = (result.stdout ?? "").trim().split("\n");
  if (!quiet || result.status !== 0) for (const line of lines.slice(0, -1)) console.log(line);
  if (result.status !== 0) throw new Error(`test/setup/setup.sh failed (exit ${result.status}); see the [setup] lines above`);
  const last = lines.at(-1) ?? "";
  const match = /^code-server: (.+)$/.exec(last);
  if (!match?.[1]) throw new Error(`test/setup/setup.sh did not report the code-server path (last line: ${last})`);
  return match[1];
}

export function requireBuiltExtension() {
  for (const file of ["dist/extension.js", "dist/server.js"]) {
    if (!fs.existsSync(path.join(repoRoot, file))) {
      throw new Error(`${file} is missing: build first with \`node esbuild.mjs\``);
    }
  }
}

export function extensionFolderName(extensionPath = repoRoot) {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, "package.json"), "utf8"));
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies test/fixtures/workspaces/<name> (if it exists) into a fresh temp dir and returns its real path. */
export function copyFixtureWorkspace(name) {
  const target = fs.realpathSync(makeTempDir(`hush-ws-${name}-`));
  const source = path.join(repoRoot, "test/fixtures/workspaces", name);
  if (fs.existsSync(source)) fs.cpSync(source, target, { recursive: true });
  return target;
}

/**
 * Starts code-server on 127.0.0.1 with fresh extensions and user-data dirs, the repo linked in as the
 * extension. Resolves once it answers HTTP. `stop()` kills the whole process group.
 */
export async function startCodeServer({
  codeServerBin,
  env = {},
  linkExtension = true,
  extensionPath = repoRoot,
  logName = "code-server",
  port,
  startTimeoutMs = 60_000,
}) {
  const stateDir = makeTempDir("hush-code-server-");
  const extensionsDir = path.join(stateDir, "extensions");
  const userDataDir = path.join(stateDir, "user-data");
  fs.mkdirSync(path.join(userDataDir, "User"), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, "User/settings.json"), JSON.stringify(quietUserSettings, null, 2));
  if (linkExtension) fs.symlinkSync(extensionPath, path.join(extensionsDir, extensionFolderName(extensionPath)), "dir");

  const listenPort = port ?? (await freePort());
  fs.mkdirSync(artifactsDir, { recursive: true });
  const logFile = path.join(artifactsDir, `${logName}.log`);
  const logFd = fs.openSync(logFile, "w");
  const child = spawn(
    codeServerBin,
    [
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${listenPort}`,
      "--extensions-dir", extensionsDir,
      "--user-data-dir", userDataDir,
      "--config", path.join(stateDir, "config.yaml"),
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      "--ignore-last-opened",
    ],
    {
      detached: true, // own process group, so stop() also ends the extension hosts it forked
      stdio: ["ignore", logFd, logFd],
      env: { ...process.env, ...env, VSCODE_PROXY_URI: "" },
    },
  );
  fs.closeSync(logFd);
  let exited = false;
  liveServers.add(child);
  child.on("exit", () => {
    exited = true;
    liveServers.delete(child);
  });

  const url = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up; log: ${logFile}\n${tail(logFile)}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup(child);
      throw new Error(`code-server did not answer on ${url} within ${startTimeoutMs / 1000}s; log: ${logFile}\n${tail(logFile)}`);
    }
    await sleep(250);
  }

  return {
    url,
    port: listenPort,
    logFile,
    extensionsDir,
    userDataDir,
    async stop() {
      killGroup(child);
      for (let i = 0; i < 40 && !exited; i++) await sleep(100);
      if (!exited) killGroup(child, "SIGKILL");
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

// code-server runs in its own process group (so its extension hosts can be ended with it); make sure no group
// outlives this process, whichever way it ends. Runners turn SIGINT/SIGTERM into process.exit().
const liveServers = new Set();
process.on("exit", () => {
  for (const child of liveServers) killGroup(child, "SIGKILL");
});

/** Exit (running the cleanup above) on Ctrl-C or a kill, for scripts that have no handler of their own. */
export function exitOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, () => process.exit(130));
}

function killGroup(child, signal = "SIGTERM") {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * Masks credential-shaped strings (the fake ones the tests generate) before anything is printed or logged:
 * at most the first 4 characters survive, as in the product.
 */
export function redactSecrets(text) {
  return String(text).replace(
    /\b(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[bpoasr]-[0-9A-Za-z-]{10,}|AKIA[A-Z2-7]{16})/g,
    (match) => `${match.slice(0, 4)}…`,
  );
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  if (!fs.existsSync(chromiumPath)) throw new Error(`chromium not found at ${chromiumPath}; run test/setup/setup.sh`);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true, timeout: 60_000 });
}

/** The workbench URL for a folder, optionally with an extension-test payload. */
export function workbenchUrl(server, folder, payload) {
  // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
  const params = new URLSearchParams(folder.endsWith(".code-workspace") ? { workspace: folder } : { folder });
  if (payload) params.set("payload", JSON.stringify(payload));
  return `${server.url}/?${params.toString()}`;
}

/** Opens the workbench for `folder`, retrying the load (a cold code-server sometimes serves a blank page). */
export async function openWorkbench(browser, url, { attempts = 3, timeoutMs = 90_000, onPage } = {}) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    onPage?.(page);
    try {
      await page.goto(url, { waitUntil: "domcontentloaded", timeout: timeoutMs });
      await page.waitForSelector(".monaco-workbench .part.statusbar", { timeout: timeoutMs });
      return { context, page };
    } catch (error) {
      lastError = error;
      await context.close().catch(() => {});
      console.log(`  workbench load attempt ${attempt}/${attempts} failed: ${String(error).split("\n")[0]}`);
    }
  }
  throw lastError;
}

export function screenshotPath(name) {
  const dir = path.join(artifactsDir, "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name.replace(/[^a-zA-Z0-9._-]+/g, "-")}.png`);
}
