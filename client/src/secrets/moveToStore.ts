// "Move to keychain" (and to any store kind): the client side of ClientCommands.moveToStore. Order matters:
// check the document version, read the literal from the document, write it to the store, and only when that
// succeeded apply the server's code edit (which rewrites the code to read the variable and adds NAME= to
// .env.example). A failed store write leaves the code untouched and says why.

import * as vscode from "vscode";
import type { MoveToStoreArgs, Range as LspRange } from "../../../server/src/protocol";
import { parseDotenvText } from "../../../server/src/dotenvText";
import { folderKey, storeId, type StoreRegistry } from "../stores/registry";
import { StoreError, type SecretStore } from "../stores/types";
import type { AuditLog } from "./auditLog";
import { ui } from "./ui";

// --- LSP WorkspaceEdit (plain JSON) -> vscode.WorkspaceEdit --------------------------------------------------

interface LspTextEdit {
  range: LspRange;
  newText: string;
}
interface LspTextDocumentEdit {
  textDocument: { uri: string; version?: number | null };
  edits: LspTextEdit[];
}
type LspResourceOperation =
  | { kind: "create"; uri: string; options?: { overwrite?: boolean; ignoreIfExists?: boolean } }
  | { kind: "rename"; oldUri: string; newUri: string; options?: { overwrite?: boolean; ignoreIfExists?: boolean } }
  | { kind: "delete"; uri: string; options?: { recursive?: boolean; ignoreIfNotExists?: boolean } };
interface LspWorkspaceEdit {
  changes?: Record<string, LspTextEdit[]>;
  documentChanges?: Array<LspTextDocumentEdit | LspResourceOperation>;
}

function toRange(range: LspRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function isRange(value: unknown): value is LspRange {
  const range = value as LspRange | undefined;
  return (
    typeof range?.start?.line === "number" &&
    typeof range.start.character === "number" &&
    typeof range.end?.line === "number" &&
    typeof range.end.character === "number"
  );
}

/** Converts the LSP JSON shape (as sent in a command's arguments) into a vscode.WorkspaceEdit. */
export function toWorkspaceEdit(edit: unknown): vscode.WorkspaceEdit {
  const lsp = (edit ?? {}) as LspWorkspaceEdit;
  const result = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(lsp.changes ?? {})) {
    for (const textEdit of edits) {
      if (!isRange(textEdit.range)) throw new StoreError("Invalid", "the fix's edit has a malformed range");
      result.replace(vscode.Uri.parse(uri), toRange(textEdit.range), textEdit.newText);
    }
  }
  for (const change of lsp.documentChanges ?? []) {
    if ("textDocument" in change) {
      for (const textEdit of change.edits) {
        if (!isRange(textEdit.range)) throw new StoreError("Invalid", "the fix's edit has a malformed range");
        result.replace(vscode.Uri.parse(change.textDocument.uri), toRange(textEdit.range), textEdit.newText);
      }
    } else if (change.kind === "create") {
      result.createFile(vscode.Uri.parse(change.uri), { overwrite: change.options?.overwrite, ignoreIfExists: change.options?.ignoreIfExists });
    } else if (change.kind === "rename") {
      result.renameFile(vscode.Uri.parse(change.oldUri), vscode.Uri.parse(change.newUri), change.options);
    } else if (change.kind === "delete") {
      result.deleteFile(vscode.Uri.parse(change.uri), change.options);
    }
  }
  return result;
}

function isMoveToStoreArgs(value: unknown): value is MoveToStoreArgs {
  const args = value as MoveToStoreArgs | undefined;
  return typeof args?.uri === "string" && typeof args.version === "number" && isRange(args.range) && typeof args.name === "string" && typeof args.store === "string";
}

/**
 * Makes sure `.env.example` of the document's folder lists NAME (no value), so teammates learn the variable exists.
 * Idempotent: the server's edit may already have added it (checked in the open document, not only on disk).
 */
export async function ensureEnvExampleEntry(documentUri: vscode.Uri, name: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(documentUri);
  if (!folder) return false;
  const uri = vscode.Uri.joinPath(folder.uri, ".env.example");
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  const edit = new vscode.WorkspaceEdit();
  if (!exists) {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), `${name}=\n`);
  } else {
    const example = await vscode.workspace.openTextDocument(uri);
    const text = example.getText();
    if (parseDotenvText(text).entries.some((entry) => entry.key === name)) return true;
    edit.insert(uri, example.positionAt(text.length), `${text === "" || text.endsWith("\n") ? "" : "\n"}${name}=\n`);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  return (await vscode.workspace.openTextDocument(uri)).save();
}

export interface MoveToStoreDeps {
  registry: StoreRegistry;
  audit: AuditLog;
  log(message: string): void;
}

