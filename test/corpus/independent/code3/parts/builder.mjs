// File builder that tracks line numbers and labels as content is appended.
export function mk(name) {
  const blocks = [];
  const strip = (t) => t.replace(/^\n/, '').replace(/\n$/, '').split('\n');
  const f = {
    name,
    o(text) { for (const l of strip(text)) blocks.push({ lines: [l], kind: 'none' }); return f; },
    s(text, rule, tags = []) { blocks.push({ lines: Array.isArray(text) ? text : text.split('\n'), kind: 'secret', rule, tags }); return f; },
    n(text, tag) { for (const l of strip(text)) blocks.push({ lines: [l], kind: 'neg', tag }); return f; },
    build() {
      const out = [], labels = [];
      for (const b of blocks) {
        const start = out.length + 1;
        out.push(...b.lines);
        const end = out.length;
        if (b.kind === 'secret') labels.push({ file: name, line: start, endLine: end, expect: true, rule: b.rule, tags: b.tags });
        else for (let i = start; i <= end; i++) labels.push({ file: name, line: i, endLine: i, expect: false, rule: b.kind === 'neg' ? 'negative' : 'none', tags: b.kind === 'neg' ? [b.tag] : [] });
      }
      return { text: out.join('\n') + '\n', labels, lines: out.length };
    },
  };
  return f;
}
