import { checkSync } from "recheck";
import { builtinRules } from "../server/src/engine/rules/index";
const c0 = Date.now();
for (const r of builtinRules) {
  const t = Date.now();
  const res = checkSync(r.secret.source, r.secret.flags.replace(/[gy]/g, ""), { timeout: 5000 });
  if (res.status !== "safe") console.log(r.id, res.status, res.status === "vulnerable" ? res.complexity.type + " " + res.attack.pattern : (res as any).error?.kind, Date.now() - t);
}
console.log("total", Date.now() - c0, builtinRules.length);
