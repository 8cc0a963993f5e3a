// Corpora written independently of the engine: twenty-one generators (application code in 24 languages; configuration
// and infrastructure files; docs, notebooks, logs, front-end code, locale files and logged credentials; hard
// negatives; secrets in many idioms from 60 providers; operations tooling; mobile, embedded and data software;
// logged credentials in 8 languages, twice, then in 11; committed artifacts; awkward formatting; library and SDK code;
// infrastructure-as-code and CI config; code in 30 frameworks; documentation and notebooks; hard negatives and
// awkward placements again) were written
// by authors who never saw Hush's rules, then scored blind (see test/corpus/independent/README.md). They are kept as
// a regression test of the CLI as CI runs it: each generator writes its files and labels into a temporary folder,
// the built CLI scans it, and every labeled line is scored as ../shared/bench/score.mjs does (a label is flagged when a
// finding's lines intersect it). Floors are the figures reached; raise them when the engine improves.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { repoRoot } from "../helpers/lspClient";

interface Label {
  file: string;
  line: number;
  endLine: number;
  expect: boolean;
  rule: string;
}
interface JsonFinding {
  path: string;
  line: number;
  endLine: number;
  ruleId: string;
}

const FLOORS: Record<string, { precision: number; recall: number }> = {
  code: { precision: 1, recall: 1 },
  config: { precision: 0.99, recall: 0.99 },
  mixed: { precision: 1, recall: 1 },
  negatives: { precision: 1, recall: 1 },
  idioms: { precision: 0.985, recall: 1 },
  ops: { precision: 1, recall: 0.97 },
  apps: { precision: 0.93, recall: 0.97 },
  // Logged credentials only (eight languages); the misses left are request-header dumps and exceptions built elsewhere.
  logging: { precision: 1, recall: 0.95 },
  // Committed artifacts (diffs, SQL dumps, tfstate, HAR, shell histories…); misses left: SQL/CSV row values,
  // session cookies, octal-escaped mysql history, and a nested `.git/config` (the CLI never walks into .git folders,
  // which git could not commit anyway; the server reports it when the file is opened).
  artifacts: { precision: 1, recall: 0.83 },
  tricky: { precision: 0.96, recall: 0.98 },
  // Fifth round: library and SDK code with tests and docs; a second, independent logged-credential corpus.
  library: { precision: 0.9, recall: 0.97 },
  logging2: { precision: 0.94, recall: 0.92 },
  // Sixth round, scored blind after all the fixes above: a measure of how they generalise.
  config2: { precision: 0.97, recall: 0.95 },
  code3: { precision: 0.97, recall: 0.9 },
  // Seventh round (infrastructure-as-code and CI config, application code in 30 frameworks, documentation and
  // notebooks, a third logged-credential corpus with Rust/Kotlin/Swift); fixed after scoring, see the README.
  infra: { precision: 1, recall: 1 },
  code4: { precision: 0.98, recall: 0.94 },
  docs2: { precision: 1, recall: 1 },
  // Misses left: a record's toString, exceptions built elsewhere, Swift (no grammar on npm), a password under
  // parameter names that do not say so (`changePassword(id, current, next)`).
  logging3: { precision: 1, recall: 0.88 },
  // Eighth round: hard negatives first (lockfiles, SBOMs, bundles, test vectors, keys, schemas, encrypted files) and
  // secrets in awkward places (command lines, heredocs, Makefiles, CDATA, escaped JSON, URL-encoded values).
  negatives2: { precision: 0.97, recall: 1 },
  tricky2: { precision: 0.99, recall: 0.97 },
  // Server and sysadmin configuration (nginx, HAProxy, Postfix, VPNs, LDAP, monitoring, data stores, provisioning).
  ops2: { precision: 1, recall: 0.97 },
  // Ninth round: databases and data engineering; front-end and full-stack projects (public-by-design keys beside
  // real ones); a fourth logged-credential corpus in nine languages. Misses left in logging4: whole config objects,
  // exceptions and header maps built elsewhere.
  data: { precision: 0.98, recall: 0.99 },
  frontend: { precision: 0.98, recall: 0.98 },
  logging4: { precision: 0.96, recall: 0.91 },
};

for (const [corpus, floor] of Object.entries(FLOORS)) {
  test(`independent corpus "${corpus}": precision >= ${floor.precision}, recall >= ${floor.recall} through the CLI`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hush-independent-${corpus}-`));
    try {
      const gen = spawnSync(process.execPath, [path.join(repoRoot, "test", "corpus", "independent", corpus, "gen.mjs")], { env: { ...process.env, CORPUS_OUT: dir }, encoding: "utf8" });
      assert.equal(gen.status, 0, gen.stderr);
      const labels = JSON.parse(fs.readFileSync(path.join(dir, "labels.json"), "utf8")) as Label[];
      fs.rmSync(path.join(dir, "labels.json"));
      const scan = spawnSync(process.execPath, [path.join(repoRoot, "dist", "cli.js"), "scan", ".", "--format", "json", "--no-fail"], { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 });
      assert.equal(scan.status, 0, scan.stderr);
      const findings = (JSON.parse(scan.stdout) as { findings: JsonFinding[] }).findings;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const mistakes: string[] = [];
      for (const label of labels) {
        const flagged = findings.some((f) => f.path === label.file && f.line <= label.endLine && label.line <= f.endLine);
        if (label.expect && flagged) tp++;
        else if (label.expect) {
          fn++;
          mistakes.push(`missed ${label.file}:${label.line} (${label.rule})`);
        } else if (flagged) {
          fp++;
          mistakes.push(`false alarm ${label.file}:${label.line} (${findings.find((f) => f.path === label.file && f.line <= label.endLine && label.line <= f.endLine)?.ruleId})`);
        }
      }
      const precision = tp / Math.max(1, tp + fp);
      const recall = tp / Math.max(1, tp + fn);
      console.log(`independent corpus ${corpus}: TP ${tp} FP ${fp} FN ${fn} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}${mistakes.length ? "\n  " + mistakes.join("\n  ") : ""}`);
      assert.ok(tp > 0, "the corpus has positives");
      assert.ok(precision >= floor.precision, `precision ${precision.toFixed(3)}: ${mistakes.join("; ")}`);
      assert.ok(recall >= floor.recall, `recall ${recall.toFixed(3)}: ${mistakes.join("; ")}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
