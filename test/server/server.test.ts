// The built language server as a real process over a real LSP connection (stdio).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { fake } from "../helpers/fakeSecrets";
import { rangeText, TestClient } from "../helpers/lspClient";

function noValueIn(haystack: unknown, values: string[]): void {
  const text = JSON.stringify(haystack);
  for (const v of values) {
    assert.ok(!text.includes(v), "a full secret value leaked");
    assert.ok(!text.includes(v.slice(4, 16)), "a secret's middle leaked");
  }
}

describe("language server: push diagnostics", () => {
  let c: TestClient;
  const stripe = fake.stripe();
  const gh = fake.github();
  const pw = fake.password();
  before(async () => {
    c = await TestClient.start();
  });
  after(async () => c.stop());

  it("flags secrets with exact ranges, rule codes, doc links and masked messages", async () => {
    const text = `const stripe = Stripe("${stripe}");\nconst octokit = new Octokit({ auth: "${gh}" });\nconst dbPassword = "${pw}";\n`;
    c.open("app.js", text, "javascript");
    const d = await c.diagnostics("app.js");
    assert.deepEqual(d.map((x) => x.code), ["stripe-secret-key", "github-pat", "hardcoded-password"]);
    assert.deepEqual(d.map((x) => rangeText(text, x.range)), [stripe, gh, pw]);
    for (const x of d) {
      assert.equal(x.source, "hush");
      assert.match(x.codeDescription?.href ?? "", /docs\/rules\/[a-z0-9-]+\.md$/);
      const message = typeof x.message === "string" ? x.message : x.message.value;
      assert.ok(message.length > 0 && message.includes("…"));
    }
    assert.match(String(d[0]!.message), /^Stripe secret key: sk_l…/);
    noValueIn(d, [stripe, gh, pw]);
  });

  it("clears a diagnostic when the edit removes the secret (unsaved buffer)", async () => {
    c.change("app.js", `const stripe = Stripe(process.env.STRIPE_SECRET_KEY);\n`);
    const d = await c.diagnostics("app.js");
    assert.equal(d.length, 0);
  });

  it("scans every file type it is given, including ones no language server claims", async () => {
    const yaml = `aws:\n  access_key_id: ${fake.awsId()}\n  secret_access_key: ${fake.awsSecret()}\n`;
    c.open("config.yml", yaml, "yaml");
    c.open("notes.txt", `slack bot: ${fake.slack()}\n`, "plaintext");
    assert.deepEqual((await c.diagnostics("config.yml")).map((x) => x.code), ["aws-access-key-id", "aws-secret-access-key"]);
    assert.deepEqual((await c.diagnostics("notes.txt")).map((x) => x.code), ["slack-token"]);
  });

  it("does not flag references, placeholders and documented examples", async () => {
    c.open("clean.js", `const k = process.env.STRIPE_SECRET_KEY;\nconst p = "your-api-key-here";\nconst e = "AKIAIOSFODNN7EXAMPLE";\n`, "javascript");
    assert.equal((await c.diagnostics("clean.js")).length, 0);
  });
});

describe("language server: pull diagnostics and settings", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ pull: true });
  });
  after(async () => c.stop());

  it("answers textDocument/diagnostic when the client supports pull", async () => {
    c.open("a.py", `OPENAI_API_KEY = "${fake.openai()}"\n`, "python");
    const d = await c.diagnostics("a.py", true);
    assert.deepEqual(d.map((x) => x.code), ["openai-api-key"]);
    assert.equal(c.published.size, 0, "pull clients get no pushed duplicates");
  });

  it("applies rule settings pulled per resource, after didChangeConfiguration, without restart", async () => {
    c.settings = { rules: { "openai-api-key": "off" } };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await c.diagnostics("a.py", true)).length, 0);
    c.settings = { rules: { "openai-api-key": "hint" } };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    await new Promise((r) => setTimeout(r, 200));
    const d = await c.diagnostics("a.py", true);
    assert.equal(d[0]?.severity, 4);
  });
});

