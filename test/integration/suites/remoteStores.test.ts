// Vault and AWS Secrets Manager inside the real extension host: the wire fakes (test/fakes) run in this process on
// 127.0.0.1, the workspace settings point hush.stores.vault (staging) and hush.stores.aws (production) at them,
// and the secrets explorer's own commands do the rest: both stores in the tree, insert, rotate (and restore the
// previous version), copy between environments, and the "Move to store" client flow with store kinds vault and
// aws (including a failed write that must leave the code untouched). No value may appear in any label, tooltip,
// prompt or message.

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { FakeVaultServer } from "../../fakes/vaultServer";
import { FakeSecretsManagerServer } from "../../fakes/secretsManagerServer";
import { DEFAULT_SECRET_LENGTH } from "../../../client/src/secrets/generate";
import { mask } from "../../../server/src/engine/mask";
import type { TreeSnapshotItem } from "../../../client/src/secrets/index";
import {
  activateHush,
  assertNoLeak,
  closeAllEditors,
  codeActionsAt,
  fakeSecrets,
  findingFor,
  openInEditor,
  plantFile,
  updateWorkspaceSetting,
  waitFor,
  waitForDiagnostics,
  type Planted,
} from "../helpers";

type TreeItemSnapshot = TreeSnapshotItem;

/** The items directly below the first item labelled `label` (that starts with it when `prefix`). */
function childrenOf(tree: TreeItemSnapshot[], label: string, prefix = false): TreeItemSnapshot[] {
  const index = tree.findIndex((item) => (prefix ? item.label.startsWith(label) : item.label === label));
  if (index < 0) return [];
  const parent = tree[index] as TreeItemSnapshot;
  const children: TreeItemSnapshot[] = [];
  for (const item of tree.slice(index + 1)) {
    if (item.depth <= parent.depth) break;
    if (item.depth === parent.depth + 1) children.push(item);
  }
  return children;
}
interface TestState {
  tree: TreeItemSnapshot[];
  prompts: Array<{ id: string; kind: string; texts: string[] }>;
  logLines: string[];
}

const VAULT_PREFIX = "hush-it/staging";
const AWS_PREFIX = "hush-it/prod/";

async function script(answers: Array<{ id: string; answer: string | string[] | boolean | undefined }>): Promise<void> {
  await vscode.commands.executeCommand("hush._test.prompts", { script: answers });
}
async function stopScript(): Promise<unknown[]> {
  const result = await vscode.commands.executeCommand<{ leftover: unknown[] }>("hush._test.prompts", { stop: true });
  return result.leftover;
}
async function state(): Promise<TestState> {
  return vscode.commands.executeCommand<TestState>("hush._test.state");
}

