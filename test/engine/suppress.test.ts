// Inline suppressions in every comment syntax (Hush's own and the markers teams already use), masking of every
// finding field, and fingerprints that survive edits elsewhere in the file.
import assert from "node:assert/strict";
import { test } from "node:test";
import { builtinRules, GENERIC_RULE_IDS } from "../../server/src/engine/rules/index";
import { scanText } from "../../server/src/engine/scan";
import { generateFromRule, leakedFields, makeRandom, randomToken, SEED } from "./support";

const rnd = makeRandom(SEED + 2);
/** A GitHub token shape built at run time (the engine reports it whatever its checksum). */
const githubToken = (): string => "ghp" + "_" + randomToken(rnd, 36);

interface Syntax {
  path: string;
  line: (value: string) => string;
  comment: (text: string) => string;
  /** Whether a comment can follow code on the same line. */
  trailing: boolean;
}

const SYNTAXES: Record<string, Syntax> = {
  "// (JS)": { path: "src/app.ts", line: (v) => `const token = "${v}";`, comment: (t) => `// ${t}`, trailing: true },
  "# (Python)": { path: "app/main.py", line: (v) => `token = "${v}"`, comment: (t) => `# ${t}`, trailing: true },
  "# (YAML)": { path: "config/app.yaml", line: (v) => `token: "${v}"`, comment: (t) => `# ${t}`, trailing: true },
  "# (.env)": { path: ".env", line: (v) => `TOKEN=${v}`, comment: (t) => `# ${t}`, trailing: false },
  "-- (SQL)": { path: "db/seed.sql", line: (v) => `INSERT INTO tokens VALUES ('${v}');`, comment: (t) => `-- ${t}`, trailing: true },
  "; (INI)": { path: "config/app.ini", line: (v) => `token = ${v}`, comment: (t) => `; ${t}`, trailing: false },
  "/* */ (CSS/C)": { path: "src/main.c", line: (v) => `const char *token = "${v}";`, comment: (t) => `/* ${t} */`, trailing: true },
  "<!-- --> (XML)": { path: "config/app.xml", line: (v) => `<token>${v}</token>`, comment: (t) => `<!-- ${t} -->`, trailing: true },
  "% (TeX)": { path: "docs/notes.tex", line: (v) => `\\newcommand{\\token}{${v}}`, comment: (t) => `% ${t}`, trailing: true },
  "REM (batch)": { path: "scripts/run.bat", line: (v) => `set TOKEN=${v}`, comment: (t) => `REM ${t}`, trailing: false },
};

const MARKERS = ["hush:ignore", "hush:ignore github-pat", "gitleaks:allow", "pragma: allowlist secret", "secretlint-disable-line"];
const NEXT_LINE_MARKERS = ["hush:ignore", "hush:ignore github-pat", "hush:ignore-next-line", "secretlint-disable-next-line", "pragma: allowlist nextline secret"];

const tokenFindings = (text: string, path: string) => scanText(text, { path }).findings.filter((f) => f.ruleId === "github-pat");

for (const [label, syntax] of Object.entries(SYNTAXES)) {
  test(`suppression comments in ${label}`, () => {
    const value = githubToken();
    const problems: string[] = [];
    if (tokenFindings(syntax.line(value) + "\n", syntax.path).length !== 1) problems.push("not reported without a comment");
    if (syntax.trailing) {
      for (const marker of MARKERS) {
        const text = `${syntax.line(value)} ${syntax.comment(marker)}\n`;
        if (tokenFindings(text, syntax.path).length) problems.push(`same line "${marker}" did not suppress`);
      }
    }
    for (const marker of NEXT_LINE_MARKERS) {
      const text = `${syntax.comment(marker)}\n${syntax.line(value)}\n`;
      if (tokenFindings(text, syntax.path).length) problems.push(`line above "${marker}" did not suppress`);
    }
    // Naming another rule suppresses only that rule.
    const other = `${syntax.comment("hush:ignore aws-access-key-id")}\n${syntax.line(value)}\n`;
    if (tokenFindings(other, syntax.path).length !== 1) problems.push("hush:ignore <other-rule> suppressed this rule");
    // A marker two lines up, or inside the value's own text, does nothing.
    const far = `${syntax.comment("hush:ignore")}\nunrelated = 1\n${syntax.line(value)}\n`;
    if (tokenFindings(far, syntax.path).length !== 1) problems.push("a marker two lines above suppressed");
    assert.deepEqual(problems, [], label);
  });
}

test("no finding field carries more than 4 characters of the value (every rule's generated sample)", () => {
  const lines: string[] = [];
  const values: string[] = [];
  for (const rule of builtinRules) {
    if (GENERIC_RULE_IDS.has(rule.id) || rule.validator === "pem-private-key") continue;
    const value = generateFromRule(rule, rnd, 100);
    if (!value) continue;
    values.push(value);
    lines.push(`${rule.context ? rule.sample?.name ?? "token" : "value"}: "${value}"`);
  }
  lines.push(`password: "${randomToken(rnd, 14)}!"`, `api_key: "${randomToken(rnd, 40)}"`);
  const text = lines.join("\n") + "\n";
  const { findings } = scanText(text, { path: "config/all.yaml" });
  assert.ok(findings.length >= values.length * 0.8, `expected most samples reported, got ${findings.length}/${values.length}`);
  const problems: string[] = [];
  for (const f of findings) {
    const value = text.slice(f.start, f.end);
    assert.match(f.masked, /^.{0,4}…$/u);
    const leaks = leakedFields(f, value);
    if (leaks.length) problems.push(`${f.ruleId}: ${leaks.join(", ")}`);
    if (JSON.stringify(f).includes(value)) problems.push(`${f.ruleId}: the serialized finding holds the value`);
  }
  assert.deepEqual(problems, []);
});

test("fingerprints do not change when lines move, and differ by value and path", () => {
  const a = githubToken();
  const b = githubToken();
  const original = `const first = "${a}";\nconst second = "${b}";\n`;
  const moved = `// header\n\n\nconst second = "${b}";\nfunction f() {}\nconst first = "${a}";\n`;
  const prints = (text: string, path = "src/app.ts") => scanText(text, { path }).findings.map((f) => f.fingerprint).sort();
  const before = prints(original);
  assert.equal(before.length, 2);
  assert.deepEqual(prints(moved), before);
  assert.notDeepEqual(prints(original, "src/other.ts"), before);
  assert.notEqual(before[0], before[1]);
  for (const fp of before) assert.ok(!fp.includes(a.slice(4, 12)) && !fp.includes(b.slice(4, 12)));
});

test("a baseline of fingerprints hides exactly those findings", () => {
  const a = githubToken();
  const b = githubToken();
  const text = `x = "${a}"\ny = "${b}"\n`;
  const all = scanText(text, { path: "app.py" }).findings;
  assert.equal(all.length, 2);
  const accepted = new Set([all[0]?.fingerprint ?? ""]);
  const rest = scanText(text, { path: "app.py", baseline: accepted }).findings;
  assert.equal(rest.length, 1);
  assert.equal(rest[0]?.fingerprint, all[1]?.fingerprint);
});
