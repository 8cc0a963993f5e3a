// FileBuilder: accumulates lines and one label entry per line (or one per multi-line secret).
export class FileBuilder {
  constructor(path) { this.path = path; this.lines = []; this.labels = []; }
  _push(text) {
    const ls = String(text).split('\n');
    const start = this.lines.length + 1;
    this.lines.push(...ls);
    return [start, start + ls.length - 1];
  }
  // ordinary lines (each arg may hold several lines)
  n(...texts) {
    for (const t of texts) {
      const [s, e] = this._push(t);
      for (let l = s; l <= e; l++) this.labels.push({ file: this.path, line: l, endLine: l, expect: false, rule: 'none', tags: [] });
    }
    return this;
  }
  // hard negative: each line gets its own negative entry
  neg(text, tag) {
    const [s, e] = this._push(text);
    for (let l = s; l <= e; l++) this.labels.push({ file: this.path, line: l, endLine: l, expect: false, rule: 'negative', tags: [tag] });
    return this;
  }
  // planted secret: one entry spanning all its lines
  pos(text, rule, tags = []) {
    if (!Array.isArray(tags)) tags = [tags];
    const [s, e] = this._push(text);
    this.labels.push({ file: this.path, line: s, endLine: e, expect: true, rule, tags });
    return this;
  }
  content() { return this.lines.join('\n') + '\n'; }
}
export const fb = (p) => new FileBuilder(p);
