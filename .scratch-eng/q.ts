import { scanText } from "../server/src/engine/scan";
import { extractCandidatesAt, extractCandidates } from "../server/src/engine/candidates";
const t = `# Local development\nNODE_ENV=development\nSESSION_SECRET=aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z\nPUBLIC_URL=https://acme.dev\n`;
console.log(scanText(t, { path: ".env" }).findings.map(f => [f.ruleId, f.start, f.end]));
console.log(extractCandidates(t).map(c => [c.name, c.value.length]));
