import { timeLanguage } from "./test/logging/perf.js";
void (async () => {
  for (const lang of ["javascript", "python"] as const) {
    const t = await timeLanguage(lang, 30);
    const sorted = [...t.incrementalTotalMs].sort((a, b) => a - b);
    console.log(lang, "full parse", t.fullParseMs.toFixed(1), "analysis", t.analysisMs.toFixed(1), "incr parse max", t.incrementalParseMs.toFixed(1), "incr total p50", sorted[15]!.toFixed(1), "p95", sorted[28]!.toFixed(1), "findings", t.findings, "cpu p50", [...t.incrementalCpuMs].sort((a,b)=>a-b)[15]!.toFixed(1), "cpu p95", [...t.incrementalCpuMs].sort((a,b)=>a-b)[28]!.toFixed(1), "units", t.reanalysedUnits.join(","), "mismatch", t.mismatches);
  }
})();
