#!/usr/bin/env node
// Labelled secret-scanner test corpus: documentation & knowledge artefacts.
// Node >= 20, ESM, no dependencies. Deterministic for a given CORPUS_SEED.
//
//   CORPUS_OUT=/some/dir CORPUS_SEED=blind7-docs2 node gen.mjs
//
// Writes the documents plus labels.json ([{file,line,endLine,expect,rule,tags}]).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './parts/prng.mjs';
import { P, makeTokens } from './parts/tokens.mjs';
import * as K from './parts/keys.mjs';
import { Marks, finalize, jsonEscape } from './parts/marks.mjs';
import { PEOPLE, notebook } from './parts/formats.mjs';
import A from './parts/docs-a.mjs';
import B from './parts/docs-b.mjs';
import C from './parts/docs-c.mjs';
import D from './parts/docs-d.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(process.env.CORPUS_OUT || path.join(here, 'corpus'));
const SEED = process.env.CORPUS_SEED || 'blind7-docs2';
const FILES = [...A, ...B, ...C, ...D];

// ---- prepare output dir (only wipe something that looks like our own corpus)
if (fs.existsSync(OUT)) {
  const entries = fs.readdirSync(OUT);
  if (entries.length && !entries.includes('labels.json')) {
    console.error(`refusing to clear ${OUT}: not empty and has no labels.json`);
    process.exit(2);
  }
  fs.rmSync(OUT, { recursive: true, force: true });
}
fs.mkdirSync(OUT, { recursive: true });

// ---- generate
const seen = new Set();
const all = [];
const docs = [];
for (const f of FILES) {
  if (seen.has(f.path)) throw new Error('duplicate path ' + f.path);
  seen.add(f.path);
  const r = new Rng(SEED + '|' + f.path);
  const m = new Marks();
  const ctx = {
    p: m.p, n: m.n, r, t: makeTokens(r), P, K,
    people: r.shuffle(PEOPLE),
    nb: (cells, opts) => notebook(r, cells, opts),
  };
  const content = f.build(ctx);
  const esc = f.format === 'json' ? jsonEscape(!!f.slash) : (v) => v;
  const { text, labels } = finalize(f.path, content, m, esc);
  if (f.format === 'json') JSON.parse(text);
  const abs = path.join(OUT, f.path);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  docs.push({ path: f.path, kind: f.kind });
  for (const l of labels) all.push({ file: f.path, ...l, tags: [f.kind, ...l.tags.filter((x) => x !== f.kind)] });
}

// ---- self-checks against what is on disk
const errors = [];
const fileLines = new Map();
for (const d of docs) fileLines.set(d.path, fs.readFileSync(path.join(OUT, d.path), 'utf8').split('\n'));
// distinctive pieces of each positive: whole single-line values, or the full-width
// body rows of multi-line blocks (PEM headers are shared with placeholders/public keys)
const pieces = (nd) => (nd.includes('\n') ? nd.split('\n').filter((x) => x.length >= 60 && !x.startsWith('-----')) : [nd]);
const posNeedles = all.filter((l) => l.expect).flatMap((l) => l.needles.flatMap(pieces));
for (const l of all) {
  const lines = fileLines.get(l.file);
  if (l.line < 1 || l.endLine < l.line || l.endLine > lines.length) { errors.push(`${l.file}:${l.line} out of range`); continue; }
  const span = lines.slice(l.line - 1, l.endLine).join('\n');
  for (const nd of l.needles) if (!span.includes(nd)) errors.push(`${l.file}:${l.line}-${l.endLine} does not contain its value`);
  if (!l.expect) {
    for (const pn of posNeedles) if (span.includes(pn)) errors.push(`${l.file}:${l.line} negative line contains a planted positive value`);
  }
}
// every positive value must appear in the corpus only on positive-labelled lines
const posLines = new Map();
for (const l of all) if (l.expect) for (let i = l.line; i <= l.endLine; i++) posLines.set(l.file + ':' + i, true);
for (const l of all.filter((x) => x.expect)) {
  for (const nd of l.needles) {
    const first = pieces(nd)[0];
    for (const [file, lines] of fileLines) {
      lines.forEach((ln, i) => {
        if (ln.includes(first) && !posLines.has(file + ':' + (i + 1))) errors.push(`${file}:${i + 1} contains positive value from ${l.file}:${l.line} but is not labelled`);
      });
    }
  }
}
if (errors.length) {
  console.error('SELF-CHECK FAILED:\n' + [...new Set(errors)].join('\n'));
  process.exit(1);
}

// ---- write labels
const labels = all
  .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
  .map(({ file, line, endLine, expect, rule, tags }) => ({ file, line, endLine, expect, rule, tags }));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');

const pos = labels.filter((l) => l.expect), neg = labels.filter((l) => !l.expect);
const byRule = {};
for (const l of pos) byRule[l.rule] = (byRule[l.rule] || 0) + 1;
const byKind = {};
for (const d of docs) byKind[d.kind] = (byKind[d.kind] || 0) + 1;
console.log(`corpus: ${OUT}`);
console.log(`files: ${docs.length}  positives: ${pos.length}  negatives: ${neg.length}  (self-check OK)`);
console.log('positives by rule: ' + Object.entries(byRule).sort().map(([k, v]) => `${k}=${v}`).join(', '));
console.log('file kinds: ' + Object.entries(byKind).sort().map(([k, v]) => `${k}=${v}`).join(', '));
