// References name a secret without holding it: `vault:secret/data/app#STRIPE_KEY` goes into .env.example or
// a template, and an injector (vault agent, envconsul, Hush) resolves it at run time. The path is the API path
// (with `data/` on KV v2 mounts), the fragment the key inside the secret.

export interface VaultReference {
  mount: string;
  kvVersion: 1 | 2;
  /** Secret path inside the mount, without `data/`. */
  path: string;
  key?: string;
}

export function formatVaultReference(reference: VaultReference): string {
  const segments = [reference.mount, reference.kvVersion === 2 ? "data" : undefined, reference.path].filter(Boolean);
  return `vault:${segments.join("/")}${reference.key ? `#${reference.key}` : ""}`;
}

/**
 * Parses `vault:<mount>/data/<path>#KEY` (KV v2) or `vault:<mount>/<path>#KEY` (KV v1). The mount is taken to
 * be the first segment, as in the default `secret/` mount; undefined when the text is not a Vault reference.
 */
export function parseVaultReference(text: string): VaultReference | undefined {
  const match = /^vault:([^#\s]+?)(?:#([^#\s]+))?$/.exec(text.trim());
  if (!match?.[1]) return undefined;
  const segments = match[1].split("/").filter(Boolean);
  const mount = segments.shift();
  if (!mount || segments.length === 0) return undefined;
  const kvVersion = segments[0] === "data" && segments.length > 1 ? 2 : 1;
  if (kvVersion === 2) segments.shift();
  return { mount, kvVersion, path: segments.join("/"), key: match[2] };
}
