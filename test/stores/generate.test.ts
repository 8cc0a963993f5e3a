import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALPHABETS, DEFAULT_SECRET_LENGTH, entropyBits, generateSecret } from "../../client/src/secrets/generate";

describe("generateSecret", () => {
  it("defaults to at least 32 alphanumeric characters", () => {
    const value = generateSecret();
    assert.ok(DEFAULT_SECRET_LENGTH >= 32);
    assert.equal(value.length, DEFAULT_SECRET_LENGTH);
    assert.match(value, /^[A-Za-z0-9]+$/);
  });

  it("honours length and alphabet", () => {
    for (const alphabet of Object.keys(ALPHABETS) as Array<keyof typeof ALPHABETS>) {
      const value = generateSecret({ length: 64, alphabet });
      assert.equal(value.length, 64);
      for (const character of value) assert.ok(ALPHABETS[alphabet].includes(character), `${alphabet}: ${character.length}`);
    }
  });

  it("refuses weak or absurd lengths", () => {
    assert.throws(() => generateSecret({ length: 8 }), RangeError);
    assert.throws(() => generateSecret({ length: 100_000 }), RangeError);
    assert.throws(() => generateSecret({ length: 32.5 }), RangeError);
  });

  it("never repeats and uses the whole alphabet roughly evenly", () => {
    const values = new Set(Array.from({ length: 200 }, () => generateSecret({ length: 32, alphabet: "hex" })));
    assert.equal(values.size, 200);
    const counts = new Map<string, number>();
    for (const value of values) for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1);
    assert.equal(counts.size, 16);
    // 6400 draws over 16 symbols: 400 expected each; a biased generator would fall far outside this band.
    for (const [character, count] of counts) assert.ok(count > 300 && count < 500, `${character}: ${count}`);
  });

  it("reports entropy", () => {
    assert.equal(entropyBits(40, "alphanumeric"), 238);
    assert.equal(entropyBits(32, "hex"), 128);
  });
});
