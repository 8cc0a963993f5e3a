// activate/deactivate only: everything else is built from the Ctx.
import type * as vscode from "vscode";
import { registerCommands } from "./commands/index";
import { Ctx } from "./ctx";
import { startLanguageClient } from "./languageClient";
import { registerStatusBar } from "./statusBar";
import { registerSecretsExplorer } from "./secrets/index";

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ ctx: Ctx }> {
  ctx = new Ctx(context);
  registerCommands(ctx);
  registerStatusBar(ctx);
  registerSecretsExplorer(context);
  await startLanguageClient(ctx);
  return { ctx };
}

export async function deactivate(): Promise<void> {
  await ctx?.client?.stop();
  ctx = undefined;
}
