// How each language reads an environment variable at run time. "Insert Secret…" inserts these so code refers to a
// secret by name; the value stays in the store. The table is the language server's (server/src/engine/fix/idioms.ts),
// so Insert Secret and the "Move to .env" / "Move to keychain" fixes always write the same code.

import { envReadExpression, languageFamily } from "../../../server/src/engine/fix/idioms";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The expression that reads `name` from the environment in `languageId`, or undefined for unknown languages. */
export function envReadIdiom(languageId: string, name: string, filePath = ""): string | undefined {
  const family = languageFamily(languageId, filePath);
  // Names that are not identifiers (a.b-c) need bracket access in JavaScript.
  if (family === "js" && !IDENTIFIER.test(name)) return `process.env[${JSON.stringify(name)}]`;
  return envReadExpression(family, name);
}
