/**
 * Cores that take summary statistics: Cronbach's alpha from an item covariance matrix, and the
 * paired t-test with every paired effect-size variant from the moments of the pairs, in the style
 * of SciPy's `ttest_ind_from_stats`. The scalar functions (`cronbachAlpha`, `pairedTTest`,
 * `cohensDz` … `hedgesGrm`) compute the moments from the raw values and the columnar engine
 * (lib/stats/src/columnar) from its one-pass sums; both then call these cores, so the two paths share one
 * implementation of the formulas and cannot drift apart.
 * @module cores
 */
import { StatsError } from "./errors.js";
import { fQuantile, logGamma, noncentralityForCdf, tPValue, tQuantile } from "./distributions.js";
import type { EffectVariants, PairedEffectSize, PairedEffectVariant } from "./effect-size.js";
import type { AlphaResult, ItemAnalysis } from "./reliability.js";
import type { PairedTTestResult } from "./ttest.js";
import { checkAlternative, checkLevel, essentiallyConstant, requireN, type Alternative } from "./validate.js";

/** Options of {@link alphaFromCovariance}. */
export interface AlphaFromCovarianceOptions {
  /** Confidence level of the Feldt interval (default 0.95). */
  readonly level?: number;
  /** Item means, reported as `items[i].mean` (a covariance matrix does not hold them; NaN when not given). */
  readonly means?: ArrayLike<number>;
  /** Rows left out before the covariances were taken, reported as `nExcluded` (default 0). */
  readonly nExcluded?: number;
  /** Function and argument named in errors, and the scale named in the zero-variance message (internal use by the wrappers). */
  readonly context?: { readonly fn: string; readonly argument: string; readonly label?: string };
}

/** Raw alpha of the k × k covariance rows `c` restricted to the item subset `keep`. */
function alphaOfSubset(c: readonly ArrayLike<number>[], keep: readonly number[]): number {
  const k = keep.length;
  let diag = 0;
  let total = 0;
  for (const i of keep) {
    for (const j of keep) {
      const v = (c[i] as ArrayLike<number>)[j] as number;
      total += v;
      if (i === j) diag += v;
    }
  }
  return (k / (k - 1)) * (1 - diag / total);
}

/**
 * Cronbach's alpha (raw and standardized), alpha if item deleted, corrected item-total
 * correlations and the Feldt confidence interval from the k × k item covariance matrix C = (cᵢⱼ)
 * (denominator n − 1) of n complete rows.
 *
 * Raw:          α = k/(k − 1) · (1 − Σᵢ cᵢᵢ / Σᵢ Σⱼ cᵢⱼ): the item variances cᵢᵢ over the variance
 *               Σᵢ Σⱼ cᵢⱼ of the sum score.
 * Standardized: α_std = k·r̄ / (1 + (k − 1)·r̄), r̄ = mean over i < j of rᵢⱼ = cᵢⱼ / √(cᵢᵢ·cⱼⱼ)
 *               (null when an item variance is 0).
 * Item i deleted: the raw alpha of C without row and column i (null when k = 2); corrected
 *               item-total correlation Σ_{a≠i} cᵢₐ / √(cᵢᵢ · Σ_{a≠i} Σ_{b≠i} cₐᵦ).
 * Feldt CI:     [1 − (1 − α)·F₁₋γ/₂, 1 − (1 − α)·F_γ/₂], F quantiles on (n − 1, (n − 1)(k − 1))
 *               degrees of freedom, γ = 1 − level.
 * Sums run row by row (i outer, j inner), the order `cronbachAlpha` and `columnarAlpha` always used.
 *
 * Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika,
 * 16(3), 297–334. https://doi.org/10.1007/BF02310555
 * Feldt, L. S., Woodruff, D. J., & Salih, F. A. (1987). Statistical inference for coefficient
 * alpha. Applied Psychological Measurement, 11(1), 93–103. https://doi.org/10.1177/014662168701100107
 *
 * @param cov the item covariance matrix as k rows of k values (a symmetric matrix is assumed, not checked).
 * @param n the number of complete rows the covariances come from (the Feldt degrees of freedom).
 * @throws {StatsError} TOO_FEW (fewer than 2 items, n < 2), LENGTH_MISMATCH (a row without k
 *   values or means without k values), OUT_OF_RANGE (level), ZERO_VARIANCE when Σᵢ Σⱼ cᵢⱼ is not
 *   positive (constant sum score, or NaN).
 * @example
 * const c = [[5 / 3, 11 / 6, 2], [11 / 6, 9 / 4, 2], [2, 2, 8 / 3]];
 * alphaFromCovariance(c, 4).alpha // 0.9589… (R: psych::alpha(c, n.obs = 4)$total$raw_alpha)
 * alphaFromCovariance(c, 4).standardizedAlpha // 0.9658… (R: psych::alpha(c, n.obs = 4)$total$std.alpha)
 * alphaFromCovariance(c, 4).ci.lower // 0.7288… (R: 1 - (1 - 0.9589041) * qf(0.975, 3, 6))
 * alphaFromCovariance([[1, 1], [1, 1]], 1) // throws TOO_FEW
 * Validated against R's psych::alpha on a covariance matrix (raw_alpha, std.alpha) and Feldt's
 * formula with qf; through cronbachAlpha, against psych::alpha on raw data (test/stats).
 */
