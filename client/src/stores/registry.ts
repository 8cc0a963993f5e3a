// Builds the secret stores of every environment from the settings, keeps the active environment, and tells the
// UI when stores or their contents change. The UI asks this registry for stores and sees only SecretStore.
//
// Adding a store kind = one entry in STORE_KINDS: { kind, label, create(context) => SecretStore[] }. `create` runs
// once per workspace folder and environment (again after settings change) and returns [] when the kind is not
// configured there.
//
// Multi-root workspaces: every workspace folder has its own stores (its keychain services, its .env files, its
// `hush` settings). Methods take an optional folder key (folderKey(folder), the folder's URI); without one they use
// the active folder: the folder of the active editor, or the last such folder while the editor shows something
// outside the workspace, or the first folder. The tree passes the folder of each node explicitly.

import * as path from "node:path";
import * as vscode from "vscode";
import { DotenvStore } from "./dotenvStore";
import { KeychainStore, probeKeychain, workspaceIdFor, type KeytarApi } from "./keychainStore";
import { SecretStorageStore } from "./secretStorageStore";
import { StoreError, type EnvironmentName, type SecretStore } from "./types";
import { awsStoreKind, vaultStoreKind } from "./remote/kinds";

export interface StoreFactoryContext {
  environment: EnvironmentName;
  /** The workspace folder the stores belong to, undefined in an empty window. */
  folder: vscode.WorkspaceFolder | undefined;
  /** Stable id of the folder, see keychainStore.ts for the scheme. */
  workspaceId: string;
  extension: vscode.ExtensionContext;
  /** The `hush` settings of the folder. */
  config: vscode.WorkspaceConfiguration;
  /** Tells the user something once per window session (keyed), e.g. that a fallback is in use. */
  notifyOnce(key: string, message: string, ...actions: Array<{ title: string; run(): void | Thenable<unknown> }>): void;
  /** A value-free line for the "Hush Secrets" output channel. */
  log(message: string): void;
  /** Asks the registry to rebuild all stores (for example after a retry). */
  requestRefresh(): void;
  /** Registers a disposable that lives until the next rebuild. */
  track(disposable: vscode.Disposable): void;
}

export interface StoreKind {
  kind: string;
  label: string;
  create(context: StoreFactoryContext): SecretStore[] | Promise<SecretStore[]>;
}

export const DEFAULT_ENVIRONMENTS = ["development", "staging", "production"];
export const DEFAULT_PROTECTED_ENVIRONMENTS = ["production"];
export const DEFAULT_ENV_FILES: Record<string, string[]> = {
  development: [".env", ".env.local", ".env.development"],
  staging: [".env.staging"],
  production: [".env.production"],
};

/** Identifies a workspace folder in tree nodes, command arguments and caches. */
export function folderKey(folder: vscode.WorkspaceFolder): string {
  return folder.uri.toString();
}

/** Stable id of a store within an environment: its kind, plus the file for file-backed stores. */
export function storeId(store: SecretStore): string {
  return store instanceof DotenvStore ? `dotenv:${store.label}` : store.kind;
}

// --- OS keychain, with VS Code SecretStorage as the fallback --------------------------------------------------

let keychainProbe: Promise<KeytarApi> | undefined;

/** A refresh probes the keychain again: it may have been started, unlocked or stopped meanwhile. */
function forgetKeychainProbe(): void {
  keychainProbe = undefined;
}

