// FileBuilder: appends lines and records a label for every line as it goes,
// so line numbers are always computed, never written by hand.

// Blocks are written flush-left in the generator source and kept verbatim:
// one leading and one trailing newline are dropped, nothing is dedented.
function blockLines(s) {
  return s.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
}

export class FileBuilder {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.labels = [];
    this.unsure = [];
    this.planted = []; // { line, endLine, secret } for self-checks
  }
  get n() { return this.lines.length; }

  #push(text) {
    if (text.includes('\n')) throw new Error(`${this.path}: newline inside single line: ${text.slice(0, 60)}`);
    this.lines.push(text);
    return this.lines.length;
  }

  // ordinary lines; accepts a template block (verbatim) or several strings
  text(block) {
    for (const l of blockLines(block)) this.line(l);
    return this;
  }
  line(...ls) {
    for (const l of ls) {
      const ln = this.#push(l);
      this.labels.push({ file: this.path, line: ln, endLine: ln, expect: false, rule: 'none', tags: [] });
    }
    return this;
  }
  blank() { return this.line(''); }

  // hard negative, one line
  neg(tag, text) {
    const ln = this.#push(text);
    this.labels.push({ file: this.path, line: ln, endLine: ln, expect: false, rule: 'negative', tags: [tag] });
    return this;
  }
  // hard negative spanning lines (each line labelled)
  negLines(tag, lines) {
    for (const l of lines) this.neg(tag, l);
    return this;
  }

  // planted secret on one line. m = { rule, provider, idiom, secret }
  pos(m, text) {
    const ln = this.#push(text);
    this.#posLabel(m, ln, ln);
    return this;
  }
  // planted secret spanning several lines -> one entry line..endLine
  posLines(m, lines) {
    const start = this.n + 1;
    for (const l of lines) this.#push(l);
    this.#posLabel(m, start, this.n);
    return this;
  }
  #posLabel(m, line, endLine) {
    if (!m.rule || !m.provider || !m.idiom) throw new Error(`${this.path}: incomplete meta`);
    this.labels.push({ file: this.path, line, endLine, expect: true, rule: m.rule, tags: [m.provider, m.idiom] });
    this.planted.push({ line, endLine, secret: m.secret, rule: m.rule });
  }

  // a line deliberately left unlabelled (ambiguous)
  skip(reason, text) {
    const ln = this.#push(text);
    this.unsure.push({ file: this.path, line: ln, reason });
    return this;
  }

  content() { return this.lines.join('\n') + '\n'; }
}

// meta helper: S(rule, provider, idiom, secret)
export const S = (rule, provider, idiom, secret) => ({ rule, provider, idiom, secret });
