// Small text helpers shared by the structured handlers.

/** Where the identifier holding `at` begins (letters and `_`: `HTTPBasicAuth`, `basic_auth`, `getenv`). */
export function wordStart(text: string, at: number): number {
  let start = at;
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1);
    const lower = code | 0x20; // A-Z to a-z; no other character lands in a-z
    if (code !== 0x5f && (lower < 0x61 || lower > 0x7a)) break;
  }
  return start;
}

/** Where the identifier holding `at` ends. */
export function wordEnd(text: string, at: number): number {
  let end = at;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    const lower = code | 0x20;
    if (code !== 0x5f && (lower < 0x61 || lower > 0x7a)) break;
  }
  return end;
}
