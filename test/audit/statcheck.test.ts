/**
 * statcheck-style p-value checks against the statcheck package's own tests
 * (MicheleNuijten/statcheck, tests/testthat/test-error.R, test-decisionerror.R,
 * test-statcheck.R, test-compute-pvalues.R). The texts are passed through our extraction, as
 * statcheck(txt) does; recomputed p-values are compared with R (test/reference/audit-reference.R).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { auditText, checkPValue, mentionsOneTailed, recomputeP, type PValueOptions } from "../../lib/audit/src/index.js";
import { assertRelClose, rBoolean, rNumber, rString } from "./reference.js";

function one(txt: string, options: PValueOptions = {}) {
  const a = auditText(txt, options);
  assert.equal(a.entries.length, 1, `expected exactly one result in "${txt}"`);
  const e = a.entries[0];
  assert.ok(e !== undefined);
  return e.check.details;
}

test("test-error.R: t(48) = 1.02, p < .05 is an error and a decision error", () => {
  const d = one("The effect was very significant (t(48) = 1.02, p < .05)");
  assert.equal(d.test, "t");
  assert.equal(d.error, true);
  assert.equal(d.decisionError, true);
});

test("test-decisionerror.R: simple decision errors in every test type", () => {
  const txts = [
    "t(28) = 2.20, p = .06",
    "t(28) = 1.20, p = .03",
    "F(2, 28) = 22.20, p = .06",
    "F(2, 28) = 2.20, p = .03",
    "r(28) = .22, p = .03",
    "r(28) = .52, p = .06",
    "chi2(28) = 2.20, p = .03",
    "chi2(28) = 52.20, p = .06",
    " z = 1.20, p = .03",
    " z = 2.20, p = .06",
  ];
  for (const t of txts) assert.equal(one(t).decisionError, true, t);
});

test("test-decisionerror.R: alpha levels", () => {
  assert.equal(one("t(28) = 2.20, p = .06", { alpha: 0.05 }).decisionError, true);
  assert.equal(one("t(28) = 1.20, p = .03", { alpha: 0.05 }).decisionError, true);
  assert.equal(one("t(28) = 2.20, p = .11", { alpha: 0.1 }).decisionError, true);
  assert.equal(one("t(28) = 1.20, p = .09", { alpha: 0.1 }).decisionError, true);
  assert.equal(one("t(28) = 5.20, p = .02", { alpha: 0.01 }).decisionError, true);
  assert.equal(one("t(28) = 1.20, p = .005", { alpha: 0.01 }).decisionError, true);
});

test("test-decisionerror.R: p = alpha significant or not (pEqualAlphaSig)", () => {
  assert.equal(one("t(28) = 2.20, p = .05").decisionError, false);
  assert.equal(one("t(28) = 2.20, p = .05", { pEqualAlphaSig: false }).decisionError, true);
  assert.equal(one("t(28) = 2.20, p = .10", { alpha: 0.1 }).decisionError, false);
  assert.equal(one("t(28) = 2.20, p = .10", { alpha: 0.1, pEqualAlphaSig: false }).decisionError, true);
});

// The t-values of test-decisionerror.R, pasted from R (qt(p/2, 28, lower.tail = FALSE)).
const T04 = rString("statcheck_t_grid", "t.04");
const T05 = rString("statcheck_t_grid", "t.05");
const T06 = rString("statcheck_t_grid", "t.06");
const T05P = rString("statcheck_t_grid", "t.05_plus");
const T05M = rString("statcheck_t_grid", "t.05_minus");

type Row = [t: string, p: string, sigTrue: boolean | null, sigFalse: boolean | null];

function grid(rel: "=" | "<" | ">", rows: readonly Row[]): void {
  for (const [t, p, withEqualSig, withoutEqualSig] of rows) {
    const txt = `t(28) = ${t}, p ${rel} ${p}`;
    if (withEqualSig !== null) assert.equal(one(txt).decisionError, withEqualSig, `${txt} (pEqualAlphaSig = TRUE)`);
    if (withoutEqualSig !== null)
      assert.equal(one(txt, { pEqualAlphaSig: false }).decisionError, withoutEqualSig, `${txt} (pEqualAlphaSig = FALSE)`);
  }
}

test("test-decisionerror.R: t = ..., p = ... grid", () => {
  grid("=", [
    [T04, ".04", false, false],
    [T05P, ".04", false, null],
    [T05M, ".04", null, true],
    [T06, ".04", true, true],
    [T04, ".05", false, true],
    [T05, ".05", false, false],
    [T06, ".05", true, false],
    [T04, ".06", true, true],
    [T05P, ".06", true, null],
    [T05M, ".06", null, false],
    [T06, ".06", false, false],
  ]);
});

test("test-decisionerror.R: t = ..., p < ... grid", () => {
  grid("<", [
    [T04, ".04", false, false],
    [T05P, ".04", false, null],
    [T05M, ".04", null, true],
    [T06, ".04", true, true],
    [T04, ".05", false, false],
    [T05P, ".05", false, null],
    [T05M, ".05", null, true],
    [T06, ".05", true, true],
    [T04, ".06", false, false],
    [T05P, ".06", false, null],
    [T05M, ".06", null, false],
    [T06, ".06", false, false],
  ]);
});

test("test-decisionerror.R: t = ..., p > ... grid", () => {
  grid(">", [
    [T04, ".04", false, false],
    [T05P, ".04", false, null],
    [T05M, ".04", null, false],
    [T06, ".04", false, false],
    [T04, ".05", true, true],
    [T05P, ".05", true, null],
    [T05M, ".05", null, false],
    [T06, ".05", false, false],
    [T04, ".06", true, true],
    [T05P, ".06", true, null],
    [T05M, ".06", null, false],
    [T06, ".06", false, false],
  ]);
});

test("test-statcheck.R: alpha adjusts significance", () => {
  for (const alpha of [0.01, 0.05, 0.1]) assert.equal(one("F(2,45) = 5.81, p = .03", { alpha }).error, true);
  assert.equal(one("F(2,45) = 5.81, p = .03", { alpha: 0.05 }).decisionError, false);
  assert.equal(one("F(2,45) = 5.81, p = .03", { alpha: 0.1 }).decisionError, false);
  assert.equal(one("F(2,45) = 5.81, p = .03", { alpha: 0.01 }).decisionError, true);
  assert.equal(one("F(2,45) = 4, p = .01", { alpha: 0.02 }).decisionError, true);
});

test("test-statcheck.R: handling p = alpha", () => {
  const a = one("F(2,45) = 4.10, p = .05", { pEqualAlphaSig: true });
  const b = one("F(2,45) = 4.10, p = .05", { pEqualAlphaSig: false });
  assert.equal(a.error, true);
  assert.equal(b.error, true);
  assert.equal(a.decisionError, false);
  assert.equal(b.decisionError, true);
});

test("test-statcheck.R: p-values cannot be zero (pZeroError)", () => {
  const a = one("F(2,45) = 4004.10, p = .000", { pZeroError: true });
  const b = one("F(2,45) = 4004.10, p = .000", { pZeroError: false });
  assert.equal(a.error, true);
  assert.equal(b.error, false);
  assert.equal(b.decisionError, false);
  assert.equal(a.pZero, true);
  assert.equal(a.pZeroAsLessThanConsistent, true);
});

test("test-statcheck.R: one-tailed tests (OneTailedTxt)", () => {
  const noClue = "... t(48) = 1.82, p < .05";
  assert.equal(mentionsOneTailed(noClue), false);
  for (const oneTailedTxt of [false, true]) {
    const d = one(noClue, { oneTailedTxt });
    assert.equal(d.error, true);
    assert.equal(d.decisionError, true);
  }
  const clue = "... t(48) = 1.82, p < .05, all tests were one-tailed.";
  assert.equal(mentionsOneTailed(clue), true);
  const off = one(clue, { oneTailedTxt: false });
  assert.equal(off.error, true);
  assert.equal(off.decisionError, true);
  const on = one(clue, { oneTailedTxt: true });
  assert.equal(on.error, false);
  assert.equal(on.decisionError, false);
  assert.equal(on.oneTailedApplied, true);
  assert.equal(on.tails, "one");
});

test("test-statcheck.R: one-tailed tests divide p-values by 2", () => {
  const two = checkPValue({ test: "t", df: 100, statistic: "1", p: "0.3", pRelation: "=" });
  const oneT = checkPValue({ test: "t", df: 100, statistic: "1", p: "0.3", pRelation: "=" }, { oneTailedTests: true });
  assert.ok(Math.abs(two.details.computedP / 2 - oneT.details.computedP) < 1e-5);
});

test("test-compute-pvalues.R: recomputed p-values equal R's", () => {
  assertRelClose(recomputeP("t", 2.2, { df: 28 }), rNumber("compute_p", "t_28_2.20"), 1e-12, "t");
  assertRelClose(recomputeP("F", 2.2, { df1: 2, df2: 28 }), rNumber("compute_p", "F_2_28_2.20"), 1e-12, "F");
  assertRelClose(recomputeP("r", 0.22, { df: 28 }), rNumber("compute_p", "r_28_.22"), 1e-12, "r");
  assertRelClose(recomputeP("z", 2.2, {}), rNumber("compute_p", "z_2.20"), 1e-12, "z");
  assertRelClose(recomputeP("chi2", 22.2, { df: 28 }), rNumber("compute_p", "chi2_28_22.20"), 1e-12, "chi2");
  // and through the text: the point value is the printed statistic
  assertRelClose(one("t(28) = 2.20, p = .03").computedP, rNumber("compute_p", "t_28_2.20"), 1e-12, "t via text");
});

test("impossible values are not testable", () => {
  assert.equal(checkPValue({ test: "r", df: 16, statistic: "26.05", p: ".10", pRelation: "=" }).verdict, "not-testable");
  assert.equal(checkPValue({ test: "t", df: 28, statistic: "2.20", p: "1.03", pRelation: "=" }).verdict, "not-testable");
});

test("issue 11: t(0) = 3, p = .04 is not testable (R: no p-value), and the text's other results are still checked", () => {
  // R's pt(-3, 0) is NaN, and statcheck 1.4 stops on this text altogether (audit-reference.R).
  assert.equal(rBoolean("zero_df", "t0_p_is_nan"), true);
  assert.equal(rBoolean("zero_df", "F_0_10_p_is_nan"), true);
  assert.notEqual(rString("zero_df", "statcheck_error"), "");
  const a = auditText(
    "First t(0) = 3, p = .04; then t(28) = 2.20, p = .03 and F(0, 10) = 2.1, p = .2; chi2(0) = 3, p = .04; r = .5, p = .04, N = 2.",
  );
  assert.deepEqual(
    a.entries.map((e) => [e.extracted.raw, e.check.verdict]),
    [
      ["t(0) = 3, p = .04", "not-testable"],
      ["t(28) = 2.20, p = .03", "inconsistent"],
      ["F(0, 10) = 2.1, p = .2", "not-testable"],
      ["chi2(0) = 3, p = .04", "not-testable"],
      ["r = .5, p = .04, N = 2", "not-testable"],
    ],
  );
  assert.match(
    a.entries[0]?.check.reason ?? "",
    /^t\(0\) = 3 has 0 degrees of freedom; degrees of freedom must be positive, so no p-value can be recomputed\.$/,
  );
  assert.match(a.entries[2]?.check.reason ?? "", /\(df1\)/);
  assert.ok(Number.isNaN(a.entries[0]?.check.details.computedP));
  assert.equal(checkPValue({ test: "t", df: -1, statistic: "3", p: ".04", pRelation: "=" }).verdict, "not-testable");
  // missing df is still the caller's mistake, and so is a wrong alpha
  assert.throws(() => checkPValue({ test: "t", statistic: "3", p: ".04", pRelation: "=" }), /df is missing/);
  assert.throws(() => auditText("t(28) = 2.20, p = .03", { alpha: 2 }), /alpha is 2/);
});
