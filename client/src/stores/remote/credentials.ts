// Where the Vault token, AppRole secret id or userpass password is kept: the OS keychain (keytar, the same Secret
// Service the keychain store uses), or VS Code's SecretStorage when no keychain answers. Never settings.json.

import type * as vscode from "vscode";
import type { KeytarApi } from "../keychainStore";
import type { CredentialProvider } from "./common";

/** Keychain service of remote-store credentials; the account is the key built by vault/config credentialKey(). */
export const REMOTE_CREDENTIAL_SERVICE = "hush:remote-credentials";

export function keychainCredentialProvider(keytar: () => Promise<KeytarApi | undefined>, fallback: vscode.SecretStorage): CredentialProvider {
  const fallbackKey = (key: string): string => `${REMOTE_CREDENTIAL_SERVICE}:${key}`;
  return {
    async get(key) {
      const api = await keytar();
      if (api) return (await api.getPassword(REMOTE_CREDENTIAL_SERVICE, key)) ?? undefined;
      return fallback.get(fallbackKey(key));
    },
    async set(key, value) {
      const api = await keytar();
      if (api) await api.setPassword(REMOTE_CREDENTIAL_SERVICE, key, value);
      else await fallback.store(fallbackKey(key), value);
    },
    async delete(key) {
      const api = await keytar();
      if (api) await api.deletePassword(REMOTE_CREDENTIAL_SERVICE, key);
      else await fallback.delete(fallbackKey(key));
    },
  };
}
