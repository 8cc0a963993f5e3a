import { scanText } from "../server/src/engine/scan";
import { extractCandidates } from "../server/src/engine/candidates";
const t = "service:\n  replicas: 2\n  BUNDLE_GEMS__CONTRIBSYS__COM: E1AFab12:0c9D8e7f\n";
console.log(extractCandidates(t).map(c=>[c.name,c.value,c.operator]), scanText(t,{path:"deploy/values.yaml"}).findings);
