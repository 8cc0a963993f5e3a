// Fake secrets generated at test time: right shape, never valid, never committed.
import crypto from "node:crypto";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export function rnd(n: number, alphabet = ALNUM): string {
  return Array.from(crypto.randomBytes(n), (b) => alphabet[b % alphabet.length]).join("");
}

export const fake = {
  stripe: () => "sk_" + "live_" + rnd(32),
  github: () => "gh" + "p_" + rnd(36),
  awsId: () => "AK" + "IA" + rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
  awsSecret: () => rnd(40, ALNUM + "+/"),
  slack: () => "xo" + "xb-" + rnd(11, "0123456789") + "-" + rnd(12, "0123456789") + "-" + rnd(24),
  openai: () => "sk-" + "proj-" + rnd(60, ALNUM + "_-") + "T3Blbk" + "FJ" + rnd(60, ALNUM + "_-"),
  password: () => rnd(12) + "!#",
};
