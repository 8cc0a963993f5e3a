#!/usr/bin/env node
// Blind test-corpus generator: server / sysadmin configuration files with planted secrets.
// Usage: CORPUS_OUT=/path node gen.mjs   (default ./corpus next to this script)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeGen } from './parts/lib.mjs';
import { files1 } from './parts/files1.mjs';
import { files2 } from './parts/files2.mjs';
import { files3 } from './parts/files3.mjs';
import { files4 } from './parts/files4.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT || path.join(here, 'corpus');
const SEED = Number(process.env.CORPUS_SEED || 0x0b5e2a11);

const g = makeGen(SEED);
const files = [...files1(g), ...files2(g), ...files3(g), ...files4(g)];

fs.rmSync(OUT, { recursive: true, force: true });
const labels = [];
const seen = new Set();
for (const f of files) {
  if (seen.has(f.path)) throw new Error('duplicate file ' + f.path);
  seen.add(f.path);
  const p = path.join(OUT, f.path);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.text());
  labels.push(...f.labels);
}

// self-check: re-read every file and verify planted values sit on the labelled lines
let errors = 0;
for (const L of labels) {
  const lines = fs.readFileSync(path.join(OUT, L.file), 'utf8').split('\n');
  if (L.line < 1 || L.endLine < L.line || L.endLine > lines.length) { console.error('bad range', L); errors++; continue; }
  const span = lines.slice(L.line - 1, L.endLine).join('\n');
  if (L.expect && (!L._v || !span.includes(L._v))) { console.error('value not on line', L.file, L.line); errors++; }
  if (!L.expect && span.trim() === '') { console.error('empty negative', L.file, L.line); errors++; }
}
const keyOf = (L) => `${L.file}:${L.line}`;
const dup = labels.map(keyOf).filter((k, i, a) => a.indexOf(k) !== i);
if (dup.length) { console.error('duplicate label lines', dup); errors++; }

const clean = labels.map(({ _v, ...rest }) => rest);
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(clean, null, 2) + '\n');
const pos = clean.filter((l) => l.expect).length;
console.log(`out=${OUT} files=${files.length} positives=${pos} negatives=${clean.length - pos} selfcheck_errors=${errors}`);
if (errors) process.exit(1);
