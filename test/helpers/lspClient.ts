// A real LSP client (vscode-languageserver-protocol) driving the built server, dist/server.js, over stdio.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as lsp from "vscode-languageserver-protocol/node";

export const repoRoot = path.resolve(__dirname, "..", "..");

export interface ClientOptions {
  pull?: boolean;
  settings?: Record<string, unknown>;
  clientCommands?: string[];
}

export class TestClient {
  readonly published = new Map<string, lsp.Diagnostic[]>();
  readonly messages: string[] = [];
  readonly applied: lsp.WorkspaceEdit[] = [];
  settings: Record<string, unknown>;
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();

  private constructor(
    readonly child: ChildProcess,
    readonly conn: lsp.ProtocolConnection,
    readonly ws: string,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: ClientOptions = {}, ws = fs.mkdtempSync(path.join(os.tmpdir(), "hush-lsp-"))): Promise<TestClient> {
    const child = spawn(process.execPath, [path.join(repoRoot, "dist", "server.js"), "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const conn = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout!), new lsp.StreamMessageWriter(child.stdin!));
    const c = new TestClient(child, conn, ws, options);
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    conn.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => {
      c.published.set(p.uri, p.diagnostics);
      for (const w of c.waiters.splice(0)) w();
    });
    conn.onRequest(lsp.ConfigurationRequest.type, (p) => p.items.map(() => c.settings));
    conn.onRequest(lsp.RegistrationRequest.type, () => undefined);
    conn.onRequest(lsp.ApplyWorkspaceEditRequest.type, (p) => {
      c.applied.push(p.edit);
      c.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
    conn.onRequest("workspace/diagnostic/refresh", () => {
      for (const w of c.waiters.splice(0)) w();
      return null;
    });
    conn.onNotification(lsp.ShowMessageNotification.type, (p) => {
      c.messages.push(p.message);
    });
    conn.onNotification(lsp.LogMessageNotification.type, (p) => {
      c.messages.push(p.message);
    });
    conn.onRequest(lsp.ShowMessageRequest.type, (p) => {
      c.messages.push(p.message);
      return null;
    });
    conn.listen();
    const init = await conn.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(ws).href,
      workspaceFolders: [{ uri: pathToFileURL(ws).href, name: "ws" }],
      initializationOptions: { clientCommands: options.clientCommands ?? [] },
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } }, isPreferredSupport: true },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
      },
    });
    if (!init.capabilities) throw new Error("no capabilities: " + stderr);
    conn.sendNotification(lsp.InitializedNotification.type, {});
    return c;
  }

  uri(file: string): string {
    return pathToFileURL(path.join(this.ws, file)).href;
  }

  write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.ws, file)), { recursive: true });
    fs.writeFileSync(path.join(this.ws, file), text);
  }

  read(file: string): string | undefined {
    const p = path.join(this.ws, file);
    return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined;
  }

  open(file: string, text: string, languageId: string): void {
    this.write(file, text);
    this.texts.set(this.uri(file), text);
    this.versions.set(this.uri(file), 1);
    this.published.delete(this.uri(file));
    this.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri(file), languageId, version: 1, text } });
  }

  change(file: string, text: string): void {
    const uri = this.uri(file);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    this.published.delete(uri);
    this.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  version(file: string): number {
    return this.versions.get(this.uri(file)) ?? 0;
  }

  text(file: string): string {
    return this.texts.get(this.uri(file)) ?? "";
  }

  /** Pushed diagnostics (waits for the next publish), or pulled when the server is in pull mode. */
  async diagnostics(file: string, pull = false, timeoutMs = 10000): Promise<lsp.Diagnostic[]> {
    const uri = this.uri(file);
    if (pull) {
      const r = (await this.conn.sendRequest(lsp.DocumentDiagnosticRequest.type, { textDocument: { uri } })) as lsp.FullDocumentDiagnosticReport;
      return r.items;
    }
    const t0 = Date.now();
    while (!this.published.has(uri)) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`no diagnostics published for ${file}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
    return this.published.get(uri) ?? [];
  }

  async codeActions(file: string, diagnostic: lsp.Diagnostic): Promise<lsp.CodeAction[]> {
    const r = await this.conn.sendRequest(lsp.CodeActionRequest.type, {
      textDocument: { uri: this.uri(file) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    return (r ?? []) as lsp.CodeAction[];
  }

  /** Runs a code action as a client would: its edit, then its command (the server may call applyEdit). */
  async run(action: lsp.CodeAction): Promise<void> {
    if (action.edit) this.applyWorkspaceEdit(action.edit);
    if (action.command) await this.conn.sendRequest(lsp.ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments });
  }

  /** Applies an edit to the files and, for open documents, sends didChange like an editor would. */
  applyWorkspaceEdit(edit: lsp.WorkspaceEdit): void {
    const apply = (uri: string, edits: lsp.TextEdit[]) => {
      const file = fileURLToPath(uri);
      const before = this.texts.get(uri) ?? (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");
      const after = applyTextEdits(before, edits);
      fs.writeFileSync(file, after);
      if (this.texts.has(uri)) this.change(path.relative(this.ws, file), after);
    };
    for (const c of edit.documentChanges ?? []) if ("textDocument" in c) apply(c.textDocument.uri, c.edits as lsp.TextEdit[]);
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest(lsp.ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      this.conn.sendNotification(lsp.ExitNotification.type);
    } catch {
      /* already gone */
    }
    setTimeout(() => this.child.kill("SIGKILL"), 300).unref();
    fs.rmSync(this.ws, { recursive: true, force: true });
  }
}

export function applyTextEdits(text: string, edits: lsp.TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const off = (p: lsp.Position) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => off(b.e.range.start) - off(a.e.range.start) || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

export function rangeText(text: string, range: lsp.Range): string {
  const lines = text.split("\n");
  if (range.start.line === range.end.line) return (lines[range.start.line] ?? "").slice(range.start.character, range.end.character);
  const first = (lines[range.start.line] ?? "").slice(range.start.character);
  const middle = lines.slice(range.start.line + 1, range.end.line);
  const last = (lines[range.end.line] ?? "").slice(0, range.end.character);
  return [first, ...middle, last].join("\n");
}
