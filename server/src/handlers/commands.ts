// workspace/executeCommand. "Move to .env" writes the value to disk FIRST (the server can set mode 0600 and
// write atomically, which a client applying a WorkspaceEdit cannot), then asks the client to apply the code edit
// as one WorkspaceEdit: one undo reverts the code while the value stays safe in .env.
import fs from "node:fs";
import path from "node:path";
import ignore from "ignore";
import type { Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "../analysis";
import { DotenvValueError, parseDotenvText, setDotenvValue } from "../dotenvText";
import { appendGitignoreLine } from "../engine/fix/gitignoreText";
import { uniqueEnvName } from "../engine/fix/envName";
import { languageFamily, moveToEnvEdits } from "../engine/fix/idioms";
import { readTextIfExists, writeFileAtomic } from "../fsAtomic";
import { writeBaseline } from "../projectConfig";
import type { MoveToEnvArgs, Range } from "../protocol";
import { toTextEdits } from "./codeActions";

export interface CommandDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analysisFor(doc: TextDocument): Promise<Analysis>;
  baselineFileFor(root: string): string;
  refresh(): void;
}

export class CommandError extends Error {}

function findingAt(doc: TextDocument, analysis: Analysis, range: Range, ruleId?: string) {
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  return analysis.findings.find((f) => f.start === start && f.end === end && (!ruleId || f.ruleId === ruleId));
}

function currentDocument(deps: CommandDeps, uri: string, version: number): TextDocument {
  const doc = deps.documents.get(uri);
  if (!doc) throw new CommandError("The document is no longer open; run the fix again from the editor.");
  if (doc.version !== version) throw new CommandError("The document changed since this fix was offered; nothing was written. Try the fix again.");
  return doc;
}

/** Writes .env (0600 when new), .env.example and .gitignore, then applies the code edit. Returns the key used. */
export async function moveToEnv(deps: CommandDeps, args: MoveToEnvArgs): Promise<{ name: string; applied: boolean }> {
  const doc = currentDocument(deps, args.uri, args.version);
  const analysis = await deps.analysisFor(doc);
  const finding = findingAt(doc, analysis, args.range);
  if (!finding) throw new CommandError("No Hush finding at that position any more; nothing was written.");
  const value = doc.getText().slice(finding.start, finding.end);
  if (/[\r\n]/.test(value) && finding.ruleId === "private-key") {
    // Multi-line keys are kept as one quoted line with \n escapes, which dotenv restores.
  }

  const root = analysis.root;
  const envFile = path.join(root, ".env");
  const envText = readTextIfExists(envFile);
  const existing = parseDotenvText(envText ?? "").values;
  const { name, alreadyStored } = uniqueEnvName(args.name, value, existing);

  const family = languageFamily(doc.languageId, analysis.relativePath);
  const codeEdits = moveToEnvEdits(doc.getText(), family, finding, name);
  if (!codeEdits) throw new CommandError(`Hush does not know how ${doc.languageId} files read environment variables; nothing was written.`);

  // 1. The value, safely on disk first, written so dotenv reads back exactly this value.
  // 2. The name (never the value) for teammates.
  const exampleFile = path.join(root, ".env.example");
  const exampleText = readTextIfExists(exampleFile);
  try {
    if (!alreadyStored) writeFileAtomic(envFile, setDotenvValue(envText ?? "", name, value), 0o600);
    if (!parseDotenvText(exampleText ?? "").values.has(name)) writeFileAtomic(exampleFile, setDotenvValue(exampleText ?? "", name, ""), 0o644);
  } catch (e) {
    if (e instanceof DotenvValueError) throw new CommandError(`.env: ${e.message}; the code was left as it was.`);
    throw e;
  }
  // 3. .env stays out of git.
  const gitignoreFile = path.join(root, ".gitignore");
  const gitignoreText = readTextIfExists(gitignoreFile);
  if (!ignore().add(gitignoreText ?? "").ignores(".env")) writeFileAtomic(gitignoreFile, appendGitignoreLine(gitignoreText, ".env"), 0o644);

  // 4. The code, as one undoable edit, only if the document is still the one we computed against.
  const result = await deps.connection.workspace.applyEdit({
    label: `Move secret to .env as ${name}`,
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: toTextEdits(doc, codeEdits) }] },
  });
  if (!result.applied) {
    deps.connection.window.showWarningMessage(
      `The value is saved in .env as ${name}, but the editor did not apply the code change${result.failureReason ? ` (${result.failureReason})` : ""}. Replace the literal by hand.`,
    );
  }
  return { name, applied: result.applied };
}

export async function acceptInBaseline(deps: CommandDeps, args: { uri: string; version: number; range: Range; ruleId: string }): Promise<void> {
  const doc = currentDocument(deps, args.uri, args.version);
  const analysis = await deps.analysisFor(doc);
  const finding = findingAt(doc, analysis, args.range, args.ruleId);
  if (!finding) throw new CommandError("No Hush finding at that position any more.");
  const file = deps.baselineFileFor(analysis.root);
  writeBaseline(file, [{ fingerprint: finding.fingerprint, rule: finding.ruleId, path: analysis.relativePath, added: new Date().toISOString().slice(0, 10) }]);
  deps.refresh();
}

export function fileExists(p: string): boolean {
  return fs.existsSync(p);
}
