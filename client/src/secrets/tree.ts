// The "Secrets" view: environments -> stores -> secrets (multi-root workspaces: folders -> environments -> …).
// Hierarchical stores add levels below a store: Vault folders and secrets (lazily listed with list(name)), and the
// keys of an AWS JSON secret under that secret. It adapts the registry's stores and shows names only:
// labels are secret names, tooltips say where a secret lives, and a description shows at most a masked prefix
// ("sk_l…") for a few seconds after the user asked to reveal it. contextValue drives the menus in package.json.

import * as vscode from "vscode";
import { mask } from "../../../server/src/engine/mask";
import { folderKey, storeId, type StoreRegistry } from "../stores/registry";
import { StoreError, type SecretStore } from "../stores/types";

export interface SecretRef {
  environment: string;
  /** storeId() of the store, or a store kind ("keychain", "dotenv") meaning the first store of that kind. */
  storeId: string;
  name: string;
  /** folderKey() of the workspace folder whose store this is; the active folder when absent. */
  folder?: string;
}

export type SecretsNode =
  /** Multi-root workspaces only: one node per workspace folder, above its environments. */
  | { type: "workspaceFolder"; folder: string }
  | { type: "environment"; environment: string; folder?: string }
  | { type: "store"; environment: string; storeId: string; folder?: string }
  /**
   * A secret. `expandable`: the store may list children under it (the keys of an AWS JSON secret); `label`: the
   * text shown when it differs from the name (a key "db#password" under its secret shows "password").
   */
  | ({ type: "secret"; expandable?: boolean; label?: string } & SecretRef)
  /** A folder of a hierarchical store (Vault paths); its children come from store.list(name). */
  | ({ type: "folder" } & SecretRef)
  | { type: "message"; id: string; text: string; tooltip: string; icon: string };

function refKey(ref: SecretRef): string {
  return `${ref.folder ?? ""}\u0000${ref.environment}\u0000${ref.storeId}\u0000${ref.name}`;
}

/** The part of "secret#key" the tree shows under its secret. */
function keyLabel(name: string): string | undefined {
  const hash = name.indexOf("#");
  return hash >= 0 && hash < name.length - 1 ? name.slice(hash + 1) : undefined;
}

function describeError(error: unknown): string {
  return error instanceof StoreError ? error.message : "the store could not be read";
}

