import assert from "node:assert/strict";
import { test } from "node:test";
import { corpusLanguages, scoreLanguage, type Score } from "./corpus.js";

const PRECISION_BAR = 0.95;
const RECALL_BAR = 0.9;

test("labeled logging corpus: precision >= 0.95 and recall >= 0.90 overall and per language", async () => {
  const languages = corpusLanguages();
  assert.equal(languages.length, 10, "the corpus covers all ten languages");
  const total = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const lines: string[] = [];
  const scores: Record<string, Score> = {};
  for (const language of languages) {
    const score = await scoreLanguage(language);
    scores[language] = score;
    total.truePositives += score.truePositives;
    total.falsePositives += score.falsePositives;
    total.falseNegatives += score.falseNegatives;
    lines.push(`${language.padEnd(11)} P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})` +
      (score.misses.length > 0 ? ` missed ${score.misses.join(" ")}` : "") + (score.falseAlarms.length > 0 ? ` false alarms ${score.falseAlarms.join(" ")}` : ""));
  }
  const precision = total.truePositives / (total.truePositives + total.falsePositives);
  const recall = total.truePositives / (total.truePositives + total.falseNegatives);
  lines.push(`overall     P=${precision.toFixed(3)} R=${recall.toFixed(3)} (tp ${total.truePositives}, fp ${total.falsePositives}, fn ${total.falseNegatives})`);
  console.log(lines.join("\n"));
  assert.ok(precision >= PRECISION_BAR, `overall precision ${precision.toFixed(3)} < ${PRECISION_BAR}`);
  assert.ok(recall >= RECALL_BAR, `overall recall ${recall.toFixed(3)} < ${RECALL_BAR}`);
  for (const [language, score] of Object.entries(scores)) {
    assert.ok(score.precision >= 0.9, `${language} precision ${score.precision.toFixed(3)} below 0.90`);
    assert.ok(score.recall >= 0.85, `${language} recall ${score.recall.toFixed(3)} below 0.85`);
  }
});
