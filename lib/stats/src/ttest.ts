/**
 * Paired-samples t-test.
 * @module ttest
 */
import { StatsError } from "./errors.js";
import { pairedTTestFromMoments } from "./cores.js";
import {
  checkAlternative,
  checkLevel,
  completePairs,
  essentiallyConstant,
  meanAndSd,
  requireN,
  type Alternative,
  type MissingPolicy,
  type NumericInput,
} from "./validate.js";

/** A confidence interval; one-sided intervals have an infinite bound. */
export interface ConfidenceInterval {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/** Result of {@link pairedTTest}. */
export interface PairedTTestResult {
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  readonly alternative: Alternative;
  /** Mean of the differences x − y. */
  readonly meanDifference: number;
  /** Sample SD of the differences. */
  readonly sdDifference: number;
  /** Standard error of the mean difference, s_d / √n. */
  readonly standardError: number;
  /** Confidence interval for the mean difference (one-sided for one-sided alternatives, as R). */
  readonly ci: ConfidenceInterval;
  /** Complete pairs analysed. */
  readonly n: number;
  /** Incomplete pairs left out. */
  readonly nExcluded: number;
}

/** Options of {@link pairedTTest}. */
export interface PairedTTestOptions {
  readonly alternative?: Alternative;
  readonly level?: number;
  /** "listwise" (default) drops incomplete pairs; "fail" throws on them. */
  readonly missing?: MissingPolicy;
}

/**
 * Paired-samples (dependent) t-test of the differences dᵢ = xᵢ − yᵢ against 0.
 *
 * t = d̄ / (s_d / √n), df = n − 1, with d̄ the mean and s_d the sample SD of the n differences.
 * p: two-sided 2·P(T_df ≥ |t|); "greater" P(T_df ≥ t) (H₁: mean of x − y > 0); "less" P(T_df ≤ t).
 * CI: d̄ ± t_{1−γ/2, df} · s_d/√n (two-sided); one-sided bounds d̄ − t_{1−γ,df}·se (greater) or
 * d̄ + t_{1−γ,df}·se (less), with γ = 1 − level.
 * Pass (post, pre) to test the change post − pre.
 *
 * Student (1908). The probable error of a mean. Biometrika, 6(1), 1–25. https://doi.org/10.1093/biomet/6.1.1
 *
 * @throws {StatsError} LENGTH_MISMATCH, NON_FINITE, TOO_FEW (fewer than 2 complete pairs),
 *   ZERO_VARIANCE (all differences equal: t is undefined; or the differences are essentially
 *   constant, s_d/√n < 10·ε·|d̄| with ε = 2^−52, where R's t.test stops with "data are essentially
 *   constant": e.g. [1.1, 2.2, 3.3, 4.4] vs [1.0, 2.1, 3.2, 4.3], whose differences differ only by rounding).
 * @example pairedTTest([5, 4, 5, 4], [4, 4, 3, 3]).t // 2.449…
 * Validated against R's `t.test(x, y, paired = TRUE)`.
 */
export function pairedTTest(x: NumericInput, y: NumericInput, options: PairedTTestOptions = {}): PairedTTestResult {
  const fn = "pairedTTest";
  const alternative = options.alternative ?? "two-sided";
  const level = options.level ?? 0.95;
  checkAlternative(fn, alternative);
  checkLevel(fn, level);
  const pairs = completePairs(fn, "x", x, "y", y, options.missing ?? "listwise");
  const n = pairs.x.length;
  requireN(fn, "x and y", n, 2, "complete pairs");
  const d = pairs.x.map((v, i) => v - (pairs.y[i] as number));
  const stats = meanAndSd(d);
  if (!(stats.sd > 0)) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `all ${n} differences equal ${stats.mean}; the t statistic is undefined (standard error 0)`,
      "x and y",
    );
  }
  const se = stats.sd / Math.sqrt(n);
  if (essentiallyConstant(stats.mean, se)) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `the ${n} differences are essentially constant (standard error ${se} below 10·ε·|mean difference| = ${10 * Number.EPSILON * Math.abs(stats.mean)}, R's t.test rule): their spread is rounding error and the t statistic is undefined`,
      "x and y",
    );
  }
  // t, p and the interval from the moments: the core shared with columnarPaired.
  return pairedTTestFromMoments({ n, meanDiff: stats.mean, sdDiff: stats.sd, level, alternative, nExcluded: pairs.excluded });
}
