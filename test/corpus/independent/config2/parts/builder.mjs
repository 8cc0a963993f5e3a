// File builder: entries are strings (ordinary lines, may contain \n) or [text, expect, rule, tags]
export const S = (text, rule, ...tags) => [text, true, rule, tags];
export const N = (text, tag) => [text, false, 'negative', [tag]];
export function build(name, entries) {
  const lines = [], labels = [];
  for (const e of entries) {
    if (typeof e === 'string') {
      for (const l of e.split('\n')) { lines.push(l); labels.push({ file: name, line: lines.length, endLine: lines.length, expect: false, rule: 'none', tags: [] }); }
      continue;
    }
    const [text, expect, rule, tags] = e;
    const start = lines.length + 1;
    lines.push(...(Array.isArray(text) ? text : text.split('\n')));
    labels.push({ file: name, line: start, endLine: lines.length, expect, rule, tags });
  }
  return { name, content: lines.join('\n') + '\n', labels, nlines: lines.length };
}
