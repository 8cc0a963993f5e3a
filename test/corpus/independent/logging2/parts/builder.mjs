// Shared helpers for the logging-leak corpus generator.
//
// Source text is written with `t` (a raw tagged template). Inside it:
//   - write `\${` for a literal `${` and \` for a literal backtick;
//     any real interpolation is rejected so mistakes fail loudly.
//   - a line starting with `@@L:tag1,tag2|` is a planted LEAK (expect true).
//     Following lines starting with `@@+|` continue the same leak (multi-line
//     log call), producing a single label line..endLine.
//   - `@@S:tag|` marks a planted SAFE line (expect false, rule "negative").
//   - `@@?|` marks a line left unlabeled (ambiguous on purpose).
//   - any other line is an ordinary line (expect false, rule "none").
// Markers are stripped from the output and line numbers are computed here.

export function t(strings, ...values) {
  if (values.length) {
    throw new Error('unexpected interpolation in corpus template near: ' + strings.raw[0].slice(-120));
  }
  return strings.raw[0].replace(/\\(\$\{|`)/g, '$1');
}

export function build(file, lang, text) {
  const lines = text.split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();

  const out = [];
  const labels = [];
  let current = null;
  for (const raw of lines) {
    const n = out.length + 1;
    let m;
    if ((m = raw.match(/^@@L:([\w,-]+)\|(.*)$/))) {
      current = { file, line: n, endLine: n, expect: true, rule: 'logging', tags: m[1].split(',') };
      labels.push(current);
      out.push(m[2]);
      continue;
    }
    if ((m = raw.match(/^@@\+\|(.*)$/))) {
      if (!current) throw new Error(`${file}:${n}: continuation without a leak start`);
      current.endLine = n;
      out.push(m[1]);
      continue;
    }
    current = null;
    if ((m = raw.match(/^@@S:([\w,-]+)\|(.*)$/))) {
      labels.push({ file, line: n, endLine: n, expect: false, rule: 'negative', tags: m[1].split(',') });
      out.push(m[2]);
      continue;
    }
    if ((m = raw.match(/^@@\?\|(.*)$/))) {
      out.push(m[1]);
      continue;
    }
    if (raw.startsWith('@@')) throw new Error(`${file}:${n}: malformed marker: ${raw}`);
    labels.push({ file, line: n, endLine: n, expect: false, rule: 'none', tags: [] });
    out.push(raw);
  }
  return { file, lang, content: out.join('\n') + '\n', lineCount: out.length, labels };
}
