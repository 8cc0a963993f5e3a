// The wire contract between the Hush language server and its clients, written once and imported by both
// sides. Any LSP client gets standard diagnostics and code actions; these extras serve the VS Code client.

/** Diagnostic `source` of every Hush finding. */
export const DIAGNOSTIC_SOURCE = "hush";

/** Commands the server executes (workspace/executeCommand). */
export const ServerCommands = {
  /** Writes .env / .env.example / .gitignore on disk, then asks the client to apply the code edit. */
  moveToEnv: "hush.server.moveToEnv",
  /** Adds a finding's fingerprint to the baseline file. */
  acceptInBaseline: "hush.server.acceptInBaseline",
} as const;

/** Commands the VS Code client implements (sent as a CodeAction's command). */
export const ClientCommands = {
  /** Stores the literal in a secret store first, then applies the code edit. */
  moveToStore: "hush.moveToStore",
} as const;

/** Custom requests/notifications. */
export const Methods = {
  /** client -> server: scan every workspace folder (gitignore + excludes apply) and publish the diagnostics. */
  scanWorkspace: "hush/scanWorkspace",
  /** server -> client: count of findings across all published documents (status bar). */
  findingCount: "hush/findingCount",
} as const;

export interface ScanWorkspaceResult {
  scanned: number;
  skipped: number;
  findings: number;
}
export interface FindingCountParams {
  count: number;
}

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Arguments of ServerCommands.moveToEnv. The value is re-read from the document, never sent. */
export interface MoveToEnvArgs {
  uri: string;
  /** Document version the fix was computed for; a stale fix is refused. */
  version: number;
  /** Range of the secret value. */
  range: Range;
  /** Variable name chosen for the value. */
  name: string;
}

/** Arguments of ClientCommands.moveToStore. */
export interface MoveToStoreArgs {
  uri: string;
  version: number;
  range: Range;
  name: string;
  /** Store kind: "keychain", "vault", "aws"… The client asks for the environment. */
  store: string;
  /** The code rewrite (and .env.example entry) to apply after the store write succeeded. */
  edit: unknown;
}

/** `data` attached to every Hush diagnostic (code actions stay stateless). */
export interface DiagnosticData {
  fingerprint: string;
  /** Suggested variable name (from the code, else the rule). */
  name: string;
  confidence: "high" | "medium" | "low";
  checksumValid?: boolean;
  downranked?: string;
}

/** Settings as they arrive on the wire (loose); see server/src/settings.ts for the resolved form. */
export interface HushSettings {
  enable?: boolean;
  rules?: Record<string, string>;
  exclude?: string[];
  allowlist?: string[];
  maxFileSizeMB?: number;
  downrankedSeverity?: string;
  logging?: { includePii?: boolean; browserConsole?: boolean; testGuards?: boolean };
  /** Remote stores per environment (the client owns their details; the server only needs to know which exist). */
  stores?: { vault?: Record<string, unknown>; aws?: Record<string, unknown> };
}

/** Store kinds a "Move to …" fix can target, with the titles the fixes use. */
export const MOVE_TARGETS: Record<string, string> = {
  keychain: "keychain",
  vault: "Vault",
  aws: "AWS Secrets Manager",
};
