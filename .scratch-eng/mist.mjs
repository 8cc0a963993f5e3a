import fs from "node:fs";
const [,, json, corpus, filter] = process.argv;
const j = JSON.parse(fs.readFileSync(json, "utf8"));
const maskLine = (s) => s.replace(/[A-Za-z0-9+/=_\-]{12,}/g, (m) => m.slice(0, 4) + "…" + m.length);
for (const m of j.mistakes) {
  if (filter && !m.rule.includes(filter) && m.kind !== filter) continue;
  const lines = fs.readFileSync(`${corpus}/${m.file}`, "utf8").split("\n");
  console.log(m.kind, m.rule, m.file + ":" + m.line, JSON.stringify(m.detectorRules), "|", maskLine(lines.slice(m.line - 1, m.endLine).join("⏎").slice(0, 220)));
}
