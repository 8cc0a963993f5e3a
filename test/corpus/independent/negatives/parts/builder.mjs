// FileBuilder: accumulates lines and labels so line numbers are computed, never hand-written.
export class FileBuilder {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.labels = [];
  }
  get lineNo() { return this.lines.length + 1; }
  _push(text, expect, rule, tags, asRange) {
    const parts = String(text).split("\n");
    const start = this.lines.length + 1;
    for (const p of parts) this.lines.push(p);
    const end = this.lines.length;
    if (asRange) {
      this.labels.push({ file: this.path, line: start, endLine: end, expect, rule, tags });
    } else {
      for (let i = start; i <= end; i++) this.labels.push({ file: this.path, line: i, endLine: i, expect, rule, tags });
    }
    return this;
  }
  // ordinary lines (rule "none"); a multi-line string becomes one entry per line
  l(...texts) { for (const t of texts) this._push(t, false, "none", [], false); return this; }
  // block of ordinary lines written as a template string (leading/trailing newline trimmed)
  block(t) { return this.l(trimBlock(t)); }
  // hard negative: one entry per line
  n(text, tag) { return this._push(text, false, "negative", [tag], false); }
  // hard negative spanning multiple lines as one entry (e.g. public key blocks)
  nBlock(text, tag) { return this._push(text, false, "negative", [tag], true); }
  // planted secret; multi-line text becomes one entry line..endLine
  s(text, rule, tags = []) { return this._push(text, true, rule, tags, true); }
  // a line deliberately left unlabelled (genuinely ambiguous)
  skip(text) { this.lines.push(String(text)); return this; }
  content() { return this.lines.join("\n") + "\n"; }
}

export function trimBlock(t) {
  return t.replace(/^\n/, "").replace(/\n[ \t]*$/, "");
}
