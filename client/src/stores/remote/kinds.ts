// Registry entries for the remote stores: `hush.stores.vault` and `hush.stores.aws` map an environment name to its
// connection settings; an environment without an entry has no store of that kind.

import type { StoreFactoryContext, StoreKind } from "../registry";
import { probeKeychain, type KeytarApi } from "../keychainStore";
import type { AuditSink, CredentialProvider } from "./common";
import { keychainCredentialProvider } from "./credentials";
import { resolveVaultConfig, type VaultSettings } from "../vault/config";
import { createVaultStore } from "../vault/vaultStore";
import { resolveAwsConfig, type AwsSettings } from "../aws/config";

let keytarProbe: Promise<KeytarApi | undefined> | undefined;
let credentialProvider: CredentialProvider | undefined;

function credentialsFor(context: StoreFactoryContext): CredentialProvider {
  credentialProvider ??= keychainCredentialProvider(() => (keytarProbe ??= probeKeychain().catch(() => undefined)), context.extension.secrets);
  return credentialProvider;
}

/** Value-free access lines for the output channel; the command-level audit log records the user's actions. */
function auditTo(context: StoreFactoryContext): AuditSink {
  return (event) => context.log(`${event.store} ${event.environment} ${event.operation} ${event.name || "(root)"}: ${event.result}`);
}

function settingsFor<T>(context: StoreFactoryContext, section: string): T | undefined {
  const all = context.config.get<Record<string, T>>(section, {}) ?? {};
  return all[context.environment];
}

export const vaultStoreKind: StoreKind = {
  kind: "vault",
  label: "HashiCorp Vault",
  create(context) {
    const settings = settingsFor<VaultSettings>(context, "stores.vault");
    if (!settings) return [];
    return [createVaultStore(resolveVaultConfig(context.environment, settings), { credentials: credentialsFor(context), audit: auditTo(context) })];
  },
};

export const awsStoreKind: StoreKind = {
  kind: "aws",
  label: "AWS Secrets Manager",
  async create(context) {
    const settings = settingsFor<AwsSettings>(context, "stores.aws");
    if (!settings) return [];
    const config = resolveAwsConfig(context.environment, settings);
    // The AWS SDK takes ~140 ms to load: only windows that configure AWS pay for it.
    const { createAwsStore } = await import("../aws/awsStore");
    return [createAwsStore(config, { audit: auditTo(context) })];
  },
};
