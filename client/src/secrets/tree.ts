// The "Secrets" view: environments -> stores -> secrets. It adapts the registry's stores and shows names only:
// labels are secret names, tooltips say where a secret lives, and a description shows at most a masked prefix
// ("sk_l…") for a few seconds after the user asked to reveal it. contextValue drives the menus in package.json.

import * as vscode from "vscode";
import { mask } from "../../../server/src/engine/mask";
import { storeId, type StoreRegistry } from "../stores/registry";
import { StoreError, type SecretStore } from "../stores/types";

export interface SecretRef {
  environment: string;
  /** storeId() of the store, or a store kind ("keychain", "dotenv") meaning the first store of that kind. */
  storeId: string;
  name: string;
}

export type SecretsNode =
  | { type: "environment"; environment: string }
  | { type: "store"; environment: string; storeId: string }
  | ({ type: "secret" } & SecretRef)
  /** A folder of a hierarchical store (Vault paths); its children come from store.list(name). */
  | ({ type: "folder" } & SecretRef)
  | { type: "message"; id: string; text: string; tooltip: string; icon: string };

function refKey(ref: SecretRef): string {
  return `${ref.environment}\u0000${ref.storeId}\u0000${ref.name}`;
}

function describeError(error: unknown): string {
  return error instanceof StoreError ? error.message : "the store could not be read";
}

export class SecretsTreeProvider implements vscode.TreeDataProvider<SecretsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SecretsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly revealed = new Map<string, { masked: string; timer: NodeJS.Timeout }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly registry: StoreRegistry) {
    this.subscriptions = [registry.onDidChange(() => this.refresh())];
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
    if (!vscode.workspace.workspaceFolders?.length) return [];
    if (!node) {
      // An empty tree lets the welcome view explain how to add a first secret.
      if (await this.isEmpty()) return [];
      return this.registry.environments().map((environment) => ({ type: "environment", environment }));
    }
    if (node.type === "environment") {
      const stores = await this.registry.storesFor(node.environment);
      if (stores.length === 0) return [{ type: "message", id: `${node.environment}/none`, text: "No stores configured", tooltip: "Configure hush.envFiles or a remote store for this environment.", icon: "info" }];
      return stores.map((store) => ({ type: "store", environment: node.environment, storeId: storeId(store) }));
    }
    if (node.type === "store" || node.type === "folder") {
      const store = await this.registry.findStore(node.environment, node.storeId);
      if (!store) return [];
      const children: SecretsNode[] = [];
      try {
        const entries = node.type === "folder" ? await store.list(node.name) : await store.list();
        for (const entry of entries) children.push({ type: entry.isFolder ? "folder" : "secret", environment: node.environment, storeId: node.storeId, name: entry.name });
        if (entries.length === 0) children.push({ type: "message", id: `${node.environment}/${node.storeId}/empty`, text: "No secrets yet", tooltip: `Add or generate a secret in ${store.label} from the + button or the context menu.`, icon: "circle-slash" });
      } catch (error) {
        children.push({ type: "message", id: `${node.environment}/${node.storeId}/error`, text: describeError(error), tooltip: describeError(error), icon: "error" });
      }
      if (node.type === "folder") return children;
      for (const problem of (await store.problems?.().catch(() => [])) ?? []) {
        children.push({ type: "message", id: `${node.environment}/${node.storeId}/${problem.location}`, text: `${problem.location}: ${problem.reason}`, tooltip: `${store.label}, ${problem.location}: ${problem.reason}. The line is kept as it is; fix it in the file.`, icon: "warning" });
      }
      return children;
    }
    return [];
  }

  private async isEmpty(): Promise<boolean> {
    for (const environment of this.registry.environments()) {
      for (const store of await this.registry.storesFor(environment)) {
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
    return true;
  }

  async getTreeItem(node: SecretsNode): Promise<vscode.TreeItem> {
    switch (node.type) {
      case "environment": {
        const active = node.environment === this.registry.activeEnvironment;
        const isProtected = this.registry.isProtected(node.environment);
        const item = new vscode.TreeItem(node.environment, active ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `env/${node.environment}`;
        item.description = [active ? "active" : undefined, isProtected ? "protected" : undefined].filter(Boolean).join(", ");
        item.tooltip = `Environment ${node.environment}${active ? " (active: Insert Secret, Run with Secrets and the quick fixes use it)" : ""}${isProtected ? ". Protected: every write asks for confirmation." : ""}`;
        item.iconPath = new vscode.ThemeIcon(isProtected ? "shield" : "layers");
        item.contextValue = `hush.environment${isProtected ? ".protected" : ""}${active ? ".active" : ""}`;
        return item;
      }
      case "store": {
        const store = await this.registry.findStore(node.environment, node.storeId);
        // The active environment's stores open expanded, so its secrets are visible at a glance.
        const expanded = node.environment === this.registry.activeEnvironment;
        const item = new vscode.TreeItem(store?.label ?? node.storeId, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `store/${node.environment}/${node.storeId}`;
        item.iconPath = new vscode.ThemeIcon(store?.kind === "dotenv" ? "file" : store?.kind === "keychain" ? "key" : "database");
        item.tooltip = store ? storeTooltip(store) : node.storeId;
        item.contextValue = `hush.store${store?.capabilities.write ? ".writable" : ""}`;
        return item;
      }
      case "secret": {
        const store = await this.registry.findStore(node.environment, node.storeId);
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
        item.id = `secret/${node.environment}/${node.storeId}/${node.name}`;
        const revealed = this.revealed.get(refKey(node));
        item.description = revealed ? revealed.masked : undefined;
        item.tooltip = `${node.name} in ${store?.label ?? node.storeId} (${node.environment}). The value is hidden: use Reveal, Copy or Insert.`;
        item.iconPath = new vscode.ThemeIcon("lock");
        const capabilities = store?.capabilities;
        const flags = [capabilities?.write ? "write" : "", capabilities?.delete ? "delete" : "", capabilities?.rollback ? "rollback" : ""].filter(Boolean);
        item.contextValue = `hush.secret;${flags.join(";")}`;
        return item;
      }
      case "folder": {
        const item = new vscode.TreeItem(node.name.replace(/\/$/, "").split("/").pop() ?? node.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `folder/${node.environment}/${node.storeId}/${node.name}`;
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
