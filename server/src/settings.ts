// Settings: the loose wire type (protocol.ts) -> a resolved type with defaults. Pulled per resource with
// workspace/configuration, cached per document, cleared on didChangeConfiguration.
// How to add a setting: declare it in package.json `contributes.configuration`, add it to HushSettings in
// protocol.ts, resolve it here, use ResolvedSettings where it matters.
import type { Connection } from "vscode-languageserver";
import type { Severity } from "./engine/types";
import { normalizeRuleSettings } from "./projectConfig";
import type { HushSettings } from "./protocol";

export interface ResolvedSettings {
  enable: boolean;
  rules: Record<string, Severity | "off">;
  exclude: string[];
  allowlist: string[];
  maxFileBytes: number;
  downrankedSeverity: Severity;
  logging: { enable: boolean; includePii: boolean; browserConsole: boolean; testGuards: boolean };
  /** Remote store kinds configured for at least one environment ("vault", "aws"). */
  remoteStores: string[];
  problems: string[];
}

const SEVERITIES = new Set(["error", "warning", "info", "hint"]);

export function resolveSettings(raw: HushSettings | null | undefined): ResolvedSettings {
  const s = raw ?? {};
  const problems: string[] = [];
  const mb = typeof s.maxFileSizeMB === "number" && s.maxFileSizeMB > 0 ? s.maxFileSizeMB : 5;
  const logging = s.logging ?? {};
  return {
    enable: s.enable !== false,
    rules: normalizeRuleSettings(s.rules, problems),
    exclude: Array.isArray(s.exclude) ? s.exclude.filter((x) => typeof x === "string") : [],
    allowlist: Array.isArray(s.allowlist) ? s.allowlist.filter((x) => typeof x === "string") : [],
    maxFileBytes: mb * 1048576,
    downrankedSeverity: SEVERITIES.has(s.downrankedSeverity ?? "") ? (s.downrankedSeverity as Severity) : "hint",
    logging: {
      enable: (s.rules as Record<string, unknown> | undefined)?.["logged-credential"] !== "off",
      includePii: logging.includePii === true,
      browserConsole: logging.browserConsole === true,
      testGuards: logging.testGuards === true,
    },
    remoteStores: (["vault", "aws"] as const).filter((k) => {
      const v = s.stores?.[k];
      return !!v && typeof v === "object" && Object.keys(v).length > 0;
    }),
    problems,
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<ResolvedSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientSupportsConfiguration: () => boolean,
    private readonly globalSettings: () => HushSettings | undefined,
  ) {}

  get(uri: string): Promise<ResolvedSettings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.clientSupportsConfiguration()
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: "hush" })
            .then((raw: HushSettings | null) => resolveSettings(raw), () => resolveSettings(this.globalSettings()))
        : Promise.resolve(resolveSettings(this.globalSettings()));
      this.cache.set(uri, p);
    }
    return p;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
