// Blind evaluation corpus generator for a secret scanner.
// Usage: node gen.mjs   (CORPUS_OUT overrides the output directory)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng, t, buildFile, sha256hex, b64url } from './parts/core.mjs';
import { makeSecrets, P } from './parts/secrets.mjs';
import oauth from './parts/oauth.mjs';
import payments from './parts/payments.mjs';
import jwt from './parts/jwt.mjs';
import dbdriver from './parts/dbdriver.mjs';
import cli from './parts/cli.mjs';
import terraform from './parts/terraform.mjs';
import django from './parts/django.mjs';
import spring from './parts/spring.mjs';
import dotnet from './parts/dotnet.mjs';
import rails from './parts/rails.mjs';
import laravel from './parts/laravel.mjs';
import nest from './parts/nest.mjs';
import rust from './parts/rust.mjs';
import mobile from './parts/mobile.mjs';
import docs from './parts/docs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? path.join(here, 'corpus');
const SEED = 0x5eC2e7b5;

const R = makeRng(SEED);
const S = makeSecrets(R);
const ctx = { t, S, R, P, sha256hex, b64url };

const groups = [oauth, payments, jwt, dbdriver, cli, terraform, django, spring, dotnet, rails, laravel, nest, rust, mobile, docs];
const specs = groups.flatMap((g) => g(ctx));
const built = specs.map((s) => buildFile(s.path, s.text));

// ---- self checks -------------------------------------------------------------
const problems = [];
const seen = new Set();
for (const f of built) {
  if (seen.has(f.path)) problems.push(`duplicate path ${f.path}`);
  seen.add(f.path);
  const n = f.lines.length;
  if (n < 50 || n > 150) problems.push(`${f.path}: ${n} lines (want 50-150)`);
  const cover = new Array(n + 1).fill(0);
  for (const l of f.labels) for (let i = l.line; i <= l.endLine; i++) cover[i]++;
  for (let i = 1; i <= n; i++) if (cover[i] !== 1 && !(cover[i] === 0 && f.unsure.includes(i))) problems.push(`${f.path}:${i} covered ${cover[i]} times`);
  f.lines.forEach((l, i) => { if (l.includes('@@')) problems.push(`${f.path}:${i + 1} leftover marker`); });
}
// every generated secret must sit inside exactly one positive range, and never on a negative/none line
for (const { v, kind } of S.reg) {
  const hits = [];
  for (const f of built) f.lines.forEach((l, i) => { if (l.includes(v)) hits.push({ f, line: i + 1 }); });
  if (hits.length === 0) problems.push(`generated ${kind} not used`);
  for (const h of hits) {
    const lab = h.f.labels.find((l) => l.line <= h.line && h.line <= l.endLine);
    if (!lab || !lab.expect) problems.push(`${kind} value on non-positive line ${h.f.path}:${h.line}`);
  }
}
for (const f of built) for (const l of f.labels) {
  if (l.expect && !S.reg.some(({ v }) => f.lines.slice(l.line - 1, l.endLine).some((x) => x.includes(v)))) {
    problems.push(`positive ${f.path}:${l.line} holds no generated secret`);
  }
}

// ---- write -------------------------------------------------------------------
fs.rmSync(OUT, { recursive: true, force: true });
for (const f of built) {
  const p = path.join(OUT, f.path);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.content);
}
const labels = built.flatMap((f) => f.labels);
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');

// ---- summary -----------------------------------------------------------------
const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
const pos = labels.filter((l) => l.expect);
const neg = labels.filter((l) => l.rule === 'negative');
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
console.log(`corpus: ${OUT}`);
console.log(`files: ${built.length}, lines: ${built.reduce((a, f) => a + f.lines.length, 0)}, label entries: ${labels.length}`);
console.log(`positives: ${pos.length}`, sortObj(count(pos, (l) => l.rule)));
console.log(`hard negatives: ${neg.length}`, sortObj(count(neg, (l) => l.tags[0])));
console.log(`ordinary lines: ${labels.filter((l) => l.rule === 'none').length}`);
const unlabeled = built.reduce((a, f) => a + f.lines.length, 0) - labels.reduce((a, l) => a + l.endLine - l.line + 1, 0);
console.log(`unlabeled (unsure) lines: ${unlabeled}`);
if (process.env.VERBOSE) for (const f of built) console.log(`  ${f.lines.length.toString().padStart(4)}  ${f.path}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ` + problems.join('\n  '));
  process.exitCode = 1;
}
