// References into templates: `NAME='vault:secret/data/app#NAME'` (quoted: dotenv reads an unquoted # as a comment) written into .env.example atomically, keeping
// every other line, idempotent, and refusing anything that is not a reference.

import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeReferenceToTemplate } from "../../client/src/stores/remote/references";
import { StoreError } from "../../client/src/stores/types";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "hush-ref-"));
}

describe("writeReferenceToTemplate", () => {
  it("adds, updates and leaves unchanged, keeping comments, order and the file mode", async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, ".env.example");
      const original = "# Copy to .env and fill in\nDATABASE_URL=\n\n# payments\nSTRIPE_KEY=\nTRAILING=1 # note\n";
      fs.writeFileSync(file, original, { mode: 0o640 });
      fs.chmodSync(file, 0o640);
      assert.equal(await writeReferenceToTemplate(file, "STRIPE_KEY", "vault:secret/data/app#STRIPE_KEY"), "updated");
      assert.equal(fs.readFileSync(file, "utf8"), original.replace("STRIPE_KEY=\n", "STRIPE_KEY='vault:secret/data/app#STRIPE_KEY'\n"));
      assert.equal(await writeReferenceToTemplate(file, "STRIPE_KEY", "vault:secret/data/app#STRIPE_KEY"), "unchanged");
      assert.equal(await writeReferenceToTemplate(file, "API_TOKEN", "vault:secret/data/web/api#API_TOKEN"), "added");
      const text = fs.readFileSync(file, "utf8");
      assert.ok(text.startsWith(original.replace("STRIPE_KEY=\n", "STRIPE_KEY='vault:secret/data/app#STRIPE_KEY'\n")));
      assert.ok(text.endsWith("API_TOKEN='vault:secret/data/web/api#API_TOKEN'\n"));
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(fs.readdirSync(dir), [".env.example"], "no temp file left behind");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("creates the template when missing and refuses values that are not references", async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, ".env.example");
      assert.equal(await writeReferenceToTemplate(file, "K", "vault:kv/svc/app#K"), "added");
      assert.equal(fs.readFileSync(file, "utf8"), "K='vault:kv/svc/app#K'\n");
      const notAReference = "sk_" + "live_" + "x".repeat(24);
      await assert.rejects(writeReferenceToTemplate(file, "K", notAReference), (error) => {
        assert.ok(error instanceof StoreError && error.code === "Invalid");
        assert.ok(!error.message.includes(notAReference.slice(4)));
        return true;
      });
      assert.equal(fs.readFileSync(file, "utf8"), "K='vault:kv/svc/app#K'\n", "nothing written on refusal");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
