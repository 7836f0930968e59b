/**
 * Power of the paired t-test and the smallest detectable effect, as R's pwr package computes them.
 * @module power
 */
import { StatsError } from "./errors.js";
import { noncentralTCdf, solveMonotone, tQuantile } from "./distributions.js";
import { checkAlternative, checkNumber, type Alternative } from "./validate.js";

/** Options of the power functions. */
export interface PowerOptions {
  /** Significance level α (default 0.05). */
  readonly sigLevel?: number;
  readonly alternative?: Alternative;
}

function checkSig(fn: string, sig: number): void {
  if (typeof sig !== "number" || !(sig > 0 && sig < 1)) {
    throw new StatsError("OUT_OF_RANGE", fn, `sigLevel is ${String(sig)}; expected a number strictly between 0 and 1`, "sigLevel");
  }
}

function powerOf(d: number, n: number, sig: number, alternative: Alternative): number {
  const df = n - 1;
  const ncp = Math.sqrt(n) * d;
  if (alternative === "two-sided") {
    const q = tQuantile(1 - sig / 2, df);
    return noncentralTCdf(q, df, ncp, false) + noncentralTCdf(-q, df, ncp, true);
  }
  if (alternative === "greater") return noncentralTCdf(tQuantile(1 - sig, df), df, ncp, false);
  return noncentralTCdf(tQuantile(sig, df), df, ncp, true);
}

/**
 * Power of the paired-samples t-test for a true standardized effect d = μ_diff/σ_diff (d_z) with
 * n pairs: with df = n − 1 and noncentrality λ = √n·d,
 * two-sided: P(T'_{df,λ} > t_{1−α/2}) + P(T'_{df,λ} < −t_{1−α/2}); "greater": P(T' > t_{1−α});
 * "less": P(T' < t_α). For the two-sided test d is taken as |d| (as pwr does).
 *
 * Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.). Erlbaum.
 * https://doi.org/10.4324/9780203771587
 *
 * @throws {StatsError} NON_FINITE, OUT_OF_RANGE (n < 2 or not an integer, sigLevel outside (0, 1)).
 * @example pairedTTestPower(0.4, 51).power // 0.7999… (R: pwr::pwr.t.test(n = 51, d = 0.4, type = "paired")$power)
 * Validated against R's `pwr::pwr.t.test(n, d, sig.level, type = "paired", alternative)`.
 */
export function pairedTTestPower(
  d: number,
  n: number,
  options: PowerOptions = {},
): { readonly power: number; readonly d: number; readonly n: number; readonly sigLevel: number; readonly alternative: Alternative } {
  const fn = "pairedTTestPower";
  const sig = options.sigLevel ?? 0.05;
  const alternative = options.alternative ?? "two-sided";
  checkNumber(fn, "d", d);
  checkNumber(fn, "n", n, { integerMin: 2 });
  checkSig(fn, sig);
  checkAlternative(fn, alternative);
  const dd = alternative === "two-sided" ? Math.abs(d) : d;
  return Object.freeze({ power: powerOf(dd, n, sig, alternative), d, n, sigLevel: sig, alternative });
}

/**
 * Smallest effect d (as d_z) that the paired t-test with n pairs detects with the requested power:
 * the root of power(d) = target, solved to full precision by bisection (power increases with d;
 * for "less" the effect is negative). pwr solves the same equation with `uniroot`'s default
 * tolerance (about 1e-4 in d); this function is exact to double precision.
 *
 * Cohen (1988), see {@link pairedTTestPower}.
 *
 * @throws {StatsError} OUT_OF_RANGE for power not in (sigLevel, 1) or invalid n / sigLevel.
 * @example minimumDetectableEffect(51, { power: 0.8 }).d // 0.40003… (R: uniroot on pwr's power with tol = 1e-14; pwr.t.test(n = 51, power = 0.8, type = "paired")$d gives 0.40004)
 * Validated against R: uniroot on pwr's power function with tol = 1e-14, and pwr::pwr.t.test(n, power, type = "paired").
 */
export function minimumDetectableEffect(
  n: number,
  options: PowerOptions & { readonly power?: number } = {},
): { readonly d: number; readonly n: number; readonly power: number; readonly sigLevel: number; readonly alternative: Alternative } {
  const fn = "minimumDetectableEffect";
  const sig = options.sigLevel ?? 0.05;
  const target = options.power ?? 0.8;
  const alternative = options.alternative ?? "two-sided";
  checkNumber(fn, "n", n, { integerMin: 2 });
  checkSig(fn, sig);
  checkAlternative(fn, alternative);
  if (typeof target !== "number" || !(target > sig && target < 1)) {
    throw new StatsError("OUT_OF_RANGE", fn, `power is ${String(target)}; expected a number between sigLevel (${sig}) and 1`, "power");
  }
  const sign = alternative === "less" ? -1 : 1;
  const f = (a: number): number => powerOf(sign * a, n, sig, alternative) - target;
  let hi = 1;
  while (f(hi) < 0) {
    hi *= 2;
    if (hi > 1e6) throw new StatsError("NOT_CONVERGED", fn, `no effect size below 1e6 reaches power ${target} with n = ${n}`);
  }
  const a = solveMonotone(f, 0, hi, fn);
  return Object.freeze({ d: sign * a, n, power: target, sigLevel: sig, alternative });
}