describe("language server: quick fixes", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(async () => c.stop());

  async function firstDiagnostic(file: string): Promise<Diagnostic> {
    const d = await c.diagnostics(file);
    assert.ok(d[0], `a diagnostic in ${file}`);
    return d[0];
  }
  const moveAction = (actions: CodeAction[]) => actions.find((a) => /^Move to \.env as /.test(a.title));

  it("moves a JS secret to .env (0600), .env.example and .gitignore, and rewrites the code", async () => {
    const secret = fake.stripe();
    c.write(".gitignore", "node_modules\n# build output\ndist/");
    c.open("pay.js", `const stripeKey = "${secret}";\nmodule.exports = stripeKey;\n`, "javascript");
    const actions = await c.codeActions("pay.js", await firstDiagnostic("pay.js"));
    assert.equal(actions[0]?.title, "Move to .env as STRIPE_KEY");
    assert.equal(actions[0]?.isPreferred, true);
    assert.equal(actions[0]?.kind, "quickfix");
    assert.ok(actions.some((a) => a.title.startsWith("Ignore this finding")));
    assert.ok(actions.some((a) => a.title.startsWith("Accept in baseline")));
    noValueIn(actions, [secret]);
    await c.run(moveAction(actions)!);
    assert.equal(c.read("pay.js"), `const stripeKey = process.env.STRIPE_KEY;\nmodule.exports = stripeKey;\n`);
    assert.equal(c.read(".env"), `STRIPE_KEY=${secret}\n`);
    assert.equal(fs.statSync(path.join(c.ws, ".env")).mode & 0o777, 0o600);
    assert.equal(c.read(".env.example"), "STRIPE_KEY=\n");
    assert.equal(c.read(".gitignore"), "node_modules\n# build output\ndist/\n.env\n");
    noValueIn(c.messages, [secret]);
  });

  it("reuses the key of a value already in .env and never overwrites a different value", async () => {
    const existing = fake.stripe();
    const other = fake.stripe();
    fs.writeFileSync(path.join(c.ws, ".env"), `# keep me\nSTRIPE_KEY=${existing}\n`);
    c.open("a.js", `const stripeKey = "${other}";\nconst again = "${existing}";\n`, "javascript");
    const d = await c.diagnostics("a.js");
    await c.run(moveAction(await c.codeActions("a.js", d[0]!))!);
    const env = c.read(".env")!;
    assert.equal(env, `# keep me\nSTRIPE_KEY=${existing}\nSTRIPE_KEY_2=${other}\n`);
    const d2 = await c.diagnostics("a.js");
    await c.run(moveAction(await c.codeActions("a.js", d2[0]!))!);
    assert.equal(c.read(".env"), env, "a value already stored is not written twice");
    assert.match(c.read("a.js")!, /const again = process\.env\.STRIPE_KEY;/);
    assert.match(c.read("a.js")!, /const stripeKey = process\.env\.STRIPE_KEY_2;/);
  });

  it("adds `import os` in Python and the os import in Go", async () => {
    c.open("settings.py", `"""Settings."""\nimport json\n\nOPENAI_API_KEY = "${fake.openai()}"\n`, "python");
    await c.run(moveAction(await c.codeActions("settings.py", await firstDiagnostic("settings.py")))!);
    assert.equal(c.read("settings.py"), `"""Settings."""\nimport os\nimport json\n\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n`);
    c.open("main.go", `package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() {\n\tdbPassword := "${fake.password()}"\n\tfmt.Println(dbPassword)\n}\n`, "go");
    await c.run(moveAction(await c.codeActions("main.go", await firstDiagnostic("main.go")))!);
    assert.match(c.read("main.go")!, /import \(\n\t"os"\n\t"fmt"\n\)/);
    assert.match(c.read("main.go")!, /dbPassword := os\.Getenv\("DB_PASSWORD"\)/);
  });

  it("refuses a stale fix and writes nothing", async () => {
    const secret = fake.github();
    c.open("stale.js", `const githubToken = "${secret}";\n`, "javascript");
    const action = moveAction(await c.codeActions("stale.js", await firstDiagnostic("stale.js")))!;
    const envBefore = c.read(".env");
    c.change("stale.js", `// edited\nconst githubToken = "${secret}";\n`);
    await c.diagnostics("stale.js");
    await c.run(action);
    assert.equal(c.read(".env"), envBefore);
    assert.ok(c.messages.some((m) => /changed since this fix was offered/.test(m)));
  });

  it("inserts an ignore comment in the file's comment syntax, which then suppresses the finding", async () => {
    c.open("ignore.py", `token = "${fake.github()}"\n`, "python");
    const ignore = (await c.codeActions("ignore.py", await firstDiagnostic("ignore.py"))).find((a) => a.title.startsWith("Ignore"))!;
    await c.run(ignore);
    assert.match(c.read("ignore.py")!, /^token = "[^"]+" # hush:ignore github-pat\n$/);
    assert.equal((await c.diagnostics("ignore.py")).length, 0);
  });

  it("accepts a finding in the baseline by fingerprint, not line number", async () => {
    const secret = fake.awsSecret();
    c.open("base.yml", `aws_secret_access_key: ${secret}\n`, "yaml");
    const accept = (await c.codeActions("base.yml", await firstDiagnostic("base.yml"))).find((a) => a.title.startsWith("Accept"))!;
    await c.run(accept);
    const baseline = JSON.parse(c.read(".hush-baseline.json")!) as { entries: { fingerprint: string; path: string }[] };
    assert.equal(baseline.entries.length, 1);
    assert.equal(baseline.entries[0]?.path, "base.yml");
    assert.ok(!JSON.stringify(baseline).includes(secret));
    await new Promise((r) => setTimeout(r, 150));
    c.change("base.yml", `# moved down a line\naws_secret_access_key: ${secret}\n`);
    assert.equal((await c.diagnostics("base.yml")).length, 0);
  });

  it("offers Move to keychain only to clients that implement it", async () => {
    const k = await TestClient.start({ clientCommands: ["hush.moveToStore"] });
    try {
      k.open("k.js", `const stripeKey = "${fake.stripe()}";\n`, "javascript");
      const d = await k.diagnostics("k.js");
      const titles = (await k.codeActions("k.js", d[0]!)).map((a) => a.title);
      assert.ok(titles.includes("Move to keychain as STRIPE_KEY"));
      assert.ok(!titles.some((t) => /Vault|AWS/.test(t)), "no remote store is configured yet");
      k.settings = { stores: { vault: { production: { address: "http://127.0.0.1:8200" } }, aws: { staging: { region: "eu-west-1" } } } };
      k.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
      await new Promise((r) => setTimeout(r, 200));
      const withRemote = (await k.codeActions("k.js", d[0]!)).map((a) => a.title);
      assert.ok(withRemote.includes("Move to Vault as STRIPE_KEY") && withRemote.includes("Move to AWS Secrets Manager as STRIPE_KEY"));
    } finally {
      await k.stop();
    }
    const titles = (await c.codeActions("pay.js", { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: "", source: "hush", code: "x" })).map((a) => a.title);
    assert.ok(!titles.some((t) => t.includes("keychain")));
  });
});

