import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, it } from "node:test";
import { parse as dotenvParse } from "dotenv";
import {
  DotenvValueError,
  deleteDotenvKey,
  parseDotenvText,
  renameDotenvKey,
  serializeDotenvValue,
  setDotenvValue,
} from "../../server/src/dotenvText";
import { trickyValues } from "./contract";

const secret = (): string => "sk_" + "test_" + randomBytes(12).toString("hex");

function sample(): { text: string; api: string; db: string } {
  const api = secret();
  const db = secret();
  const text = [
    "# Service credentials",
    "",
    `export API_KEY=${api} # rotated monthly`,
    `DB_PASSWORD='${db}'`,
    "  INDENTED = value with spaces  ",
    'MULTI="first',
    'second"',
    "EMPTY=",
    "",
    "# trailing comment",
    "",
  ].join("\n");
  return { text, api, db };
}

describe("parseDotenvText", () => {
  it("reads the same values as dotenv.parse, with line numbers", () => {
    const { text } = sample();
    const parsed = parseDotenvText(text);
    assert.deepEqual(Object.fromEntries(parsed.values), dotenvParse(text));
    assert.deepEqual(
      parsed.entries.map((entry) => [entry.key, entry.line, entry.endLine]),
      [
        ["API_KEY", 3, 3],
        ["DB_PASSWORD", 4, 4],
        ["INDENTED", 5, 5],
        ["MULTI", 6, 7],
        ["EMPTY", 8, 8],
      ],
    );
    assert.deepEqual(parsed.problems, []);
  });

  it("reports malformed lines by number and reason, never their text", () => {
    const hidden = secret();
    const text = ["GOOD=1", `just ${hidden} words`, `BAD KEY=${hidden}`, `OPEN="${hidden}`, "ALSO_GOOD=2", "KEY:novalue"].join("\n");
    const parsed = parseDotenvText(text);
    assert.deepEqual(
      parsed.problems.map((problem) => problem.line),
      [2, 3, 4, 6],
    );
    for (const problem of parsed.problems) assert.ok(!problem.reason.includes(hidden));
    assert.deepEqual([...parsed.values.keys()], ["GOOD", "ALSO_GOOD"]);
  });

  it("lets the last duplicate win, like dotenv", () => {
    const parsed = parseDotenvText("A=1\nA=2\n");
    assert.equal(parsed.values.get("A"), "2");
    assert.equal(parsed.entries.length, 2);
  });

  it("handles CRLF files", () => {
    const parsed = parseDotenvText("A=1\r\nB='two'\r\n");
    assert.deepEqual(Object.fromEntries(parsed.values), { A: "1", B: "two" });
  });
});

describe("serializeDotenvValue", () => {
  it("round-trips tricky values through dotenv.parse", () => {
    for (const [label, value] of Object.entries(trickyValues())) {
      const serialized = serializeDotenvValue(value);
      assert.equal(dotenvParse(`K=${serialized}`)["K"], value, label);
    }
  });

  it("leaves plain values bare and quotes only when needed", () => {
    assert.equal(serializeDotenvValue("abc123"), "abc123");
    assert.equal(serializeDotenvValue("a b"), "'a b'");
    assert.equal(serializeDotenvValue("a#b"), "'a#b'");
    assert.equal(serializeDotenvValue("it's"), '"it\'s"');
  });

  it("refuses a value no quoting can carry, without echoing it", () => {
    const value = `'"\`\n\\n${secret()}`;
    assert.throws(
      () => serializeDotenvValue(value),
      (error) => error instanceof DotenvValueError && !error.message.includes(value.slice(6)),
    );
  });
});

describe("setDotenvValue", () => {
  it("changes only the entry's line, keeping export, the comment and every other byte", () => {
    const { text, db } = sample();
    const fresh = secret();
    const result = setDotenvValue(text, "API_KEY", fresh);
    const before = text.split("\n");
    const after = result.split("\n");
    assert.equal(after.length, before.length);
    assert.equal(after[2], `export API_KEY=${fresh} # rotated monthly`);
    for (const [index, line] of before.entries()) if (index !== 2) assert.equal(after[index], line);
    assert.equal(parseDotenvText(result).values.get("DB_PASSWORD"), db);
  });

  it("rewrites a multi-line value in place", () => {
    const { text } = sample();
    const result = setDotenvValue(text, "MULTI", "single");
    assert.ok(result.includes("MULTI=single\nEMPTY="));
    assert.equal(result.split("\n").length, text.split("\n").length - 1);
  });

  it("appends new keys at the end, adding a missing final newline", () => {
    assert.equal(setDotenvValue("A=1", "B", "2"), "A=1\nB=2\n");
    assert.equal(setDotenvValue("A=1\n", "B", "2"), "A=1\nB=2\n");
    assert.equal(setDotenvValue("", "B", "2"), "B=2\n");
    assert.equal(setDotenvValue("A=1\r\n", "B", "2"), "A=1\r\nB=2\r\n");
  });

  it("updates the effective (last) duplicate", () => {
    assert.equal(setDotenvValue("A=1\nA=2\n", "A", "3"), "A=1\nA=3\n");
  });

  it("keeps malformed lines untouched", () => {
    const text = "junk line\nA=1\n";
    assert.equal(setDotenvValue(text, "A", "2"), "junk line\nA=2\n");
  });

  it("refuses invalid keys", () => {
    assert.throws(() => setDotenvValue("", "BAD KEY", "x"), DotenvValueError);
  });

  it("is idempotent", () => {
    const { text } = sample();
    const value = secret();
    const once = setDotenvValue(text, "NEW_ONE", value);
    assert.equal(setDotenvValue(once, "NEW_ONE", value), once);
  });
});

describe("deleteDotenvKey and renameDotenvKey", () => {
  it("deletes every definition including continuation lines, keeping comments", () => {
    const { text } = sample();
    const result = deleteDotenvKey(text, "MULTI");
    assert.ok(!result.includes("MULTI") && !result.includes('second"'));
    assert.ok(result.startsWith("# Service credentials\n\n"));
    assert.ok(result.endsWith("# trailing comment\n"));
    assert.equal(deleteDotenvKey("A=1\nB=2\nA=3\n", "A"), "B=2\n");
  });

  it("renames in place and keeps the value and comment", () => {
    const { text, api } = sample();
    const result = renameDotenvKey(text, "API_KEY", "SERVICE_API_KEY");
    assert.ok(result.includes(`export SERVICE_API_KEY=${api} # rotated monthly`));
    assert.equal(parseDotenvText(result).values.get("SERVICE_API_KEY"), api);
    assert.throws(() => renameDotenvKey(text, "API_KEY", "DB_PASSWORD"), /already exists/);
  });
});
