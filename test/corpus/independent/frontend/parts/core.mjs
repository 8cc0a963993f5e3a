// Core helpers: seeded PRNG, random value generators, file builder with inline label markers.
import fs from 'node:fs';
import path from 'node:path';

// ---------- PRNG (xmur3 + mulberry32) ----------
function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = Math.random;
export function initRng(seed) { R = mulberry32(xmur3(String(seed))()); }

// ---------- alphabets ----------
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const DIG = '0123456789';
export const AN = UP + LO + DIG;
export const HEX = DIG + 'abcdef';
export const B64 = AN + '+/';
export const B64U = AN + '-_';
export const LOAN = LO + DIG;
export const UPAN = UP + DIG;

export const rnd = () => R();
export const int = (a, b) => a + Math.floor(R() * (b - a + 1));
export const pick = (arr) => arr[Math.floor(R() * arr.length)];
export function rs(alpha, n) {
  let s = '';
  for (let i = 0; i < n; i++) s += alpha[Math.floor(R() * alpha.length)];
  return s;
}
// random string guaranteed to contain each listed class (if n >= classes)
export function rsMix(alpha, n, classes = [UP, LO, DIG]) {
  const a = rs(alpha, n).split('');
  const used = new Set();
  for (const cls of classes) {
    if (a.some((c) => cls.includes(c))) continue;
    let idx = Math.floor(R() * n);
    for (let k = 0; k < n && used.has(idx); k++) idx = (idx + 1) % n;
    used.add(idx);
    a[idx] = cls[Math.floor(R() * cls.length)];
  }
  return a.join('');
}
export const digits = (n) => String(int(1, 9)) + rs(DIG, n - 1);
export const uuid = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-4${rs(HEX, 3)}-${pick(['8', '9', 'a', 'b'])}${rs(HEX, 3)}-${rs(HEX, 12)}`;
export const b64 = (s) => Buffer.from(s).toString('base64');
export const b64u = (s) => Buffer.from(s).toString('base64url');

// ---------- passwords ----------
const CONS = 'bcdfghjklmnprstvwxz';
const VOW = 'aeiouy';
function syl() { return rs(CONS, 1) + rs(VOW, 1) + (R() < 0.5 ? rs(CONS, 1) : ''); }
export function password(opts = {}) {
  const urlSafe = !!opts.urlSafe;
  const sym = urlSafe ? '!*-_.~' : '!%^&*-_+=?.@';
  const style = opts.style ?? int(0, 2);
  if (style === 0) {
    return rsMix(AN + sym, int(14, 22), [UP, LO, DIG, sym]);
  }
  if (style === 1) {
    // human-ish: Capitalised pseudo-word + digits + symbol + pseudo-word
    let w = syl() + syl();
    w = w[0].toUpperCase() + w.slice(1);
    return w + rs(DIG, int(2, 4)) + rs(sym, 1) + syl() + rs(UP, 1) + rs(LO, 1) + syl();
  }
  // generated with separators (password-manager style)
  const parts = [];
  for (let i = 0; i < 3; i++) parts.push(rsMix(AN, 6, [UP, LO, DIG]));
  return parts.join(pick(urlSafe ? ['-', '.', '_'] : ['-', '.', '_', '!']));
}

// ---------- markers & files ----------
const MARKS = [];
const FILES = [];
export function P(rule, text, value, tags = []) {
  if (!value || !text.includes(value)) throw new Error(`P(${rule}): value not in text: ${text.slice(0, 80)}`);
  const id = MARKS.push({ expect: true, rule, value, tags }) - 1;
  return `\u0001${id}\u0002${text}\u0003`;
}
export function N(text, tags = [], value = null) {
  if (value && !text.includes(value)) throw new Error(`N(): value not in text: ${text.slice(0, 80)}`);
  const id = MARKS.push({ expect: false, rule: 'negative', value, tags }) - 1;
  return `\u0001${id}\u0002${text}\u0003`;
}
export function file(rel, content) {
  if (content.startsWith('\n')) content = content.slice(1);
  if (!content.endsWith('\n')) content += '\n';
  FILES.push({ rel, content });
}

const MARK_RE = /\u0001(\d+)\u0002([\s\S]*?)\u0003/g;
const countNl = (s) => { let c = 0; for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) c++; return c; };

export function writeAll(outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const labels = [];
  const internal = [];
  const seenFiles = new Set();
  for (const { rel, content } of FILES) {
    if (seenFiles.has(rel)) throw new Error('duplicate file ' + rel);
    seenFiles.add(rel);
    let out = '';
    let last = 0;
    let nl = 0;
    MARK_RE.lastIndex = 0;
    let m;
    while ((m = MARK_RE.exec(content))) {
      const before = content.slice(last, m.index);
      out += before; nl += countNl(before);
      const mk = MARKS[Number(m[1])];
      const text = m[2];
      if (text.includes('\u0001')) throw new Error('nested marker in ' + rel);
      const line = nl + 1;
      const endLine = line + countNl(text);
      out += text; nl += countNl(text);
      last = m.index + m[0].length;
      const lab = { file: rel, line, endLine, expect: mk.expect, rule: mk.rule, tags: mk.tags };
      labels.push(lab);
      internal.push({ lab, value: mk.value });
    }
    out += content.slice(last);
    if (/[\u0001\u0002\u0003]/.test(out)) throw new Error('stray marker char in ' + rel);
    const abs = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, out);
  }
  labels.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  fs.writeFileSync(path.join(outDir, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
  selfCheck(outDir, internal);
  const pos = labels.filter((l) => l.expect).length;
  return { files: FILES.length, positives: pos, negatives: labels.length - pos };
}

function selfCheck(outDir, internal) {
  const cache = new Map();
  const read = (rel) => {
    if (!cache.has(rel)) cache.set(rel, fs.readFileSync(path.join(outDir, rel), 'utf8').split('\n'));
    return cache.get(rel);
  };
  const occupied = new Set();
  const posValues = [];
  for (const { lab, value } of internal) {
    const lines = read(lab.file);
    if (lab.line < 1 || lab.endLine < lab.line || lab.endLine > lines.length) throw new Error(`bad range ${lab.file}:${lab.line}`);
    for (let i = lab.line; i <= lab.endLine; i++) {
      const k = lab.file + ':' + i;
      if (occupied.has(k)) throw new Error('duplicate/overlapping label at ' + k);
      occupied.add(k);
    }
    const seg = lines.slice(lab.line - 1, lab.endLine).join('\n');
    if (!seg.trim()) throw new Error(`label on blank line ${lab.file}:${lab.line}`);
    if (lab.expect) {
      if (!seg.includes(value)) throw new Error(`positive value missing at ${lab.file}:${lab.line}`);
      posValues.push({ lab, value });
    } else if (value && !seg.includes(value)) {
      throw new Error(`negative value missing at ${lab.file}:${lab.line}`);
    }
  }
  // no positive secret may leak onto a line labelled negative
  for (const { lab } of internal) {
    if (lab.expect) continue;
    const seg = read(lab.file).slice(lab.line - 1, lab.endLine).join('\n');
    for (const pv of posValues) {
      if (pv.value.length >= 8 && seg.includes(pv.value)) throw new Error(`positive value of ${pv.lab.file}:${pv.lab.line} appears on negative line ${lab.file}:${lab.line}`);
    }
  }
  if (!Array.isArray(JSON.parse(fs.readFileSync(path.join(outDir, 'labels.json'), 'utf8')))) throw new Error('labels.json not array');
}

// unlabelled line helper (kept in code to make it easy to toggle a label off)
export function X(text) { return text; }
