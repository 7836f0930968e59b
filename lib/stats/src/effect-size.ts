/**
 * Standardized mean differences for paired (pre/post) designs, one function per variant.
 *
 * The variants differ only in the standardizer of the mean difference M_diff = mean(x − y)
 * (Lakens, 2013): d_z uses the SD of the differences, d_av the average of the two SDs, d_rm
 * the SD of the differences rescaled by the pre-post correlation. The Hedges forms multiply by
 * the exact small-sample correction J. All intervals come from the noncentral t distribution of
 * the paired t statistic (Steiger & Fouladi, 1997; Cumming & Finch, 2001): the limits λ_L, λ_U of
 * the noncentrality parameter are rescaled to each standardizer (for d_av and d_rm conditional on
 * the observed SDs and r, as in Algina & Keselman, 2003).
 *
 * Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science.
 * Frontiers in Psychology, 4, 863. https://doi.org/10.3389/fpsyg.2013.00863
 * Algina, J., & Keselman, H. J. (2003). Approximate confidence intervals for effect sizes.
 * Educational and Psychological Measurement, 63(4), 537–553. https://doi.org/10.1177/0013164403256358
 *
 * @module effect-size
 */
import { StatsError } from "./errors.js";
import { hedgesJ, pairedEffectFromMoments, type PairedMoments } from "./cores.js";
import type { ConfidenceInterval } from "./ttest.js";
import {
  checkLevel,
  completePairs,
  correlationOf,
  essentiallyConstant,
  meanAndSd,
  requireN,
  type MissingPolicy,
  type NumericInput,
} from "./validate.js";

/** Names of the paired effect-size variants. */
export type PairedEffectVariant = "d_z" | "d_av" | "d_rm" | "g_z" | "g_av" | "g_rm";

/** Result of every paired effect-size function. */
export interface PairedEffectSize {
  readonly variant: PairedEffectVariant;
  readonly estimate: number;
  /** Interval from the noncentral t; `method` names it. */
  readonly ci: ConfidenceInterval & { readonly method: "noncentral-t" };
  /** The denominator used for M_diff. */
  readonly standardizer: number;
  readonly meanDifference: number;
  /** Paired t statistic M_diff / (SD_diff/√n) and its df, from which the interval derives. */
  readonly t: number;
  readonly df: number;
  /** Pearson correlation of x and y over the complete pairs (null when either SD is 0). */
  readonly correlation: number | null;
  /** Hedges' J for the g variants; null for the d variants (no correction applied). */
  readonly correction: number | null;
  readonly n: number;
  readonly nExcluded: number;
}

/**
 * Every paired effect-size variant of one construct (post − pre): the one declaration behind
 * the compendium's `EffectVariants` and `ColumnarEffects` (columnar).
 */
export interface EffectVariants {
  readonly d_z: PairedEffectSize;
  readonly d_av: PairedEffectSize;
  readonly d_rm: PairedEffectSize;
  readonly g_z: PairedEffectSize;
  readonly g_av: PairedEffectSize;
  readonly g_rm: PairedEffectSize;
}

/** Options shared by the paired effect-size functions. */
export interface PairedEffectOptions {
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** "listwise" (default) or "fail" on incomplete pairs. */
  readonly missing?: MissingPolicy;
}

/** Moments of the complete pairs, validated (level, pairs, differences) as every paired function does. */
interface ScalarMoments extends PairedMoments {
  readonly nExcluded: number;
  readonly sdX: number;
  readonly sdY: number;
  readonly r: number | null;
  readonly level: number;
}

function moments(fn: string, x: NumericInput, y: NumericInput, options: PairedEffectOptions): ScalarMoments {
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  const pairs = completePairs(fn, "x", x, "y", y, options.missing ?? "listwise");
  const n = pairs.x.length;
  requireN(fn, "x and y", n, 2, "complete pairs");
  const d = pairs.x.map((v, i) => v - (pairs.y[i] as number));
  const md = meanAndSd(d);
  if (!(md.sd > 0)) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `all ${n} differences equal ${md.mean}; the SD of the differences is 0 and the effect size is undefined`,
      "x and y",
    );
  }
  if (essentiallyConstant(md.mean, md.sd / Math.sqrt(n))) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `the ${n} differences are essentially constant (SD ${md.sd} is rounding error next to the mean difference ${md.mean}; R's t.test stops with "data are essentially constant"); the t statistic behind the effect size and its interval is undefined`,
      "x and y",
    );
  }
  const mx = meanAndSd(pairs.x);
  const my = meanAndSd(pairs.y);
  // Clamped to [−1, 1] as R's cor (rounding can give 1.0000000000000002, and √(2(1 − r)) would be NaN).
  const r = correlationOf(pairs.x, pairs.y).r;
  return {
    n,
    nExcluded: pairs.excluded,
    meanDiff: md.mean,
    sdDiff: md.sd,
    sdX: mx.sd,
    sdY: my.sd,
    r,
    level,
  };
}

