// Copies a value and clears the clipboard after a delay, but only if it still holds that value (the user may have
// copied something else meanwhile). Pending clears also run when the extension is disposed.

import * as vscode from "vscode";

export class ClipboardGuard implements vscode.Disposable {
  private readonly pending = new Set<{ timer: NodeJS.Timeout; value: string }>();

  async copy(value: string, clearAfterSeconds: number): Promise<void> {
    await vscode.env.clipboard.writeText(value);
    if (clearAfterSeconds <= 0) return;
    const entry = {
      value,
      timer: setTimeout(() => {
        this.pending.delete(entry);
        void this.clearIfStill(value);
      }, clearAfterSeconds * 1000),
    };
    this.pending.add(entry);
  }

  private async clearIfStill(value: string): Promise<void> {
    try {
      if ((await vscode.env.clipboard.readText()) === value) await vscode.env.clipboard.writeText("");
    } catch {
      // The clipboard can be unavailable (remote/web); nothing more can be done.
    }
  }

  dispose(): void {
    for (const entry of this.pending) {
      clearTimeout(entry.timer);
      void this.clearIfStill(entry.value);
    }
    this.pending.clear();
  }
}
