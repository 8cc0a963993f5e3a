// Core helpers: seeded PRNG, a line-tracking document builder, and a JSON
// pretty-printer that carries per-line labels.

export function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const rnd = mulberry32(0x5EC12E7);
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(rnd() * arr.length)];

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';
export const str = (n, alpha) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)];
  return s;
};

// Every planted secret value is registered so the generator can verify that
// no unlabelled / negative line accidentally contains one.
export const SECRET_VALUES = new Set();
export const reg = (v) => { SECRET_VALUES.add(String(v)); return v; };

// ---- labelled JSON values -------------------------------------------------
export class Mark {
  constructor(kind, value, rule, tags) { this.kind = kind; this.value = value; this.rule = rule; this.tags = tags; }
}
/** secret JSON value */
export const S = (value, rule, tags = []) => new Mark('secret', value, rule, tags);
/** hard-negative JSON value */
export const N = (value, tag, tags = []) => new Mark('neg', value, 'negative', [tag, ...tags]);

export function unmark(v) {
  if (v instanceof Mark) return v.value;
  if (Array.isArray(v)) return v.map(unmark);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) o[k] = unmark(v[k]);
    return o;
  }
  return v;
}

function ser(v, ind, keyPrefix, trailing, out, step) {
  const pad = ' '.repeat(ind * step);
  if (v instanceof Mark) {
    out.push({ text: pad + keyPrefix + JSON.stringify(v.value) + trailing, mark: v });
    return;
  }
  if (Array.isArray(v)) {
    if (!v.length) { out.push({ text: pad + keyPrefix + '[]' + trailing }); return; }
    out.push({ text: pad + keyPrefix + '[' });
    v.forEach((x, i) => ser(x, ind + 1, '', i < v.length - 1 ? ',' : '', out, step));
    out.push({ text: pad + ']' + trailing });
    return;
  }
  if (v && typeof v === 'object') {
    const ks = Object.keys(v);
    if (!ks.length) { out.push({ text: pad + keyPrefix + '{}' + trailing }); return; }
    out.push({ text: pad + keyPrefix + '{' });
    ks.forEach((k, i) => ser(v[k], ind + 1, JSON.stringify(k) + ': ', i < ks.length - 1 ? ',' : '', out, step));
    out.push({ text: pad + '}' + trailing });
    return;
  }
  out.push({ text: pad + keyPrefix + JSON.stringify(v) + trailing });
}

// ---- document builder -----------------------------------------------------
export class Doc {
  constructor(path, opts = {}) {
    this.path = path;
    this.items = []; // {texts:[...], kind, rule, tags}
    this.isJson = !!opts.json;
  }
  get nextLine() { return this.items.reduce((n, it) => n + it.texts.length, 0) + 1; }
  /** plain lines (each argument may contain newlines) */
  l(...texts) {
    for (const t of texts) for (const line of String(t).split('\n')) this.items.push({ texts: [line], kind: 'plain' });
    return this;
  }
  /** a single line holding a secret */
  s(text, rule, tags = []) {
    if (text.includes('\n')) throw new Error('secret line has newline: ' + this.path);
    this.items.push({ texts: [text], kind: 'secret', rule, tags });
    return this;
  }
  /** a multi-line secret (one label spanning all lines) */
  sBlock(lines, rule, tags = []) {
    this.items.push({ texts: [...lines], kind: 'secret', rule, tags });
    return this;
  }
  /** a hard negative line */
  n(text, tag, tags = []) {
    if (text.includes('\n')) throw new Error('neg line has newline: ' + this.path);
    this.items.push({ texts: [text], kind: 'neg', rule: 'negative', tags: [tag, ...tags] });
    return this;
  }
  /** append pretty-printed JSON with per-value marks */
  json(value, step = 2) {
    const out = [];
    ser(value, 0, '', '', out, step);
    for (const o of out) {
      if (!o.mark) this.items.push({ texts: [o.text], kind: 'plain' });
      else if (o.mark.kind === 'secret') this.items.push({ texts: [o.text], kind: 'secret', rule: o.mark.rule, tags: o.mark.tags });
      else this.items.push({ texts: [o.text], kind: 'neg', rule: 'negative', tags: o.mark.tags });
    }
    this.jsonValue = unmark(value);
    return this;
  }
  text() { return this.items.flatMap((i) => i.texts).join('\n') + '\n'; }
  labels() {
    const res = [];
    let line = 1;
    for (const it of this.items) {
      const end = line + it.texts.length - 1;
      if (it.kind === 'secret') res.push({ file: this.path, line, endLine: end, expect: true, rule: it.rule, tags: it.tags });
      else if (it.kind === 'neg') res.push({ file: this.path, line, endLine: end, expect: false, rule: 'negative', tags: it.tags });
      else for (let k = line; k <= end; k++) res.push({ file: this.path, line: k, endLine: k, expect: false, rule: 'none', tags: [] });
      line = end + 1;
    }
    return res;
  }
}
