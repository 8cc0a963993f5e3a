import { scanText } from "../server/src/engine/scan";
import { builtinRules } from "../server/src/engine/rules/index";
const repeat = (u: string, n = 200000) => u.repeat(Math.ceil(n / u.length)).slice(0, n);
const input = repeat(process.argv[2] ?? "eyJhbGciOi.eyJ");
let c = process.cpuUsage(); const r = scanText(input, { path: "src/app.ts" }); const d = process.cpuUsage(c); console.log("scan", r.findings.length, (d.user + d.system) / 1000);
for (const rule of builtinRules) {
  const re = new RegExp(`(?<![A-Za-z0-9])(?:${rule.secret.source})(?![A-Za-z0-9])`, "g" + (rule.secret.flags.includes("i") ? "i" : ""));
  c = process.cpuUsage(); re.lastIndex = 0; while (re.exec(input)) {} const e = process.cpuUsage(c); const ms = (e.user + e.system) / 1000; if (ms > 30) console.log(rule.id, ms);
}
const ids: Record<string, number> = {}; for (const f of r.findings) ids[f.ruleId] = (ids[f.ruleId] ?? 0) + 1; console.log(ids, r.findings[0]?.end! - r.findings[0]?.start!);
