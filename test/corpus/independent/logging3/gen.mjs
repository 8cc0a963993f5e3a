#!/usr/bin/env node
// Deterministic generator for a labeled "credential written to logs" corpus.
//
//   CORPUS_OUT   output directory (default /tmp/blind7/logging3/corpus)
//   CORPUS_SEED  PRNG seed (default 20240607)
//
// Source files are expanded from parts/templates/**/*.tmpl (see
// parts/template.mjs for the markup). Every labeled line holds one logging
// call; labels.json lists them with expect=true (logged-credential) or
// expect=false (negative).

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRng } from './parts/prng.mjs';
import { expandTemplate } from './parts/template.mjs';
import { classifyLogger } from './parts/loggers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const TEMPLATE_ROOT = join(HERE, 'parts', 'templates');
const OUT = process.env.CORPUS_OUT || join(HERE, 'corpus');
const SEED = process.env.CORPUS_SEED || '20240607';

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.tmpl')) out.push(p);
  }
  return out;
}

// gofmt indents with tabs; templates are written with 4-space indentation.
function gofmtIndent(text) {
  return text
    .split('\n')
    .map((line) => {
      const m = line.match(/^( {4})+/);
      return m ? '\t'.repeat(m[0].length / 4) + line.slice(m[0].length) : line;
    })
    .join('\n');
}

const templates = walk(TEMPLATE_ROOT);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const allLabels = [];
for (const tpl of templates) {
  const relOut = relative(TEMPLATE_ROOT, tpl).split(sep).join('/').replace(/\.tmpl$/, '');
  const rng = makeRng(SEED, relOut);
  const src = readFileSync(tpl, 'utf8');
  let { text, labels, meta } = expandTemplate(src, rng, relOut);
  if (relOut.endsWith('.go')) text = gofmtIndent(text);
  if (!text.endsWith('\n')) text += '\n';

  const lines = text.split('\n');
  for (const label of labels) {
    const logger = classifyLogger(meta.loggers, lines[label.line - 1]);
    if (logger && !label.tags.includes(logger)) label.tags.splice(1, 0, logger);
    if (label.endLine > label.line && !label.tags.includes('multiline')) label.tags.push('multiline');
  }

  const dest = join(OUT, relOut);
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, text);
  allLabels.push(...labels);
}

allLabels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
writeFileSync(join(OUT, 'labels.json'), JSON.stringify(allLabels, null, 2) + '\n');

const pos = allLabels.filter((l) => l.expect).length;
const neg = allLabels.length - pos;
console.log(`wrote ${templates.length} files to ${OUT}: ${allLabels.length} labels (${pos} positive, ${neg} negative)`);