/**
 * Exact Hedges correction J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)), computed on the log scale.
 *
 * Hedges, L. V. (1981). Distribution theory for Glass's estimator of effect size and related
 * estimators. Journal of Educational Statistics, 6(2), 107–128. https://doi.org/10.3102/10769986006002107
 *
 * @throws {StatsError} OUT_OF_RANGE for df ≤ 1 (J is undefined).
 * @example
 * hedgesCorrection(50) // 0.98491… (R: exp(lgamma(25) - log(sqrt(25)) - lgamma(24.5)))
 * hedgesCorrection(1) // throws OUT_OF_RANGE
 * Validated against R: exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df-1)/2)).
 */
export function hedgesCorrection(df: number): number {
  if (typeof df !== "number" || !Number.isFinite(df) || !(df > 1)) {
    throw new StatsError(
      "OUT_OF_RANGE",
      "hedgesCorrection",
      `df is ${String(df)}; expected a number greater than 1 (at least 3 pairs for a paired design)`,
      "df",
    );
  }
  return hedgesJ(df);
}

// The scalar functions' own errors for the standardizers; the core then computes them.
function requireAverageSd(fn: string, m: ScalarMoments): void {
  if (!((m.sdX + m.sdY) / 2 > 0))
    throw new StatsError("ZERO_VARIANCE", fn, "both x and y have SD 0; the average SD standardizer is 0", "x and y");
}

function requireCorrelation(fn: string, m: ScalarMoments): void {
  // d_rm's standardizer is SD_diff / √(2(1 − r)), so that d_rm = d_z · √(2(1 − r)) (Lakens 2013,
  // eq. 9). For r = 1 (x and y exactly linear, r clamped as R's cor) it is +∞ and d_rm = 0 with
  // interval [0, 0], as R's formula gives.
  if (m.r === null)
    throw new StatsError("ZERO_VARIANCE", fn, "x or y has SD 0, so the pre-post correlation r needed by d_rm is undefined", "x and y");
}

/**
 * Cohen's d_z for paired data: d_z = M_diff / SD_diff = t / √n, where M_diff and SD_diff are the
 * mean and sample SD of the differences x − y and n the number of complete pairs.
 * CI: [λ_L, λ_U] / √n, where λ solves P(T_{n−1}(λ) ≤ t) = 1 − γ/2 and γ/2 (γ = 1 − level).
 *
 * Reference: Lakens (2013), eq. 6, https://doi.org/10.3389/fpsyg.2013.00863; CI: Cumming & Finch
 * (2001), https://doi.org/10.1177/0013164401614001
 * @throws {StatsError} LENGTH_MISMATCH, NON_FINITE, TOO_FEW (< 2 pairs), ZERO_VARIANCE (constant
 *   differences, or essentially constant ones by R's t.test rule s_d/√n < 10·ε·|M_diff|, as pairedTTest).
 * @example cohensDz([5, 4, 5, 4], [4, 4, 3, 3]).estimate // 1.2247… (R: effectsize::cohens_d(x, y, paired = TRUE))
 * Validated against R: mean(d)/sd(d) and uniroot on pt(t, df, ncp); cross-checked with effectsize::cohens_d(paired = TRUE).
 */
export function cohensDz(x: NumericInput, y: NumericInput, options: PairedEffectOptions = {}): PairedEffectSize {
  return pairedEffectFromMoments("d_z", moments("cohensDz", x, y, options));
}

/**
 * Cohen's d_av: d_av = M_diff / ((SD_x + SD_y) / 2), the mean difference standardized by the
 * average of the two SDs (Lakens 2013, eq. 10; Cumming 2012). CI: the noncentral-t limits of d_z
 * times SD_diff / ((SD_x + SD_y)/2).
 *
 * Reference: Lakens (2013), https://doi.org/10.3389/fpsyg.2013.00863
 * @throws {StatsError} LENGTH_MISMATCH, NON_FINITE, TOO_FEW, ZERO_VARIANCE.
 * @example cohensDav([5, 4, 5, 4], [4, 4, 3, 3]).estimate // 1.7320… (√3; R: mean(x - y) / ((sd(x) + sd(y)) / 2))
 * Validated against R: mean(x - y) / ((sd(x) + sd(y)) / 2) with the rescaled noncentral-t interval.
 */
