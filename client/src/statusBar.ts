// A status bar item with the number of Hush findings across all files; clicking opens the Problems panel.
import * as vscode from "vscode";
import { DIAGNOSTIC_SOURCE } from "../../server/src/protocol";
import type { Ctx } from "./ctx";

export function countFindings(): number {
  let n = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) if (d.source === DIAGNOSTIC_SOURCE) n++;
  }
  return n;
}

export function registerStatusBar(ctx: Ctx): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem("hush.status", vscode.StatusBarAlignment.Left, 10);
  item.name = "Hush findings";
  item.command = "workbench.actions.view.problems";
  const update = (): void => {
    const n = countFindings();
    item.text = `$(shield) Hush: ${n}`;
    item.tooltip = n === 0 ? "Hush: no hardcoded secrets found" : `Hush: ${n} hardcoded secret${n === 1 ? "" : "s"} or logged credential${n === 1 ? "" : "s"} — click to open Problems`;
    item.backgroundColor = n > 0 ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
  };
  update();
  item.show();
  ctx.push(item, vscode.languages.onDidChangeDiagnostics(update));
  return item;
}
