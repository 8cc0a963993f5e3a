// Runs last: no value written during the secrets suites may appear in the audit log, the tree's labels,
// descriptions or tooltips, the "Hush Secrets" output, any prompt or message, or a workspace file other than the
// .env files that are supposed to hold them.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { filesUnder, state, workspaceRoot, writtenValues } from "./secretsSupport";

function leaks(text: string, values: string[]): string[] {
  // Anything beyond the allowed 4-character prefix counts: look for 8-character slices after it.
  return values.filter((value) => {
    if (text.includes(value)) return true;
    for (let start = 1; start + 8 <= value.length; start += 4) if (text.includes(value.slice(start, start + 8))) return true;
    return false;
  });
}

suite("secrets: no value leaks", () => {
  test("values were written during the run (the scan has something to look for)", () => {
    assert.ok(writtenValues().length >= 10, `only ${writtenValues().length} values recorded`);
  });

  test("the audit log holds no value", async () => {
    const { auditLogPath } = await state();
    const text = fs.readFileSync(auditLogPath, "utf8");
    assert.ok(text.split("\n").filter(Boolean).length >= 20, "the audit log has entries");
    assert.deepEqual(leaks(text, writtenValues()).length, 0, "audit log contains a value");
  });

  test("tree labels, descriptions and tooltips hold no value", async () => {
    const { tree } = await state();
    const text = tree.map((item) => `${item.label}\n${item.description}\n${item.tooltip}\n${item.contextValue}`).join("\n");
    assert.equal(leaks(text, writtenValues()).length, 0, "tree contains a value");
  });

  test("the output channel and every prompt or message hold no value", async () => {
    const { logLines, prompts } = await state();
    assert.equal(leaks(logLines.join("\n"), writtenValues()).length, 0, "output channel contains a value");
    // The one prompt that may show a value is none: the value-insert warning names the secret, not its value.
    assert.equal(leaks(prompts.flatMap((prompt) => prompt.texts).join("\n"), writtenValues()).length, 0, "a prompt or message contains a value");
  });

  test("no workspace file other than .env files holds a value", () => {
    for (const file of filesUnder(workspaceRoot())) {
      if (/^\.env(\.|$)/.test(path.basename(file)) && path.basename(file) !== ".env.example") continue;
      assert.equal(leaks(fs.readFileSync(file, "utf8"), writtenValues()).length, 0, `${path.relative(workspaceRoot(), file)} contains a value`);
    }
  });
});
