// Wires the secrets explorer into VS Code: the "Secrets" view, its commands, the status-bar environment switcher,
// the audit log, "Run with Secrets" (terminal, debug configurations, launch/task input variable) and the client
// side of the "Move to store" quick fix. extension.ts calls registerSecretsExplorer(context) once.

import * as path from "node:path";
import * as vscode from "vscode";
import { ClientCommands } from "../../../server/src/protocol";
import { StoreRegistry } from "../stores/registry";
import { registerRemoteStoreCommands } from "../stores/remote/commands";
import { AuditLog } from "./auditLog";
import { ClipboardGuard } from "./clipboard";
import { SecretsCommands } from "./commands";
import { moveToStore } from "./moveToStore";
import { SecretsTreeProvider, type SecretsNode } from "./tree";
import { SecretsLog, ui, type ScriptedAnswer } from "./ui";

export const SECRETS_VIEW_ID = "hush.secrets";

/** Command ids contributed in package.json (kept in one place so tests and menus agree). */
export const SecretsCommandIds = {
  refresh: "hush.secrets.refresh",
  add: "hush.secrets.add",
  reveal: "hush.secrets.reveal",
  copy: "hush.secrets.copy",
  insertAtCursor: "hush.secrets.insertAtCursor",
  edit: "hush.secrets.edit",
  rename: "hush.secrets.rename",
  delete: "hush.secrets.delete",
  rotate: "hush.secrets.rotate",
  restorePrevious: "hush.secrets.restorePrevious",
  copyToEnvironment: "hush.secrets.copyToEnvironment",
  insertSecret: "hush.insertSecret",
  generateSecret: "hush.generateSecret",
  switchEnvironment: "hush.switchEnvironment",
  showAuditLog: "hush.showAuditLog",
  runWithSecrets: "hush.runWithSecrets",
  secretValue: "hush.secretValue",
  moveToStore: ClientCommands.moveToStore,
} as const;

export interface TreeSnapshotItem {
  depth: number;
  label: string;
  description: string;
  tooltip: string;
  contextValue: string;
  /** vscode.TreeItemCollapsibleState: 0 none (a leaf), 1 collapsed (children listed on expansion), 2 expanded. */
  collapsible: number;
}

async function snapshotTree(tree: SecretsTreeProvider): Promise<TreeSnapshotItem[]> {
  const items: TreeSnapshotItem[] = [];
  const walk = async (node: SecretsNode | undefined, depth: number): Promise<void> => {
    for (const child of await tree.getChildren(node)) {
      const item = await tree.getTreeItem(child);
      const text = (value: unknown): string => (typeof value === "string" ? value : value instanceof vscode.MarkdownString ? value.value : typeof value === "object" && value && "label" in value ? String((value as { label: unknown }).label) : "");
      items.push({ depth, label: text(item.label), description: text(item.description), tooltip: text(item.tooltip), contextValue: item.contextValue ?? "", collapsible: item.collapsibleState ?? 0 });
      await walk(child, depth + 1);
    }
  };
  await walk(undefined, 0);
  return items;
}

