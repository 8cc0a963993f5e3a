// Parse + analysis time of a 5,000-line JavaScript and Python file, full and per incremental edit. The bounds
// are loose (machines here are shared); the figures are printed for the report.
import assert from "node:assert/strict";
import { test } from "node:test";
import { timeLanguage } from "./perf.js";

for (const language of ["javascript", "python"] as const) {
  test(`${language}: 5,000-line file, full analysis and 20 incremental re-analyses`, async () => {
    const timing = await timeLanguage(language, 20);
    const sorted = [...timing.incrementalTotalMs].sort((a, b) => a - b);
    const cpu = [...timing.incrementalCpuMs].sort((a, b) => a - b);
    const p50 = sorted[Math.floor(sorted.length * 0.5)]!;
    const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
    console.log(`${language}: full parse ${timing.fullParseMs.toFixed(1)} ms, full analysis ${timing.analysisMs.toFixed(1)} ms (${timing.findings} findings); ` +
      `per edit (incremental parse + re-analysis): wall p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, cpu p50 ${cpu[Math.floor(cpu.length / 2)]!.toFixed(1)} ms; ` +
      `units re-analysed ${timing.reanalysedUnits.join(",")}`);
    assert.equal(timing.mismatches, 0, "incremental results equal a fresh analysis after every edit");
    assert.ok(timing.findings > 300, "the synthetic file is dense with sinks");
    assert.ok(p50 < 1500, `per-edit p50 ${p50.toFixed(1)} ms`);
  });
}
