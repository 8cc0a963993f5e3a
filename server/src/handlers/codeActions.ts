// textDocument/codeAction: for each Hush diagnostic, "Move to .env as NAME" (preferred), "Move to keychain as NAME"
// (VS Code client only), "Ignore this finding" and "Accept in baseline". Stateless: everything needed travels in
// the diagnostic's data and the command arguments, never the value.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "../analysis";
import { languageFamily, moveToEnvEdits, type OffsetEdit } from "../engine/fix/idioms";
import { ignoreCommentEdit } from "../engine/fix/ignoreComment";
import { logPresenceOnly, redactInLog, type LoggingFixTarget } from "../engine/logging/fixes";
import { LOGGED_CREDENTIAL_RULE } from "../logging";
import { LineIndex } from "../engine/text";
import type { Finding } from "../engine/types";
import { envNameFor } from "../convert";
import { ClientCommands, DIAGNOSTIC_SOURCE, MOVE_TARGETS, ServerCommands, type MoveToEnvArgs, type MoveToStoreArgs } from "../protocol";

export interface CodeActionDeps {
  analysisFor(doc: TextDocument): Promise<Analysis>;
  /** Store kinds the client can move a secret into (keychain always; vault/aws when configured). */
  storeTargets(doc: TextDocument): Promise<string[]>;
  clientCommands: ReadonlySet<string>;
}

export function findingForDiagnostic(doc: TextDocument, analysis: Analysis, d: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  const exact = analysis.findings.find((f) => f.start === start && f.end === end && f.ruleId === d.code);
  if (exact) return exact;
  // Some clients send back positions in another unit (Neovim 0.7 uses bytes after non-ASCII text): the
  // fingerprint in the diagnostic's data still identifies the finding.
  const print = (d.data as { fingerprint?: unknown } | undefined)?.fingerprint;
  return typeof print === "string" ? analysis.findings.find((f) => f.fingerprint === print && f.ruleId === d.code) : undefined;
}

/** The finding's range as this server computes it (what command arguments must carry). */
function findingRange(doc: TextDocument, f: Finding): Diagnostic["range"] {
  return { start: doc.positionAt(f.start), end: doc.positionAt(f.end) };
}

export function toTextEdits(doc: TextDocument, edits: OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

export async function codeActions(doc: TextDocument, params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours.length === 0) return [];
  const analysis = await deps.analysisFor(doc);
  const text = doc.getText();
  const lines = new LineIndex(text);
  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const finding = findingForDiagnostic(doc, analysis, diagnostic);
    if (!finding) continue;
    if (finding.ruleId === LOGGED_CREDENTIAL_RULE) {
      const target = finding as LoggingFixTarget;
      const redact = redactInLog(target, text, doc.languageId, analysis.relativePath);
      if (redact) {
        actions.push({
          title: "Redact in log",
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [doc.uri]: toTextEdits(doc, redact) } },
        });
      }
      const presence = logPresenceOnly(target, text, doc.languageId, analysis.relativePath);
      if (presence) {
        actions.push({
          title: "Log presence only",
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [doc.uri]: toTextEdits(doc, presence) } },
        });
      }
    } else {
      const name = envNameFor(finding, analysis.config.customRules);
      const family = languageFamily(doc.languageId, analysis.relativePath);
      const isEnvFile = /(?:^|\/)\.env(?:\.[^/]*)?$|\.env$/.test(analysis.relativePath);
      const codeEdits = isEnvFile ? undefined : moveToEnvEdits(text, family, finding, name);
      if (codeEdits) {
        const range = findingRange(doc, finding);
        const args: MoveToEnvArgs = { uri: doc.uri, version: doc.version, range, name };
        actions.push({
          title: `Move to .env as ${name}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          command: { title: `Move to .env as ${name}`, command: ServerCommands.moveToEnv, arguments: [args] },
        });
        if (deps.clientCommands.has(ClientCommands.moveToStore)) {
          const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: toTextEdits(doc, codeEdits) }] };
          for (const store of await deps.storeTargets(doc)) {
            const title = `Move to ${MOVE_TARGETS[store] ?? store} as ${name}`;
            const storeArgs: MoveToStoreArgs = { uri: doc.uri, version: doc.version, range, name, store, edit };
            actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ClientCommands.moveToStore, arguments: [storeArgs] } });
          }
        }
      }
    }
    const line = doc.positionAt(finding.start).line;
    const ignoreEdit = ignoreCommentEdit(text, lines, line, analysis.relativePath, finding.ruleId);
    if (ignoreEdit) {
      actions.push({
        title: `Ignore this finding (hush:ignore ${finding.ruleId})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [doc.uri]: toTextEdits(doc, [ignoreEdit]) } },
      });
    }
    actions.push({
      title: "Accept in baseline (not a secret / accepted risk)",
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: {
        title: "Accept in baseline",
        command: ServerCommands.acceptInBaseline,
        arguments: [{ uri: doc.uri, version: doc.version, range: findingRange(doc, finding), ruleId: finding.ruleId }],
      },
    });
  }
  return actions;
}
