// Quick fixes are applied to the text, the result must parse without syntax errors, and re-analysis must no
// longer report that finding (other findings in the snippet stay).
import assert from "node:assert/strict";
import { test } from "node:test";
import { applyEdits, logPresenceOnly, redactInLog } from "../../server/src/engine/logging/fixes.js";
import { grammarFor } from "../../server/src/engine/logging/syntax.js";
import { parseDocument } from "../../server/src/parsing.js";
import { analyse, EXTENSIONS } from "./helpers.js";

interface FixCase {
  languageId: string;
  code: string;
  /** The flagged text the fix is applied to. */
  target: string;
  redacted?: string;
  presence?: string | null;
}

const CASES: FixCase[] = [
  { languageId: "javascript", code: "function f(password) { console.log('pw', password); }", target: "password", redacted: "console.log('pw', \"[REDACTED]\")", presence: "console.log('pw', Boolean(password))" },
  { languageId: "javascript", code: "function f(token) { console.log(`t=${token}!`); }", target: "token", redacted: "console.log(`t=[REDACTED]!`)", presence: "console.log(`t=${Boolean(token)}!`)" },
  { languageId: "javascript", code: "function f(apiKey) { logger.info({ apiKey, user: 1 }); }", target: "apiKey", redacted: "logger.info({ apiKey: \"[REDACTED]\", user: 1 })", presence: "logger.info({ apiKey: Boolean(apiKey), user: 1 })" },
  { languageId: "javascript", code: "console.log(process.env);", target: "process.env", redacted: "console.log(Object.keys(process.env));", presence: null },
  { languageId: "javascript", code: "function f(secret) { console.log('s: ' + secret); }", target: "secret", presence: "console.log('s: ' + Boolean(secret))" },
  { languageId: "typescript", code: "function f(clientSecret: string): void { logger.warn('cs %s', clientSecret); }", target: "clientSecret", presence: "logger.warn('cs %s', Boolean(clientSecret))" },
  { languageId: "python", code: "def f(password):\n    logger.info('pw %s', password)\n", target: "password", redacted: "logger.info('pw %s', \"[REDACTED]\")", presence: "logger.info('pw %s', password is not None)" },
  { languageId: "python", code: "def f(token):\n    print(f'tok={token}')\n", target: "token", redacted: "print(f'tok=[REDACTED]')", presence: "print(f'tok={token is not None}')" },
  { languageId: "python", code: "def f(token):\n    print('tok ' + token)\n", target: "token", presence: "print('tok ' + str(token is not None))" },
  { languageId: "python", code: "def f(token):\n    print('tok %s' % token)\n", target: "token", presence: "print('tok %s' % (token is not None))" },
  { languageId: "python", code: "def f(pw):\n    log.info('login', password=pw)\n", target: "pw", redacted: "log.info('login', password=\"[REDACTED]\")", presence: "log.info('login', password=pw is not None)" },
  { languageId: "python", code: "import os\nprint(os.environ)\n", target: "os.environ", redacted: "print(list(os.environ.keys()))", presence: null },
  { languageId: "go", code: "package main\n\nimport \"fmt\"\n\nfunc f(password string) {\n\tfmt.Println(\"pw\", password)\n}\n", target: "password", redacted: "fmt.Println(\"pw\", \"[REDACTED]\")", presence: "fmt.Println(\"pw\", fmt.Sprint(password != \"\"))" },
  { languageId: "go", code: "package main\n\nimport \"log\"\n\nfunc f(token string) {\n\tslog.Info(\"auth\", \"token\", token)\n}\n", target: "token", redacted: "slog.Info(\"auth\", \"token\", \"[REDACTED]\")", presence: "slog.Info(\"auth\", \"token\", token != \"\")" },
  { languageId: "java", code: "class A { void m(String password) { LOG.info(\"pw: \" + password); } }", target: "password", redacted: "LOG.info(\"pw: \" + \"[REDACTED]\")", presence: "LOG.info(\"pw: \" + (password != null))" },
  { languageId: "java", code: "class A { void m(String password) { LOG.info(\"pw {}\", password); } }", target: "password", presence: "LOG.info(\"pw {}\", password != null)" },
  { languageId: "csharp", code: "class A { void M(string password) { _logger.LogInformation($\"pw {password}\"); } }", target: "password", redacted: "_logger.LogInformation($\"pw [REDACTED]\")", presence: "_logger.LogInformation($\"pw {(password != null)}\")" },
  { languageId: "csharp", code: "class A { void M(string token) { Console.WriteLine(\"t \" + token); } }", target: "token", presence: "Console.WriteLine(\"t \" + (token != null))" },
  { languageId: "ruby", code: "def m(token)\n  logger.info \"t=#{token}\"\nend\n", target: "token", redacted: "logger.info \"t=[REDACTED]\"", presence: "logger.info \"t=#{!token.nil?}\"" },
  { languageId: "ruby", code: "def m(token)\n  puts 't ' + token\nend\n", target: "token", presence: "puts 't ' + (!token.nil?).to_s" },
  { languageId: "ruby", code: "puts ENV\n", target: "ENV", redacted: "puts ENV.keys", presence: null },
  { languageId: "php", code: "<?php\nfunction m($password) { error_log('pw=' . $password); }\n", target: "$password", redacted: "error_log('pw=' . '[REDACTED]')", presence: "error_log('pw=' . var_export($password !== null, true))" },
  { languageId: "php", code: "<?php\nfunction m($pw) { $logger->info('x', ['password' => $pw]); }\n", target: "$pw", redacted: "['password' => '[REDACTED]']", presence: "['password' => $pw !== null]" },
  { languageId: "php", code: "<?php\nprint_r($_SERVER);\n", target: "$_SERVER", redacted: "print_r(array_keys($_SERVER));", presence: null },
  { languageId: "rust", code: "fn f(password: &str) {\n    log::info!(\"pw {}\", password);\n}\n", target: "password", redacted: "log::info!(\"pw {}\", \"[REDACTED]\")", presence: null },
  { languageId: "rust", code: "fn f(api_key: &str) {\n    println!(\"key {api_key:?}\");\n}\n", target: "api_key", redacted: "println!(\"key [REDACTED]\")", presence: null },
  { languageId: "rust", code: "fn f(tok: &Token) {\n    tracing::debug!(access_token = %tok.access_token, \"refreshed\");\n}\n", target: "tok.access_token", redacted: "tracing::debug!(access_token = %\"[REDACTED]\", \"refreshed\")" },
  { languageId: "kotlin", code: "fun f(password: String) {\n    logger.debug { \"pw $password\" }\n}\n", target: "password", redacted: "logger.debug { \"pw [REDACTED]\" }", presence: null },
  { languageId: "kotlin", code: "fun f(token: String) {\n    Log.d(TAG, \"t \" + token)\n}\n", target: "token", redacted: "Log.d(TAG, \"t \" + \"[REDACTED]\")", presence: "Log.d(TAG, \"t \" + (token != null))" },
];

