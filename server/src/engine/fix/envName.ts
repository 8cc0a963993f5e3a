// Choosing the variable name a moved secret gets: the code's own name when it says something, else the rule's.

/** `stripeApiKey`, `stripe-api.key`, `STRIPE_API_KEY` -> `STRIPE_API_KEY`. */
export function toScreamingSnake(name: string): string {
  return name
    .replace(/^[$@:]+/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .replace(/^(\d)/, "_$1")
    .toUpperCase();
}

/** Names too vague to identify a secret on their own. */
const VAGUE = new Set(["KEY", "TOKEN", "AUTH", "SECRET", "PASSWORD", "VALUE", "API_KEY", "APIKEY", "ACCESS_TOKEN", "PASS", "PWD", "URL", "URI", "DSN", "CONFIG", "DATA", "HEADER", "HEADERS", "AUTHORIZATION", "CREDENTIALS", "CREDS"]);

export function deriveEnvName(codeName: string | undefined, ruleEnvName: string): string {
  if (codeName) {
    // Dotted keys keep their meaningful tail: `aws.credentials.secret_access_key` -> SECRET_ACCESS_KEY is vaguer
    // than the whole path, so the whole path is kept when short.
    const candidate = toScreamingSnake(codeName);
    const words = candidate.split("_").filter(Boolean);
    if (candidate && !VAGUE.has(candidate) && words.length >= 2 && words.length <= 6 && candidate.length <= 60) return candidate;
    if (candidate && words.length === 1 && !VAGUE.has(candidate) && ruleEnvName.startsWith(candidate + "_")) return ruleEnvName;
  }
  return ruleEnvName;
}

/**
 * A name that does not collide: reuse the key already holding this value; keep NAME if free or holding the
 * same value; otherwise NAME_2, NAME_3…
 */
export function uniqueEnvName(wanted: string, value: string, existing: ReadonlyMap<string, string>): { name: string; alreadyStored: boolean } {
  for (const [k, v] of existing) if (v === value) return { name: k, alreadyStored: true };
  if (!existing.has(wanted)) return { name: wanted, alreadyStored: false };
  for (let i = 2; ; i++) {
    const n = `${wanted}_${i}`;
    if (!existing.has(n)) return { name: n, alreadyStored: false };
  }
}
