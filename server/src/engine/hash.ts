import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * A finding's stable identity: rule + hash of the value + path. No line number, so edits elsewhere in the file
 * do not churn baselines. The value is hashed, never stored.
 */
export function fingerprint(ruleId: string, value: string, path: string): string {
  return `${ruleId}:${sha256Hex(value).slice(0, 24)}:${sha256Hex(path).slice(0, 8)}`;
}
