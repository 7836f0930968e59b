/**
 * Paired effect sizes against the worked example of Lakens (2013), Table 1 (movie ratings of 10
 * people; the paper reports M = 8.7, SD = 0.82 and M = 7.7, SD = 0.95, t(9) = 4.74, p = .001 and
 * d_z = 1.50, the within-subjects d_z also reproduced by the R package apa's test
 * "t(9) = 4.74, p = .001, d = 1.50"), with d_av, d_rm and r recomputed in R from the same data
 * (test/reference/audit-reference.R).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkPairedEffectSize } from "../../lib/audit/src/index.js";
import { rNumber } from "./reference.js";

const lakens = { preMean: "8.7", postMean: "7.7", preSd: "0.82", postSd: "0.95", n: 10, significance: "significant" as const };

test("Lakens (2013) Table 1: R reproduces the printed summary (t(9) = 4.74, p = .001, d_z = 1.50)", () => {
  assert.equal(rNumber("lakens", "t").toFixed(2), "4.74");
  assert.equal(rNumber("lakens", "p").toFixed(3), "0.001");
  assert.equal(rNumber("lakens", "d_z").toFixed(2), "1.50");
  assert.equal(rNumber("lakens", "sd_1").toFixed(2), "0.82");
  assert.equal(rNumber("lakens", "sd_2").toFixed(2), "0.95");
});

test("Lakens (2013): d = 1.50 fits only as d_z, and the feasible r contains the data's r", () => {
  const r = checkPairedEffectSize({ ...lakens, d: "1.50" });
  assert.equal(r.verdict, "consistent");
  const v = Object.fromEntries(r.details.variants.map((x) => [x.variant, x]));
  assert.equal(v.d_z?.feasible, true);
  assert.equal(v.d_av?.feasible, false);
  assert.equal(v.d_rm?.feasible, false);
  const rr = rNumber("lakens", "r"); // 0.7255
  assert.ok(
    v.d_z?.feasibleR.some((g) => g.from <= rr && rr <= g.to),
    `r = ${rr} not in ${JSON.stringify(v.d_z?.feasibleR)}`,
  );
});

test("Lakens (2013): d_av and d_rm computed in R fit as d_av and d_rm, not as d_z at the data's r", () => {
  const dav = rNumber("lakens", "d_av").toFixed(2); // 1.13
  const a = checkPairedEffectSize({ ...lakens, d: dav });
  const va = Object.fromEntries(a.details.variants.map((x) => [x.variant, x]));
  assert.equal(va.d_av?.feasible, true);
  const drm = rNumber("lakens", "d_rm").toFixed(2); // 1.11
  const b = checkPairedEffectSize({ ...lakens, d: drm });
  const vb = Object.fromEntries(b.details.variants.map((x) => [x.variant, x]));
  assert.equal(vb.d_rm?.feasible, true);
  const rr = rNumber("lakens", "r");
  assert.ok(vb.d_rm?.feasibleR.some((g) => g.from <= rr && rr <= g.to));
  // as d_z, 1.11 would need SD_diff ≈ 0.9, i.e. a much lower r than the data's
  assert.ok(!(vb.d_z?.feasibleR.some((g) => g.from <= rr && rr <= g.to) ?? false));
});

test("the critical d_z is t(0.975, n − 1)/√n (R: qt(.975, 50)/sqrt(51))", () => {
  const r = checkPairedEffectSize({ preMean: "3.8", postMean: "4.1", n: 51, d: "0.25", significance: "significant" });
  assert.ok(Math.abs(r.details.criticalDz - rNumber("article_table3", "critical_dz")) < 1e-12);
  assert.ok(Math.abs(r.details.criticalT - rNumber("article_table3", "critical_t")) < 1e-12);
});

test("a non-significant report is checked the other way round", () => {
  // d_z = 0.10 with n = 51: t = 0.71, not significant; reported "not significant" fits as d_z
  const r = checkPairedEffectSize(
    { preMean: "3.8", postMean: "3.7", n: 51, d: "0.10", significance: "not-significant" },
    { variants: ["d_z"] },
  );
  assert.equal(r.verdict, "consistent");
  // reported "not significant" with d_z = 0.61 (t = 4.36) cannot hold
  const s = checkPairedEffectSize(
    { preMean: "4.0", postMean: "4.5", n: 51, d: "0.61", significance: "not-significant" },
    { variants: ["d_z"] },
  );
  assert.equal(s.verdict, "inconsistent");
});
