/**
 * Invalid input to the columnar functions gives a typed StatsError with a code and a message that
 * says what was wrong and what was expected: empty input, mismatched lengths, ±Infinity, zero
 * variance, too few rows, unknown columns, bad options.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { StatsError, type StatsErrorCode } from "../../../lib/stats/src/errors.js";
import {
  columnarAlpha,
  columnarCorrelations,
  columnarPaired,
  columnarScores,
  columnarPrePost,
  columnFromValues,
  surveyColumns,
  syntheticSurvey,
  type ScaleConstruct,
} from "../../../lib/stats/src/columnar/index.js";

function throwsCode(run: () => unknown, code: StatsErrorCode, label: string, mentions?: RegExp): void {
  assert.throws(
    run,
    (e: unknown) => {
      assert.ok(e instanceof StatsError, `${label}: expected a StatsError, got ${String(e)}`);
      assert.equal(e.code, code, `${label}: expected code ${code}, got ${e.code} (${e.message})`);
      assert.match(e.message, /expected|undefined/, `${label}: message should say what was expected: ${e.message}`);
      if (mentions !== undefined) assert.match(e.message, mentions, `${label}: ${e.message}`);
      return true;
    },
    label,
  );
}

const f = (values: readonly number[]): Float64Array => Float64Array.from(values);
const cluster: ScaleConstruct = { name: "c", items: { pre: ["a1", "a2"], post: ["b1", "b2"] }, minItems: 2 };

test("surveyColumns: empty, wrong type, mismatched lengths", () => {
  throwsCode(() => surveyColumns({}), "EMPTY_INPUT", "no columns");
  throwsCode(() => surveyColumns(new Map()), "EMPTY_INPUT", "empty map");
  throwsCode(() => surveyColumns({ a: [1, 2] as unknown as Float64Array }), "INVALID_ARGUMENT", "plain array", /"a"/);
  throwsCode(() => surveyColumns({ a: new Float32Array(2) as unknown as Float64Array }), "INVALID_ARGUMENT", "Float32Array");
  throwsCode(() => surveyColumns({ a: f([1, 2]), b: f([1, 2, 3]) }), "LENGTH_MISMATCH", "lengths", /"b" has length 3/);
});

test("columnFromValues rejects NaN and Infinity (null is the missing value there)", () => {
  throwsCode(() => columnFromValues([1, Number.NaN]), "NON_FINITE", "NaN", /values\[1\]/);
  throwsCode(() => columnFromValues([Infinity]), "NON_FINITE", "Infinity");
  assert.deepEqual(
    [...columnFromValues([1, null])].map((v) => (Number.isNaN(v) ? "NaN" : v)),
    [1, "NaN"],
  );
});

test("empty input: no rows, or no respondent with a score", () => {
  const empty = surveyColumns({ a1: f([]), a2: f([]), b1: f([]), b2: f([]) });
  throwsCode(() => columnarScores(empty, cluster, "pre"), "EMPTY_INPUT", "no rows");
  throwsCode(() => columnarPrePost(empty, [cluster]), "EMPTY_INPUT", "pipeline, no rows");
  throwsCode(() => columnarAlpha(empty, cluster, "pre"), "EMPTY_INPUT", "alpha, no rows");
  const allMissing = surveyColumns({ a1: f([NaN, NaN, 1]), a2: f([NaN, 2, NaN]), b1: f([1, 2, 3]), b2: f([2, 3, 4]) });
  throwsCode(() => columnarScores(allMissing, cluster, "pre"), "EMPTY_INPUT", "no scores", /"c" \(pre\)/);
  throwsCode(() => columnarAlpha(allMissing, cluster, "pre"), "EMPTY_INPUT", "no complete row");
  throwsCode(() => columnarPaired(allMissing, cluster), "EMPTY_INPUT", "no pairs");
});

test("±Infinity is an error naming column and row; NaN is a missing answer", () => {
  const s = surveyColumns({ a1: f([1, 2, Infinity]), a2: f([1, 2, 3]), b1: f([1, 2, 3]), b2: f([1, 2, 3]) });
  throwsCode(() => columnarScores(s, cluster, "pre"), "NON_FINITE", "Infinity", /"a1" row 2/);
  throwsCode(() => columnarPrePost(s, [cluster]), "NON_FINITE", "pipeline");
  throwsCode(
    () => columnarCorrelations(surveyColumns({ x: f([1, -Infinity, 3]), y: f([1, 2, 3]) })),
    "NON_FINITE",
    "correlations",
    /"x" row 1/,
  );
});

test("too few: items, complete rows, pairs, columns", () => {
  const one: ScaleConstruct = { name: "single", items: { post: ["b1"] }, minItems: 1 };
  const s = surveyColumns({ a1: f([1, 2, 3, 4]), a2: f([2, 2, 4, 5]), b1: f([1, 3, 3, 5]), b2: f([2, 3, NaN, NaN]) });
  throwsCode(() => columnarAlpha(s, one, "post"), "TOO_FEW", "one item");
  const oneComplete = surveyColumns({ a1: f([1, NaN, 3]), a2: f([2, 2, NaN]), b1: f([1, 2, 3]), b2: f([2, 3, 5]) });
  throwsCode(() => columnarAlpha(oneComplete, cluster, "pre"), "TOO_FEW", "one complete row");
  throwsCode(() => columnarPaired(s, cluster), "TOO_FEW", "two pairs (Hedges' J needs three)", /2 complete pairs/);
  throwsCode(() => columnarCorrelations(surveyColumns({ x: f([1, 2, 3]) })), "TOO_FEW", "one column");
  throwsCode(() => columnarCorrelations(surveyColumns({ x: f([1, 2, NaN, 4]), y: f([1, NaN, 3, 5]) })), "TOO_FEW", "two complete pairs");
  throwsCode(() => columnarCorrelations(surveyColumns({ x: f([1, NaN]), y: f([NaN, 1]) })), "EMPTY_INPUT", "no complete pair");
});

test("zero variance: constant sum score, constant differences, constant pre score, constant column", () => {
  const constantItems = surveyColumns({ a1: f([3, 3, 3, 3]), a2: f([4, 4, 4, 4]), b1: f([1, 2, 3, 4]), b2: f([2, 2, 4, 5]) });
  throwsCode(() => columnarAlpha(constantItems, cluster, "pre"), "ZERO_VARIANCE", "alpha");
  throwsCode(() => columnarPrePost(constantItems, [cluster]), "ZERO_VARIANCE", "pipeline", /c \(pre\)/);
  // post − pre equal to 1 for everyone.
  const shifted = surveyColumns({ a1: f([1, 2, 3, 4]), a2: f([2, 3, 4, 5]), b1: f([2, 3, 4, 5]), b2: f([3, 4, 5, 6]) });
  throwsCode(() => columnarPaired(shifted, cluster), "ZERO_VARIANCE", "constant differences", /differences/);
  // Differences vary but the pre score is constant: r (and d_rm) undefined.
  const flatPre = surveyColumns({ a1: f([3, 3, 3, 3]), a2: f([3, 3, 3, 3]), b1: f([1, 2, 3, 5]), b2: f([2, 2, 4, 5]) });
  throwsCode(() => columnarPaired(flatPre, cluster), "ZERO_VARIANCE", "constant pre", /pre score/);
  throwsCode(
    () => columnarCorrelations(surveyColumns({ x: f([2, 2, 2, 2]), y: f([1, 2, 3, 4]) })),
    "ZERO_VARIANCE",
    "constant column",
    /x is constant/,
  );
});

test("unknown columns, constructs without items, bad minItems, bad level", () => {
  const s = surveyColumns({ a1: f([1, 2, 3, 4]), a2: f([2, 2, 4, 5]), b1: f([1, 3, 3, 5]), b2: f([2, 3, 3, 5]) });
  throwsCode(
    () => columnarScores(s, { name: "x", items: { pre: ["a1", "zz"] }, minItems: 1 }, "pre"),
    "INVALID_ARGUMENT",
    "unknown column",
    /"zz"/,
  );
  throwsCode(() => columnarScores(s, cluster, "once"), "INVALID_ARGUMENT", "no items at once", /"once"/);
  throwsCode(() => columnarScores(s, { ...cluster, minItems: 3 }, "pre"), "INVALID_ARGUMENT", "minItems > k");
  throwsCode(() => columnarScores(s, { ...cluster, minItems: 0 }, "pre"), "INVALID_ARGUMENT", "minItems 0");
  throwsCode(() => columnarScores(s, { ...cluster, minItems: 1.5 }, "pre"), "INVALID_ARGUMENT", "minItems 1.5");
  throwsCode(() => columnarPrePost(s, [cluster], { level: 1 }), "OUT_OF_RANGE", "level 1");
  throwsCode(() => columnarAlpha(s, cluster, "pre", { level: 0 }), "OUT_OF_RANGE", "level 0");
  throwsCode(() => columnarPaired(s, cluster, { level: Number.NaN }), "OUT_OF_RANGE", "level NaN");
});

test("syntheticSurvey: invalid size, seed, missing rate, scale", () => {
  throwsCode(() => syntheticSurvey([cluster], { n: 0, seed: 1 }), "OUT_OF_RANGE", "n = 0");
  throwsCode(() => syntheticSurvey([cluster], { n: 2.5, seed: 1 }), "OUT_OF_RANGE", "n = 2.5");
  throwsCode(() => syntheticSurvey([cluster], { n: 10, seed: 0 }), "OUT_OF_RANGE", "seed 0");
  throwsCode(() => syntheticSurvey([cluster], { n: 10, seed: 1, missingRate: 1.5 }), "OUT_OF_RANGE", "missing rate");
  throwsCode(() => syntheticSurvey([cluster], { n: 10, seed: 1, scaleMin: 5, scaleMax: 1 }), "OUT_OF_RANGE", "scale");
  throwsCode(() => syntheticSurvey([{ name: "none", items: {}, minItems: 1 }], { n: 10, seed: 1 }), "EMPTY_INPUT", "no items");
});

test("columnarPaired: differences equal up to rounding are refused as by pairedTTest (R: data are essentially constant); r rounding above 1 is clamped", () => {
  const single: ScaleConstruct = { name: "s", items: { pre: ["p"], post: ["q"] }, minItems: 1 };
  const near = surveyColumns({ q: f([1.1, 2.2, 3.3, 4.4]), p: f([1.0, 2.1, 3.2, 4.3]) });
  throwsCode(
    () => columnarPaired(near, single),
    "ZERO_VARIANCE",
    "essentially constant differences",
    /essentially constant|SD of the differences 0/,
  );
  // x = 2y + 1 exactly: r is 1 (a plain computation gives 1.0000000000000002), d_rm = 0 as in R.
  const linear = surveyColumns({ q: f([3, 5, 7, 9]), p: f([1, 2, 3, 4]) });
  const res = columnarPaired(linear, single);
  assert.equal(res.correlation, 1);
  assert.equal(res.effects.d_rm.estimate, 0);
  assert.equal(res.effects.g_rm.ci.upper, 0);
});
