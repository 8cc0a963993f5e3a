// The Secret Service stops: the keychain store falls back to VS Code's SecretStorage, says so once, and never
// writes a plaintext file.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { filesUnder, newValue, privateKeyring, run, secretValue, startPrivateKeyring, state, workspaceRoot } from "./secretsSupport";
import * as fs from "node:fs";

suite("secrets: fallback when no Secret Service answers", () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    await startPrivateKeyring();
    await vscode.extensions.getExtension("hush-dev.hush")?.activate();
  });

  test("with the Secret Service stopped, the keychain store becomes VS Code secret storage, announced once", async function () {
    this.timeout(60_000);
    const keyring = privateKeyring();
    assert.ok(keyring);
    await keyring.stopSecretService();
    await vscode.commands.executeCommand("hush.secrets.refresh");
    const current = await state();
    const development = current.stores.find((entry) => entry.environment === "development");
    assert.deepEqual(development?.stores[0], { kind: "keychain", label: "VS Code secret storage (keychain unavailable)" });
    // Counted over the whole session: "once" means exactly one such warning, however often stores are rebuilt.
    const isFallbackWarning = (prompt: { kind: string; texts: string[] }) => prompt.kind === "warning" && (prompt.texts[0] ?? "").includes("OS keychain is not available");
    const warnings = current.prompts.filter(isFallbackWarning);
    assert.equal(warnings.length, 1, `the fallback is announced; ${current.prompts.length} prompts, warnings: ${JSON.stringify(current.prompts.filter((prompt) => prompt.kind === "warning").map((prompt) => prompt.texts[0]?.slice(0, 80)))}`);
    assert.match(warnings[0]?.texts[0] ?? "", /VS Code's secret storage instead \(never in a plain file\)/);
    await vscode.commands.executeCommand("hush.secrets.refresh");
    const again = (await state()).prompts.filter(isFallbackWarning);
    assert.equal(again.length, 1, "announced once, not on every refresh");
    const fallbackLines = current.logLines.filter((line) => line.includes("OS keychain unavailable"));
    assert.ok(fallbackLines.length >= 1, "the reason is logged");
    assert.match(fallbackLines[0] ?? "", /Secret Service|keychain/);
  });

  test("secrets can be added, read and deleted in the fallback store; no plaintext file appears", async () => {
    const value = newValue("fb_");
    await run("hush.secrets.add", [{ type: "store", environment: "development", storeId: "keychain" }], { id: "add.name", answer: "FALLBACK_TOKEN" }, { id: "add.value", answer: value });
    assert.equal(await secretValue("FALLBACK_TOKEN", "development", "keychain"), value);
    const tree = (await state()).tree;
    assert.ok(tree.some((item) => item.label === "VS Code secret storage (keychain unavailable)"));
    assert.ok(tree.some((item) => item.label === "FALLBACK_TOKEN"));
    for (const file of [...filesUnder(workspaceRoot()), ...filesUnder((await state()).auditLogPath.replace(/[^/]+$/, ""))]) {
      assert.ok(!fs.readFileSync(file, "utf8").includes(value), `value found in ${file}`);
    }
    await run("hush.secrets.delete", [{ type: "secret", environment: "development", storeId: "keychain", name: "FALLBACK_TOKEN" }], { id: "delete.confirm", answer: true });
    assert.equal(await secretValue("FALLBACK_TOKEN", "development", "keychain"), undefined);
  });

  suiteTeardown(async () => {
    await privateKeyring()?.stop();
  });
});
