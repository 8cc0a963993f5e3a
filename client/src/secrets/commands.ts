// The secrets commands, as one table of id -> handler. Each handler works from a tree node, from explicit
// arguments (tests, keybindings) or, with neither, by asking. Every value access and every write is audited; every
// write to a protected environment is confirmed in a modal dialog; errors shown to the user are StoreError messages,
// which never contain values.

import * as vscode from "vscode";
import { folderKey, storeId, type StoreRegistry } from "../stores/registry";
import { StoreError, type SecretStore } from "../stores/types";
import type { AuditEvent, AuditOperation } from "./audit";
import type { AuditLog } from "./auditLog";
import type { ClipboardGuard } from "./clipboard";
import { ALPHABETS, DEFAULT_SECRET_LENGTH, MAX_SECRET_LENGTH, MIN_SECRET_LENGTH, entropyBits, generateSecret, isAlphabetName, type AlphabetName } from "./generate";
import { envReadIdiom } from "./idioms";
import type { SecretRef, SecretsNode, SecretsTreeProvider } from "./tree";
import { ui, type SecretsLog } from "./ui";

export interface SecretsServices {
  registry: StoreRegistry;
  tree: SecretsTreeProvider;
  audit: AuditLog;
  clipboard: ClipboardGuard;
  log: SecretsLog;
}

/** Thrown when the user cancels a prompt; handlers end quietly. */
class Cancelled extends Error {}

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,199}$/;

function validateName(name: string): string | undefined {
  return SECRET_NAME.test(name) ? undefined : "Use letters, digits, _ . - and start with a letter or _ (an environment variable name).";
}

function settings() {
  const config = vscode.workspace.getConfiguration("hush");
  const alphabet = config.get<string>("generator.alphabet", "alphanumeric");
  return {
    revealSeconds: Math.max(1, config.get<number>("revealSeconds", 10)),
    clipboardClearSeconds: config.get<number>("clipboardClearSeconds", 30),
    length: config.get<number>("generator.length", DEFAULT_SECRET_LENGTH),
    alphabet: (isAlphabetName(alphabet) ? alphabet : "alphanumeric") as AlphabetName,
  };
}

function errorMessage(error: unknown): string {
  if (error instanceof StoreError) return error.message;
  if (error instanceof RangeError) return error.message;
  // Anything else may come from a library and is not trusted to be value-free.
  return "an unexpected error occurred (see the Hush Secrets output for its type)";
}

function isSecretRef(value: unknown): value is SecretRef {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate["environment"] === "string" && typeof candidate["storeId"] === "string" && typeof candidate["name"] === "string";
}

function describeStore(store: SecretStore): string {
  return `${store.label} (${store.environment})`;
}

/**
 * The environment variable a secret is known by in code and in Run with Secrets: its name, or for a key of a
 * secret ("db/credentials#password", a JSON key of an AWS secret or a key of a Vault secret) the key.
 */
export function variableNameOf(name: string): string {
  const hash = name.indexOf("#");
  return hash >= 0 && hash < name.length - 1 ? name.slice(hash + 1) : name;
}

function folderOf(argument: unknown): string | undefined {
  const folder = typeof argument === "object" && argument !== null ? (argument as { folder?: unknown }).folder : undefined;
  return typeof folder === "string" ? folder : undefined;
}

/** Merge order of an environment's stores (later wins): .env files in configured order, then the other stores. */
function mergeOrder(stores: SecretStore[]): SecretStore[] {
  return [...stores.filter((store) => store.kind === "dotenv"), ...stores.filter((store) => store.kind !== "dotenv")];
}

export class SecretsCommands {
  constructor(private readonly services: SecretsServices) {}

  private get registry(): StoreRegistry {
    return this.services.registry;
  }

  // --- shared steps -------------------------------------------------------------------------------------------

  audit(event: AuditEvent): void {
    void this.services.audit.append(event);
  }

  private auditFor(store: SecretStore, operation: AuditOperation, result: AuditEvent["result"], secret?: string, extra: Partial<AuditEvent> = {}): void {
    // Multi-root: the same store id exists once per folder, so the line names the folder.
    const folder = this.registry.isMultiRoot ? this.registry.folderOf(store)?.name : undefined;
    this.audit({ operation, result, store: storeId(store), environment: store.environment, ...(folder ? { folder } : {}), ...(secret !== undefined ? { secret } : {}), ...extra });
  }

