#!/usr/bin/env node
// The same integration suites under @vscode/test-electron (a desktop VS Code), for machines that can download
// VS Code from update.code.visualstudio.com. It cannot run on a machine without internet: there,
// `node test/integration/run.mjs` runs the very same bundles inside code-server instead.
//   npm run test:electron [-- --group <name>] [--grep <pattern>]
// HUSH_VSCODE_VERSION picks the VS Code build (default 1.100.3, the Code version inside code-server 4.100.3).
// On Linux without a display, run it under xvfb-run.
import fs from "node:fs";
import path from "node:path";
import { runTests } from "@vscode/test-electron";
import { copyFixtureWorkspace, makeTempDir, repoRoot, requireBuiltExtension } from "../setup/code-server.mjs";
import { GROUPS, bundleSuites, integrationOutDir } from "./run.mjs";

function option(name) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  requireBuiltExtension();
  await bundleSuites();
  const only = option("--group");
  const grep = option("--grep");
  const resultsDir = makeTempDir("hush-electron-results-");
  let passed = 0;
  let failed = 0;
  try {
    for (const group of GROUPS.filter((g) => !only || g.name === only)) {
      const workspace = copyFixtureWorkspace(group.fixture);
      const resultsFile = path.join(resultsDir, `${group.name}.json`);
      console.log(`[${group.name}] ${workspace}`);
      try {
        await runTests({
          version: process.env.HUSH_VSCODE_VERSION ?? "1.100.3",
          extensionDevelopmentPath: repoRoot,
          extensionTestsPath: path.join(integrationOutDir, "index.js"),
          launchArgs: [workspace, "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
          extensionTestsEnv: {
            HUSH_TEST_RESULTS: resultsFile,
            HUSH_TEST_SUITES: group.suites.join(","),
            ...(grep ? { HUSH_TEST_GREP: grep } : {}),
          },
        });
      } catch (error) {
        if (!fs.existsSync(resultsFile)) {
          console.log(`FAIL [${group.name}] ${error?.message ?? error}`);
          if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(String(error?.message))) {
            console.log("  VS Code could not be downloaded; offline, `node test/integration/run.mjs` runs these suites in code-server.");
          }
          failed++;
        }
      } finally {
        fs.rmSync(workspace, { recursive: true, force: true });
      }
      if (fs.existsSync(resultsFile)) {
        const results = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
        passed += results.passed;
        failed += results.failed;
        for (const test of results.tests.filter((t) => t.state === "failed")) {
          console.log(`FAIL [${group.name}] ${test.suite} > ${test.title}\n  ${test.error?.message?.split("\n")[0] ?? ""}`);
        }
      }
    }
  } finally {
    fs.rmSync(integrationOutDir, { recursive: true, force: true });
    fs.rmSync(resultsDir, { recursive: true, force: true });
  }
  console.log(`integration (electron): ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(`integration (electron) could not run: ${error?.message ?? error}`);
    console.log("It needs to download VS Code; without internet use `node test/integration/run.mjs` (code-server).");
    process.exit(1);
  },
);
