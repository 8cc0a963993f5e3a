// Blind "tricky" corpus generator for a secret scanner. Plain ESM, no dependencies, seeded PRNG.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import web from './parts/files_web.mjs';
import scripts from './parts/files_scripts.mjs';
import langs1 from './parts/files_langs1.mjs';
import langs2 from './parts/files_langs2.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? join(here, 'corpus');

const files = [...web(), ...scripts(), ...langs1(), ...langs2()];

// ---- self-checks: every line labelled exactly once, no duplicate paths ----
const seen = new Set();
for (const f of files) {
  if (seen.has(f.path)) throw new Error('duplicate path ' + f.path);
  seen.add(f.path);
  const cover = new Array(f.lines.length + 1).fill(0);
  for (const l of f.labels) for (let i = l.line; i <= l.endLine; i++) cover[i]++;
  for (let i = 1; i <= f.lines.length; i++) if (cover[i] !== 1) throw new Error(`${f.path}:${i} covered ${cover[i]} times`);
}

rmSync(OUT, { recursive: true, force: true });
const labels = [];
for (const f of files) {
  const p = join(OUT, f.path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, f.content());
  labels.push(...f.labels);
}
writeFileSync(join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');

// ---- summary ----
const pos = labels.filter((l) => l.expect);
const negs = labels.filter((l) => !l.expect && l.rule === 'negative');
const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] || 0) + 1), m), {});
console.log(`corpus: ${OUT}`);
console.log(`files: ${files.length}, label entries: ${labels.length}, lines: ${files.reduce((s, f) => s + f.lines.length, 0)}`);
console.log(`positives: ${pos.length}`, count(pos, (l) => l.rule));
console.log(`hard negatives: ${negs.length}`, count(negs, (l) => l.tags[0]));
