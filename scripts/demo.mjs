#!/usr/bin/env node
// `npm run demo`: the product in a browser without installing anything by hand. Installs code-server (cached,
// see test/setup/setup.sh), builds the extension, materialises demo/ with fresh fake secrets, starts code-server
// on 127.0.0.1 with the extension loaded and prints the URL. Runs until Ctrl-C.
//   node scripts/demo.mjs [--port <n>]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureCodeServer, freePort, repoRoot, startCodeServer } from "../test/setup/code-server.mjs";

const step = (text) => console.log(`[demo] ${text}`);

function run(what, command, args) {
  step(what);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[demo] FAILED: ${what} (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

async function pickPort() {
  const requested = process.argv.includes("--port") ? process.argv[process.argv.indexOf("--port") + 1] : process.env.HUSH_DEMO_PORT;
  if (requested) return Number(requested);
  // A stable port is easier to keep open in a browser tab; fall back to any free one.
  const preferred = 8765;
  const probe = await import("node:net").then(
    ({ default: net }) =>
      new Promise((resolve) => {
        const server = net.createServer().once("error", () => resolve(false));
        server.listen(preferred, "127.0.0.1", () => server.close(() => resolve(true)));
      }),
  );
  return probe ? preferred : freePort();
}

async function main() {
  step("checking what code-server needs (test/setup/setup.sh)");
  let codeServerBin;
  try {
    codeServerBin = ensureCodeServer();
  } catch (error) {
    console.error(`[demo] FAILED: ${error.message}`);
    process.exit(1);
  }
  run("building the extension (node esbuild.mjs)", process.execPath, ["esbuild.mjs"]);
  run("writing the demo workspace with fresh fake secrets (scripts/make-demo.mjs)", process.execPath, ["scripts/make-demo.mjs"]);
  const demoDir = path.join(repoRoot, "demo");
  if (!fs.existsSync(demoDir)) {
    console.error("[demo] FAILED: demo/ was not created");
    process.exit(1);
  }

  step("starting code-server on 127.0.0.1 with the extension installed");
  const server = await startCodeServer({ codeServerBin, port: await pickPort(), logName: "demo-code-server" });
  const url = `${server.url}/?folder=${encodeURIComponent(demoDir)}`;
  console.log("");
  console.log(`  Hush demo: ${url}`);
  console.log("");
  console.log("  Open it in a browser on this machine (loopback only). Try: open app.js or run \"Hush: Scan Workspace\"");
  console.log("  (F1), then the Problems panel, the lightbulb on a secret (Move to .env), the shield in the status bar");
  console.log("  and the Secrets view. Ctrl-C stops the server.");
  console.log(`  code-server log: ${server.logFile}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    step("stopping code-server");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  // Keep running; notice if code-server dies on its own.
  setInterval(async () => {
    try {
      await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) });
    } catch {
      if (!stopping) {
        console.error(`[demo] code-server stopped answering; log: ${server.logFile}`);
        await stop();
      }
    }
  }, 10_000);
}

await main();
