/**
 * CLOSURE enumeration. Sources: the unsum README (lhdjung/unsum, README.md: closure_combine(mean =
 * "2.7", sd = "1.9", n = 100, 1–5) gives 2256 samples with value frequencies 116060, 9908, 7160,
 * 9912, 82560); closure-core's tests/regressions.rs (mean 3, SD 0, n = 2 on 1–5 has the single
 * sample [3, 3]; SD 5 with n = 40 on 1–5 has none); and an exhaustive brute force in exact
 * rational arithmetic (test/reference/audit-closure.py → audit-closure.json).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkClosure } from "../../lib/audit/src/index.js";
import { closureCases } from "./reference.js";

test("unsum README: 2.7 / 1.9 / 100 on 1–5 has 2256 samples", () => {
  const r = checkClosure("2.7", "1.9", 100, { scaleMin: 1, scaleMax: 5 });
  assert.equal(r.verdict, "consistent");
  assert.equal(r.details.count, 2256);
  assert.equal(r.details.complete, true);
  assert.deepEqual(r.details.frequencyTotals, [116060, 9908, 7160, 9912, 82560]);
});

test("closure-core regressions: n = 2, mean 3, SD 0 → only [3, 3]; SD 5 with n = 40 → none", () => {
  const one = checkClosure("3.0", "0.0", 2, { scaleMin: 1, scaleMax: 5 });
  assert.equal(one.details.count, 1);
  assert.deepEqual(one.details.examples, [[0, 0, 2, 0, 0]]);
  const none = checkClosure("3.0", "5.0", 40, { scaleMin: 1, scaleMax: 5 });
  assert.equal(none.verdict, "inconsistent");
  assert.equal(none.details.count, 0);
});

test("agrees with the exact brute force (audit-closure.py)", () => {
  const cases = closureCases();
  assert.ok(cases.length >= 5);
  for (const c of cases) {
    const r = checkClosure(c.mean, c.sd, c.n, { scaleMin: c.scale_min, scaleMax: c.scale_max, items: c.items });
    const label = `${c.mean} / ${c.sd} / ${c.n} (${c.scale_min}–${c.scale_max}, ${c.items} item(s))`;
    assert.equal(r.details.count, c.count, label);
    assert.deepEqual(r.details.frequencyTotals, c.frequency_totals, label);
    assert.equal(r.verdict, c.count > 0 ? "consistent" : "inconsistent", label);
  }
});

test("every example reproduces the reported mean and SD", () => {
  const r = checkClosure("3.8", "1.0", 51, { scaleMin: 1, scaleMax: 5, examples: 20 });
  assert.equal(r.details.examples.length, 20);
  for (const freq of r.details.examples) {
    const values = r.details.values;
    const n = freq.reduce((a, b) => a + b, 0);
    assert.equal(n, 51);
    const mean = freq.reduce((a, c, i) => a + c * (values[i] as number), 0) / n;
    const sd = Math.sqrt(freq.reduce((a, c, i) => a + c * ((values[i] as number) - mean) ** 2, 0) / (n - 1));
    assert.ok(mean >= 3.75 - 1e-12 && mean <= 3.85 + 1e-12, `mean ${mean}`);
    assert.ok(sd >= 0.95 - 1e-12 && sd <= 1.05 + 1e-12, `sd ${sd}`);
  }
});

test("fast: one 1–5 item at N = 51 well under 0.2 s", () => {
  for (const [m, s] of [
    ["3.8", "1.0"],
    ["3.55", "0.90"],
    ["4.06", "0.81"],
    ["3.0", "1.4"],
  ] as const) {
    const t0 = performance.now();
    checkClosure(m, s, 51, { scaleMin: 1, scaleMax: 5 });
    const ms = performance.now() - t0;
    assert.ok(ms < 200, `${m} / ${s}: ${ms.toFixed(1)} ms`);
  }
});

test("limit stops the count and says so", () => {
  const r = checkClosure("2.7", "1.9", 100, { scaleMin: 1, scaleMax: 5, limit: 100 });
  assert.equal(r.details.count, 100);
  assert.equal(r.details.complete, false);
  assert.equal(r.details.stoppedBy, "limit");
  assert.equal(r.verdict, "consistent");
});

test("issue 11: CLOSURE's work is bounded: too many totals, or the step budget spent, is 'too large to enumerate'", () => {
  const t0 = performance.now();
  const big = checkClosure("3.47", "1.12", 1_000_000_000, { scaleMin: 1, scaleMax: 5 });
  assert.equal(big.verdict, "not-testable");
  assert.equal(big.details.stoppedBy, "maxSums");
  assert.match(big.reason, /^Too large to enumerate: 10000001 totals/);
  assert.ok(performance.now() - t0 < 1000);
  const budget = checkClosure("3.8", "1.0", 51, { scaleMin: 1, scaleMax: 5, maxSteps: 3 });
  assert.equal(budget.verdict, "not-testable");
  assert.equal(budget.details.stoppedBy, "maxSteps");
  assert.equal(budget.details.complete, false);
  assert.match(budget.reason, /^Too large to enumerate: the search .* stopped after 3 steps \(maxSteps\)/);
  // samples found before the budget ran out are real: "at least"
  const some = checkClosure("2.7", "1.9", 100, { scaleMin: 1, scaleMax: 5, maxSteps: 1000 });
  assert.equal(some.details.stoppedBy, "maxSteps");
  assert.ok(some.details.count > 0);
  assert.equal(some.verdict, "consistent");
  assert.match(some.reason, /^At least /);
  const full = checkClosure("2.7", "1.9", 100, { scaleMin: 1, scaleMax: 5 });
  assert.equal(full.details.stoppedBy, null);
  assert.equal(full.details.count, 2256);
  assert.ok(full.details.steps > 1000);
});

/** Every frequency table of n answers on min..max (brute force), with its total and SD. */
function allTables(n: number, min: number, max: number): { counts: number[]; sum: number; sd: number }[] {
  const k = max - min + 1;
  const out: { counts: number[]; sum: number; sd: number }[] = [];
  const counts = new Array<number>(k).fill(0);
  const visit = (j: number, left: number): void => {
    if (j === k - 1) {
      counts[j] = left;
      let sum = 0;
      let q = 0;
      counts.forEach((c, i) => {
        sum += c * (min + i);
        q += c * (min + i) ** 2;
      });
      out.push({ counts: counts.slice(), sum, sd: Math.sqrt((q - (sum * sum) / n) / (n - 1)) });
      return;
    }
    for (let c = 0; c <= left; c++) {
      counts[j] = c;
      visit(j + 1, left - c);
    }
  };
  visit(0, n);
  return out;
}

