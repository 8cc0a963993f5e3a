// scratch: score external analyzer test files kept in /tmp/ext (never committed)
import fs from "node:fs";
import { findLoggedCredentials } from "./server/src/logging.js";
void (async () => {
  const [file, lang] = [process.argv[2]!, process.argv[3]!];
  const text = fs.readFileSync(file, "utf8");
  const lines = text.split("\n");
  const findings = await findLoggedCredentials(text, lang, file, {});
  const starts = [0]; for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineOf = (o: number) => { let l = 0; while (l + 1 < starts.length && starts[l + 1]! <= o) l++; return l + 1; };
  const flagged = new Set(findings.map((f) => lineOf(f.start)));
  const positive = new Set<number>();
  lines.forEach((line, i) => { if (/\$ ?(Alert|MISSING)|BAD|NOT OK|# NOT OK|\$\s*Source|cleartext-logging\]/.test(line) && !/SPURIOUS/.test(line)) positive.add(i + 1); });
  let tp = 0, fp = 0, fn = 0;
  for (const l of positive) { if (flagged.has(l)) tp++; else { fn++; console.log("MISS", l, lines[l - 1]!.trim().slice(0, 110)); } }
  for (const l of flagged) if (!positive.has(l)) { fp++; console.log("FP  ", l, lines[l - 1]!.trim().slice(0, 110)); }
  console.log(`tp ${tp} fp ${fp} fn ${fn} P=${(tp / (tp + fp)).toFixed(3)} R=${(tp / (tp + fn)).toFixed(3)}`);
})();
