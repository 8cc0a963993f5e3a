// Appends audit lines to <extension workspace storage>/audit.jsonl (context.storageUri: outside the repository),
// mode 0600, one writer at a time, rotated to audit.1.jsonl past 5 MB. Knows nothing of vscode beyond the path.

import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SerialQueue } from "../stores/changeEmitter";
import { formatAuditLine, type AuditEvent } from "./audit";

const ROTATE_AT_BYTES = 5 * 1024 * 1024;

export function currentOsUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env["USER"] ?? process.env["USERNAME"] ?? "unknown";
  }
}

export class AuditLog {
  private readonly queue = new SerialQueue();
  private readonly user = currentOsUser();

  constructor(
    readonly filePath: string,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** Never throws: a failing audit write is reported (once per call) but does not break the user's action. */
  append(event: AuditEvent): Promise<void> {
    const line = formatAuditLine(event, new Date(), this.user);
    return this.queue.run(async () => {
      try {
        await fs.mkdir(path.dirname(this.filePath), { recursive: true, mode: 0o700 });
        await this.rotateIfLarge();
        await fs.appendFile(this.filePath, line, { mode: 0o600 });
      } catch (error) {
        this.onError(`audit log write failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  private async rotateIfLarge(): Promise<void> {
    const size = await fs.stat(this.filePath).then((stat) => stat.size, () => 0);
    if (size < ROTATE_AT_BYTES) return;
    const rotated = this.filePath.replace(/\.jsonl$/, "") + ".1.jsonl";
    await fs.rename(this.filePath, rotated);
  }
}
