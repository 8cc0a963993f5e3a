// Planted secrets in JavaScript, Python and YAML get Hush diagnostics with the rule id as code, exactly the
// secret's range, and a message that does not carry the value. Files are shown in editors, as a user opens
// them: the client pulls diagnostics for documents in tabs.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  type Planted,
  activateHush,
  assertExactFinding,
  closeAllEditors,
  fakeSecrets,
  findingFor,
  hushDiagnostics,
  openInEditor,
  plantFile,
  waitForDiagnostics,
  workspaceRoot,
} from "../helpers";

suite("diagnostics", () => {
  const secrets = fakeSecrets();
  const secondGithub = fakeSecrets().github;
  let appJs: Planted[] = [];
  let settingsPy: Planted[] = [];
  let configYml: Planted[] = [];

  suiteSetup(async () => {
    await activateHush();
    appJs = plantFile(
      "app.js",
      `const Stripe = require("stripe");\nconst stripeSecretKey = "${secrets.stripe}";\n` +
        `const octokit = { auth: "${secrets.github}" };\nmodule.exports = { stripeSecretKey, octokit };\n`,
      [
        { value: secrets.stripe, ruleId: "stripe-secret-key" },
        { value: secrets.github, ruleId: "github-pat" },
      ],
    );
    settingsPy = plantFile("settings.py", `import json\n\nDEBUG = False\nGITHUB_TOKEN = "${secondGithub}"\n`, [
      { value: secondGithub, ruleId: "github-pat" },
    ]);
    configYml = plantFile("config.yml", `service:\n  name: billing\nslack:\n  bot_token: ${secrets.slack}\n`, [
      { value: secrets.slack, ruleId: "slack-token" },
    ]);
  });

  suiteTeardown(closeAllEditors);

  for (const [label, planted] of [
    ["app.js", () => appJs],
    ["settings.py", () => settingsPy],
    ["config.yml", () => configYml],
  ] as const) {
    test(`${label}: each planted secret has a finding with its rule id and exact range`, async () => {
      const expected = planted();
      const first = expected[0];
      assert.ok(first);
      await openInEditor(first.uri);
      const diagnostics = await waitForDiagnostics(first.uri, `${expected.length} hush finding(s)`, (found) =>
        expected.every((p) => findingFor(found, p) !== undefined),
      );
      for (const p of expected) assertExactFinding(diagnostics, p);
    });
  }

  test("a live Stripe key is reported as an error", async () => {
    const stripe = appJs[0];
    assert.ok(stripe);
    const diagnostics = await waitForDiagnostics(stripe.uri, "the Stripe finding", (d) => !!findingFor(d, stripe));
    assert.equal(findingFor(diagnostics, stripe)?.severity, vscode.DiagnosticSeverity.Error);
  });

  test("no finding on a file with only env references and placeholders", async () => {
    const uri = vscode.Uri.file(path.join(workspaceRoot(), "src/clean.js"));
    await openInEditor(uri);
    // Give the server the time it needs for the other files, then expect nothing here.
    const stripe = appJs[0];
    assert.ok(stripe);
    await waitForDiagnostics(stripe.uri, "findings on app.js (server is up)", (d) => d.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.deepEqual(hushDiagnostics(uri).map((d) => d.message), []);
  });

  test("editing the secret away clears its finding without a save", async () => {
    const value = fakeSecrets().stripe;
    const [planted] = plantFile("edit-me.js", `const token = "${value}";\n`, [{ value, ruleId: "stripe-secret-key" }]);
    assert.ok(planted);
    const { uri } = planted;
    const { document } = await openInEditor(uri);
    assertExactFinding(await waitForDiagnostics(uri, "a finding", (d) => !!findingFor(d, planted)), planted);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, document.lineAt(0).range, "const token = process.env.STRIPE_SECRET_KEY;");
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, "no finding after the edit", (d) => d.length === 0);
  });
});
