#!/usr/bin/env node
// Blind labelled corpus of "leaky artifacts" (patches, dumps, state files,
// HARs, histories, logs, IDE files...). Deterministic: fixed PRNG seed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECRET_VALUES } from './parts/core.mjs';
import { diffs } from './parts/diffs.mjs';
import { sql } from './parts/sql.mjs';
import { terraform } from './parts/terraform.mjs';
import { http } from './parts/http.mjs';
import { histories } from './parts/history.mjs';
import { logs } from './parts/logs.mjs';
import { ide } from './parts/ide.mjs';
import { misc } from './parts/misc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? path.join(here, 'corpus');

const docs = [...diffs(), ...sql(), ...terraform(), ...http(), ...histories(), ...logs(), ...ide(), ...misc()];

// ---------------------------------------------------------------- validate
const problems = [];
const seen = new Set();
const secrets = [...SECRET_VALUES].filter((s) => s.length >= 8);
const labels = [];
for (const d of docs) {
  if (seen.has(d.path)) problems.push('duplicate path ' + d.path);
  seen.add(d.path);
  const text = d.text();
  const lines = text.split('\n');
  lines.pop();
  if (d.isJson) {
    try {
      const parsed = JSON.parse(text);
      if (JSON.stringify(parsed) !== JSON.stringify(d.jsonValue)) problems.push('json mismatch ' + d.path);
    } catch (e) { problems.push('bad json ' + d.path + ': ' + e.message); }
  }
  const ls = d.labels();
  let expectLine = 1;
  for (const lab of ls) {
    if (lab.line !== expectLine) problems.push(`gap in ${d.path} at ${expectLine}`);
    expectLine = lab.endLine + 1;
    const seg = lines.slice(lab.line - 1, lab.endLine).join('\n');
    const hit = secrets.find((s) => seg.includes(s));
    if (lab.expect && !hit) problems.push(`positive without registered secret ${d.path}:${lab.line}`);
    if (!lab.expect && hit) problems.push(`non-positive line contains secret ${d.path}:${lab.line}: ${hit.slice(0, 12)}…`);
    if (!lab.expect && lab.rule === 'negative' && !lab.tags.length) problems.push(`negative without tag ${d.path}:${lab.line}`);
  }
  if (expectLine - 1 !== lines.length) problems.push(`label coverage ${d.path}: ${expectLine - 1} vs ${lines.length}`);
  labels.push(...ls);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// ------------------------------------------------------------------ write
fs.rmSync(OUT, { recursive: true, force: true });
for (const d of docs) {
  const p = path.join(OUT, d.path);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, d.text());
}
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');

// ---------------------------------------------------------------- summary
const pos = labels.filter((l) => l.expect);
const negs = labels.filter((l) => !l.expect && l.rule === 'negative');
const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] || 0) + 1), m), {});
const fmt = (m) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(28)} ${v}`).join('\n');
console.log(`corpus: ${OUT}`);
console.log(`files: ${docs.length}, label entries: ${labels.length}, total lines: ${labels.reduce((n, l) => n + l.endLine - l.line + 1, 0)}`);
console.log(`positives: ${pos.length} (multi-line: ${pos.filter((l) => l.endLine > l.line).length})`);
console.log(fmt(count(pos, (l) => l.rule)));
console.log(`hard negatives: ${negs.length}`);
console.log(fmt(count(negs, (l) => l.tags[0])));
console.log(`ordinary lines (rule none): ${labels.filter((l) => l.rule === 'none').length}`);
