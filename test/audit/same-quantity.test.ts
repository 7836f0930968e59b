/**
 * The same quantity printed twice. The article reports the respondents' intention to keep
 * working in education as 4,3 (Resultaten, first paragraph) and as 4,05 ("score 4,05", below
 * Table 2). Hand-computed intervals: 4,3 stands for [4.25, 4.35], 4,05 for [4.045, 4.055].
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkSameQuantity } from "../../lib/audit/src/index.js";

test("article: 4,3 and 4,05 cannot be one number", () => {
  const r = checkSameQuantity("4,3", "4,05");
  assert.equal(r.verdict, "inconsistent");
  assert.deepEqual(r.details.first.interval, { lower: 4.25, upper: 4.35, lowerInclusive: true, upperInclusive: true });
  assert.deepEqual(r.details.second.interval, { lower: 4.045, upper: 4.055, lowerInclusive: true, upperInclusive: true });
  assert.equal(r.details.overlap, null);
  assert.ok(Math.abs(r.details.gap - 0.195) < 1e-12);
});

test("compatible reports and touching bounds", () => {
  assert.equal(checkSameQuantity("4,1", "4,05").verdict, "consistent"); // 4.05 itself rounds half up to 4.1
  assert.equal(checkSameQuantity("4,1", "4,05", { rounding: "half-up" }).verdict, "consistent");
  // 4.0 and 4.1 touch at 4.05: a true 4.05 is printed as either only if ties may go both ways
  assert.equal(checkSameQuantity("4,0", "4,1").verdict, "consistent");
  assert.equal(checkSameQuantity("4,0", "4,1", { rounding: "half-down" }).verdict, "inconsistent"); // 4.05 → 4.0 only
  assert.equal(checkSameQuantity("4,0", "4,1", { rounding: "half-up" }).verdict, "inconsistent"); // 4.05 → 4.1 only
  assert.equal(checkSameQuantity("4.3", "4.30").verdict, "consistent");
  assert.equal(checkSameQuantity("3.10", "3.1").verdict, "consistent");
});
