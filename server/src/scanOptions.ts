// Turns the project config (+ editor settings on the server side) into the engine's ScanOptions for one file.
import path from "node:path";
import type { ScanOptions, Severity } from "./engine/types";
import type { ProjectConfig } from "./projectConfig";

export function scanOptionsFor(
  config: ProjectConfig,
  relativePath: string,
  extra: { languageId?: string; baseline?: ReadonlySet<string>; rules?: Record<string, Severity | "off">; allowlist?: string[]; downrankedSeverity?: Severity } = {},
): ScanOptions {
  return {
    path: relativePath.split(path.sep).join("/"),
    languageId: extra.languageId,
    rules: { ...config.rules, ...extra.rules },
    allowlist: [...config.allowlist, ...(extra.allowlist ?? [])],
    customRules: config.customRules,
    downrankedSeverity: extra.downrankedSeverity ?? config.downrankedSeverity,
    baseline: extra.baseline,
  };
}

/** Where a rule's documentation lives: next to the installed server (works offline, in any editor). */
export function ruleDocUri(ruleId: string): string {
  const file = path.resolve(__dirname, "..", "docs", "rules", `${ruleId}.md`);
  return "file://" + file.split(path.sep).map(encodeURIComponent).join("/").replace(/^\/?/, "/").replace(/^\/\//, "/");
}
