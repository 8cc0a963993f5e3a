// Building blocks shared by catalog C's rules. Every quantifier is bounded, so no rule built from these can
// backtrack catastrophically.

/** A UUID in either case (Sendbird, Snyk and Squarespace issue UUID-shaped credentials). */
export const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** Words that make a name denote a credential rather than, say, a URL or a project name. */
const SECRET_WORDS = "(?:key|token|secret|auth|pass|pwd|cred|access|api|bearer|session)";

/**
 * A name mentioning the provider and a credential word, in either order:
 * `ZENDESK_TOKEN`, `zendeskApiKey`, `token.zendesk`, `services.zendesk.api_key`.
 */
export function secretNameFor(provider: string, words: string = SECRET_WORDS): RegExp {
  return new RegExp(`${provider}.{0,40}${words}|${words}.{0,20}${provider}`, "i");
}
