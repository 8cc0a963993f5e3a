// Blind labeled corpus generator: operations / tooling config files.
// Usage: node gen.mjs   (CORPUS_OUT overrides the output directory)
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECRETS } from './parts/core.mjs';
import ansible from './parts/ansible.mjs';
import cfgmgmt from './parts/cfgmgmt.mjs';
import hashicorp from './parts/hashicorp.mjs';
import system from './parts/system.mjs';
import monitoring from './parts/monitoring.mjs';
import buildtools from './parts/buildtools.mjs';
import databases from './parts/databases.mjs';
import ci from './parts/ci.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const defaultOut = join(here, 'corpus');
const OUT = resolve(process.env.CORPUS_OUT ?? defaultOut);

// Order matters: a single seeded PRNG stream feeds every generator.
const builders = [ansible, cfgmgmt, hashicorp, system, monitoring, buildtools, databases, ci];
const files = builders.flatMap((b) => b()).map((fb) => fb.build());

// ---------------------------------------------------------------- self-checks
const errors = [];
const seen = new Set();
for (const f of files) {
  if (seen.has(f.path)) errors.push(`duplicate path ${f.path}`);
  seen.add(f.path);
  const lines = f.content.split('\n');
  lines.pop(); // trailing newline
  const cover = new Array(lines.length + 1).fill(0);
  for (const l of f.labels) {
    if (l.line < 1 || l.endLine < l.line || l.endLine > lines.length) errors.push(`${f.path}: bad range ${l.line}-${l.endLine}`);
    for (let i = l.line; i <= l.endLine; i++) cover[i]++;
  }
  for (const u of f.unsure) for (let i = u.line; i <= u.endLine; i++) cover[i] += 100;
  for (let i = 1; i <= lines.length; i++) {
    if (cover[i] === 0) errors.push(`${f.path}:${i} has no label`);
    else if (cover[i] !== 1 && cover[i] !== 100) errors.push(`${f.path}:${i} covered ${cover[i]} times`);
  }
  // every planted single-line secret value must only appear on positive lines
  const single = [...SECRETS].filter((s) => !s.includes('\n') && s.length >= 8);
  const posLine = new Set();
  for (const l of f.labels) if (l.expect) for (let i = l.line; i <= l.endLine; i++) posLine.add(i);
  lines.forEach((text, idx) => {
    const ln = idx + 1;
    if (posLine.has(ln)) return;
    for (const s of single) if (text.includes(s)) errors.push(`${f.path}:${ln} holds a planted secret but is not labeled positive`);
  });
  // every positive entry must contain a planted value
  for (const l of f.labels.filter((x) => x.expect)) {
    const chunk = lines.slice(l.line - 1, l.endLine).join('\n');
    const hit = [...SECRETS].some((s) => chunk.includes(s) || (s.includes('\n') && s.split('\n').every((p) => chunk.includes(p))));
    if (!hit) errors.push(`${f.path}:${l.line} positive without a planted value`);
  }
  if (lines.some((t) => /\r/.test(t))) errors.push(`${f.path}: CR in content`);
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}

// ---------------------------------------------------------------- write
if (OUT === defaultOut && existsSync(OUT)) rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const labels = [];
for (const f of files) {
  const p = join(OUT, f.path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, f.content);
  labels.push(...f.labels);
}
labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
writeFileSync(join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');

// ---------------------------------------------------------------- summary
const pos = labels.filter((l) => l.expect);
const neg = labels.filter((l) => !l.expect && l.rule === 'negative');
const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
const lineCounts = files.map((f) => f.content.split('\n').length - 1);
console.log(`corpus: ${OUT}`);
console.log(`files: ${files.length}  (lines per file: min ${Math.min(...lineCounts)}, max ${Math.max(...lineCounts)}, total ${lineCounts.reduce((a, b) => a + b, 0)})`);
console.log(`label entries: ${labels.length}  positives: ${pos.length}  hard negatives: ${neg.length}  ordinary: ${labels.length - pos.length - neg.length}`);
console.log('positives by kind:', sortObj(count(pos, (l) => l.rule)));
console.log('negatives by tag:', sortObj(count(neg, (l) => l.tags[0])));
const unsure = files.flatMap((f) => f.unsure);
if (unsure.length) console.log('unlabeled (unsure) lines:', unsure);
if (process.env.VERBOSE) for (const f of files) console.log(f.path, f.content.split('\n').length - 1, 'pos', f.labels.filter((l) => l.expect).length, 'neg', f.labels.filter((l) => l.rule === 'negative').length);
