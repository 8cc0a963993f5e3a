// The client half of "Move to keychain": store first, then apply the server's edit; a failed store write or a
// stale document leaves the code untouched. The arguments are built here exactly as MoveToStoreArgs describes them
// (server/src/protocol.ts), so this suite does not depend on which diagnostics the server reports.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { randomBytes } from "node:crypto";
import { closeEditorsDiscardingChanges, newValue, remember, run, saveFileDocuments, secretValue, startPrivateKeyring, waitUntil, workspaceRoot } from "./secretsSupport";

interface Planted {
  uri: vscode.Uri;
  document: vscode.TextDocument;
  value: string;
  valueRange: vscode.Range;
  literalRange: vscode.Range;
}

async function plant(relative: string, name: string): Promise<Planted> {
  const value = newValue("sk_" + "live_");
  const file = path.join(workspaceRoot(), relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = `// config\nconst ${name.toLowerCase()} = "${value}";\nmodule.exports = { ${name.toLowerCase()} };\n`;
  fs.writeFileSync(file, text);
  const uri = vscode.Uri.file(file);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const start = text.indexOf(value);
  const valueRange = new vscode.Range(document.positionAt(start), document.positionAt(start + value.length));
  const literalRange = new vscode.Range(valueRange.start.translate(0, -1), valueRange.end.translate(0, 1));
  return { uri, document, value, valueRange, literalRange };
}

const lspRange = (range: vscode.Range) => ({
  start: { line: range.start.line, character: range.start.character },
  end: { line: range.end.line, character: range.end.character },
});

function argsFor(planted: Planted, name: string, store: string, version = planted.document.version) {
  const example = vscode.Uri.file(path.join(workspaceRoot(), ".env.example"));
  return {
    uri: planted.uri.toString(),
    version,
    range: lspRange(planted.valueRange),
    name,
    store,
    edit: {
      documentChanges: [
        { textDocument: { uri: planted.uri.toString(), version }, edits: [{ range: lspRange(planted.literalRange), newText: `process.env.${name}` }] },
        { kind: "create", uri: example.toString(), options: { ignoreIfExists: true } },
        { textDocument: { uri: example.toString(), version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${name}=\n` }] },
      ],
    },
  };
}

suite("secrets: Move to keychain quick fix (hush.moveToStore)", () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    await startPrivateKeyring();
    await vscode.extensions.getExtension("hush-dev.hush")?.activate();
    await vscode.commands.executeCommand("hush.secrets.refresh");
  });

  suiteTeardown(() => {
    // The planted files of the refused moves still hold their literal on purpose; remove them before the leak scan.
    for (const file of ["src/readonly.js", "src/stale.js", "src/prod.js"]) fs.rmSync(path.join(workspaceRoot(), file), { force: true });
  });

  teardown(async () => {
    await saveFileDocuments();
    await closeEditorsDiscardingChanges();
  });

  test("stores the literal in the chosen environment's keychain, then rewrites the code and .env.example", async () => {
    const planted = await plant("src/stripe.js", "STRIPE_KEY");
    const { result } = await run("hush.moveToStore", [argsFor(planted, "STRIPE_KEY", "keychain")], { id: "moveToStore.environment", answer: "development" });
    assert.equal(result, true);
    assert.equal(await secretValue("STRIPE_KEY", "development", "keychain"), planted.value);
    assert.equal(planted.document.lineAt(1).text, "const stripe_key = process.env.STRIPE_KEY;");
    assert.ok(!planted.document.getText().includes(planted.value));
    await saveFileDocuments();
    assert.match(fs.readFileSync(path.join(workspaceRoot(), ".env.example"), "utf8"), /^STRIPE_KEY=$/m);
  });

  test("end to end: the server's \"Move to keychain\" code action stores the value and rewrites the code", async function () {
    this.timeout(60_000);
    const value = "sk_" + "live_" + randomBytes(24).toString("hex");
    remember(value);
    const file = path.join(workspaceRoot(), "src", "billing.js");
    fs.writeFileSync(file, `const stripeSecretKey = "${value}";\nmodule.exports = { stripeSecretKey };\n`);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf(value);
    const range = new vscode.Range(document.positionAt(start), document.positionAt(start + value.length));
    await waitUntil("a Hush diagnostic on the literal", () => vscode.languages.getDiagnostics(document.uri).some((diagnostic) => diagnostic.source === "hush" && diagnostic.range.intersection(range) !== undefined), 30_000);
    const actions = (await vscode.commands.executeCommand<Array<vscode.CodeAction>>("vscode.executeCodeActionProvider", document.uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const move = actions.find((action) => /^Move to (the OS )?keychain/i.test(action.title));
    assert.ok(move?.command, `a "Move to keychain" action; offered: ${actions.map((action) => action.title).join(" | ")}`);
    const name = (move.command.arguments?.[0] as { name: string }).name;
    const { result } = await run(move.command.command, move.command.arguments ?? [], { id: "moveToStore.environment", answer: "development" });
    assert.equal(result, true);
    assert.equal(await secretValue(name, "development", "keychain"), value);
    assert.ok(!document.getText().includes(value), "the literal is gone from the code");
    assert.ok(document.getText().includes(`process.env.${name}`), document.getText().replace(value, "<value>"));
    await saveFileDocuments();
    const example = fs.readFileSync(path.join(workspaceRoot(), ".env.example"), "utf8");
    assert.equal(example.split("\n").filter((line) => line === `${name}=`).length, 1, ".env.example lists the name once, without a value");
  });

  test("a store write that fails leaves the code untouched and says why", async () => {
    const planted = await plant("src/readonly.js", "RO_KEY");
    const envFile = path.join(workspaceRoot(), ".env");
    if (!fs.existsSync(envFile)) fs.writeFileSync(envFile, "", { mode: 0o600 });
    const before = fs.readFileSync(envFile, "utf8");
    fs.chmodSync(envFile, 0o400);
    try {
      const textBefore = planted.document.getText();
      const { result, prompts } = await run("hush.moveToStore", [argsFor(planted, "RO_KEY", "dotenv")], { id: "moveToStore.environment", answer: "development" });
      assert.equal(result, false);
      assert.equal(planted.document.getText(), textBefore, "code untouched");
      const error = prompts.find((prompt) => prompt.kind === "error")?.texts[0] ?? "";
      assert.match(error, /RO_KEY was not moved .*read-only.*The code was left unchanged/);
      assert.equal(fs.readFileSync(envFile, "utf8"), before);
    } finally {
      fs.chmodSync(envFile, 0o600);
    }
  });

  test("a stale document version is refused before anything is stored", async () => {
    const planted = await plant("src/stale.js", "STALE_KEY");
    const { result, prompts } = await run("hush.moveToStore", [argsFor(planted, "STALE_KEY", "keychain", planted.document.version - 1)]);
    assert.equal(result, false);
    assert.match(prompts.find((prompt) => prompt.kind === "error")?.texts[0] ?? "", /file changed since the fix was offered/);
    assert.equal(await secretValue("STALE_KEY", "development", "keychain"), undefined);
    assert.ok(planted.document.getText().includes(planted.value));
  });

  test("a protected environment asks first; declining stores nothing and keeps the code", async () => {
    const planted = await plant("src/prod.js", "PROD_KEY");
    const { result } = await run("hush.moveToStore", [argsFor(planted, "PROD_KEY", "keychain")], { id: "moveToStore.environment", answer: "production" }, { id: "protected.move-to-store", answer: false });
    assert.equal(result, false);
    assert.ok(planted.document.getText().includes(planted.value));
    assert.equal(await secretValue("PROD_KEY", "production", "keychain"), undefined);
  });
});
