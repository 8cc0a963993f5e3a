import { checkSync } from "recheck";
import { catalogB } from "./server/src/engine/rules/catalog-b";
for (const rule of catalogB) {
  const r = checkSync(rule.secret.source, rule.secret.flags, { timeout: 5000 });
  if (r.status !== "safe") console.log(rule.id, r.status, r.status === "vulnerable" ? r.complexity.type : "");
}
console.log("done");
