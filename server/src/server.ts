// The Hush language server: wiring only. LSP in, engine call, LSP out. Works with any LSP client: diagnostics
// are pulled (textDocument/diagnostic) where the client supports it and pushed otherwise.
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Analyzer, documentPath, type Analysis } from "./analysis";
import { toDiagnostic } from "./convert";
import { scanDocument } from "./fullScan";
import { forgetLoggingDocument } from "./logging";
import { forgetDocument } from "./parsing";
import { readTextFile, walkFiles } from "./files";
import { codeActions } from "./handlers/codeActions";
import { classifyPkcs12File, keystoreByName } from "./keystores";
import { acceptInBaseline, CommandError, moveToEnv, type CommandDeps } from "./handlers/commands";
import { Methods, ServerCommands, type HushSettings, type ScanWorkspaceResult } from "./protocol";
import { scanOptionsFor } from "./scanOptions";
import { SettingsCache } from "./settings";
import { Workspace } from "./workspace";

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const workspace = new Workspace();
const analyzer = new Analyzer(workspace);
let hasConfigurationCapability = false;
let hasWorkspaceFolderEvents = false;
let canRegisterConfigurationChange = false;
let pullDiagnostics = false;
let globalSettings: HushSettings | undefined;
let clientCommands = new Set<string>();
const settings = new SettingsCache(connection, () => hasConfigurationCapability, () => globalSettings);
const skippedNoticeShown = new Set<string>();
/** Files published by the workspace scan (not open): cleared when they open, so nothing shows twice. */
const publishedClosed = new Set<string>();

const PUSH_DEBOUNCE_MS = 50;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  canRegisterConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  hasWorkspaceFolderEvents = !!caps.workspace?.workspaceFolders;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  const init = (params.initializationOptions ?? {}) as { clientCommands?: string[]; settings?: HushSettings };
  clientCommands = new Set(init.clientCommands ?? []);
  globalSettings = init.settings;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setFolders(folders);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      codeActionProvider: { codeActionKinds: ["quickfix"], resolveProvider: false },
      executeCommandProvider: { commands: [ServerCommands.moveToEnv, ServerCommands.acceptInBaseline] },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: "hush", version: "0.1.0" },
  };
});

connection.onInitialized(() => {
  // Only clients that say they can take it (Eglot 1.9 warns on every connect otherwise).
  if (hasConfigurationCapability && canRegisterConfigurationChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: "hush" }).catch(() => undefined);
  }
  if (hasWorkspaceFolderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const f of e.added) workspace.addFolder(f.uri);
      for (const f of e.removed) workspace.removeFolder(f.uri);
      refreshAll();
    });
  }
});

async function analysisFor(doc: TextDocument): Promise<Analysis> {
  const s = await settings.get(doc.uri);
  const analysis = await analyzer.analyze(doc, s);
  if (analysis.skipped && !skippedNoticeShown.has(doc.uri) && !analysis.skipped.startsWith("excluded")) {
    skippedNoticeShown.add(doc.uri);
    connection.window.showInformationMessage(`Hush: ${analysis.skipped}`);
  }
  return analysis;
}

async function diagnosticsFor(doc: TextDocument): Promise<Diagnostic[]> {
  const analysis = await analysisFor(doc);
  return analysis.findings.map((f) => toDiagnostic(doc, f, analysis.config.customRules));
}

// ---- push mode: debounced, superseded runs dropped
const timers = new Map<string, NodeJS.Timeout>();
function schedulePush(doc: TextDocument, delay = PUSH_DEBOUNCE_MS): void {
  if (pullDiagnostics) return;
  clearTimeout(timers.get(doc.uri));
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      void pushNow(doc);
    }, delay),
  );
}

async function pushNow(doc: TextDocument): Promise<void> {
  const version = doc.version;
  try {
    const diagnostics = await diagnosticsFor(doc);
    const current = documents.get(doc.uri);
    if (!current || current.version !== version) return; // superseded by a newer edit
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  } catch (e) {
    connection.console.error(`Hush: analysis failed for ${path.basename(documentPath(doc.uri))}: ${(e as Error).message}`);
  }
}

