#!/usr/bin/env node
// Generates a labeled corpus of application source files (many languages and
// frameworks) containing planted hardcoded secrets and hard negatives.
//
//   CORPUS_OUT=/some/dir node gen.mjs
//
// Output: the files plus labels.json ([{file, line, endLine, expect, rule, tags}]).
// Deterministic: all values come from a fixed-seed PRNG (parts/tokens.mjs).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';

import { resolve, unusedSentinels } from './parts/builder.mjs';
import { reseed } from './parts/tokens.mjs';
import jsFiles from './parts/files_js.mjs';
import pyFiles from './parts/files_py.mjs';
import jvmFiles from './parts/files_jvm.mjs';
import misc1Files from './parts/files_misc1.mjs';
import sysFiles from './parts/files_sys.mjs';
import misc2Files from './parts/files_misc2.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = resolvePath(process.env.CORPUS_OUT || join(HERE, 'corpus'));

reseed();
const groups = [jsFiles, pyFiles, jvmFiles, misc1Files, sysFiles, misc2Files];
const files = groups.flatMap((g) => g());

const problems = [];
const allLabels = [];
const seenPaths = new Set();

for (const [path, text] of files) {
  if (seenPaths.has(path)) problems.push(`duplicate path ${path}`);
  seenPaths.add(path);
  const { content, labels } = resolve(path, text);
  const lines = content.split('\n');

  // --- self-checks -----------------------------------------------------------
  for (const l of labels) {
    const span = lines.slice(l.line - 1, l.endLine).join('\n');
    if (!span.includes(l.value)) problems.push(`${path}:${l.line} value not on labeled line(s) (${l.rule})`);
    if (l.expect && l.value.trim().length < 8) problems.push(`${path}:${l.line} suspiciously short positive`);
  }
  const sorted = [...labels].sort((a, b) => a.line - b.line);
  const merged = [];
  for (const l of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && l.line <= prev.endLine) {
      if (prev.expect !== l.expect) problems.push(`${path}:${l.line} positive and negative overlap`);
      else if (l.expect) problems.push(`${path}:${l.line} two positives on the same line`);
      else {
        prev.endLine = Math.max(prev.endLine, l.endLine);
        prev.tags = [...new Set([...prev.tags, ...l.tags])];
        prev.values.push(l.value);
      }
      continue;
    }
    merged.push({ ...l, values: [l.value] });
  }
  // no planted positive value may leak onto a negative line
  const positives = merged.filter((l) => l.expect);
  for (const n of merged.filter((l) => !l.expect)) {
    const span = lines.slice(n.line - 1, n.endLine).join('\n');
    for (const p of positives) if (span.includes(p.value)) problems.push(`${path}:${n.line} negative line contains a positive value`);
  }

  const target = join(OUT, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  for (const l of merged) {
    allLabels.push({ file: path, line: l.line, endLine: l.endLine, expect: l.expect, rule: l.rule, tags: l.tags, _value: l.value });
  }
}

if (unusedSentinels() > 0) problems.push(`${unusedSentinels()} planted values never reached a file`);

// positive values must be unique across the corpus
const posValues = new Map();
for (const l of allLabels.filter((x) => x.expect)) {
  if (posValues.has(l._value)) problems.push(`duplicate positive value in ${l.file}:${l.line}`);
  posValues.set(l._value, l);
}

// --- lint the generator sources: they must not contain credential-shaped literals ------------
const R = (...parts) => new RegExp(parts.join(''));
const lintRules = [
  R('gh', '[pousr]_[A-Za-z0-9]{30,}'),
  R('github', '_pat_[A-Za-z0-9_]{20,}'),
  R('gl', 'pat-[A-Za-z0-9_-]{20}'),
  R('xox', '[abpr]-[0-9]{6,}'),
  R('hooks\\.', 'slack\\.com/services/T[A-Z0-9]'),
  R('[sr]k', '_live_[A-Za-z0-9]{8,}'),
  R('wh', 'sec_[A-Za-z0-9]{16,}'),
  R('(AK|AS)', 'IA[A-Z2-7]{16}'),
  R('AI', 'za[0-9A-Za-z_-]{30,}'),
  R('sk-', '(proj|ant)-[A-Za-z0-9_-]{10,}'),
  R('\\bh', 'f_[A-Za-z]{30,}'),
  R('S', 'G\\.[A-Za-z0-9_-]{20,}\\.'),
  R('ke', 'y-[0-9a-f]{32}'),
  R('shp', '(at|ss|ca|pa)_[0-9a-f]{16,}'),
  R('-----BEGIN ', '[A-Z ]{0,20}PRIV', 'ATE KEY-----'),
  R('[a-z+]{3,12}://[^\\s:/@\'"`]+:', '[^\\s@/\'"`$<{]{6,}@[a-z0-9.-]+'),
  R('hv', 's\\.[A-Za-z0-9_-]{20,}'),
  R('da', 'pi[0-9a-f]{32}'),
  R('do', 'p_v1_[0-9a-f]{20,}'),
];
const srcFiles = [join(HERE, 'gen.mjs'), ...readdirSync(join(HERE, 'parts')).filter((f) => f.endsWith('.mjs')).map((f) => join(HERE, 'parts', f))];
for (const f of srcFiles) {
  const lines = readFileSync(f, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.includes('const lintRules') || line.trimStart().startsWith('R(')) return; // the lint table itself
    for (const re of lintRules) if (re.test(line)) problems.push(`generator source ${f}:${i + 1} matches ${re}`);
  });
}

allLabels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
const out = allLabels.map(({ _value, ...rest }) => rest);
writeFileSync(join(OUT, 'labels.json'), JSON.stringify(out, null, 2) + '\n');

const nPos = out.filter((l) => l.expect).length;
const nNeg = out.length - nPos;
console.log(`out:       ${OUT}`);
console.log(`files:     ${files.length}`);
console.log(`positives: ${nPos}`);
console.log(`negatives: ${nNeg}`);
if (problems.length) {
  console.error(`SELF-CHECK FAILED (${problems.length}):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log('self-check: ok (every labeled line contains its planted value; generator source is clean)');