export function registerSecretsExplorer(context: vscode.ExtensionContext): void {
  const log = new SecretsLog();
  const registry = new StoreRegistry(context, (message) => log.info(message), (message, ...actions) => ui.warnWithActions(message, ...actions));
  const storageDir = (context.storageUri ?? context.globalStorageUri).fsPath;
  const audit = new AuditLog(path.join(storageDir, context.storageUri ? "audit.jsonl" : "audit-no-workspace.jsonl"), (message) => log.warn(message));
  const tree = new SecretsTreeProvider(registry);
  const clipboard = new ClipboardGuard();
  const commands = new SecretsCommands({ registry, tree, audit, clipboard, log });
  registerRemoteStoreCommands(context, registry, ui);
  const view = vscode.window.createTreeView(SECRETS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(log, registry, tree, clipboard, view);

  // Status bar: the active environment, click to switch.
  const status = vscode.window.createStatusBarItem("hush.environment", vscode.StatusBarAlignment.Left, 50);
  status.name = "Hush environment";
  status.command = SecretsCommandIds.switchEnvironment;
  const updateStatus = () => {
    const active = registry.activeEnvironment;
    const isProtected = registry.isProtected(active);
    // Multi-root: the active folder (of the active editor) decides which folder's stores the commands use.
    const folder = registry.isMultiRoot ? registry.activeFolder?.name : undefined;
    status.text = `$(${isProtected ? "shield" : "key"}) ${active}${folder ? ` · ${folder}` : ""}`;
    status.tooltip = `Hush: active environment ${active}${isProtected ? " (protected)" : ""}${folder ? ` of workspace folder ${folder} (the folder of the active editor)` : ""}. Click to switch.`;
    status.backgroundColor = isProtected ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    void vscode.commands.executeCommand("setContext", "hush.activeEnvironment", active);
    view.description = folder ? `${active} · ${folder}` : active;
  };
  updateStatus();
  if (vscode.workspace.workspaceFolders?.length) status.show();
  context.subscriptions.push(status, registry.onDidChangeActiveEnvironment(updateStatus), registry.onDidChangeActiveFolder(updateStatus), vscode.workspace.onDidChangeWorkspaceFolders(updateStatus), vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration("hush") && updateStatus()));

  const register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await handler(...args);
        } catch (error) {
          if (commands.isCancellation(error)) return undefined;
          // Unexpected errors: the type goes to the log, never a message that might quote a value.
          // `id` is a command id such as "hush.insertSecret", not a secret. hush:ignore-next-line logged-credential
          log.warn(`${id} failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
          ui.error(`Hush: ${id} failed unexpectedly; see the "Hush Secrets" output.`);
          return undefined;
        }
      }),
    );

  register(SecretsCommandIds.refresh, async () => registry.refresh());
  register(SecretsCommandIds.add, (node) => commands.add(node));
  register(SecretsCommandIds.reveal, (node) => commands.reveal(node));
  register(SecretsCommandIds.copy, (node) => commands.copy(node));
  register(SecretsCommandIds.insertAtCursor, (node) => commands.insertAtCursor(node));
  register(SecretsCommandIds.edit, (node) => commands.edit(node));
  register(SecretsCommandIds.rename, (node) => commands.rename(node));
  register(SecretsCommandIds.delete, (node) => commands.delete(node));
  register(SecretsCommandIds.rotate, (node) => commands.rotate(node));
  register(SecretsCommandIds.restorePrevious, (node) => commands.restorePrevious(node));
  register(SecretsCommandIds.copyToEnvironment, (node) => commands.copyToEnvironment(node));
  register(SecretsCommandIds.insertSecret, (node) => commands.insertSecret(node));
  register(SecretsCommandIds.generateSecret, (node) => commands.generate(node));
  register(SecretsCommandIds.switchEnvironment, (environment) => commands.switchEnvironment(environment));
  register(SecretsCommandIds.runWithSecrets, (environment) => commands.runWithSecrets(environment));
  register(SecretsCommandIds.secretValue, (args) => commands.secretValue(args));
  register(SecretsCommandIds.moveToStore, (args) => moveToStore({ registry, audit, log: (message) => log.warn(message) }, args));
  register(SecretsCommandIds.showAuditLog, async () => {
    const uri = vscode.Uri.file(audit.filePath);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      ui.info("Hush: the audit log is empty so far (it records every read, copy, insert and write of a secret).");
      return undefined;
    }
    return vscode.window.showTextDocument(uri, { preview: true });
  });

  // Debug configurations: "hushEnvironment": "staging" (or true for the active one) puts that environment's
  // secrets into the configuration's env, after variable substitution, so they never pass through a file.
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider("*", {
      resolveDebugConfigurationWithSubstitutedVariables: async (folder, configuration) => {
        const requested = configuration["hushEnvironment"];
        if (requested === undefined || requested === false) return configuration;
        const secrets = await commands.debugEnvironment(requested === true ? undefined : requested, folder);
        if (!secrets) return undefined;
        // Values written in the configuration itself win over the store's.
        configuration["env"] = { ...secrets, ...((configuration["env"] as Record<string, string> | undefined) ?? {}) };
        return configuration;
      },
    }),
  );

  // Test hooks for the extension-host suites: script answers to prompts and read what the UI showed.
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    context.subscriptions.push(
      vscode.commands.registerCommand("hush._test.prompts", (request: { script?: ScriptedAnswer[]; stop?: boolean } = {}) => {
        if (request.script) ui.enableScripting(request.script);
        const leftover = request.stop ? ui.stopScripting() : [];
        return { recorded: [...ui.recorded], leftover };
      }),
      vscode.commands.registerCommand("hush._test.state", async () => {
        // Build the stores first: building may log or warn, and the copies below must include that.
        const stores = await Promise.all(
          registry.environments().map(async (environment) => ({
            environment,
            stores: (await registry.storesFor(environment)).map((store) => ({ kind: store.kind, label: store.label })),
          })),
        );
        const snapshot = await snapshotTree(tree);
        return {
          auditLogPath: audit.filePath,
          logLines: [...log.lines],
          prompts: [...ui.recorded],
          tree: snapshot,
          activeEnvironment: registry.activeEnvironment,
          workspaceId: registry.workspaceId,
          activeFolder: registry.activeFolder?.name,
          folders: registry.folders().map((folder) => ({ name: folder.name, workspaceId: registry.workspaceIdOf(folder) })),
          stores,
        };
      }),
    );
  }
}