const keychainKind: StoreKind = {
  kind: "keychain",
  label: "OS keychain",
  async create(context) {
    const backend = context.config.get<string>("keychain.backend", "auto");
    const fallback = (reason: string | undefined) => {
      const store = new SecretStorageStore(context.extension.secrets, context.workspaceId, context.environment, reason ? "VS Code secret storage (keychain unavailable)" : "VS Code secret storage");
      context.track(context.extension.secrets.onDidChange((event) => event.key.startsWith(`hush:${context.workspaceId}:${context.environment}:`) && store.notifyChanged()));
      return [store];
    };
    if (backend === "secretStorage") return fallback(undefined);
    keychainProbe ??= probeKeychain();
    try {
      const keytar = await keychainProbe;
      return [new KeychainStore(keytar, context.workspaceId, context.environment, { timeoutMs: context.config.get<number>("keychain.timeoutSeconds", 30) * 1000 })];
    } catch (error) {
      const reason = error instanceof StoreError ? error.message : String(error);
      context.log(`OS keychain unavailable, using VS Code secret storage instead: ${reason}`);
      context.notifyOnce(
        "keychain-fallback",
        `Hush: the OS keychain is not available (${reason}). Keychain secrets are kept in VS Code's secret storage instead (never in a plain file).`,
        {
          title: "Retry OS keychain",
          run: () => {
            keychainProbe = undefined;
            context.requestRefresh();
          },
        },
      );
      return fallback(reason);
    }
  },
};

// --- .env files ------------------------------------------------------------------------------------------------

function envFilesFor(config: vscode.WorkspaceConfiguration, environment: string): string[] {
  const mapping = config.get<Record<string, string[] | string>>("envFiles", DEFAULT_ENV_FILES) ?? DEFAULT_ENV_FILES;
  const files = mapping[environment] ?? [`.env.${environment}`];
  return (Array.isArray(files) ? files : [files]).filter((file) => typeof file === "string" && file.trim() !== "");
}

const dotenvKind: StoreKind = {
  kind: "dotenv",
  label: ".env files",
  async create(context) {
    const folder = context.folder;
    if (!folder || folder.uri.scheme !== "file") return [];
    const files = envFilesFor(context.config, context.environment);
    const stores: SecretStore[] = [];
    for (const [index, relative] of files.entries()) {
      const filePath = path.resolve(folder.uri.fsPath, relative);
      // Only files inside the folder: a setting must not point the store at an arbitrary path.
      if (path.relative(folder.uri.fsPath, filePath).startsWith("..")) {
        context.log(`hush.envFiles: ${relative} is outside the workspace folder and was ignored`);
        continue;
      }
      const store = new DotenvStore(filePath, context.environment, {
        label: relative,
        watch: (file, onChange) => {
          const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, path.relative(folder.uri.fsPath, file)));
          const subscriptions = [watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange), watcher.onDidDelete(onChange)];
          return { dispose: () => subscriptions.forEach((subscription) => subscription.dispose()) };
        },
      });
      // The first file of an environment is always shown (it is where new secrets go); others when they exist.
      if (index === 0 || (await store.exists().catch(() => true))) stores.push(store);
      else store.dispose();
    }
    return stores;
  },
};

/** Every store kind, in tree order. To add one: import its StoreKind and list it here. */
export const STORE_KINDS: StoreKind[] = [keychainKind, dotenvKind, vaultStoreKind, awsStoreKind];

// --- The registry ----------------------------------------------------------------------------------------------

const ACTIVE_ENVIRONMENT_KEY = "hush.activeEnvironment";