function refreshAll(): void {
  settings.clear();
  analyzer.clear();
  if (pullDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
  else for (const doc of documents.all()) schedulePush(doc, 0);
}

documents.onDidOpen((e) => {
  if (publishedClosed.delete(e.document.uri) && pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  schedulePush(e.document, 0);
});
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  analyzer.forget(e.document.uri);
  settings.forget(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: "full", items: [] };
  return { kind: "full", items: await diagnosticsFor(doc) };
});

connection.onDidChangeConfiguration((change) => {
  const s = (change.settings as { hush?: HushSettings } | undefined)?.hush;
  if (s) globalSettings = s;
  refreshAll();
});

connection.onDidChangeWatchedFiles(() => refreshAll());

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const storeTargets = async (d: TextDocument) => ["keychain", ...(await settings.get(d.uri)).remoteStores];
  return codeActions(doc, params, { analysisFor, storeTargets, clientCommands });
});

const commandDeps: CommandDeps = {
  connection,
  documents,
  analysisFor,
  baselineFileFor: (root) => workspace.projectFor(root).baselineFile,
  refresh: refreshAll,
};

connection.onExecuteCommand(async (params) => {
  try {
    const arg = params.arguments?.[0];
    if (params.command === ServerCommands.moveToEnv) return await moveToEnv(commandDeps, arg);
    if (params.command === ServerCommands.acceptInBaseline) return await acceptInBaseline(commandDeps, arg);
  } catch (e) {
    const message = e instanceof CommandError ? e.message : `Hush could not complete the fix: ${(e as Error).message}`;
    connection.window.showErrorMessage(message);
  }
  return null;
});

connection.onRequest(Methods.scanWorkspace, async (_params: unknown, token): Promise<ScanWorkspaceResult> => {
  const result: ScanWorkspaceResult = { scanned: 0, skipped: 0, findings: 0 };
  for (const root of workspace.roots) {
    const { config, baseline } = workspace.projectFor(root);
    const s = await settings.get(pathToFileURL(root).href);
    for (const file of walkFiles(root, { exclude: [...config.exclude, ...s.exclude] })) {
      if (token.isCancellationRequested) return result;
      const uri = pathToFileURL(file).href;
      const open = documents.get(uri);
      if (open) {
        result.scanned++;
        result.findings += (await analysisFor(open)).findings.length;
        continue;
      }
      const rel = path.relative(root, file);
      const options = scanOptionsFor(config, rel, { baseline, rules: s.rules, allowlist: s.allowlist, downrankedSeverity: s.downrankedSeverity });
      // Keystores are binary: judged by their bytes (see keystores.ts), reported at the top of the file.
      const keystore = keystoreByName(options, () => classifyPkcs12File(file));
      if (keystore) {
        if (keystore.skipped) result.skipped++;
        else result.scanned++;
        result.findings += keystore.findings.length;
        if (keystore.findings.length > 0 || publishedClosed.has(uri)) {
          const doc = TextDocument.create(uri, "plaintext", 0, "");
          publishedClosed.add(uri);
          await connection.sendDiagnostics({ uri, diagnostics: keystore.findings.map((f) => toDiagnostic(doc, f, config.customRules)) });
        }
        continue;
      }
      const read = readTextFile(file, s.maxFileBytes);
      if ("skipped" in read) {
        result.skipped++;
        continue;
      }
      result.scanned++;
      // The same full scan as open documents and the CLI (logged credentials included); no parse tree is kept.
      const scan = await scanDocument(read.text, options, { cacheKey: uri, logging: s.logging });
      forgetDocument(uri);
      forgetLoggingDocument(uri);
      result.findings += scan.findings.length;
      if (scan.findings.length > 0 || publishedClosed.has(uri)) {
        const doc = TextDocument.create(uri, "plaintext", 0, read.text);
        publishedClosed.add(uri);
        await connection.sendDiagnostics({ uri, diagnostics: scan.findings.map((f) => toDiagnostic(doc, f, config.customRules)) });
      }
      // Let other requests (typing!) in between files.
      if (result.scanned % 50 === 0) await new Promise((r) => setImmediate(r));
    }
  }
  return result;
});

documents.listen(connection);
connection.listen();
