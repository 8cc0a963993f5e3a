// Writes a reference (never a value) such as `STRIPE_KEY=vault:secret/data/app#STRIPE_KEY` into a template like
// .env.example, so an injector (vault agent, envconsul, Hush's Run with Secrets) can resolve it at run time.
// The write is atomic (temp file + rename), keeps every other line, comment and the order, and is idempotent.

import { promises as fs } from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { DotenvValueError, parseDotenvText, setDotenvValue } from "../../../../server/src/dotenvText";
import { StoreError } from "../types";

/** Returns "added", "updated" or "unchanged". */
export async function writeReferenceToTemplate(file: string, key: string, reference: string): Promise<"added" | "updated" | "unchanged"> {
  if (!/^vault:[^\s#]+(#[^\s#]+)?$/.test(reference)) throw new StoreError("Invalid", "only references such as vault:<mount>/data/<path>#KEY are written to templates, never values");
  let text = "";
  let mode = 0o644;
  try {
    text = await fs.readFile(file, "utf8");
    mode = (await fs.stat(file)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new StoreError("Unavailable", `${path.basename(file)} could not be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const current = parseDotenvText(text).entries.filter((entry) => entry.key === key).at(-1);
  if (current?.value === reference) return "unchanged";
  let next: string;
  try {
    next = setDotenvValue(text, key, reference);
  } catch (error) {
    if (error instanceof DotenvValueError) throw new StoreError("Invalid", `${path.basename(file)}: ${error.message}`);
    throw error;
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, next, { mode });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new StoreError("Unavailable", `${path.basename(file)} could not be written (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return current ? "updated" : "added";
}
