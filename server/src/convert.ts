// Finding <-> LSP Diagnostic, in one place. The message names what was found and shows at most the masked prefix.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { allRules } from "./engine/scan";
import { deriveEnvName } from "./engine/fix/envName";
import type { Finding, RuleSpec, Severity } from "./engine/types";
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from "./protocol";
import { ruleDocUri } from "./scanOptions";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

let ruleIndex: Map<string, RuleSpec> | undefined;
export function ruleById(id: string, custom: RuleSpec[] = []): RuleSpec | undefined {
  ruleIndex ??= new Map(allRules({}).map((r) => [r.id, r]));
  return custom.find((r) => r.id === id) ?? ruleIndex.get(id);
}

export function envNameFor(finding: Finding, custom: RuleSpec[] = []): string {
  return deriveEnvName(finding.name, ruleById(finding.ruleId, custom)?.envName ?? "SECRET");
}

export function toDiagnostic(doc: TextDocument, finding: Finding, custom: RuleSpec[] = []): Diagnostic {
  const notes: string[] = [];
  if (finding.checksumValid === true) notes.push("checksum valid");
  if (finding.downranked) notes.push(finding.downranked);
  const data: DiagnosticData = {
    fingerprint: finding.fingerprint,
    name: envNameFor(finding, custom),
    confidence: finding.confidence,
    ...(finding.checksumValid !== undefined ? { checksumValid: finding.checksumValid } : {}),
    ...(finding.downranked ? { downranked: finding.downranked } : {}),
  };
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUri(finding.ruleId) },
    message: finding.ruleId === "logged-credential" ? finding.title : `${finding.title}: ${finding.masked}${notes.length ? ` (${notes.join(", ")})` : ""}`,
    data,
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } },
      message: r.message,
    }));
  }
  if (finding.downranked === "example file") diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}
