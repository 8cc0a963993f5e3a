// Changing `hush.rules` takes effect on open documents without a reload.
import * as assert from "node:assert/strict";
import {
  type Planted,
  activateHush,
  assertExactFinding,
  closeAllEditors,
  diagnosticCode,
  fakeSecrets,
  findingFor,
  openInEditor,
  plantFile,
  updateWorkspaceSetting,
  waitForDiagnostics,
} from "../helpers";
import * as vscode from "vscode";

suite("settings", () => {
  const secrets = fakeSecrets();
  let stripe: Planted;
  let github: Planted;

  suiteSetup(async () => {
    await activateHush();
    [stripe, github] = plantFile(
      "settings-check.js",
      `const stripeSecretKey = "${secrets.stripe}";\nconst githubToken = "${secrets.github}";\n`,
      [
        { value: secrets.stripe, ruleId: "stripe-secret-key" },
        { value: secrets.github, ruleId: "github-pat" },
      ],
    ) as [Planted, Planted];
    await openInEditor(stripe.uri);
  });

  suiteTeardown(async () => {
    await updateWorkspaceSetting("rules", undefined);
    await closeAllEditors();
  });

  test('hush.rules { "stripe-secret-key": "off" } removes that finding and keeps the others', async () => {
    await waitForDiagnostics(stripe.uri, "both findings", (d) => !!findingFor(d, stripe) && !!findingFor(d, github));
    await updateWorkspaceSetting("rules", { "stripe-secret-key": "off" });
    const after = await waitForDiagnostics(stripe.uri, "the Stripe finding to disappear", (d) =>
      d.every((x) => diagnosticCode(x) !== "stripe-secret-key"),
    );
    assertExactFinding(after, github);
  });

  test("resetting hush.rules brings the finding back", async () => {
    await updateWorkspaceSetting("rules", undefined);
    const after = await waitForDiagnostics(stripe.uri, "the Stripe finding to come back", (d) => !!findingFor(d, stripe));
    assertExactFinding(after, stripe);
  });

  test('a rule set to "warning" changes the severity', async () => {
    await updateWorkspaceSetting("rules", { "github-pat": "warning" });
    const after = await waitForDiagnostics(stripe.uri, "github-pat as a warning", (d) =>
      findingFor(d, github)?.severity === vscode.DiagnosticSeverity.Warning,
    );
    assert.equal(findingFor(after, stripe)?.severity, vscode.DiagnosticSeverity.Error, "other rules keep their severity");
    await updateWorkspaceSetting("rules", undefined);
  });
});
