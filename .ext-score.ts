// scratch: score external analyzer test files kept in /tmp/ext (never committed)
import fs from "node:fs";
import { findLoggedCredentials } from "./server/src/logging.js";
import { classifyName } from "./server/src/engine/logging/names.js";
void (async () => {
  const [file, lang] = [process.argv[2]!, process.argv[3]!];
  const text = fs.readFileSync(file, "utf8");
  const lines = text.split("\n");
  // Simulated secret rules: a quoted value of 8+ chars assigned to a password/secret/token-named variable.
  const ranges: { start: number; end: number }[] = [];
  if (process.env.SIMULATE === "1") for (const m of text.matchAll(/([\w$@]+)\s*(?::=|=)\s*(["'])([^"'\n]{8,})\2/g)) {
    if (classifyName(m[1]!) !== undefined && !/^(const|final)/.test(text.slice(text.lastIndexOf("\n", m.index!) + 1, m.index!).trim())) ranges.push({ start: m.index! + m[0].length - m[3]!.length - 1, end: m.index! + m[0].length - 1 });
  }
  const findings = await findLoggedCredentials(text, lang, file, {}, undefined, ranges);
  const starts = [0]; for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineOf = (o: number) => { let l = 0; while (l + 1 < starts.length && starts[l + 1]! <= o) l++; return l + 1; };
  const flagged = new Set(findings.map((f) => lineOf(f.start)));
  const positive = new Set<number>();
  lines.forEach((line, i) => { if (/\$ ?(Alert|MISSING)|NOT OK/.test(line) && !/SPURIOUS/.test(line)) positive.add(i + 1); });
  let tp = 0, fp = 0, fn = 0;
  for (const l of positive) { if (flagged.has(l)) tp++; else { fn++; console.log("MISS", l, lines[l - 1]!.trim().slice(0, 110)); } }
  for (const l of flagged) if (!positive.has(l)) { fp++; console.log("FP  ", l, lines[l - 1]!.trim().slice(0, 110)); }
  console.log(`tp ${tp} fp ${fp} fn ${fn} P=${(tp / (tp + fp)).toFixed(3)} R=${(tp / (tp + fn)).toFixed(3)}`);
})();
