import { scanText } from "../server/src/engine/scan";
for (const n of [50000, 100000, 200000]) {
const input = "--password ".repeat(Math.ceil(n/11)).slice(0, n);
const t = performance.now(); const r = scanText(input, { path: "src/app.ts" }); console.log(n, r.findings.length, performance.now() - t);
}