export function alphaFromCovariance(cov: readonly ArrayLike<number>[], n: number, options: AlphaFromCovarianceOptions = {}): AlphaResult {
  const fn = options.context?.fn ?? "alphaFromCovariance";
  const argument = options.context?.argument ?? "cov";
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  if (!Array.isArray(cov) || cov.length < 2) {
    throw new StatsError(
      "TOO_FEW",
      fn,
      `cov has ${Array.isArray(cov) ? cov.length : "no"} rows; expected a k × k covariance matrix of at least 2 items`,
      argument,
    );
  }
  const k = cov.length;
  cov.forEach((row, i) => {
    if (row === null || typeof row !== "object" || row.length !== k) {
      throw new StatsError("LENGTH_MISMATCH", fn, `cov[${i}] has ${row?.length ?? "no"} values; expected ${k} (a k × k matrix)`, argument);
    }
  });
  if (options.means !== undefined && options.means.length !== k) {
    throw new StatsError("LENGTH_MISMATCH", fn, `means has ${options.means.length} values; expected one per item (${k})`, "means");
  }
  requireN(fn, argument, n, 2, "complete rows");
  const c = cov;
  const all = Array.from({ length: k }, (_, i) => i);
  let totalVar = 0;
  for (const row of c) for (let j = 0; j < k; j++) totalVar += row[j] as number;
  if (!(totalVar > 0)) {
    const of = options.context?.label === undefined ? "" : ` of ${options.context.label}`;
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `the sum score of the ${k} items${of} has zero variance over ${n} complete rows; alpha is undefined`,
      argument,
    );
  }
  const alpha = alphaOfSubset(c, all);
  const variances = all.map((i) => {
    const v = (c[i] as ArrayLike<number>)[i] as number;
    return v > 0 ? v : 0;
  });
  let meanR: number | null = null;
  let standardizedAlpha: number | null = null;
  if (!variances.some((v) => v === 0)) {
    let sum = 0;
    for (let i = 0; i < k; i++)
      for (let j = i + 1; j < k; j++)
        sum += ((c[i] as ArrayLike<number>)[j] as number) / Math.sqrt((variances[i] as number) * (variances[j] as number));
    meanR = sum / ((k * (k - 1)) / 2);
    standardizedAlpha = (k * meanR) / (1 + (k - 1) * meanR);
  }
  const items: ItemAnalysis[] = all.map((i) => {
    const rest = all.filter((j) => j !== i);
    // Variance of the rest score and covariance of item i with it, from the covariance matrix.
    let restVar = 0;
    let covItemRest = 0;
    for (const a of rest) {
      covItemRest += (c[i] as ArrayLike<number>)[a] as number;
      for (const b of rest) restVar += (c[a] as ArrayLike<number>)[b] as number;
    }
    const vi = variances[i] as number;
    return Object.freeze({
      index: i,
      mean: options.means === undefined ? NaN : (options.means[i] as number),
      variance: vi,
      alphaIfDeleted: k > 2 && restVar > 0 ? alphaOfSubset(c, rest) : null,
      correctedItemTotal: vi > 0 && restVar > 0 ? covItemRest / Math.sqrt(vi * restVar) : null,
    });
  });
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const g = 1 - level;
  return Object.freeze({
    alpha,
    standardizedAlpha,
    meanInterItemCorrelation: meanR,
    k,
    n,
    nExcluded: options.nExcluded ?? 0,
    ci: Object.freeze({
      level,
      lower: 1 - (1 - alpha) * fQuantile(1 - g / 2, df1, df2),
      upper: 1 - (1 - alpha) * fQuantile(g / 2, df1, df2),
      method: "feldt" as const,
    }),
    items: Object.freeze(items),
  });
}

