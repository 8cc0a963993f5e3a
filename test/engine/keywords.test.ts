// The keyword automaton against the obvious (slow) search: every occurrence of every keyword, overlapping ones
// included, case-insensitively, with non-ASCII text around them. Random keyword sets and texts, seeded.
import assert from "node:assert/strict";
import { test } from "node:test";
import { KeywordMatcher } from "../../server/src/engine/keywords";
import { makeRandom, SEED } from "./support";

const rnd = makeRandom(SEED + 11);

/** Every (keyword, start) pair by plain indexOf over a lowercased copy (the text's length does not change here). */
function naiveMatches(keywords: readonly string[], text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  keywords.forEach((k, index) => {
    for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + 1)) out.push(`${index}@${at}`);
  });
  return out.sort();
}

function automatonMatches(matcher: KeywordMatcher, text: string): string[] {
  const out: string[] = [];
  matcher.scan(text, (k, start) => out.push(`${k}@${start}`));
  return out.sort();
}

test(`keyword automaton finds what indexOf finds (seed ${SEED})`, () => {
  // A small alphabet makes overlaps, shared prefixes and suffix links common.
  const alphabet = "abcab_-:/";
  for (let round = 0; round < 200; round++) {
    const keywords = [...new Set(Array.from({ length: rnd.int(1, 12) }, () => rnd.string(rnd.int(1, 5), alphabet)))];
    const matcher = new KeywordMatcher(keywords);
    // Upper case and characters outside the automaton's alphabet (é, emoji) interrupt and restart matching.
    const text = Array.from({ length: rnd.int(0, 300) }, () => rnd.pick([...alphabet, "A", "B", "é", "\u{1F511}", " "])).join("");
    assert.deepEqual(automatonMatches(matcher, text), naiveMatches(keywords, text), `keywords ${JSON.stringify(keywords)} text ${JSON.stringify(text)}`);
  }
});

test("keyword automaton: a keyword set too large for 16-bit states still matches (32-bit table)", () => {
  // ~9,000 random ten-letter keywords need more than 65,535 trie states.
  const keywords = [...new Set(Array.from({ length: 9000 }, () => rnd.string(10, "abcdefghijklmnopqrstuvwxyz")))];
  const matcher = new KeywordMatcher(keywords);
  const picked = [rnd.pick(keywords), rnd.pick(keywords), rnd.pick(keywords)];
  const text = `x ${picked[0]?.toUpperCase()} y ${picked[1]}${picked[2]} z`;
  assert.deepEqual(automatonMatches(matcher, text), naiveMatches(keywords, text));
  assert.ok(automatonMatches(matcher, text).length >= 3);
});
