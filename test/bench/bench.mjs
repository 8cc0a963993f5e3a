#!/usr/bin/env node
// `npm run bench`: Hush's CLI against secretlint (recommended preset) on the same large real-world tree, in the same
// run, reported as MB/s and a ratio; then the language server's typing latency (didChange -> diagnostics) on a
// 5,000-line file, p50/p95. A benchmark, never a test: it asserts nothing and prints figures.
//   node test/bench/bench.mjs [--tree DIR] [--runs N] [--edits N]
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const require = createRequire(path.join(root, "package.json"));
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const runs = Number(opt("--runs", "3"));
const edits = Number(opt("--edits", "30"));

// The tree: popular npm packages from this project's own node_modules (a real-world mix of minified bundles,
// sources, type declarations, JSON and docs), copied once so both tools see identical files, with a few planted
// fake secrets so both have something to find.
const PACKAGES = ["typescript", "@aws-sdk", "@smithy", "playwright-core", "ajv", "mocha", "ignore", "dotenv", "vscode-languageserver", "vscode-languageserver-protocol", "vscode-jsonrpc", "@noble", "randexp", "tsx", "esbuild"];
function buildTree() {
  const given = opt("--tree", null);
  if (given) return path.resolve(given);
  const dir = path.join(os.tmpdir(), "hush-bench-tree-v1");
  if (fs.existsSync(path.join(dir, ".complete"))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const p of PACKAGES) {
    const src = path.join(root, "node_modules", p);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(dir, p), { recursive: true, dereference: false, verbatimSymlinks: true });
  }
  const rnd = (n) => Array.from(crypto.randomBytes(n), (b) => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[b % 62]).join("");
  fs.writeFileSync(path.join(dir, "planted.js"), `const stripe = "sk_${"live"}_${rnd(32)}";\nconst gh = "gh${"p"}_${rnd(36)}";\n`);
  fs.writeFileSync(path.join(dir, ".complete"), "");
  return dir;
}

function treeSize(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        bytes += fs.statSync(p).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

function timeCommand(cmd, argv, cwd) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const tree = buildTree();
const { bytes, files } = treeSize(tree);
const mb = bytes / 1048576;
console.log(`tree: ${tree} — ${files} files, ${mb.toFixed(1)} MB (packages: ${PACKAGES.join(", ")})`);
console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);

// --- Hush CLI (no size limit, so it reads everything secretlint reads): secret rules only (the job secretlint
// does), then the default scan, which also runs the logged-credential analysis on user code.
function timeHush(extra) {
  const times = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const r = timeCommand(process.execPath, [path.join(root, "dist", "cli.js"), "scan", ".", "--format", "json", "--no-fail", "--max-file-size", "1000", ...extra], tree);
    if (r.status !== 0) throw new Error(`hush exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    findings = JSON.parse(r.stdout).findings.length;
    times.push(r.seconds);
  }
  return { seconds: median(times), findings };
}
const hushSecrets = timeHush(["--no-logging"]);
const hushFull = timeHush([]);

// --- secretlint, recommended preset
const rc = path.join(os.tmpdir(), "hush-bench-secretlintrc.json");
fs.writeFileSync(rc, JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
const secretlintBin = path.join(path.dirname(require.resolve("secretlint/package.json")), "bin", "secretlint.js");
const slTimes = [];
let slFindings = 0;
for (let i = 0; i < runs; i++) {
  const r = timeCommand(process.execPath, [secretlintBin, "--secretlintrc", rc, "--format", "json", "--no-maskSecrets", "**/*"], tree);
  if (r.status !== 0 && r.status !== 1) throw new Error(`secretlint exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  try {
    slFindings = JSON.parse(r.stdout).reduce((n, f) => n + f.messages.length, 0);
  } catch {
    slFindings = -1;
  }
  slTimes.push(r.seconds);
}
const slS = median(slTimes);
console.log(`\nthroughput (median of ${runs} runs, wall clock, whole process, ${os.cpus().length} cores)`);
console.log(`  hush, secret rules        ${hushSecrets.seconds.toFixed(2)} s  ${(mb / hushSecrets.seconds).toFixed(1)} MB/s  ${hushSecrets.findings} findings  ${(slS / hushSecrets.seconds).toFixed(1)}x secretlint`);
console.log(`  hush, default (+logging)  ${hushFull.seconds.toFixed(2)} s  ${(mb / hushFull.seconds).toFixed(1)} MB/s  ${hushFull.findings} findings  ${(slS / hushFull.seconds).toFixed(1)}x secretlint`);
console.log(`  secretlint (recommended)  ${slS.toFixed(2)} s  ${(mb / slS).toFixed(1)} MB/s  ${slFindings} findings`);

// --- server latency: didChange -> diagnostics including the new finding, pull mode like VS Code
const lsp = require("vscode-languageserver-protocol/node");
const ws = fs.mkdtempSync(path.join(os.tmpdir(), "hush-bench-lsp-"));
const lines = ["'use strict';", "const path = require('path');"];
for (let i = 0; lines.length < 5000; i++) {
  lines.push(
    `// Handler ${i}: validates the request and forwards it to the service layer.`,
    `function handler${i}(req, res, next) {`,
    `  const id = req.params.id ?? 'item-${i}';`,
    `  const token = req.headers['x-request-token'];`,
    `  const url = \`https://api.example.com/v1/items/\${id}?page=${i % 7}\`;`,
    `  if (!token) return res.status(401).json({ error: 'missing token', code: ${i} });`,
    `  logger.debug('forwarding', { id, url });`,
    `  return next();`,
    `}`,
  );
}
const base = lines.slice(0, 5000).join("\n") + "\n";
const uri = pathToFileURL(path.join(ws, "big.js")).href;
const child = spawn(process.execPath, [path.join(root, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
conn.onRequest(lsp.ConfigurationRequest.type, (p) => p.items.map(() => null));
conn.onRequest("client/registerCapability", () => null);
conn.onRequest("workspace/diagnostic/refresh", () => null);
conn.onNotification(() => {});
conn.listen();
await conn.sendRequest(lsp.InitializeRequest.type, {
  processId: process.pid,
  rootUri: pathToFileURL(ws).href,
  workspaceFolders: [{ uri: pathToFileURL(ws).href, name: "bench" }],
  capabilities: { textDocument: { diagnostic: {}, publishDiagnostics: {} }, workspace: { configuration: true } },
});
conn.sendNotification(lsp.InitializedNotification.type, {});
conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "javascript", version: 1, text: base } });
await conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri } }); // warm-up
const times = [];
let text = base;
for (let i = 0; i < edits; i++) {
  const secret = "sk_" + "live_" + crypto.randomBytes(24).toString("hex");
  const at = 100 + i * 150;
  const ls = text.split("\n");
  ls.splice(at, 0, `const stripeKey${i} = "${secret}";`);
  text = ls.join("\n");
  const t0 = performance.now();
  conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
  const r = await conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri } });
  times.push(performance.now() - t0);
  if (!r.items.some((d) => d.range.start.line === at)) console.log(`  edit ${i}: new finding missing!`);
  await new Promise((res) => setTimeout(res, 20));
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`\nlatency (didChange -> diagnostics, 5,000-line JS file, ${edits} edits, pull): p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms`);
conn.sendNotification(lsp.ExitNotification.type);
setTimeout(() => {
  child.kill();
  fs.rmSync(ws, { recursive: true, force: true });
  process.exit(0);
}, 200);
