// Building blocks shared by catalog B's rules: common value shapes and the names that give an ambiguous value
// its meaning. Every quantifier is bounded, so no rule built from these can backtrack catastrophically.

/** A UUID in either case (Heroku, HubSpot, KuCoin, MessageBird and Plaid issue UUID-shaped credentials). */
export const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** Words that make a name denote a credential rather than, say, a room or a URL. */
const SECRET_WORDS = "(?:key|token|secret|auth|pass|pwd|cred|access|api|bearer|session)";
/** Words that make a name denote an OAuth client or application identifier. */
const ID_WORDS = "(?:client|app|id|key|token|consumer)";

/**
 * A name mentioning the provider and a credential word, in either order:
 * `GITTER_TOKEN`, `gitterToken`, `token.gitter`, `services.gitter.api_key`.
 */
export function secretNameFor(provider: string): RegExp {
  return new RegExp(`${provider}.{0,40}${SECRET_WORDS}|${SECRET_WORDS}.{0,20}${provider}`, "i");
}

/** A name mentioning the provider and a client/app identifier word. */
export function idNameFor(provider: string): RegExp {
  return new RegExp(`${provider}.{0,40}${ID_WORDS}|${ID_WORDS}.{0,20}${provider}`, "i");
}
