// Commands only the remote stores have: sign in to Vault (the token / secret id / password goes to the OS keychain),
// run the AWS rotation function of a secret, and restore an AWS secret scheduled for deletion. Prompts go through
// the injected `prompt` (the secrets UI, which tests can script); messages are StoreError messages, never values.

import * as vscode from "vscode";
import type { StoreRegistry } from "../registry";
import * as path from "node:path";
import { StoreError, type SecretStore } from "../types";
import { splitKeyName } from "./common";
import { writeReferenceToTemplate } from "./references";
import type { VaultStore } from "../vault/vaultStore";
import type { AwsSecretsManagerStore } from "../aws/awsStore";

export const RemoteCommandIds = {
  vaultSignIn: "hush.vault.signIn",
  vaultSignOut: "hush.vault.signOut",
  awsRotateNow: "hush.aws.rotateWithFunction",
  awsRestore: "hush.aws.restoreDeleted",
  vaultWriteReference: "hush.vault.writeReference",
} as const;

export interface RemoteCommandUi {
  input(id: string, options: vscode.InputBoxOptions): Promise<string | undefined>;
  info(message: string): void;
  error(message: string): void;
}

interface Target {
  environment?: string;
  name?: string;
  storeId?: string;
  /** Template file for references, relative to the workspace folder (default .env.example). */
  file?: string;
  /** Multi-root: folderKey() of the workspace folder (default: the active folder). */
  folder?: string;
}

export function registerRemoteStoreCommands(context: vscode.ExtensionContext, registry: StoreRegistry, ui: RemoteCommandUi): void {
  // By kind, not instanceof: importing the AWS store class here would load the AWS SDK at activation.
  const findStores = async <T extends SecretStore>(environment: string, kind: "vault" | "aws", folder?: string): Promise<T[]> =>
    (await registry.storesFor(environment, folder)).filter((store) => store.kind === kind) as T[];

  const report = (error: unknown, what: string): void => {
    ui.error(`Hush: ${what} failed: ${error instanceof StoreError ? error.message : "an unexpected error occurred"}`);
  };

  const vaultSignIn = async (target?: Target): Promise<boolean> => {
    const environment = target?.environment ?? registry.activeEnvironmentOf(target?.folder);
    const [store] = await findStores<VaultStore>(environment, "vault", target?.folder);
    if (!store) {
      ui.error(`Hush: no Vault is configured for ${environment} (setting hush.stores.vault)`);
      return false;
    }
    const { auth, address } = store.config;
    const prompt =
      auth.method === "token" ? `Vault token for ${environment} (${address})` : auth.method === "approle" ? `AppRole secret id for role ${auth.roleId ?? ""} at ${address}` : `Vault password of ${auth.username ?? ""} at ${address}`;
    const secret = await ui.input("vault.signIn", { title: "Hush: Sign in to Vault", prompt, password: true, validateInput: (text) => (text.trim() ? undefined : "Required") });
    if (!secret) return false;
    try {
      await store.signIn(secret.trim());
      ui.info(`Hush: signed in to Vault for ${environment}; the credential is kept in the OS keychain`);
      return true;
    } catch (error) {
      report(error, "Vault sign-in");
      return false;
    }
  };

  const vaultSignOut = async (target?: Target): Promise<void> => {
    const environment = target?.environment ?? registry.activeEnvironmentOf(target?.folder);
    for (const store of await findStores<VaultStore>(environment, "vault")) await store.client.signOut();
    ui.info(`Hush: signed out of Vault for ${environment}`);
  };

  const awsAction = async (target: Target | undefined, title: string, run: (store: AwsSecretsManagerStore, name: string) => Promise<string>): Promise<boolean> => {
    const environment = target?.environment ?? registry.activeEnvironmentOf(target?.folder);
    const [store] = await findStores<AwsSecretsManagerStore>(environment, "aws", target?.folder);
    if (!store) {
      ui.error(`Hush: no AWS Secrets Manager is configured for ${environment} (setting hush.stores.aws)`);
      return false;
    }
    const name = target?.name ?? (await ui.input(`aws.${title}`, { title: `Hush: ${title}`, prompt: `Secret name in ${store.label}` }));
    if (!name) return false;
    try {
      ui.info(await run(store, name));
      return true;
    } catch (error) {
      report(error, title);
      return false;
    }
  };

  /** Writes NAME=vault:<mount>/data/<path>#KEY into .env.example (or `file`): a reference, never the value. */
  const vaultWriteReference = async (target?: Target): Promise<string | undefined> => {
    const environment = target?.environment ?? registry.activeEnvironmentOf(target?.folder);
    const [store] = await findStores<VaultStore>(environment, "vault", target?.folder);
    const folder = registry.folder(target?.folder);
    if (!store || !folder || folder.uri.scheme !== "file") {
      ui.error(`Hush: writing a Vault reference needs a Vault store for ${environment} (hush.stores.vault) and a local workspace folder.`);
      return undefined;
    }
    const name = target?.name ?? (await ui.input("vault.reference.name", { title: "Hush: Write Vault Reference", prompt: `Secret name in ${store.label} (KEY or path#KEY)` }));
    if (!name) return undefined;
    const file = path.resolve(folder.uri.fsPath, target?.file ?? ".env.example");
    if (path.relative(folder.uri.fsPath, file).startsWith("..")) {
      ui.error("Hush: the template must be inside the workspace folder.");
      return undefined;
    }
    const key = splitKeyName(name).key ?? name;
    try {
      const reference = await store.reference(name);
      const result = await writeReferenceToTemplate(file, key, reference);
      ui.info(`Hush: ${result === "unchanged" ? "already in" : result === "added" ? "added to" : "updated in"} ${path.basename(file)}: ${key}=${reference}`);
      return reference;
    } catch (error) {
      report(error, "Writing the Vault reference");
      return undefined;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(RemoteCommandIds.vaultWriteReference, vaultWriteReference),
    vscode.commands.registerCommand(RemoteCommandIds.vaultSignIn, vaultSignIn),
    vscode.commands.registerCommand(RemoteCommandIds.vaultSignOut, vaultSignOut),
    vscode.commands.registerCommand(RemoteCommandIds.awsRotateNow, (target?: Target) =>
      awsAction(target, "Rotate with the AWS rotation function", async (store, name) => {
        await store.rotate(name);
        return `Hush: rotated ${name} with its rotation function; the old value is labelled AWSPREVIOUS`;
      }),
    ),
    vscode.commands.registerCommand(RemoteCommandIds.awsRestore, (target?: Target) =>
      awsAction(target, "Restore a deleted AWS secret", async (store, name) => {
        await store.restore(name);
        return `Hush: restored ${name}; its deletion is cancelled`;
      }),
    ),
  );
}
