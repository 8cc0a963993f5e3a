// Tiny templating layer: files are written as tagged templates; planted values are
// wrapped with P() (positive) or N() (hard negative). Each wrapper leaves a sentinel
// in the text, which resolve() replaces with the value while recording its line span.

const OPEN = '\u27e6';
const CLOSE = '\u27e7';
const REG = [];

export function P(rule, value, tags = []) {
  REG.push({ expect: true, rule, value: String(value), tags });
  return OPEN + (REG.length - 1) + CLOSE;
}

export function N(value, tags = []) {
  REG.push({ expect: false, rule: 'negative', value: String(value), tags });
  return OPEN + (REG.length - 1) + CLOSE;
}

// Output-literal helpers: D -> "${", KD -> "\${" (Kotlin / Groovy escaped placeholder), BT -> backtick.
export const D = '$' + '{';
export const KD = '\\$' + '{';
export const BT = '`';

// Raw template tag: keeps backslashes verbatim; only \` and \${ are unescaped.
export function src(strings, ...vals) {
  let out = '';
  strings.raw.forEach((s, i) => {
    out += s.replace(/\\`/g, '`').replace(/\\\$\{/g, '${');
    if (i < vals.length) out += String(vals[i]);
  });
  out = out.replace(/^\n/, '');
  if (!out.endsWith('\n')) out += '\n';
  return out;
}

const countNl = (s) => {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
};

export function resolve(path, text) {
  const labels = [];
  const re = new RegExp(OPEN + '(\\d+)' + CLOSE, 'g');
  let out = '';
  let line = 1;
  let last = 0;
  let m;
  while ((m = re.exec(text))) {
    const chunk = text.slice(last, m.index);
    out += chunk;
    line += countNl(chunk);
    const e = REG[Number(m[1])];
    if (e.used) throw new Error(`sentinel reused in ${path}`);
    e.used = true;
    const endLine = line + countNl(e.value);
    labels.push({ file: path, line, endLine, expect: e.expect, rule: e.rule, tags: e.tags, value: e.value });
    out += e.value;
    line = endLine;
    last = re.lastIndex;
  }
  out += text.slice(last);
  if (out.includes(OPEN) || out.includes(CLOSE)) throw new Error(`unresolved sentinel in ${path}`);
  return { content: out, labels };
}

export function unusedSentinels() {
  return REG.filter((e) => !e.used).length;
}
