// Runs the engine on an open document with its folder's config and the user's settings, cached per version.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import ignore from "ignore";
import type { Finding } from "./engine/types";
import { classifyPkcs12File, keystoreByName } from "./keystores";
import { scanDocument } from "./fullScan";
import { forgetLoggingDocument } from "./logging";
import { forgetDocument } from "./parsing";
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
  private readonly cache = new Map<string, { version: number; result: Promise<Analysis> }>();

  constructor(private readonly workspace: Workspace) {}

  /** The document's findings at its current version; concurrent callers share one run. */
  analyze(doc: TextDocument, settings: ResolvedSettings): Promise<Analysis> {
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.result;
    const result = this.run(doc, settings);
    this.cache.set(doc.uri, { version: doc.version, result });
    return result;
  }

  private async run(doc: TextDocument, settings: ResolvedSettings): Promise<Analysis> {
    const file = documentPath(doc.uri);
    const root = this.workspace.rootFor(file);
    const relativePath = path.relative(root, file).split(path.sep).join("/") || path.basename(file);
    const { config, baseline } = this.workspace.projectFor(root);
    const base: Omit<Analysis, "findings"> = { version: doc.version, config, root, relativePath };
    const excludes = [...config.exclude, ...settings.exclude];
    if (!settings.enable) return { ...base, findings: [] };
    if (excludes.length && !relativePath.startsWith("..") && ignore().add(excludes).ignores(relativePath)) {
      return { ...base, findings: [], skipped: "excluded by hush.exclude" };
    }
    const text = doc.getText();
    if (text.length > settings.maxFileBytes) {
      return { ...base, findings: [], skipped: `${path.basename(file)} is larger than ${(settings.maxFileBytes / 1048576).toFixed(0)} MB; Hush skipped it (setting hush.maxFileSizeMB)` };
    }
    const options = scanOptionsFor(config, relativePath, {
      languageId: doc.languageId,
      baseline,
      rules: settings.rules,
      allowlist: settings.allowlist,
      downrankedSeverity: settings.downrankedSeverity,
    });
    // A keystore is binary: the client's text is a lossy decoding, so it is judged by the bytes on disk, as the CLI
    // and the workspace scan judge it (see keystores.ts). Findings about the whole file sit at its start.
    const keystore = doc.uri.startsWith("file:") ? keystoreByName(options, () => classifyPkcs12File(file)) : undefined;
    if (keystore) {
      return { ...base, findings: keystore.findings, skipped: keystore.skipped ? `${path.basename(file)}: ${keystore.skipped}` : undefined };
    }
    const scan = await scanDocument(text, options, { cacheKey: doc.uri, languageId: doc.languageId, version: doc.version, logging: settings.logging });
    return { ...base, findings: scan.findings, skipped: scan.skipped ? `${path.basename(file)}: ${scan.skipped}; not scanned` : undefined };
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    forgetDocument(uri);
    forgetLoggingDocument(uri);
  }

  /** Settings or project files changed: every document is analysed afresh, logging caches included. */
  clear(): void {
    for (const uri of this.cache.keys()) forgetLoggingDocument(uri);
    this.cache.clear();
  }
}
