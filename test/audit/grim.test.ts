/**
 * GRIM against the test vectors of the R package scrutiny (lhdjung/scrutiny,
 * tests/testthat/test-grim.R and tests/testthat/test-grim-values.R) and the documented examples
 * (R/grim.R roxygen: "A mean of 5.19 is not consistent with a sample size of 28 ... consistent
 * with a sample size of 32"), plus the hard cases of trailing zeros and exact half-way rounding.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkGrim, checkGrimPercent } from "../../lib/audit/src/index.js";

const consistent = (v: string): boolean => v === "consistent";

test("scrutiny test-grim.R vec1: 5.19 … 5.30 with n = 28", () => {
  const xs = ["5.19", "5.20", "5.21", "5.22", "5.23", "5.24", "5.25", "5.26", "5.27", "5.28", "5.29", "5.30"];
  const expected = [false, false, true, false, false, false, true, false, false, false, true, false];
  assert.deepEqual(
    xs.map((x) => consistent(checkGrim(x, 28).verdict)),
    expected,
  );
});

test("scrutiny test-grim.R vec2: 0.150 … 0.159 with n = 120, items = 3", () => {
  const xs = ["0.150", "0.151", "0.152", "0.153", "0.154", "0.155", "0.156", "0.157", "0.158", "0.159"];
  const expected = [true, false, false, true, false, false, true, false, true, false];
  assert.deepEqual(
    xs.map((x) => consistent(checkGrim(x, 120, { items: 3 }).verdict)),
    expected,
  );
});

test("scrutiny test-grim.R vec3: 0.80 … 0.89 with n = 28, items = 2", () => {
  const xs = ["0.80", "0.81", "0.82", "0.83", "0.84", "0.85", "0.86", "0.87", "0.88", "0.89"];
  const expected = [true, false, true, false, true, false, true, true, true, true];
  assert.deepEqual(
    xs.map((x) => consistent(checkGrim(x, 28, { items: 2 }).verdict)),
    expected,
  );
});

test("scrutiny test-grim.R vec4 and vec5: percentages", () => {
  const v4 = ["519", "520", "521", "522", "523", "524", "525", "526", "527", "528", "529", "530"];
  assert.deepEqual(
    v4.map((x) => consistent(checkGrimPercent(x, 28).verdict)),
    [false, false, true, false, false, false, true, false, false, false, true, false],
  );
  const v5 = ["6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16"];
  assert.deepEqual(
    v5.map((x) => consistent(checkGrimPercent(x, 50).verdict)),
    [true, false, true, false, true, false, true, false, true, false, true],
  );
});

test("scrutiny R/grim.R examples: 5.19 is impossible with n = 28 and possible with n = 32", () => {
  assert.equal(checkGrim("5.19", 28).verdict, "inconsistent");
  assert.equal(checkGrim("5.19", 32).verdict, "consistent");
});

test("scrutiny test-grim-values.R: achievable means and the nearest one", () => {
  // grim_values(5.19, 32) is 5.1875 only
  assert.deepEqual(checkGrim("5.19", 32).details.possibleValues, [5.1875]);
  // grim_values(5.19, 300) is c(1556, 1557, 1558) / 300
  const g300 = checkGrim("5.19", 300).details;
  assert.deepEqual(g300.sums, { lower: 1556, upper: 1558 });
  assert.deepEqual(g300.possibleValues, [1556 / 300, 1557 / 300, 1558 / 300]);
  // grim_values(5.19, 28) is empty; grim_closest(5.19, 28) is 145/28, reported as 5.18
  const g28 = checkGrim("5.19", 28).details;
  assert.deepEqual(g28.possibleValues, []);
  const closest = g28.nearest.reduce((a, b) => (Math.abs(a.value - 5.19) <= Math.abs(b.value - 5.19) ? a : b));
  assert.equal(closest.sum, 145);
  assert.equal(closest.value, 145 / 28);
  assert.equal(closest.rounded, "5.18");
  // "40% of 5 is 2 people, so this is consistent"
  assert.equal(checkGrimPercent("40", 5).verdict, "consistent");
  // "`items` multiplies into the sample size": 2.84 with 16 × 2 items equals 2.84 with 32
  assert.deepEqual(checkGrim("2.84", 16, { items: 2 }).details.sums, checkGrim("2.84", 32).details.sums);
});

test("trailing zeros: '5.20' vs '5.2', '5.10' vs '5.1', '3.10' vs '3.1' are different claims", () => {
  // "5.20" claims [5.195, 5.205]: 145/28 = 5.1786 and 146/28 = 5.2143 both miss it (scrutiny vec1).
  assert.equal(checkGrim("5.20", 28).verdict, "inconsistent");
  // "5.2" claims only one decimal: with 28 respondents (steps of 1/28 < 0.1) every such mean exists.
  assert.equal(checkGrim("5.2", 28).verdict, "not-testable");
  // n = 8, means in steps of 1/8: "5.1" ([5.05, 5.15]) contains 41/8 = 5.125; "5.10" ([5.095, 5.105]) does not.
  const one = checkGrim("5.1", 8);
  assert.equal(one.verdict, "consistent");
  assert.deepEqual(one.details.possibleValues, [5.125]);
  assert.equal(checkGrim("5.10", 8).verdict, "inconsistent");
  // n = 7: "3.1" ([3.05, 3.15]) contains 22/7 = 3.1429; "3.10" ([3.095, 3.105]) contains no k/7.
  assert.equal(checkGrim("3.1", 7).verdict, "consistent");
  assert.equal(checkGrim("3.10", 7).verdict, "inconsistent");
});

test("half-way rounding: a mean of exactly 5.125 (41/8) at two decimals", () => {
  // n = 8: the only attainable mean near 5.13 is 41/8 = 5.125, exactly half-way.
  assert.equal(checkGrim("5.13", 8, { rounding: "half-up" }).verdict, "consistent"); // 5.125 → 5.13
  assert.equal(checkGrim("5.13", 8, { rounding: "half-down" }).verdict, "inconsistent"); // 5.125 → 5.12
  assert.equal(checkGrim("5.13", 8, { rounding: "up-or-down" }).verdict, "consistent");
  assert.equal(checkGrim("5.12", 8, { rounding: "half-even" }).verdict, "consistent"); // tie to even 2
  assert.equal(checkGrim("5.13", 8, { rounding: "half-even" }).verdict, "inconsistent");
  assert.equal(checkGrim("5.12", 8, { rounding: "truncate" }).verdict, "consistent"); // 5.125 cut to 5.12
  assert.equal(checkGrim("5.13", 8, { rounding: "truncate" }).verdict, "inconsistent");
});

test("decimal comma and not-testable sample sizes", () => {
  assert.equal(checkGrim("5,19", 28).verdict, "inconsistent");
  assert.equal(checkGrim("5,19", 28).details.nearest[0]?.rounded, "5,18");
  // 51 respondents, one decimal: steps of 1/51 ≈ 0.0196 < 0.1, every mean is possible
  const r = checkGrim("4,3", 51);
  assert.equal(r.verdict, "not-testable");
  assert.equal(r.details.testable, false);
});

test("the result has the same shape every time", () => {
  const a = Object.keys(checkGrim("5.19", 28).details).sort();
  const b = Object.keys(checkGrim("5.19", 32).details).sort();
  const c = Object.keys(checkGrim("4,3", 51).details).sort();
  assert.deepEqual(a, b);
  assert.deepEqual(a, c);
  assert.deepEqual(Object.keys(checkGrim("5.19", 28)).sort(), ["check", "details", "reason", "verdict"]);
});
