// Helpers shared by the integration suites. They run inside the real extension host (code-server or VS Code).
import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";

export const EXTENSION_ID = "hush-dev.hush";
export const DIAGNOSTIC_SOURCE = "hush";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const DIGITS = "0123456789";

export function randomFrom(alphabet: string, length: number): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join("");
}

/** Fake credentials in the providers' published shapes, fresh for every run (never committed literally). */
export function fakeSecrets() {
  return {
    stripe: "sk_" + "live_" + randomFrom(ALNUM, 32),
    github: "gh" + "p_" + randomFrom(ALNUM, 36),
    slack: "xo" + "xb-" + randomFrom(DIGITS, 11) + "-" + randomFrom(DIGITS, 12) + "-" + randomFrom(ALNUM, 24),
  };
}

/** At most the first 4 characters, as the product may show them. */
export function maskedPrefix(value: string): string {
  return value.slice(0, 4);
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the test window has no workspace folder open");
  return folder.uri.fsPath;
}

/** A planted secret: where it is and which rule must report it. */
export interface Planted {
  file: string;
  uri: vscode.Uri;
  value: string;
  ruleId: string;
  range: vscode.Range;
}

/** Writes `text` to `relativePath` under the workspace and returns where each given value sits. */
export function plantFile(
  relativePath: string,
  text: string,
  secrets: Array<{ value: string; ruleId: string }>,
): Planted[] {
  const file = path.join(workspaceRoot(), relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const uri = vscode.Uri.file(file);
  return secrets.map(({ value, ruleId }) => ({ file, uri, value, ruleId, range: rangeOf(text, value) }));
}

export function rangeOf(text: string, value: string): vscode.Range {
  const offset = text.indexOf(value);
  assert.ok(offset >= 0, "planted value not found in its own file text");
  const before = text.slice(0, offset).split("\n");
  const line = before.length - 1;
  const character = before[line]?.length ?? 0;
  return new vscode.Range(line, character, line, character + value.length);
}

export function hushDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  if (code === undefined) return "";
  return typeof code === "object" ? String(code.value) : String(code);
}

export function describeRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.map((d) => `${diagnosticCode(d)}@${describeRange(d.range)}`).join(", ") || "(none)";
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value other than undefined/false; fails with `describe()` after the timeout. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  describe: () => string = () => "",
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const seen = describe();
      assert.fail(`timed out after ${timeoutMs / 1000}s waiting for ${what}${seen ? `; seen: ${seen}` : ""}`);
    }
    await sleep(100);
  }
}

/** Waits until the Hush diagnostics of `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} in ${path.basename(uri.fsPath)}`,
    () => {
      const diagnostics = hushDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    () => describeDiagnostics(hushDiagnostics(uri)),
    timeoutMs,
  );
}

export function findingFor(diagnostics: vscode.Diagnostic[], planted: Planted): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => d.range.intersection(planted.range) !== undefined);
}

/** Asserts the diagnostic for `planted` has its rule id and exactly the secret's range, and leaks nothing. */
export function assertExactFinding(diagnostics: vscode.Diagnostic[], planted: Planted): vscode.Diagnostic {
  const diagnostic = findingFor(diagnostics, planted);
  assert.ok(
    diagnostic,
    `no hush diagnostic over the planted ${planted.ruleId} in ${path.basename(planted.file)} at ` +
      `${describeRange(planted.range)}; seen: ${describeDiagnostics(diagnostics)}`,
  );
  assert.equal(diagnosticCode(diagnostic), planted.ruleId, `rule id of the finding in ${path.basename(planted.file)}`);
  assert.equal(
    describeRange(diagnostic.range),
    describeRange(planted.range),
    `range of the ${planted.ruleId} finding must cover exactly the secret's characters`,
  );
  assertNoLeak(diagnostic.message, planted.value, "diagnostic message");
  for (const info of diagnostic.relatedInformation ?? []) assertNoLeak(info.message, planted.value, "related information");
  return diagnostic;
}

/** Fails if `text` holds the value (or any 8-character slice of it beyond the allowed 4-character prefix). */
export function assertNoLeak(text: string, value: string, where: string): void {
  assert.ok(!text.includes(value), `${where} contains the full secret value`);
  for (let start = 1; start + 8 <= value.length; start++) {
    assert.ok(!text.includes(value.slice(start, start + 8)), `${where} contains part of the secret value beyond its prefix`);
  }
}

export async function activateHush(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this window`);
  await extension.activate();
  return extension;
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Reverts unsaved test edits (a dirty editor would block closing with a save prompt), then closes every editor. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === "file")) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand("workbench.action.files.revert");
  }
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

/** Code actions the providers offer over `range`, with edits resolved. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  let actions: Array<vscode.CodeAction | vscode.Command> | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
        "vscode.executeCodeActionProvider",
        uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
        10,
      );
      break;
    } catch (error) {
      // The workbench cancels a request when the document or its markers change meanwhile; ask again.
      if (attempt >= 5 || !/cancel/i.test(String(error))) throw error;
      await sleep(300);
    }
  }
  // A bare Command has a string `command`; a CodeAction's `command` (if any) is an object.
  return (actions ?? []).filter((action): action is vscode.CodeAction => typeof action.command !== "string");
}

/** Applies a code action the way the workbench does: its edit first, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const applied = await vscode.workspace.applyEdit(action.edit);
    assert.ok(applied, `workspace edit of "${action.title}" was not applied`);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

export function readIfExists(file: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
}

export function fileMode(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

/** Parses KEY=VALUE lines of a .env file (no interpolation: enough to check what was written). */
export function envEntries(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    let value = match[2] ?? "";
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    entries.set(match[1], value);
  }
  return entries;
}

export async function updateWorkspaceSetting(section: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration("hush").update(section, value, vscode.ConfigurationTarget.Workspace);
}
