// Builds one corpus file from an annotated template and computes its labels.
//
// Annotation syntax (a marker at the very end of a source line, stripped from output):
//   ⟦L:tag1,tag2⟧   the line leaks a secret to a log sink   -> expect:true,  rule "logging"
//   ⟦S:tag⟧         planted safe line beside the leaks       -> expect:false, rule "negative"
//   ⟦+⟧             continuation of the previous marked line (extends its endLine)
//   ⟦?⟧             unsure: emit no label for this line (continuations also skipped)
// Unmarked lines get expect:false, rule "none".
//
// Templates are written with String.raw; inside them a backtick is written as \` and
// a "${" as \${ (needed for JS/TS template literals and Go raw strings). Both escapes
// are undone here. For Go, leading groups of 4 spaces become tabs (gofmt style).

const MARK = /[ \t]*⟦([^⟧]+)⟧[ \t]*$/;

function entry(file, line, expect, rule, tags) {
  return { file, line, endLine: line, expect, rule, tags };
}

export function source(path, lang, raw) {
  const text = raw.replace(/\\`/g, '`').replace(/\\\$\{/g, '${');
  const lines = text.split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();

  const out = [];
  const labels = [];
  let last = null; // last labelled entry, 'skip' after ⟦?⟧, null after an unmarked line

  lines.forEach((rawLine, idx) => {
    const n = idx + 1;
    const m = rawLine.match(MARK);
    let code = m ? rawLine.slice(0, m.index) : rawLine;
    code = code.replace(/\s+$/, '');
    if (lang === 'go') code = code.replace(/^(?: {4})+/, (s) => '\t'.repeat(s.length / 4));
    out.push(code);

    if (!m) {
      labels.push(entry(path, n, false, 'none', []));
      last = null;
      return;
    }
    const mark = m[1].trim();
    if (mark === '+') {
      if (!last) throw new Error(`${path}:${n}: continuation marker without a preceding marked line`);
      if (last !== 'skip') last.endLine = n;
      return;
    }
    if (mark === '?') {
      last = 'skip';
      return;
    }
    const mm = mark.match(/^([LS]):([\w,-]+)$/);
    if (!mm) throw new Error(`${path}:${n}: bad marker "${mark}"`);
    const tags = mm[2].split(',');
    const e = mm[1] === 'L'
      ? entry(path, n, true, 'logging', tags)
      : entry(path, n, false, 'negative', tags);
    labels.push(e);
    last = e;
  });

  out.forEach((l, i) => {
    if (l.includes('⟦') || l.includes('⟧')) throw new Error(`${path}:${i + 1}: marker left in output`);
  });

  return { path, lang, content: out.join('\n') + '\n', lineCount: out.length, labels };
}
