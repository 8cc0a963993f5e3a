// The Secrets explorer in a real extension host: OS keychain through keytar on a private gnome-keyring, .env files
// on disk, every command driven with scripted answers to its prompts (modal dialogs cannot be clicked from here).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  closeEditorsDiscardingChanges,
  newValue,
  remember,
  run,
  secretValue,
  sleep,
  startPrivateKeyring,
  state,
  treeLabels,
  waitUntil,
  workspaceRoot, auditRecords } from "./secretsSupport";

const EXTENSION_ID = "hush-dev.hush";
const KEYCHAIN = { environment: "development", storeId: "keychain" };
const DOTENV = { environment: "development", storeId: "dotenv:.env" };

function ref(base: { environment: string; storeId: string }, name: string) {
  return { type: "secret", ...base, name };
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration("hush").update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function openDocument(language: string, content = ""): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(document);
}

suite("secrets explorer: OS keychain and .env files", () => {
  const values: Record<string, string> = {};

  suiteSetup(async function () {
    this.timeout(60_000);
    await startPrivateKeyring();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, "extension installed");
    await extension.activate();
    await setting("clipboardClearSeconds", 2);
    await setting("revealSeconds", 2);
    // Probe the keychain again now that the private Secret Service is up.
    await vscode.commands.executeCommand("hush.secrets.refresh");
  });

  suiteTeardown(async () => {
    await closeEditorsDiscardingChanges();
  });

  test("uses the OS keychain when a Secret Service answers, and the .env files of each environment", async () => {
    const current = await state();
    const development = current.stores.find((entry) => entry.environment === "development");
    assert.deepEqual(development?.stores, [
      { kind: "keychain", label: "OS keychain" },
      { kind: "dotenv", label: ".env" },
    ]);
    const production = current.stores.find((entry) => entry.environment === "production");
    assert.deepEqual(production?.stores.map((store) => store.label), ["OS keychain", ".env.production"]);
  });

  test("hush.keychain.backend switches the keychain store to VS Code secret storage and back", async () => {
    const keychainLabel = async () => (await state()).stores.find((entry) => entry.environment === "development")?.stores[0]?.label;
    await setting("keychain.backend", "secretStorage");
    await waitUntil("the secret storage store", async () => (await keychainLabel()) === "VS Code secret storage");
    await setting("keychain.backend", undefined);
    await waitUntil("the OS keychain store again", async () => (await keychainLabel()) === "OS keychain");
  });

  test("the view starts empty, which shows the welcome content", async () => {
    assert.deepEqual((await state()).tree, []);
  });

  test("Add Secret stores the value in the keychain; the tree shows the name only", async () => {
    values["API_KEY"] = newValue("sk_" + "test_");
    await run("hush.secrets.add", [{ type: "store", ...KEYCHAIN }], { id: "add.name", answer: "API_KEY" }, { id: "add.value", answer: values["API_KEY"] });
    assert.equal(await secretValue("API_KEY", "development", "keychain"), values["API_KEY"]);
    const tree = (await state()).tree;
    assert.ok(treeLabels(tree).includes("    API_KEY"), treeLabels(tree).join("\n"));
    const item = tree.find((entry) => entry.label === "API_KEY");
    assert.equal(item?.description, "");
    assert.match(item?.tooltip ?? "", /API_KEY in OS keychain \(development\)\. The value is hidden/);
    assert.match(item?.contextValue ?? "", /^hush\.secret;write;delete;rollback$/);
  });

  test("Add Secret to .env creates the file with mode 0600", async () => {
    values["DB_PASSWORD"] = newValue("pw_");
    await run("hush.secrets.add", [{ type: "store", ...DOTENV }], { id: "add.name", answer: "DB_PASSWORD" }, { id: "add.value", answer: values["DB_PASSWORD"] });
    const file = path.join(workspaceRoot(), ".env");
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(fs.readFileSync(file, "utf8"), `DB_PASSWORD=${values["DB_PASSWORD"]}\n`);
  });

  test("Reveal shows at most a 4-character prefix for a few seconds, then hides it", async () => {
    await run("hush.secrets.reveal", [ref(KEYCHAIN, "API_KEY")]);
    const shown = (await state()).tree.find((entry) => entry.label === "API_KEY");
    assert.equal(shown?.description, (values["API_KEY"] ?? "").slice(0, 4) + "…");
    await waitUntil("the prefix to be hidden again", async () => (await state()).tree.find((entry) => entry.label === "API_KEY")?.description === "", 6_000);
  });

  test("Copy puts the value on the clipboard and clears it after the delay", async () => {
    await run("hush.secrets.copy", [ref(KEYCHAIN, "API_KEY")]);
    assert.equal(await vscode.env.clipboard.readText(), values["API_KEY"]);
    await waitUntil("the clipboard to be cleared", async () => (await vscode.env.clipboard.readText()) === "", 6_000);
  });

  test("Copy leaves the clipboard alone when it holds something else by then", async () => {
    await run("hush.secrets.copy", [ref(DOTENV, "DB_PASSWORD")]);
    await vscode.env.clipboard.writeText("something the user copied");
    await sleep(3_000);
    assert.equal(await vscode.env.clipboard.readText(), "something the user copied");
  });

  test("Insert at cursor writes the language's run-time read, never the value", async () => {
    const cases: Array<[string, string]> = [
      ["javascript", "process.env.API_KEY"],
      ["python", 'os.environ["API_KEY"]'],
      ["go", 'os.Getenv("API_KEY")'],
      ["shellscript", '"$API_KEY"'],
    ];
    for (const [language, expected] of cases) {
      const editor = await openDocument(language);
      await run("hush.secrets.insertAtCursor", [ref(KEYCHAIN, "API_KEY")]);
      assert.equal(editor.document.getText(), expected, language);
    }
    await closeEditorsDiscardingChanges();
  });

  test("Insert Secret… offers the active environment's secrets; the value only after a modal warning", async () => {
    const editor = await openDocument("typescript");
    await run("hush.insertSecret", [], { id: "secret", answer: "API_KEY" }, { id: "insert.mode", answer: "Insert process.env.API_KEY" });
    assert.equal(editor.document.getText(), "process.env.API_KEY");
    await run("hush.insertSecret", [], { id: "secret", answer: "API_KEY" }, { id: "insert.mode", answer: "Insert the value itself" }, { id: "insert.value", answer: false });
    assert.equal(editor.document.getText(), "process.env.API_KEY", "declining the warning inserts nothing");
    const { prompts } = await run("hush.insertSecret", [], { id: "secret", answer: "DB_PASSWORD" }, { id: "insert.mode", answer: "Insert the value itself" }, { id: "insert.value", answer: true });
    assert.ok(editor.document.getText().includes(values["DB_PASSWORD"] ?? "?"), "the value is inserted after confirmation");
    const picked = prompts.find((prompt) => prompt.id === "secret");
    assert.ok(picked?.texts.includes("API_KEY") && picked.texts.includes("DB_PASSWORD"), "both stores' secrets are offered");
    await closeEditorsDiscardingChanges();
  });

  test("Edit replaces the value and the keychain keeps the previous one; Restore brings it back", async () => {
    const original = values["API_KEY"] ?? "";
    const edited = newValue("sk_" + "test_");
    await run("hush.secrets.edit", [ref(KEYCHAIN, "API_KEY")], { id: "edit.value", answer: edited });
    assert.equal(await secretValue("API_KEY", "development", "keychain"), edited);
    await run("hush.secrets.restorePrevious", [ref(KEYCHAIN, "API_KEY")], { id: "restore.confirm", answer: true });
    assert.equal(await secretValue("API_KEY", "development", "keychain"), original);
  });

  test("Rotate makes a new CSPRNG value with the chosen length and alphabet, keeping the old one as previous", async () => {
    const before = values["API_KEY"] ?? "";
    await run(
      "hush.secrets.rotate",
      [ref(KEYCHAIN, "API_KEY")],
      { id: "rotate.options", answer: "Choose length and alphabet…" },
      { id: "rotate.options.length", answer: "48" },
      { id: "rotate.options.alphabet", answer: "hex" },
      { id: "rotate.confirm", answer: true },
    );
    const rotated = (await secretValue("API_KEY", "development", "keychain")) ?? "";
    remember(rotated);
    assert.match(rotated, /^[0-9a-f]{48}$/);
    assert.notEqual(rotated, before);
    await run("hush.secrets.restorePrevious", [ref(KEYCHAIN, "API_KEY")], { id: "restore.confirm", answer: true });
    assert.equal(await secretValue("API_KEY", "development", "keychain"), before);
  });

  test("Rotate declined changes nothing", async () => {
    await run("hush.secrets.rotate", [ref(KEYCHAIN, "API_KEY")], { id: "rotate.options", answer: "40 characters, alphanumeric" }, { id: "rotate.confirm", answer: false });
    assert.equal(await secretValue("API_KEY", "development", "keychain"), values["API_KEY"]);
  });

  test("Rename keeps the value under the new name (keychain and .env); the keychain carries the previous version along", async () => {
    await run("hush.secrets.rename", [ref(KEYCHAIN, "API_KEY")], { id: "rename.name", answer: "SERVICE_API_KEY" });
    assert.equal(await secretValue("SERVICE_API_KEY", "development", "keychain"), values["API_KEY"]);
    assert.equal(await secretValue("API_KEY", "development", "keychain"), undefined);
    // The previous version (the 48-hex value of the rotate test, restored away from) moved to the new name: swap twice.
    await run("hush.secrets.restorePrevious", [ref(KEYCHAIN, "SERVICE_API_KEY")], { id: "restore.confirm", answer: true });
    assert.match((await secretValue("SERVICE_API_KEY", "development", "keychain")) ?? "", /^[0-9a-f]{48}$/);
    await run("hush.secrets.restorePrevious", [ref(KEYCHAIN, "SERVICE_API_KEY")], { id: "restore.confirm", answer: true });
    assert.equal(await secretValue("SERVICE_API_KEY", "development", "keychain"), values["API_KEY"]);
    fs.appendFileSync(path.join(workspaceRoot(), ".env"), "# keep this comment\nOTHER=1\n");
    await run("hush.secrets.rename", [ref(DOTENV, "DB_PASSWORD")], { id: "rename.name", answer: "DATABASE_PASSWORD" });
    assert.equal(fs.readFileSync(path.join(workspaceRoot(), ".env"), "utf8"), `DATABASE_PASSWORD=${values["DB_PASSWORD"]}\n# keep this comment\nOTHER=1\n`);
  });

  test("Generate Secret creates a strong random value in the chosen store", async () => {
    await run("hush.generateSecret", [{ type: "store", ...KEYCHAIN }], { id: "generate.name", answer: "SESSION_SECRET" }, { id: "generate.options", answer: "40 characters, alphanumeric" });
    const generated = (await secretValue("SESSION_SECRET", "development", "keychain")) ?? "";
    remember(generated);
    assert.match(generated, /^[A-Za-z0-9]{40}$/);
  });

  test("Delete asks first: declining keeps the secret, confirming removes it", async () => {
    await run("hush.secrets.delete", [ref(KEYCHAIN, "SESSION_SECRET")], { id: "delete.confirm", answer: false });
    assert.ok(await secretValue("SESSION_SECRET", "development", "keychain"));
    await run("hush.secrets.delete", [ref(KEYCHAIN, "SESSION_SECRET")], { id: "delete.confirm", answer: true });
    assert.equal(await secretValue("SESSION_SECRET", "development", "keychain"), undefined);
  });

  test("writes to the protected production environment need a modal confirmation", async () => {
    const value = newValue("prod_");
    const declined = await run("hush.secrets.add", [{ type: "store", environment: "production", storeId: "keychain" }], { id: "add.name", answer: "PROD_TOKEN" }, { id: "add.value", answer: value }, { id: "protected.write", answer: false });
    assert.ok(declined.prompts.some((prompt) => prompt.kind === "confirm" && prompt.texts.join(" ").includes("production is a protected environment")));
    assert.equal(await secretValue("PROD_TOKEN", "production", "keychain"), undefined);
    await run("hush.secrets.add", [{ type: "store", environment: "production", storeId: "keychain" }], { id: "add.name", answer: "PROD_TOKEN" }, { id: "add.value", answer: value }, { id: "protected.write", answer: true });
    assert.equal(await secretValue("PROD_TOKEN", "production", "keychain"), value);
  });

  test("Copy to another environment lists what changes, honours per-key exclusion and confirmation", async () => {
    const root = workspaceRoot();
    const same = newValue("same_");
    const differentSource = newValue("src_");
    const differentTarget = newValue("dst_");
    const added = newValue("add_");
    const excluded = newValue("excl_");
    fs.writeFileSync(path.join(root, ".env"), `SAME=${same}\nCHANGED=${differentSource}\nADDED=${added}\nEXCLUDED=${excluded}\n`, { mode: 0o600 });
    fs.writeFileSync(path.join(root, ".env.staging"), `# staging\nSAME=${same}\nCHANGED=${differentTarget}\n`, { mode: 0o600 });
    await vscode.commands.executeCommand("hush.secrets.refresh");
    const { prompts } = await run(
      "hush.secrets.copyToEnvironment",
      [{ type: "store", ...DOTENV }],
      { id: "copy.targetEnvironment", answer: "staging" },
      { id: "copy.targetStore", answer: ".env.staging" },
      { id: "copy.keys", answer: ["SAME", "CHANGED", "ADDED"] },
      { id: "copy.confirm", answer: true },
    );
    const confirm = prompts.find((prompt) => prompt.id === "copy.confirm");
    const text = confirm?.texts.join("\n") ?? "";
    assert.match(text, /Add: ADDED/);
    assert.match(text, /Overwrite: CHANGED/);
    assert.match(text, /Unchanged: SAME/);
    assert.ok(!text.includes("EXCLUDED"));
    assert.equal(fs.readFileSync(path.join(root, ".env.staging"), "utf8"), `# staging\nSAME=${same}\nCHANGED=${differentSource}\nADDED=${added}\n`);
  });

  test("Switch Environment changes the active environment that Insert Secret uses", async () => {
    await vscode.commands.executeCommand("hush.switchEnvironment", "staging");
    assert.equal((await state()).activeEnvironment, "staging");
    const editor = await openDocument("python");
    const { prompts } = await run("hush.insertSecret", [], { id: "secret", answer: "ADDED" }, { id: "insert.mode", answer: 'Insert os.environ["ADDED"]' });
    assert.equal(editor.document.getText(), 'os.environ["ADDED"]');
    assert.ok(prompts.find((prompt) => prompt.id === "secret")?.texts.some((text) => text.includes("staging")));
    await closeEditorsDiscardingChanges();
    await run("hush.switchEnvironment", [], { id: "switch.environment", answer: "development" });
    assert.equal((await state()).activeEnvironment, "development");
  });

  test("Run with Secrets opens a terminal whose environment holds the secrets, nothing written to disk", async () => {
    const filesBefore = fs.readdirSync(workspaceRoot()).sort();
    await run("hush.runWithSecrets", []);
    const terminal = vscode.window.terminals.find((candidate) => candidate.name === "Hush: development");
    assert.ok(terminal, "terminal opened");
    const env = (terminal.creationOptions as vscode.TerminalOptions).env ?? {};
    assert.equal(env["SERVICE_API_KEY"], values["API_KEY"], "keychain secret injected");
    assert.ok(typeof env["SAME"] === "string" && env["ADDED"] !== undefined, ".env secrets injected");
    assert.deepEqual(fs.readdirSync(workspaceRoot()).sort(), filesBefore);
    terminal.dispose();
  });

  test("hush.secretValue serves launch.json/tasks.json inputs and cancels when the secret is missing", async () => {
    assert.equal(await secretValue("SERVICE_API_KEY", "development"), values["API_KEY"]);
    const { result, prompts } = await run("hush.secretValue", [{ name: "NOT_THERE", environment: "development" }]);
    assert.equal(result, undefined);
    assert.ok(prompts.some((prompt) => prompt.kind === "error" && prompt.texts[0]?.includes("NOT_THERE is not defined")));
  });

  test('a launch configuration with "hushEnvironment" gets the secrets in its env (js-debug runs a real node process)', async function () {
    this.timeout(60_000);
    const root = workspaceRoot();
    const program = path.join(root, "src", "hush-env-probe.js");
    const report = path.join(root, "env-probe.json");
    // The probe writes only a hash of what it received, so no value lands on disk.
    fs.writeFileSync(
      program,
      `const crypto = require("crypto");\nconst fs = require("fs");\nconst v = process.env.SERVICE_API_KEY;\nfs.writeFileSync(${JSON.stringify(report)}, JSON.stringify({ present: typeof v === "string", sha256: v ? crypto.createHash("sha256").update(v).digest("hex") : "" }));\n`,
    );
    try {
      const folder = vscode.workspace.workspaceFolders?.[0];
      const started = await vscode.debug.startDebugging(folder, { type: "node", request: "launch", name: "hush env probe", program, hushEnvironment: "development", env: { EXPLICIT: "1" } });
      assert.ok(started, "debugging started");
      await waitUntil("the probe's report", () => fs.existsSync(report), 45_000);
      const result = JSON.parse(fs.readFileSync(report, "utf8")) as { present: boolean; sha256: string };
      const expected = (await import("node:crypto")).createHash("sha256").update(values["API_KEY"] ?? "").digest("hex");
      assert.deepEqual(result, { present: true, sha256: expected });
    } finally {
      fs.rmSync(program, { force: true });
      fs.rmSync(report, { force: true });
      await vscode.debug.stopDebugging();
    }
  });

  test("a read-only .env is refused with a clear message and left untouched", async () => {
    const file = path.join(workspaceRoot(), ".env");
    const before = fs.readFileSync(file, "utf8");
    fs.chmodSync(file, 0o400);
    try {
      const value = newValue("ro_");
      const { prompts } = await run("hush.secrets.add", [{ type: "store", ...DOTENV }], { id: "add.name", answer: "NEW_ONE" }, { id: "add.value", answer: value });
      const error = prompts.find((prompt) => prompt.kind === "error");
      assert.match(error?.texts[0] ?? "", /read-only/);
      assert.equal(fs.readFileSync(file, "utf8"), before);
    } finally {
      fs.chmodSync(file, 0o600);
    }
  });

  test("malformed .env lines are listed with line numbers and kept", async () => {
    const file = path.join(workspaceRoot(), ".env.production");
    const hidden = newValue("bad_");
    fs.writeFileSync(file, `GOOD=1\nthis is not ${hidden}\n`, { mode: 0o600 });
    await vscode.commands.executeCommand("hush.secrets.refresh");
    const labels = treeLabels((await state()).tree);
    assert.ok(labels.some((label) => label.includes("line 2: not a KEY=value line")), labels.join("\n"));
    assert.ok(fs.readFileSync(file, "utf8").includes(hidden));
  });

  test("Show Audit Log opens the log in extension storage, outside the repository, with one JSON line per access", async () => {
    const { auditLogPath } = await state();
    assert.ok(!auditLogPath.startsWith(workspaceRoot()), "not inside the workspace");
    await vscode.commands.executeCommand("hush.showAuditLog");
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, auditLogPath);
    const records = await auditRecords();
    const operations = new Set(records.map((record) => `${record.operation}:${record.result}`));
    for (const expected of ["write:ok", "reveal:ok", "copy:ok", "insert:ok", "rotate:ok", "rotate:cancelled", "delete:ok", "delete:cancelled", "rename:ok", "restore:ok", "generate:ok", "copy-to-environment:ok", "run-with-secrets:ok", "launch-variable:ok", "write:failure", "write:cancelled"]) {
      assert.ok(operations.has(expected), `audit has ${expected}; has ${[...operations].join(", ")}`);
    }
    for (const record of records) {
      assert.match(record.time ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.ok(record.user && record.store && record.environment && record.operation && record.result);
    }
    const failure = records.find((record) => record.operation === "write" && record.result === "failure");
    assert.equal(failure?.errorCode, "PermissionDenied");
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
  });
});
