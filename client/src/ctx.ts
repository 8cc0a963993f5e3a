// One object owns every disposable the extension creates, so deactivate() can release them all.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

export class Ctx {
  readonly output: vscode.LogOutputChannel;
  client: LanguageClient | undefined;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel("Hush", { log: true });
    this.push(this.output);
  }

  push(...disposables: vscode.Disposable[]): void {
    this.extension.subscriptions.push(...disposables);
  }
}
