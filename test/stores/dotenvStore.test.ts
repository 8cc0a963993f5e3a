import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { DotenvStore } from "../../client/src/stores/dotenvStore";
import { assertStoreError, fakeSecret, runStoreContract } from "./contract";

const roots: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "hush-dotenv-"));
  roots.push(dir);
  return dir;
}
after(async () => {
  for (const dir of roots) {
    await fs.chmod(dir, 0o700).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  }
});

runStoreContract(".env file store", async () => {
  const dir = await tempDir();
  const store = new DotenvStore(path.join(dir, ".env"), "development");
  return { store, cleanup: async () => store.dispose() };
});

describe("DotenvStore on real files", () => {
  it("creates a new .env with mode 0600 and leaves no temp files", async () => {
    const dir = await tempDir();
    const store = new DotenvStore(path.join(dir, ".env"), "development");
    await store.set("API_KEY", fakeSecret());
    const stat = await fs.stat(path.join(dir, ".env"));
    assert.equal(stat.mode & 0o777, 0o600);
    assert.deepEqual(await fs.readdir(dir), [".env"]);
  });

  it("keeps an existing file's mode, comments, order and quoting", async () => {
    const dir = await tempDir();
    const file = path.join(dir, ".env.staging");
    const kept = fakeSecret();
    const original = `# staging\n\nexport B='${kept}' # keep me\nA="x"\n\n# end\n`;
    await fs.writeFile(file, original, { mode: 0o640 });
    await fs.chmod(file, 0o640);
    const store = new DotenvStore(file, "staging");
    const fresh = fakeSecret();
    await store.set("A", fresh);
    await store.set("C", "plain");
    const text = await fs.readFile(file, "utf8");
    assert.equal(text, `# staging\n\nexport B='${kept}' # keep me\nA=${fresh}\n\n# end\nC=plain\n`);
    assert.equal((await fs.stat(file)).mode & 0o777, 0o640);
    assert.deepEqual((await store.list()).map((entry) => entry.name), ["B", "A", "C"]);
  });

  it("refuses to write a read-only file with PermissionDenied and leaves it untouched", async () => {
    const dir = await tempDir();
    const file = path.join(dir, ".env");
    const value = fakeSecret();
    await fs.writeFile(file, `A=${value}\n`, { mode: 0o400 });
    await fs.chmod(file, 0o400);
    const store = new DotenvStore(file, "development");
    const attempted = fakeSecret();
    await assert.rejects(store.set("A", attempted), (error) => assertStoreError(error, "PermissionDenied", [value, attempted]));
    await assert.rejects(store.delete("A"), (error) => assertStoreError(error, "PermissionDenied", [value]));
    assert.equal(await fs.readFile(file, "utf8"), `A=${value}\n`);
    assert.equal(await store.get("A"), value, "reads still work");
  });

  it("reports malformed lines with line numbers and keeps them on write", async () => {
    const dir = await tempDir();
    const file = path.join(dir, ".env");
    const hidden = fakeSecret();
    await fs.writeFile(file, `GOOD=1\nnot an entry ${hidden}\nOPEN="${hidden}\n`);
    const store = new DotenvStore(file, "development");
    const problems = await store.problems();
    assert.deepEqual(problems.map((problem) => problem.location), ["line 2", "line 3"]);
    assert.ok(problems.every((problem) => !problem.reason.includes(hidden)));
    await store.set("NEW", "1");
    assert.equal(await fs.readFile(file, "utf8"), `GOOD=1\nnot an entry ${hidden}\nOPEN="${hidden}\nNEW=1\n`);
  });

  it("renames in place", async () => {
    const dir = await tempDir();
    const file = path.join(dir, ".env");
    await fs.writeFile(file, "# c\nOLD=1 # note\nOTHER=2\n");
    const store = new DotenvStore(file, "development");
    await store.rename("OLD", "NEW");
    assert.equal(await fs.readFile(file, "utf8"), "# c\nNEW=1 # note\nOTHER=2\n");
    await assert.rejects(store.rename("NEW", "OTHER"), (error) => assertStoreError(error, "Conflict", []));
  });

  it("writes through a symlinked .env to its target", async () => {
    const dir = await tempDir();
    const target = path.join(dir, "real.env");
    await fs.writeFile(target, "A=1\n", { mode: 0o600 });
    await fs.symlink(target, path.join(dir, ".env"));
    const store = new DotenvStore(path.join(dir, ".env"), "development");
    await store.set("B", "2");
    assert.ok((await fs.lstat(path.join(dir, ".env"))).isSymbolicLink());
    assert.equal(await fs.readFile(target, "utf8"), "A=1\nB=2\n");
  });

  it("says clearly when the path is a folder", async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, ".env"));
    const store = new DotenvStore(path.join(dir, ".env"), "development");
    await assert.rejects(store.list(), (error) => assertStoreError(error, "Invalid", []));
  });
});
