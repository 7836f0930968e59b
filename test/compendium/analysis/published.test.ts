/**
 * The scorecard's comparisons at their boundaries. Expected values are worked out by hand from
 * the rule "round half up at the printed precision" (within rounding: at most one unit of the last
 * printed digit away), written beside each case.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { roundsTo, roundsWithinOneUnit, loadPublished } from "../../../lib/compendium/src/analysis/published.js";

test("roundsTo: half up at the printed precision, decided on the shortest decimal", () => {
  const cases: [number, string, boolean, string][] = [
    [4.049, "4.0", true, "4.049 → 4.0"],
    [4.05, "4.0", false, "4.05 → 4.1 (half up)"],
    [4.05, "4.1", true, "4.05 → 4.1"],
    [81 / 20, "4.1", true, "81/20 is 4.05 exactly; stored as 4.0499…, still a tie that rounds up"],
    [3.95, "4.0", true, "3.95 → 4.0 (half up)"],
    [3.9499999, "4.0", false, "3.9499999 → 3.9"],
    [0.5737, ",57", true, "decimal comma without a leading zero"],
    [0.575, ",57", false, "0.575 → .58"],
    [0.0004999, ",000", true, "p = ,000 covers p < .0005"],
    [0.0005, ",000", false, "0.0005 → .001"],
    [12.509803921568627, "12,5", true, "638/51"],
  ];
  for (const [x, text, want, why] of cases) assert.equal(roundsTo(x, text), want, `${x} vs "${text}": ${why}`);
  assert.equal(roundsTo(Number.NaN, "4.0"), false);
  assert.equal(roundsTo(4, "X"), false);
  assert.equal(roundsTo(0, "-"), false);
});

test("roundsTo on negative numbers: half away from zero, as formatNumber prints", () => {
  // "-0.17" stands for (-0.175, -0.165]: a tie goes to the larger magnitude, so -0.165 → -0.17.
  assert.equal(roundsTo(-0.17, "-0.17"), true);
  assert.equal(roundsTo(-0.165, "-0.17"), true);
  assert.equal(roundsTo(-0.175, "-0.17"), false, "-0.175 → -0.18");
  assert.equal(roundsTo(-0.165, "-0.16"), false);
});

test("roundsWithinOneUnit: at most one unit of the last digit from the printed value", () => {
  // "0.61" ± 1.5 units: [0.595, 0.625).
  assert.equal(roundsWithinOneUnit(0.6162, "0.61"), true, "0.62 is one unit away");
  assert.equal(roundsWithinOneUnit(0.595, "0.61"), true, "0.595 → 0.60, one unit away");
  assert.equal(roundsWithinOneUnit(0.5949, "0.61"), false, "0.5949 → 0.59, two units away");
  assert.equal(roundsWithinOneUnit(0.625, "0.61"), false, "0.625 → 0.63, two units away");
  assert.equal(roundsWithinOneUnit(0.6249, "0.61"), true);
  assert.equal(roundsWithinOneUnit(4.15, "4.0"), false, "4.15 → 4.2");
  assert.equal(roundsWithinOneUnit(4.149, "4.0"), true, "4.149 → 4.1");
});

test("loadPublished falls back to the shipped values when a codebook folder has none", () => {
  const own = loadPublished("data");
  const fallback = loadPublished("/nonexistent-folder-for-this-test");
  assert.equal(fallback.values.length, own.values.length);
  assert.equal(fallback.get("table3.werkplezier.post").text, "4.5");
  assert.throws(() => own.get("no.such.id"), /no published value with id "no.such.id"/);
});
