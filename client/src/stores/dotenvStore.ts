// A .env file as a SecretStore. Reads with `dotenv` (through dotenvText), writes atomically (temp file in the same
// folder + rename), creates new files with mode 0600 and keeps an existing file's mode. A file whose mode has no
// write bit is treated as read-only even for root: the user made it so on purpose.

import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { ChangeEmitter, SerialQueue } from "./changeEmitter";
import { DotenvValueError, deleteDotenvKey, parseDotenvText, renameDotenvKey, setDotenvValue } from "../../../server/src/dotenvText";
import {
  NotFoundError,
  PermissionDeniedError,
  StoreError,
  UnavailableError,
  type EnvironmentName,
  type SecretEntry,
  type SecretStore,
  type StoreCapabilities,
  type StoreProblem,
} from "./types";

export interface DotenvStoreOptions {
  /** Shown in the tree; defaults to the file name. */
  label?: string;
  /**
   * Watches the file for outside changes and calls `onChange`; the extension passes a vscode FileSystemWatcher,
   * tests pass nothing (writes through the store fire onDidChange by themselves).
   */
  watch?: (filePath: string, onChange: () => void) => { dispose(): void };
}

const NEW_FILE_MODE = 0o600;

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

export class DotenvStore implements SecretStore {
  readonly kind = "dotenv";
  readonly label: string;
  readonly capabilities: StoreCapabilities = { write: true, delete: true, versions: false, rollback: false, hierarchical: false };
  private readonly changes = new ChangeEmitter();
  private readonly writes = new SerialQueue();
  private readonly watcher: { dispose(): void } | undefined;

  constructor(
    readonly filePath: string,
    readonly environment: EnvironmentName,
    options: DotenvStoreOptions = {},
  ) {
    this.label = options.label ?? path.basename(filePath);
    this.watcher = options.watch?.(filePath, () => this.changes.fire());
  }

  /** The file's text, or undefined when it does not exist yet. */
  private async readText(): Promise<string | undefined> {
    try {
      return await fs.readFile(this.filePath, "utf8");
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT") return undefined;
      if (code === "EACCES" || code === "EPERM") throw new PermissionDeniedError(`${this.label} cannot be read (permission denied)`);
      if (code === "EISDIR") throw new StoreError("Invalid", `${this.label} is a folder, not a .env file`);
      throw new UnavailableError(`${this.label} cannot be read (${code ?? "unknown error"})`, error);
    }
  }

  async exists(): Promise<boolean> {
    return (await this.readText()) !== undefined;
  }

  async list(): Promise<SecretEntry[]> {
    const text = (await this.readText()) ?? "";
    const parsed = parseDotenvText(text);
    const lastLine = new Map<string, number>();
    for (const entry of parsed.entries) lastLine.set(entry.key, entry.line);
    return [...lastLine].map(([name, line]) => ({ name, meta: { line } }));
  }

  async get(name: string): Promise<string> {
    const text = (await this.readText()) ?? "";
    const value = parseDotenvText(text).values.get(name);
    if (value === undefined) throw new NotFoundError(`${name} is not defined in ${this.label}`);
    return value;
  }

  async problems(): Promise<StoreProblem[]> {
    const text = (await this.readText()) ?? "";
    return parseDotenvText(text).problems.map((problem) => ({ location: `line ${problem.line}`, reason: problem.reason }));
  }

  set(name: string, value: string): Promise<void> {
    return this.edit((text) => setDotenvValue(text ?? "", name, value));
  }

  delete(name: string): Promise<void> {
    return this.edit((text) => {
      if (text === undefined || !parseDotenvText(text).values.has(name)) throw new NotFoundError(`${name} is not defined in ${this.label}`);
      return deleteDotenvKey(text, name);
    });
  }

  /** Renames in place, keeping the line where it is (an extra beyond SecretStore; the UI falls back to set+delete). */
  rename(from: string, to: string): Promise<void> {
    return this.edit((text) => {
      if (text === undefined || !parseDotenvText(text).values.has(from)) throw new NotFoundError(`${from} is not defined in ${this.label}`);
      try {
        return renameDotenvKey(text, from, to);
      } catch (error) {
        if (error instanceof DotenvValueError && error.message.endsWith("already exists")) {
          throw new StoreError("Conflict", `${to} already exists in ${this.label}`);
        }
        throw error;
      }
    });
  }

  onDidChange(listener: () => void): { dispose(): void } {
    return this.changes.event(listener);
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changes.dispose();
  }

  /** Read, transform, write atomically; one edit at a time per store. */
  private edit(transform: (text: string | undefined) => string): Promise<void> {
    return this.writes.run(async () => {
      const existing = await this.statOrUndefined();
      if (existing && (existing.mode & 0o222) === 0) {
        throw new PermissionDeniedError(`${this.label} is read-only; make it writable to change it`);
      }
      const before = await this.readText();
      let after: string;
      try {
        after = transform(before);
      } catch (error) {
        if (error instanceof DotenvValueError) throw new StoreError("Invalid", `${this.label}: ${error.message}`);
        throw error;
      }
      if (after === before) return;
      await this.writeAtomically(after, existing ? existing.mode & 0o7777 : NEW_FILE_MODE);
      this.changes.fire();
    });
  }

  private async statOrUndefined(): Promise<{ mode: number } | undefined> {
    try {
      return await fs.stat(this.filePath);
    } catch (error) {
      if (errorCode(error) === "ENOENT") return undefined;
      throw new UnavailableError(`${this.label} cannot be examined (${errorCode(error) ?? "unknown error"})`, error);
    }
  }

  private async writeAtomically(text: string, mode: number): Promise<void> {
    // Through a symlinked .env, write the file it points to (renaming over the link would replace the link).
    const target = await fs.realpath(this.filePath).catch(() => this.filePath);
    const dir = path.dirname(target);
    const temp = path.join(dir, `.${path.basename(target)}.hush-${randomBytes(6).toString("hex")}.tmp`);
    try {
      // `wx` + mode: the temp file is never readable by others, not even for a moment.
      const handle = await fs.open(temp, "wx", mode & 0o777);
      try {
        await handle.writeFile(text, "utf8");
        await handle.chmod(mode);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      const code = errorCode(error);
      if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
        throw new PermissionDeniedError(`${this.label} cannot be written: the folder is not writable (${code})`);
      }
      if (code === "ENOENT") throw new UnavailableError(`${this.label} cannot be written: its folder does not exist`, error);
      throw new UnavailableError(`${this.label} cannot be written (${code ?? "unknown error"})`, error);
    }
  }
}