/** Summary statistics of n pairs (x, y) for {@link pairedTTestFromMoments}, {@link pairedEffectFromMoments} and {@link pairedFromMoments}. */
export interface PairedMoments {
  /** Complete pairs. */
  readonly n: number;
  /** Mean of the differences dᵢ = xᵢ − yᵢ. */
  readonly meanDiff: number;
  /** Sample SD (n − 1) of the differences. */
  readonly sdDiff: number;
  /** Sample SDs of x and y over the pairs (needed by d_av and g_av; null or absent otherwise). */
  readonly sdX?: number | null;
  readonly sdY?: number | null;
  /** Pearson correlation of x and y over the pairs, in [−1, 1] (needed by d_rm and g_rm; null when undefined). */
  readonly r?: number | null;
  /** Confidence level of every interval (default 0.95). */
  readonly level?: number;
  /** Alternative of the t-test's p-value and interval (default "two-sided"; the effect-size intervals are always two-sided). */
  readonly alternative?: Alternative;
  /** Incomplete pairs left out before the moments were taken, reported as `nExcluded` (default 0). */
  readonly nExcluded?: number;
}

/** Validated moments with the t statistic. */
interface Checked {
  readonly n: number;
  readonly df: number;
  readonly meanDiff: number;
  readonly sdDiff: number;
  readonly se: number;
  readonly t: number;
  readonly level: number;
  readonly nExcluded: number;
}

function checkMoments(fn: string, m: PairedMoments, minN: number): Checked {
  if (m === null || typeof m !== "object")
    throw new StatsError("INVALID_ARGUMENT", fn, `moments is ${String(m)}; expected an object { n, meanDiff, sdDiff, … }`, "moments");
  const level = m.level ?? 0.95;
  checkLevel(fn, level);
  requireN(fn, "n", m.n, minN, "complete pairs");
  if (!Number.isFinite(m.meanDiff) || !Number.isFinite(m.sdDiff)) {
    throw new StatsError("NON_FINITE", fn, `meanDiff is ${m.meanDiff} and sdDiff ${m.sdDiff}; expected finite numbers`, "moments");
  }
  if (!(m.sdDiff > 0))
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `sdDiff is ${m.sdDiff}; the SD of the differences must be positive for the t statistic to be defined`,
      "sdDiff",
    );
  const se = m.sdDiff / Math.sqrt(m.n);
  if (essentiallyConstant(m.meanDiff, se)) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `the differences are essentially constant (standard error ${se} below 10·ε·|meanDiff|, R's t.test rule); the t statistic is undefined`,
      "sdDiff",
    );
  }
  return { n: m.n, df: m.n - 1, meanDiff: m.meanDiff, sdDiff: m.sdDiff, se, t: m.meanDiff / se, level, nExcluded: m.nExcluded ?? 0 };
}

