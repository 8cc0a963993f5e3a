// Pure audit-log formatting: one JSON object per line, with who, when, where and what happened to which secret,
// never a value. No vscode and no fs here, so it is unit-tested directly (test/stores/audit.test.ts).

export const AUDIT_OPERATIONS = [
  "read",
  "reveal",
  "copy",
  "insert",
  "write",
  "generate",
  "rotate",
  "rename",
  "restore",
  "delete",
  "copy-to-environment",
  "move-to-store",
  "run-with-secrets",
  "launch-variable",
] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/** "ok"; "failure" when the store (or the editor) refused; "cancelled" when the user declined a confirmation. */
export type AuditResult = "ok" | "failure" | "cancelled";

export interface AuditEvent {
  operation: AuditOperation;
  result: AuditResult;
  /** Store id as the tree shows it ("keychain", "dotenv:.env.production"). */
  store: string;
  environment: string;
  /** Multi-root workspaces: the name of the workspace folder whose store this is. */
  folder?: string;
  /** Secret name; absent for whole-environment operations (the count goes in `detail`). */
  secret?: string;
  /** The StoreError code of a failure ("NotFound", "Unavailable"…); the message is left out on purpose. */
  errorCode?: string;
  /** A short, value-free note: "terminal", "from staging", "12 secrets". */
  detail?: string;
}

export interface AuditRecord extends AuditEvent {
  /** ISO 8601 UTC. */
  time: string;
  /** The OS account that ran VS Code. */
  user: string;
}

const SAFE_TEXT = /^[\w .:/@+=,()#-]{0,200}$/u;

/** Names and notes are kept only when they look like names and notes; anything else is replaced, never logged. */
function safe(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return SAFE_TEXT.test(text) ? text : "<unprintable>";
}

export function toAuditRecord(event: AuditEvent, now: Date, user: string): AuditRecord {
  const record: AuditRecord = {
    time: now.toISOString(),
    user: safe(user) ?? "unknown",
    operation: event.operation,
    result: event.result,
    store: safe(event.store) ?? "",
    environment: safe(event.environment) ?? "",
  };
  if (event.folder !== undefined) record.folder = safe(event.folder);
  if (event.secret !== undefined) record.secret = safe(event.secret);
  if (event.errorCode !== undefined) record.errorCode = safe(event.errorCode);
  if (event.detail !== undefined) record.detail = safe(event.detail);
  return record;
}

/** One line, newline-terminated, keys in a fixed order. */
export function formatAuditLine(event: AuditEvent, now: Date, user: string): string {
  return JSON.stringify(toAuditRecord(event, now, user)) + "\n";
}

/** Reads a log back; damaged lines are skipped and counted. */
export function parseAuditLog(text: string): { records: AuditRecord[]; damaged: number } {
  const records: AuditRecord[] = [];
  let damaged = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const parsed = JSON.parse(line) as AuditRecord;
      if (typeof parsed.time === "string" && typeof parsed.operation === "string") records.push(parsed);
      else damaged++;
    } catch {
      damaged++;
    }
  }
  return { records, damaged };
}
