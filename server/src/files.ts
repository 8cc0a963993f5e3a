// Finding and reading the files to scan, shared by the CLI and the server's workspace scan.
// .gitignore files (at every level) and the user's excludes apply; symlinks are never followed (no loops).
import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

const ALWAYS_SKIPPED_DIRS = new Set([".git", ".hg", ".svn"]);

export interface WalkOptions {
  exclude: string[];
  /** Honour .gitignore files found while walking (default true). */
  gitignore?: boolean;
}

/** Yields files under `root` (a file or a folder) as absolute paths. */
export function* walkFiles(root: string, options: WalkOptions): Generator<string> {
  const absRoot = path.resolve(root);
  let st: fs.Stats;
  try {
    st = fs.lstatSync(absRoot);
  } catch {
    return;
  }
  if (st.isFile()) {
    yield absRoot;
    return;
  }
  if (!st.isDirectory()) return;
  // Only matchers that hold patterns are consulted: each check costs a path.relative and a match per entry.
  const base = options.exclude.length > 0 ? [{ ig: ignore().add(options.exclude), dir: absRoot }] : [];
  const stack: { dir: string; rules: { ig: Ignore; dir: string }[] }[] = [{ dir: absRoot, rules: base }];
  while (stack.length > 0) {
    const { dir, rules } = stack.pop() as (typeof stack)[number];
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    let ownRules = rules;
    // Read only where the listing has one: a failed open per folder (and its exception) costs more than the walk.
    if (options.gitignore !== false && entries.some((e) => e.name === ".gitignore")) {
      try {
        const text = fs.readFileSync(path.join(dir, ".gitignore"), "utf8");
        if (/^[ \t]*[^#\s]/m.test(text)) ownRules = [...rules, { ig: ignore().add(text), dir }];
      } catch {
        /* unreadable: nothing to honour */
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const isDir = entry.isDirectory();
      if (isDir && ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
      if (ownRules.some((r) => r.ig.ignores(path.relative(r.dir, full).split(path.sep).join("/") + (isDir ? "/" : "")))) continue;
      if (isDir) subdirs.push(full);
      else if (entry.isFile()) yield full;
    }
    for (const d of subdirs.reverse()) stack.push({ dir: d, rules: ownRules }); // popped in name order
  }
}

export type ReadResult = { text: string } | { skipped: string };

/** One buffer per thread, reused for every file: a scan reads thousands of files and keeps none of the bytes. */
let readBuffer = Buffer.allocUnsafe(1 << 20);

/** Formats that are binary whatever their first bytes look like (compiled Python starts with a mostly-text header). */
const BINARY_EXTENSIONS = new Set([
  "pyc", "pyo", "class", "jar", "war", "ear", "so", "dll", "dylib", "exe", "o", "a", "obj", "lib", "png", "jpg",
  "jpeg", "gif", "ico", "webp", "bmp", "tif", "tiff", "pdf", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar",
  "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "mov", "avi", "wav", "flac", "ogg", "wasm", "sqlite", "db",
]);

/** Reads a file as text (invalid UTF-8 becomes U+FFFD), refusing binaries and files over the size limit. */
export function readTextFile(file: string, maxBytes: number): ReadResult {
  if (BINARY_EXTENSIONS.has(path.extname(file).slice(1).toLowerCase())) return { skipped: "binary" };
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) return { skipped: `larger than ${(maxBytes / 1048576).toFixed(0)} MB` };
    if (size + 1 > readBuffer.length) readBuffer = Buffer.allocUnsafe(Math.min(Math.max(size + 1, readBuffer.length * 2), maxBytes + 1));
    // Read until end of file (the size may change under us), never past the limit.
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === readBuffer.length) {
        if (length > maxBytes) return { skipped: `larger than ${(maxBytes / 1048576).toFixed(0)} MB` };
        const grown = Buffer.allocUnsafe(Math.min(length * 2, maxBytes + 1));
        readBuffer.copy(grown, 0, 0, length);
        readBuffer = grown;
      }
    }
    const bytes = readBuffer.subarray(0, length);
    if (isBinary(bytes)) return { skipped: "binary" };
    return { text: bytes.toString("utf8") };
  } catch (e) {
    return { skipped: `cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Binary when the first 4 KB hold many NUL/control bytes (a stray NUL in a text file is not enough). */
export function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 4096);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i] ?? 0;
    if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)) control++;
  }
  return control / n > 0.1;
}
