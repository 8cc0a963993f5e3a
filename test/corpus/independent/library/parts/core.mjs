// Core helpers: seeded PRNG, template tag, line-marker builder.
import crypto from 'node:crypto';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const DIG = '0123456789';
export const ALNUM = UP + LO + DIG;
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';

export function makeRng(seed) {
  const r = mulberry32(seed);
  const int = (n) => Math.floor(r() * n);
  const pick = (arr) => arr[int(arr.length)];
  const rs = (alpha, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha[int(alpha.length)];
    return s;
  };
  const uuid = () => {
    const h = rs(HEX, 32).split('');
    h[12] = '4';
    h[16] = '89ab'[int(4)];
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { r, int, pick, rs, uuid };
}

// Template tag: uses raw strings so backslashes survive; `\${` -> `${` and "\`" -> "`".
export function t(strings, ...vals) {
  let out = '';
  strings.raw.forEach((s, i) => {
    out += s.replace(/\\(\$\{|`)/g, '$1');
    if (i < vals.length) out += String(vals[i]);
  });
  return out;
}

export const sha256hex = (s) => crypto.createHash('sha256').update(s).digest('hex');
export const b64url = (buf) => Buffer.from(buf).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/*
 Line markers (at line start, stripped from output):
   @@N:tag|      hard negative line (rule "negative", tags [tag])
   @@NB:tag|     start of multi-line negative block; every line until @@E| (inclusive) is its own negative entry
   @@S:rule|     single-line secret (rule; extra tags via rule#tag#tag)
   @@M:rule|     start of multi-line secret, runs until a line starting @@E| (inclusive) -> one entry
   @@?|          unsure: no label emitted
 Unmarked lines: rule "none".
*/
export function buildFile(path, text) {
  let body = text.replace(/^\n/, '').replace(/\n\s*$/, '');
  const src = body.split('\n');
  const lines = [];
  const labels = [];
  const unsure = [];
  let open = null;
  const neg = (n, tag) => ({ file: path, line: n, endLine: n, expect: false, rule: 'negative', tags: [tag] });
  for (const l of src) {
    const n = lines.length + 1;
    if (open) {
      let content = l;
      let end = false;
      if (l.startsWith('@@E|')) { content = l.slice(4); end = true; }
      if (content.startsWith('@@')) throw new Error(`${path}:${n} nested marker`);
      lines.push(content);
      if (open.kind === 'NB') labels.push(neg(n, open.tag));
      if (end) {
        if (open.kind === 'M') labels.push({ file: path, line: open.start, endLine: n, expect: true, rule: open.rule, tags: open.tags });
        open = null;
      }
      continue;
    }
    const m = l.match(/^@@(N|NB|S|M|\?)(?::([^|]*))?\|/);
    if (!m) {
      if (l.includes('@@E|')) throw new Error(`${path}:${n} stray end marker`);
      lines.push(l);
      labels.push({ file: path, line: n, endLine: n, expect: false, rule: 'none', tags: [] });
      continue;
    }
    const content = l.slice(m[0].length);
    lines.push(content);
    const [rule, ...tags] = (m[2] ?? '').split('#');
    switch (m[1]) {
      case 'N': labels.push(neg(n, rule)); break;
      case 'NB': open = { kind: 'NB', tag: rule, start: n }; labels.push(neg(n, rule)); break;
      case 'S': labels.push({ file: path, line: n, endLine: n, expect: true, rule, tags }); break;
      case 'M': open = { kind: 'M', rule, tags, start: n }; break;
      case '?': unsure.push(n); break;
    }
  }
  if (open) throw new Error(`${path}: unterminated block starting line ${open.start}`);
  return { path, content: lines.join('\n') + '\n', lines, labels, unsure };
}
