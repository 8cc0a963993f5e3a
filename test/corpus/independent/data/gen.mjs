#!/usr/bin/env node
// Labeled secret-scanner test corpus: databases & data engineering.
// Usage: CORPUS_SEED=... CORPUS_OUT=... node gen.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ctx } from './parts/lib.mjs';
import sql from './parts/sql.mjs';
import pipelines from './parts/pipelines.mjs';
import apps from './parts/apps.mjs';
import infra from './parts/infra.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = process.env.CORPUS_SEED || 'blind9-dataeng-v1';
const out = path.resolve(process.env.CORPUS_OUT || path.join(here, 'corpus'));

const c = new Ctx(seed);
sql(c);
pipelines(c);
apps(c);
infra(c);

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const errors = [];
const labels = [];
const seenPaths = new Set();
for (const f of c.files) {
  if (seenPaths.has(f.path)) errors.push(`duplicate file ${f.path}`);
  seenPaths.add(f.path);
  const full = path.join(out, f.path);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, f.content());
}

// ---- self-check: re-read every file from disk ----
const allPositiveValues = [];
for (const f of c.files) {
  const text = fs.readFileSync(path.join(out, f.path), 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const seen = new Set();
  for (const l of f.labels) {
    for (let ln = l.line; ln <= l.endLine; ln++) {
      const key = `${f.path}:${ln}`;
      if (seen.has(key)) errors.push(`duplicate/overlapping label ${key}`);
      seen.add(key);
    }
    if (l.line < 1 || l.endLine < l.line || l.endLine > lines.length) errors.push(`bad range ${f.path}:${l.line}-${l.endLine}`);
    const span = lines.slice(l.line - 1, l.endLine).join('\n');
    if (l.expect) {
      if (!l.value || l.value.length < 8) errors.push(`weak/missing value ${f.path}:${l.line}`);
      else if (!span.includes(l.value)) errors.push(`value not in labeled lines ${f.path}:${l.line}`);
      else {
        // every occurrence of the value in this file must be inside some positive label
        let idx = text.indexOf(l.value);
        while (idx !== -1) {
          const lineNo = text.slice(0, idx).split('\n').length;
          const ok = f.labels.some((m) => m.expect && lineNo >= m.line && lineNo <= m.endLine);
          if (!ok) errors.push(`value also on unlabeled line ${f.path}:${lineNo}`);
          idx = text.indexOf(l.value, idx + 1);
        }
      }
      allPositiveValues.push(l.value);
    } else if (!span.trim()) errors.push(`empty negative line ${f.path}:${l.line}`);
    labels.push({ file: f.path, line: l.line, endLine: l.endLine, expect: l.expect, rule: l.rule, tags: [...new Set(l.tags)] });
  }
}
// negatives must not contain any planted value
for (const l of labels.filter((x) => !x.expect)) {
  const f = c.files.find((x) => x.path === l.file);
  const s = f.lines[l.line - 1];
  for (const v of allPositiveValues) if (s.includes(v)) errors.push(`negative contains planted value ${l.file}:${l.line}`);
}
// values must be unique across the corpus unless intentionally reused in one file
const valueFiles = new Map();
for (const f of c.files) for (const l of f.labels) if (l.expect) {
  const s = valueFiles.get(l.value) || new Set();
  s.add(f.path);
  valueFiles.set(l.value, s);
}
for (const [v, s] of valueFiles) if (s.size > 1) errors.push(`value reused across files: ${[...s].join(', ')}`);

// generator source must not hold token-shaped literals
const srcPatterns = [/AKIA[A-Z2-7]{16}/, /gh[pousr]_[A-Za-z0-9]{36}/, /dapi[0-9a-f]{32}/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /hooks\.slack\.com\/services\/T/, /\bSU[A-Z2-7]{56}\b/];
for (const file of [path.join(here, 'gen.mjs'), ...fs.readdirSync(path.join(here, 'parts')).map((x) => path.join(here, 'parts', x))]) {
  const src = fs.readFileSync(file, 'utf8');
  for (const re of srcPatterns) if (re.test(src) && !file.endsWith('gen.mjs')) errors.push(`token-shaped literal in source ${path.basename(file)}: ${re}`);
}

labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
fs.writeFileSync(path.join(out, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');

const pos = labels.filter((l) => l.expect).length;
const neg = labels.length - pos;
if (errors.length) {
  console.error(`SELF-CHECK FAILED (${errors.length}):\n  ` + errors.join('\n  '));
  process.exitCode = 1;
}
console.log(`corpus: ${out}  seed: ${seed}`);
console.log(`files: ${c.files.length}, positives: ${pos}, negatives: ${neg}`);
