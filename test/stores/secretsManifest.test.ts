// The Secrets view's package.json contributions agree with the code: every command a menu names is contributed,
// every contributed secrets command is registered by client/src/secrets/index.ts, and the menus' `when` clauses
// match the contextValues the tree sets.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const root = path.resolve(__dirname, "../..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  contributes: {
    commands: Array<{ command: string }>;
    menus: Record<string, Array<{ command: string; when?: string }>>;
    views: Record<string, Array<{ id: string }>>;
    viewsWelcome: Array<{ view: string; contents: string }>;
    configuration: { properties: Record<string, unknown> };
  };
};
const indexSource = fs.readFileSync(path.join(root, "client/src/secrets/index.ts"), "utf8");
const treeSource = fs.readFileSync(path.join(root, "client/src/secrets/tree.ts"), "utf8");
const secretsCommandIds = [...indexSource.matchAll(/^\s+\w+: "(hush\.[\w.]+)",$/gm)].map((match) => match[1] as string);
// The fix's command id comes from the wire contract (ClientCommands.moveToStore = "hush.moveToStore").
if (/moveToStore: ClientCommands\.moveToStore/.test(indexSource)) secretsCommandIds.push("hush.moveToStore");

describe("Secrets view contributions", () => {
  const contributed = new Set(manifest.contributes.commands.map((command) => command.command));

  it("contributes every command the secrets explorer registers, and registers every one it contributes", () => {
    assert.ok(secretsCommandIds.length >= 17, `found ${secretsCommandIds.length} ids in SecretsCommandIds`);
    for (const id of secretsCommandIds) assert.ok(contributed.has(id), `${id} missing from contributes.commands`);
    for (const id of contributed) {
      if (/^hush\.(secrets\.|insertSecret$|generateSecret$|switchEnvironment$|showAuditLog$|runWithSecrets$|secretValue$|moveToStore$)/.test(id)) {
        assert.ok(secretsCommandIds.includes(id), `${id} is contributed but not in SecretsCommandIds`);
      }
    }
  });

  it("menus name only contributed commands, and the view exists with a welcome text", () => {
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(contributed.has(item.command), `${menu}: ${item.command} is not contributed`);
    }
    assert.deepEqual(manifest.contributes.views["hush"]?.map((view) => view.id), ["hush.secrets"]);
    assert.ok(manifest.contributes.viewsWelcome.some((welcome) => welcome.view === "hush.secrets" && welcome.contents.includes("command:hush.secrets.add")));
  });

  it("item menus match the tree's contextValues", () => {
    const secretContext = "hush.secret;write;delete;rollback";
    const itemMenus = manifest.contributes.menus["view/item/context"] ?? [];
    const matching = (contextValue: string) =>
      itemMenus
        .filter((item) => {
          const match = /viewItem =~ \/(.+)\/$/.exec(item.when ?? "");
          return match?.[1] !== undefined && new RegExp(match[1]).test(contextValue);
        })
        .map((item) => item.command);
    assert.ok(treeSource.includes("`hush.secret;${flags.join(\";\")}`"), "the tree builds secret contextValues as asserted here");
    for (const command of ["hush.secrets.reveal", "hush.secrets.copy", "hush.secrets.edit", "hush.secrets.rotate", "hush.secrets.delete", "hush.secrets.restorePrevious"]) {
      assert.ok(matching(secretContext).includes(command), `${command} on a writable versioned secret`);
    }
    const readOnly = matching("hush.secret;");
    assert.ok(readOnly.includes("hush.secrets.copy") && !readOnly.includes("hush.secrets.edit") && !readOnly.includes("hush.secrets.delete"), "read-only secrets offer no writes");
    assert.ok(!matching("hush.secret;write;delete").includes("hush.secrets.restorePrevious"), "no restore without rollback");
    assert.ok(matching("hush.store.writable").includes("hush.secrets.add"));
    assert.ok(!matching("hush.store").includes("hush.secrets.add"), "no add on read-only stores");
    assert.ok(matching("hush.environment.protected.active").includes("hush.runWithSecrets"));
  });

  it("declares the settings the explorer reads", () => {
    for (const key of ["hush.environments", "hush.protectedEnvironments", "hush.envFiles", "hush.clipboardClearSeconds", "hush.revealSeconds", "hush.generator.length", "hush.generator.alphabet", "hush.keychain.backend", "hush.keychain.timeoutSeconds"]) {
      assert.ok(key in manifest.contributes.configuration.properties, key);
    }
  });
});
