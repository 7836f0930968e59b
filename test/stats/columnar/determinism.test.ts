/**
 * Determinism and design of the columnar module: the same seed gives the same survey and the same
 * results, the survey has the article's design, the inputs are never changed, and results do not
 * depend on how the rows are split into summation blocks beyond rounding.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { columnarPrePost, surveyColumns, syntheticSurvey, type ColumnarPrePost } from "../../../lib/stats/src/columnar/index.js";
import { close, designOf, shippedDataset } from "./helpers.js";

const design = designOf(shippedDataset().codebook.constructs);

function bytes(a: Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

test("the same seed gives byte-identical columns; another seed does not", () => {
  const a = syntheticSurvey(design, { n: 3000, seed: 99 });
  const b = syntheticSurvey(design, { n: 3000, seed: 99 });
  const c = syntheticSurvey(design, { n: 3000, seed: 100 });
  assert.deepEqual([...a.survey.columns.keys()], [...b.survey.columns.keys()]);
  let differs = false;
  for (const [name, col] of a.survey.columns) {
    assert.ok(bytes(col).equals(bytes(b.survey.columns.get(name) as Float64Array)), `column ${name}`);
    if (!bytes(col).equals(bytes(c.survey.columns.get(name) as Float64Array))) differs = true;
  }
  assert.ok(differs, "seed 100 should give other data than seed 99");
});

test("the synthetic survey has the article's design: every item column, integer answers 1..5, the missing rate", () => {
  const n = 20000;
  const rate = 0.05;
  const s = syntheticSurvey(design, { n, seed: 3, missingRate: rate });
  const expected = design.flatMap((c) => [...(c.items.pre ?? []), ...(c.items.post ?? []), ...(c.items.once ?? [])]);
  assert.deepEqual([...s.survey.columns.keys()], expected);
  assert.equal(s.survey.n, n);
  assert.ok(expected.length >= 30, `about 30 item columns, got ${expected.length}`);
  let missing = 0;
  for (const col of s.survey.columns.values()) {
    for (const v of col) {
      if (Number.isNaN(v)) missing++;
      else assert.ok(Number.isInteger(v) && v >= 1 && v <= 5, `answer ${v}`);
    }
  }
  const cells = n * expected.length;
  const sd = Math.sqrt(cells * rate * (1 - rate));
  assert.ok(Math.abs(missing - cells * rate) < 5 * sd, `missing ${missing} of ${cells}, expected about ${cells * rate}`);
  assert.deepEqual(
    [...s.changes.keys()],
    design.filter((c) => c.items.pre !== undefined && c.items.post !== undefined).map((c) => c.name),
  );
});

test("columnarPrePost is deterministic and leaves its input unchanged", () => {
  const { survey } = syntheticSurvey(design, { n: 5000, seed: 8, missingRate: 0.03 });
  const before = new Map([...survey.columns].map(([k, v]) => [k, Buffer.from(bytes(v))]));
  const a = columnarPrePost(survey, design, { keepScores: true });
  const b = columnarPrePost(survey, design, { keepScores: true });
  assert.deepEqual(a, b);
  assert.deepEqual(columnarPrePost(survey, design), columnarPrePost(survey, design));
  for (const [k, v] of survey.columns) assert.ok(bytes(v).equals(before.get(k) as Buffer), `column ${k} changed`);
});

test("row order changes the results only by rounding", () => {
  const { survey } = syntheticSurvey(design, { n: 4097, seed: 4, missingRate: 0.04 });
  const n = survey.n;
  const reversed = surveyColumns(
    new Map([...survey.columns].map(([k, v]) => [k, Float64Array.from({ length: n }, (_, i) => v[n - 1 - i] as number)])),
  );
  const a = columnarPrePost(survey, design);
  const b = columnarPrePost(reversed, design);
  const flat = (t: ColumnarPrePost): number[] => [
    ...t.scores.flatMap((s) => [s.n, s.mean, s.sd ?? 0]),
    ...t.reliability.flatMap((r) => [r.result.n, r.result.alpha, r.result.ci.lower, r.result.ci.upper]),
    ...t.paired.flatMap((p) => [
      p.n,
      p.test.t,
      p.test.pValue,
      ...Object.values(p.effects).flatMap((e) => [e.estimate, e.ci.lower, e.ci.upper]),
    ]),
    ...t.correlations.flatMap((m) => m.r.flat()),
  ];
  const fa = flat(a);
  const fb = flat(b);
  assert.equal(fa.length, fb.length);
  fa.forEach((v, i) => {
    close(fb[i] as number, v, `statistic ${i}`, 1e-10);
  });
});