  /** Runs a store operation; audits ok/failure; on failure shows why and rethrows as Cancelled. */
  private async attempt<T>(store: SecretStore, operation: AuditOperation, secret: string | undefined, what: string, run: () => Promise<T>, extra: Partial<AuditEvent> = {}): Promise<T> {
    try {
      const result = await run();
      this.auditFor(store, operation, "ok", secret, extra);
      return result;
    } catch (error) {
      this.auditFor(store, operation, "failure", secret, { ...extra, errorCode: error instanceof StoreError ? error.code : "Error" });
      this.services.log.warn(`${what} failed in ${describeStore(store)}: ${error instanceof StoreError ? error.message : error instanceof Error ? error.name : "error"}`);
      ui.error(`Hush: ${what} failed: ${errorMessage(error)}`);
      throw new Cancelled();
    }
  }

  private async pickEnvironment(id: string, title: string, exclude?: string, folder?: string): Promise<string> {
    const active = this.registry.activeEnvironmentOf(folder);
    const environments = this.registry.environments(folder).filter((environment) => environment !== exclude);
    environments.sort((a, b) => (a === active ? -1 : b === active ? 1 : 0));
    const picked = await ui.pick(
      id,
      environments.map((environment) => ({
        label: environment,
        description: [environment === active ? "active" : "", this.registry.isProtected(environment, folder) ? "protected" : ""].filter(Boolean).join(", "),
      })),
      { title, placeHolder: this.registry.isMultiRoot ? `Environment of ${this.registry.folder(folder)?.name ?? "the folder"}` : "Environment" },
    );
    if (!picked) throw new Cancelled();
    return picked.label;
  }

  private async pickStore(id: string, environment: string, title: string, preferKind?: string, folder?: string): Promise<SecretStore> {
    const stores = (await this.registry.storesFor(environment, folder)).filter((store) => store.capabilities.write);
    if (stores.length === 0) {
      ui.error(`Hush: ${environment} has no writable secret store.`);
      throw new Cancelled();
    }
    if (preferKind) stores.sort((a, b) => (a.kind === preferKind ? -1 : b.kind === preferKind ? 1 : 0));
    if (stores.length === 1) return stores[0] as SecretStore;
    const picked = await ui.pick(
      id,
      stores.map((store) => ({ label: store.label, description: storeId(store), store })),
      { title, placeHolder: `Store in ${environment}` },
    );
    if (!picked) throw new Cancelled();
    return picked.store;
  }

  /** A secret from a node/ref argument, or by asking (active environment first). */
  private async resolveSecret(argument: unknown, title: string): Promise<{ ref: SecretRef; store: SecretStore }> {
    if (isSecretRef(argument)) {
      const folder = folderOf(argument);
      const store = await this.registry.findStore(argument.environment, argument.storeId, folder);
      if (!store) {
        ui.error(`Hush: no store "${argument.storeId}" in ${argument.environment}${folder !== undefined ? ` of ${this.registry.folder(folder)?.name ?? "a folder no longer open"}` : ""}.`);
        throw new Cancelled();
      }
      return { ref: this.refTo(store, argument.name), store };
    }
    const environment = this.registry.activeEnvironment;
    const choices: Array<vscode.QuickPickItem & { ref: SecretRef; store: SecretStore }> = [];
    for (const store of await this.registry.storesFor(environment)) {
      try {
        for (const entry of await store.list()) {
          if (entry.isFolder) continue;
          choices.push({ label: entry.name, description: store.label, ref: this.refTo(store, entry.name), store });
        }
      } catch (error) {
        this.services.log.warn(`listing ${describeStore(store)} failed: ${errorMessage(error)}`);
      }
    }
    if (choices.length === 0) {
      ui.info(`Hush: no secrets in ${environment} yet. Use "Hush: Add Secret" or "Hush: Generate Secret".`);
      throw new Cancelled();
    }
    const picked = await ui.pick("secret", choices, { title, placeHolder: `Secrets in ${environment} (switch with "Hush: Switch Environment")` });
    if (!picked) throw new Cancelled();
    return { ref: picked.ref, store: picked.store };
  }

  /** A reference naming the store's folder, so the tree matches it to its node (reveal) in any workspace. */
  private refTo(store: SecretStore, name: string): SecretRef {
    const folder = this.storeFolderKey(store);
    return { environment: store.environment, storeId: storeId(store), name, ...(folder !== undefined ? { folder } : {}) };
  }

