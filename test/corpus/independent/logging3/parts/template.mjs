// Template expansion + label extraction.
//
// Markup understood inside parts/templates/**/*.tmpl (all markers use the
// U+27E6/U+27E7 brackets so they never collide with real source syntax):
//   ⟦meta lang=X loggers=a,b⟧   first line, file-level tags (line removed)
//   ⟦def name=a|b|c⟧            whole line, seeded choice (line removed)
//   ⟦$name⟧                     use a def'd value
//   ⟦pick:a|b|c⟧                inline one-off seeded choice
//   ⟦P:tag,tag⟧ / ⟦N:tag,tag⟧   label the logging call starting on this line
//                               (P = expect true, N = expect false)
//   ⟦P+:tags⟧ ... ⟦E⟧           multi-line call; ⟦E⟧ sits on the last line

const OPEN = '\u27e6';
const CLOSE = '\u27e7';

export function expandTemplate(text, rng, relOut) {
  const rawLines = text.replace(/\r\n/g, '\n').split('\n');
  let meta = { lang: 'unknown', loggers: [] };
  const defs = {};
  const kept = [];
  for (const line of rawLines) {
    const m = line.match(/^\s*⟦meta ([^⟧]*)⟧\s*$/);
    if (m) {
      for (const kv of m[1].trim().split(/\s+/)) {
        const [k, v] = kv.split('=');
        if (k === 'lang') meta.lang = v;
        if (k === 'loggers') meta.loggers = v.split(',').filter(Boolean);
      }
      continue;
    }
    const d = line.match(/^\s*⟦def ([A-Za-z0-9_]+)=([^⟧]*)⟧\s*$/);
    if (d) {
      defs[d[1]] = rng.pick(d[2].split('|'));
      continue;
    }
    kept.push(line);
  }

  const labels = [];
  const out = [];
  let open = null;
  kept.forEach((line0, idx) => {
    const lineNo = idx + 1;
    let line = line0
      .replace(/⟦\$([A-Za-z0-9_]+)⟧/g, (_, n) => {
        if (!(n in defs)) throw new Error(`${relOut}:${lineNo}: undefined def ${n}`);
        return defs[n];
      })
      .replace(/⟦pick:([^⟧]*)⟧/g, (_, alts) => rng.pick(alts.split('|')));

    const lm = line.match(/⟦([PN])(\+?):([^⟧]*)⟧/);
    if (lm) {
      if (open) throw new Error(`${relOut}:${lineNo}: label opened while another is open`);
      const label = {
        file: relOut,
        line: lineNo,
        endLine: lineNo,
        expect: lm[1] === 'P',
        rule: lm[1] === 'P' ? 'logged-credential' : 'negative',
        tags: [meta.lang, ...lm[3].split(',').map((s) => s.trim()).filter(Boolean)],
      };
      line = line.replace(lm[0], '');
      labels.push(label);
      if (lm[2] === '+') open = label;
    }
    if (line.includes('⟦E⟧')) {
      if (!open) throw new Error(`${relOut}:${lineNo}: ⟦E⟧ without open multi-line label`);
      open.endLine = lineNo;
      open = null;
      line = line.replace('⟦E⟧', '');
    }
    if (line.includes(OPEN) || line.includes(CLOSE)) {
      throw new Error(`${relOut}:${lineNo}: unprocessed marker in: ${line}`);
    }
    out.push(line.replace(/[ \t]+$/, ''));
  });
  if (open) throw new Error(`${relOut}: unterminated multi-line label at ${open.line}`);
  return { text: out.join('\n'), labels, meta };
}
