/**
 * Bounded scales: the SD range of whole-number answers. Vectors: rsprite2's sd_bounds_measure(),
 * as quoted in scrutiny's tests/testthat/test-grimmer.R ("sd_bounds_measure works":
 * n = 5, x = 4.2, 1–7 gives c(.45, 3.03); with items = 2 c(.27, 3.03); n = 100, x = 1 gives
 * c(0, 0)), and scrutiny's scale tests (ten 1s and ten 5s have SD 2.05).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkClosure, checkGrimmer, checkScaleBounds } from "../../lib/audit/src/index.js";
import { assertClose, rNumber } from "./reference.js";

const two = (x: number): string => x.toFixed(2);

test("rsprite2 sd_bounds_measure(n = 5, x = 4.2, 1–7) = (.45, 3.03)", () => {
  const r = checkScaleBounds("4.2", "1.00", 5, { scaleMin: 1, scaleMax: 7 });
  assert.ok(r.details.sdRange !== null);
  assert.equal(two(r.details.sdRange.min), "0.45");
  assert.equal(two(r.details.sdRange.max), "3.03");
});

test("rsprite2 sd_bounds_measure(..., items = 2) = (.27, 3.03)", () => {
  const r = checkScaleBounds("4.2", "1.00", 5, { scaleMin: 1, scaleMax: 7, items: 2 });
  assert.ok(r.details.sdRange !== null);
  assert.equal(two(r.details.sdRange.min), "0.27");
  assert.equal(two(r.details.sdRange.max), "3.03");
});

test("rsprite2 sd_bounds_measure(n = 100, x = 1, 1–7) = (0, 0): a mean at the bottom forces SD 0", () => {
  const r = checkScaleBounds("1.00", "0.00", 100, { scaleMin: 1, scaleMax: 7 });
  assert.deepEqual(r.details.sdRange, { min: 0, max: 0 });
  assert.equal(r.verdict, "consistent");
  assert.equal(checkScaleBounds("1.00", "0.10", 100, { scaleMin: 1, scaleMax: 7 }).verdict, "inconsistent");
});

test("scrutiny: ten 1s and ten 5s (SD 2.05) are as spread out as 1–5 gets at mean 3", () => {
  const r = checkScaleBounds("3.00", "2.08", 20, { scaleMin: 1, scaleMax: 5 });
  assert.equal(r.verdict, "inconsistent");
  assert.equal(two(r.details.sdRange?.max ?? 0), "2.05");
  // the continuous bound √((3 − 1)(5 − 3)·20/19) is the same here
  assert.equal(two(r.details.sdMaxContinuous), "2.05");
  assert.equal(checkScaleBounds("3.00", "2.05", 20, { scaleMin: 1, scaleMax: 5 }).verdict, "consistent");
  assert.equal(checkScaleBounds("7.22", "1.10", 30, { scaleMin: 1, scaleMax: 5 }).verdict, "inconsistent");
});

test("unlike GRIMMER, the scale check applies the SD floor: ten answers adding up to 13 have SD ≥ 0.48", () => {
  // scrutiny test-grimmer.R: "Ten whole numbers adding up to 13 have an SD of at least 0.48"
  const r = checkScaleBounds("1.30", "0.11", 10, { scaleMin: 1, scaleMax: 5 });
  assert.equal(r.verdict, "inconsistent");
  assert.equal(two(r.details.sdRange?.min ?? 0), "0.48");
});

test("issue 11: mean 2.81, n = 21, 1–7, SD 0.88 is within the scale bounds; the failure is GRIMMER's, and each says so under its own name", () => {
  // R enumerates all 2500 sets of 21 answers on 1–7 with total 59 (mean 2.8095 → 2.81): their
  // SDs run from 0.402 to 2.750, and none lies in [0.875, 0.885] (audit-reference.R).
  const scale = checkScaleBounds("2.81", "0.88", 21, { scaleMin: 1, scaleMax: 7 });
  assert.ok(scale.details.sdRange !== null);
  assertClose(scale.details.sdRange.min, rNumber("scale_vs_grimmer", "sd_min"), 1e-12, "smallest SD");
  assertClose(scale.details.sdRange.max, rNumber("scale_vs_grimmer", "sd_max"), 1e-12, "largest SD");
  assert.equal(scale.verdict, "consistent");
  assert.equal(
    scale.reason,
    "On a scale from 1 to 7, 21 respondents with a mean of 2.81 can have an SD from 0.402 to 2.75, which includes the reported 0.88.",
  );
  // what does fail: no whole-number sum of squares lies in [181.07, 181.43] (GRIMMER test 1)
  assert.equal(rNumber("scale_vs_grimmer", "n_sets_sd_0.88"), 0);
  const grimmer = checkGrimmer("2.81", "0.88", 21, { scaleMin: 1, scaleMax: 7 });
  assert.equal(grimmer.verdict, "inconsistent");
  assert.equal(grimmer.details.failedTest, "sum-of-squares");
  const q = grimmer.details.candidates[0]?.sumOfSquares;
  assert.ok(q !== undefined && q.lower > rNumber("scale_vs_grimmer", "q_lower") && q.upper < rNumber("scale_vs_grimmer", "q_upper"));
  assert.match(grimmer.reason, /sum of squares it needs falls between two whole numbers/);
  assert.equal(checkClosure("2.81", "0.88", 21, { scaleMin: 1, scaleMax: 7 }).details.count, 0);
  // a real scale-bound failure still names the bound it breaks
  assert.match(
    checkScaleBounds("3.00", "2.08", 20, { scaleMin: 1, scaleMax: 5 }).reason,
    /can have an SD of at most 2\.052, less than the reported 2\.08\.$/,
  );
  assert.match(
    checkScaleBounds("1.30", "0.11", 10, { scaleMin: 1, scaleMax: 5 }).reason,
    /must have an SD of at least 0\.483, more than the reported 0\.11\.$/,
  );
});

test("issue 11: n = 1e9 is too large to enumerate: bounded work, decided by the continuous bound or not testable", () => {
  const t0 = performance.now();
  const ok = checkScaleBounds("3.47", "1.12", 1_000_000_000, { scaleMin: 1, scaleMax: 5 });
  assert.equal(ok.verdict, "not-testable");
  assert.equal(ok.details.complete, false);
  assert.equal(ok.details.candidateSums, 10_000_001);
  assert.match(ok.reason, /^Too large to enumerate: 10000001 whole-number totals .* more than the 100000 this check examines \(maxSums\)/);
  // √(2·2·n/(n − 1)) at the scale's midpoint-nearest mean 3.465: every SD ≥ 2.995 is impossible
  const bad = checkScaleBounds("3.47", "3.00", 1_000_000_000, { scaleMin: 1, scaleMax: 5 });
  assert.equal(bad.verdict, "inconsistent");
  assert.match(bad.reason, /can have an SD above 1\.945, less than the reported 3\.00\.$/);
  assert.ok(performance.now() - t0 < 1000);
  // maxSums can be raised or lowered
  assert.equal(checkScaleBounds("3.47", "1.12", 1000, { scaleMin: 1, scaleMax: 5, maxSums: 5 }).verdict, "not-testable");
  assert.equal(checkScaleBounds("3.47", "1.12", 1000, { scaleMin: 1, scaleMax: 5, maxSums: 11 }).verdict, "consistent");
});
