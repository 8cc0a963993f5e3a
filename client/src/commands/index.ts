// The command table: id -> factory(ctx). Adding a command = one line here + its package.json contribution.
import * as vscode from "vscode";
import type { Ctx } from "../ctx";
import { scanWorkspace } from "./scanWorkspace";

const table: Record<string, (ctx: Ctx) => (...args: never[]) => unknown> = {
  "hush.scanWorkspace": scanWorkspace,
  "hush.showOutput": (ctx) => () => ctx.output.show(),
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(table)) ctx.push(vscode.commands.registerCommand(id, factory(ctx)));
}