export class StoreRegistry implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Stores or their contents changed. */
  readonly onDidChange = this.changed.event;
  private readonly activeChanged = new vscode.EventEmitter<EnvironmentName>();
  readonly onDidChangeActiveEnvironment = this.activeChanged.event;
  private readonly activeFolderChanged = new vscode.EventEmitter<void>();
  /** The active folder changed (multi-root: the active editor moved to another folder). */
  readonly onDidChangeActiveFolder = this.activeFolderChanged.event;
  /** Keyed by folder key + NUL + environment. */
  private cache = new Map<string, Promise<SecretStore[]>>();
  /** Which folder each built store belongs to (audit lines and messages name it in multi-root workspaces). */
  private readonly storeFolders = new WeakMap<SecretStore, vscode.WorkspaceFolder>();
  private tracked: vscode.Disposable[] = [];
  private envFileWatchers: vscode.Disposable[] = [];
  private lastActiveFolder: string | undefined;
  private readonly notified = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extension: vscode.ExtensionContext,
    private readonly log: (message: string) => void,
    /** Shows a warning with buttons and resolves to the chosen title (the UI layer records it for tests). */
    private readonly warn: (message: string, ...titles: string[]) => Thenable<string | undefined> = (message, ...titles) => vscode.window.showWarningMessage(message, ...titles),
    private readonly kinds: StoreKind[] = STORE_KINDS,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration("hush.environments") || event.affectsConfiguration("hush.envFiles") || event.affectsConfiguration("hush.keychain") || event.affectsConfiguration("hush.stores")) {
          this.refresh();
        } else if (event.affectsConfiguration("hush.protectedEnvironments")) {
          this.changed.fire();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watchEnvFiles();
        this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    );
    this.watchEnvFiles();
    this.follow(vscode.window.activeTextEditor);
  }

  /** New or removed .env files change which stores exist: one watcher per workspace folder. */
  private watchEnvFiles(): void {
    for (const watcher of this.envFileWatchers) watcher.dispose();
    this.envFileWatchers = [];
    for (const folder of this.folders()) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, "{.env,.env.*,**/.env,**/.env.*}"), false, true, false);
      this.envFileWatchers.push(watcher, watcher.onDidCreate(() => this.refresh()), watcher.onDidDelete(() => this.refresh()));
    }
  }

  /** Makes the folder of `editor`'s document the active folder; editors outside the workspace change nothing. */
  private follow(editor: vscode.TextEditor | undefined): void {
    const folder = editor ? vscode.workspace.getWorkspaceFolder(editor.document.uri) : undefined;
    if (!folder) return;
    const before = this.activeFolder;
    this.lastActiveFolder = folderKey(folder);
    if (before && folderKey(before) === this.lastActiveFolder) return;
    this.activeFolderChanged.fire();
    this.changed.fire();
  }

  folders(): readonly vscode.WorkspaceFolder[] {
    return vscode.workspace.workspaceFolders ?? [];
  }

  get isMultiRoot(): boolean {
    return this.folders().length > 1;
  }

  /** See the header: the active editor's folder, else the last one, else the first. */
  get activeFolder(): vscode.WorkspaceFolder | undefined {
    const folders = this.folders();
    return folders.find((folder) => folderKey(folder) === this.lastActiveFolder) ?? folders[0];
  }

  /** The folder with this key; the active folder when `key` is undefined; undefined when no such folder is open. */
  folder(key?: string): vscode.WorkspaceFolder | undefined {
    if (key === undefined) return this.activeFolder;
    return this.folders().find((folder) => folderKey(folder) === key);
  }

  /** The workspace folder a store was built for. */
  folderOf(store: SecretStore): vscode.WorkspaceFolder | undefined {
    return this.storeFolders.get(store);
  }

  private config(folder?: string): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration("hush", this.folder(folder));
  }

  /** The keychain workspace id of the active folder (see keychainStore.ts). */
  get workspaceId(): string {
    return this.workspaceIdOf(this.activeFolder);
  }

  workspaceIdOf(folder: vscode.WorkspaceFolder | undefined): string {
    return workspaceIdFor(folder ? (folder.uri.scheme === "file" ? folder.uri.fsPath : folder.uri.toString()) : undefined);
  }

  environments(folder?: string): EnvironmentName[] {
    const configured = this.config(folder).get<string[]>("environments", DEFAULT_ENVIRONMENTS) ?? DEFAULT_ENVIRONMENTS;
    const valid = configured.filter((name) => typeof name === "string" && /^[\w.-]{1,64}$/.test(name));
    return valid.length ? [...new Set(valid)] : DEFAULT_ENVIRONMENTS;
  }

  isProtected(environment: EnvironmentName, folder?: string): boolean {
    const configured = this.config(folder).get<string[]>("protectedEnvironments", DEFAULT_PROTECTED_ENVIRONMENTS) ?? DEFAULT_PROTECTED_ENVIRONMENTS;
    return configured.includes(environment);
  }

  /** One active environment per window (all folders); a folder that lacks it falls back to its first one. */
  get activeEnvironment(): EnvironmentName {
    return this.activeEnvironmentOf();
  }

  activeEnvironmentOf(folder?: string): EnvironmentName {
    const environments = this.environments(folder);
    const stored = this.extension.workspaceState.get<string>(ACTIVE_ENVIRONMENT_KEY);
    return stored && environments.includes(stored) ? stored : (environments[0] ?? "development");
  }

  async setActiveEnvironment(environment: EnvironmentName): Promise<void> {
    const known = this.folders().length ? this.folders().some((folder) => this.environments(folderKey(folder)).includes(environment)) : this.environments().includes(environment);
    if (!known) throw new StoreError("Invalid", `"${environment}" is not one of the configured environments (hush.environments)`);
    await this.extension.workspaceState.update(ACTIVE_ENVIRONMENT_KEY, environment);
    this.activeChanged.fire(environment);
    this.changed.fire();
  }

  /** The stores of `environment` in the folder `folder` (a folder key; the active folder when undefined). */
  storesFor(environment: EnvironmentName, folder?: string): Promise<SecretStore[]> {
    const resolved = this.folder(folder);
    if (folder !== undefined && !resolved) return Promise.resolve([]);
    const key = `${resolved ? folderKey(resolved) : ""}\u0000${environment}`;
    let stores = this.cache.get(key);
    if (!stores) {
      stores = this.build(environment, resolved);
      this.cache.set(key, stores);
    }
    return stores;
  }

  /** The store of `environment` whose id is `id`, or the first store of that kind when `id` is a kind. */
  async findStore(environment: EnvironmentName, id: string, folder?: string): Promise<SecretStore | undefined> {
    const stores = await this.storesFor(environment, folder);
    return stores.find((store) => storeId(store) === id) ?? stores.find((store) => store.kind === id);
  }

  /** Drops every store and rebuilds on next use (settings, folders or .env files changed). */
  refresh(): void {
    forgetKeychainProbe();
    const old = [...this.cache.values()];
    this.cache = new Map();
    const tracked = this.tracked;
    this.tracked = [];
    for (const disposable of tracked) disposable.dispose();
    for (const stores of old) void stores.then((list) => list.forEach((store) => store.dispose?.()), () => undefined);
    this.changed.fire();
  }

  private async build(environment: EnvironmentName, folder: vscode.WorkspaceFolder | undefined): Promise<SecretStore[]> {
    const context: StoreFactoryContext = {
      environment,
      folder,
      workspaceId: this.workspaceIdOf(folder),
      extension: this.extension,
      config: vscode.workspace.getConfiguration("hush", folder),
      log: this.log,
      requestRefresh: () => this.refresh(),
      track: (disposable) => this.tracked.push(disposable),
      notifyOnce: (key, message, ...actions) => {
        if (this.notified.has(key)) return;
        this.notified.add(key);
        void this.warn(message, ...actions.map((action) => action.title)).then((chosen) => actions.find((action) => action.title === chosen)?.run());
      },
    };
    const stores: SecretStore[] = [];
    for (const kind of this.kinds) {
      try {
        stores.push(...(await kind.create(context)));
      } catch (error) {
        this.log(`${kind.label} stores for ${environment} could not be created: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const store of stores) {
      if (folder) this.storeFolders.set(store, folder);
      this.tracked.push({ dispose: store.onDidChange(() => this.changed.fire()).dispose });
    }
    return stores;
  }

  dispose(): void {
    this.refresh();
    for (const subscription of [...this.subscriptions, ...this.envFileWatchers]) subscription.dispose();
    this.changed.dispose();
    this.activeChanged.dispose();
    this.activeFolderChanged.dispose();
  }
}