test("without an SD: every table whose mean rounds to the printed one, with the range of their SDs (brute force)", () => {
  // 3.5 at n = 12: [3.45, 3.55]·12 = 41.4..42.6 → total 42
  const r = checkClosure("3.5", null, 12, { scaleMin: 1, scaleMax: 5, examples: 100_000 });
  const expected = allTables(12, 1, 5).filter((t) => t.sum === 42);
  assert.equal(r.verdict, "consistent");
  assert.equal(r.details.sd, null);
  assert.equal(r.details.minimum, null);
  assert.equal(r.details.count, expected.length);
  const sds = expected.map((t) => t.sd);
  assert.ok(r.details.sdRange !== null);
  assert.ok(Math.abs(r.details.sdRange.min - Math.min(...sds)) < 1e-12);
  assert.ok(Math.abs(r.details.sdRange.max - Math.max(...sds)) < 1e-12);
  assert.doesNotMatch(r.reason, /SD/);
});

test("a stated minimum: exactly that many at the lowest score and none lower (brute force)", () => {
  // 3.55 at n = 20: [3.545, 3.555]·20 = 70.9..71.1 → total 71; exactly two answers of 2, none of 1
  const r = checkClosure("3.55", null, 20, { scaleMin: 1, scaleMax: 5, minimum: { score: 2, count: 2 }, examples: 100_000 });
  const expected = allTables(20, 1, 5).filter((t) => t.sum === 71 && t.counts[0] === 0 && t.counts[1] === 2);
  assert.equal(r.verdict, "consistent");
  assert.deepEqual(r.details.minimum, { score: 2, count: 2 });
  assert.deepEqual(r.details.values, [2, 3, 4, 5]);
  assert.equal(r.details.count, expected.length);
  assert.deepEqual(r.details.examples.map((e) => e.join(",")).sort(), expected.map((t) => t.counts.slice(1).join(",")).sort());
  assert.match(r.reason, /with exactly 2 at 2 and none lower/);
  // impossible: ten answers of 2 leave 10 answers for 71 − 20 = 51 > 10·5
  const none = checkClosure("3.55", null, 20, { scaleMin: 1, scaleMax: 5, minimum: { score: 2, count: 10 } });
  assert.equal(none.verdict, "inconsistent");
  assert.equal(none.details.sdRange, null);
});

test("a minimum off the scale or above n is refused, naming the option", () => {
  assert.throws(
    () => checkClosure("3.5", null, 10, { scaleMin: 1, scaleMax: 5, minimum: { score: 0, count: 1 } }),
    (e: Error & { code?: string }) => e.code === "OUT_OF_RANGE" && /minimum\.score/.test(e.message),
  );
  assert.throws(
    () => checkClosure("3.5", null, 10, { scaleMin: 1, scaleMax: 5, minimum: { score: 2.5, count: 1 } }),
    (e: Error & { code?: string }) => e.code === "OUT_OF_RANGE" && /minimum\.score/.test(e.message),
  );
  assert.throws(
    () => checkClosure("3.5", null, 10, { scaleMin: 1, scaleMax: 5, minimum: { score: 2, count: 11 } }),
    (e: Error & { code?: string }) => e.code === "OUT_OF_RANGE" && /minimum\.count/.test(e.message),
  );
});

test("with an SD, sdRange lies inside the SD's rounding interval", () => {
  const r = checkClosure("2.7", "1.9", 100, { scaleMin: 1, scaleMax: 5 });
  assert.ok(r.details.sdRange !== null && r.details.sdRange.min >= 1.85 - 1e-12 && r.details.sdRange.max <= 1.95 + 1e-12);
});
