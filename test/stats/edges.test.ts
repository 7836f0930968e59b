/**
 * Numerics at the edges (issue 11, finding 7), against R on data far from zero, near the limits
 * of the double range, with differences constant up to rounding, and at the extreme tails of the
 * quantile functions. Expected values come from test/reference/stats-reference.R (datasets of its
 * section 1.7, the "tail-" distribution cases and the "essentially-constant" error case); where R's
 * own result overflows (cor near 1e200, sd near 1e308), the R script computes the reference on the
 * same data rescaled by a power of two, which is exact. Tolerances as in reference.test.ts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as lib from "@behoud/stats";
import { StatsError } from "@behoud/stats";
import { casesOf, close, column, errorCasesOf, num, str, TOL, type ReferenceCase } from "../helpers/reference.js";

function caseById(fn: string, id: string): ReferenceCase {
  const c = casesOf(fn, 1).find((k) => k.id === `${fn}/${id}`);
  assert.ok(c !== undefined, `no reference case ${fn}/${id}`);
  return c;
}

function expectValue(actual: number | null | undefined, c: ReferenceCase, key: string, tol: number): void {
  const e = c.expected[key];
  assert.ok(e !== undefined && e !== null, `${c.id}: no expected ${key}`);
  assert.ok(actual !== null && actual !== undefined, `${c.id}: ${key} is ${String(actual)}`);
  close(actual, num(e, key), tol, `${c.id} ${key}`, 1e-13);
}

test("mean and descriptives of values near 1e308 agree with R (the sum must not overflow)", () => {
  const two = caseById("descriptives", "overflow_1e308-x");
  assert.deepEqual(column(two.input.x), [1e308, 1e308]);
  expectValue(lib.mean(column(two.input.x)), two, "mean", TOL.closedForm);
  for (const id of ["overflow_1e308-x", "overflow_near_max-x"]) {
    const c = caseById("descriptives", id);
    const x = column(c.input.x);
    const d = lib.descriptives(x);
    for (const key of ["mean", "median", "q1", "q3", "min", "max"] as const) expectValue(d[key], c, key, TOL.closedForm);
    expectValue(lib.mean(x), c, "mean", TOL.closedForm);
    // sd: R's sd on the data rescaled by 2^-1000 (R's own sd is Inf where the variance overflows).
    expectValue(d.sd, c, "sd", TOL.closedForm);
    expectValue(lib.sampleSd(x), c, "sd", TOL.closedForm);
    // variance: R's var, +Inf when it exceeds the largest double.
    assert.equal(d.variance, num(c.expected.variance), `${id} variance`);
  }
});

test("pearson on values near 1e200 and 1e-200 agrees with R's cor.test on the exactly rescaled values", () => {
  for (const id of ["huge_1e200-two-sided", "huge_1e200-greater", "tiny_1e-200-two-sided", "tiny_1e-200-greater"]) {
    const c = caseById("pearson", id);
    const r = lib.pearson(column(c.input.x), column(c.input.y), { alternative: str(c.input.alternative) as lib.Alternative });
    expectValue(r.r, c, "r", TOL.closedForm);
    expectValue(r.t, c, "t", TOL.closedForm);
    expectValue(r.pValue, c, "pValue", TOL.pValue);
    expectValue(r.ci?.lower, c, "ciLower", TOL.distribution);
    expectValue(r.ci?.upper, c, "ciUpper", TOL.distribution);
  }
});

test("pairedTTest refuses differences equal up to rounding, as R's t.test ('data are essentially constant'); so do the effect sizes", () => {
  const e = errorCasesOf("pairedTTest").find((k) => k.id === "pairedTTest/essentially-constant-differences");
  assert.ok(e !== undefined, "reference error case");
  assert.match(e.r_behaviour, /essentially constant/);
  const x = column(e.input.x);
  const y = column(e.input.y);
  const refuses = (fn: string, run: () => unknown): void =>
    assert.throws(
      run,
      (err: unknown) =>
        err instanceof StatsError && err.code === "ZERO_VARIANCE" && /essentially constant/.test(err.message) && err.fn === fn,
      fn,
    );
  refuses("pairedTTest", () => lib.pairedTTest(x, y));
  refuses("pairedTTest", () => lib.pairedTTest(x, y, { alternative: "greater" }));
  // The effect sizes and their intervals rest on the same t statistic (R's hand formula mean(d)/sd(d)
  // and effectsize::cohens_d give 2.76e14, a ratio of rounding errors).
  for (const [name, fn] of Object.entries({
    cohensDz: lib.cohensDz,
    cohensDav: lib.cohensDav,
    cohensDrm: lib.cohensDrm,
    hedgesGz: lib.hedgesGz,
    hedgesGav: lib.hedgesGav,
    hedgesGrm: lib.hedgesGrm,
  })) {
    refuses(name, () => fn(x, y));
  }
  // Differences that really vary, however little, are still tested.
  assert.ok(Number.isFinite(lib.pairedTTest([1.1, 2.2, 3.3, 4.4], [1.0, 2.1, 3.2, 4.2999]).t));
});

test("cohensDrm and hedgesGrm when r computes as 1.0000000000000002: r clamped to 1 as R's cor, d_rm = 0", () => {
  for (const fn of ["cohensDrm", "hedgesGrm"] as const) {
    const c = caseById(fn, "exact_linear-level95");
    const r = lib[fn](column(c.input.x), column(c.input.y), { level: num(c.input.level) });
    assert.equal(r.correlation, 1, `${fn} r`);
    for (const [key, v] of [
      ["estimate", r.estimate],
      ["ciLower", r.ci.lower],
      ["ciUpper", r.ci.upper],
    ] as const) {
      assert.ok(!Number.isNaN(v), `${fn} ${key} is NaN`);
      close(v, num(c.expected[key]), TOL.closedForm, `${c.id} ${key}`, 1e-13);
    }
  }
  // The other variants on the same data agree with R as well.
  for (const fn of ["cohensDz", "cohensDav", "hedgesGz", "hedgesGav"] as const) {
    const c = caseById(fn, "exact_linear-level95");
    const r = lib[fn](column(c.input.x), column(c.input.y));
    expectValue(r.estimate, c, "estimate", TOL.closedForm);
    expectValue(r.ci.lower, c, "ciLower", TOL.distribution);
  }
  assert.equal(lib.pearson([3, 5, 7, 9], [1, 2, 3, 4]).r, 1);
});

test("fQuantile, tQuantile and normalQuantile at the extreme tails (1e-300 … 1 − 1e-15) agree with R's qf, qt, qnorm", () => {
  const run: Record<string, (c: ReferenceCase) => number> = {
    fQuantile: (c) => lib.fQuantile(num(c.input.p), num(c.input.df1), num(c.input.df2)),
    tQuantile: (c) => lib.tQuantile(num(c.input.p), num(c.input.df)),
    normalQuantile: (c) => lib.normalQuantile(num(c.input.p)),
  };
  for (const [fn, f] of Object.entries(run)) {
    const tails = casesOf(fn).filter((c) => c.id.startsWith(`${fn}/tail-`));
    assert.ok(tails.length >= 4, `${fn}: ${tails.length} tail cases`);
    for (const c of tails) {
      const q = f(c);
      assert.ok(Number.isFinite(q), `${c.id}: ${q}`);
      close(q, num(c.expected.q), TOL.distribution, `${c.id}`);
    }
  }
  // The finding's example: R gives 4.05e19 (the upper tail inverted), not Infinity.
  const f11 = caseById("fQuantile", "tail-p0.99999999989999999-df1-1");
  close(lib.fQuantile(1 - 1e-10, 1, 1), num(f11.expected.q), TOL.distribution, "qf(1 - 1e-10, 1, 1)");
});

test("paired statistics of data offset by 1e8 and 1e9 agree with R (t-test, effect sizes, r, descriptives)", () => {
  for (const id of ["offset_1e8-two-sided", "offset_1e9-greater"]) {
    const c = caseById("pairedTTest", id);
    const r = lib.pairedTTest(column(c.input.x), column(c.input.y), { alternative: str(c.input.alternative) as lib.Alternative });
    for (const key of ["t", "meanDifference", "sdDifference", "standardError"] as const) expectValue(r[key], c, key, TOL.closedForm);
    expectValue(r.pValue, c, "pValue", TOL.pValue);
    expectValue(r.ci.lower, c, "ciLower", TOL.distribution);
  }
  for (const fn of ["cohensDz", "cohensDav", "cohensDrm", "hedgesGz", "hedgesGav", "hedgesGrm"] as const) {
    for (const id of ["offset_1e8-level95", "offset_1e9-level95"]) {
      const c = caseById(fn, id);
      const r = lib[fn](column(c.input.x), column(c.input.y));
      expectValue(r.estimate, c, "estimate", TOL.closedForm);
      expectValue(r.ci.lower, c, "ciLower", TOL.distribution);
      expectValue(r.ci.upper, c, "ciUpper", TOL.distribution);
    }
  }
  for (const id of ["offset_1e8-two-sided", "offset_1e9-less"]) {
    const c = caseById("pearson", id);
    const r = lib.pearson(column(c.input.x), column(c.input.y), { alternative: str(c.input.alternative) as lib.Alternative });
    expectValue(r.r, c, "r", TOL.closedForm);
    expectValue(r.pValue, c, "pValue", TOL.pValue);
  }
  for (const id of ["offset_1e8-x", "offset_1e9-y"]) {
    const c = caseById("descriptives", id);
    const d = lib.descriptives(column(c.input.x));
    expectValue(d.mean, c, "mean", TOL.closedForm);
    expectValue(d.sd, c, "sd", TOL.closedForm);
  }
});
