// Runs the engine on an open document with its folder's config and the user's settings, cached per version.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import ignore from "ignore";
import { scanText } from "./engine/scan";
import type { Finding } from "./engine/types";
import type { ProjectConfig } from "./projectConfig";
import { scanOptionsFor } from "./scanOptions";
import type { ResolvedSettings } from "./settings";
import type { Workspace } from "./workspace";

export interface Analysis {
  version: number;
  findings: Finding[];
  /** Why the document was not scanned (size, binary, excluded), for an information message. */
  skipped?: string;
  config: ProjectConfig;
  root: string;
  relativePath: string;
}

export function documentPath(uri: string): string {
  return uri.startsWith("file:") ? fileURLToPath(uri) : uri.replace(/^[a-z]+:\/*/i, "/");
}

export class Analyzer {
  private readonly cache = new Map<string, Analysis>();

  constructor(private readonly workspace: Workspace) {}

  analyze(doc: TextDocument, settings: ResolvedSettings): Analysis {
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const file = documentPath(doc.uri);
    const root = this.workspace.rootFor(file);
    const relativePath = path.relative(root, file).split(path.sep).join("/") || path.basename(file);
    const { config, baseline } = this.workspace.projectFor(root);
    const base: Omit<Analysis, "findings"> = { version: doc.version, config, root, relativePath };
    let result: Analysis;
    const excludes = [...config.exclude, ...settings.exclude];
    if (!settings.enable) result = { ...base, findings: [] };
    else if (excludes.length && !relativePath.startsWith("..") && ignore().add(excludes).ignores(relativePath)) {
      result = { ...base, findings: [], skipped: "excluded by hush.exclude" };
    } else {
      const text = doc.getText();
      if (text.length > settings.maxFileBytes) {
        result = { ...base, findings: [], skipped: `${path.basename(file)} is larger than ${(settings.maxFileBytes / 1048576).toFixed(0)} MB; Hush skipped it (setting hush.maxFileSizeMB)` };
      } else {
        const scan = scanText(
          text,
          scanOptionsFor(config, relativePath, {
            languageId: doc.languageId,
            baseline,
            rules: settings.rules,
            allowlist: settings.allowlist,
            downrankedSeverity: settings.downrankedSeverity,
          }),
        );
        result = { ...base, findings: scan.findings, skipped: scan.skipped ? `${path.basename(file)}: ${scan.skipped}; not scanned` : undefined };
      }
    }
    this.cache.set(doc.uri, result);
    return result;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
