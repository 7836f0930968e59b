/**
 * Probability distributions used by the tests and effect-size intervals.
 *
 * Central distributions delegate to stdlib (https://stdlib.io), whose ports of the Boost and
 * Cephes algorithms agree with R to about 1e-14. jstat was checked first and rejected for
 * these: its `studentt.cdf(0.3, 1000)` is off by 6e-8 relative and `normal.cdf(-8)` by 2 %.
 *
 * The noncentral t distribution is written here by hand because no maintained JavaScript
 * library provides it at R's accuracy; it is a line-by-line port of R's `pnt()` (AS 243,
 * Lenth 1989, with R's refinements), so that power analyses and effect-size intervals
 * agree with R's `pt(q, df, ncp)` and the pwr package.
 *
 * @module distributions
 */
import stdNormalCdf from "@stdlib/stats-base-dists-normal-cdf";
import stdTCdf from "@stdlib/stats-base-dists-t-cdf";
import stdTQuantile from "@stdlib/stats-base-dists-t-quantile";
import betainc from "@stdlib/math-base-special-betainc";
import gammainc from "@stdlib/math-base-special-gammainc";
import gammaln from "@stdlib/math-base-special-gammaln";
import { StatsError } from "./errors.js";
import { checkAlternative, checkNumber, checkProbability, type Alternative } from "./validate.js";

/**
 * Standard normal distribution function Φ(x) (lower tail) or 1 − Φ(x) (upper tail),
 * each computed directly so that small tail probabilities keep their relative accuracy.
 *
 * @example normalCdf(1.959963984540054) // 0.975
 * Validated against R's `pnorm`.
 */
export function normalCdf(x: number, lowerTail = true): number {
  checkNumberOrInfinite("normalCdf", "x", x);
  return lowerTail ? stdNormalCdf(x, 0, 1) : stdNormalCdf(-x, 0, 1);
}

/**
 * Standard normal quantile Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16), the algorithm of R's
 * `qnorm`: rational approximations on three ranges of p, accurate to about 1e-16.
 * Written here because stdlib's normal quantile evaluates erfinv(2p − 1), which loses the relative
 * accuracy of small p (it returns −∞ for p = 1e-30 where R gives −11.46).
 *
 * Wichura, M. J. (1988). Algorithm AS 241: The percentage points of the normal distribution.
 * Applied Statistics, 37(3), 477–484. https://doi.org/10.2307/2347330
 *
 * @throws {StatsError} OUT_OF_RANGE when p is not in [0, 1].
 * @example normalQuantile(0.975) // 1.959963984540054
 * Validated against R's `qnorm`.
 */
