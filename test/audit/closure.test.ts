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
  for (const [m, s] of [["3.8", "1.0"], ["3.55", "0.90"], ["4.06", "0.81"], ["3.0", "1.4"]] as const) {
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