export class SecretsTreeProvider implements vscode.TreeDataProvider<SecretsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SecretsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly revealed = new Map<string, { masked: string; timer: NodeJS.Timeout }>();
  /** Expandable secrets found to have no children (an AWS secret holding a plain string): shown as leaves. */
  private readonly leaves = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly registry: StoreRegistry) {
    this.subscriptions = [
      registry.onDidChange(() => {
        // A store changed: a plain secret may have become a JSON object.
        this.leaves.clear();
        this.refresh();
      }),
    ];
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Shows the masked prefix of a secret in its description for `seconds`, then hides it again. */
  reveal(ref: SecretRef, value: string, seconds: number): string {
    const key = refKey(ref);
    const previous = this.revealed.get(key);
    if (previous) clearTimeout(previous.timer);
    const masked = mask(value);
    const timer = setTimeout(() => {
      this.revealed.delete(key);
      this.refresh();
    }, seconds * 1000);
    this.revealed.set(key, { masked, timer });
    this.refresh();
    return masked;
  }

  async getChildren(node?: SecretsNode): Promise<SecretsNode[]> {
    const folders = this.registry.folders();
    if (folders.length === 0) return [];
    if (!node) {
      // An empty tree lets the welcome view explain how to add a first secret.
      if (await this.isEmpty()) return [];
      if (folders.length > 1) return folders.map((folder) => ({ type: "workspaceFolder", folder: folderKey(folder) }));
      const only = folderKey(folders[0] as vscode.WorkspaceFolder);
      return this.registry.environments(only).map((environment) => ({ type: "environment", environment, folder: only }));
    }
    if (node.type === "workspaceFolder") {
      return this.registry.environments(node.folder).map((environment) => ({ type: "environment", environment, folder: node.folder }));
    }
    if (node.type === "environment") {
      const stores = await this.registry.storesFor(node.environment, node.folder);
      if (stores.length === 0) return [{ type: "message", id: `${node.folder ?? ""}/${node.environment}/none`, text: "No stores configured", tooltip: "Configure hush.envFiles or a remote store for this environment.", icon: "info" }];
      return stores.map((store) => ({ type: "store", environment: node.environment, storeId: storeId(store), folder: node.folder }));
    }
    if (node.type === "store" || node.type === "folder" || (node.type === "secret" && node.expandable)) {
      const store = await this.registry.findStore(node.environment, node.storeId, node.folder);
      if (!store) return [];
      const messageId = `${node.folder ?? ""}/${node.environment}/${node.storeId}${node.type === "store" ? "" : `/${node.name}`}`;
      const children: SecretsNode[] = [];
      try {
        // Lazy: a folder or a JSON secret is listed only when the user expands it (every list may be a request).
        const entries = node.type === "store" ? await store.list() : await store.list(node.name);
        for (const entry of entries) {
          const ref = { environment: node.environment, storeId: node.storeId, name: entry.name, folder: node.folder };
          const label = node.type === "store" ? undefined : keyLabel(entry.name);
          if (entry.isFolder) children.push({ type: "folder", ...ref });
          else children.push({ type: "secret", ...ref, ...(entry.mayHaveChildren ? { expandable: true } : {}), ...(label ? { label } : {}) });
        }
        if (node.type === "secret" && entries.length === 0) {
          // A plain value: redraw the node without its twistie (after VS Code has taken this answer).
          this.leaves.add(refKey(node));
          setTimeout(() => this.changed.fire(node), 0);
          return [];
        }
        if (entries.length === 0) children.push({ type: "message", id: `${messageId}/empty`, text: "No secrets yet", tooltip: `Add or generate a secret in ${store.label} from the + button or the context menu.`, icon: "circle-slash" });
      } catch (error) {
        children.push({ type: "message", id: `${messageId}/error`, text: describeError(error), tooltip: describeError(error), icon: "error" });
      }
      if (node.type !== "store") return children;
      for (const problem of (await store.problems?.().catch(() => [])) ?? []) {
        children.push({ type: "message", id: `${messageId}/${problem.location}`, text: `${problem.location}: ${problem.reason}`, tooltip: `${store.label}, ${problem.location}: ${problem.reason}. The line is kept as it is; fix it in the file.`, icon: "warning" });
      }
      return children;
    }
    return [];
  }

  private async isEmpty(): Promise<boolean> {
    for (const folder of this.registry.folders()) {
      const key = folderKey(folder);
      for (const environment of this.registry.environments(key)) {
        for (const store of await this.registry.storesFor(environment, key)) {
          // A configured remote store is content worth browsing; listing it just to decide this would cost a request.
          if (store.kind !== "keychain" && store.kind !== "dotenv") return false;
          try {
            if ((await store.list()).length > 0) return false;
            if (((await store.problems?.()) ?? []).length > 0) return false;
          } catch {
            // An unreadable store is not content, but it is worth showing: the tree then displays its error.
            return false;
          }
        }
      }
    }
    return true;
  }

  async getTreeItem(node: SecretsNode): Promise<vscode.TreeItem> {
    switch (node.type) {
      case "workspaceFolder": {
        const folder = this.registry.folder(node.folder);
        const active = folder !== undefined && folder === this.registry.activeFolder;
        const item = new vscode.TreeItem(folder?.name ?? node.folder, active ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `folder-root/${node.folder}`;
        item.description = active ? "active folder" : undefined;
        item.tooltip = `Workspace folder ${folder?.name ?? node.folder}: its own keychain services, .env files and settings${active ? " (active: the folder of the active editor; Insert Secret, Run with Secrets and the quick fixes use it)" : ""}`;
        item.iconPath = vscode.ThemeIcon.Folder;
        item.contextValue = "hush.workspaceFolder";
        return item;
      }
      case "environment": {
        // In a multi-root workspace only the active folder's active environment opens by itself.
        const activeFolder = !this.registry.isMultiRoot || this.registry.folder(node.folder) === this.registry.activeFolder;
        const active = node.environment === this.registry.activeEnvironmentOf(node.folder);
        const isProtected = this.registry.isProtected(node.environment, node.folder);
        const item = new vscode.TreeItem(node.environment, active && activeFolder ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `env/${node.folder ?? ""}/${node.environment}`;
        item.description = [active ? "active" : undefined, isProtected ? "protected" : undefined].filter(Boolean).join(", ");
        item.tooltip = `Environment ${node.environment}${active ? " (active: Insert Secret, Run with Secrets and the quick fixes use it)" : ""}${isProtected ? ". Protected: every write asks for confirmation." : ""}`;
        item.iconPath = new vscode.ThemeIcon(isProtected ? "shield" : "layers");
        item.contextValue = `hush.environment${isProtected ? ".protected" : ""}${active ? ".active" : ""}`;
        return item;
      }
      case "store": {
        const store = await this.registry.findStore(node.environment, node.storeId, node.folder);
        // The active environment's stores open expanded, so its secrets are visible at a glance.
        const expanded = node.environment === this.registry.activeEnvironmentOf(node.folder);
        const item = new vscode.TreeItem(store?.label ?? node.storeId, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `store/${node.folder ?? ""}/${node.environment}/${node.storeId}`;
        item.iconPath = new vscode.ThemeIcon(store?.kind === "dotenv" ? "file" : store?.kind === "keychain" ? "key" : "database");
        item.tooltip = store ? storeTooltip(store) : node.storeId;
        item.contextValue = `hush.store${store?.capabilities.write ? ".writable" : ""}`;
        return item;
      }
      case "secret": {
        const store = await this.registry.findStore(node.environment, node.storeId, node.folder);
        const key = refKey(node);
        const expandable = node.expandable === true && !this.leaves.has(key);
        const item = new vscode.TreeItem(node.label ?? node.name, expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `secret/${node.folder ?? ""}/${node.environment}/${node.storeId}/${node.name}`;
        const revealed = this.revealed.get(key);
        item.description = revealed ? revealed.masked : undefined;
        const what = node.label ? `Key ${node.label} of ${node.name.slice(0, node.name.length - node.label.length - 1)}` : node.name;
        item.tooltip = `${what} in ${store?.label ?? node.storeId} (${node.environment}). The value is hidden: use Reveal, Copy or Insert.${expandable ? " Expand to see its keys when it holds JSON." : ""}`;
        item.iconPath = new vscode.ThemeIcon("lock");
        const capabilities = store?.capabilities;
        const flags = [capabilities?.write ? "write" : "", capabilities?.delete ? "delete" : "", capabilities?.rollback ? "rollback" : ""].filter(Boolean);
        item.contextValue = `hush.secret;${flags.join(";")}`;
        return item;
      }
      case "folder": {
        const item = new vscode.TreeItem(node.name.replace(/\/$/, "").split("/").pop() ?? node.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `folder/${node.folder ?? ""}/${node.environment}/${node.storeId}/${node.name}`;
        item.tooltip = `${node.name} in ${node.storeId} (${node.environment})`;
        item.iconPath = vscode.ThemeIcon.Folder;
        item.contextValue = "hush.folder";
        return item;
      }
      case "message": {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.id = `message/${node.id}`;
        item.tooltip = node.tooltip;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.contextValue = "hush.message";
        return item;
      }
    }
  }

  dispose(): void {
    for (const { timer } of this.revealed.values()) clearTimeout(timer);
    this.revealed.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}

function storeTooltip(store: SecretStore): string {
  const abilities = [store.capabilities.write ? "writable" : "read-only", store.capabilities.versions ? "keeps the previous version" : undefined].filter(Boolean).join(", ");
  const where = "serviceName" in store ? ` (keychain service ${(store as { serviceName: string }).serviceName})` : "filePath" in store ? ` (${(store as { filePath: string }).filePath})` : "";
  return `${store.label}${where}: ${abilities}`;
}
