import { builtinRules } from "/work/main/server/src/engine/rules/index";
import { generateFromRule, makeRandom } from "/work/main/test/engine/support";
const rnd = makeRandom(1);
for (const r of builtinRules) { const t=Date.now(); const v = (r.secret.source==="(?!)")?"":generateFromRule(r, rnd); console.log(r.id, v===undefined?"NONE":v.length, Date.now()-t); }
