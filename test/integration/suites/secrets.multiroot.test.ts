// A multi-root workspace (folders api and web, opened from hush.code-workspace): every folder has its own stores.
// The tree shows folder -> environment -> store -> secret; tree actions act on the node's folder; commands without a
// node (Insert Secret, hush.secretValue, Run with Secrets) use the folder of the active editor. The keychain is a
// real gnome-keyring (private D-Bus session started by the suite), with one service per folder and environment.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { closeEditorsDiscardingChanges, newValue, run, sleep, startPrivateKeyring, state, waitUntil, type TreeSnapshotItem, auditRecords } from "./secretsSupport";

const EXTENSION_ID = "hush-dev.hush";

function folderNamed(name: string): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === name);
  assert.ok(folder, `workspace folder ${name} is open`);
  return folder;
}

/** The items below the first item that `match`es, down to the next item at its depth or above. */
function subtree(tree: TreeSnapshotItem[], match: (item: TreeSnapshotItem) => boolean): TreeSnapshotItem[] {
  const index = tree.findIndex(match);
  if (index < 0) return [];
  const depth = (tree[index] as TreeSnapshotItem).depth;
  const below: TreeSnapshotItem[] = [];
  for (const item of tree.slice(index + 1)) {
    if (item.depth <= depth) break;
    below.push(item);
  }
  return below;
}

suite("secrets explorer in a multi-root workspace", () => {
  const apiValue = newValue("api_");
  const webValue = newValue("web_");
  const webDotenv = newValue("wdot_");
  let api: vscode.WorkspaceFolder;
  let web: vscode.WorkspaceFolder;

  suiteSetup(async function () {
    this.timeout(60_000);
    await startPrivateKeyring();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, "extension installed");
    await extension.activate();
    api = folderNamed("api");
    web = folderNamed("web");
    await vscode.commands.executeCommand("hush.secrets.refresh");
  });

  suiteTeardown(async () => {
    await closeEditorsDiscardingChanges();
  });

  test("the tree shows each folder with its own environments and stores; each folder has its own keychain service", async () => {
    // Something to show, so the welcome view does not replace the tree.
    fs.writeFileSync(path.join(web.uri.fsPath, ".env"), `WEB_ONLY=${webDotenv}\n`, { mode: 0o600 });
    await vscode.commands.executeCommand("hush.secrets.refresh");
    await waitUntil("both folders at the top of the tree", async () => (await state()).tree.filter((item) => item.depth === 0).length === 2, 20_000);
    const current = await state();
    const top = current.tree.filter((item) => item.depth === 0);
    assert.deepEqual(top.map((item) => [item.label, item.contextValue]), [["api", "hush.workspaceFolder"], ["web", "hush.workspaceFolder"]]);
    for (const name of ["api", "web"]) {
      const below = subtree(current.tree, (item) => item.depth === 0 && item.label === name);
      assert.deepEqual(below.filter((item) => item.depth === 1).map((item) => item.label), ["development", "staging", "production"], `${name} lists its environments`);
      assert.ok(below.some((item) => item.depth === 2 && item.label === "OS keychain"), `${name} has its keychain store`);
    }
    const webDev = subtree(current.tree, (item) => item.depth === 0 && item.label === "web");
    const apiDev = subtree(current.tree, (item) => item.depth === 0 && item.label === "api");
    assert.ok(webDev.some((item) => item.label === "WEB_ONLY"), "web's .env is under web");
    assert.ok(!apiDev.some((item) => item.label === "WEB_ONLY"), "web's .env is not under api");
    const ids = current.folders.map((folder) => folder.workspaceId);
    assert.equal(new Set(ids).size, 2, `each folder has its own keychain workspace id: ${ids.join(", ")}`);
    assert.ok(ids[0]?.startsWith("api-") && ids[1]?.startsWith("web-"));
  });

  test("tree actions write to and read from the node's folder: the same name holds a different value per folder", async () => {
    for (const [folder, value] of [[api, apiValue], [web, webValue]] as const) {
      const node = { type: "store", environment: "development", storeId: "keychain", folder: folder.uri.toString() };
      await run("hush.secrets.add", [node], { id: "add.name", answer: "SHARED_TOKEN" }, { id: "add.value", answer: value });
    }
    for (const [folder, value] of [[api, apiValue], [web, webValue]] as const) {
      await vscode.commands.executeCommand("hush.secrets.copy", { environment: "development", storeId: "keychain", name: "SHARED_TOKEN", folder: folder.uri.toString() });
      assert.equal(await vscode.env.clipboard.readText(), value, `copy from ${folder.name}'s node reads ${folder.name}'s keychain`);
    }
    await vscode.env.clipboard.writeText("");
    const tree = (await state()).tree;
    for (const name of ["api", "web"]) {
      assert.ok(subtree(tree, (item) => item.depth === 0 && item.label === name).some((item) => item.label === "SHARED_TOKEN"), `SHARED_TOKEN listed under ${name}`);
    }
    const copies = (await auditRecords()).filter((record) => record.operation === "copy" && record.secret === "SHARED_TOKEN");
    assert.deepEqual(copies.map((record) => record.folder), ["api", "web"], "audit lines name the folder");
    const text = tree.map((item) => `${item.label} ${item.description} ${item.tooltip}`).join("\n");
    for (const value of [apiValue, webValue, webDotenv]) assert.ok(!text.includes(value), "no value in the tree");
  });

  test("commands without a node follow the folder of the active editor", async () => {
    const secretValue = async () => (await run("hush.secretValue", [{ name: "SHARED_TOKEN", environment: "development" }])).result;
    await vscode.window.showTextDocument(vscode.Uri.joinPath(api.uri, "src", "app.js"));
    await waitUntil("api to be the active folder", async () => (await state()).activeFolder === "api");
    assert.equal(await secretValue(), apiValue, "with an api file active, api's keychain answers");
    await vscode.window.showTextDocument(vscode.Uri.joinPath(web.uri, "src", "index.js"));
    await waitUntil("web to be the active folder", async () => (await state()).activeFolder === "web");
    assert.equal(await secretValue(), webValue, "with a web file active, web's keychain answers");
    // An editor outside the workspace keeps the last folder.
    const untitled = await vscode.workspace.openTextDocument({ language: "javascript", content: "" });
    await vscode.window.showTextDocument(untitled);
    await sleep(300);
    assert.equal((await state()).activeFolder, "web");
    // Insert Secret (palette, no node) offers the active folder's secrets: web's .env entry is one of them.
    const { prompts } = await run("hush.insertSecret", [], { id: "secret", answer: "WEB_ONLY" }, { id: "insert.mode", answer: "Insert process.env.WEB_ONLY" });
    assert.ok(prompts.some((prompt) => prompt.id === "secret" && prompt.texts.includes("WEB_ONLY")));
    assert.equal(vscode.window.activeTextEditor?.document.getText(), "process.env.WEB_ONLY");
    await closeEditorsDiscardingChanges();
  });
});
