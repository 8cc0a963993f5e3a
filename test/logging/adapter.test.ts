// The adapter the server and CLI call: Finding shape, no secret value anywhere in it, stable fingerprints,
// related information for flows, graceful behaviour on languages and inputs it cannot parse.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { findLoggedCredentials, LOGGED_CREDENTIAL_RULE } from "../../server/src/logging.js";
import { MAX_PARSE_CHARS, editBetween, parseDocument } from "../../server/src/parsing.js";

function fakeSecret(): string {
  return "sk_" + "live_" + randomBytes(18).toString("base64url");
}

test("findings carry rule id, severity, a title naming the sub-kind, and never the value", async () => {
  const secret = fakeSecret();
  const code = `const apiKey = process.env.API_KEY || "${secret}";\nconsole.log("key", apiKey);\nconsole.log(process.env);\n`;
  const findings = await findLoggedCredentials(code, "javascript", "src/app.js", {});
  assert.deepEqual(findings.map((finding) => finding.title), ["API key written to a log", "Environment dump written to a log"]);
  for (const finding of findings) {
    assert.equal(finding.ruleId, LOGGED_CREDENTIAL_RULE);
    assert.equal(finding.severity, "warning");
    const serialized = JSON.stringify(finding);
    assert.ok(!serialized.includes(secret), "the value never appears in a finding");
    assert.ok(!serialized.includes(secret.slice(4, 12)), "not even a part of it");
  }
  const [first] = findings;
  assert.ok(first);
  assert.equal(code.slice(first.start, first.end), "apiKey");
  assert.equal(first.related?.length, 1);
  assert.ok(code.slice(first.related![0]!.start, first.related![0]!.end) === "process.env.API_KEY", "related points at the environment read");
  assert.match(first.related![0]!.message, /API_KEY read from the environment here/);
  assert.match(first.masked, /api key/);
});

test("fingerprints are stable across line moves and differ across files and arguments", async () => {
  const code = "function f(password) {\n  console.log(password);\n}\n";
  const [original] = await findLoggedCredentials(code, "javascript", "a.js", {});
  const [moved] = await findLoggedCredentials("\n\n// moved down\n" + code, "javascript", "a.js", {});
  const [otherFile] = await findLoggedCredentials(code, "javascript", "b.js", {});
  assert.ok(original && moved && otherFile);
  assert.equal(original.fingerprint, moved.fingerprint);
  assert.notEqual(original.fingerprint, otherFile.fingerprint);
  assert.match(original.fingerprint, /^[0-9a-f]{32}$/);
});

test("languages without a grammar and plain text give no findings and no error", async () => {
  assert.deepEqual(await findLoggedCredentials("console.log(password)", "plaintext", "notes.txt", {}), []);
  assert.deepEqual(await findLoggedCredentials("print(password)", undefined, "README", {}), []);
});

test("the language is taken from the file extension when the id is missing", async () => {
  const findings = await findLoggedCredentials("print(password)\n", undefined, "tool.py", {});
  assert.equal(findings.length, 1);
});

test("broken syntax still yields findings in the parts that parse, without throwing", async () => {
  const code = "function f(password) {\n  console.log(password);\n}\nfunction g( {\n  console.log(token)\n";
  const findings = await findLoggedCredentials(code, "javascript", "broken.js", {});
  assert.ok(findings.some((finding) => code.slice(finding.start, finding.end) === "password"));
});

test("files above the parse limit are skipped quickly", async () => {
  const big = "console.log(password);\n".repeat(Math.ceil((MAX_PARSE_CHARS + 10) / 23));
  const started = Date.now();
  assert.deepEqual(await findLoggedCredentials(big, "javascript", "bundle.js", {}), []);
  assert.ok(Date.now() - started < 2000);
});

test("a new document version is parsed incrementally and gives the same tree as a full parse", async () => {
  const before = "function f(a) {\n  console.log(a);\n}\n".repeat(200);
  const after = before.replace("console.log(a);", "console.log(a, token);");
  const first = await parseDocument("incremental.js", before, "javascript", 1);
  assert.ok(first);
  const second = await parseDocument("incremental.js", after, "javascript", 2);
  assert.ok(second);
  assert.equal(second.incremental, true);
  const fresh = await parseDocument("incremental-fresh.js", after, "javascript", 1);
  assert.ok(fresh && !fresh.incremental);
  assert.equal(second.tree.rootNode.toString(), fresh.tree.rootNode.toString());
  const same = await parseDocument("incremental.js", after, "javascript", 2);
  assert.equal(same?.parseMs, 0, "the same version reuses the cached tree");
});

test("editBetween finds the changed middle, also with multi-line and non-ASCII edits", () => {
  const edit = editBetween("ab\ncdé\nfg", "ab\ncXYdé\nfg");
  assert.equal(edit.startIndex, 4);
  assert.equal(edit.oldEndIndex, 4);
  assert.equal(edit.newEndIndex, 6);
  assert.deepEqual(edit.startPosition, { row: 1, column: 1 });
});

test("incremental re-analysis across versions equals a fresh analysis", async () => {
  const base = "const log = require('pino')();\nfunction a(x) { log.info(x); }\nfunction b() { a(process.env.API_TOKEN); }\nfunction c(password) { console.log(password); }\n";
  const path = "versions.js";
  const versions = [
    base,
    base.replace("a(process.env.API_TOKEN)", "a(process.env.HOME)"),
    base.replace("console.log(password)", "console.log(password.length)"),
    base + "const token = req.body.token;\nconsole.log(token);\n",
  ];
  let version = 0;
  for (const text of versions) {
    version++;
    const incremental = await findLoggedCredentials(text, "javascript", path, {}, version);
    const fresh = await findLoggedCredentials(text, "javascript", `fresh-${version}.js`, {}, 1);
    assert.deepEqual(incremental.map((finding) => [finding.start, finding.end, finding.title]), fresh.map((finding) => [finding.start, finding.end, finding.title]), `version ${version}`);
  }
});

test("literals are not sources unless the secret rules flagged them", async () => {
  const secret = fakeSecret();
  const code = `package main\n\nfunc f() {\n\tpassword := "${secret}"\n\tlog.Println(password)\n\tplaceholder := "changeme"\n\tlog.Println(placeholder)\n}\n`;
  assert.deepEqual(await findLoggedCredentials(code, "go", "literal.go", {}), []);
  const start = code.indexOf(secret);
  const findings = await findLoggedCredentials(code, "go", "literal.go", {}, undefined, [{ start, end: start + secret.length }]);
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.title, "Password written to a log");
  assert.ok(!JSON.stringify(findings).includes(secret));
});

test("full scan: Rust and Kotlin files whose only sink words are info!/tracing/Timber pass the cheap gate", async () => {
  const { DEFAULT_LOGGING, scanDocument } = await import("../../server/src/fullScan.js");
  const rust = `use tracing::info;\n\nfn start(api_key: &str) {\n    info!("key {api_key}");\n}\n`;
  const kotlin = `import timber.Timber\n\nfun f(password: String) {\n    Timber.i("pw %s", password)\n}\n`;
  for (const [path, text, subject] of [["src/main.rs", rust, "api_key"], ["app/A.kt", kotlin, "password"]] as const) {
    const result = await scanDocument(text, { path }, { cacheKey: `/gate/${path}`, logging: DEFAULT_LOGGING });
    const logged = result.findings.filter((finding) => finding.ruleId === LOGGED_CREDENTIAL_RULE);
    assert.deepEqual(logged.map((finding) => text.slice(finding.start, finding.end)), [subject], path);
  }
});
