// Inline labelling: p()/n() return sentinels that are embedded in a document
// template (or inside JSON strings before stringify). finalize() swaps each
// sentinel for its (optionally escaped) value and records the 1-based line span.

const OPEN = '\u27E6', CLOSE = '\u27E7'; // ⟦ ⟧
export const TICK = '\u2035'; // ‵ -> ` (lets templates contain backticks without escaping)

export class Marks {
  constructor() {
    this.list = [];
    this.p = (value, rule, tags = []) => this.add(value, true, rule, tags);
    this.n = (value, tags = []) => this.add(value, false, 'negative', tags);
  }
  add(value, expect, rule, tags) {
    if (typeof value !== 'string' || value.length === 0) throw new Error('bad mark value: ' + value);
    if (value.includes(OPEN)) throw new Error('nested mark');
    const id = this.list.length;
    this.list.push({ value: value.split(TICK).join('`'), expect, rule, tags, used: 0 });
    return OPEN + id + CLOSE;
  }
}

const nl = (s) => { let c = 0; for (const ch of s) if (ch === '\n') c++; return c; };

export const jsonEscape = (slash) => (v) => {
  let s = JSON.stringify(v).slice(1, -1);
  if (slash) s = s.replace(/\//g, '\\/');
  return s;
};

export function finalize(file, content, marks, escape = (v) => v) {
  content = content.split(TICK).join('`');
  const re = new RegExp(OPEN + '(\\d+)' + CLOSE, 'g');
  let out = '', line = 1, last = 0;
  const raw = [];
  for (const m of content.matchAll(re)) {
    const chunk = content.slice(last, m.index);
    out += chunk; line += nl(chunk);
    const mk = marks.list[+m[1]];
    mk.used++;
    const v = escape(mk.value);
    const start = line, end = line + nl(v);
    raw.push({ line: start, endLine: end, expect: mk.expect, rule: mk.rule, tags: mk.tags, needle: v });
    out += v; line = end; last = m.index + m[0].length;
  }
  out += content.slice(last);
  for (const [i, mk] of marks.list.entries()) if (mk.used !== 1) throw new Error(`${file}: mark ${i} used ${mk.used}x (${mk.value.slice(0, 40)})`);

  // merge marks that land on the same line span
  const byKey = new Map();
  for (const l of raw) {
    const k = l.line + ':' + l.endLine;
    const prev = byKey.get(k);
    if (!prev) { byKey.set(k, { ...l, needles: [l.needle] }); continue; }
    if (prev.expect !== l.expect) throw new Error(`${file}:${l.line} conflicting expectations`);
    if (prev.expect && prev.rule !== l.rule) throw new Error(`${file}:${l.line} two different positives on one line`);
    prev.tags = [...new Set([...prev.tags, ...l.tags])];
    prev.needles.push(l.needle);
  }
  const labels = [...byKey.values()].sort((a, b) => a.line - b.line);
  for (let i = 1; i < labels.length; i++) {
    if (labels[i].line <= labels[i - 1].endLine) throw new Error(`${file}:${labels[i].line} overlapping label spans`);
  }
  return { text: out, labels };
}
