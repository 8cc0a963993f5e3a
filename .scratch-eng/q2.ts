import { scanText } from "../server/src/engine/scan";
import { buildQualityCorpus } from "../test/corpus/quality/corpus";
import { makeRandom } from "../test/engine/support";
for (let s = 0; s < 400; s++) {
  const f = buildQualityCorpus(makeRandom(s)).find((x) => x.path === ".env")!;
  const found = scanText(f.text, { path: f.path }).findings;
  for (const p of f.positives) if (!found.some((x) => x.start < p.end && p.start < x.end)) console.log(s, p.kind, JSON.stringify(f.text.slice(p.start - 15, p.start)), found.map(x=>[x.ruleId,x.start,x.end]), p);
}