describe("language server: logged credentials", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(async () => c.stop());

  it("flags a credential that flows into a log call, points at its source, and redacts it in one action", async () => {
    const text = `function login(user, password) {\n  const secretToken = password;\n  console.log("login", user, secretToken);\n}\n`;
    c.open("login.js", text, "javascript");
    const d = (await c.diagnostics("login.js")).filter((x) => x.code === "logged-credential");
    assert.equal(d.length, 1);
    assert.equal(rangeText(text, d[0]!.range), "secretToken");
    assert.equal(d[0]!.range.start.line, 2);
    assert.ok((d[0]!.relatedInformation ?? []).length > 0, "where the value came from");
    const actions = await c.codeActions("login.js", d[0]!);
    assert.deepEqual(actions.slice(0, 2).map((a) => a.title), ["Redact in log", "Log presence only"]);
    await c.run(actions[0]!);
    assert.match(c.read("login.js")!, /console\.log\("login", user, "\[REDACTED\]"\);/);
    assert.equal((await c.diagnostics("login.js")).filter((x) => x.code === "logged-credential").length, 0);
  });

  it("is silent on metadata names and sanitized values, and honours the rule setting", async () => {
    c.open("ok.py", `import hashlib, logging\ndef f(password, token_type):\n    logging.info("type %s", token_type)\n    logging.info("hash %s", hashlib.sha256(password.encode()).hexdigest())\n`, "python");
    assert.equal((await c.diagnostics("ok.py")).length, 0);
    c.settings = { rules: { "logged-credential": "off" } };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    c.open("off.js", `function f(password) { console.log(password); }\n`, "javascript");
    assert.equal((await c.diagnostics("off.js")).length, 0);
    c.settings = {};
  });
});

describe("language server: hostile input", () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start();
  });
  after(async () => c.stop());

  it("skips an oversized document with an information message, survives binary and regex bait, and keeps working", async () => {
    const chunk = "var a=function(b){return b+1},c=[1,2,3].map(function(d){return d*2});";
    c.open("huge.js", chunk.repeat(Math.ceil(6e6 / chunk.length)), "javascript"); // over the 5 MB default
    assert.equal((await c.diagnostics("huge.js", false, 20000)).length, 0);
    assert.ok(c.messages.some((m) => /huge\.js is larger than 5 MB; Hush skipped it/.test(m)));
    c.open("bin.dat", String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => i % 32)), "plaintext");
    assert.equal((await c.diagnostics("bin.dat")).length, 0);
    const bait = ["A".repeat(200000), "password=" + "=".repeat(100000), "-----BEGIN RSA PRIVATE KEY-----" + "A".repeat(300000), "postgres://" + "a:".repeat(50000) + "@", '"' + '\\"'.repeat(100000)].join("\n");
    const t0 = Date.now();
    c.open("bait.txt", bait, "plaintext");
    await c.diagnostics("bait.txt", false, 20000);
    assert.ok(Date.now() - t0 < 10000, `regex bait answered in ${Date.now() - t0} ms`);
    const secret = fake.stripe();
    c.open("after.js", `const k = "${secret}";\n`, "javascript");
    assert.deepEqual((await c.diagnostics("after.js")).map((d) => d.code), ["stripe-secret-key"]);
  });
});

describe("language server: workspace scan", () => {
  it("reports files never opened, logged credentials included, like the CLI", async () => {
    const c = await TestClient.start();
    try {
      c.write("src/pay.js", `const stripeKey = "${fake.stripe()}";\n`);
      c.write("src/login.js", `function login(user, password) {\n  console.log("login", user, password);\n}\n`);
      const result = (await c.conn.sendRequest("hush/scanWorkspace", {})) as { scanned: number; findings: number };
      assert.equal(result.findings, 2);
      assert.deepEqual((await c.diagnostics("src/pay.js")).map((d) => d.code), ["stripe-secret-key"]);
      assert.deepEqual((await c.diagnostics("src/login.js")).map((d) => d.code), ["logged-credential"]);
    } finally {
      await c.stop();
    }
  });
});
