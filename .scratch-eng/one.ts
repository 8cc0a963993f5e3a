import { scanText } from "../server/src/engine/scan";
import { builtinRules } from "../server/src/engine/rules/index";
import { CONTEXTS, generateFromRule, makeRandom } from "../test/engine/support";
const rnd = makeRandom(5);
for (const r of builtinRules) {
  if (r.secret.source === "(?!)" || r.validator === "pem-private-key") continue;
  const v = generateFromRule(r, rnd); if (!v) { console.log(r.id, "NONE"); continue; }
  for (const c of CONTEXTS) { const t = c.render(r.context ? r.sample?.name ?? "x" : r.envName, v); if (!t) continue; const t0 = Date.now(); scanText(t, { path: c.path }); const dt = Date.now() - t0; if (dt > 100) console.log(r.id, c.id, dt); }
}
console.log("done");