/** The paired t-test from checked moments. */
function testOf(c: Checked, alternative: Alternative): PairedTTestResult {
  const { t, df, se, level } = c;
  let lower: number;
  let upper: number;
  if (alternative === "two-sided") {
    const q = tQuantile(1 - (1 - level) / 2, df);
    lower = c.meanDiff - q * se;
    upper = c.meanDiff + q * se;
  } else if (alternative === "greater") {
    lower = c.meanDiff - tQuantile(level, df) * se;
    upper = Infinity;
  } else {
    lower = -Infinity;
    upper = c.meanDiff + tQuantile(level, df) * se;
  }
  return Object.freeze({
    t,
    df,
    pValue: tPValue(t, df, alternative),
    alternative,
    meanDifference: c.meanDiff,
    sdDifference: c.sdDiff,
    standardError: se,
    ci: Object.freeze({ level, lower, upper }),
    n: c.n,
    nExcluded: c.nExcluded,
  });
}

/** Noncentral-t limits λ_L, λ_U of the paired t: P(T_df(λ) ≤ t) = 1 − γ/2 and γ/2. */
function limits(c: Checked): readonly [number, number] {
  const g = 1 - c.level;
  return [noncentralityForCdf(c.t, c.df, 1 - g / 2), noncentralityForCdf(c.t, c.df, g / 2)];
}

const CORRECTED: Readonly<Record<PairedEffectVariant, boolean>> = {
  d_z: false,
  d_av: false,
  d_rm: false,
  g_z: true,
  g_av: true,
  g_rm: true,
};

/** The standardizer of a variant: SD_diff (z), (SD_x + SD_y)/2 (av), SD_diff/√(2(1 − r)) (rm). */
function standardizerOf(fn: string, variant: PairedEffectVariant, m: PairedMoments): number {
  const kind = variant.slice(2);
  if (kind === "z") return m.sdDiff;
  if (kind === "av") {
    const sdX = m.sdX ?? NaN;
    const sdY = m.sdY ?? NaN;
    if (!(sdX >= 0) || !(sdY >= 0) || !Number.isFinite(sdX) || !Number.isFinite(sdY)) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        fn,
        `sdX is ${String(m.sdX)} and sdY ${String(m.sdY)}; ${variant} needs both SDs as finite numbers ≥ 0`,
        "sdX and sdY",
      );
    }
    const s = (sdX + sdY) / 2;
    if (!(s > 0))
      throw new StatsError("ZERO_VARIANCE", fn, `sdX and sdY are 0; the average SD standardizer of ${variant} is 0`, "sdX and sdY");
    return s;
  }
  const r = m.r;
  if (r === null || r === undefined)
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `r is ${String(r)}; ${variant} needs the pre-post correlation (undefined when x or y has SD 0)`,
      "r",
    );
  if (!(r >= -1 && r <= 1)) throw new StatsError("OUT_OF_RANGE", fn, `r is ${r}; expected a correlation in [−1, 1]`, "r");
  // SD_diff / √(2(1 − r)), so that d_rm = d_z · √(2(1 − r)) (Lakens 2013, eq. 9); r = 1 gives +∞ and d_rm = 0.
  return m.sdDiff / Math.sqrt(2 * (1 - r));
}

/** One effect-size variant from checked moments, the shared noncentral-t limits and its standardizer. */
function effectOf(
  c: Checked,
  lambda: readonly [number, number],
  r: number | null,
  variant: PairedEffectVariant,
  standardizer: number,
  correction: number | null,
): PairedEffectSize {
  // The t statistic equals M_diff / (SD_diff/√n); any standardizer S gives d = t · SD_diff / (√n · S).
  const scale = (c.sdDiff / Math.sqrt(c.n) / standardizer) * (correction ?? 1);
  return Object.freeze({
    variant,
    estimate: (c.meanDiff / standardizer) * (correction ?? 1),
    ci: Object.freeze({ level: c.level, lower: lambda[0] * scale, upper: lambda[1] * scale, method: "noncentral-t" as const }),
    standardizer,
    meanDifference: c.meanDiff,
    t: c.t,
    df: c.df,
    correlation: r,
    correction,
    n: c.n,
    nExcluded: c.nExcluded,
  });
}

