/**
 * Every statistics function against reference values computed by R
 * (test/reference/stats-reference.R → stats-reference.json; R and package versions in its meta).
 * Tolerances, relative unless the expected value is 0:
 *   closed-form statistics (means, SDs, t, r, alpha, d estimates, adjusted p)   1e-10
 *   p-values, distribution functions, quantiles and intervals derived from them 1e-8
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import * as lib from "@behoud/stats";
import type { Alternative } from "@behoud/stats";
import { casesOf, close, column, deviations, num, str, TOL, type ReferenceCase, type Json } from "../helpers/reference.js";

const CLOSED = TOL.closedForm;
const DIST = TOL.distribution;

function alt(c: ReferenceCase): Alternative {
  const a = c.input.alternative;
  return a === undefined ? "two-sided" : (str(a, "alternative") as Alternative);
}

function level(c: ReferenceCase): number {
  return c.input.level === undefined ? 0.95 : num(c.input.level, "level");
}

/** Compares each listed expected field with the actual value at the tolerance of its kind. */
function compare(
  fn: string,
  c: ReferenceCase,
  actual: Record<string, number | null>,
  tolerances: Record<string, number>,
  floor = 1e-13,
): void {
  for (const [key, tol] of Object.entries(tolerances)) {
    const e = c.expected[key];
    const a = actual[key];
    if (e === null || e === undefined) {
      assert.equal(a ?? null, null, `${fn} ${c.id}: ${key} expected null (R: NA), got ${String(a)}`);
      continue;
    }
    assert.ok(a !== null && a !== undefined, `${fn} ${c.id}: ${key} is ${String(a)}, expected ${JSON.stringify(e)}`);
    close(a, num(e, key), tol, `${fn}: ${c.id} ${key}`, floor);
  }
}

test("descriptives agrees with R (mean, sd, var, median, quantile type 7, min, max)", () => {
  for (const c of casesOf("descriptives")) {
    const d = lib.descriptives(column(c.input.x));
    assert.equal(d.n, num(c.expected.n), `${c.id} n`);
    assert.equal(d.missing, num(c.expected.missing), `${c.id} missing`);
    compare(
      "descriptives",
      c,
      { mean: d.mean, sd: d.sd, variance: d.variance, median: d.median, q1: d.q1, q3: d.q3, min: d.min, max: d.max },
      { mean: CLOSED, sd: CLOSED, variance: CLOSED, median: CLOSED, q1: CLOSED, q3: CLOSED, min: 0, max: 0 },
    );
  }
});

test("cronbachAlpha agrees with psych::alpha and Feldt's interval", () => {
  for (const c of casesOf("cronbachAlpha")) {
    const items = (c.input.items as Json[]).map((col, j) => column(col, `items[${j}]`));
    const a = lib.cronbachAlpha(items, { level: level(c) });
    assert.equal(a.k, num(c.expected.k), `${c.id} k`);
    assert.equal(a.n, num(c.expected.n), `${c.id} n`);
    compare(
      "cronbachAlpha",
      c,
      { alpha: a.alpha, standardizedAlpha: a.standardizedAlpha, feldtLower: a.ci.lower, feldtUpper: a.ci.upper },
      {
        alpha: CLOSED,
        standardizedAlpha: CLOSED,
        feldtLower: DIST,
        feldtUpper: DIST,
      },
    );
    const drop = c.expected.alphaIfDeleted as Json[];
    const rdrop = c.expected.correctedItemTotal as Json[];
    a.items.forEach((it, j) => {
      const e = drop[j];
      if (e === null || e === undefined) assert.equal(it.alphaIfDeleted, null, `${c.id} alphaIfDeleted[${j}]`);
      else close(it.alphaIfDeleted ?? NaN, num(e), CLOSED, `cronbachAlpha: ${c.id} alphaIfDeleted[${j}]`);
      const r = rdrop[j];
      if (r === null || r === undefined) assert.equal(it.correctedItemTotal, null, `${c.id} correctedItemTotal[${j}]`);
      else close(it.correctedItemTotal ?? NaN, num(r), CLOSED, `cronbachAlpha: ${c.id} correctedItemTotal[${j}]`);
    });
  }
});