/** Returns true when the secret was stored and the code rewritten. */
export async function moveToStore(deps: MoveToStoreDeps, rawArgs: unknown): Promise<boolean> {
  if (!isMoveToStoreArgs(rawArgs)) {
    ui.error("Hush: the Move to store fix was called with malformed arguments; nothing was changed.");
    return false;
  }
  const args = rawArgs;
  const uri = vscode.Uri.parse(args.uri);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== args.version) {
    ui.error("Hush: the file changed since the fix was offered; nothing was changed. Run the quick fix again.");
    return false;
  }
  let value = document.getText(toRange(args.range));
  // Some servers send the range of the whole literal; the store gets the value without its quotes.
  const quoted = /^(["'`])([\s\S]*)\1$/.exec(value);
  if (quoted) value = quoted[2] ?? "";
  if (!value) {
    ui.error("Hush: the fix's range holds no value; nothing was changed.");
    return false;
  }

  // The stores of the document's own workspace folder (multi-root), whatever editor is active by now.
  const documentFolder = vscode.workspace.getWorkspaceFolder(uri);
  const folder = documentFolder ? folderKey(documentFolder) : undefined;
  const active = deps.registry.activeEnvironmentOf(folder);
  const environments = [active, ...deps.registry.environments(folder).filter((environment) => environment !== active)];
  const picked = await ui.pick(
    "moveToStore.environment",
    environments.map((environment) => ({ label: environment, description: [environment === active ? "active" : "", deps.registry.isProtected(environment, folder) ? "protected" : ""].filter(Boolean).join(", ") })),
    { title: `Store ${args.name} in which environment's ${args.store}${deps.registry.isMultiRoot && documentFolder ? ` (workspace folder ${documentFolder.name})` : ""}?` },
  );
  if (!picked) return false;
  const environment = picked.label;
  const store: SecretStore | undefined = (await deps.registry.storesFor(environment, folder)).find((candidate) => candidate.kind === args.store && candidate.capabilities.write);
  if (!store) {
    ui.error(`Hush: no writable ${args.store} store is configured for ${environment}; the code was left unchanged.`);
    return false;
  }
  const audit = (result: "ok" | "failure" | "cancelled", errorCode?: string, detail?: string) =>
    void deps.audit.append({ operation: "move-to-store", result, store: storeId(store), environment, secret: args.name, ...(errorCode ? { errorCode } : {}), ...(detail ? { detail } : {}) });

  let existing: string | undefined;
  try {
    existing = await store.get(args.name);
  } catch (error) {
    if (!(error instanceof StoreError && error.code === "NotFound")) {
      audit("failure", error instanceof StoreError ? error.code : "Error");
      ui.error(`Hush: ${args.name} was not moved to ${store.label}: ${error instanceof StoreError ? error.message : "the store could not be read"}. The code was left unchanged.`);
      return false;
    }
  }
  if (existing !== undefined && existing !== value) {
    const overwrite = await ui.confirm("moveToStore.overwrite", `${args.name} already exists in ${store.label} (${environment}) with a different value. Replace it?`, store.capabilities.versions ? "The current value is kept as the previous version." : "", "Replace");
    if (!overwrite) {
      audit("cancelled");
      return false;
    }
  }
  if (deps.registry.isProtected(environment, folder)) {
    const confirmed = await ui.confirm("protected.move-to-store", `${environment} is a protected environment. Store ${args.name} in ${store.label}?`, "Writes to protected environments always ask first (setting hush.protectedEnvironments).", `Yes, write to ${environment}`);
    if (!confirmed) {
      audit("cancelled");
      return false;
    }
  }

  if (existing !== value) {
    try {
      await store.set(args.name, value);
    } catch (error) {
      audit("failure", error instanceof StoreError ? error.code : "Error");
      deps.log(`move to ${storeId(store)} (${environment}) failed for ${args.name}: ${error instanceof StoreError ? error.message : "unexpected error"}`);
      ui.error(`Hush: ${args.name} was not moved to ${store.label}: ${error instanceof StoreError ? error.message : "the store refused the write"}. The code was left unchanged.`);
      return false;
    }
  }

  // The user may have typed while the prompts were open: the server's edit is only valid for args.version.
  if (document.version !== args.version) {
    audit("ok", undefined, "stored; code not rewritten (file changed)");
    ui.warn(`Hush: ${args.name} is stored in ${store.label} (${environment}), but the file changed meanwhile, so the code was not rewritten. Run the quick fix again.`);
    return false;
  }
  let applied = false;
  try {
    applied = await vscode.workspace.applyEdit(toWorkspaceEdit(args.edit));
  } catch (error) {
    deps.log(`applying the move-to-store edit failed: ${error instanceof Error ? error.name : "error"}`);
  }
  if (!applied) {
    audit("ok", undefined, "stored; code not rewritten (edit refused)");
    ui.error(`Hush: ${args.name} is stored in ${store.label} (${environment}), but the editor refused the code change. Replace the literal by hand.`);
    return false;
  }
  const listed = await ensureEnvExampleEntry(uri, args.name).catch(() => false);
  if (!listed) deps.log(`could not add ${args.name}= to .env.example`);
  audit("ok");
  ui.info(`Hush: moved ${args.name} to ${store.label} (${environment}); the code now reads it from the environment${listed ? " and .env.example lists it" : ""}.`);
  return true;
}
