// Blind hard-negative secret-scanner corpus generator. Node >= 20, ESM, no deps.
import fs from 'node:fs';
import path from 'node:path';
import { files, resolve } from './parts/lib.mjs';
import { lockfiles, sboms, frontend, cryptoVectors } from './parts/files1.mjs';
import { keys, schemas, infra } from './parts/files2.mjs';
import { i18n, ids, docs, logs, appcode } from './parts/files3.mjs';

const OUT = process.env.CORPUS_OUT || '/tmp/blind8/negatives2/corpus';
for (const step of [lockfiles, sboms, frontend, cryptoVectors, keys, schemas, infra, i18n, ids, docs, logs, appcode]) step();

const { labels, problems } = resolve();
if (problems.length) { console.error(problems.join('\n')); process.exit(1); }

fs.rmSync(OUT, { recursive: true, force: true });
for (const f of files) { const p = path.join(OUT, f.path); fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, f.text); }

// self-check: each positive's lines contain the planted value; no line labelled both ways
const bad = [];
const byLine = new Map();
for (const l of labels) {
  const lines = files.find((f) => f.path === l.file).text.split('\n').slice(l.line - 1, l.endLine).join('\n');
  if (!lines.includes(l._value)) bad.push(`value not on line: ${l.file}:${l.line}`);
  for (let i = l.line; i <= l.endLine; i++) { const k = l.file + ':' + i; if (byLine.has(k) && byLine.get(k) !== l.expect) bad.push('conflict ' + k); byLine.set(k, l.expect); }
}
if (bad.length) { console.error(bad.join('\n')); process.exit(1); }
const seen = new Set();
const out = labels.map(({ _value, ...r }) => r).filter((r) => { const k = `${r.file}:${r.line}:${r.endLine}`; if (seen.has(k)) return false; seen.add(k); return true; })
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(out, null, 2) + '\n');
const pos = out.filter((l) => l.expect).length;
console.log(`files=${files.length} positives=${pos} negatives=${out.length - pos} out=${OUT}`);
