// Core helpers: seeded PRNG, random strings, password generator, file builder.
// Everything random comes from ONE mulberry32 stream so output is reproducible.

export function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(0x0b5e7a3d);
export const rnd = () => rand();
export const ri = (n) => Math.floor(rand() * n);
export const rr = (a, b) => a + ri(b - a + 1);
export const pick = (arr) => arr[ri(arr.length)];

export const A = {
  UP: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  LO: 'abcdefghijklmnopqrstuvwxyz',
  DI: '0123456789',
  HEX: '0123456789abcdef',
};
A.AN = A.UP + A.LO + A.DI;
A.UPDI = A.UP + A.DI;
A.LODI = A.LO + A.DI;
A.B64 = A.AN + '+/';
A.B64U = A.AN + '-_';
A.CRYPT = './' + A.DI + A.UP + A.LO; // crypt(3) alphabet

export const rs = (n, alpha = A.AN) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alpha[ri(alpha.length)];
  return s;
};
export const hex = (n) => rs(n, A.HEX);
export const rbytes = (n) => Buffer.from(Array.from({ length: n }, () => ri(256)));
export const b64 = (nbytes) => rbytes(nbytes).toString('base64');
export const b64u = (nbytes) => rbytes(nbytes).toString('base64url');
export const uuid = () => {
  const h = hex(32).split('');
  h[12] = '4';
  h[16] = '89ab'[ri(4)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};
export const wrap = (s, w) => s.match(new RegExp(`.{1,${w}}`, 'g'));

// ---- registry of every planted secret value (used for self-checks) ----
export const SECRETS = new Set();
export const reg = (v) => {
  SECRETS.add(v);
  return v;
};

// ---- realistic passwords ----
const WORDS = [
  'harbor', 'copper', 'lantern', 'orchid', 'granite', 'falcon', 'meadow', 'tundra', 'cobalt',
  'saffron', 'quartz', 'willow', 'ember', 'glacier', 'thistle', 'marble', 'juniper', 'canyon',
  'pepper', 'sparrow', 'walnut', 'velvet', 'bramble', 'comet', 'fjord', 'nimbus', 'pylon',
  'rustle', 'timber', 'violet', 'zephyr', 'badger', 'cinder', 'dynamo', 'harpoon', 'kettle',
];
const cap = (w) => w[0].toUpperCase() + w.slice(1);

// sym: allowed symbol characters for the target file format
export function pw({ sym = '!@%^*-_+=.', style, min = 14, max = 22 } = {}) {
  const st = style ?? pick(['random', 'random', 'phrase', 'human', 'random']);
  let p;
  if (st === 'phrase') {
    const sep = sym.length ? pick(sym.split('').filter((c) => '-_.+'.includes(c)).concat(['-'])) : '';
    p = [cap(pick(WORDS)), pick(WORDS), cap(pick(WORDS))].join(sep) + rr(10, 99);
  } else if (st === 'human') {
    p = cap(pick(WORDS)) + (sym ? pick(sym.split('')) : '') + rr(1000, 9999) + cap(pick(WORDS)).slice(0, 3);
  } else if (st === 'alnum') {
    p = rs(rr(min, max), A.AN);
  } else {
    const n = rr(min, max);
    const alpha = A.AN + sym;
    do {
      p = rs(n, alpha);
    } while (!(/[A-Z]/.test(p) && /[a-z]/.test(p) && /[0-9]/.test(p) && (!sym || [...sym].some((c) => p.includes(c)))));
  }
  return reg(p);
}

// ---- file builder: tracks every line and its label ----
export class FB {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.labels = [];
  }
  get count() {
    return this.lines.length;
  }
  _push(text) {
    const parts = String(text).split('\n');
    const start = this.count + 1;
    for (const p of parts) this.lines.push(p);
    return [start, this.count];
  }
  // ordinary lines (may be multi-line text)
  o(...texts) {
    for (const t of texts) {
      for (const l of String(t).split('\n')) {
        const [s] = this._push(l);
        this.labels.push({ file: this.path, line: s, endLine: s, expect: false, rule: 'none', tags: [] });
      }
    }
    return this;
  }
  // planted secret: one entry covering all its lines
  s(text, rule, tags = []) {
    const [s, e] = this._push(text);
    this.labels.push({ file: this.path, line: s, endLine: e, expect: true, rule, tags });
    return this;
  }
  // hard negative: one entry per line, tagged with its kind
  n(text, tag, extra = []) {
    for (const l of String(text).split('\n')) {
      const [s] = this._push(l);
      if (!l.trim()) {
        this.labels.push({ file: this.path, line: s, endLine: s, expect: false, rule: 'none', tags: [] });
        continue;
      }
      this.labels.push({ file: this.path, line: s, endLine: s, expect: false, rule: 'negative', tags: [tag, ...extra] });
    }
    return this;
  }
  // hard negative spanning several lines (one logical value): one ranged entry
  nb(text, tag, extra = []) {
    const [s, e] = this._push(text);
    this.labels.push({ file: this.path, line: s, endLine: e, expect: false, rule: 'negative', tags: [tag, ...extra] });
    return this;
  }
  // line we are not sure about: written but left unlabeled
  u(text, why) {
    const [s, e] = this._push(text);
    this.unsure = this.unsure ?? [];
    this.unsure.push({ file: this.path, line: s, endLine: e, why });
    return this;
  }
  build() {
    return { path: this.path, content: this.lines.join('\n') + '\n', labels: this.labels, unsure: this.unsure ?? [] };
  }
}
