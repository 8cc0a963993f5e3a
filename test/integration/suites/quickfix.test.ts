// "Move to .env" end to end in the extension host: the quick fix is offered and preferred, applying it writes
// .env (0600), .env.example and .gitignore exactly and rewrites the code; undo reverts the code only.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  type Planted,
  activateHush,
  applyCodeAction,
  assertExactFinding,
  closeAllEditors,
  codeActionsAt,
  envEntries,
  fakeSecrets,
  fileMode,
  findingFor,
  openInEditor,
  plantFile,
  readIfExists,
  waitFor,
  waitForDiagnostics,
  workspaceRoot,
} from "../helpers";

const MOVE_TO_ENV = /^Move to \.env as ([A-Z_][A-Z0-9_]*)$/;

async function moveToEnvAction(planted: Planted): Promise<{ action: vscode.CodeAction; name: string; all: vscode.CodeAction[] }> {
  await waitForDiagnostics(planted.uri, `the ${planted.ruleId} finding`, (d) => !!findingFor(d, planted));
  const all = await waitFor(
    `a "Move to .env as NAME" quick fix over ${path.basename(planted.file)}`,
    async () => {
      const actions = await codeActionsAt(planted.uri, planted.range);
      return actions.some((a) => MOVE_TO_ENV.test(a.title)) ? actions : undefined;
    },
    () => "",
    15_000,
  );
  const action = all.find((a) => MOVE_TO_ENV.test(a.title));
  assert.ok(action, `quick fixes offered: ${all.map((a) => a.title).join(" | ")}`);
  const name = MOVE_TO_ENV.exec(action.title)?.[1];
  assert.ok(name);
  return { action, name, all };
}

suite("quick fix: Move to .env", () => {
  const root = () => workspaceRoot();
  const envFile = () => path.join(root(), ".env");
  const stripe = fakeSecrets().stripe;
  let js: Planted;

  suiteSetup(async () => {
    await activateHush();
    [js] = plantFile("billing.js", `const stripeSecretKey = "${stripe}";\nmodule.exports = { stripeSecretKey };\n`, [
      { value: stripe, ruleId: "stripe-secret-key" },
    ]) as [Planted];
  });

  suiteTeardown(closeAllEditors);

  test("the fix is offered as a preferred quickfix, first among Hush's fixes", async () => {
    await openInEditor(js.uri);
    const { action, all } = await moveToEnvAction(js);
    assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `kind is ${action.kind?.value}`);
    assert.equal(action.isPreferred, true, `"${action.title}" must be the preferred fix`);
    const hushFixes = all.filter((a) => /\.env|store|baseline|ignore/i.test(a.title));
    assert.equal(hushFixes[0]?.title, action.title, `order: ${hushFixes.map((a) => a.title).join(" | ")}`);
  });

  test("applying it writes .env (0600), .env.example, .gitignore and rewrites the code", async () => {
    const editor = await openInEditor(js.uri);
    const { action, name } = await moveToEnvAction(js);
    assert.equal(name, "STRIPE_SECRET_KEY", "variable name taken from the code (stripeSecretKey)");
    await applyCodeAction(action);

    const expectedLine = `const stripeSecretKey = process.env.${name};`;
    await waitFor(
      "the literal to be replaced in the editor",
      () => editor.document.lineAt(0).text === expectedLine,
      () => editor.document.lineAt(0).text.replace(stripe, "<the secret>"),
    );
    assert.ok(!editor.document.getText().includes(stripe), "the value is still in the code");
    assert.equal(editor.document.lineAt(1).text, "module.exports = { stripeSecretKey };", "the rest of the file is kept");

    await waitFor(".env to hold the value", () => envEntries(readIfExists(envFile())).get(name) === stripe);
    assert.equal(fileMode(envFile()).toString(8), "600", ".env must be created with mode 0600");

    const example = readIfExists(path.join(root(), ".env.example"));
    assert.ok(new RegExp(`^${name}=\\s*$`, "m").test(example), `.env.example must list "${name}=": ${example.trim()}`);
    assert.ok(!example.includes(stripe), ".env.example holds the value");

    const gitignore = readIfExists(path.join(root(), ".gitignore")).split(/\r?\n/);
    assert.ok(gitignore.some((line) => /^\/?\.env$/.test(line.trim())), `.gitignore must ignore .env: ${gitignore.join(",")}`);
    assert.ok(gitignore.includes("node_modules") && gitignore.includes("dist/"), "existing .gitignore lines must be kept");

    await waitForDiagnostics(js.uri, "no finding left in billing.js", (d) => !findingFor(d, js));
  });

  test("undo reverts the code edit; .env keeps the value", async () => {
    const editor = await openInEditor(js.uri);
    await vscode.commands.executeCommand("undo");
    await waitFor(
      "undo to bring the literal back",
      () => editor.document.getText().includes(stripe),
      () => editor.document.lineAt(0).text.replace(stripe, "<the secret>"),
    );
    assert.equal(editor.document.lineAt(0).text, `const stripeSecretKey = "${stripe}";`);
    assert.equal(envEntries(readIfExists(envFile())).get("STRIPE_SECRET_KEY"), stripe, ".env lost the value on undo");
    assertExactFinding(await waitForDiagnostics(js.uri, "the finding back", (d) => !!findingFor(d, js)), js);
  });

  test("applying it again does not duplicate the .env entry", async () => {
    await openInEditor(js.uri);
    const { action, name } = await moveToEnvAction(js);
    await applyCodeAction(action);
    await waitForDiagnostics(js.uri, "no finding left", (d) => !findingFor(d, js));
    const lines = readIfExists(envFile()).split(/\r?\n/).filter((line) => line.startsWith(`${name}=`));
    assert.equal(lines.length, 1, `.env has ${lines.length} ${name} entries`);
  });

  test("Python: the fix reads os.environ, imports os and keeps earlier .env entries", async () => {
    const github = fakeSecrets().github;
    const [py] = plantFile("local_settings.py", `import json\n\nDEBUG = False\nGITHUB_TOKEN = "${github}"\n`, [
      { value: github, ruleId: "github-pat" },
    ]);
    assert.ok(py);
    const editor = await openInEditor(py.uri);
    const { action, name } = await moveToEnvAction(py);
    await applyCodeAction(action);
    await waitFor(
      "the literal to be replaced in local_settings.py",
      () => !editor.document.getText().includes(github),
      () => "the value is still in the editor",
    );
    const text = editor.document.getText();
    assert.ok(new RegExp(`^GITHUB_TOKEN = os\\.(environ\\[["']${name}["']\\]|environ\\.get\\(["']${name}["']\\)|getenv\\(["']${name}["']\\))`, "m").test(text),
      `the assignment must read the environment: ${text.split("\n").find((l) => l.startsWith("GITHUB_TOKEN")) ?? "(line gone)"}`);
    assert.ok(/^import os$|^import os\b|^from os import/m.test(text), "os must be imported");
    assert.ok(/^import json$/m.test(text), "existing imports kept");
    const entries = await waitFor(".env to hold both values", () => {
      const parsed = envEntries(readIfExists(envFile()));
      return parsed.get(name) === github ? parsed : undefined;
    });
    assert.ok(entries.has("STRIPE_SECRET_KEY"), "the earlier STRIPE_SECRET_KEY entry was lost");
    assert.equal(fileMode(envFile()).toString(8), "600");
  });
});
