// "Move to .env" rewrites in every supported language, applied to real snippets and checked as text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deriveEnvName, toScreamingSnake, uniqueEnvName } from "../../server/src/engine/fix/envName";
import { setDotenvValue } from "../../server/src/dotenvText";
import { appendGitignoreLine } from "../../server/src/engine/fix/gitignoreText";
import { languageFamily, moveToEnvEdits, type OffsetEdit } from "../../server/src/engine/fix/idioms";
import { ignoreCommentEdit } from "../../server/src/engine/fix/ignoreComment";
import { scanText } from "../../server/src/engine/scan";
import { LineIndex } from "../../server/src/engine/text";
import { fake } from "../helpers/fakeSecrets";

function apply(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Scans `text` (as `path`), takes the first finding and applies Move to .env with NAME. */
function move(path: string, text: string, name = "STRIPE_KEY", languageId?: string): string {
  const finding = scanText(text, { path, languageId }).findings[0];
  assert.ok(finding, `a finding in ${path}`);
  const edits = moveToEnvEdits(text, languageFamily(languageId, path), finding, name);
  assert.ok(edits, `an idiom for ${path}`);
  const after = apply(text, edits);
  assert.equal(scanText(after, { path, languageId }).findings.length, 0, `no finding left in ${path}`);
  return after;
}

describe("Move to .env: language idioms", () => {
  const s = fake.stripe();
  const cases: [string, string, string][] = [
    ["a.ts", `const stripeKey: string = "${s}";\n`, `const stripeKey: string = process.env.STRIPE_KEY;\n`],
    ["A.java", `class A { String stripeKey = "${s}"; }\n`, `class A { String stripeKey = System.getenv("STRIPE_KEY"); }\n`],
    ["A.kt", `val stripeKey = "${s}"\n`, `val stripeKey = System.getenv("STRIPE_KEY")\n`],
    ["A.cs", `var stripeKey = "${s}";\n`, `var stripeKey = Environment.GetEnvironmentVariable("STRIPE_KEY");\n`],
    ["a.rb", `stripe_key = "${s}"\n`, `stripe_key = ENV.fetch("STRIPE_KEY")\n`],
    ["a.php", `<?php\n$stripeKey = '${s}';\n`, `<?php\n$stripeKey = getenv('STRIPE_KEY');\n`],
    ["a.sh", `export STRIPE_KEY_VALUE="${s}"\n`, `export STRIPE_KEY_VALUE="$STRIPE_KEY"\n`],
    ["compose.yml", `services:\n  api:\n    environment:\n      STRIPE: "${s}"\n`, `services:\n  api:\n    environment:\n      STRIPE: "\${STRIPE_KEY}"\n`],
    ["app.properties", `stripe.key=${s}\n`, `stripe.key=\${STRIPE_KEY}\n`],
    ["a.swift", `let stripeKey = "${s}"\n`, `let stripeKey = ProcessInfo.processInfo.environment["STRIPE_KEY"]\n`],
  ];
  for (const [path, before, expected] of cases) {
    it(path, () => assert.equal(move(path, before), expected));
  }

  it("Rust: `?` inside a function returning Result, else expect()", () => {
    assert.equal(
      move("a.rs", `fn client() -> Result<Client, Error> {\n    let key = "${s}";\n    Ok(Client::new(key))\n}\n`),
      `fn client() -> Result<Client, Error> {\n    let key = std::env::var("STRIPE_KEY")?;\n    Ok(Client::new(key))\n}\n`,
    );
    assert.equal(move("b.rs", `fn main() {\n    let key = "${s}";\n}\n`), `fn main() {\n    let key = std::env::var("STRIPE_KEY").expect("STRIPE_KEY must be set");\n}\n`);
  });

  it("a secret inside a longer string becomes interpolation (JS template, Python f-string) or concatenation", () => {
    assert.equal(move("h.js", `const h = { Authorization: "Bearer ${s}" };\n`), "const h = { Authorization: `Bearer ${process.env.STRIPE_KEY}` };\n");
    assert.equal(move("h.py", `import os\nh = {"Authorization": "Bearer ${s}"}\n`), `import os\nh = {"Authorization": f"Bearer {os.environ['STRIPE_KEY']}"}\n`);
    assert.equal(move("H.java", `String h = "Bearer ${s}";\n`), `String h = "Bearer " + System.getenv("STRIPE_KEY");\n`);
  });

  it("Python: import os after __future__ imports, or after the docstring when there are no imports", () => {
    assert.equal(move("a.py", `from __future__ import annotations\nimport sys\nKEY = "${s}"\n`), `from __future__ import annotations\nimport os\nimport sys\nKEY = os.environ["STRIPE_KEY"]\n`);
    assert.equal(move("b.py", `"""Doc."""\nKEY = "${s}"\n`), `"""Doc."""\nimport os\n\nKEY = os.environ["STRIPE_KEY"]\n`);
    assert.equal(move("c.py", `import os\nKEY = "${s}"\n`), `import os\nKEY = os.environ["STRIPE_KEY"]\n`);
  });

  it("Go: adds \"os\" to a single import, or an import after the package clause", () => {
    assert.equal(move("a.go", `package main\n\nimport "fmt"\n\nvar key = "${s}"\n`), `package main\n\nimport "fmt"\nimport "os"\n\nvar key = os.Getenv("STRIPE_KEY")\n`);
    assert.equal(move("b.go", `package main\n\nvar key = "${s}"\n`), `package main\n\nimport "os"\n\nvar key = os.Getenv("STRIPE_KEY")\n`);
  });

  it("offers nothing where the format has no way to read the environment (JSON)", () => {
    const text = `{ "stripeKey": "${s}" }\n`;
    const finding = scanText(text, { path: "a.json" }).findings[0]!;
    assert.equal(moveToEnvEdits(text, languageFamily(undefined, "a.json"), finding, "STRIPE_KEY"), undefined);
  });
});

describe("Move to .env: names and .env text", () => {
  it("derives SCREAMING_SNAKE names from the code, else the rule's", () => {
    assert.equal(toScreamingSnake("stripeApiKey"), "STRIPE_API_KEY");
    assert.equal(toScreamingSnake("aws.secret-access_key"), "AWS_SECRET_ACCESS_KEY");
    assert.equal(deriveEnvName("dbPassword", "PASSWORD"), "DB_PASSWORD");
    assert.equal(deriveEnvName("auth", "GITHUB_TOKEN"), "GITHUB_TOKEN");
    assert.equal(deriveEnvName("key", "STRIPE_SECRET_KEY"), "STRIPE_SECRET_KEY");
    assert.equal(deriveEnvName(undefined, "STRIPE_SECRET_KEY"), "STRIPE_SECRET_KEY");
  });

  it("never collides: reuses the key holding the value, else suffixes", () => {
    const env = new Map([["A", "1"], ["B", "2"], ["B_2", "3"]]);
    assert.deepEqual(uniqueEnvName("B", "2", env), { name: "B", alreadyStored: true });
    assert.deepEqual(uniqueEnvName("X", "1", env), { name: "A", alreadyStored: true });
    assert.deepEqual(uniqueEnvName("B", "9", env), { name: "B_3", alreadyStored: false });
  });

  it("quotes values so dotenv reads them back unchanged, and keeps existing text", async () => {
    const { parse } = await import("dotenv");
    const values = ["plain", "with space", "it's", 'q"uote', "hash#value", " #lead", "multi\nline", "back\\slash", "$dollar", `a'b"c`, `a'b\\c`, "x`y", `it's "q" \\ end`, "\\n literal"];
    for (const v of values) {
      const text = setDotenvValue("# comment\nA=1", "K", v);
      assert.ok(text.startsWith("# comment\nA=1\n"));
      assert.equal(parse(text).K, v, JSON.stringify(v));
      assert.equal(parse(text).A, "1");
    }
    assert.equal(appendGitignoreLine("node_modules", ".env"), "node_modules\n.env\n");
    assert.equal(appendGitignoreLine(undefined, ".env"), ".env\n");
  });
});

describe("Ignore this finding", () => {
  const s = fake.github();
  const cases: [string, string, string][] = [
    ["a.js", `const t = "${s}";`, `const t = "${s}"; // hush:ignore github-pat`],
    ["a.py", `t = "${s}"`, `t = "${s}" # hush:ignore github-pat`],
    ["a.sql", `-- x\nSELECT '${s}';`, `-- x\nSELECT '${s}'; -- hush:ignore github-pat`],
    [".env", `T=${s}`, `# hush:ignore github-pat\nT=${s}`],
    ["a.xml", `<t>${s}</t>`, `<t>${s}</t> <!-- hush:ignore github-pat -->`],
  ];
  for (const [path, before, expected] of cases) {
    it(`${path}: the comment silences exactly that finding`, () => {
      const lines = new LineIndex(before);
      const finding = scanText(before, { path }).findings[0]!;
      const edit = ignoreCommentEdit(before, lines, lines.position(finding.start).line, path, finding.ruleId)!;
      const after = apply(before, [edit]);
      assert.equal(after, expected);
      assert.equal(scanText(after, { path }).findings.length, 0);
    });
  }
  it("JSON has no comments: no edit (the baseline is the way)", () => {
    const text = `{"t": "${s}"}`;
    assert.equal(ignoreCommentEdit(text, new LineIndex(text), 0, "a.json", "github-pat"), undefined);
  });
});
