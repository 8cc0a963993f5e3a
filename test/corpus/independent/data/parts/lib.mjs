// Shared helpers: seeded PRNG, random value builders, file builder with labels.

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
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B32 = UPPER + '234567';
export const B64 = ALNUM + '+/';
export const BCRYPT_ALPHA = './' + ALNUM;

const SYMSETS = {
  gen: '!*-_.+^~@=',
  url: '-_.~!*',
  shell: '-_.+^~@=',
  xml: '!*-_.+^~@=',
  ini: '!*-_.+^~@',
  conn: '!*-_.+^~@', // key=value;key=value strings: no ; or =
};

export class FileB {
  constructor(path, tags = []) {
    this.path = path;
    this.lines = [];
    this.labels = [];
    this.tags = tags;
  }
  // plain text block; a single leading and trailing newline are trimmed
  t(text) {
    let s = text;
    if (s.startsWith('\n')) s = s.slice(1);
    if (s.endsWith('\n')) s = s.slice(0, -1);
    for (const l of s.split('\n')) this.lines.push(l);
    return this;
  }
  // positive: text may span lines; value must be inside
  p(text, rule, value, tags = []) {
    const ls = text.split('\n');
    const start = this.lines.length + 1;
    for (const l of ls) this.lines.push(l);
    this.labels.push({ line: start, endLine: start + ls.length - 1, expect: true, rule, tags: [...this.tags, ...tags], value });
    return this;
  }
  // negative: single line
  n(text, tags = []) {
    if (text.includes('\n')) throw new Error('negative must be single line: ' + this.path);
    this.lines.push(text);
    const ln = this.lines.length;
    this.labels.push({ line: ln, endLine: ln, expect: false, rule: 'negative', tags: [...this.tags, ...tags] });
    return this;
  }
  content() {
    return this.lines.join('\n') + '\n';
  }
}

