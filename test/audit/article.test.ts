/**
 * The article's own numbers (Koffeman, Van de Kuilen & Snoek, 2023): the two correlations
 * reported as "r=,57; p= ,000; N=51" and "r=,68; p= ,000; N = 51" (excerpt in
 * test/fixtures/audit/article-excerpt.md), and Table 3's effect sizes against the significance
 * the text claims (N = 51, five-point scale; Waardering 3.8 → 4.1 with d = 0.25, Autonomie
 * 3.6 → 3.9 with d = 0.38, both discussed as gains). p-values and thresholds from R
 * (test/reference/audit-reference.R); statcheck's rule for p = .000 from its documentation
 * ("pZeroError: If TRUE, statcheck counts p = .000 as an error (because a p-value is never
 * exactly zero, and should be reported as < .001)", statcheck 1.5.0 reference manual).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { auditText, checkPairedEffectSize } from "../../lib/audit/src/index.js";
import { assertRelClose, rNumber } from "./reference.js";

const excerpt = readFileSync(fileURLToPath(new URL("../fixtures/audit/article-excerpt.md", import.meta.url)), "utf8");

test("both correlations are found, with df = N − 2 = 49", () => {
  const a = auditText(excerpt);
  assert.equal(a.entries.length, 2);
  const [r57, r68] = a.entries;
  assert.ok(r57 !== undefined && r68 !== undefined);
  assert.equal(r57.extracted.result.test, "r");
  assert.equal(r57.extracted.result.df, 49);
  assert.equal(r57.extracted.sampleSize, 51);
  assert.equal(r57.extracted.result.statistic, ",57");
  assert.equal(r57.extracted.result.p, ",000");
  assert.equal(r57.extracted.line, 7);
  assert.equal(r68.extracted.result.statistic, ",68");
  assert.equal(r68.extracted.line, 9);
});

test("r = ,57 and r = ,68: recomputed p equals R's, over the rounding interval of r as well", () => {
  const [r57, r68] = auditText(excerpt).entries;
  assert.ok(r57 !== undefined && r68 !== undefined);
  assertRelClose(r57.check.details.computedP, rNumber("article_r", "r57", "p"), 1e-9, "p(r = .57)");
  assertRelClose(r57.check.details.computedPRange.lower, rNumber("article_r", "r57", "p_at_upper_r"), 1e-9);
  assertRelClose(r57.check.details.computedPRange.upper, rNumber("article_r", "r57", "p_at_lower_r"), 1e-9);
  assertRelClose(r68.check.details.computedP, rNumber("article_r", "r68", "p"), 1e-9, "p(r = .68)");
});

test("p = ,000 is an error by statcheck's default rule, but not a decision error; read as p < ,001 it agrees", () => {
  for (const e of auditText(excerpt).entries) {
    const d = e.check.details;
    assert.equal(e.check.verdict, "inconsistent");
    assert.equal(d.pZero, true);
    assert.equal(d.error, true);
    assert.equal(d.decisionError, false);
    assert.equal(d.pZeroAsLessThanConsistent, true);
    assert.match(e.check.reason, /never exactly 0/);
  }
  for (const e of auditText(excerpt, { pZeroError: false }).entries) assert.equal(e.check.verdict, "consistent");
});

test("Table 3, Waardering: d = 0.25 with N = 51 cannot be significant as d_z (t = 1.79, p = .08)", () => {
  const r = checkPairedEffectSize(
    { preMean: "3.8", postMean: "4.1", n: 51, d: "0.25", significance: "significant" },
    { variants: ["d_z"] },
  );
  assert.equal(r.verdict, "inconsistent");
  const dz = r.details.variants[0];
  assert.ok(dz !== undefined && dz.tRange !== null && dz.pRange !== null);
  // over d in [0.245, 0.255]: p from R at both ends
  assertRelClose(dz.pRange.lower, rNumber("article_table3", "waardering", "p_at_0.255"), 1e-9);
  assertRelClose(dz.pRange.upper, rNumber("article_table3", "waardering", "p_at_0.245"), 1e-9);
  assert.equal(rNumber("article_table3", "waardering", "t").toFixed(3), "1.785");
  assert.equal(rNumber("article_table3", "waardering", "p").toFixed(2), "0.08");
});

test("Table 3, Waardering: significance is possible only as d_av or d_rm with r ≥ 0.589", () => {
  const r = checkPairedEffectSize({ preMean: "3.8", postMean: "4.1", n: 51, d: "0.25", significance: "significant" });
  assert.equal(r.verdict, "consistent");
  const threshold = rNumber("article_table3", "waardering", "r_threshold_d_0.255"); // 0.58899
  for (const v of r.details.variants) {
    if (v.variant === "d_z") {
      assert.equal(v.feasible, false);
      continue;
    }
    assert.equal(v.feasibleR.length, 1);
    const from = v.feasibleR[0]?.from ?? NaN;
    assert.ok(from >= threshold && from - threshold <= 0.001 + 1e-12, `${v.variant}: feasible from ${from}, threshold ${threshold}`);
    assert.equal(v.feasibleR[0]?.to, 0.999);
  }
});

test("Table 3, Autonomie: d = 0.38 with N = 51 is significant as d_z (t = 2.71, p = .009)", () => {
  const r = checkPairedEffectSize(
    { preMean: "3.6", postMean: "3.9", n: 51, d: "0.38", significance: "significant" },
    { variants: ["d_z"] },
  );
  assert.equal(r.verdict, "consistent");
  const dz = r.details.variants[0];
  assert.ok(dz !== undefined && dz.pRange !== null);
  assertRelClose(dz.pRange.upper, rNumber("article_table3", "autonomie", "p_at_0.375"), 1e-9);
  assert.ok(dz.pRange.upper < 0.05);
});
