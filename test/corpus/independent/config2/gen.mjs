import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { files1 } from './parts/files1.mjs';
import { files2 } from './parts/files2.mjs';
import { files3 } from './parts/files3.mjs';

const OUT = process.env.CORPUS_OUT ?? '/tmp/blind6/config/corpus';
rmSync(OUT, { recursive: true, force: true });
const files = [...files1(), ...files2(), ...files3()];
const labels = [];
for (const f of files) {
  // sanity: labels cover every line exactly once
  const seen = new Array(f.nlines + 1).fill(0);
  for (const l of f.labels) for (let i = l.line; i <= l.endLine; i++) seen[i]++;
  if (seen.slice(1).some((c) => c !== 1)) throw new Error('coverage ' + f.name);
  if (f.nlines < 20 || f.nlines > 80) console.warn(`WARN ${f.name}: ${f.nlines} lines`);
  const p = join(OUT, f.name);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, f.content);
  labels.push(...f.labels);
}
writeFileSync(join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
const pos = labels.filter((l) => l.expect).length, neg = labels.filter((l) => l.rule === 'negative').length;
console.log(`files=${files.length} entries=${labels.length} secrets=${pos} hardNegatives=${neg}`);
