// Building blocks shared by every catalog's context rules: common value shapes and the assigned names that give
// an ambiguous value (32 hex characters, a UUID, a run of digits) its meaning. Every quantifier is bounded, so no
// rule built from these can backtrack catastrophically.

/** A UUID in either case (Heroku, HubSpot, KuCoin, Sendbird, Snyk… issue UUID-shaped credentials). */
export const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** Words that make a name denote a credential rather than, say, a URL or a project name. */
export const CREDENTIAL_WORDS = "(?:key|token|secret|auth|pass|pwd|cred|access|api|bearer|session)";
/** Words that make a name denote an OAuth client / application identifier. */
const IDENTIFIER_WORDS = "(?:client|app|id|key|token|consumer)";

/**
 * A name that mentions the provider and a credential word, in either order:
 * `ALGOLIA_API_KEY`, `algoliaToken`, `token.algolia`, `services.algolia.admin_key`.
 * `provider` is a regex fragment (alternatives allowed), matched case-insensitively.
 */
export function secretName(provider: string, words: string = CREDENTIAL_WORDS): RegExp {
  return new RegExp(`(?:${provider}).{0,40}${words}|${words}.{0,20}(?:${provider})`, "i");
}

/** A name that mentions the provider and a client/app identifier word. */
export function clientIdName(provider: string): RegExp {
  return new RegExp(`(?:${provider}).{0,40}${IDENTIFIER_WORDS}|${IDENTIFIER_WORDS}.{0,20}(?:${provider})`, "i");
}

/** A name that mentions the provider at all (for providers whose config key is often just `cloudflare:`). */
export function providerName(provider: string): RegExp {
  return new RegExp(`(?:${provider})`, "i");
}
