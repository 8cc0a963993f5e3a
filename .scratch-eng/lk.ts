import { builtinRules } from "../server/src/engine/rules/index";
import { scanText } from "../server/src/engine/scan";
import { generateFromRule, makeRandom } from "../test/engine/support";
const rnd = makeRandom(3);
for (const id of ["rubygems-api-key", "tailscale-webhook-secret"]) {
  const r = builtinRules.find((x) => x.id === id)!;
  const v = generateFromRule(r, rnd)!;
  const f = scanText(`v: "${v}"\n`, { path: "a.yaml" }).findings[0]!;
  for (let i = 0; i + 8 <= v.length; i += 3) { const w = v.slice(i, i + 8); if (f.ruleId.includes(w) || f.fingerprint.includes(w)) console.log(id, JSON.stringify(w)); }
}
