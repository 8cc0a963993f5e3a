// The extension-tests entry (extensionTestsPath): VS Code / code-server calls run() inside the extension host.
// It runs the mocha suites named in HUSH_TEST_SUITES (bundled next to this file in suites/) and writes the
// results as JSON to HUSH_TEST_RESULTS, because under code-server the page never exits: the runner polls that
// file. A line per test also goes to `${HUSH_TEST_RESULTS}.log` so a hung run shows how far it got.
import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";

export interface TestRecord {
  suite: string;
  title: string;
  state: "passed" | "failed" | "pending";
  durationMs: number;
  error?: { message: string; expected?: string; actual?: string; stack?: string };
}

export interface ResultsFile {
  passed: number;
  failed: number;
  pending: number;
  tests: TestRecord[];
  /** Set when the run could not start at all (a suite failed to load). */
  fatal?: string;
}

function stringify(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function run(): Promise<void> {
  const resultsFile = process.env.HUSH_TEST_RESULTS;
  const suiteNames = (process.env.HUSH_TEST_SUITES ?? "").split(",").filter(Boolean);
  const suitesDir = path.join(__dirname, "suites");
  const progressLog = resultsFile ? `${resultsFile}.log` : undefined;
  const progress = (line: string) => {
    console.log(`[hush-integration] ${line}`);
    if (progressLog) fs.appendFileSync(progressLog, `${line}\n`);
  };
  const records: TestRecord[] = [];
  const write = (results: ResultsFile) => {
    if (!resultsFile) return;
    fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
    fs.renameSync(`${resultsFile}.tmp`, resultsFile);
  };

  const mocha = new Mocha({
    ui: "tdd",
    color: false,
    timeout: Number(process.env.HUSH_TEST_TIMEOUT_MS ?? 60_000),
    ...(process.env.HUSH_TEST_GREP ? { grep: process.env.HUSH_TEST_GREP } : {}),
  });
  const files = (suiteNames.length
    ? suiteNames.map((name) => path.join(suitesDir, `${name}.test.js`))
    : fs.readdirSync(suitesDir).filter((f) => f.endsWith(".test.js")).sort().map((f) => path.join(suitesDir, f)));

  try {
    // What mocha's own loadFiles does, done here so the suites load with plain require() inside the bundle.
    for (const file of files) {
      mocha.suite.emit("pre-require", globalThis, file, mocha);
      mocha.suite.emit("require", require(file), file, mocha);
      mocha.suite.emit("post-require", globalThis, file, mocha);
    }
  } catch (error) {
    const fatal = `could not load the suites: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    progress(fatal);
    write({ passed: 0, failed: 1, pending: 0, tests: [], fatal });
    throw error;
  }

  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    const suiteOf = (test: Mocha.Runnable) => test.parent?.fullTitle() ?? "";
    runner.on("pass", (test) => {
      records.push({ suite: suiteOf(test), title: test.title, state: "passed", durationMs: test.duration ?? 0 });
      progress(`  ok   ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on("fail", (test, error: Error & { expected?: unknown; actual?: unknown }) => {
      records.push({
        suite: suiteOf(test),
        title: test.title,
        state: "failed",
        durationMs: test.duration ?? 0,
        error: {
          message: error?.message ?? String(error),
          expected: stringify(error?.expected),
          actual: stringify(error?.actual),
          stack: error?.stack,
        },
      });
      progress(`  FAIL ${test.fullTitle()}: ${error?.message ?? String(error)}`);
    });
    runner.on("pending", (test) => {
      records.push({ suite: suiteOf(test), title: test.title, state: "pending", durationMs: 0 });
      progress(`  skip ${test.fullTitle()}`);
    });
  });

  const results: ResultsFile = {
    passed: records.filter((r) => r.state === "passed").length,
    failed: records.filter((r) => r.state === "failed").length,
    pending: records.filter((r) => r.state === "pending").length,
    tests: records,
  };
  write(results);
  // Under @vscode/test-electron a rejected run() is what makes the process exit non-zero.
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
}
