import * as vscode from "vscode";
import { Methods, type ScanWorkspaceResult } from "../../../server/src/protocol";
import type { Ctx } from "../ctx";

/** Hush: Scan Workspace — every file not ignored by .gitignore or hush.exclude, cancellable, into Problems. */
export function scanWorkspace(ctx: Ctx) {
  return async (): Promise<ScanWorkspaceResult | undefined> => {
    const client = ctx.client;
    if (!client) {
      void vscode.window.showErrorMessage("Hush: the language server is not running; see the Hush output.");
      return undefined;
    }
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "Hush: scanning workspace for secrets…", cancellable: true },
      async (_progress, token) => {
        const result = await client.sendRequest<ScanWorkspaceResult>(Methods.scanWorkspace, {}, token);
        if (!token.isCancellationRequested) {
          const msg = `Hush: ${result.findings} finding${result.findings === 1 ? "" : "s"} in ${result.scanned} files${result.skipped ? ` (${result.skipped} skipped: binary or too large)` : ""}.`;
          if (result.findings > 0) {
            void vscode.window.showWarningMessage(msg, "Show Problems").then((pick) => {
              if (pick) void vscode.commands.executeCommand("workbench.actions.view.problems");
            });
          } else void vscode.window.showInformationMessage(msg);
        }
        return result;
      },
    );
  };
}