let document = 0;

async function assertParsesCleanly(languageId: string, text: string): Promise<void> {
  const extension = EXTENSIONS[languageId] ?? "txt";
  const grammar = grammarFor(languageId, `x.${extension}`);
  assert.ok(grammar !== undefined);
  document++;
  const parsed = await parseDocument(`fix-check-${document}.${extension}`, text, grammar);
  assert.ok(parsed !== undefined, "fixed text parses");
  assert.equal(parsed.tree.rootNode.hasError, false, `fixed text has no syntax error:\n${text}`);
}

for (const entry of CASES) {
  for (const kind of ["redact", "presence"] as const) {
    const expected = kind === "redact" ? entry.redacted : entry.presence;
    if (expected === undefined) continue;
    test(`${entry.languageId}: ${kind === "redact" ? "Redact in log" : "Log presence only"} on ${entry.target} in ${JSON.stringify(entry.code.slice(0, 60))}`, async () => {
      const findings = await analyse(entry.languageId, entry.code);
      const finding = findings.find((candidate) => entry.code.slice(candidate.start, candidate.end) === entry.target);
      assert.ok(finding, `finding on ${entry.target}`);
      const extension = EXTENSIONS[entry.languageId] ?? "txt";
      const edits = kind === "redact" ? redactInLog(finding, entry.code, entry.languageId, `x.${extension}`) : logPresenceOnly(finding, entry.code, entry.languageId, `x.${extension}`);
      if (expected === null) {
        assert.equal(edits, undefined, "no fix offered");
        return;
      }
      assert.ok(edits !== undefined, "a fix is offered");
      const fixed = applyEdits(entry.code, edits);
      assert.ok(fixed.includes(expected), `expected ${expected} in\n${fixed}`);
      await assertParsesCleanly(entry.languageId, fixed);
      const after = await analyse(entry.languageId, fixed);
      assert.equal(after.length, findings.length - 1, `re-analysis drops exactly the fixed finding:\n${fixed}`);
    });
  }
}

test("the fix context is inferred from the text when the finding lost its extra data", async () => {
  const code = "function f(token) { console.log(`t=${token}`); }";
  const [finding] = await analyse("javascript", code);
  assert.ok(finding);
  const bare = { start: finding.start, end: finding.end };
  const edits = redactInLog(bare, code, "javascript");
  assert.ok(edits);
  assert.equal(applyEdits(code, edits), "function f(token) { console.log(`t=[REDACTED]`); }");
});
