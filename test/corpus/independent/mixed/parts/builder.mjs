// File builders that compute line numbers themselves.
// A label is { expect, rule, tags }. Unlabeled lines become rule "none".
export const files = []; // { path, kind, lines: [], marks: Map<lineNo, label> }

export const POS = (rule, ...tags) => ({ expect: true, rule, tags: tags.length ? tags : [rule] });
export const NEG = (tag) => ({ expect: false, rule: 'negative', tags: [tag] });
export const LOG = () => ({ expect: true, rule: 'logging', tags: ['logging'] });
export const SAFELOG = () => NEG('safe-logging');

class FileBuilder {
  constructor(path, kind) {
    this.path = path; this.kind = kind; this.lines = []; this.marks = new Map();
  }
  // add one line (may not contain "\n"), with optional label
  l(text = '', label) {
    if (text.includes('\n')) throw new Error(`${this.path}: newline in l(): ${text}`);
    this.lines.push(text);
    if (label) this.marks.set(this.lines.length, label);
    return this;
  }
  // add several unlabeled lines (string with newlines or array)
  t(block) {
    const arr = Array.isArray(block) ? block : block.replace(/\n$/, '').split('\n');
    for (const x of arr) this.l(x);
    return this;
  }
  get n() { return this.lines.length; }
}

export function file(path, kind) {
  const fb = new FileBuilder(path, kind);
  files.push(fb);
  return fb;
}

// For generated JSON (ipynb, Postman): serialize, then locate each needle.
// Each needle must occur on exactly one line.
export function fromText(path, kind, text, marks) {
  const fb = new FileBuilder(path, kind);
  fb.lines = text.replace(/\n$/, '').split('\n');
  for (const { needle, label } of marks) {
    const hits = [];
    fb.lines.forEach((ln, i) => { if (ln.includes(needle)) hits.push(i + 1); });
    if (hits.length !== 1) throw new Error(`${path}: needle ${JSON.stringify(needle)} found on ${hits.length} lines`);
    const prev = fb.marks.get(hits[0]);
    if (prev && (prev.expect !== label.expect || prev.rule !== label.rule)) {
      throw new Error(`${path}:${hits[0]} conflicting labels`);
    }
    fb.marks.set(hits[0], label);
  }
  files.push(fb);
  return fb;
}
