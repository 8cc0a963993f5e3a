// SARIF 2.1.0 for GitHub code scanning and other consumers. Messages carry only masked values.
import { allRules } from "../engine/scan";
import type { Severity } from "../engine/types";
import type { FileFinding } from "./parallel";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note", hint: "note" };

export function toSarif(findings: FileFinding[]) {
  const used = new Set(findings.map((f) => f.ruleId));
  const rules = allRules({}).filter((r) => used.has(r.id));
  const known = new Set(rules.map((r) => r.id));
  const extra = [...used].filter((id) => !known.has(id));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "hush",
            informationUri: "https://github.com/hush-dev/hush",
            version: "0.1.0",
            rules: [
              ...rules.map((r) => ({
                id: r.id,
                name: r.id.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase()),
                shortDescription: { text: r.title },
                fullDescription: { text: r.doc.summary },
                helpUri: `https://github.com/hush-dev/hush/blob/main/docs/rules/${r.id}.md`,
                help: { text: r.doc.rotate ? `${r.doc.summary} To fix: ${r.doc.rotate}` : r.doc.summary },
                defaultConfiguration: { level: LEVEL[r.severity] },
                properties: { tags: ["security", "secrets"], provider: r.provider },
              })),
              ...extra.map((id) => ({ id, shortDescription: { text: id } })),
            ],
          },
        },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { uri: "file://" + process.cwd().replace(/\/?$/, "/") } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          level: LEVEL[f.severity],
          message: { text: `${f.title}: ${f.masked}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.path.split("\\").join("/"), uriBaseId: "%SRCROOT%" },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          partialFingerprints: { "hushFingerprint/v1": f.fingerprint },
          properties: { confidence: f.confidence, ...(f.downranked ? { downranked: f.downranked } : {}) },
        })),
      },
    ],
  };
}
