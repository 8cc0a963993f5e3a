// Builds the secret stores of every environment from the settings, keeps the active environment, and tells the
// UI when stores or their contents change. The UI asks this registry for stores and sees only SecretStore.
//
// Adding a store kind = one entry in STORE_KINDS: { kind, label, create(context) => SecretStore[] }. `create` runs
// once per environment (again after settings change) and returns [] when the kind is not configured there.

import * as path from "node:path";
import * as vscode from "vscode";
import { DotenvStore } from "./dotenvStore";
import { KeychainStore, probeKeychain, workspaceIdFor, type KeytarApi } from "./keychainStore";
import { SecretStorageStore } from "./secretStorageStore";
import { StoreError, type EnvironmentName, type SecretStore } from "./types";
import { awsStoreKind, vaultStoreKind } from "./remote/kinds";

export interface StoreFactoryContext {
  environment: EnvironmentName;
  /** The workspace folder the stores belong to (the first folder), undefined in an empty window. */
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
  private cache = new Map<EnvironmentName, Promise<SecretStore[]>>();
  private tracked: vscode.Disposable[] = [];
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
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
    );
    // New or removed .env files change which stores exist.
    const folder = this.folder;
    if (folder) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, "{.env,.env.*,**/.env,**/.env.*}"), false, true, false);
      this.subscriptions.push(watcher, watcher.onDidCreate(() => this.refresh()), watcher.onDidDelete(() => this.refresh()));
    }
  }

  private get folder(): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.[0];
  }

  private get config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration("hush", this.folder);
  }

  get workspaceId(): string {
    const folder = this.folder;
    return workspaceIdFor(folder ? (folder.uri.scheme === "file" ? folder.uri.fsPath : folder.uri.toString()) : undefined);
  }

  environments(): EnvironmentName[] {
    const configured = this.config.get<string[]>("environments", DEFAULT_ENVIRONMENTS) ?? DEFAULT_ENVIRONMENTS;
    const valid = configured.filter((name) => typeof name === "string" && /^[\w.-]{1,64}$/.test(name));
    return valid.length ? [...new Set(valid)] : DEFAULT_ENVIRONMENTS;
  }

  isProtected(environment: EnvironmentName): boolean {
    const configured = this.config.get<string[]>("protectedEnvironments", DEFAULT_PROTECTED_ENVIRONMENTS) ?? DEFAULT_PROTECTED_ENVIRONMENTS;
    return configured.includes(environment);
  }

  get activeEnvironment(): EnvironmentName {
    const environments = this.environments();
    const stored = this.extension.workspaceState.get<string>(ACTIVE_ENVIRONMENT_KEY);
    return stored && environments.includes(stored) ? stored : (environments[0] ?? "development");
  }

  async setActiveEnvironment(environment: EnvironmentName): Promise<void> {
    if (!this.environments().includes(environment)) throw new StoreError("Invalid", `"${environment}" is not one of the configured environments (hush.environments)`);
    await this.extension.workspaceState.update(ACTIVE_ENVIRONMENT_KEY, environment);
    this.activeChanged.fire(environment);
    this.changed.fire();
  }

  storesFor(environment: EnvironmentName): Promise<SecretStore[]> {
    let stores = this.cache.get(environment);
    if (!stores) {
      stores = this.build(environment);
      this.cache.set(environment, stores);
    }
    return stores;
  }

  /** The store of `environment` whose id is `id`, or the first store of that kind when `id` is a kind. */
  async findStore(environment: EnvironmentName, id: string): Promise<SecretStore | undefined> {
    const stores = await this.storesFor(environment);
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

  private async build(environment: EnvironmentName): Promise<SecretStore[]> {
    const context: StoreFactoryContext = {
      environment,
      folder: this.folder,
      workspaceId: this.workspaceId,
      extension: this.extension,
      config: this.config,
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
    for (const store of stores) this.tracked.push({ dispose: store.onDidChange(() => this.changed.fire()).dispose });
    return stores;
  }

  dispose(): void {
    this.refresh();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
    this.activeChanged.dispose();
  }
}
