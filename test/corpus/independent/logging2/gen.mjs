#!/usr/bin/env node
// Generates a blind labeled corpus of credential-logging leaks and safe look-alikes.
// Usage: CORPUS_OUT=/some/dir node gen.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import javascript from './parts/javascript.mjs';
import typescript from './parts/typescript.mjs';
import python from './parts/python.mjs';
import go from './parts/go.mjs';
import java from './parts/java.mjs';
import csharp from './parts/csharp.mjs';
import ruby from './parts/ruby.mjs';
import php from './parts/php.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = process.env.CORPUS_OUT ?? path.join(here, 'corpus');

const files = [...javascript, ...typescript, ...python, ...go, ...java, ...csharp, ...ruby, ...php];

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const labels = [];
const seen = new Set();
const warnings = [];
for (const f of files) {
  if (seen.has(f.file)) throw new Error('duplicate file ' + f.file);
  seen.add(f.file);
  const dest = path.join(outDir, f.file);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, f.content);
  labels.push(...f.labels);

  // self-checks: every line covered exactly once unless intentionally unlabeled
  const covered = new Array(f.lineCount + 1).fill(0);
  for (const l of f.labels) for (let i = l.line; i <= l.endLine; i++) covered[i]++;
  if (covered.some((c) => c > 1)) throw new Error('overlapping labels in ' + f.file);
  const written = fs.readFileSync(dest, 'utf8').split('\n').length - 1;
  if (written !== f.lineCount) throw new Error('line count mismatch in ' + f.file);
  if (f.lineCount < 60 || f.lineCount > 160) warnings.push(`${f.file}: ${f.lineCount} lines (outside 60-160)`);
  if (/@@[LS+?]/.test(f.content)) throw new Error('marker leaked into ' + f.file);
}

fs.writeFileSync(path.join(outDir, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');

// ---- summary ----
const perLang = {};
for (const f of files) perLang[f.lang] = (perLang[f.lang] ?? 0) + 1;
const leakTags = {};
const safeTags = {};
let leaks = 0;
let safes = 0;
let none = 0;
let unlabeled = 0;
for (const f of files) {
  const covered = new Set();
  for (const l of f.labels) for (let i = l.line; i <= l.endLine; i++) covered.add(i);
  unlabeled += f.lineCount - covered.size;
}
for (const l of labels) {
  if (l.expect) {
    leaks++;
    for (const tag of l.tags) leakTags[tag] = (leakTags[tag] ?? 0) + 1;
  } else if (l.rule === 'negative') {
    safes++;
    for (const tag of l.tags) safeTags[tag] = (safeTags[tag] ?? 0) + 1;
  } else none++;
}
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
console.log(`corpus written to ${outDir}`);
console.log(`files: ${files.length}`, perLang);
console.log(`labels: ${labels.length} (leaks ${leaks}, planted safe ${safes}, ordinary ${none}, intentionally unlabeled lines ${unlabeled})`);
console.log('leaks by tag:', sortObj(leakTags));
console.log('safe lines by tag:', sortObj(safeTags));
console.log('lines per file:', files.map((f) => `${f.file}=${f.lineCount}`).join(', '));
if (warnings.length) console.log('WARNINGS:\n  ' + warnings.join('\n  '));
