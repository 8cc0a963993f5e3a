// `Hush: Scan Workspace` reports findings in files that were never opened.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  type Planted,
  activateHush,
  assertExactFinding,
  fakeSecrets,
  findingFor,
  hushDiagnostics,
  plantFile,
  waitForDiagnostics,
} from "../helpers";

suite("scan workspace", () => {
  const secrets = fakeSecrets();
  let planted: Planted[] = [];

  suiteSetup(async () => {
    await activateHush();
    planted = [
      ...plantFile("server/payments.js", `exports.key = "${secrets.stripe}";\n`, [
        { value: secrets.stripe, ruleId: "stripe-secret-key" },
      ]),
      ...plantFile("deploy/notify.yml", `notify:\n  slack_token: ${secrets.slack}\n`, [
        { value: secrets.slack, ruleId: "slack-token" },
      ]),
      ...plantFile("tools/ci.py", `TOKEN = "${secrets.github}"\n`, [{ value: secrets.github, ruleId: "github-pat" }]),
    ];
  });

  test("hush.scanWorkspace fills diagnostics for files never opened, with exact ranges", async () => {
    await vscode.commands.executeCommand("hush.scanWorkspace");
    for (const p of planted) {
      const diagnostics = await waitForDiagnostics(p.uri, `the ${p.ruleId} finding from the scan`, (d) => !!findingFor(d, p), 30_000);
      assertExactFinding(diagnostics, p);
    }
    const opened = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const p of planted) assert.ok(!opened.has(p.uri.toString()), `${p.file} was opened; the scan must read it from disk`);
  });

  test("a clean file gets no finding from the scan", async () => {
    const clean = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, "src/clean.js");
    assert.deepEqual(hushDiagnostics(clean).map((d) => d.message), []);
  });
});
