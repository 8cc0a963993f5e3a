// Catastrophic backtracking: every rule pattern (in the forms the engine compiles it to) and the engine's own
// extraction, filter and suppression passes run against adversarial inputs within a time budget. A pattern with
// nested or overlapping unbounded quantifiers takes seconds to minutes on these; a linear one takes milliseconds.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractCandidatesAt } from "../../server/src/engine/candidates";
import { isHashLike, isIdentifierLike, isFilePathOrUrlWithoutCredentials, isPlaceholder, isReference } from "../../server/src/engine/filters";
import { classifyName } from "../../server/src/engine/generic";
import { builtinRules, GENERIC_RULE_IDS } from "../../server/src/engine/rules/index";
import { scanText } from "../../server/src/engine/scan";
import { isCommentOnlyLine, isSuppressed } from "../../server/src/engine/suppress";
import { LineIndex } from "../../server/src/engine/text";
import { generateFromRule, makeRandom, SEED } from "./support";

const SIZE = 200_000;
// Generous: a loaded 2-core CI box is slow, and catastrophic cases are orders of magnitude above this.
const PATTERN_BUDGET_MS = Number(process.env.HUSH_REDOS_BUDGET_MS ?? 400);
const SCAN_BUDGET_MS = Number(process.env.HUSH_REDOS_SCAN_BUDGET_MS ?? 4000);

const repeat = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Inputs that make backtracking regexes explode: long runs of each character class and near-miss structures. */
const ADVERSARIAL: Record<string, string> = {
  ...Object.fromEntries(
    ["a", "A", "0", "f", "x", " ", "\t", "\n", "-", "_", "/", "+", "=", ".", ":", '"', "'", "`", "@", "\\", "$", "{", "<", "#", "%", "é"].map((c) => [
      `run of ${JSON.stringify(c)}`,
      repeat(c),
    ]),
  ),
  "a: repeated then @": repeat("a:", 100_000) + "@",
  "key=value repeated": repeat("secret_key=aB3"),
  "unterminated double quote": 'password = "' + repeat("aB3dE5", SIZE - 12),
  "unterminated single quote": "token: '" + repeat("Zq9-", SIZE - 8),
  "unterminated PEM": "-----BEGIN RSA PRIVATE KEY-----\n" + repeat("MIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7\n", SIZE),
  "PEM headers repeated": repeat("-----BEGIN PRIVATE KEY-----\n"),
  "URL userinfo repeated": repeat("https://user:"),
  "URL at-signs": "https://u:" + repeat("p@"),
  "JWT prefixes": repeat("eyJhbGciOi.eyJ"),
  "JWT dots": "eyJ" + repeat("a."),
  "bearer repeated": repeat("Authorization: Bearer "),
  "xml opens": repeat("<password>"),
  "xml unclosed": "<password>" + repeat("a"),
  "cli flags": repeat("--password "),
  "nested braces": repeat("{{${"),
  "spaces then equals": repeat(" ", SIZE - 1) + "=",
  "name then spaces": "api_key" + repeat(" ", SIZE),
  "long identifier then colon": repeat("abc_DEF.", SIZE) + ":",
  "base64 run": repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789+/"),
  "hex run": repeat("0123456789abcdef"),
  "comment markers": repeat("// hush:ignore "),
  "mixed quotes": repeat(`"'\`"'\``),
};

/** CPU time of the run in ms: wall-clock time on a shared, loaded machine would measure the neighbours. */
function timeIt(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

function runGlobal(re: RegExp, text: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (m[0].length === 0) re.lastIndex++;
}

const rnd = makeRandom(SEED);

for (const rule of builtinRules) {
  if (GENERIC_RULE_IDS.has(rule.id)) continue;
  test(`ReDoS: rule ${rule.id}`, () => {
    const flags = rule.secret.flags.includes("i") ? "i" : "";
    const search = new RegExp(`(?<![A-Za-z0-9])(?:${rule.secret.source})(?![A-Za-z0-9])`, "g" + flags);
    const whole = new RegExp(`^(?:${rule.secret.source})$`, flags);
    const slow: string[] = [];
    const inputs: [string, string][] = Object.entries(ADVERSARIAL);
    // Near misses of this very rule: a generated sample with its last character cut, repeated back to back.
    const sample = generateFromRule(rule, rnd, 60);
    if (sample && sample.length > 1) {
      inputs.push(["near-miss repeated", repeat(sample.slice(0, -1))]);
      inputs.push(["near-miss space-separated", repeat(sample.slice(0, -1) + " ")]);
    }
    for (const [name, input] of inputs) {
      const ms = timeIt(() => runGlobal(search, input));
      if (ms > PATTERN_BUDGET_MS) slow.push(`search on ${name}: ${ms.toFixed(0)} ms`);
      // Context rules see one value at a time, at most the extractor's value cap (4,000 characters).
      const value = input.slice(0, 4000);
      const wms = timeIt(() => whole.test(value));
      if (wms > PATTERN_BUDGET_MS / 4) slow.push(`whole-value on ${name}: ${wms.toFixed(0)} ms`);
    }
    assert.deepEqual(slow, [], `${rule.id} over budget (${PATTERN_BUDGET_MS} ms per 200k input):\n  ${slow.join("\n  ")}`);
  });
}

test("ReDoS: candidate extraction, filters, name classification and suppression stay linear", () => {
  const slow: string[] = [];
  for (const [name, input] of Object.entries(ADVERSARIAL)) {
    // An anchor every few characters: far denser than any keyword, so every shape is tried all over the input.
    const anchors = Array.from({ length: Math.ceil(input.length / 7) }, (_, i) => i * 7);
    const ms = timeIt(() => extractCandidatesAt(input, anchors));
    if (ms > PATTERN_BUDGET_MS * 2) slow.push(`extractCandidatesAt on ${name}: ${ms.toFixed(0)} ms`);
    const value = input.slice(0, 4000);
    const fms = timeIt(() => {
      isPlaceholder(value);
      isReference(value);
      isHashLike(value);
      isIdentifierLike(value);
      isFilePathOrUrlWithoutCredentials(value);
      classifyName(input.slice(0, 200));
    });
    if (fms > PATTERN_BUDGET_MS) slow.push(`filters on ${name}: ${fms.toFixed(0)} ms`);
    const lines = new LineIndex(input);
    const sms = timeIt(() => {
      for (let l = 0; l < Math.min(lines.lineCount, 2000); l++) isSuppressed(lines, l, "generic-secret", isCommentOnlyLine);
    });
    if (sms > PATTERN_BUDGET_MS) slow.push(`suppression on ${name}: ${sms.toFixed(0)} ms`);
  }
  assert.deepEqual(slow, [], slow.join("\n"));
});

test("ReDoS: a whole scan of each adversarial input finishes within budget", () => {
  const slow: string[] = [];
  for (const [name, input] of Object.entries(ADVERSARIAL)) {
    for (const path of ["src/app.ts", "config/app.yaml", ".env"]) {
      const ms = timeIt(() => scanText(input, { path }));
      if (ms > SCAN_BUDGET_MS) slow.push(`scanText(${path}) on ${name}: ${ms.toFixed(0)} ms`);
    }
  }
  assert.deepEqual(slow, [], slow.join("\n"));
});
