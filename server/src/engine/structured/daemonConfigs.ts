// Passwords in the syntaxes of system daemons and provisioning tools, where no `name = value` says so:
// Dovecot/LDAP `{PLAIN}…` schemes, `echo 'user:…' | chpasswd`, Debian preseed `d-i passwd/…password password …`,
// strongSwan `ipsec.secrets` (`… : PSK "…"`), Redis Sentinel `sentinel auth-pass <master> …` and ACL `user … >…`,
// Kafka JAAS `user_<name>="…"`, Postfix `sasl_passwd` maps and PgBouncer `userlist.txt`. Each pattern is gated by a
// cheap substring test of the whole text or by the file's name, so other files pay nothing.
import { isDummyCredential, isPlaceholder, isReference } from "../filters";
import type { StructuredHit } from "./index";

interface DaemonPattern {
  /** Cheap gate: the text must contain this (case-sensitive) or the file's base name must match. */
  gate: string | RegExp;
  /** Global pattern whose `value` group is the password. */
  pattern: RegExp;
  title: string;
}

const PATTERNS: DaemonPattern[] = [
  { gate: "{PLAIN}", pattern: /\{(?:PLAIN|CLEARTEXT|CLEAR)\}(?<value>[^\s:{}]{4,200})/g, title: "Plaintext password ({PLAIN} scheme)" },
  { gate: "chpasswd", pattern: /[\w.-]{1,64}:(?<value>[^\s'":|]{4,200})['"]?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd/g, title: "Password piped to chpasswd" },
  { gate: "d-i", pattern: /^d-i[ \t]+passwd\/[\w-]*password(?:-again)?[ \t]+password[ \t]+(?<value>\S{4,200})/gm, title: "Password in a Debian preseed file" },
  { gate: /^ipsec\.secrets$|\.secrets$/, pattern: /:[ \t]*(?:PSK|EAP|XAUTH|NTLM)[ \t]+(?:"(?<value>[^"\n]{4,200})"|(?<bare>0[sx][A-Za-z0-9+/=]{8,200}|[^\s"#]{8,200}))/g, title: "Pre-shared key or password in ipsec.secrets" },
  { gate: "auth-pass", pattern: /^[ \t]*sentinel[ \t]+auth-pass[ \t]+\S+[ \t]+(?<value>\S{4,200})/gm, title: "Redis Sentinel auth-pass" },
  { gate: /^(?:redis[\w.-]*\.conf|users\.acl|[\w.-]*\.acl)$/, pattern: /^[ \t]*user[ \t]+\S+(?:[ \t]+[^\s>]\S*)*?[ \t]+>(?<value>\S{4,200})/gm, title: "Password in a Redis ACL rule" },
  { gate: "LoginModule", pattern: /\buser_[\w-]{1,64}[ \t]*=[ \t]*"(?<value>[^"\n]{4,200})"/g, title: "Password in a JAAS login module (user_…)" },
  { gate: /^sasl_passwd$/, pattern: /^[ \t]*\S+[ \t]+[^\s:]{1,200}:(?<value>\S{4,200})[ \t]*$/gm, title: "Password in Postfix sasl_passwd" },
  { gate: /^userlist\.txt$/, pattern: /^[ \t]*"[^"\n]{1,64}"[ \t]+"(?<value>(?!md5|SCRAM-SHA-256\$)[^"\n]{4,200})"/gm, title: "Password in PgBouncer userlist.txt" },
];

export function daemonConfigPasswords(text: string, baseName: string, hits: StructuredHit[]): void {
  for (const { gate, pattern, title } of PATTERNS) {
    if (typeof gate === "string" ? !text.includes(gate) : !gate.test(baseName)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const value = m.groups?.value ?? m.groups?.bare ?? "";
      if (value === "" || isDummyCredential(value) || isPlaceholder(value) || isReference(value) || /^\$|\$\{|\{\{/.test(value)) continue;
      const start = m.index + m[0].lastIndexOf(value);
      hits.push({ ruleId: "hardcoded-password", start, end: start + value.length, title, name: "password" });
    }
  }
}
