// Passwords in the syntaxes of system daemons and provisioning tools, where no `name = value` says so:
// Dovecot/LDAP `{PLAIN}…` schemes, `echo 'user:…' | chpasswd`, Debian preseed `d-i passwd/…password password …`,
// strongSwan `ipsec.secrets` (`… : PSK "…"`), Redis Sentinel `sentinel auth-pass <master> …` and ACL `user … >…`,
// Kafka JAAS `user_<name>="…"`, Postfix `sasl_passwd` maps, PgBouncer `userlist.txt`, HAProxy `insecure-password` and
// `stats auth`, Net-SNMP communities and `createUser` passphrases, Nagios `resource.cfg` `$USERn$` macros. Each pattern is gated by a
// keyword of the scan's single keyword pass or by the file's name, so other files pay nothing (a substring test
// per pattern walked every text five more times: 110 ms of a 1.4 s scan of 58 MB).
import { shannonEntropy } from "../entropy";
import { isDummyCredential, isPlaceholder, isReference } from "../filters";
import type { KeywordSeen, StructuredHit } from "./index";

interface DaemonPattern {
  /** Gate: the keyword pass saw one of these (lowercase) keywords, or the file's base name matches. */
  gate: readonly string[] | RegExp;
  /** Global pattern whose `value` group is the password. */
  pattern: RegExp;
  title: string;
  /** The syntax does not say the value is a password (a macro, a community): ask for a chosen-looking one. */
  mustLookChosen?: boolean;
}

const PATTERNS: DaemonPattern[] = [
  { gate: ["{plain}", "{clear"], pattern: /\{(?:PLAIN|CLEARTEXT|CLEAR)\}(?<value>[^\s:{}]{4,200})/g, title: "Plaintext password ({PLAIN} scheme)" },
  { gate: ["chpasswd"], pattern: /[\w.-]{1,64}:(?<value>[^\s'":|]{4,200})['"]?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd/g, title: "Password piped to chpasswd" },
  { gate: ["passwd/"], pattern: /^d-i[ \t]+passwd\/[\w-]*password(?:-again)?[ \t]+password[ \t]+(?<value>\S{4,200})/gm, title: "Password in a Debian preseed file" },
  { gate: /^ipsec\.secrets$|\.secrets$/, pattern: /:[ \t]*(?:PSK|EAP|XAUTH|NTLM)[ \t]+(?:"(?<value>[^"\n]{4,200})"|(?<bare>0[sx][A-Za-z0-9+/=]{8,200}|[^\s"#]{8,200}))/g, title: "Pre-shared key or password in ipsec.secrets" },
  { gate: ["auth-pass"], pattern: /^[ \t]*sentinel[ \t]+auth-pass[ \t]+\S+[ \t]+(?<value>\S{4,200})/gm, title: "Redis Sentinel auth-pass" },
  { gate: /^(?:redis[\w.-]*\.conf|users\.acl|[\w.-]*\.acl)$/, pattern: /^[ \t]*user[ \t]+\S+(?:[ \t]+[^\s>]\S*)*?[ \t]+>(?<value>\S{4,200})/gm, title: "Password in a Redis ACL rule" },
  { gate: ["loginmodule"], pattern: /\buser_[\w-]{1,64}[ \t]*=[ \t]*"(?<value>[^"\n]{4,200})"/g, title: "Password in a JAAS login module (user_…)" },
  { gate: /^sasl_passwd$/, pattern: /^[ \t]*\S+[ \t]+[^\s:]{1,200}:(?<value>\S{4,200})[ \t]*$/gm, title: "Password in Postfix sasl_passwd" },
  { gate: ["insecure-password"], pattern: /^[ \t]*user[ \t]+\S+[ \t]+insecure-password[ \t]+(?<value>\S{4,200})/gm, title: "Password in an HAProxy userlist" },
  { gate: ["stats auth"], pattern: /^[ \t]*stats[ \t]+auth[ \t]+[^\s:]{1,64}:(?<value>\S{4,200})/gm, title: "HAProxy stats page password" },
  // `public`/`private` are the well-known defaults (weak, but not a secret to keep out of a repository).
  { gate: ["community"], pattern: /^[ \t]*(?:ro|rw)community6?[ \t]+(?<value>(?!(?:public|private)\b)[^\s#]{6,200})/gm, title: "SNMP community string" },
  { gate: ["createuser"], pattern: /^[ \t]*createUser[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA(?:-\d{3})?)[ \t]+(?:"(?<value>[^"\n]{8,200})"|(?<bare>[^\s"]{8,200}))/gm, title: "SNMPv3 authentication passphrase" },
  { gate: ["createuser"], pattern: /^[ \t]*createUser[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA(?:-\d{3})?)[ \t]+(?:"[^"\n]{1,200}"|[^\s"]{1,200})[ \t]+(?:DES|AES(?:-?\d{3})?)[ \t]+(?:"(?<value>[^"\n]{8,200})"|(?<bare>[^\s"]{8,200}))/gm, title: "SNMPv3 privacy passphrase" },
  { gate: /^resource\.cfg$/, pattern: /^\$USER\d{1,3}\$[ \t]*=[ \t]*(?<value>[^\s/$][^\s]{5,200})[ \t]*$/gm, title: "Password in a Nagios resource macro", mustLookChosen: true },
  { gate: /^userlist\.txt$/, pattern: /^[ \t]*"[^"\n]{1,64}"[ \t]+"(?<value>(?!md5|SCRAM-SHA-256\$)[^"\n]{4,200})"/gm, title: "Password in PgBouncer userlist.txt" },
];

/** The keywords the gates above need from the scan's keyword pass. */
export const DAEMON_CONFIG_KEYWORDS: readonly string[] = PATTERNS.flatMap(({ gate }) => (gate instanceof RegExp ? [] : gate));

export function daemonConfigPasswords(text: string, baseName: string, seen: KeywordSeen, hits: StructuredHit[]): void {
  for (const { gate, pattern, title, mustLookChosen } of PATTERNS) {
    if (gate instanceof RegExp ? !gate.test(baseName) : !gate.some((keyword) => seen.has(keyword))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = m.groups?.value ?? m.groups?.bare ?? "";
      if (value === "" || isDummyCredential(value) || isPlaceholder(value) || isReference(value) || /^\$|\$\{|\{\{/.test(value)) continue;
      if (mustLookChosen && !looksChosen(value)) continue;
      // Prose and code quoting the syntax (`includes("{PLAIN}")`) leave punctuation where the password would be.
      if (!/[A-Za-z0-9]{2}/.test(value) || /^["'`(),;]/.test(value)) continue;
      const start = m.index + m[0].lastIndexOf(value);
      hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title, name: "password" });
    }
  }
}

/** Long enough and mixed enough to be a chosen password rather than a word, a host or a path. */
function looksChosen(value: string): boolean {
  return value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value) && shannonEntropy(value) >= 3;
}