  private storeFolderKey(store: SecretStore): string | undefined {
    const folder = this.registry.folderOf(store);
    return folder ? folderKey(folder) : undefined;
  }

  private isProtectedStore(store: SecretStore): boolean {
    return this.registry.isProtected(store.environment, this.storeFolderKey(store));
  }

  /** A modal confirmation when the environment is protected; true otherwise. Audits a declined write. */
  private async confirmProtectedWrite(store: SecretStore, operation: AuditOperation, secret: string | undefined, action: string): Promise<boolean> {
    if (!this.isProtectedStore(store)) return true;
    const confirmed = await ui.confirm(
      `protected.${operation}`,
      `${store.environment} is a protected environment. ${action}?`,
      `Store: ${store.label}. Writes to protected environments always ask first (setting hush.protectedEnvironments).`,
      `Yes, write to ${store.environment}`,
    );
    if (!confirmed) this.auditFor(store, operation, "cancelled", secret);
    return confirmed;
  }

  private async readValue(store: SecretStore, name: string, operation: AuditOperation, what: string, extra: Partial<AuditEvent> = {}): Promise<string> {
    return this.attempt(store, operation, name, what, () => store.get(name), extra);
  }

  private async chooseGeneratorOptions(id: string): Promise<{ length: number; alphabet: AlphabetName }> {
    const defaults = settings();
    const quick = { label: `${defaults.length} characters, ${defaults.alphabet}`, description: `${entropyBits(defaults.length, defaults.alphabet)} bits` };
    const custom = { label: "Choose length and alphabet…", description: "" };
    const picked = await ui.pick(id, [quick, custom], { title: "New random value (from the OS's CSPRNG)" });
    if (!picked) throw new Cancelled();
    if (picked === quick) return { length: defaults.length, alphabet: defaults.alphabet };
    const lengthText = await ui.input(`${id}.length`, {
      title: "Length of the new value",
      value: String(Math.max(defaults.length, 32)),
      validateInput: (text) => {
        const length = Number(text);
        return Number.isInteger(length) && length >= MIN_SECRET_LENGTH && length <= MAX_SECRET_LENGTH ? undefined : `A whole number from ${MIN_SECRET_LENGTH} to ${MAX_SECRET_LENGTH}`;
      },
    });
    if (lengthText === undefined) throw new Cancelled();
    const length = Number(lengthText);
    const alphabetPick = await ui.pick(
      `${id}.alphabet`,
      (Object.keys(ALPHABETS) as AlphabetName[]).map((name) => ({ label: name, description: `${entropyBits(length, name)} bits`, name })),
      { title: "Alphabet" },
    );
    if (!alphabetPick) throw new Cancelled();
    return { length, alphabet: alphabetPick.name };
  }

  // --- commands ------------------------------------------------------------------------------------------------

  async reveal(argument?: unknown): Promise<void> {
    const { ref, store } = await this.resolveSecret(argument, "Reveal which secret?");
    const value = await this.readValue(store, ref.name, "reveal", `Reading ${ref.name}`);
    const seconds = settings().revealSeconds;
    const masked = this.services.tree.reveal(ref, value, seconds);
    ui.info(`Hush: ${ref.name} begins with ${masked} (shown in the Secrets view for ${seconds} s). Use Copy to use the whole value.`);
  }

  async copy(argument?: unknown): Promise<void> {
    const { ref, store } = await this.resolveSecret(argument, "Copy which secret?");
    const value = await this.readValue(store, ref.name, "copy", `Reading ${ref.name}`);
    const seconds = settings().clipboardClearSeconds;
    await this.services.clipboard.copy(value, seconds);
    ui.info(seconds > 0 ? `Hush: copied ${ref.name}; the clipboard is cleared in ${seconds} s if it still holds it.` : `Hush: copied ${ref.name}.`);
  }

