// `hush scan`: the same engine, rules, config and suppressions as the editor, for pre-commit hooks and CI.
// Exit codes: 0 clean, 1 findings, 2 usage or I/O error. Values are masked in every format.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Severity } from "../engine/types";
import { walkFiles } from "../files";
import { activeFingerprints, BASELINE_FILE, loadProjectConfig, readBaseline, writeBaseline } from "../projectConfig";
import { flaggedByName, runWorkerIfAsked, scanFileBytes, scanFiles, type FileFinding, type FileJob, type FileResult } from "./parallel";
import { toSarif } from "./sarif";

export type { FileFinding } from "./parallel";

const USAGE = `Usage: hush scan [paths…] [options]

Options:
  --format text|json|sarif   output format (default: text)
  --staged                   scan what \`git diff --cached\` would commit (pre-commit hook)
  --config FILE              project config (default: .hush.json in the current folder)
  --baseline FILE            accepted findings (default: .hush-baseline.json when present)
  --update-baseline          add every current finding to the baseline, then exit 0
  --fail-on SEVERITY         lowest severity that fails the run: error|warning|info|hint (default: warning)
  --no-fail                  always exit 0 when the scan ran
  --no-logging               skip the logged-credential analysis (secret rules only)
  --max-file-size MB         skip larger files (default 5)
  -h, --help                 this help`;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(USAGE + "\n");
    return command ? 0 : 2;
  }
  if (command !== "scan") throw new UsageError(`unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        staged: { type: "boolean", default: false },
        config: { type: "string" },
        baseline: { type: "string" },
        "update-baseline": { type: "boolean", default: false },
        "fail-on": { type: "string", default: "warning" },
        "no-fail": { type: "boolean", default: false },
        "no-logging": { type: "boolean", default: false },
        "max-file-size": { type: "string", default: "5" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const o = parsed.values;
  if (o.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const format = o.format ?? "text";
  if (!["text", "json", "sarif"].includes(format)) throw new UsageError(`--format must be text, json or sarif`);
  const failOn = (o["fail-on"] ?? "warning") as Severity;
  if (!(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on must be error, warning, info or hint`);
  const maxMB = Number(o["max-file-size"]);
  if (!(maxMB > 0)) throw new UsageError(`--max-file-size must be a positive number`);

  const cwd = process.cwd();
  const config = loadProjectConfig(cwd, o.config);
  for (const p of config.problems) process.stderr.write(`hush: config: ${p}\n`);
  const baselineFile = path.resolve(o.baseline ?? config.baselinePath ?? BASELINE_FILE);
  const accepted = o["update-baseline"] ? new Set<string>() : activeFingerprints(readBaseline(baselineFile));
  const maxBytes = (config.maxFileSizeMB ?? maxMB) * 1048576;

  const started = performance.now();
  if (o["no-logging"]) config.logging = { ...config.logging, enable: false };
  const options = { config, accepted, maxBytes };
  let results: FileResult[];
  if (o.staged) {
    results = [];
    for (const rel of stagedFiles(cwd)) {
      const buf = gitShowStaged(cwd, rel);
      if (buf === undefined) continue;
      // Binary blobs are left out, except the ones rules pick by name (keystores): those are judged by their bytes.
      if (buf.subarray(0, 8192).includes(0) && !flaggedByName(rel, options)) continue;
      if (buf.length > maxBytes) results.push({ rel, bytes: 0, findings: [], skipped: `larger than ${maxMB} MB` });
      else results.push(await scanFileBytes(rel, buf, options));
    }
  } else {
    const roots = parsed.positionals.length > 0 ? parsed.positionals : ["."];
    for (const root of roots) if (!fs.existsSync(root)) throw new UsageError(`no such file or folder: ${root}`);
    function* jobs(): Generator<FileJob> {
      for (const root of roots) {
        for (const file of walkFiles(root, { exclude: config.exclude })) yield { abs: file, rel: path.relative(cwd, file) || path.basename(file) };
      }
    }
    results = await scanFiles(jobs(), options);
  }
  const findings: FileFinding[] = results.flatMap((r) => r.findings);
  const skipped = results.flatMap((r) => (r.skipped ? [{ path: r.rel, reason: r.skipped }] : []));
  const scannedFiles = results.filter((r) => !r.skipped).length;
  const scannedBytes = results.reduce((n, r) => n + r.bytes, 0);
  const seconds = (performance.now() - started) / 1000;

  if (o["update-baseline"]) {
    const today = new Date().toISOString().slice(0, 10);
    const b = writeBaseline(
      baselineFile,
      findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.ruleId, path: f.path, added: today })),
    );
    process.stderr.write(`hush: baseline ${path.relative(cwd, baselineFile) || baselineFile} now holds ${b.entries.length} entries\n`);
    return 0;
  }

  const stats = { files: scannedFiles, bytes: scannedBytes, seconds: Number(seconds.toFixed(3)), skipped: skipped.length };
  if (format === "json") {
    process.stdout.write(JSON.stringify({ version: 1, findings: findings.map(publicFinding), skipped, stats }, null, 2) + "\n");
  } else if (format === "sarif") {
    process.stdout.write(JSON.stringify(toSarif(findings), null, 2) + "\n");
  } else {
    printText(findings, skipped, stats);
  }
  const failing = findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[failOn]);
  return failing.length > 0 && !o["no-fail"] ? 1 : 0;
}

/** What leaves the process: positions, rule, masked preview; never the value or its offsets' text. */
function publicFinding(f: FileFinding) {
  return {
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    confidence: f.confidence,
    masked: f.masked,
    fingerprint: f.fingerprint,
    ...(f.checksumValid !== undefined ? { checksumValid: f.checksumValid } : {}),
    ...(f.downranked ? { downranked: f.downranked } : {}),
  };
}

function printText(findings: FileFinding[], skipped: { path: string; reason: string }[], stats: { files: number; seconds: number }): void {
  const out: string[] = [];
  for (const f of findings) {
    const note = f.downranked ? ` (${f.downranked})` : "";
    out.push(`${f.path}:${f.line}:${f.column}  ${f.severity.padEnd(7)} ${f.title}: ${f.masked}  [${f.ruleId}]${note}`);
  }
  for (const s of skipped) out.push(`${s.path}: skipped (${s.reason})`);
  const files = new Set(findings.map((f) => f.path)).size;
  out.push(
    findings.length === 0
      ? `hush: no secrets found in ${stats.files} files (${stats.seconds.toFixed(2)} s)`
      : `hush: ${findings.length} finding${findings.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} (${stats.files} scanned, ${stats.seconds.toFixed(2)} s)`,
  );
  process.stdout.write(out.join("\n") + "\n");
}

function git(cwd: string, args: string[]): Buffer {
  return execFileSync("git", args, { cwd, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
}

function stagedFiles(cwd: string): string[] {
  let out: Buffer;
  try {
    out = git(cwd, ["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"]);
  } catch (e) {
    throw new UsageError(`--staged needs a git repository (${((e as { stderr?: Buffer }).stderr ?? "").toString().trim() || (e as Error).message})`);
  }
  return out.toString("utf8").split("\0").filter(Boolean);
}

function gitShowStaged(cwd: string, rel: string): Buffer | undefined {
  try {
    return git(cwd, ["show", `:${rel}`]);
  } catch {
    return undefined;
  }
}

if (!runWorkerIfAsked()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const message = e instanceof UsageError ? `${e.message}\n\n${USAGE}` : (e as Error).message;
      process.stderr.write(`hush: ${message}\n`);
      process.exitCode = 2;
    },
  );
}
