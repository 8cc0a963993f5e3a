// Line-oriented document builder that records labels as lines are emitted.
export class Doc {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.labels = [];
    this.checks = []; // { line, endLine, value } for positives (not written to labels.json)
  }
  _push(text) {
    const parts = String(text).split('\n');
    const start = this.lines.length + 1;
    this.lines.push(...parts);
    return [start, this.lines.length];
  }
  // plain, unlabeled lines (a string may contain several lines)
  t(...texts) { for (const x of texts) this._push(x); return this; }
  // positive on a single line; `value` is the planted secret and must occur on that line
  p(text, rule, value, ...tags) {
    if (String(text).includes('\n')) throw new Error(`p() takes one line: ${this.path}`);
    return this._pos(text, rule, value, tags);
  }
  // positive spanning several lines (PEM blocks)
  pb(lines, rule, value, ...tags) { return this._pos(lines.join('\n'), rule, value, tags); }
  _pos(text, rule, value, tags) {
    if (!value || !String(text).includes(value)) throw new Error(`planted value missing: ${this.path}: ${text}`);
    const [a, b] = this._push(text);
    this.labels.push({ file: this.path, line: a, endLine: b, expect: true, rule, tags });
    this.checks.push({ line: a, endLine: b, value });
    return this;
  }
  // hard negative on one line
  n(text, ...tags) {
    if (String(text).includes('\n')) throw new Error(`n() takes one line: ${this.path}`);
    return this.nb([text], ...tags);
  }
  // hard negative spanning several lines
  nb(lines, ...tags) {
    const [a, b] = this._push(lines.join('\n'));
    this.labels.push({ file: this.path, line: a, endLine: b, expect: false, rule: 'negative', tags });
    return this;
  }
  content() { return this.lines.join('\n') + '\n'; }
}

export const indent = (lines, n) => lines.map((l) => (l === '' ? '' : ' '.repeat(n) + l));
