#!/usr/bin/env node
// Generates a labelled secret-scanner evaluation corpus of non-web-backend software
// (mobile, embedded/IoT, games/desktop, data/ML, scripts).
//   node gen.mjs            -> writes to $CORPUS_OUT or ./corpus next to this script
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reseed, G } from './parts/lib.mjs';
import android from './parts/android.mjs';
import iosXplat from './parts/ios_xplat.mjs';
import iot from './parts/iot.mjs';
import desktop from './parts/desktop.mjs';
import data from './parts/data.mjs';
import scripts from './parts/scripts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = process.env.CORPUS_OUT ?? path.join(here, 'corpus');

reseed(20240917);

// values shared by the Android and iOS Firebase configs
const projectNumber = G.num(12);
const ctx = {
  firebase: {
    projectNumber,
    webClientId: G.oauthClientId(projectNumber),
    iosClientId: G.oauthClientId(projectNumber),
    androidKey: G.googleKey(),
    iosKey: G.googleKey(),
  },
};

const files = [
  ...android(ctx),
  ...iosXplat(ctx),
  ...iot(ctx),
  ...desktop(ctx),
  ...data(ctx),
  ...scripts(ctx),
];

// ---------------------------------------------------------------- validation
const problems = [];
const seen = new Set();
for (const f of files) {
  if (seen.has(f.path)) problems.push(`duplicate path ${f.path}`);
  seen.add(f.path);
  const n = f.lines.length;
  if (n < 20 || n > 150) problems.push(`${f.path}: ${n} lines (want 20-150)`);
  // every line covered exactly once
  const cov = new Array(n + 1).fill(0);
  for (const e of f.labels) for (let l = e.line; l <= e.endLine; l++) cov[l]++;
  for (let l = 1; l <= n; l++) if (cov[l] !== 1) problems.push(`${f.path}:${l} covered ${cov[l]} times`);
  if (f.path.endsWith('.json')) {
    try { JSON.parse(f.content); } catch (e) { problems.push(`${f.path}: invalid JSON (${e.message})`); }
  }
}
// A planted secret must not appear on any line that is not labelled as that secret.
const allSecrets = files.flatMap((f) => f.secrets.map((s) => ({ ...s, file: f.path })));
for (const s of allSecrets) {
  const probe = s.value.split('\n').sort((a, b) => b.length - a.length)[0];
  if (probe.length < 8) { problems.push(`${s.file}:${s.start}: secret too short to check`); continue; }
  for (const f of files) {
    const posRanges = f.labels.filter((e) => e.expect);
    f.lines.forEach((line, i) => {
      const ln = i + 1;
      if (!line.includes(probe)) return;
      if (!posRanges.some((e) => ln >= e.line && ln <= e.endLine)) {
        problems.push(`secret from ${s.file}:${s.start} appears unlabelled at ${f.path}:${ln}`);
      }
    });
  }
}
// uniqueness of secret values
const valueCount = new Map();
for (const s of allSecrets) valueCount.set(s.value, (valueCount.get(s.value) ?? 0) + 1);
for (const [v, c] of valueCount) if (c > 1) problems.push(`secret value reused ${c}x: ${v.slice(0, 12)}...`);

if (problems.length) {
  console.error('VALIDATION FAILED:\n  ' + problems.join('\n  '));
  process.exit(1);
}

// ---------------------------------------------------------------- write
fs.mkdirSync(OUT, { recursive: true });
const labels = [];
for (const f of files) {
  const p = path.join(OUT, f.path);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.content);
  labels.push(...f.labels);
}
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');

// ---------------------------------------------------------------- summary
const pos = labels.filter((e) => e.expect);
const hard = labels.filter((e) => !e.expect && e.rule === 'negative');
const none = labels.filter((e) => !e.expect && e.rule === 'none');
const tally = (arr, key) => {
  const m = new Map();
  for (const e of arr) for (const k of key(e)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const totalLines = files.reduce((a, f) => a + f.lines.length, 0);
console.log(`corpus: ${OUT}`);
console.log(`files: ${files.length}   lines: ${totalLines}   label entries: ${labels.length}`);
console.log(`positives: ${pos.length}   hard negatives: ${hard.length}   ordinary lines: ${none.length}`);
console.log('\npositives by kind:');
for (const [k, c] of tally(pos, (e) => [e.rule])) console.log(`  ${String(c).padStart(3)}  ${k}`);
console.log('\nhard negatives by tag:');
for (const [k, c] of tally(hard, (e) => e.tags)) console.log(`  ${String(c).padStart(3)}  ${k}`);
console.log('\nfiles:');
for (const f of files) {
  const p = f.labels.filter((e) => e.expect).length;
  const h = f.labels.filter((e) => e.rule === 'negative').length;
  console.log(`  ${String(f.lines.length).padStart(4)} lines  +${p} -${h}  ${f.path}`);
}
