// Atomic file writes: write a sibling temp file, fsync, rename over the target. A crash leaves either the old
// or the new content, never half of it. Existing files keep their mode; new ones get the mode asked for.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function writeFileAtomic(file: string, content: string, newFileMode = 0o644): void {
  const dir = path.dirname(file);
  let mode = newFileMode;
  try {
    mode = fs.statSync(file).mode & 0o777;
  } catch {
    /* new file */
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${crypto.randomBytes(6).toString("hex")}.tmp`);
  const fd = fs.openSync(tmp, "wx", mode);
  try {
    fs.writeFileSync(fd, content, "utf8");
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.chmodSync(tmp, mode); // the umask may have narrowed openSync's mode
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export function readTextIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}
