// The server in a real Neovim (Debian's 0.7.2, headless), set up as README "In other editors" says: it must work in
// any LSP client, not only VS Code. Neovim 0.7 has no pull diagnostics, so this is also the push path.
// Run by test/run.mjs's "other LSP clients" layer, after test/setup/setup.sh installed neovim.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { assertMovedToEnv, assertNoSecretIn, ensureServerBuilt, plantWorkspace, removePlantedWorkspaces, requireEditor, runEditor, type PlantedWorkspace } from "./support";

interface NeovimDiagnostic {
  source: string;
  code: string;
  message: string;
  range: { lnum: number; col: number; end_lnum: number; end_col: number };
}
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface NeovimReport {
  error?: string;
  steps: string[];
  filetype: string;
  server_capabilities: Record<string, unknown>;
  published: { uri: string; diagnostics: { range: LspRange; code: string; source: string }[] }[];
  diagnostics: NeovimDiagnostic[];
  action_titles: string[];
  buffer?: string[];
  diagnostics_after?: number;
  server_exit?: { code: number; signal: number };
}

const script = path.join(__dirname, "neovim-fix.lua");

function runNeovim(ws: PlantedWorkspace, mode: "fix" | "diagnostics"): NeovimReport {
  const report = runEditor<NeovimReport>(ws, "nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${script}`], { HUSH_MODE: mode });
  assertNoSecretIn("what Neovim received and showed (diagnostics, messages, action titles)", JSON.stringify({ ...report, buffer: undefined }), ws.secret);
  return report;
}

function theOnlyFinding(report: NeovimReport): NeovimDiagnostic {
  assert.equal(report.diagnostics.length, 1, `expected one diagnostic, got: ${report.diagnostics.map((d) => d.code).join(", ")}`);
  const d = report.diagnostics[0]!;
  assert.equal(d.source, "hush");
  assert.equal(d.code, "stripe-secret-key");
  assert.match(d.message, /^Stripe secret key: sk_l…/, "the message names the kind and shows at most 4 characters");
  return d;
}

after(removePlantedWorkspaces);

before(() => {
  requireEditor("nvim", "neovim");
  ensureServerBuilt();
});

test("Neovim: the finding shows with its exact range, and 'Move to .env as …' from vim.lsp.buf.code_action() fixes it", () => {
  const ws = plantWorkspace();
  const report = runNeovim(ws, "fix");

  assert.equal(report.filetype, "javascript");
  assert.equal(report.server_capabilities.diagnosticProvider, undefined, "Neovim 0.7 cannot pull diagnostics: the server must not offer them");
  const d = theOnlyFinding(report);
  assert.deepEqual(d.range, { lnum: ws.line, col: ws.byteColumn, end_lnum: ws.line, end_col: ws.byteColumn + ws.secret.length }, "the diagnostic must cover exactly the secret");

  assert.ok(report.action_titles.includes("Move to .env as STRIPE_SECRET_KEY"), `actions offered: ${report.action_titles.join(" | ")}`);
  assert.deepEqual(report.steps, ["client started", "diagnostics received", "code action picked", "buffer edited", "saved", "client stopped"]);
  assertMovedToEnv(ws, "STRIPE_SECRET_KEY", (report.buffer ?? []).join("\n") + "\n");
  assert.equal(report.diagnostics_after, 0, "the diagnostic must clear once the secret is gone");
  assert.deepEqual(report.server_exit, { code: 0, signal: 0 }, "the server must exit cleanly on shutdown/exit");
});

test("Neovim: a range after non-ASCII text (UTF-16 on the wire, bytes in Neovim) lands exactly on the secret", () => {
  const ws = plantWorkspace("/* clé 🔑 */ ");
  const report = runNeovim(ws, "diagnostics");

  const published = report.published.flatMap((p) => p.diagnostics);
  assert.equal(published.length, 1);
  assert.deepEqual(
    published[0]!.range,
    { start: { line: ws.line, character: ws.utf16Column }, end: { line: ws.line, character: ws.utf16Column + ws.secret.length } },
    "the server's range must count UTF-16 code units",
  );
  const d = theOnlyFinding(report);
  assert.ok(ws.byteColumn > ws.utf16Column, "the test line must put multi-byte characters before the secret");
  assert.deepEqual(d.range, { lnum: ws.line, col: ws.byteColumn, end_lnum: ws.line, end_col: ws.byteColumn + ws.secret.length });
});

// Neovim 0.7 sends the code-action context's diagnostics back with byte columns as `character`
// (diagnostic_vim_to_lsp): the server finds the finding by the fingerprint in the diagnostic's data instead and puts
// the finding's own range in the command arguments.
test(
  "Neovim 0.7: 'Move to .env as …' is offered and works after non-ASCII text on the line",
  () => {
    const ws = plantWorkspace("/* clé 🔑 */ ");
    const report = runNeovim(ws, "fix");
    assertMovedToEnv(ws, "STRIPE_SECRET_KEY", (report.buffer ?? []).join("\n") + "\n");
  },
);
