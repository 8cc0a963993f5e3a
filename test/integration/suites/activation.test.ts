// The extension loads in a real extension host and registers what it contributes.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { EXTENSION_ID, activateHush } from "../helpers";

suite("activation", () => {
  test("the extension hush-dev.hush is installed and activates", async () => {
    const extension = await activateHush();
    assert.equal(extension.id, EXTENSION_ID);
    assert.equal(extension.isActive, true, "extension did not become active");
  });

  test("its commands are registered", async () => {
    await activateHush();
    const commands = await vscode.commands.getCommands(true);
    for (const command of ["hush.scanWorkspace", "hush.showOutput"]) {
      assert.ok(commands.includes(command), `command ${command} is not registered`);
    }
  });
});