/**
 * The exact Hedges correction J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)), computed on the log
 * scale, for df > 1 (not checked): the one implementation behind `hedgesCorrection` (which checks
 * df) and the g variants of the cores. Internal: not re-exported by the package index.
 * @example hedgesJ(50) // 0.98491… (R: exp(lgamma(25) - log(sqrt(25)) - lgamma(24.5)))
 * Validated against R: exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df-1)/2)).
 */
export function hedgesJ(df: number): number {
  return Math.exp(logGamma(df / 2) - 0.5 * Math.log(df / 2) - logGamma((df - 1) / 2));
}

/**
 * Paired-samples t-test from the moments of the differences dᵢ = xᵢ − yᵢ of n pairs.
 *
 * t = M_diff / (SD_diff / √n), df = n − 1, with M_diff and SD_diff the mean and sample SD of the
 * differences. p: two-sided 2·P(T_df ≥ |t|); "greater" P(T_df ≥ t); "less" P(T_df ≤ t).
 * CI: M_diff ± t_{1−γ/2, df} · SD_diff/√n (two-sided); one-sided M_diff − t_{1−γ,df}·se (greater)
 * or M_diff + t_{1−γ,df}·se (less), γ = 1 − level.
 *
 * Student (1908). The probable error of a mean. Biometrika, 6(1), 1–25. https://doi.org/10.1093/biomet/6.1.1
 *
 * @throws {StatsError} TOO_FEW (n < 2), NON_FINITE (meanDiff, sdDiff), ZERO_VARIANCE (sdDiff ≤ 0,
 *   or SD_diff/√n < 10·ε·|M_diff|, R's "data are essentially constant"), OUT_OF_RANGE (level),
 *   INVALID_ARGUMENT (alternative).
 * @example pairedTTestFromMoments({ n: 5, meanDiff: 0.8, sdDiff: Math.sqrt(0.7) }).pValue // 0.09930… (R: t.test(c(5, 4, 5, 4, 3), c(4, 4, 3, 3, 3), paired = TRUE)$p.value)
 * Validated against R's t.test(paired = TRUE) on the raw pairs, and through pairedTTest (test/stats).
 */
export function pairedTTestFromMoments(moments: PairedMoments): PairedTTestResult {
  const fn = "pairedTTestFromMoments";
  const c = checkMoments(fn, moments, 2);
  const alternative = moments.alternative ?? "two-sided";
  checkAlternative(fn, alternative);
  return testOf(c, alternative);
}

/**
 * One paired standardized mean difference from the moments of n pairs (Lakens, 2013):
 * d_z = M_diff / SD_diff; d_av = M_diff / ((SD_x + SD_y)/2); d_rm = d_z · √(2(1 − r))
 * (standardizer SD_diff / √(2(1 − r))); g_* = J(n − 1) · d_* with J of `hedgesCorrection`.
 * CI: the noncentral-t limits λ_L, λ_U (P(T_{n−1}(λ) ≤ t) = 1 − γ/2 and γ/2, t the paired t,
 * γ = 1 − level) times SD_diff / (√n · standardizer), times J for the g variants (Steiger &
 * Fouladi, 1997; Algina & Keselman, 2003).
 *
 * Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science.
 * Frontiers in Psychology, 4, 863. https://doi.org/10.3389/fpsyg.2013.00863
 *
 * @param variant "d_z", "d_av", "d_rm", "g_z", "g_av" or "g_rm".
 * @throws {StatsError} as {@link pairedTTestFromMoments}; TOO_FEW (n < 3 for the g variants);
 *   INVALID_ARGUMENT (unknown variant, sdX/sdY missing for d_av/g_av); ZERO_VARIANCE (sdX = sdY = 0
 *   for d_av/g_av, r null for d_rm/g_rm); OUT_OF_RANGE (r outside [−1, 1]).
 * @example pairedEffectFromMoments("d_z", { n: 5, meanDiff: 0.8, sdDiff: Math.sqrt(0.7) }).ci.lower // -0.1638… (R: effectsize::cohens_d(c(5, 4, 5, 4, 3), c(4, 4, 3, 3, 3), paired = TRUE))
 * Validated against R's effectsize::cohens_d(paired = TRUE) and the formulas above with uniroot on
 * pt(t, df, ncp); through cohensDz … hedgesGrm (test/stats).
 */
