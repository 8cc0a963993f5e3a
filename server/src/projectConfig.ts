// The project file (.hush.json) and the baseline (.hush-baseline.json), read by the CLI and the server alike so
// editor and CI agree. Node-side: the engine only ever sees the resolved ScanOptions.
import fs from "node:fs";
import path from "node:path";
import type { RuleSpec, Severity } from "./engine/types";
import { writeFileAtomic } from "./fsAtomic";

export const PROJECT_CONFIG_FILE = ".hush.json";
export const BASELINE_FILE = ".hush-baseline.json";

const SEVERITIES = new Set(["error", "warning", "info", "hint"]);

export interface CustomRuleConfig {
  id: string;
  title?: string;
  message?: string;
  pattern: string;
  flags?: string;
  keywords?: string[];
  entropy?: number;
  severity?: string;
  envName?: string;
  contextName?: string;
}

export interface ProjectConfig {
  rules: Record<string, Severity | "off">;
  exclude: string[];
  allowlist: string[];
  customRules: RuleSpec[];
  downrankedSeverity?: Severity;
  maxFileSizeMB?: number;
  baselinePath?: string;
  /** Logged-credential policy knobs (`logging` in .hush.json; the editor reads hush.logging.*). */
  logging?: { enable?: boolean; includePii?: boolean; browserConsole?: boolean; testGuards?: boolean };
  /** Problems found while reading the file (shown to the user; never fatal). */
  problems: string[];
}

export function emptyProjectConfig(): ProjectConfig {
  return { rules: {}, exclude: [], allowlist: [], customRules: [], problems: [] };
}

export function normalizeRuleSettings(raw: unknown, problems: string[]): Record<string, Severity | "off"> {
  const out: Record<string, Severity | "off"> = {};
  if (!raw || typeof raw !== "object") return out;
  for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
    const s = typeof v === "boolean" ? (v ? undefined : "off") : typeof v === "string" ? v.toLowerCase() : undefined;
    if (s === "off" || (s && SEVERITIES.has(s))) out[id] = s as Severity | "off";
    else if (s !== undefined || typeof v !== "boolean") problems.push(`rules.${id}: expected "off", "error", "warning", "info" or "hint"`);
  }
  return out;
}

/** Builds RuleSpecs from user-written custom rules; invalid ones are reported, not thrown. */
export function customRulesFrom(raw: unknown, problems: string[]): RuleSpec[] {
  if (!Array.isArray(raw)) return [];
  const out: RuleSpec[] = [];
  for (const [i, r] of (raw as CustomRuleConfig[]).entries()) {
    if (!r || typeof r.id !== "string" || typeof r.pattern !== "string") {
      problems.push(`customRules[${i}]: needs "id" and "pattern"`);
      continue;
    }
    let secret: RegExp;
    try {
      secret = new RegExp(r.pattern, (r.flags ?? "").replace(/[^imsu]/g, ""));
    } catch (e) {
      problems.push(`customRules[${i}] (${r.id}): invalid pattern: ${(e as Error).message}`);
      continue;
    }
    let contextName: RegExp | undefined;
    if (r.contextName) {
      try {
        contextName = new RegExp(r.contextName, "i");
      } catch {
        problems.push(`customRules[${i}] (${r.id}): invalid contextName`);
        continue;
      }
    }
    const severity = r.severity && SEVERITIES.has(r.severity) ? (r.severity as Severity) : "warning";
    out.push({
      id: r.id,
      title: r.title ?? r.message ?? r.id,
      provider: "Custom",
      keywords: (r.keywords ?? []).map((k) => k.toLowerCase()),
      secret,
      context: contextName ? { name: contextName } : undefined,
      minEntropy: r.entropy,
      severity,
      envName: r.envName ?? r.id.toUpperCase().replace(/[^A-Z0-9]+/g, "_"),
      doc: { summary: r.message ?? "Custom rule from the project configuration." },
    });
  }
  return out;
}

/** Reads `.hush.json` (or an explicit file). A missing file is an empty config; a broken one is a problem. */
export function loadProjectConfig(root: string, explicitFile?: string): ProjectConfig {
  const config = emptyProjectConfig();
  const file = explicitFile ? path.resolve(explicitFile) : path.join(root, PROJECT_CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if (explicitFile) throw new Error(`cannot read config ${explicitFile}: ${(e as NodeJS.ErrnoException).code ?? "error"}`);
    return config;
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    config.problems.push(`${path.basename(file)}: invalid JSON (${(e as Error).message})`);
    return config;
  }
  config.rules = normalizeRuleSettings(raw.rules, config.problems);
  config.exclude = Array.isArray(raw.exclude) ? raw.exclude.filter((x): x is string => typeof x === "string") : [];
  config.allowlist = Array.isArray(raw.allowlist) ? raw.allowlist.filter((x): x is string => typeof x === "string") : [];
  config.customRules = customRulesFrom(raw.customRules, config.problems);
  if (typeof raw.downrankedSeverity === "string" && SEVERITIES.has(raw.downrankedSeverity)) config.downrankedSeverity = raw.downrankedSeverity as Severity;
  if (typeof raw.maxFileSizeMB === "number" && raw.maxFileSizeMB > 0) config.maxFileSizeMB = raw.maxFileSizeMB;
  if (typeof raw.baseline === "string") config.baselinePath = path.resolve(path.dirname(file), raw.baseline);
  if (raw.logging && typeof raw.logging === "object") {
    const l = raw.logging as Record<string, unknown>;
    config.logging = {
      ...(typeof l.enable === "boolean" ? { enable: l.enable } : {}),
      ...(typeof l.includePii === "boolean" ? { includePii: l.includePii } : {}),
      ...(typeof l.browserConsole === "boolean" ? { browserConsole: l.browserConsole } : {}),
      ...(typeof l.testGuards === "boolean" ? { testGuards: l.testGuards } : {}),
    };
  }
  return config;
}

// ---------------------------------------------------------------- baseline

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  path: string;
  reason?: string;
  /** ISO date (YYYY-MM-DD); after it the finding is reported again. */
  expires?: string;
  added?: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export function readBaseline(file: string): Baseline {
  try {
    const raw = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Baseline>;
    return { version: 1, entries: Array.isArray(raw.entries) ? raw.entries.filter((e) => typeof e?.fingerprint === "string") : [] };
  } catch {
    return { version: 1, entries: [] };
  }
}

/** Fingerprints currently accepted: entries past their expiry date no longer count. */
export function activeFingerprints(baseline: Baseline, today = new Date()): Set<string> {
  const day = today.toISOString().slice(0, 10);
  return new Set(baseline.entries.filter((e) => !e.expires || e.expires >= day).map((e) => e.fingerprint));
}

/**
 * Adds entries (kept sorted by path, rule and fingerprint so diffs stay small and merges rarely conflict).
 * Existing entries keep their reason and expiry.
 */
export function writeBaseline(file: string, add: BaselineEntry[]): Baseline {
  const baseline = readBaseline(file);
  const byPrint = new Map(baseline.entries.map((e) => [e.fingerprint, e]));
  for (const e of add) if (!byPrint.has(e.fingerprint)) byPrint.set(e.fingerprint, e);
  const entries = [...byPrint.values()].sort(
    (a, b) => a.path.localeCompare(b.path) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint),
  );
  const next: Baseline = { version: 1, entries };
  writeFileAtomic(file, JSON.stringify(next, null, 2) + "\n");
  return next;
}
