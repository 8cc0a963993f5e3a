// Helpers for structured document formats (Jupyter, Slack/Teams exports, ...).

export function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

// split keeping the trailing newline on every line but the last (nbformat style)
export function nbLines(s) {
  const parts = s.split('\n');
  return parts.map((x, i) => (i < parts.length - 1 ? x + '\n' : x)).filter((x, i, a) => !(i === a.length - 1 && x === ''));
}

export function notebook(r, cells, { kernel = 'python3', display = 'Python 3 (ipykernel)', pyver = '3.11.8' } = {}) {
  let count = 0;
  const out = cells.map((c) => {
    const id = r.str('0123456789abcdef', 8);
    if (c.type === 'md') return { cell_type: 'markdown', id, metadata: {}, source: nbLines(c.src) };
    const ec = c.count === null ? null : ++count;
    const outputs = (c.outputs || []).map((o) => {
      if (o.kind === 'stream') return { name: o.name || 'stdout', output_type: 'stream', text: nbLines(o.text) };
      if (o.kind === 'result') return { data: { 'text/plain': nbLines(o.text), ...(o.extra || {}) }, execution_count: ec, metadata: {}, output_type: 'execute_result' };
      if (o.kind === 'display') return { data: o.data, metadata: {}, output_type: 'display_data' };
      if (o.kind === 'error') return { ename: o.ename, evalue: o.evalue, output_type: 'error', traceback: o.traceback };
      throw new Error('bad output');
    });
    return { cell_type: 'code', execution_count: ec, id, metadata: c.metadata || {}, outputs, source: nbLines(c.src) };
  });
  const nb = {
    cells: out,
    metadata: {
      kernelspec: { display_name: display, language: 'python', name: kernel },
      language_info: {
        codemirror_mode: { name: 'ipython', version: 3 }, file_extension: '.py', mimetype: 'text/x-python',
        name: 'python', nbconvert_exporter: 'python', pygments_lexer: 'ipython3', version: pyver,
      },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(sortKeys(nb), null, 1) + '\n';
}

export const PEOPLE = [
  ['Priya Raman', 'priya', 'U04PRAMAN1'], ['Tomasz Nowak', 'tomasz', 'U03TNOWAK2'], ['Aisha Bello', 'aisha', 'U05ABELLO3'],
  ['Lukas Meyer', 'lukas', 'U02LMEYER4'], ['Mei Lin', 'mei', 'U04MEILIN5'], ['Diego Alvarez', 'diego', 'U03DALVAR6'],
  ['Sam O\'Connor', 'sam', 'U05SOCONN7'], ['Hannah Kim', 'hannah', 'U02HANKIM8'], ['Jonas Berg', 'jonas', 'U04JBERG09'],
  ['Fatima Zahra', 'fatima', 'U03FZAHRA0'],
];
