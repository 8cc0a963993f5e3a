// Generates a blind, labeled corpus of source files for evaluating a
// "credentials written to logs" detector. Plain ESM, no dependencies.
//
//   node gen.mjs                 -> writes to /tmp/blind2/logging/corpus
//   CORPUS_OUT=/some/dir node gen.mjs
//
// Each file is written from an annotated template (see parts/builder.mjs); the
// line numbers in labels.json are computed from the generated text.

import fs from 'node:fs';
import path from 'node:path';

import javascript from './parts/javascript.mjs';
import typescript from './parts/typescript.mjs';
import python from './parts/python.mjs';
import go from './parts/go.mjs';
import java from './parts/java.mjs';
import csharp from './parts/csharp.mjs';
import ruby from './parts/ruby.mjs';
import php from './parts/php.mjs';

const OUT = process.env.CORPUS_OUT ?? '/tmp/blind2/logging/corpus';

const files = [...javascript, ...typescript, ...python, ...go, ...java, ...csharp, ...ruby, ...php];

// Rough per-language pattern that the first line of every leak must match,
// to catch a marker accidentally put on a non-log line.
const SINKS = {
  javascript: /\b(console\.\w+|logger\.\w+|log\.\w+|debug)\(/,
  typescript: /\b(console\.\w+|logger\.\w+|log\.\w+|debug)\(/,
  python: /\b(logger\.\w+|log\.\w+|bound\.\w+|print)\(/,
  go: /\b(log\.\w+|logger\.\w+|fmt\.Print\w*|c\.logger\.\w+|n\.logger\.\w+|m\.logger\.\w+)\(/,
  java: /\b(log\.\w+|LOG\.\w+|LOGGER\.\w+|logger\.\w+|System\.(out|err)\.print\w*)\(/,
  csharp: /\b(_logger\.Log\w+|_log\.\w+|Log\.\w+|Logger\.\w+|Console(\.Error)?\.Write\w*|Debug\.Write\w*)\(/,
  ruby: /(\blogger\.\w+\(|Rails\.logger\.\w+\(|^\s*(puts|p|pp)\s)/,
  php: /(Log::\w+\(|->(debug|info|notice|warning|error|critical|alert|emergency)\(|\berror_log\(|\bprint_r\(|\bvar_dump\(|\becho\s|\bprintf\()/,
};

function check(file) {
  const problems = [];
  if (file.lineCount < 60 || file.lineCount > 200) problems.push(`has ${file.lineCount} lines (want 60-200)`);
  const covered = new Array(file.lineCount + 1).fill(0);
  for (const l of file.labels) {
    for (let n = l.line; n <= l.endLine; n++) covered[n] += 1;
  }
  const skipped = [];
  for (let n = 1; n <= file.lineCount; n++) {
    if (covered[n] > 1) problems.push(`line ${n} labelled ${covered[n]} times`);
    if (covered[n] === 0) skipped.push(n);
  }
  const lines = file.content.split('\n');
  for (const l of file.labels.filter((x) => x.expect)) {
    if (!SINKS[file.lang].test(lines[l.line - 1])) problems.push(`leak at line ${l.line} does not look like a log call: ${lines[l.line - 1].trim()}`);
  }
  return { problems, skipped };
}

const LANG_NAMES = {
  javascript: 'JavaScript', typescript: 'TypeScript', python: 'Python', go: 'Go',
  java: 'Java', csharp: 'C#', ruby: 'Ruby', php: 'PHP',
};

function main() {
  const seen = new Set();
  let failed = false;
  const unlabeled = [];
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`duplicate path ${f.path}`);
    seen.add(f.path);
    const { problems, skipped } = check(f);
    for (const p of problems) {
      console.error(`ERROR ${f.path}: ${p}`);
      failed = true;
    }
    for (const n of skipped) unlabeled.push(`${f.path}:${n}`);
  }
  if (failed) process.exit(1);

  // Only wipe the output dir if it looks like a corpus this script produced before.
  if (fs.existsSync(path.join(OUT, 'labels.json'))) fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });

  const labels = [];
  for (const f of files) {
    const dest = path.join(OUT, f.path);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, f.content);
    labels.push(...f.labels);
  }
  fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');

  // ---- summary ----
  const byLang = {};
  for (const f of files) {
    const s = (byLang[f.lang] ??= { files: 0, lines: 0, leaks: 0, safe: 0 });
    s.files += 1;
    s.lines += f.lineCount;
    s.leaks += f.labels.filter((l) => l.expect).length;
    s.safe += f.labels.filter((l) => l.rule === 'negative').length;
  }
  const leaks = labels.filter((l) => l.expect);
  const safe = labels.filter((l) => l.rule === 'negative');
  const none = labels.filter((l) => l.rule === 'none');
  const tally = (arr) => {
    const t = {};
    for (const l of arr) for (const tag of l.tags) t[tag] = (t[tag] ?? 0) + 1;
    return Object.entries(t).sort((a, b) => b[1] - a[1]);
  };

  console.log(`Corpus written to ${OUT}`);
  console.log(`${files.length} files, ${files.reduce((a, f) => a + f.lineCount, 0)} lines, ${labels.length} label entries`);
  console.log('\nFiles per language:');
  for (const [lang, s] of Object.entries(byLang)) {
    console.log(`  ${LANG_NAMES[lang].padEnd(11)} files=${s.files} lines=${s.lines} leaks=${s.leaks} safe=${s.safe}`);
  }
  console.log(`\nLeaks (expect:true): ${leaks.length} (${leaks.filter((l) => l.endLine > l.line).length} multi-line)`);
  for (const [tag, n] of tally(leaks)) console.log(`  ${tag.padEnd(20)} ${n}`);
  console.log(`\nPlanted safe lines (rule "negative"): ${safe.length} (${safe.filter((l) => l.endLine > l.line).length} multi-line)`);
  for (const [tag, n] of tally(safe)) console.log(`  ${tag.padEnd(20)} ${n}`);
  console.log(`\nOrdinary lines (rule "none"): ${none.length}`);
  console.log(`Lines left unlabeled (unsure): ${unlabeled.length}${unlabeled.length ? ' -> ' + unlabeled.join(', ') : ''}`);
}

main();