export function pairedEffectFromMoments(variant: PairedEffectVariant, moments: PairedMoments): PairedEffectSize {
  const fn = "pairedEffectFromMoments";
  if (!Object.hasOwn(CORRECTED, variant)) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `variant is ${JSON.stringify(variant)}; expected one of ${Object.keys(CORRECTED).join(", ")}`,
      "variant",
    );
  }
  const corrected = CORRECTED[variant];
  const c = checkMoments(fn, moments, corrected ? 3 : 2);
  const standardizer = standardizerOf(fn, variant, moments);
  return effectOf(c, limits(c), moments.r ?? null, variant, standardizer, corrected ? hedgesJ(c.df) : null);
}

/** Result of {@link pairedFromMoments}. */
export interface PairedFromMoments {
  readonly test: PairedTTestResult;
  readonly effects: EffectVariants;
}

/**
 * The paired t-test and all six effect-size variants from the moments of n ≥ 3 pairs, with the
 * noncentral-t limits computed once and shared: the formulas of {@link pairedTTestFromMoments}
 * and {@link pairedEffectFromMoments}.
 *
 * Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science.
 * Frontiers in Psychology, 4, 863. https://doi.org/10.3389/fpsyg.2013.00863
 *
 * @throws {StatsError} as {@link pairedEffectFromMoments} for every variant (so n ≥ 3, sdX, sdY and r required).
 * @example
 * const m = { n: 5, meanDiff: 0.8, sdDiff: Math.sqrt(0.7), sdX: Math.sqrt(0.7), sdY: Math.sqrt(0.3), r: 0.15 / Math.sqrt(0.21) };
 * pairedFromMoments(m).test.t // 2.1380… (R: t.test(c(5, 4, 5, 4, 3), c(4, 4, 3, 3, 3), paired = TRUE)$statistic)
 * pairedFromMoments(m).effects.d_av.estimate // 1.1557… (R: mean(x - y) / ((sd(x) + sd(y)) / 2))
 * pairedFromMoments(m).effects.d_rm.estimate // 1.1090… (R: mean(x - y) / sd(x - y) * sqrt(2 * (1 - cor(x, y))))
 * pairedFromMoments(m).effects.g_av.estimate // 0.9221… (R: J(4) * mean(x - y) / ((sd(x) + sd(y)) / 2))
 * pairedFromMoments({ ...m, n: 2 }) // throws TOO_FEW
 * Validated against R's t.test(paired = TRUE), effectsize::cohens_d(paired = TRUE) and the formulas
 * above; through pairedTTest, cohensDz … hedgesGrm and columnarPaired (test/stats, test/scale).
 */
export function pairedFromMoments(moments: PairedMoments): PairedFromMoments {
  const fn = "pairedFromMoments";
  const c = checkMoments(fn, moments, 3);
  const alternative = moments.alternative ?? "two-sided";
  checkAlternative(fn, alternative);
  const z = standardizerOf(fn, "d_z", moments);
  const av = standardizerOf(fn, "d_av", moments);
  const rm = standardizerOf(fn, "d_rm", moments);
  const test = testOf(c, alternative);
  // The noncentral-t limits are shared by every variant; each rescales them to its standardizer.
  const lambda = limits(c);
  const j = hedgesJ(c.df);
  const r = moments.r ?? null;
  return Object.freeze({
    test,
    effects: Object.freeze({
      d_z: effectOf(c, lambda, r, "d_z", z, null),
      d_av: effectOf(c, lambda, r, "d_av", av, null),
      d_rm: effectOf(c, lambda, r, "d_rm", rm, null),
      g_z: effectOf(c, lambda, r, "g_z", z, j),
      g_av: effectOf(c, lambda, r, "g_av", av, j),
      g_rm: effectOf(c, lambda, r, "g_rm", rm, j),
    }),
  });
}