suite("remote stores: Vault and AWS Secrets Manager in the explorer", () => {
  const vault = new FakeVaultServer({ mounts: { secret: 2 } });
  const aws = new FakeSecretsManagerServer("eu-west-1");
  const values: string[] = [];
  let token = "";
  let vaultLabel = "";
  let awsLabel = "";
  const savedEnv: Record<string, string | undefined> = {};

  suiteSetup(async function () {
    this.timeout(90_000);
    await vault.start();
    await aws.start();
    // The AWS store uses the SDK's default credential chain: give it environment credentials for the fake.
    const credential = aws.addCredential({ user: "hush-integration" });
    for (const key of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_EC2_METADATA_DISABLED"]) savedEnv[key] = process.env[key];
    process.env["AWS_ACCESS_KEY_ID"] = credential.accessKeyId;
    process.env["AWS_SECRET_ACCESS_KEY"] = credential.secretAccessKey;
    process.env["AWS_EC2_METADATA_DISABLED"] = "true";
    delete process.env["AWS_SESSION_TOKEN"];
    delete process.env["AWS_PROFILE"];

    const seeded = fakeSecrets();
    values.push(seeded.stripe, seeded.github);
    vault.kvWrite("secret", `${VAULT_PREFIX}/app`, { STRIPE_KEY: seeded.stripe });
    aws.seed(`${AWS_PREFIX}GITHUB_TOKEN`, seeded.github);
    token = vault.issueToken({ ttlSeconds: 3600, renewable: true });
    values.push(token);

    await activateHush();
    await updateWorkspaceSetting("stores.vault", { staging: { address: vault.address, pathPrefix: VAULT_PREFIX, kvVersion: 2, cacheTtlSeconds: 0 } });
    await updateWorkspaceSetting("stores.aws", { production: { region: "eu-west-1", endpoint: aws.endpoint, namePrefix: AWS_PREFIX, maxAttempts: 2, cacheTtlSeconds: 0 } });

    await script([{ id: "vault.signIn", answer: token }]);
    const signedIn = await vscode.commands.executeCommand<boolean>("hush.vault.signIn", { environment: "staging" });
    assert.deepEqual(await stopScript(), []);
    assert.equal(signedIn, true, "signing in to Vault with the token succeeded");
  });

  suiteTeardown(async () => {
    await stopScript().catch(() => undefined);
    await updateWorkspaceSetting("stores.vault", undefined);
    await updateWorkspaceSetting("stores.aws", undefined);
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await closeAllEditors();
    await vault.stop();
    await aws.stop();
  });

  test("shows both stores and their secrets in the tree, by name only", async () => {
    let last: TestState | undefined;
    const snapshot = await waitFor(
      "the Vault store under staging and the AWS store under production, with their secrets",
      async () => {
        const current = (last = await state());
        const labels = current.tree.map((item) => item.label);
        const vaultIndex = labels.findIndex((label) => label.startsWith("Vault secret/hush-it/staging"));
        const awsIndex = labels.findIndex((label) => label.startsWith("AWS Secrets Manager eu-west-1"));
        if (vaultIndex < 0 || awsIndex < 0) return undefined;
        if (current.tree[vaultIndex + 1]?.label !== "STRIPE_KEY" || current.tree[awsIndex + 1]?.label !== "GITHUB_TOKEN") return undefined;
        return current;
      },
      () => JSON.stringify(last?.tree.map((item) => item.label) ?? []),
      30_000,
    );
    vaultLabel = snapshot.tree.find((item) => item.label.startsWith("Vault "))?.label ?? "";
    awsLabel = snapshot.tree.find((item) => item.label.startsWith("AWS Secrets Manager"))?.label ?? "";
    const text = snapshot.tree.map((item) => `${item.label} ${item.description} ${item.tooltip}`).join("\n");
    for (const value of values) assertNoLeak(text, value, "the Secrets tree");
    const secretItem = snapshot.tree.find((item) => item.label === "GITHUB_TOKEN");
    assert.match(secretItem?.contextValue ?? "", /rollback/, "the AWS secret offers restoring the previous version");
  });

  test("inserts the run-time reference, and the value itself from Vault after confirmation", async () => {
    const document = await vscode.workspace.openTextDocument({ language: "javascript", content: "" });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("hush.secrets.insertAtCursor", { environment: "staging", storeId: "vault", name: "STRIPE_KEY" });
    assert.match(editor.document.getText(), /process\.env\.STRIPE_KEY/);
    await editor.edit((builder) => builder.insert(editor.document.positionAt(editor.document.getText().length), "\n"));
    await script([
      { id: "insert.mode", answer: "Insert the value itself" },
      { id: "insert.value", answer: true },
    ]);
    await vscode.commands.executeCommand("hush.insertSecret", { environment: "staging", storeId: "vault", name: "STRIPE_KEY" });
    assert.deepEqual(await stopScript(), []);
    assert.ok(editor.document.getText().includes(values[0] ?? "-"), "the value read from Vault was inserted");
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  test("rotates an AWS secret (new AWSCURRENT, old value AWSPREVIOUS) and restores the previous version", async () => {
    const name = `${AWS_PREFIX}GITHUB_TOKEN`;
    const original = aws.valueOf(name);
    await script([
      { id: "rotate.options", answer: `${DEFAULT_SECRET_LENGTH} characters, alphanumeric` },
      { id: "rotate.confirm", answer: true },
    ]);
    await vscode.commands.executeCommand("hush.secrets.rotate", { environment: "production", storeId: "aws", name: "GITHUB_TOKEN" });
    assert.deepEqual(await stopScript(), []);
    const rotated = aws.valueOf(name);
    assert.ok(rotated && rotated !== original && rotated.length === DEFAULT_SECRET_LENGTH, "a new value became AWSCURRENT");
    values.push(rotated);
    assert.equal(aws.valueOf(name, "AWSPREVIOUS"), original, "the old value is AWSPREVIOUS");

    await script([{ id: "restore.confirm", answer: true }]);
    await vscode.commands.executeCommand("hush.secrets.restorePrevious", { environment: "production", storeId: "aws", name: "GITHUB_TOKEN" });
    assert.deepEqual(await stopScript(), []);
    assert.equal(aws.valueOf(name), original, "rollback moved AWSCURRENT back to the original version");
    assert.equal(aws.valueOf(name, "AWSPREVIOUS"), rotated);
  });

  test("rotates a Vault key as a new KV version, keeping the old one", async () => {
    const before = vault.kvVersions("secret", `${VAULT_PREFIX}/app`)?.current ?? 0;
    await script([
      { id: "rotate.options", answer: `${DEFAULT_SECRET_LENGTH} characters, alphanumeric` },
      { id: "rotate.confirm", answer: true },
    ]);
    await vscode.commands.executeCommand("hush.secrets.rotate", { environment: "staging", storeId: "vault", name: "STRIPE_KEY" });
    assert.deepEqual(await stopScript(), []);
    const after = vault.kvVersions("secret", `${VAULT_PREFIX}/app`)?.current ?? 0;
    assert.equal(after, before + 1);
    const current = vault.kvData("secret", `${VAULT_PREFIX}/app`)?.["STRIPE_KEY"];
    assert.ok(typeof current === "string" && current !== values[0]);
    values.push(current);
    assert.equal(vault.kvData("secret", `${VAULT_PREFIX}/app`, before)?.["STRIPE_KEY"], values[0], "the previous version still holds the old value");
  });

  test("copies a secret from Vault (staging) to AWS Secrets Manager (production)", async () => {
    const vaultValue = vault.kvData("secret", `${VAULT_PREFIX}/app`)?.["STRIPE_KEY"];
    assert.ok(awsLabel, "the AWS store label is known from the tree test");
    await script([
      { id: "copy.targetEnvironment", answer: "production" },
      { id: "copy.targetStore", answer: awsLabel },
      { id: "copy.confirm", answer: true },
    ]);
    await vscode.commands.executeCommand("hush.secrets.copyToEnvironment", { environment: "staging", storeId: "vault", name: "STRIPE_KEY" });
    assert.deepEqual(await stopScript(), []);
    assert.equal(aws.valueOf(`${AWS_PREFIX}STRIPE_KEY`), vaultValue, "AWS now holds the Vault value under the same name");
  });

  test("Move to store writes the literal to Vault or AWS first, then rewrites the code; a failed write changes nothing", async () => {
    const secrets = fakeSecrets();
    values.push(secrets.stripe, secrets.slack);
    const [toVault] = plantFile("src/remote-billing.js", `const stripeKey = "${secrets.stripe}";\nmodule.exports = { stripeKey };\n`, [{ value: secrets.stripe, ruleId: "stripe-secret-key" }]) as [Planted];
    const moveArgs = async (planted: Planted, store: string) => {
      await openInEditor(planted.uri);
      await waitForDiagnostics(planted.uri, `the ${planted.ruleId} finding`, (diagnostics) => !!findingFor(diagnostics, planted), 30_000);
      const action = await waitFor(
        `a "Move to keychain" fix over ${path.basename(planted.file)}`,
        // A request cancelled by a concurrent document event is simply asked again.
        async () => (await codeActionsAt(planted.uri, planted.range).catch(() => [])).find((candidate) => /^Move to keychain as /.test(candidate.title)),
        () => "",
        15_000,
      );
      const args = action.command?.arguments?.[0] as { name: string; store: string };
      // The client flow is store-agnostic: the same arguments with another store kind.
      return { ...args, store };
    };

    // A sealed Vault: the write fails, the code and the file stay as they were.
    const failing = await moveArgs(toVault, "vault");
    vault.sealed = true;
    try {
      await script([{ id: "moveToStore.environment", answer: "staging" }]);
      const moved = await vscode.commands.executeCommand<boolean>("hush.moveToStore", failing);
      assert.deepEqual(await stopScript(), []);
      assert.equal(moved, false);
      assert.ok(fs.readFileSync(toVault.file, "utf8").includes(secrets.stripe), "the file still holds the literal");
      assert.ok(vscode.window.activeTextEditor?.document.getText().includes(secrets.stripe), "the code was not rewritten");
      const shown = (await state()).prompts.filter((prompt) => prompt.kind === "error").map((prompt) => prompt.texts.join(" "));
      assert.ok(shown.some((text) => /sealed/.test(text)), `the error names the cause; seen: ${shown.join(" | ")}`);
    } finally {
      vault.sealed = false;
    }

    // STRIPE_KEY already exists in Vault (seeded, then rotated): replacing it keeps the old value as a version.
    await script([
      { id: "moveToStore.environment", answer: "staging" },
      { id: "moveToStore.overwrite", answer: true },
    ]);
    const moved = await vscode.commands.executeCommand<boolean>("hush.moveToStore", await moveArgs(toVault, "vault"));
    assert.deepEqual(await stopScript(), []);
    assert.equal(moved, true, `moved; messages: ${(await state()).prompts.slice(-3).map((prompt) => prompt.texts.join(" ")).join(" | ")}`);
    assert.equal(vault.kvData("secret", `${VAULT_PREFIX}/app`)?.[failing.name], secrets.stripe, "Vault holds the moved value under the fix's name");
    const rewritten = vscode.window.activeTextEditor?.document.getText() ?? "";
    assert.ok(!rewritten.includes(secrets.stripe) && rewritten.includes(failing.name), "the code reads the variable now");
    await vscode.commands.executeCommand("workbench.action.files.save");

    // The reference for injection goes into .env.example (quoted: dotenv reads an unquoted # as a comment).
    const reference = await vscode.commands.executeCommand<string>("hush.vault.writeReference", { environment: "staging", name: failing.name });
    assert.equal(reference, `vault:secret/data/${VAULT_PREFIX}/app#${failing.name}`);
    const example = fs.readFileSync(path.join(path.dirname(toVault.file), "..", ".env.example"), "utf8");
    assert.ok(example.includes(`${failing.name}='${reference}'`), `.env.example holds the reference; seen: ${example}`);

    const [toAws] = plantFile("src/remote-chat.js", `const slackToken = "${secrets.slack}";\nmodule.exports = { slackToken };\n`, [{ value: secrets.slack, ruleId: "slack-token" }]) as [Planted];
    const awsArgs = await moveArgs(toAws, "aws");
    await script([
      { id: "moveToStore.environment", answer: "production" },
      { id: "protected.move-to-store", answer: true },
    ]);
    assert.equal(await vscode.commands.executeCommand<boolean>("hush.moveToStore", awsArgs), true);
    assert.deepEqual(await stopScript(), []);
    assert.equal(aws.valueOf(`${AWS_PREFIX}${awsArgs.name}`), secrets.slack, "AWS holds the moved value");
    await vscode.commands.executeCommand("workbench.action.files.save");
  });

  test("an AWS JSON secret lists its keys as children; reveal, copy, insert and rotate work on one key", async function () {
    this.timeout(60_000);
    const secretName = `${AWS_PREFIX}db/credentials`;
    const password = "pw-" + fakeSecrets().github;
    const username = "app-" + fakeSecrets().stripe.slice(-8);
    values.push(password);
    aws.seed(secretName, JSON.stringify({ username, password }));
    await vscode.commands.executeCommand("hush.secrets.refresh");

    let last: TestState | undefined;
    const keys = await waitFor(
      "db/credentials under the AWS store, with its keys password and username as children",
      async () => {
        last = await state();
        const children = childrenOf(last.tree, "db/credentials");
        return children.length === 2 ? children : undefined;
      },
      () => JSON.stringify(last?.tree.map((item) => [item.depth, item.label, item.collapsible]) ?? []),
      30_000,
    );
    assert.deepEqual(keys.map((item) => item.label), ["password", "username"], "keys are labelled by key, sorted");
    for (const key of keys) {
      assert.match(key.contextValue, /^hush\.secret;.*write/, "a key offers the secret actions");
      assert.equal(key.collapsible, 0, "a key is a leaf");
      assert.match(key.tooltip, /^Key (password|username) of db\/credentials in AWS Secrets Manager/);
    }
    const parent = last?.tree.find((item) => item.label === "db/credentials");
    assert.equal(parent?.collapsible, 1, "the JSON secret is collapsed: its keys are read when it is expanded");
    assert.match(parent?.contextValue ?? "", /^hush\.secret;/, "the secret itself still offers reveal/copy/insert as a whole");
    // A plain string secret has no keys: once expanded (the walk above), it is drawn as a leaf.
    await waitFor("GITHUB_TOKEN drawn as a leaf", async () => ((await state()).tree.find((item) => item.label === "GITHUB_TOKEN")?.collapsible === 0 ? true : undefined), () => "", 10_000);

    const key = { environment: "production", storeId: "aws", name: "db/credentials#password" };
    await vscode.commands.executeCommand("hush.secrets.reveal", key);
    const revealed = (await state()).tree.find((item) => item.label === "password" && item.description);
    assert.equal(revealed?.description, mask(password), "reveal shows the key's masked prefix only");
    assert.ok((revealed?.description.length ?? 99) <= 5);

    await vscode.commands.executeCommand("hush.secrets.copy", key);
    assert.equal(await vscode.env.clipboard.readText(), password, "copy puts the key's value, not the whole JSON, on the clipboard");
    await vscode.env.clipboard.writeText("");

    const document = await vscode.workspace.openTextDocument({ language: "python", content: "" });
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("hush.secrets.insertAtCursor", key);
    assert.equal(editor.document.getText(), 'os.environ["password"]', "the key is referenced by its own name");
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");

    const before = JSON.parse(aws.valueOf(secretName) ?? "{}") as Record<string, string>;
    await script([
      { id: "rotate.options", answer: `${DEFAULT_SECRET_LENGTH} characters, alphanumeric` },
      { id: "rotate.confirm", answer: true },
    ]);
    await vscode.commands.executeCommand("hush.secrets.rotate", key);
    assert.deepEqual(await stopScript(), []);
    const after = JSON.parse(aws.valueOf(secretName) ?? "{}") as Record<string, string>;
    assert.ok(after.password && after.password !== password && after.password.length === DEFAULT_SECRET_LENGTH, "the key got a new random value");
    values.push(after.password);
    assert.equal(after.username, before.username, "the other keys are kept");
    assert.deepEqual(JSON.parse(aws.valueOf(secretName, "AWSPREVIOUS") ?? "{}"), before, "the whole previous JSON is AWSPREVIOUS");

    // Copied into a flat store (.env of development), a key is stored under its own name.
    await script([
      { id: "copy.targetEnvironment", answer: "development" },
      { id: "copy.targetStore", answer: ".env" },
      { id: "copy.confirm", answer: true },
    ]);
    await vscode.commands.executeCommand("hush.secrets.copyToEnvironment", { environment: "production", storeId: "aws", name: "db/credentials#username" });
    assert.deepEqual(await stopScript(), []);
    const dotenv = fs.readFileSync(path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "", ".env"), "utf8");
    assert.ok(dotenv.split("\n").includes(`username=${username}`), "the key's value is in .env under the key's name");

    // Run with Secrets: the keys are variables of their own (what the inserted reference reads), beside the whole secret.
    await script([{ id: "run.confirm", answer: true }]);
    await vscode.commands.executeCommand("hush.runWithSecrets", "production");
    assert.deepEqual(await stopScript(), []);
    const terminal = vscode.window.terminals.find((candidate) => candidate.name === "Hush: production");
    assert.ok(terminal, "terminal opened");
    const env = (terminal.creationOptions as vscode.TerminalOptions).env ?? {};
    assert.equal(env["password"], after.password);
    assert.equal(env["username"], username);
    assert.deepEqual(JSON.parse(env["db/credentials"] ?? "{}"), after, "the whole secret under its own name");
    terminal.dispose();
  });

  test("Vault folders and secrets are collapsible nodes, listed only when expanded", async function () {
    this.timeout(60_000);
    const dbUrl = "postgres://app:" + fakeSecrets().github + "@db/app";
    values.push(dbUrl);
    vault.kvWrite("secret", `${VAULT_PREFIX}/team/web`, { DB_URL: dbUrl });
    const teamList = (request: { method: string; path: string }) => request.method === "LIST" && request.path === `secret/metadata/${VAULT_PREFIX}/team`;
    const rootList = (request: { method: string; path: string }) => request.method === "LIST" && request.path === `secret/metadata/${VAULT_PREFIX}`;

    // The real view, with staging active: VS Code lists the Vault store (expanded) but not the collapsed folder.
    vault.requests.splice(0);
    await vscode.commands.executeCommand("hush.switchEnvironment", "staging");
    await vscode.commands.executeCommand("hush.secrets.focus");
    try {
      await waitFor("the view to list the Vault store's top level", async () => (vault.requests.some(rootList) ? true : undefined), () => JSON.stringify(vault.requests.map((request) => `${request.method} ${request.path}`)), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      assert.ok(!vault.requests.some(teamList), `the folder was not listed before it was expanded; requests: ${vault.requests.map((request) => `${request.method} ${request.path}`).join(", ")}`);
    } finally {
      await vscode.commands.executeCommand("hush.switchEnvironment", "development");
    }

    // Expanding everything (the test snapshot walks the whole tree) lists it: folder -> secret -> key.
    let last: TestState | undefined;
    const web = await waitFor(
      "team/ -> web -> DB_URL under the Vault store",
      async () => {
        last = await state();
        const team = childrenOf(last.tree, "Vault secret/hush-it/staging", true).find((item) => item.label === "team");
        const webNode = team && childrenOf(last.tree, "team").find((item) => item.label === "web");
        return webNode && team ? { team, web: webNode, keys: childrenOf(last.tree, "web") } : undefined;
      },
      () => JSON.stringify(last?.tree.map((item) => [item.depth, item.label, item.collapsible]) ?? []),
      30_000,
    );
    assert.ok(vault.requests.some(teamList), "expanding the folder listed it");
    assert.equal(web.team.contextValue, "hush.folder");
    assert.equal(web.team.collapsible, 1, "a folder is collapsed: listed when expanded");
    assert.equal(web.web.contextValue, "hush.folder");
    assert.equal(web.web.collapsible, 1, "a secret with keys is collapsed too");
    assert.deepEqual(web.keys.map((item) => [item.label, item.collapsible]), [["DB_URL", 0]]);
    assert.match(web.keys[0]?.contextValue ?? "", /^hush\.secret;/);
    await vscode.commands.executeCommand("hush.secrets.copy", { environment: "staging", storeId: "vault", name: "team/web#DB_URL" });
    assert.equal(await vscode.env.clipboard.readText(), dbUrl, "a key of a Vault secret in a folder is read by its path");
    await vscode.env.clipboard.writeText("");
  });

  test("an expired Vault token turns into a re-authenticate message, and no prompt or message ever showed a value", async () => {
    vault.revokeToken(token);
    await vscode.commands.executeCommand("hush.secrets.reveal", { environment: "staging", storeId: "vault", name: "STRIPE_KEY" });
    const current = await state();
    const errors = current.prompts.filter((prompt) => prompt.kind === "error").map((prompt) => prompt.texts.join(" "));
    assert.ok(errors.some((text) => /re-authenticate/.test(text)), `seen: ${errors.join(" | ")}`);
    const everything = [
      ...current.prompts.flatMap((prompt) => prompt.texts),
      ...current.logLines,
      ...current.tree.map((item) => `${item.label} ${item.description} ${item.tooltip}`),
    ].join("\n");
    for (const value of values) assertNoLeak(everything, value, "prompts, messages, log lines and the tree");
    assert.ok(vaultLabel, "the Vault store was shown");
  });
});