export function cohensDav(x: NumericInput, y: NumericInput, options: PairedEffectOptions = {}): PairedEffectSize {
  const m = moments("cohensDav", x, y, options);
  requireAverageSd("cohensDav", m);
  return pairedEffectFromMoments("d_av", m);
}

/**
 * Cohen's d_rm (repeated measures): d_rm = M_diff / √(SD_x² + SD_y² − 2·r·SD_x·SD_y) · √(2(1 − r))
 * = d_z · √(2(1 − r)), with r the pre-post correlation (Lakens 2013, eq. 9; Morris & DeShon 2002).
 * CI: the noncentral-t limits of d_z times √(2(1 − r)).
 *
 * Reference: Lakens (2013), https://doi.org/10.3389/fpsyg.2013.00863
 * r is clamped to [−1, 1] as R's cor does; at r = 1 (x exactly linear in y) d_rm = 0 with interval [0, 0].
 * @throws {StatsError} LENGTH_MISMATCH, NON_FINITE, TOO_FEW, ZERO_VARIANCE (also when x or y is constant).
 * @example cohensDrm([5, 4, 5, 4], [4, 4, 3, 3]).estimate // 1.7320… (d_z · √(2(1 − r)) = 1.2247 · √2, as r = 0)
 * Validated against R with the formula above.
 */
export function cohensDrm(x: NumericInput, y: NumericInput, options: PairedEffectOptions = {}): PairedEffectSize {
  const m = moments("cohensDrm", x, y, options);
  requireCorrelation("cohensDrm", m);
  return pairedEffectFromMoments("d_rm", m);
}

/**
 * Hedges' g_z = J(n − 1) · d_z, with the exact correction J of {@link hedgesCorrection}; CI limits times J.
 * @throws {StatsError} as {@link cohensDz}; TOO_FEW below 3 pairs (J needs df > 1).
 * @example hedgesGz([5, 4, 5, 4, 3], [4, 4, 3, 3, 3]).estimate // 0.7629… (R: J(4) * mean(x - y) / sd(x - y))
 * Validated against R (see cohensDz) times exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df-1)/2)).
 */
export function hedgesGz(x: NumericInput, y: NumericInput, options: PairedEffectOptions = {}): PairedEffectSize {
  return pairedEffectFromMoments("g_z", momentsForHedges("hedgesGz", x, y, options));
}

/**
 * Hedges' g_av = J(n − 1) · d_av (Lakens 2013, eq. 4 applied to d_av); CI limits times J.
 * @throws {StatsError} as {@link cohensDav}; TOO_FEW below 3 pairs.
 * @example hedgesGav([5, 4, 5, 4, 3], [4, 4, 3, 3, 3]).estimate // 0.9221… (R: J(4) * mean(x - y) / ((sd(x) + sd(y)) / 2))
 * Validated against R (see cohensDav) times J.
 */
export function hedgesGav(x: NumericInput, y: NumericInput, options: PairedEffectOptions = {}): PairedEffectSize {
  const m = momentsForHedges("hedgesGav", x, y, options);
  requireAverageSd("hedgesGav", m);
  return pairedEffectFromMoments("g_av", m);
}

/**
 * Hedges' g_rm = J(n − 1) · d_rm; CI limits times J.
 * @throws {StatsError} as {@link cohensDrm}; TOO_FEW below 3 pairs.
 * @example hedgesGrm([5, 4, 5, 4, 3], [4, 4, 3, 3, 3]).estimate // 0.8849… (R: J(4) * d_z * sqrt(2 * (1 - cor(x, y))))
 * Validated against R (see cohensDrm) times J.
 */
export function hedgesGrm(x: NumericInput, y: NumericInput, options: PairedEffectOptions = {}): PairedEffectSize {
  const m = momentsForHedges("hedgesGrm", x, y, options);
  requireCorrelation("hedgesGrm", m);
  return pairedEffectFromMoments("g_rm", m);
}

function momentsForHedges(fn: string, x: NumericInput, y: NumericInput, options: PairedEffectOptions): ScalarMoments {
  const m = moments(fn, x, y, options);
  requireN(fn, "x and y", m.n, 3, "complete pairs");
  return m;
}
