// Static ReDoS analysis with recheck (runs offline). Opt-in (HUSH_RECHECK=1): it takes minutes for the full rule
// set, and it reports every unanchored search with a bounded repeat as "polynomial" (the O(text × bound) cost of
// trying each start position), which the dynamic budget test in redos.test.ts measures instead. What it must
// never find is exponential backtracking.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkSync } from "recheck";
import { builtinRules } from "../../server/src/engine/rules/index";

const enabled = process.env.HUSH_RECHECK === "1";

test("recheck: no rule pattern has exponential backtracking", { skip: enabled ? false : "set HUSH_RECHECK=1 (takes minutes)" }, () => {
  const exponential: string[] = [];
  const unknown: string[] = [];
  for (const rule of builtinRules) {
    const result = checkSync(rule.secret.source, rule.secret.flags.replace(/[gy]/g, ""), { timeout: 5000 });
    if (result.status === "vulnerable" && result.complexity.type === "exponential") exponential.push(rule.id);
    else if (result.status === "unknown") unknown.push(rule.id);
  }
  if (unknown.length) console.log(`recheck could not decide (timeout) for: ${unknown.join(", ")}`);
  assert.deepEqual(exponential, []);
});