export class Ctx {
  constructor(seed) {
    this.seed = seed;
    this.rand = mulberry32(xmur3(seed)());
    this.files = [];
  }
  file(path, tags = []) {
    const f = new FileB(path, tags);
    this.files.push(f);
    return f;
  }
  int(a, b) {
    return a + Math.floor(this.rand() * (b - a + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.rand() * arr.length)];
  }
  chance(p) {
    return this.rand() < p;
  }
  str(alpha, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha[Math.floor(this.rand() * alpha.length)];
    return s;
  }
  shuffle(arr) {
    const a = [...arr];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  hex(n) {
    return this.str(HEX, n);
  }
  bytes(n) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(this.rand() * 256);
    return b;
  }
  b64(nBytes) {
    return this.bytes(nBytes).toString('base64');
  }
  b64url(nBytes) {
    return this.bytes(nBytes).toString('base64url');
  }
  uuid() {
    const h = this.hex(32);
    const v = '89ab'[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  syl() {
    return this.pick('bcdfghjklmnprstvwxz'.split('')) + this.pick('aeiouy'.split('')) + this.pick('bcdfgklmnprstvxz'.split(''));
  }
  // realistic password. kind selects allowed symbol set
  pw(kind = 'gen') {
    const sym = SYMSETS[kind] || SYMSETS.gen;
    const style = this.int(0, 2);
    if (style === 0) {
      const n = this.int(16, 24);
      const chars = [this.str(UPPER, 1), this.str(LOWER, 1), this.str(DIGITS, 1), this.str(sym, 1), this.str(sym, 1)];
      const all = ALNUM + ALNUM + sym;
      while (chars.length < n) chars.push(this.str(all, 1));
      let out = this.shuffle(chars).join('');
      if (!/^[A-Za-z0-9]/.test(out)) out = this.str(ALNUM, 1) + out;
      return out;
    }
    if (style === 1) {
      const a = this.syl() + this.syl();
      const out =
        a[0].toUpperCase() + a.slice(1) + this.str(sym, 1) + this.str(DIGITS, this.int(2, 4)) + this.syl() + this.str(UPPER, 1) + this.str(sym, 1) + this.str(DIGITS, 1);
      return out;
    }
    const n = this.int(20, 30);
    let base = this.str(ALNUM, n);
    const pos = this.int(3, n - 3);
    base = base.slice(0, pos) + this.str(sym, 1) + base.slice(pos);
    return base.replace(/^[a-z]/, (m) => m.toUpperCase()) + this.str(DIGITS, 1);
  }
  pwAlnum(n = 28) {
    return this.str(UPPER, 1) + this.str(LOWER, 1) + this.str(DIGITS, 1) + this.str(ALNUM, n - 3);
  }
  awsKeyId() {
    return 'AK' + 'IA' + this.str(B32, 16);
  }
  awsSecret() {
    return this.str(B64, 40);
  }
  azureKey() {
    return this.b64(64);
  }
  fernet() {
    return this.b64url(32) + '=';
  }
  dapi() {
    return 'da' + 'pi' + this.hex(32);
  }
  ghp() {
    return 'gh' + 'p_' + this.str(ALNUM, 36);
  }
  slackHook() {
    return 'https://hooks.' + 'slack.com/services/' + 'T' + this.str(UPPER + DIGITS, 8) + '/B' + this.str(UPPER + DIGITS, 10) + '/' + this.str(ALNUM, 24);
  }
  natsSeed() {
    return 'S' + 'U' + this.str(B32, 56);
  }
  natsPub() {
    return 'U' + this.pick(['A', 'B', 'C', 'D']) + this.str(B32, 54);
  }
  scram() {
    return 'SCRAM-SHA-256' + '$4096:' + this.b64(16) + '$' + this.b64(32) + ':' + this.b64(32);
  }
  pgmd5() {
    return 'md5' + this.hex(32);
  }
  bcrypt(cost = 12) {
    return '$2b$' + String(cost).padStart(2, '0') + '$' + this.str(BCRYPT_ALPHA, 53);
  }
  mysqlHash() {
    return '*' + this.hex(40).toUpperCase();
  }
  // PEM private key; returns {text, value}
  pem(kind = 'rsa') {
    const label = kind === 'enc' ? 'ENCRYPTED PRIVATE KEY' : 'PRIVATE KEY';
    const prefix = kind === 'enc' ? 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
    const total = kind === 'enc' ? 1748 : 1620;
    let body = prefix + this.str(B64, total - prefix.length - 4);
    body += kind === 'enc' ? this.str(B64, 4) : this.str(B64, 3) + '=';
    const lines = body.match(/.{1,64}/g);
    const begin = '-----' + 'BEGIN ' + label + '-----';
    const end = '-----' + 'END ' + label + '-----';
    return { lines: [begin, ...lines, end], text: [begin, ...lines, end].join('\n'), value: lines[2], inline: [begin, ...lines, end].join('\\n') + '\\n' };
  }
  pubPem() {
    const body = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + this.str(B64, 392 - 44 - 8) + this.str(B64, 4) + 'IDAQAB';
    const lines = body.match(/.{1,64}/g);
    return ['-----' + 'BEGIN PUBLIC KEY-----', ...lines, '-----' + 'END PUBLIC KEY-----'];
  }
}

// Jupyter notebook builder. cells: [{type, src:[items], outputs:[{kind:'stream', text:[items]}|{kind:'result', text:[items]}]}]
// item: string | {p, rule, value, tags} | {n, tags}
export function notebook(f, cells, kernel = 'python3') {
  const esc = (s) => JSON.stringify(s);
  const emitItems = (items, indent) => {
    items.forEach((it, i) => {
      const last = i === items.length - 1;
      const raw = typeof it === 'string' ? it : it.p !== undefined ? it.p : it.n;
      const line = indent + esc(last ? raw : raw + '\n') + (last ? '' : ',');
      if (typeof it === 'string') f.t(line);
      else if (it.p !== undefined) f.p(line, it.rule, it.value, it.tags || []);
      else f.n(line, it.tags || []);
    });
  };
  f.t('{\n "cells": [');
  let count = 1;
  cells.forEach((c, ci) => {
    f.t('  {');
    f.t(`   "cell_type": "${c.type}",`);
    if (c.type === 'code') f.t(`   "execution_count": ${c.outputs && c.outputs.length ? count++ : 'null'},`);
    f.t(`   "id": "${c.id}",`);
    f.t('   "metadata": {},');
    if (c.type === 'code') {
      const outs = c.outputs || [];
      if (!outs.length) f.t('   "outputs": [],');
      else {
        f.t('   "outputs": [');
        outs.forEach((o, oi) => {
          f.t('    {');
          if (o.kind === 'stream') {
            f.t('     "name": "stdout",');
            f.t('     "output_type": "stream",');
            f.t('     "text": [');
            emitItems(o.text, '      ');
            f.t('     ]');
          } else {
            f.t('     "data": {');
            f.t('      "text/plain": [');
            emitItems(o.text, '       ');
            f.t('      ]');
            f.t('     },');
            f.t(`     "execution_count": ${count - 1},`);
            f.t('     "metadata": {},');
            f.t('     "output_type": "execute_result"');
          }
          f.t('    }' + (oi === outs.length - 1 ? '' : ','));
        });
        f.t('   ],');
      }
    }
    f.t('   "source": [');
    emitItems(c.src, '    ');
    f.t('   ]');
    f.t('  }' + (ci === cells.length - 1 ? '' : ','));
  });
  f.t(` ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "${kernel}"
  },
  "language_info": {
   "name": "python",
   "version": "3.11.6"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}`);
}
