import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { envReadIdiom } from "../../client/src/secrets/idioms";

describe("envReadIdiom", () => {
  it("gives each language's run-time read of the variable", () => {
    const expected: Record<string, string> = {
      javascript: "process.env.API_KEY",
      typescript: "process.env.API_KEY",
      typescriptreact: "process.env.API_KEY",
      python: 'os.environ["API_KEY"]',
      go: 'os.Getenv("API_KEY")',
      java: 'System.getenv("API_KEY")',
      csharp: 'Environment.GetEnvironmentVariable("API_KEY")',
      ruby: 'ENV.fetch("API_KEY")',
      php: "getenv('API_KEY')",
      rust: 'std::env::var("API_KEY").expect("API_KEY must be set")',
      shellscript: '"$API_KEY"',
    };
    for (const [language, idiom] of Object.entries(expected)) assert.equal(envReadIdiom(language, "API_KEY"), idiom, language);
  });

  it("uses bracket access for names that are not identifiers", () => {
    assert.equal(envReadIdiom("javascript", "my.key"), 'process.env["my.key"]');
  });

  it("returns undefined for languages without an idiom", () => {
    assert.equal(envReadIdiom("plaintext", "API_KEY"), undefined);
  });
});
