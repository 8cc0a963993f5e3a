// Generates docs/rules/<rule-id>.md (and the index) from the rule data, so docs never drift from the rules.
//   npx tsx scripts/gen-rule-docs.ts          write
//   npx tsx scripts/gen-rule-docs.ts --check  exit 1 if a page is missing or stale (run by the tests)
import fs from "node:fs";
import path from "node:path";
import { builtinRules } from "../server/src/engine/rules/index";
import type { RuleSpec } from "../server/src/engine/types";

const dir = path.resolve(__dirname, "..", "docs", "rules");
const check = process.argv.includes("--check");
const MARK = "<!-- generated from the rule data by scripts/gen-rule-docs.ts: edit the rule, not this page -->";

export function rulePage(r: RuleSpec): string {
  const lines = [
    MARK,
    `# ${r.id}`,
    "",
    `**${r.title}** — ${r.provider}. Default severity: \`${r.severity}\`.`,
    "",
    r.doc.summary,
    "",
    "## What to do",
    "",
    "1. Treat the value as leaked: anyone who can read this file (or its git history) can use it.",
    r.doc.rotate ? `2. Revoke or rotate it: ${r.doc.rotate}` : "2. Revoke or rotate it at its issuer.",
    `3. Read it at run time instead: the quick fix **Move to .env as ${r.envName}** (or **Move to keychain**) does this in one step.`,
    "4. If it was committed, rotating is the fix; rewriting history only limits further exposure.",
    "",
    "## How Hush detects it",
    "",
    r.context
      ? `A value matching \`${r.secret.source}\` assigned to a name matching \`${r.context.name.source}\`.`
      : r.secret.source === "(?!)"
        ? "By the name the value is given and the value's shape (see the summary); no fixed token format."
        : `Token format: \`${r.secret.source}\`.`,
    r.keywords.length ? `Runs only when the text contains one of: ${r.keywords.map((k) => `\`${k}\``).join(", ")}.` : "",
    r.minEntropy ? `Minimum entropy: ${r.minEntropy} bits per character.` : "",
    r.validator ? `Offline check: \`${r.validator}\`.` : "",
    "",
    "## Not a secret here?",
    "",
    `- Add \`hush:ignore ${r.id}\` in a comment on the line (or the line above), or use the quick fix **Ignore this finding**.`,
    "- Or **Accept in baseline** to record it in `.hush-baseline.json` (by fingerprint, with an optional reason and expiry).",
    `- Or turn the rule off: \`"hush.rules": { "${r.id}": "off" }\` in settings or \`.hush.json\`.`,
    "",
  ];
  return lines.filter((l, i, all) => !(l === "" && all[i - 1] === "")).join("\n");
}

function index(rules: readonly RuleSpec[]): string {
  const rows = [...rules].sort((a, b) => a.id.localeCompare(b.id)).map((r) => `| [${r.id}](${r.id}.md) | ${r.title} | ${r.provider} | ${r.severity} |`);
  return [MARK, "# Rules", "", `${rules.length} built-in rules, plus \`logged-credential\` (see [logged-credential.md](logged-credential.md)).`, "", "| id | finds | provider | severity |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
}

const wanted = new Map<string, string>(builtinRules.map((r) => [`${r.id}.md`, rulePage(r)]));
wanted.set("README.md", index(builtinRules));
let stale = 0;
if (!check) fs.mkdirSync(dir, { recursive: true });
for (const [file, content] of wanted) {
  const p = path.join(dir, file);
  const current = fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined;
  if (current === content) continue;
  stale++;
  if (check) console.error(`stale or missing: docs/rules/${file}`);
  else fs.writeFileSync(p, content);
}
// Pages of rules that no longer exist (generated ones only; hand-written pages have no marker).
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (wanted.has(f)) continue;
  const p = path.join(dir, f);
  if (!fs.readFileSync(p, "utf8").startsWith(MARK)) continue;
  stale++;
  if (check) console.error(`orphan: docs/rules/${f}`);
  else fs.rmSync(p);
}
if (check && stale) {
  console.error("run: npx tsx scripts/gen-rule-docs.ts");
  process.exit(1);
}
if (!check) console.log(`docs/rules: ${wanted.size} pages, ${stale} written`);