  /** Inserts the code that reads the secret at run time (never the value) at every cursor. */
  async insertAtCursor(argument?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      ui.error("Hush: open an editor to insert a secret reference.");
      return;
    }
    const { ref, store } = await this.resolveSecret(argument, "Insert which secret?");
    const variable = variableNameOf(ref.name);
    const text = envReadIdiom(editor.document.languageId, variable, editor.document.uri.path) ?? variable;
    await this.insertText(editor, text, store, ref.name, "reference");
  }

  private async insertText(editor: vscode.TextEditor, text: string, store: SecretStore, name: string, detail: string): Promise<void> {
    const applied = await editor.edit((builder) => {
      for (const selection of editor.selections) builder.replace(selection, text);
    });
    this.auditFor(store, "insert", applied ? "ok" : "failure", name, { detail });
    if (!applied) ui.error("Hush: the editor refused the insertion (is it read-only?).");
  }

  /** "Hush: Insert Secret…": the active environment's secrets; the run-time idiom, or the value after a warning. */
  async insertSecret(argument?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      ui.error("Hush: open an editor to insert a secret.");
      return;
    }
    const { ref, store } = await this.resolveSecret(argument, "Insert Secret");
    const variable = variableNameOf(ref.name);
    const idiom = envReadIdiom(editor.document.languageId, variable, editor.document.uri.path);
    const asCode = { label: idiom ? `Insert ${idiom}` : `Insert the name ${variable}`, description: "reads the secret at run time (recommended)" };
    const asValue = { label: "Insert the value itself", description: "puts the secret into this file (not recommended)" };
    const choice = await ui.pick("insert.mode", [asCode, asValue], { title: `Insert ${ref.name}` });
    if (!choice) throw new Cancelled();
    if (choice === asCode) {
      await this.insertText(editor, idiom ?? variable, store, ref.name, "reference");
      return;
    }
    const confirmed = await ui.confirm(
      "insert.value",
      `Insert the value of ${ref.name} into ${vscode.workspace.asRelativePath(editor.document.uri)}?`,
      "The secret will be in this file as plain text, where Hush itself will flag it. Prefer the code that reads it at run time.",
      "Insert the value",
    );
    if (!confirmed) {
      this.auditFor(store, "insert", "cancelled", ref.name, { detail: "value" });
      return;
    }
    const value = await this.readValue(store, ref.name, "read", `Reading ${ref.name}`, { detail: "insert value" });
    await this.insertText(editor, value, store, ref.name, "value");
  }

  async add(argument?: unknown): Promise<void> {
    const store = await this.storeFromNode(argument, "add");
    const name = await ui.input("add.name", { title: `New secret in ${describeStore(store)}`, prompt: "Name (an environment variable name)", validateInput: validateName });
    if (!name) throw new Cancelled();
    const exists = (await store.list().catch(() => [])).some((entry) => entry.name === name);
    if (exists && !(await ui.confirm("add.overwrite", `${name} already exists in ${describeStore(store)}. Replace its value?`, "", "Replace"))) return;
    const value = await ui.input("add.value", { title: `Value of ${name}`, prompt: "The value is stored, never shown or logged.", password: true });
    if (value === undefined) throw new Cancelled();
    if (!(await this.confirmProtectedWrite(store, "write", name, `Write ${name} to ${store.label}`))) return;
    await this.attempt(store, "write", name, `Storing ${name}`, () => store.set(name, value));
    ui.info(`Hush: stored ${name} in ${describeStore(store)}.`);
  }

  /** The store a tree node points at (or its environment's stores), asking when needed. */
  private async storeFromNode(argument: unknown, id: string): Promise<SecretStore> {
    const node = argument as Partial<SecretsNode> | undefined;
    const folder = folderOf(argument);
    if (node?.type === "store" && typeof node.environment === "string" && typeof node.storeId === "string") {
      const store = await this.registry.findStore(node.environment, node.storeId, folder);
      if (store) return store;
    }
    const environment = node?.type === "environment" && typeof node.environment === "string" ? node.environment : await this.pickEnvironment(`${id}.environment`, "Which environment?", undefined, folder);
    return this.pickStore(`${id}.store`, environment, "Which store?", undefined, folder);
  }

  async edit(argument?: unknown): Promise<void> {
    const { ref, store } = await this.resolveSecret(argument, "Edit which secret?");
    const value = await ui.input("edit.value", { title: `New value of ${ref.name} in ${describeStore(store)}`, prompt: "The current value is not shown. Leave the box with Escape to keep it.", password: true });
    if (value === undefined) throw new Cancelled();
    if (!(await this.confirmProtectedWrite(store, "write", ref.name, `Change ${ref.name} in ${store.label}`))) return;
    await this.attempt(store, "write", ref.name, `Updating ${ref.name}`, () => store.set(ref.name, value));
    ui.info(`Hush: updated ${ref.name} in ${describeStore(store)}.`);
  }

  async rename(argument?: unknown): Promise<void> {
    const { ref, store } = await this.resolveSecret(argument, "Rename which secret?");
    // A key of a secret ("db/credentials#password") is renamed within its secret: the user types the key only.
    const key = variableNameOf(ref.name);
    const parent = ref.name.slice(0, ref.name.length - key.length);
    const existing = new Set((await (parent ? store.list(parent.slice(0, -1)) : store.list()).catch(() => [])).map((entry) => entry.name));
    const newKey = await ui.input("rename.name", {
      title: `Rename ${ref.name} in ${describeStore(store)}`,
      value: key,
      validateInput: (text) => validateName(text) ?? (parent + text !== ref.name && existing.has(parent + text) ? `${text} already exists` : undefined),
    });
    const newName = newKey ? parent + newKey : undefined;
    if (!newName || newName === ref.name) return;
    if (!(await this.confirmProtectedWrite(store, "rename", ref.name, `Rename ${ref.name} to ${newName} in ${store.label}`))) return;
    await this.attempt(store, "rename", ref.name, `Renaming ${ref.name}`, async () => {
      // Stores that keep versions carry them over to the new name (keychain, secret storage).
      if (store.rename) return store.rename(ref.name, newName);
      // Write the new name first, so a failure never loses the value.
      const value = await store.get(ref.name);
      await store.set(newName, value);
      await store.delete(ref.name);
    }, { detail: `to ${newName}` });
    ui.info(`Hush: renamed ${ref.name} to ${newName} in ${describeStore(store)}. Code that reads ${ref.name} needs the new name too.`);
  }

  async delete(argument?: unknown): Promise<void> {
    const { ref, store } = await this.resolveSecret(argument, "Delete which secret?");
    const isProtected = this.isProtectedStore(store);
    const confirmed = await ui.confirm(
      "delete.confirm",
      `Delete ${ref.name} from ${describeStore(store)}?`,
      `${store.capabilities.versions ? "Its previous version is deleted too. " : ""}This cannot be undone.${isProtected ? ` ${store.environment} is a protected environment.` : ""}`,
      "Delete",
    );
    if (!confirmed) {
      this.auditFor(store, "delete", "cancelled", ref.name);
      return;
    }
    await this.attempt(store, "delete", ref.name, `Deleting ${ref.name}`, () => store.delete(ref.name));
    ui.info(`Hush: deleted ${ref.name} from ${describeStore(store)}.`);
  }

  async rotate(argument?: unknown): Promise<void> {
    const { ref, store } = await this.resolveSecret(argument, "Rotate which secret?");
    const options = await this.chooseGeneratorOptions("rotate.options");
    const isProtected = this.isProtectedStore(store);
    const confirmed = await ui.confirm(
      "rotate.confirm",
      `Replace ${ref.name} in ${describeStore(store)} with a new random value (${options.length} characters)?`,
      `${store.capabilities.versions ? "The current value is kept as the previous version." : `${store.label} keeps no history: the current value is gone afterwards.`} Update the service that checks this secret too.${isProtected ? ` ${store.environment} is a protected environment.` : ""}`,
      "Rotate",
    );
    if (!confirmed) {
      this.auditFor(store, "rotate", "cancelled", ref.name);
      return;
    }
    const value = generateSecret(options);
    await this.attempt(store, "rotate", ref.name, `Rotating ${ref.name}`, () => store.set(ref.name, value), { detail: `${options.length} ${options.alphabet}` });
    ui.info(`Hush: rotated ${ref.name} in ${describeStore(store)}.`);
  }

  async restorePrevious(argument?: unknown): Promise<void> {
    const { ref, store } = await this.resolveSecret(argument, "Restore which secret?");
    if (!store.rollback || !store.versions) {
      ui.error(`Hush: ${store.label} keeps no previous versions.`);
      return;
    }
    const versions = await this.attempt(store, "read", ref.name, `Listing versions of ${ref.name}`, () => store.versions!(ref.name), { detail: "versions" });
    const previous = versions.find((version) => version.labels?.includes("previous"));
    if (!previous) {
      ui.info(`Hush: ${ref.name} has no previous version in ${describeStore(store)}.`);
      return;
    }
    const confirmed = await ui.confirm("restore.confirm", `Restore the previous value of ${ref.name} in ${describeStore(store)}?`, "The current value becomes the previous version, so this can be undone the same way.", "Restore");
    if (!confirmed) {
      this.auditFor(store, "restore", "cancelled", ref.name);
      return;
    }
    await this.attempt(store, "restore", ref.name, `Restoring ${ref.name}`, () => store.rollback!(ref.name, previous.id));
    ui.info(`Hush: restored the previous value of ${ref.name} in ${describeStore(store)}.`);
  }

  /** Copies one secret, a store's secrets or an environment's secrets to another environment. */
  async copyToEnvironment(argument?: unknown): Promise<void> {
    const node = argument as Partial<SecretsNode> | undefined;
    // Source secrets: name -> store that holds the effective value.
    const sources = new Map<string, SecretStore>();
    let sourceEnvironment: string;
    // Copies stay within one workspace folder (the source's).
    const folder = folderOf(argument);
    if (isSecretRef(argument)) {
      const { ref, store } = await this.resolveSecret(argument, "");
      sources.set(ref.name, store);
      sourceEnvironment = ref.environment;
    } else if (node?.type === "store" && typeof node.environment === "string" && typeof node.storeId === "string") {
      const store = await this.registry.findStore(node.environment, node.storeId, folder);
      if (!store) throw new Cancelled();
      for (const entry of await this.attempt(store, "read", undefined, `Listing ${store.label}`, () => store.list(), { detail: "list" })) sources.set(entry.name, store);
      sourceEnvironment = node.environment;
    } else {
      sourceEnvironment = node?.type === "environment" && typeof node.environment === "string" ? node.environment : await this.pickEnvironment("copy.sourceEnvironment", "Copy secrets from which environment?", undefined, folder);
      for (const store of await this.registry.storesFor(sourceEnvironment, folder)) {
        for (const entry of await store.list().catch(() => [])) sources.set(entry.name, store);
      }
    }
    if (sources.size === 0) {
      ui.info(`Hush: nothing to copy from ${sourceEnvironment}.`);
      return;
    }
    const targetEnvironment = await this.pickEnvironment("copy.targetEnvironment", `Copy to which environment?`, sourceEnvironment, folder);
    const firstSource = [...sources.values()][0];
    const target = await this.pickStore("copy.targetStore", targetEnvironment, `Copy into which store of ${targetEnvironment}?`, firstSource?.kind, folder);
    let names = [...sources.keys()].sort();
    if (names.length > 1) {
      const picked = await ui.pick(
        "copy.keys",
        names.map((name) => ({ label: name, description: sources.get(name)?.label, picked: true })),
        { title: `Copy to ${describeStore(target)}: untick the secrets to leave out`, canPickMany: true },
      );
      if (!picked || picked.length === 0) throw new Cancelled();
      names = picked.map((item) => item.label);
    }
    const existing = new Set((await target.list().catch(() => [])).map((entry) => entry.name));
    const values = new Map<string, string>();
    const add: string[] = [];
    const overwrite: string[] = [];
    const unchanged: string[] = [];
    // A key of a secret ("db/credentials#password") lands in a flat store (keychain, .env) under the key's name.
    const targetName = (name: string) => (target.capabilities.hierarchical ? name : variableNameOf(name));
    for (const name of names) {
      const source = sources.get(name) as SecretStore;
      const value = await this.readValue(source, name, "read", `Reading ${name}`, { detail: `copy to ${targetEnvironment}` });
      const to = targetName(name);
      if (values.has(to)) continue;
      values.set(to, value);
      if (!existing.has(to)) add.push(to);
      else if ((await this.readValue(target, to, "read", `Reading ${to}`, { detail: "compare before copy" })) === value) unchanged.push(to);
      else overwrite.push(to);
    }
    if (add.length + overwrite.length === 0) {
      ui.info(`Hush: ${describeStore(target)} already holds the same values; nothing to copy.`);
      return;
    }
    const detail = [
      add.length ? `Add: ${add.join(", ")}` : "",
      overwrite.length ? `Overwrite: ${overwrite.join(", ")}${target.capabilities.versions ? " (previous values kept)" : ""}` : "",
      unchanged.length ? `Unchanged: ${unchanged.join(", ")}` : "",
      this.isProtectedStore(target) ? `${targetEnvironment} is a protected environment.` : "",
    ].filter(Boolean).join("\n");
    const confirmed = await ui.confirm("copy.confirm", `Copy ${add.length + overwrite.length} secret(s) from ${sourceEnvironment} to ${describeStore(target)}?`, detail, "Copy");
    if (!confirmed) {
      this.auditFor(target, "copy-to-environment", "cancelled", undefined, { detail: `from ${sourceEnvironment}` });
      return;
    }
    for (const name of [...add, ...overwrite]) {
      await this.attempt(target, "copy-to-environment", name, `Copying ${name}`, () => target.set(name, values.get(name) as string), { detail: `from ${sourceEnvironment}` });
    }
    ui.info(`Hush: copied ${add.length + overwrite.length} secret(s) to ${describeStore(target)}.`);
  }

  async generate(argument?: unknown): Promise<void> {
    const store = await this.storeFromNode(argument, "generate");
    const name = await ui.input("generate.name", { title: `Generate a secret in ${describeStore(store)}`, prompt: "Name (an environment variable name)", validateInput: validateName });
    if (!name) throw new Cancelled();
    const options = await this.chooseGeneratorOptions("generate.options");
    const exists = (await store.list().catch(() => [])).some((entry) => entry.name === name);
    const protectedNote = this.isProtectedStore(store) ? ` ${store.environment} is a protected environment.` : "";
    if (exists && !(await ui.confirm("generate.overwrite", `${name} already exists in ${describeStore(store)}. Replace it with a new random value?`, (store.capabilities.versions ? "The current value is kept as the previous version." : "The current value is gone afterwards.") + protectedNote, "Replace"))) {
      this.auditFor(store, "generate", "cancelled", name);
      return;
    }
    if (!exists && !(await this.confirmProtectedWrite(store, "generate", name, `Generate ${name} in ${store.label}`))) return;
    const value = generateSecret(options);
    await this.attempt(store, "generate", name, `Generating ${name}`, () => store.set(name, value), { detail: `${options.length} ${options.alphabet}` });
    ui.info(`Hush: generated ${name} (${options.length} characters, ${entropyBits(options.length, options.alphabet)} bits) in ${describeStore(store)}.`);
  }

  async switchEnvironment(argument?: unknown): Promise<void> {
    const environment = typeof argument === "string" ? argument : await this.pickEnvironment("switch.environment", "Switch the active environment");
    try {
      await this.registry.setActiveEnvironment(environment);
    } catch (error) {
      ui.error(`Hush: ${errorMessage(error)}`);
    }
  }

  /**
   * The secrets of an environment merged into one map: .env files in their configured order (later files override
   * earlier ones, like .env.local over .env), then the other stores in registration order (keychain, remote stores).
   * The keys of a secret that has children (an AWS JSON secret) are added under their own names too, the names
   * "Insert Secret Reference" writes for them.
   */
  async environmentSecrets(environment: string, operation: AuditOperation, detail: string, folder?: string): Promise<Record<string, string>> {
    const ordered = mergeOrder(await this.registry.storesFor(environment, folder));
    const merged: Record<string, string> = {};
    for (const store of ordered) {
      let entries;
      try {
        entries = await store.list();
      } catch (error) {
        this.auditFor(store, operation, "failure", undefined, { errorCode: error instanceof StoreError ? error.code : "Error", detail });
        ui.warn(`Hush: ${describeStore(store)} was skipped: ${errorMessage(error)}`);
        continue;
      }
      const read = async (name: string, variable: string) => {
        try {
          merged[variable] = await store.get(name);
          this.auditFor(store, operation, "ok", name, { detail });
        } catch (error) {
          this.auditFor(store, operation, "failure", name, { errorCode: error instanceof StoreError ? error.code : "Error", detail });
        }
      };
      for (const entry of entries) {
        if (entry.isFolder) continue;
        await read(entry.name, entry.name);
        if (!entry.mayHaveChildren) continue;
        for (const child of await store.list(entry.name).catch(() => [])) {
          if (!child.isFolder) await read(child.name, variableNameOf(child.name));
        }
      }
    }
    return merged;
  }

  private async confirmProtectedRead(environment: string, id: string, action: string, folder?: string): Promise<boolean> {
    if (!this.registry.isProtected(environment, folder)) return true;
    return ui.confirm(id, `${action} with the secrets of ${environment}?`, `${environment} is a protected environment.`, `Use ${environment} secrets`);
  }

  /** Opens a terminal whose environment holds the active environment's secrets (in memory, nothing on disk). */
  async runWithSecrets(argument?: unknown): Promise<vscode.Terminal | undefined> {
    const environment = typeof argument === "string" ? argument : this.registry.activeEnvironment;
    // Multi-root: the active folder's stores (the folder of the active editor), and the terminal starts there.
    const folder = this.registry.activeFolder;
    const key = folder ? folderKey(folder) : undefined;
    if (!(await this.confirmProtectedRead(environment, "run.confirm", "Open a terminal", key))) return undefined;
    const env = await this.environmentSecrets(environment, "run-with-secrets", "terminal", key);
    const count = Object.keys(env).length;
    const terminal = vscode.window.createTerminal({
      name: `Hush: ${environment}${this.registry.isMultiRoot && folder ? ` (${folder.name})` : ""}`,
      env,
      ...(this.registry.isMultiRoot && folder ? { cwd: folder.uri } : {}),
      // Not revived after a reload: VS Code would otherwise persist the terminal's environment.
      isTransient: true,
      message: `Hush: ${count} secret(s) of ${environment} are in this terminal's environment.`,
    });
    terminal.show();
    this.services.log.info(`terminal opened with ${count} secret(s) of ${environment}`);
    return terminal;
  }

  /**
   * `${input:…}` command variable for launch.json and tasks.json:
   *   "inputs": [{ "id": "apiKey", "type": "command", "command": "hush.secretValue", "args": { "name": "API_KEY", "environment": "staging" } }]
   */
  async secretValue(argument?: unknown): Promise<string | undefined> {
    const args = (typeof argument === "object" && argument !== null ? argument : {}) as { name?: unknown; environment?: unknown; store?: unknown };
    const environment = typeof args.environment === "string" ? args.environment : this.registry.activeEnvironment;
    if (typeof args.name !== "string") {
      ui.error('Hush: hush.secretValue needs args { "name": "SECRET_NAME" } (optionally "environment" and "store").');
      return undefined;
    }
    const name = args.name;
    if (!this.registry.environments().includes(environment)) {
      ui.error(`Hush: "${environment.slice(0, 64)}" is not one of hush.environments.`);
      return undefined;
    }
    if (!(await this.confirmProtectedRead(environment, "launch.confirm", "Launch"))) return undefined;
    const stores = await this.registry.storesFor(environment);
    // Highest precedence first: the store whose value Run with Secrets would use.
    const candidates = typeof args.store === "string" ? stores.filter((store) => storeId(store) === args.store || store.kind === args.store) : mergeOrder(stores).reverse();
    for (const store of candidates) {
      try {
        const value = await store.get(name);
        this.auditFor(store, "launch-variable", "ok", name);
        return value;
      } catch (error) {
        if (!(error instanceof StoreError && error.code === "NotFound")) {
          this.auditFor(store, "launch-variable", "failure", name, { errorCode: error instanceof StoreError ? error.code : "Error" });
        }
      }
    }
    this.audit({ operation: "launch-variable", result: "failure", store: typeof args.store === "string" ? args.store : "*", environment, secret: name, errorCode: "NotFound" });
    ui.error(`Hush: ${name} is not defined in any store of ${environment}.`);
    // Undefined cancels the launch, which is better than starting it without the secret.
    return undefined;
  }

  /** For the debug configuration provider: `"hushEnvironment": "staging"` (or true for the active one). */
  async debugEnvironment(requested: unknown, workspaceFolder?: vscode.WorkspaceFolder): Promise<Record<string, string> | undefined> {
    // The launch configuration's own folder (multi-root), else the active folder.
    const folder = workspaceFolder ? folderKey(workspaceFolder) : undefined;
    const environment = typeof requested === "string" ? requested : this.registry.activeEnvironmentOf(folder);
    if (!this.registry.environments(folder).includes(environment)) {
      ui.error(`Hush: "${environment}" in hushEnvironment is not one of hush.environments.`);
      return undefined;
    }
    if (!(await this.confirmProtectedRead(environment, "launch.confirm", "Launch", folder))) return undefined;
    return this.environmentSecrets(environment, "launch-variable", "debug", folder);
  }

  isCancellation(error: unknown): boolean {
    return error instanceof Cancelled;
  }
}
