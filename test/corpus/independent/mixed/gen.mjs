// Blind labeled corpus generator (mixed, non-application-code file kinds).
// Usage: node gen.mjs   -> writes ./corpus/** and ./corpus/labels.json
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { files } from './parts/builder.mjs';
import { docs } from './parts/docs.mjs';
import { notebooks } from './parts/notebooks.mjs';
import { logs } from './parts/logs.mjs';
import { data } from './parts/data.mjs';
import { frontend } from './parts/frontend.mjs';
import { i18n } from './parts/i18n.mjs';
import { fixtures } from './parts/fixtures.mjs';
import { logging } from './parts/logging.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.env.CORPUS_OUT ?? join(here, 'corpus');

docs();
notebooks();
logs();
data();
frontend();
i18n();
fixtures();
logging();

rmSync(out, { recursive: true, force: true });
const labels = [];
const seen = new Set();
for (const f of files) {
  if (seen.has(f.path)) throw new Error('duplicate path ' + f.path);
  seen.add(f.path);
  const p = join(out, f.path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, f.lines.join('\n') + '\n');
  f.lines.forEach((text, i) => {
    const line = i + 1;
    const m = f.marks.get(line);
    if (m) labels.push({ file: f.path, line, endLine: line, expect: m.expect, rule: m.rule, tags: m.tags });
    else labels.push({ file: f.path, line, endLine: line, expect: false, rule: 'none', tags: [] });
  });
}
writeFileSync(join(out, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');

// ---------------------------------------------------------------- summary
const pos = labels.filter((l) => l.expect);
const negs = labels.filter((l) => l.rule === 'negative');
const byTag = {};
for (const l of negs) for (const t of l.tags) byTag[t] = (byTag[t] || 0) + 1;
const posByRule = {};
for (const l of pos) posByRule[l.rule] = (posByRule[l.rule] || 0) + 1;
const kinds = {};
for (const f of files) kinds[f.kind] = (kinds[f.kind] || 0) + 1;
console.log(`corpus: ${out}`);
console.log(`files: ${files.length}   labelled lines: ${labels.length}`);
console.log(`positives: ${pos.length} (logging: ${posByRule.logging || 0}, hardcoded: ${pos.length - (posByRule.logging || 0)})`);
console.log('positives by rule:', posByRule);
console.log(`hard negatives: ${negs.length}`, byTag);
console.log('file kinds:', kinds);
