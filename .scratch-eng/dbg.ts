import RandExp from "randexp";
import { builtinRules } from "/work/main/server/src/engine/rules/index";
import { generatorSource } from "/work/main/test/engine/support";
const r = builtinRules.find(r=>r.id==="authorization-header")!;
const src = generatorSource(r.secret.source);
console.log(src);
const g = new RandExp(src, "i"); g.max=5;
for (let i=0;i<3;i++){ const v=g.gen(); console.log(JSON.stringify(v).slice(0,80), new RegExp(`^(?:${r.secret.source})$`,"i").test(v)); }
