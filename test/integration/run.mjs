#!/usr/bin/env node
// Runs the extension-host integration suites inside a real VS Code: code-server (from npm, see
// test/setup/setup.sh) opened in headless chromium with the extension-test `payload` URL parameter.
//   node test/integration/run.mjs [--group <name>] [--grep <mocha grep>] [--keep] [--extension <dir>]
// Needs a built extension (`node esbuild.mjs`). Exit code 0 only when every test passed; last line:
// `integration: N passed, M failed`.
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import {
  artifactsDir,
  copyFixtureWorkspace,
  exitOnSignals,
  ensureCodeServer,
  launchChromium,
  makeTempDir,
  openWorkbench,
  redactSecrets,
  repoRoot,
  requireBuiltExtension,
  screenshotPath,
  sleep,
  startCodeServer,
  workbenchUrl,
} from "../setup/code-server.mjs";

/** Each group gets its own copy of a fixture workspace and its own code-server + window. */
export const GROUPS = [
  { name: "foundation", fixture: "basic", suites: ["activation", "diagnostics", "quickfix", "settings"] },
  // A separate window, so no file of the workspace has ever been opened when the scan runs.
  { name: "scan", fixture: "scan", suites: ["scan"] },
  // Vault and AWS Secrets Manager through their wire fakes, started inside the extension host.
  { name: "remote", fixture: "basic", suites: ["remoteStores"] },
  // Secrets explorer: keychain on a private gnome-keyring started by the suite, .env files, then the fallback.
  { name: "secrets", fixture: "basic", suites: ["secrets", "secrets.moveToStore", "secrets.fallback", "secrets.leaks"] },
  // A multi-root workspace (two folders, opened through its .code-workspace file): per-folder stores in the explorer.
  { name: "multiroot", fixture: "multiroot", workspaceFile: "hush.code-workspace", suites: ["secrets.multiroot"] },
];

// Per-run directories: several engineers (or a watch loop) may run this at the same time in one tree.
const outRoot = path.join(repoRoot, "out/integration");
const outDir = path.join(outRoot, `run-${process.pid}`);
export const integrationOutDir = outDir;
let resultsDir = "";
const GROUP_TIMEOUT_MS = Number(process.env.HUSH_INTEGRATION_GROUP_TIMEOUT_MS ?? 6 * 60_000);

