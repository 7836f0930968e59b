/**
 * Bounded scales: the SD range of whole-number answers. Vectors: rsprite2's sd_bounds_measure(),
 * as quoted in scrutiny's tests/testthat/test-grimmer.R ("sd_bounds_measure works":
 * n = 5, x = 4.2, 1–7 gives c(.45, 3.03); with items = 2 c(.27, 3.03); n = 100, x = 1 gives
 * c(0, 0)), and scrutiny's scale tests (ten 1s and ten 5s have SD 2.05).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkScaleBounds } from "../../lib/src/audit/index.js";

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
