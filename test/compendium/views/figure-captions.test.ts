/**
 * The sentence under each figure of the report says what to see, computed from the figure's
 * caption facts: checked on constructed facts (expected sentences written from the numbers by
 * hand) and on the shipped data (the pre/post caption's counts agree with the paired scores).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { figureFactsSentence } from "../../../lib/compendium/src/views/sentences.js";
import { prePostFigureOf, table2FigureOf } from "../../../lib/compendium/src/views/figures.js";
import { table3 } from "../../../lib/compendium/src/analysis/table3.js";
import { countTable2 } from "../../../lib/compendium/src/analysis/table2.js";
import { loadDataset, pairedConstructScores } from "../../../lib/compendium/src/data/index.js";

test("a figure without facts (a diagram) has no sentence", () => {
  assert.equal(figureFactsSentence(undefined), null);
});

test("pre/post: the mean change with its interval and who changed which way, per construct", () => {
  const sentence = figureFactsSentence({
    kind: "pre-post",
    constructs: [
      {
        construct: "werkdruk",
        label: "Werkdruk",
        higherIsBetter: false,
        preMean: 3.5,
        postMean: 3.25,
        n: 4,
        meanChange: -0.25,
        changeCi: { lower: -0.9, upper: 0.4, level: 0.95 },
        up: { count: 1, share: 0.25 },
        same: { count: 1, share: 0.25 },
        down: { count: 2, share: 0.5 },
        better: { count: 2, share: 0.5 },
        worse: { count: 1, share: 0.25 },
      },
    ],
  });
  assert.equal(sentence, "Mean change after − before: Werkdruk -0.25 (95% CI -0.90 to 0.40); 2 of 4 changed favourably, 1 unfavourably.");
});

test("forest: which intervals exclude zero and which effects reach a threshold", () => {
  const band = { value: 0.6, label: "hoog" };
  const sentence = figureFactsSentence({
    kind: "forest",
    effects: [
      { label: "A", estimate: 0.7, lower: 0.3, upper: 1.1, ciExcludesZero: true, band, published: null, differenceFromPublished: null },
      {
        label: "B",
        estimate: 0.1,
        lower: -0.2,
        upper: 0.4,
        ciExcludesZero: false,
        band: null,
        published: null,
        differenceFromPublished: null,
      },
    ],
  });
  assert.equal(sentence, "Intervals that exclude zero: A. At or above a threshold: A (hoog).");
});

test("Table 2: the three most-mentioned labels, without the 'other' row, on the shipped data (English names in English, printed ones in Dutch)", () => {
  const t = countTable2(loadDataset());
  const top = [...t.rows].sort((a, b) => b.self + b.teachers - (a.self + a.teachers)).slice(0, 3);
  const sentence = figureFactsSentence(table2FigureOf(t).facts) ?? "";
  for (const r of top) assert.ok(sentence.includes(`${r.labelEn} (${r.self + r.teachers})`), `${r.labelEn} in: ${sentence}`);
  assert.ok(!sentence.includes(t.other.labelEn), sentence);
  const facts = table2FigureOf(t, "nl").facts;
  const labels = facts?.kind === "table2" ? facts.labels.slice(0, 3).map((l) => `${l.label} (${l.total})`) : [];
  assert.deepEqual(
    labels,
    top.map((r) => `${r.label} (${r.self + r.teachers})`),
  );
});

test("pre/post on the shipped data: the caption's favourable/unfavourable counts are the paired scores' own", () => {
  const ds = loadDataset();
  const f = prePostFigureOf(ds, table3(ds));
  const sentence = figureFactsSentence(f.facts) ?? "";
  const pairs = pairedConstructScores(ds, "werkplezier");
  let up = 0;
  let down = 0;
  for (let i = 0; i < pairs.pre.length; i++) {
    const d = (pairs.post[i] as number) - (pairs.pre[i] as number);
    if (d > 1e-9) up++;
    else if (d < -1e-9) down++;
  }
  assert.match(
    sentence,
    new RegExp(`Werkplezier \\+0\\.\\d\\d \\(95% CI [^)]*\\); ${up} of ${pairs.pre.length} changed favourably, ${down} unfavourably`),
  );
});
