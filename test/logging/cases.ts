// Table-driven cases: each snippet is analysed with the real parser; `flag` lists the exact texts reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { flagged } from "./helpers.js";

export interface Case {
  name: string;
  code: string;
  flag: string[];
  settings?: { includePii?: boolean; browserConsole?: boolean; testGuards?: boolean };
}

export function runCases(languageId: string, cases: Case[]): void {
  for (const entry of cases) {
    test(`${languageId}: ${entry.name}`, async () => {
      assert.deepEqual(await flagged(languageId, entry.code, entry.settings), entry.flag);
    });
  }
}