export function normalQuantile(p: number): number {
  checkProbability("normalQuantile", "p", p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    val =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -val : val;
}

/**
 * Student t distribution function P(T ≤ t) with `df` degrees of freedom, or P(T > t) for
 * the upper tail (by symmetry, so that it keeps relative accuracy in the far tail).
 * @example tCdf(2.0085591121007611, 50) // 0.975
 * Validated against R's `pt`.
 */
export function tCdf(t: number, df: number, lowerTail = true): number {
  checkNumberOrInfinite("tCdf", "t", t);
  checkNumber("tCdf", "df", df, { positive: true });
  return stdTCdf(lowerTail ? t : -t, df);
}

/**
 * Student t quantile: the t with P(T ≤ t) = p. For p > 0.5 the upper tail is inverted,
 * t_p = −t_{1−p} (by symmetry; 1 − p is exact for p ≥ 0.5), as R's `qt` does, so that p close to 1
 * (1 − 1e-10, 1 − 1e-15) keeps the relative accuracy of its small complement. For df = 1 (Cauchy)
 * the closed form t_p = −cot(πp) is used.
 * @example tQuantile(0.975, 50) // 2.0085591121007611
 * Validated against R's `qt`, including p = 1e-10, 1e-300, 1 − 1e-10 and 1 − 1e-15.
 */
export function tQuantile(p: number, df: number): number {
  checkProbability("tQuantile", "p", p);
  checkNumber("tQuantile", "df", df, { positive: true });
  if (p > 0.5) return -tQuantile(1 - p, df);
  if (df === 1) {
    // Cauchy: t_p = −cot(πp), written so that neither tail loses digits (stdlib gives −∞ at p = 1e-300).
    if (p === 0.5) return 0;
    return p < 0.25 ? -1 / Math.tan(Math.PI * p) : -Math.tan(Math.PI * (0.5 - p));
  }
  return stdTQuantile(p, df);
}

/**
 * p-value of a t statistic for an alternative hypothesis, as R's `t.test` computes it:
 * two-sided 2·P(T ≥ |t|), "less" P(T ≤ t), "greater" P(T ≥ t).
 * @example tPValue(2.5, 10, "two-sided") // 0.03144684423660882
 * Validated against R's `t.test` p-values (through pairedTTest) and `pt`.
 */
export function tPValue(t: number, df: number, alternative: Alternative): number {
  checkAlternative("tPValue", alternative);
  if (alternative === "less") return tCdf(t, df, true);
  if (alternative === "greater") return tCdf(t, df, false);
  return Math.min(1, 2 * tCdf(-Math.abs(t), df, true));
}

/**
 * p-value of a standard normal statistic z for an alternative: two-sided 2·Φ(−|z|), "less" Φ(z),
 * "greater" 1 − Φ(z) (computed as Φ(−z)).
 * @example zPValue(1.959963984540054, "two-sided") // 0.05
 * Validated against R's `pnorm` (through wilcoxonSignedRank's normal approximation).
 */
export function zPValue(z: number, alternative: Alternative): number {
  checkAlternative("zPValue", alternative);
  if (alternative === "less") return normalCdf(z, true);
  if (alternative === "greater") return normalCdf(z, false);
  return Math.min(1, 2 * normalCdf(-Math.abs(z), true));
}

/**
 * Chi-squared distribution function; upper tail P(X > x) computed directly via the
 * regularized upper incomplete gamma function Q(df/2, x/2).
 * @example chiSquareCdf(3.841458820694124, 1, false) // 0.05
 * Validated against R's `pchisq`.
 */
export function chiSquareCdf(x: number, df: number, lowerTail = true): number {
  checkNumberOrInfinite("chiSquareCdf", "x", x);
  checkNumber("chiSquareCdf", "df", df, { positive: true });
  if (x <= 0) return lowerTail ? 0 : 1;
  if (x === Infinity) return lowerTail ? 1 : 0;
  return gammainc(x / 2, df / 2, true, !lowerTail);
}

/**
 * F distribution function with (df1, df2) degrees of freedom, via the regularized
 * incomplete beta function I_{df1·x/(df1·x+df2)}(df1/2, df2/2); the upper tail directly.
 * @example fCdf(4.964602743730712, 1, 10, false) // 0.05
 * Validated against R's `pf`.
 */
export function fCdf(x: number, df1: number, df2: number, lowerTail = true): number {
  checkNumberOrInfinite("fCdf", "x", x);
  checkNumber("fCdf", "df1", df1, { positive: true });
  checkNumber("fCdf", "df2", df2, { positive: true });
  if (x <= 0) return lowerTail ? 0 : 1;
  if (x === Infinity) return lowerTail ? 1 : 0;
  const u = (df1 * x) / (df1 * x + df2);
  return betainc(u, df1 / 2, df2 / 2, true, !lowerTail);
}

/**
 * F quantile, by bisection on the regularized incomplete beta function (to full double precision).
 * With a = df1/2, b = df2/2: for p ≤ 0.5 the lower tail is inverted, I_u(a, b) = p with
 * u = df1·x/(df1·x + df2), x = df2·u/(df1·(1 − u)); for p > 0.5 the upper tail, as R's `qf` does:
 * P(F > x) = I_w(b, a) = 1 − p with w = df2/(df2 + df1·x), x = df2·(1 − w)/(df1·w). Solving for the
 * small tail probability 1 − p (exact for p ≥ 0.5) and for the small w keeps the digits of x when
 * p is close to 1: fQuantile(1 − 1e-10, 1, 1) is 4.05e19 (solving I_u = p for u gave u = 1, x = ∞).
 * Used for the Feldt interval of Cronbach's alpha.
 * @example fQuantile(0.975, 50, 400) // 1.4698893365028010
 * Validated against R's `qf`, including p = 1e-10, 1e-300, 1 − 1e-10 and 1 − 1e-15.
 */
export function fQuantile(p: number, df1: number, df2: number): number {
  checkProbability("fQuantile", "p", p);
  checkNumber("fQuantile", "df1", df1, { positive: true });
  checkNumber("fQuantile", "df2", df2, { positive: true });
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  if (p <= 0.5) {
    const u = solveMonotone((v) => betainc(v, df1 / 2, df2 / 2, true, false) - p, 0, 1, "fQuantile");
    return (df2 * u) / (df1 * (1 - u));
  }
  const q = 1 - p;
  const w = solveMonotone((v) => betainc(v, df2 / 2, df1 / 2, true, false) - q, 0, 1, "fQuantile");
  return (df2 * (1 - w)) / (df1 * w);
}

const M_SQRT_2dPI = 0.797884560802865355879892119869; // √(2/π)
const M_LN_SQRT_PI = 0.572364942924700087071713675677; // ln √π
const DBL_EPSILON = 2.220446049250313e-16;
const DBL_MIN_EXP = -1021;

/**
 * Noncentral t distribution function P(T ≤ t) with `df` degrees of freedom and
 * noncentrality `ncp` (upper tail on request).
 *
 * Algorithm AS 243 (Lenth, 1989), as refined in R's `pnt()`: twin series of incomplete beta
 * functions weighted by Poisson probabilities, iterated until the error bound is below 1e-12;
 * for df > 4·10⁵ or very large ncp the normal approximation of Abramowitz & Stegun 26.7.10.
 * Like R, the upper tail is 1 − lower (so its relative accuracy is limited far in the tail).
 *
 * Lenth, R. V. (1989). Algorithm AS 243: Cumulative distribution function of the non-central
 * t distribution. Applied Statistics, 38(1), 185–189. https://doi.org/10.2307/2347693
 *
 * @throws {StatsError} NON_FINITE / OUT_OF_RANGE for invalid arguments; NOT_CONVERGED when the
 *   series does not converge in 1000 terms.
 * @example noncentralTCdf(2, 10, 1) // 0.80761156253031108
 * Validated against R's `pt(q, df, ncp)`.
 */
export function noncentralTCdf(t: number, df: number, ncp: number, lowerTail = true): number {
  const fn = "noncentralTCdf";
  checkNumberOrInfinite(fn, "t", t);
  checkNumber(fn, "df", df, { positive: true });
  checkNumber(fn, "ncp", ncp);
  if (ncp === 0) return tCdf(t, df, lowerTail);
  if (!Number.isFinite(t)) return t < 0 === lowerTail ? 0 : 1;

  let negdel: boolean;
  let tt: number;
  let del: number;
  if (t >= 0) {
    negdel = false;
    tt = t;
    del = ncp;
  } else {
    if (ncp > 40 && !lowerTail) return 1; // R: R_DT_0 with lower_tail = FALSE is 1
    if (ncp > 40) return 0;
    negdel = true;
    tt = -t;
    del = -ncp;
  }

  if (df > 4e5 || del * del > 2 * Math.LN2 * -DBL_MIN_EXP) {
    const s = 1 / (4 * df);
    const z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
    return normalCdf(z, lowerTail !== negdel);
  }

  let x = t * t;
  x = x / (x + df);
  let tnc: number;
  if (x > 0) {
    const lambda = del * del;
    let p = 0.5 * Math.exp(-0.5 * lambda);
    if (p === 0) {
      throw new StatsError("NOT_CONVERGED", fn, `underflow for ncp = ${ncp}; expected |ncp| below about 37`, "ncp");
    }
    let q = M_SQRT_2dPI * p * del;
    let s = 0.5 - p;
    if (s < 1e-7) s = -0.5 * Math.expm1(-0.5 * lambda);
    let a = 0.5;
    const b = 0.5 * df;
    const rxb = Math.pow(df / (t * t + df), b);
    const albeta = M_LN_SQRT_PI + gammaln(b) - gammaln(0.5 + b);
    let xodd = betainc(x, a, b, true, false);
    let godd = 2 * rxb * Math.exp(a * Math.log(x) - albeta);
    const bx = b * x;
    let xeven = bx < DBL_EPSILON ? bx : 1 - rxb;
    let geven = bx * rxb;
    tnc = p * xodd + q * xeven;
    let converged = false;
    for (let it = 1; it <= 1000; it++) {
      a += 1;
      xodd -= godd;
      xeven -= geven;
      godd *= (x * (a + b - 1)) / a;
      geven *= (x * (a + b - 0.5)) / (a + 0.5);
      p *= lambda / (2 * it);
      q *= lambda / (2 * it + 1);
      tnc += p * xodd + q * xeven;
      s -= p;
      if (s < -1e-10) {
        converged = true; // R warns about precision and stops here too
        break;
      }
      if (s <= 0 && it > 1) {
        converged = true;
        break;
      }
      const errbd = 2 * s * (xodd - godd);
      if (Math.abs(errbd) < 1e-12) {
        converged = true;
        break;
      }
    }
    if (!converged) {
      throw new StatsError("NOT_CONVERGED", fn, `series did not converge in 1000 terms for t = ${t}, df = ${df}, ncp = ${ncp}`);
    }
  } else {
    tnc = 0;
  }
  tnc += normalCdf(-del, true);
  const lower = lowerTail !== negdel;
  const tmp = Math.min(tnc, 1);
  return lower ? tmp : 1 - tmp;
}

/**
 * The noncentrality parameter λ with P(T ≤ t | df, λ) = p, the building block of confidence
 * intervals for standardized effects (Steiger & Fouladi, 1997; Cumming & Finch, 2001).
 * P(T ≤ t | λ) decreases in λ, so the root is bracketed by expanding around t and found by
 * bisection to full double precision.
 *
 * Steiger, J. H., & Fouladi, R. T. (1997). Noncentrality interval estimation and the evaluation
 * of statistical models. In L. L. Harlow et al. (Eds.), What if there were no significance tests?
 *
 * @example noncentralityForCdf(2.5, 20, 0.975) // 0.3673 (the lower 95 % limit of λ given t = 2.5; R: uniroot(function(l) pt(2.5, 20, ncp = l) - 0.975, c(-10, 10)))
 * Validated against R's `uniroot(function(l) pt(t, df, l) - p, ...)`.
 */
export function noncentralityForCdf(t: number, df: number, p: number): number {
  const fn = "noncentralityForCdf";
  checkNumber(fn, "t", t);
  checkNumber(fn, "df", df, { positive: true });
  checkProbability(fn, "p", p);
  if (p === 0 || p === 1) {
    throw new StatsError("OUT_OF_RANGE", fn, `p is ${p}; expected 0 < p < 1`, "p");
  }
  const f = (ncp: number): number => noncentralTCdf(t, df, ncp, true) - p;
  // f is decreasing in ncp; expand a bracket [lo, hi] with f(lo) > 0 > f(hi).
  let step = 1 + Math.abs(t) / 2;
  let lo = t - step;
  let hi = t + step;
  for (let i = 0; i < 200 && f(lo) < 0; i++) {
    step *= 2;
    lo = t - step;
  }
  for (let i = 0; i < 200 && f(hi) > 0; i++) {
    step *= 2;
    hi = t + step;
  }
  return solveMonotone(f, lo, hi, fn);
}

/**
 * Root of a monotone function on [lo, hi] by bisection until the bracket cannot shrink
 * further in double precision. Internal.
 */
export function solveMonotone(f: (x: number) => number, lo: number, hi: number, fn: string): number {
  let flo = f(lo);
  const fhi = f(hi);
  if (flo === 0) return lo;
  if (fhi === 0) return hi;
  if (Math.sign(flo) === Math.sign(fhi)) {
    throw new StatsError("NOT_CONVERGED", fn, `no sign change on [${lo}, ${hi}] (f = ${flo}, ${fhi}); the root could not be bracketed`);
  }
  for (let i = 0; i < 2000; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid;
      flo = fm;
    } else {
      hi = mid;
    }
  }
  return lo + (hi - lo) / 2;
}

/** log Γ(x), from stdlib. Internal helper re-exported for effect-size corrections. */
export function logGamma(x: number): number {
  return gammaln(x);
}

function checkNumberOrInfinite(fn: string, argument: string, v: unknown): asserts v is number {
  if (typeof v !== "number" || Number.isNaN(v)) {
    throw new StatsError("NON_FINITE", fn, `${argument} is ${String(v)}; expected a number`, argument);
  }
}
