/**
 * GRIMMER against the R package scrutiny (lhdjung/scrutiny): the roxygen examples of
 * R/grimmer.R, the vectors of tests/testthat/test-grimmer.R (including issues #85 and #86 and
 * the scale-bound tests), and the example inputs documented at the top of R/grimmer.R.
 * scrutiny's "up" rounding is our "half-up" for the positive values used here.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkGrim, checkGrimmer } from "../../lib/audit/src/index.js";

const ok = (mean: string, sd: string, n: number, opts: Parameters<typeof checkGrimmer>[3] = {}): boolean =>
  checkGrimmer(mean, sd, n, opts).verdict === "consistent";

test("R/grimmer.R examples: 5.23 / 2.55 is impossible with n = 35, possible with n = 31", () => {
  assert.equal(ok("5.23", "2.55", 35), false);
  assert.equal(ok("5.23", "2.55", 31), true);
});

test("test-grimmer.R 'GRIMMER works correctly by default'", () => {
  assert.equal(ok("5.21", "1.6", 28), true);
  assert.equal(ok("3.44", "2.47", 18), false);
});

test("test-3 (parity) inconsistency: 5.23 / 2.55 / 35 passes the sum-of-squares range but fails parity", () => {
  const r = checkGrimmer("5.23", "2.55", 35);
  assert.equal(r.verdict, "inconsistent");
  assert.equal(r.details.failedTest, "parity");
  assert.ok(r.details.candidates.some((c) => c.sumOfSquaresFits && !c.parityFits));
});

test("R/grimmer.R example inputs 2: 3.10 / 1.37 / 10, from the data 1,1,2,3,3,4,4,4,4,5", () => {
  const data = [1, 1, 2, 3, 3, 4, 4, 4, 4, 5];
  const mean = data.reduce((a, b) => a + b) / data.length;
  const sd = Math.sqrt(data.reduce((a, b) => a + (b - mean) ** 2, 0) / (data.length - 1));
  assert.equal(mean.toFixed(2), "3.10");
  assert.equal(sd.toFixed(2), "1.37");
  assert.equal(ok("3.10", "1.37", 10), true);
});

test("test-grimmer.R: the pigs5 edge case 2.57 / 2.57 / 30 is consistent", () => {
  assert.equal(ok("2.57", "2.57", 30), true);
});

test("issue #85: SD match and parity must hold for the same sum of squares (rounding up)", () => {
  const cases: [string, string, number][] = [
    ["0.00", "0.62", 129],
    ["0.11", "0.87", 64],
    ["0.14", "1.12", 64],
    ["0.17", "1.37", 64],
    ["0.48", "0.37", 256],
    ["0.52", "0.37", 256],
    ["0.83", "1.37", 64],
    ["0.86", "1.12", 64],
    ["0.89", "0.87", 64],
    ["1.00", "0.62", 129],
  ];
  for (const [x, sd, n] of cases) assert.equal(ok(x, sd, n, { rounding: "half-up" }), false, `${x} / ${sd} / ${n}`);
  // "The same value is genuinely GRIMMER-consistent under up_or_down"
  assert.equal(ok("0.11", "0.87", 64), true);
});

test("issue #86: several candidate sums; only one of them works (seven 1s and 193 0s)", () => {
  assert.equal(ok("0.03", "0.18", 200), true);
  assert.equal(ok("0.04", "0.18", 200), true);
  assert.equal(ok("0.04", "0.18", 200, { rounding: "half-up" }), true);
  const r = checkGrimmer("0.03", "0.18", 200);
  // 0.03 stands for [0.025, 0.035]: totals 5, 6 and 7 are candidates; round(0.03 × 200) = 6 would miss the data.
  assert.deepEqual(r.details.sums, { lower: 5, upper: 7 });
  assert.deepEqual(r.details.witness === null ? null : { sum: r.details.witness.sum, q: r.details.witness.sumOfSquares }, { sum: 7, q: 7 });
});

test("issue #86: no phantom candidate sums (0.07 / 0.08 / 160, rounding up)", () => {
  // "The admissible sum range here is just {11}" and grim() passes (here: n ≥ 100, so GRIM cannot fail)
  const g = checkGrim("0.07", 160, { rounding: "half-up" });
  assert.notEqual(g.verdict, "inconsistent");
  assert.deepEqual(g.details.sums, { lower: 11, upper: 11 });
  assert.equal(ok("0.07", "0.08", 160, { rounding: "half-up" }), false);
});

test("exact sum-of-squares bounds: 7.67 / 0.00 with n = 2, items = 3 (two totals of 23)", () => {
  assert.equal(ok("7.67", "0.00", 2, { items: 3 }), true);
});

test("scale bounds (test-grimmer.R, 'Scale bounds')", () => {
  assert.equal(ok("3.00", "2.08", 20), true);
  const r = checkGrimmer("3.00", "2.08", 20, { scaleMin: 1, scaleMax: 5 });
  assert.equal(r.verdict, "inconsistent");
  assert.equal(r.details.failedTest, "scale-range");
  assert.equal(ok("1.00", "0.32", 20, { scaleMin: 1, scaleMax: 5 }), false);
  assert.equal(ok("1.00", "0.00", 20, { scaleMin: 1, scaleMax: 5 }), true);
  const out = checkGrimmer("7.22", "1.10", 30, { scaleMin: 1, scaleMax: 5 });
  assert.equal(out.verdict, "inconsistent");
  assert.equal(out.details.failedTest, "mean-out-of-range");
  // GRIMMER deliberately applies no floor on the SD, with or without a scale
  assert.equal(ok("1.30", "0.11", 10), true);
  assert.equal(ok("1.30", "0.11", 10, { scaleMin: 1, scaleMax: 5 }), true);
});

test("scale bounds never make GRIMMER more permissive (test-grimmer.R sweep, n = 15, 25)", () => {
  for (const n of [15, 25]) {
    for (let m = 10; m <= 50; m += 4) {
      for (let s = 5; s <= 250; s += 15) {
        const mean = (m / 10).toFixed(2);
        const sd = (s / 100).toFixed(2);
        if (ok(mean, sd, n, { scaleMin: 1, scaleMax: 5 })) assert.equal(ok(mean, sd, n), true, `${mean} ${sd} ${n}`);
      }
    }
  }
});

test("no real sample on a 1–5 scale is flagged (exhaustive, n = 5)", () => {
  // test-grimmer.R 'no sample within the scale is reported as inconsistent': every multiset of 5 answers.
  const values = [1, 2, 3, 4, 5];
  const rec = (start: number, left: number, acc: number[]): void => {
    if (left === 0) {
      const mean = acc.reduce((a, b) => a + b) / acc.length;
      const sd = Math.sqrt(acc.reduce((a, b) => a + (b - mean) ** 2, 0) / (acc.length - 1));
      // toFixed is safe here: a mean of 5 integers has at most one decimal, and with the default
      // "up-or-down" rounding a tie in the SD may be printed either way.
      const m = mean.toFixed(2);
      const s = sd.toFixed(2);
      assert.equal(ok(m, s, 5, { scaleMin: 1, scaleMax: 5 }), true, `${acc.join(",")}: ${m} / ${s}`);
      return;
    }
    for (let i = start; i < values.length; i++) rec(i, left - 1, [...acc, values[i] as number]);
  };
  rec(0, 5, []);
});

test("issue 11: n = 1e9 stops after maxSums candidate totals and says it is too large to enumerate", () => {
  const t0 = performance.now();
  const r = checkGrimmer("3.47", "5.00", 1_000_000_000, { scaleMin: 1, scaleMax: 5 });
  assert.ok(performance.now() - t0 < 5000);
  assert.equal(r.verdict, "not-testable");
  assert.equal(r.details.complete, false);
  assert.equal(r.details.sumsExamined, 100_000);
  assert.match(r.reason, /^Too large to enumerate: 10000001 whole-number totals give a mean of 3\.47 for 1000000000 respondents/);
  // a witness found early is still a witness
  const w = checkGrimmer("3.47", "1.12", 1_000_000_000, { scaleMin: 1, scaleMax: 5 });
  assert.equal(w.verdict, "consistent");
  assert.equal(w.details.complete, true);
  assert.equal(checkGrimmer("5.23", "2.55", 35, { maxSums: 1 }).details.sumsExamined, 1);
  assert.throws(() => checkGrimmer("5.23", "2.55", 35, { maxSums: 0 }), /maxSums/);
});