test("pairedTTest agrees with t.test(paired = TRUE) for every alternative", () => {
  for (const c of casesOf("pairedTTest")) {
    const r = lib.pairedTTest(column(c.input.x), column(c.input.y), { alternative: alt(c), level: level(c) });
    assert.equal(r.n, num(c.expected.n), `${c.id} n`);
    assert.equal(r.nExcluded, num(c.expected.nExcluded), `${c.id} nExcluded`);
    compare(
      "pairedTTest",
      c,
      {
        t: r.t,
        df: r.df,
        pValue: r.pValue,
        meanDifference: r.meanDifference,
        sdDifference: r.sdDifference,
        standardError: r.standardError,
        ciLower: r.ci.lower,
        ciUpper: r.ci.upper,
      },
      {
        t: CLOSED,
        df: 0,
        pValue: TOL.pValue,
        meanDifference: CLOSED,
        sdDifference: CLOSED,
        standardError: CLOSED,
        ciLower: DIST,
        ciUpper: DIST,
      },
    );
  }
});

const effectFns = {
  cohensDz: lib.cohensDz,
  cohensDav: lib.cohensDav,
  cohensDrm: lib.cohensDrm,
  hedgesGz: lib.hedgesGz,
  hedgesGav: lib.hedgesGav,
  hedgesGrm: lib.hedgesGrm,
} as const;

for (const [name, fn] of Object.entries(effectFns)) {
  test(`${name} agrees with R (estimate exact; interval by uniroot on pt with ncp)`, () => {
    for (const c of casesOf(name)) {
      const r = fn(column(c.input.x), column(c.input.y), { level: level(c) });
      assert.equal(r.n, num(c.expected.n), `${c.id} n`);
      const tol: Record<string, number> = { estimate: CLOSED, ciLower: DIST, ciUpper: DIST };
      if (name.startsWith("hedges")) tol.correction = CLOSED;
      compare(name, c, { estimate: r.estimate, ciLower: r.ci.lower, ciUpper: r.ci.upper, correction: r.correction }, tol);
    }
  });
}

test("pearson agrees with cor.test (r, t, p, Fisher-z interval)", () => {
  for (const c of casesOf("pearson")) {
    const r = lib.pearson(column(c.input.x), column(c.input.y), { alternative: alt(c), level: level(c) });
    assert.equal(r.n, num(c.expected.n), `${c.id} n`);
    compare(
      "pearson",
      c,
      { r: r.r, t: r.t, df: r.df, pValue: r.pValue, ciLower: r.ci?.lower ?? null, ciUpper: r.ci?.upper ?? null },
      {
        r: CLOSED,
        t: CLOSED,
        df: 0,
        pValue: TOL.pValue,
        ciLower: DIST,
        ciUpper: DIST,
      },
    );
  }
});

test("spearman agrees with cor.test(method = 'spearman', exact = FALSE)", () => {
  for (const c of casesOf("spearman")) {
    const r = lib.spearman(column(c.input.x), column(c.input.y), { alternative: alt(c) });
    assert.equal(r.n, num(c.expected.n), `${c.id} n`);
    compare("spearman", c, { rho: r.rho, t: r.t, df: r.df, pValue: r.pValue }, { rho: CLOSED, t: CLOSED, df: 0, pValue: TOL.pValue });
  }
});

test("wilcoxonSignedRank agrees with wilcox.test(paired = TRUE): V, p, exact or normal, zeros dropped", () => {
  for (const c of casesOf("wilcoxonSignedRank")) {
    const correct = c.input.correct === undefined ? true : c.input.correct === true;
    const digitsRank = c.input.digitsRank === undefined ? Infinity : num(c.input.digitsRank);
    const r = lib.wilcoxonSignedRank(column(c.input.x), column(c.input.y), { alternative: alt(c), correct, digitsRank });
    assert.equal(r.method, str(c.expected.method), `${c.id} method`);
    assert.equal(r.n, num(c.expected.n), `${c.id} n`);
    assert.equal(r.nZero, num(c.expected.nZero), `${c.id} nZero`);
    const tol: Record<string, number> = { statistic: 0, pValue: TOL.pValue };
    if (c.expected.z !== undefined) tol.z = CLOSED;
    compare("wilcoxonSignedRank", c, { statistic: r.statistic, pValue: r.pValue, z: r.z }, tol);
  }
});

for (const [name, fn] of [
  ["holm", lib.holm],
  ["benjaminiHochberg", lib.benjaminiHochberg],
] as const) {
  test(`${name} agrees with p.adjust`, () => {
    for (const c of casesOf(name)) {
      const got = fn(column(c.input.p));
      const want = c.expected.adjusted as Json[];
      assert.equal(got.length, want.length, `${c.id} length`);
      got.forEach((g, i) => {
        const w = want[i];
        if (w === null || w === undefined) assert.equal(g, null, `${c.id}[${i}]`);
        else close(g ?? NaN, num(w), CLOSED, `${name}: ${c.id}[${i}]`);
      });
    }
  });
}

