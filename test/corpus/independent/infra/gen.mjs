#!/usr/bin/env node
// Labeled secret-scanner test corpus: infrastructure-as-code, CI/CD and developer-tool config.
// Usage: CORPUS_OUT=/some/dir node gen.mjs   (default: ./corpus next to this script)
// Deterministic: every file gets its own PRNG stream seeded from SEED + its path.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { makeRng } from './parts/rng.mjs';
import { makeTokens, J } from './parts/tokens.mjs';
import { Doc } from './parts/doc.mjs';
import iac from './parts/files-iac.mjs';
import ci from './parts/files-ci.mjs';
import platform from './parts/files-platform.mjs';
import devtools from './parts/files-devtools.mjs';
import cm from './parts/files-cm.mjs';

const SEED = 'blind7-infra-v1';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(process.env.CORPUS_OUT || path.join(HERE, 'corpus'));

const specs = [...iac, ...ci, ...platform, ...devtools, ...cm];

// ---------------------------------------------------------------- build
const docs = [];
const seen = new Set();
for (const [rel, build] of specs) {
  if (seen.has(rel)) throw new Error('duplicate file ' + rel);
  seen.add(rel);
  const r = makeRng(SEED + '|' + rel);
  const d = new Doc(rel);
  build(d, makeTokens(r), r);
  docs.push(d);
}

// ---------------------------------------------------------------- write
fs.mkdirSync(OUT, { recursive: true });
const labels = [];
const digest = crypto.createHash('sha256');
for (const d of docs) {
  const abs = path.join(OUT, d.path);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const body = d.content();
  fs.writeFileSync(abs, body);
  digest.update(d.path + '\0' + body + '\0');
  labels.push(...d.labels);
}
const labelsJson = JSON.stringify(labels, null, 2) + '\n';
fs.writeFileSync(path.join(OUT, 'labels.json'), labelsJson);
digest.update(labelsJson);

// ---------------------------------------------------------------- self-check
const errors = [];
const fileLines = new Map();
for (const d of docs) {
  const text = fs.readFileSync(path.join(OUT, d.path), 'utf8');
  fileLines.set(d.path, text.replace(/\n$/, '').split('\n'));
}
const posRanges = new Map(); // file -> [[a,b]]
for (const d of docs) {
  const lines = fileLines.get(d.path);
  const used = new Set();
  for (const l of d.labels) {
    if (!(l.line >= 1 && l.endLine >= l.line && l.endLine <= lines.length)) errors.push(`bad range ${l.file}:${l.line}-${l.endLine}`);
    const block = lines.slice(l.line - 1, l.endLine);
    if (!block.some((x) => x.trim())) errors.push(`empty labeled line ${l.file}:${l.line}`);
    for (let i = l.line; i <= l.endLine; i++) {
      if (used.has(i)) errors.push(`overlapping labels ${l.file}:${i}`);
      used.add(i);
    }
    if (l.expect) {
      if (!posRanges.has(l.file)) posRanges.set(l.file, []);
      posRanges.get(l.file).push([l.line, l.endLine]);
    }
  }
  for (const c of d.checks) {
    const block = lines.slice(c.line - 1, c.endLine).join('\n');
    if (!block.includes(c.value)) errors.push(`positive value not found at ${d.path}:${c.line}`);
  }
}
// every occurrence of a planted value must sit inside a positive label
const inPos = (file, ln) => (posRanges.get(file) || []).some(([a, b]) => ln >= a && ln <= b);
for (const d of docs) {
  for (const c of d.checks) {
    const needles = c.value.split(/\n|\\n/).map((x) => x.trim()).filter((x) => x.length >= 12 && !x.startsWith('-----'));
    for (const needle of needles) {
      for (const [file, lines] of fileLines) {
        lines.forEach((text, i) => {
          if (text.includes(needle) && !inPos(file, i + 1)) errors.push(`planted value from ${d.path}:${c.line} leaks to unlabeled/negative ${file}:${i + 1}`);
        });
      }
    }
  }
}
// the generator sources themselves must not contain token-looking literals
const srcPatterns = [
  ['github', J('gh', '[pousr]_[A-Za-z0-9]{20,}')],
  ['github-fine', J('github', '_pat_[A-Za-z0-9_]{20,}')],
  ['aws', J('(AK', '|AS)IA[0-9A-Z]{16}')],
  ['stripe', J('(sk|rk|pk)', '_(live|test)_[0-9A-Za-z]{10,}')],
  ['slack', J('xo', 'x[abpr]-[0-9A-Za-z-]{10,}')],
  ['slack-webhook', J('hooks\\.slack\\.com/services/', 'T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{6,}')],
  ['gitlab', J('gl', '(pat|rt)-[0-9A-Za-z_-]{20}')],
  ['sendgrid', J('S', 'G\\.[\\w-]{16,}\\.[\\w-]{16,}')],
  ['npm', J('np', 'm_[A-Za-z0-9]{30,}')],
  ['openai', J('T3Blbk', 'FJ')],
  ['pem', J('BEGIN [A-Z ]*', 'PRIV', 'ATE KEY')],
  ['uri-with-password', J('[a-z+]+:', '//[^\\s:/@\'"`]+:[^\\s@/\'"`$]{4,}@')],
];
// quoted opaque strings of 32+ chars mixing upper, lower and digits
const longOpaque = (line) => (line.match(/['"`][A-Za-z0-9+/_=-]{32,}['"`]/g) || []).some((m) => /[A-Z]/.test(m) && /[a-z]/.test(m) && /[0-9]/.test(m));
const srcFiles = [path.join(HERE, 'gen.mjs'), ...fs.readdirSync(path.join(HERE, 'parts')).filter((f) => f.endsWith('.mjs')).map((f) => path.join(HERE, 'parts', f))];
for (const f of srcFiles) {
  const src = fs.readFileSync(f, 'utf8').split('\n');
  src.forEach((line, i) => {
    for (const [name, re] of srcPatterns) {
      if (new RegExp(re).test(line)) errors.push(`source literal looks like a token (${name}): ${path.basename(f)}:${i + 1}`);
    }
    if (longOpaque(line)) errors.push(`source literal looks like a token (long-opaque): ${path.basename(f)}:${i + 1}`);
  });
}

// ---------------------------------------------------------------- summary
const pos = labels.filter((l) => l.expect);
const neg = labels.filter((l) => !l.expect);
const byRule = {};
for (const l of pos) byRule[l.rule] = (byRule[l.rule] || 0) + 1;
console.log(`output:    ${OUT}`);
console.log(`files:     ${docs.length}`);
console.log(`positives: ${pos.length}`);
console.log(`negatives: ${neg.length}`);
console.log(`rules:     ${Object.entries(byRule).sort().map(([k, v]) => `${k}=${v}`).join(' ')}`);
console.log(`digest:    ${digest.digest('hex')}`);
if (errors.length) {
  console.error(`SELF-CHECK FAILED (${errors.length}):\n  ` + errors.join('\n  '));
  process.exit(1);
}
console.log('self-check: OK (ranges, planted values, no leaks, clean generator source)');