function option(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Bundles index.ts (with mocha) and each suite to out/integration; `vscode` stays external. */
export async function bundleSuites() {
  const suitesDir = path.join(repoRoot, "test/integration/suites");
  const suiteFiles = fs.readdirSync(suitesDir).filter((f) => f.endsWith(".test.ts")).map((f) => path.join(suitesDir, f));
  removeStaleRunDirs();
  fs.rmSync(outDir, { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "inline",
    external: ["vscode"],
    logLevel: "warning",
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { "require-resolve-not-external": "silent" },
  };
  await esbuild.build({ ...common, entryPoints: [path.join(repoRoot, "test/integration/index.ts")], outfile: path.join(outDir, "index.js") });
  await esbuild.build({ ...common, entryPoints: suiteFiles, outdir: path.join(outDir, "suites") });
}

/** Deletes out/integration/run-<pid> dirs left by runs that are no longer alive. */
function removeStaleRunDirs() {
  if (!fs.existsSync(outRoot)) return;
  for (const entry of fs.readdirSync(outRoot)) {
    const pid = Number(/^run-(\d+)$/.exec(entry)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(path.join(outRoot, entry), { recursive: true, force: true });
    }
  }
}

async function runGroup(browser, codeServerBin, group, grep, extensionPath) {
  const started = Date.now();
  const groupArtifacts = path.join(artifactsDir, "integration");
  fs.mkdirSync(groupArtifacts, { recursive: true });
  const resultsFile = path.join(resultsDir, `${group.name}.json`);
  const copied = copyFixtureWorkspace(group.fixture);
  const workspace = group.workspaceFile ? path.join(copied, group.workspaceFile) : copied;
  const browserLog = path.join(groupArtifacts, `${group.name}-browser.log`);
  fs.writeFileSync(browserLog, "");

  const server = await startCodeServer({
    codeServerBin,
    logName: `integration-${group.name}-code-server`,
    extensionPath,
    env: {
      HUSH_TEST_RESULTS: resultsFile,
      HUSH_TEST_SUITES: group.suites.join(","),
      ...(grep ? { HUSH_TEST_GREP: grep } : {}),
    },
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [
    ["extensionDevelopmentPath", remote(extensionPath)],
    ["extensionTestsPath", remote(path.join(outDir, "index.js"))],
  ];
  let context;
  let page;
  let testsFailedToStart;
  const shot = screenshotPath(`integration-${group.name}`);
  try {
    ({ context, page } = await openWorkbench(browser, workbenchUrl(server, workspace, payload), {
      onPage: (p) =>
        p.on("console", (m) => {
          const text = m.text();
          fs.appendFileSync(browserLog, redactSecrets(`[${m.type()}] ${text}\n`));
          // The workbench reports a test module that cannot load or run here; no results will come.
          if (m.type() === "error" && /extensionTestsExecute|Cannot find module .*out\/integration/.test(text)) testsFailedToStart ??= text.split("\n")[0];
        }),
    }));
    console.log(`  [${group.name}] workbench open on ${workspace}; waiting for results`);
    let printed = 0;
    const deadline = Date.now() + GROUP_TIMEOUT_MS;
    while (!fs.existsSync(resultsFile) && !testsFailedToStart && Date.now() < deadline) {
      await sleep(500);
      printed = printProgress(`${resultsFile}.log`, printed, group.name);
    }
    // run() writes its results before it rejects (failures); give a late file a moment.
    for (let i = 0; i < 10 && testsFailedToStart && !fs.existsSync(resultsFile); i++) await sleep(300);
    printProgress(`${resultsFile}.log`, printed, group.name);
    await page.screenshot({ path: shot }).catch(() => {});
    if (fs.existsSync(resultsFile)) fs.copyFileSync(resultsFile, path.join(groupArtifacts, `${group.name}.json`));
    if (fs.existsSync(`${resultsFile}.log`)) fs.copyFileSync(`${resultsFile}.log`, path.join(groupArtifacts, `${group.name}.log`));
    if (!fs.existsSync(resultsFile)) {
      return {
        group: group.name,
        seconds: (Date.now() - started) / 1000,
        tests: [{
          suite: group.name,
          title: "(suite run)",
          state: "failed",
          error: {
            message: testsFailedToStart
              ? `the test module did not run: ${testsFailedToStart}`
              : `no results within ${GROUP_TIMEOUT_MS / 1000}s: run() never finished (see ${browserLog} and the extension host logs in ${groupArtifacts}/${group.name}-logs)`,
          },
        }],
        screenshot: shot,
      };
    }
    const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
    const tests = results.fatal
      ? [{ suite: group.name, title: "(loading the suites)", state: "failed", error: { message: results.fatal } }]
      : results.tests;
    return { group: group.name, seconds: (Date.now() - started) / 1000, tests, screenshot: shot };
  } catch (error) {
    await page?.screenshot({ path: shot }).catch(() => {});
    return {
      group: group.name,
      seconds: (Date.now() - started) / 1000,
      tests: [{ suite: group.name, title: "(workbench)", state: "failed", error: { message: String(error?.stack ?? error) } }],
      screenshot: shot,
    };
  } finally {
    await context?.close().catch(() => {});
    // Keep the extension host / server logs of this run for the report.
    const logs = path.join(server.userDataDir, "logs");
    const kept = path.join(groupArtifacts, `${group.name}-logs`);
    fs.rmSync(kept, { recursive: true, force: true });
    if (fs.existsSync(logs)) fs.cpSync(logs, kept, { recursive: true });
    await server.stop();
    if (!process.argv.includes("--keep")) fs.rmSync(copied, { recursive: true, force: true });
    else console.log(`  [${group.name}] workspace kept: ${copied}`);
  }
}

function printProgress(logFile, alreadyPrinted, groupName) {
  if (!fs.existsSync(logFile)) return alreadyPrinted;
  const lines = fs.readFileSync(logFile, "utf8").split("\n").filter(Boolean);
  for (const line of lines.slice(alreadyPrinted)) console.log(`  [${groupName}]${redactSecrets(line)}`);
  return lines.length;
}

/** "expected / seen" lines from an assertion error or a helpers.waitFor timeout. */
export function describeFailure({ message = "", expected, actual }) {
  const firstLine = message.split("\n")[0] ?? "";
  const timeout = /^timed out after (\S+) waiting for (.*?)(?:; seen: (.*))?$/.exec(firstLine);
  if (timeout) return `  expected: ${timeout[2]} (within ${timeout[1]})\n  seen:     ${timeout[3] ?? "nothing"}`;
  if (expected !== undefined || actual !== undefined) {
    const what = firstLine.split("\n")[0];
    return `  check:    ${what}\n  expected: ${expected}\n  seen:     ${actual}`;
  }
  return `  failed:   ${firstLine}${message.includes("\n") ? `\n  detail:   ${message.split("\n").slice(1, 6).join("\n            ")}` : ""}`;
}

function report(groupResults) {
  let passed = 0;
  let failed = 0;
  const failures = [];
  for (const result of groupResults) {
    for (const test of result.tests) {
      if (test.state === "passed") passed++;
      if (test.state === "failed") {
        failed++;
        failures.push({ ...test, group: result.group, screenshot: result.screenshot });
      }
    }
    console.log(`  [${result.group}] ${result.tests.filter((t) => t.state === "passed").length}/${result.tests.length} passed in ${result.seconds.toFixed(1)}s`);
  }
  for (const failure of failures) {
    console.log(`\nFAIL [${failure.group}] ${failure.suite} > ${failure.title}`);
    console.log(redactSecrets(describeFailure(failure.error ?? {})));
    console.log(`  screenshot: ${failure.screenshot}`);
  }
  return { passed, failed };
}

async function main() {
  exitOnSignals();
  const started = Date.now();
  const only = option("--group");
  const grep = option("--grep");
  // --extension <dir>: run the suites against another build of the extension (a check of the harness itself).
  const extensionPath = path.resolve(option("--extension") ?? repoRoot);
  const groups = GROUPS.filter((g) => !only || g.name === only);
  console.log(`integration: ${groups.length} group(s) in code-server + headless chromium`);
  let codeServerBin;
  try {
    if (extensionPath === repoRoot) requireBuiltExtension();
    codeServerBin = ensureCodeServer({ quiet: true });
    await bundleSuites();
  } catch (error) {
    console.log(`\nFAIL integration set-up\n  expected: a built extension, code-server and bundled suites\n  seen:     ${error.message}`);
    console.log("integration: 0 passed, 1 failed");
    return 1;
  }
  resultsDir = makeTempDir("hush-integration-results-");
  const browser = await launchChromium();
  const results = [];
  try {
    for (const group of groups) results.push(await runGroup(browser, codeServerBin, group, grep, extensionPath));
  } finally {
    await browser.close().catch(() => {});
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(resultsDir, { recursive: true, force: true });
  }
  const { passed, failed } = report(results);
  console.log(`\nintegration took ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.log(`\nFAIL integration runner crashed\n  seen: ${error?.stack ?? error}`);
      console.log("integration: 0 passed, 1 failed");
      process.exit(1);
    },
  );
}
