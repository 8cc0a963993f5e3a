// Starts the Hush language server (dist/server.js) over IPC and connects it to every file VS Code opens.
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { ClientCommands } from "../../server/src/protocol";
import type { Ctx } from "./ctx";

export async function startLanguageClient(ctx: Ctx): Promise<LanguageClient> {
  const serverModule = ctx.extension.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Every file and untitled buffer: secrets hide in any language and config format.
    documentSelector: [{ scheme: "file" }, { scheme: "untitled" }],
    synchronize: {
      configurationSection: "hush",
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{.hush.json,.hush-baseline.json}"),
    },
    initializationOptions: { clientCommands: [ClientCommands.moveToStore] },
    outputChannel: ctx.output,
    diagnosticCollectionName: "hush",
  };
  const client = new LanguageClient("hush", "Hush", serverOptions, clientOptions);
  ctx.client = client;
  await client.start();
  return client;
}
