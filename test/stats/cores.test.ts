/**
 * The cores that take summary statistics (lib/stats/src/cores.ts): R references for the moments
 * of a small example, identity with the scalar functions that now call them (same moments in,
 * bit-identical result out), and typed errors for invalid summary statistics.
 * R references: psych::alpha on the covariance matrix; t.test(paired = TRUE) and
 * effectsize::cohens_d(paired = TRUE) on x = (5, 4, 5, 4, 3), y = (4, 4, 3, 3, 3).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  alphaFromCovariance,
  cohensDav,
  cohensDrm,
  cohensDz,
  cronbachAlpha,
  hedgesGav,
  hedgesGrm,
  hedgesGz,
  pairedEffectFromMoments,
  pairedFromMoments,
  pairedTTest,
  pairedTTestFromMoments,
  StatsError,
  type StatsErrorCode,
} from "@behoud/stats";
import { hedgesCorrection } from "../../lib/stats/src/effect-size.js";

function near(actual: number | null | undefined, expected: number, tol: number, label: string): void {
  assert.ok(
    typeof actual === "number" && Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${label}: ${actual} vs R ${expected}`,
  );
}

function throwsCode(run: () => unknown, code: StatsErrorCode, label: string): void {
  assert.throws(run, (e: unknown) => e instanceof StatsError && e.code === code, label);
}

// cov(cbind(c(1,2,3,4), c(2,2,4,5), c(1,3,3,5))) in R.
const C = [
  [5 / 3, 11 / 6, 2],
  [11 / 6, 9 / 4, 2],
  [2, 2, 8 / 3],
];

test("alphaFromCovariance agrees with psych::alpha on a covariance matrix and Feldt's formula", () => {
  const a = alphaFromCovariance(C, 4);
  near(a.alpha, 0.9589041096, 1e-9, "raw_alpha");
  near(a.standardizedAlpha, 0.9658004424, 1e-9, "std.alpha");
  near(a.ci.lower, 0.7288164991, 1e-9, "Feldt lower");
  near(a.ci.upper, 0.9972109484, 1e-9, "Feldt upper");
  [0.897196261682, 0.96, 0.967032967033].forEach((v, i) => {
    near(a.items[i]?.alphaIfDeleted, v, 1e-10, `alpha.drop ${i}`);
  });
  assert.equal(a.k, 3);
  assert.equal(a.n, 4);
  assert.equal(a.nExcluded, 0);
  assert.ok(Number.isNaN(a.items[0]?.mean), "no means given: NaN");
});

test("cronbachAlpha is alphaFromCovariance of its covariance matrix (bit for bit)", () => {
  const items = [
    [1, 2, 3, 4, 2, null, 5],
    [2, 2, 4, 5, 3, 3, 4],
    [1, 3, 3, 5, 1, 2, 5],
    [2, 1, 4, 4, 2, 2, 3],
  ];
  const scalar = cronbachAlpha(items, { level: 0.9 });
  const rows = [0, 1, 2, 3, 4, 6];
  const cols = items.map((c) => rows.map((r) => c[r] as number));
  const means = cols.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
  const cov = cols.map((xi, i) =>
    cols.map(
      (xj, j) => xi.reduce((s, v, r) => s + (v - (means[i] as number)) * ((xj[r] as number) - (means[j] as number)), 0) / (rows.length - 1),
    ),
  );
  assert.deepEqual(alphaFromCovariance(cov, rows.length, { level: 0.9, means, nExcluded: 1 }), scalar);
});

const x = [5, 4, 5, 4, 3];
const y = [4, 4, 3, 3, 3];
const M = { n: 5, meanDiff: 0.8, sdDiff: Math.sqrt(0.7), sdX: Math.sqrt(0.7), sdY: Math.sqrt(0.3), r: 0.15 / Math.sqrt(0.21) };

test("pairedFromMoments agrees with R's t.test(paired = TRUE) and effectsize::cohens_d(paired = TRUE)", () => {
  const { test: t, effects } = pairedFromMoments(M);
  near(t.t, 2.138089935299395, 1e-12, "t");
  near(t.pValue, 0.099300683213727, 1e-10, "p");
  near(t.ci.lower, -0.238850633683568, 1e-10, "CI lower");
  near(t.ci.upper, 1.838850633683567, 1e-10, "CI upper");
  near(effects.d_z.estimate, 0.956182887468, 1e-10, "d_z");
  near(effects.d_z.ci.lower, -0.163861312251, 1e-6, "d_z CI lower");
  near(effects.d_z.ci.upper, 2.005550812398, 1e-6, "d_z CI upper");
  near(effects.d_av.estimate, 1.1557498761, 1e-9, "d_av");
  near(effects.d_rm.estimate, 1.1090675947, 1e-9, "d_rm");
  near(effects.g_av.estimate, 0.9221549823, 1e-9, "g_av");
  const g = pairedTTestFromMoments({ ...M, alternative: "greater", level: 0.9 });
  near(g.pValue, 0.049650341606863, 1e-10, "one-sided p");
  near(g.ci.lower, 0.22632674192192, 1e-10, "one-sided CI lower");
  assert.equal(g.ci.upper, Infinity);
});

test("the scalar paired functions are the cores of their moments (bit for bit)", () => {
  // The moments exactly as the scalar functions take them (the differences and SDs of these small integers are exact).
  const sd = (v: number[]): number => {
    const m = v.reduce((s, a) => s + a, 0) / v.length;
    return Math.sqrt(v.reduce((s, a) => s + (a - m) ** 2, 0) / (v.length - 1));
  };
  const d = x.map((v, i) => v - (y[i] as number));
  const fromScalar = {
    n: 5,
    meanDiff: cohensDz(x, y).meanDifference,
    sdDiff: cohensDz(x, y).standardizer,
    sdX: sd(x),
    sdY: sd(y),
    r: cohensDz(x, y).correlation,
  };
  assert.equal(fromScalar.sdDiff, sd(d));
  const all = pairedFromMoments(fromScalar);
  assert.deepEqual(all.test, pairedTTest(x, y));
  assert.deepEqual(all.effects, {
    d_z: cohensDz(x, y),
    d_av: cohensDav(x, y),
    d_rm: cohensDrm(x, y),
    g_z: hedgesGz(x, y),
    g_av: hedgesGav(x, y),
    g_rm: hedgesGrm(x, y),
  });
  for (const v of ["d_z", "d_av", "d_rm", "g_z", "g_av", "g_rm"] as const)
    assert.deepEqual(pairedEffectFromMoments(v, fromScalar), all.effects[v], v);
  assert.deepEqual(
    pairedTTestFromMoments({ ...fromScalar, alternative: "less", level: 0.8 }),
    pairedTTest(x, y, { alternative: "less", level: 0.8 }),
  );
  assert.equal(all.effects.g_z.correction, hedgesCorrection(4));
});

test("the cores reject invalid summary statistics with typed errors", () => {
  throwsCode(() => alphaFromCovariance([[1]], 5), "TOO_FEW", "one item");
  throwsCode(() => alphaFromCovariance([[1, 0], [0]], 5), "LENGTH_MISMATCH", "ragged matrix");
  throwsCode(() => alphaFromCovariance(C, 1), "TOO_FEW", "n < 2");
  throwsCode(
    () =>
      alphaFromCovariance(
        [
          [0, 0],
          [0, 0],
        ],
        5,
      ),
    "ZERO_VARIANCE",
    "constant sum score",
  );
  throwsCode(() => alphaFromCovariance(C, 4, { means: [1, 2] }), "LENGTH_MISMATCH", "means");
  throwsCode(() => alphaFromCovariance(C, 4, { level: 1.5 }), "OUT_OF_RANGE", "level");
  throwsCode(() => pairedTTestFromMoments({ n: 1, meanDiff: 1, sdDiff: 1 }), "TOO_FEW", "n < 2");
  throwsCode(() => pairedTTestFromMoments({ n: 5, meanDiff: 1, sdDiff: 0 }), "ZERO_VARIANCE", "sdDiff 0");
  throwsCode(() => pairedTTestFromMoments({ n: 5, meanDiff: 1e9, sdDiff: 1e-9 }), "ZERO_VARIANCE", "essentially constant");
  throwsCode(() => pairedTTestFromMoments({ n: 5, meanDiff: NaN, sdDiff: 1 }), "NON_FINITE", "NaN mean");
  throwsCode(() => pairedEffectFromMoments("g_z", { n: 2, meanDiff: 1, sdDiff: 1 }), "TOO_FEW", "g needs 3 pairs");
  throwsCode(() => pairedEffectFromMoments("d_av", { n: 5, meanDiff: 1, sdDiff: 1 }), "INVALID_ARGUMENT", "d_av without SDs");
  throwsCode(() => pairedEffectFromMoments("d_av", { n: 5, meanDiff: 1, sdDiff: 1, sdX: 0, sdY: 0 }), "ZERO_VARIANCE", "d_av with SDs 0");
  throwsCode(() => pairedEffectFromMoments("d_rm", { n: 5, meanDiff: 1, sdDiff: 1, r: null }), "ZERO_VARIANCE", "d_rm without r");
  throwsCode(() => pairedEffectFromMoments("d_rm", { n: 5, meanDiff: 1, sdDiff: 1, r: 1.5 }), "OUT_OF_RANGE", "r > 1");
  throwsCode(() => pairedEffectFromMoments("d_x" as "d_z", { n: 5, meanDiff: 1, sdDiff: 1 }), "INVALID_ARGUMENT", "variant");
  throwsCode(() => pairedFromMoments({ ...M, n: 2 }), "TOO_FEW", "all six need 3 pairs");
  assert.equal(pairedEffectFromMoments("d_rm", { n: 5, meanDiff: 1, sdDiff: 1, r: 1 }).estimate, 0, "r = 1 gives d_rm = 0");
});
