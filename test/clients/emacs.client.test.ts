// The server in a real Emacs (Debian's emacs-nox 28 + elpa-eglot 1.9, in batch), configured through
// `eglot-server-programs' as README "In other editors" says. Eglot 1.9 has no pull diagnostics: the push path.
// Run by test/run.mjs's "other LSP clients" layer, after test/setup/setup.sh installed emacs-nox and elpa-eglot.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { assertMovedToEnv, assertNoSecretIn, ensureServerBuilt, plantWorkspace, removePlantedWorkspaces, requireEditor, runEditor } from "./support";

interface EmacsReport {
  error?: string;
  emacs: string;
  eglot: string | null;
  major_mode: string;
  steps: string[];
  server_capabilities: Record<string, unknown>;
  diagnostics: {
    beg: number;
    end: number;
    text: string;
    source: string;
    code: string;
    message: string;
    lsp_range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
  action_titles: string[];
  buffer?: string;
  diagnostics_after?: number;
  warnings: string[];
}

const script = path.join(__dirname, "emacs-fix.el");

after(removePlantedWorkspaces);

before(() => {
  requireEditor("emacs", "emacs-nox");
  const elpa = "/usr/share/emacs/site-lisp/elpa"; // where Debian's elpa-* packages go (emacs-fix.el loads from here)
  const eglotInstalled = fs.existsSync(elpa) && fs.readdirSync(elpa).some((d) => d.startsWith("eglot-"));
  assert.ok(eglotInstalled, `Eglot not found in ${elpa}: install Debian's elpa-eglot (test/setup/setup.sh does)`);
  ensureServerBuilt();
});

test("Emacs + Eglot: the finding shows in Flymake on exactly the secret (after non-ASCII text), and 'Move to .env as …' fixes it", () => {
  const ws = plantWorkspace("/* clé 🔑 */ ");
  const report = runEditor<EmacsReport>(ws, "emacs", ["-Q", "--batch", "-l", script], {});
  assertNoSecretIn("what Emacs received and showed (Flymake text, action titles)", JSON.stringify({ ...report, buffer: undefined }), ws.secret);

  assert.equal(report.major_mode, "js-mode");
  assert.equal(report.server_capabilities.diagnosticProvider, undefined, "Eglot 1.9 cannot pull diagnostics: the server must not offer them");
  assert.equal(report.diagnostics.length, 1, `expected one diagnostic, got: ${report.diagnostics.map((d) => d.code).join(", ")}`);
  const d = report.diagnostics[0]!;
  assert.equal(d.source, "hush");
  assert.equal(d.code, "stripe-secret-key");
  assert.match(d.text, /^hush \[stripe-secret-key\]: Stripe secret key: sk_l…$/, "what Flymake shows names the kind and at most 4 characters");
  assert.deepEqual(d.lsp_range, { start: { line: ws.line, character: ws.utf16Column }, end: { line: ws.line, character: ws.utf16Column + ws.secret.length } });
  // Emacs positions count characters (code points) from 1: the 🔑 before the secret is one character, two UTF-16 units.
  assert.deepEqual({ beg: d.beg, end: d.end }, { beg: ws.codePointOffset + 1, end: ws.codePointOffset + 1 + ws.secret.length }, "the Flymake region must cover exactly the secret");

  assert.ok(report.action_titles.includes("Move to .env as STRIPE_SECRET_KEY"), `actions offered: ${report.action_titles.join(" | ")}`);
  assert.deepEqual(report.steps, ["eglot connected", "diagnostics received", "code action run", "buffer edited", "saved", "server shut down"]);
  assertMovedToEnv(ws, "STRIPE_SECRET_KEY", report.buffer ?? "");
  assert.equal(report.diagnostics_after, 0);
});

// Eglot 1.9 announces workspace.configuration but no dynamic registration for didChangeConfiguration: the server
// must not try to register it (Eglot would show "Server tried to register unsupported capability" on every connect).
test(
  "Emacs + Eglot: connecting shows no Eglot warning",
  () => {
    const ws = plantWorkspace();
    const report = runEditor<EmacsReport>(ws, "emacs", ["-Q", "--batch", "-l", script], { HUSH_MODE: "diagnostics" });
    assert.deepEqual(report.warnings, []);
  },
);