test("pairedTTestPower agrees with pwr::pwr.t.test(type = 'paired')", () => {
  for (const c of casesOf("pairedTTestPower")) {
    const r = lib.pairedTTestPower(num(c.input.d), num(c.input.n), { sigLevel: num(c.input.sigLevel), alternative: alt(c) });
    close(r.power, num(c.expected.power), DIST, `pairedTTestPower: ${c.id}`);
  }
});

test("minimumDetectableEffect agrees with the exact root of pwr's power function (and pwr within its tolerance)", () => {
  for (const c of casesOf("minimumDetectableEffect")) {
    const r = lib.minimumDetectableEffect(num(c.input.n), {
      sigLevel: num(c.input.sigLevel),
      power: num(c.input.power),
      alternative: alt(c),
    });
    close(r.d, num(c.expected.d), DIST, `minimumDetectableEffect: ${c.id}`);
    if (c.expected.dPwr !== null && c.expected.dPwr !== undefined) {
      // pwr solves with uniroot's default tolerance (about 1e-4 in d).
      close(r.d, num(c.expected.dPwr), 1e-3, `minimumDetectableEffect-pwr: ${c.id}`);
    }
  }
});

test("distribution functions agree with R's pt, qt, pnorm, qnorm, pchisq, pf, qf and pt(ncp)", () => {
  const runners: Record<string, (i: ReferenceCase["input"]) => number> = {
    noncentralTCdf: (i) => lib.noncentralTCdf(num(i.t), num(i.df), num(i.ncp), i.lowerTail !== false),
    noncentralityForCdf: (i) => lib.noncentralityForCdf(num(i.t), num(i.df), num(i.p)),
    tCdf: (i) => lib.tCdf(num(i.t), num(i.df), i.lowerTail !== false),
    tQuantile: (i) => lib.tQuantile(num(i.p), num(i.df)),
    normalCdf: (i) => lib.normalCdf(num(i.x), i.lowerTail !== false),
    normalQuantile: (i) => lib.normalQuantile(num(i.p)),
    chiSquareCdf: (i) => lib.chiSquareCdf(num(i.x), num(i.df), i.lowerTail !== false),
    fCdf: (i) => lib.fCdf(num(i.x), num(i.df1), num(i.df2), i.lowerTail !== false),
    fQuantile: (i) => lib.fQuantile(num(i.p), num(i.df1), num(i.df2)),
  };
  for (const [fn, run] of Object.entries(runners)) {
    for (const c of casesOf(fn)) {
      const key = Object.keys(c.expected)[0] as string;
      close(run(c.input), num(c.expected[key]), DIST, `${fn}: ${c.id}`, 1e-300);
    }
  }
});

test("bootstrap percentile and BCa intervals agree with boot::boot.ci on the same resamples", () => {
  for (const c of casesOf("bootstrap")) {
    const x = column(c.input.x) as number[];
    const y = c.input.y === undefined ? null : (column(c.input.y) as number[]);
    const stat = str(c.input.statistic);
    const statistic = (idx: Int32Array): number => {
      const xs = Array.from(idx, (i) => x[i] as number);
      if (stat === "mean") return xs.reduce((a, b) => a + b, 0) / xs.length;
      const ys = Array.from(idx, (i) => (y as number[])[i] as number);
      if (stat === "meanDifference") return xs.reduce((a, b, k) => a + b - (ys[k] as number), 0) / xs.length;
      const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
      const my = ys.reduce((a, b) => a + b, 0) / ys.length;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      xs.forEach((v, k) => {
        sxy += (v - mx) * ((ys[k] as number) - my);
        sxx += (v - mx) ** 2;
        syy += ((ys[k] as number) - my) ** 2;
      });
      return sxy / Math.sqrt(sxx * syy);
    };
    const resamples = (c.input.indices as number[][]).map((row) => row.map((i) => i - 1)); // R is 1-based
    const r = lib.bootstrap(x.length, statistic, { seed: 1, resamples, level: level(c) });
    assert.equal(r.seed, null, "given resamples record no seed");
    compare(
      "bootstrap",
      c,
      {
        t0: r.estimate,
        percentileLower: r.percentile.lower,
        percentileUpper: r.percentile.upper,
        bcaLower: r.bca.lower,
        bcaUpper: r.bca.upper,
        acceleration: r.acceleration,
        z0: r.z0,
      },
      { t0: CLOSED, percentileLower: DIST, percentileUpper: DIST, bcaLower: DIST, bcaUpper: DIST, acceleration: 1e-8, z0: DIST },
    );
  }
});

after(() => {
  const rows = [...deviations.entries()].sort(([a], [b]) => a.localeCompare(b));
  console.log("largest relative deviation from R per function:");
  for (const [fn, dev] of rows) console.log(`  ${fn.padEnd(28)} ${dev.toExponential(2)}`);
});
