// Blind hard-negative corpus generator for a secret scanner.
// Usage: node gen.mjs            (writes to $CORPUS_OUT or ./corpus next to this script)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Rand } from "./parts/rng.mjs";
import { makeSecrets } from "./parts/tokens.mjs";
import { authLib } from "./parts/auth_lib.mjs";
import { generatedCode } from "./parts/generated.mjs";
import { cryptoVectors } from "./parts/crypto_vectors.mjs";
import { frontend } from "./parts/frontend.mjs";
import { dataFixtures } from "./parts/data.mjs";
import { configRefs } from "./parts/config_refs.mjs";
import { docs } from "./parts/docs.mjs";
import { secretFiles } from "./parts/secrets_files.mjs";

const SEED = 0x5ec2e7;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? path.join(here, "corpus");

const r = new Rand(SEED);
const S = makeSecrets(r);

const builders = [
  ...authLib(r, S),
  ...generatedCode(r, S),
  ...cryptoVectors(r, S),
  ...frontend(r, S),
  ...dataFixtures(r, S),
  ...configRefs(r, S),
  ...docs(r, S),
  ...secretFiles(r, S),
];

// ---------------- validation ----------------
const problems = [];
const seen = new Set();
let unlabelled = [];
for (const b of builders) {
  if (seen.has(b.path)) problems.push(`duplicate path ${b.path}`);
  seen.add(b.path);
  const n = b.lines.length;
  const cover = new Array(n + 1).fill(0);
  for (const l of b.labels) {
    if (l.line < 1 || l.endLine > n || l.endLine < l.line) problems.push(`${b.path}: bad range ${l.line}-${l.endLine}`);
    for (let i = l.line; i <= l.endLine; i++) cover[i]++;
  }
  for (let i = 1; i <= n; i++) {
    if (cover[i] > 1) problems.push(`${b.path}:${i} labelled ${cover[i]} times`);
    if (cover[i] === 0) unlabelled.push(`${b.path}:${i}`);
  }
  if (n < 25 || n > 220) problems.push(`${b.path}: ${n} lines (outside the intended 30-200)`);
}
// a planted secret value must not reappear on any expect:false line
for (const b of builders) {
  for (const pos of b.labels.filter((l) => l.expect)) {
    const text = b.lines.slice(pos.line - 1, pos.endLine).join("\n");
    const tokens = text.match(/[A-Za-z0-9+/_\-.:@]{20,}/g) ?? [];
    for (const other of builders) {
      for (const neg of other.labels.filter((l) => !l.expect)) {
        const nt = other.lines.slice(neg.line - 1, neg.endLine).join("\n");
        for (const t of tokens) if (t.length >= 24 && nt.includes(t)) problems.push(`secret fragment from ${b.path}:${pos.line} appears on negative ${other.path}:${neg.line}`);
      }
    }
  }
}
if (problems.length) {
  console.error("VALIDATION FAILED:\n" + problems.join("\n"));
  process.exit(1);
}

// ---------------- write ----------------
fs.rmSync(OUT, { recursive: true, force: true });
const labels = [];
for (const b of builders) {
  const p = path.join(OUT, b.path);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, b.content());
  labels.push(...b.labels);
}
labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(OUT, "labels.json"), JSON.stringify(labels, null, 1) + "\n");

// ---------------- summary ----------------
const pos = labels.filter((l) => l.expect);
const hard = labels.filter((l) => !l.expect && l.rule === "negative");
const plain = labels.filter((l) => !l.expect && l.rule === "none");
const byTag = {};
for (const l of hard) for (const t of l.tags) byTag[t] = (byTag[t] ?? 0) + 1;
const byRule = {};
for (const l of pos) byRule[l.rule] = (byRule[l.rule] ?? 0) + 1;
const totalLines = builders.reduce((a, b) => a + b.lines.length, 0);
console.log(`corpus: ${OUT}`);
console.log(`files: ${builders.length}, lines: ${totalLines}, label entries: ${labels.length}`);
console.log(`positives: ${pos.length} (files with positives: ${new Set(pos.map((l) => l.file)).size})`);
for (const [k, v] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) console.log(`  + ${k}: ${v}`);
console.log(`hard negatives: ${hard.length} entries, ordinary lines: ${plain.length}`);
for (const [k, v] of Object.entries(byTag).sort((a, b) => b[1] - a[1])) console.log(`  - ${k}: ${v}`);
console.log(`deliberately unlabelled (ambiguous) lines: ${unlabelled.length}`);
for (const u of unlabelled) console.log(`  ? ${u}`);
