/**
 * Internal consistency of a multi-item scale: Cronbach's alpha with item analysis.
 * @module reliability
 */
import { StatsError } from "../errors.js";
import { fQuantile } from "./distributions.js";
import { checkCell, checkLevel, requireN, type NumericInput } from "./validate.js";

/** Per-item statistics of {@link cronbachAlpha}. */
export interface ItemAnalysis {
  /** Position of the item among the columns passed in. */
  readonly index: number;
  readonly mean: number;
  /** Sample variance (n − 1) over the complete cases. */
  readonly variance: number;
  /** Raw alpha of the remaining k − 1 items; null when k = 2 (one item has no alpha). */
  readonly alphaIfDeleted: number | null;
  /** Pearson correlation of the item with the sum of the other items (psych's r.drop); null when either has zero variance. */
  readonly correctedItemTotal: number | null;
}

/** Result of {@link cronbachAlpha}. */
export interface AlphaResult {
  /** Raw alpha from covariances. */
  readonly alpha: number;
  /** Standardized alpha from the mean inter-item correlation; null when an item has zero variance. */
  readonly standardizedAlpha: number | null;
  /** Mean inter-item correlation r̄; null when an item has zero variance. */
  readonly meanInterItemCorrelation: number | null;
  /** Number of items. */
  readonly k: number;
  /** Complete cases used (listwise deletion). */
  readonly n: number;
  /** Rows left out because at least one item was missing. */
  readonly nExcluded: number;
  /** Feldt et al. (1987) interval for alpha. */
  readonly ci: { readonly level: number; readonly lower: number; readonly upper: number; readonly method: "feldt" };
  readonly items: readonly ItemAnalysis[];
}

/** Options of {@link cronbachAlpha}. */
export interface AlphaOptions {
  /** Confidence level of the Feldt interval (default 0.95). */
  readonly level?: number;
}

function sampleVar(x: ArrayLike<number>, m: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as number) - m;
    s += d * d;
  }
  return s / (x.length - 1);
}

function meanOf(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] as number;
  return s / x.length;
}

function cov(x: ArrayLike<number>, mx: number, y: ArrayLike<number>, my: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += ((x[i] as number) - mx) * ((y[i] as number) - my);
  return s / (x.length - 1);
}

/** Raw alpha from a covariance matrix restricted to the item subset `keep`. */
function alphaFromCov(c: readonly (readonly number[])[], keep: readonly number[]): number {
  const k = keep.length;
  let diag = 0;
  let total = 0;
  for (const i of keep) {
    for (const j of keep) {
      const v = (c[i] as number[])[j] as number;
      total += v;
      if (i === j) diag += v;
    }
  }
  return (k / (k - 1)) * (1 - diag / total);
}

/**
 * Cronbach's alpha (raw and standardized), alpha if item deleted, corrected item-total
 * correlations and the Feldt confidence interval, for k items answered by n respondents.
 *
 * Raw:          α = k/(k − 1) · (1 − Σᵢ s²ᵢ / s²ₜ), with s²ᵢ the item variances and s²ₜ the
 *               variance of the sum score (all with denominator n − 1).
 * Standardized: α_std = k·r̄ / (1 + (k − 1)·r̄), r̄ the mean of the k(k − 1)/2 inter-item correlations.
 * Feldt CI:     [1 − (1 − α)·F₁₋γ/₂, 1 − (1 − α)·F_γ/₂] with F quantiles on (n − 1, (n − 1)(k − 1))
 *               degrees of freedom and γ = 1 − level.
 * Corrected item-total correlation: r between item i and the sum of the other k − 1 items.
 * Rows with any missing item are left out (listwise) and counted in `nExcluded`.
 *
 * Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika,
 * 16(3), 297–334. https://doi.org/10.1007/BF02310555
 * Feldt, L. S., Woodruff, D. J., & Salih, F. A. (1987). Statistical inference for coefficient
 * alpha. Applied Psychological Measurement, 11(1), 93–103. https://doi.org/10.1177/014662168701100107
 *
 * @param items one column per item, all of the same length (one value per respondent; null = missing).
 * @throws {StatsError} TOO_FEW for fewer than 2 items or 2 complete rows; LENGTH_MISMATCH;
 *   NON_FINITE; ZERO_VARIANCE when the sum score does not vary.
 * @example cronbachAlpha([[1, 2, 3, 4], [2, 2, 4, 5], [1, 3, 3, 5]]).alpha // 0.9589… (R: psych::alpha(cbind(...))$total$raw_alpha)
 * Validated against R's psych::alpha (raw_alpha, std.alpha, alpha.drop, r.drop) and Feldt's formula with qf.
 */
export function cronbachAlpha(items: readonly NumericInput[], options: AlphaOptions = {}): AlphaResult {
  const fn = "cronbachAlpha";
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  if (!Array.isArray(items) || items.length < 2) {
    throw new StatsError("TOO_FEW", fn, `items has ${Array.isArray(items) ? items.length : "no"} columns; expected at least 2 items`, "items");
  }
  const k = items.length;
  const rows = (items[0] as NumericInput).length;
  items.forEach((col, j) => {
    if (col.length !== rows) {
      throw new StatsError("LENGTH_MISMATCH", fn, `items[${j}] has length ${col.length} but items[0] has length ${rows}; expected one value per respondent in every item`, `items[${j}]`);
    }
  });
  // Listwise deletion.
  const complete: number[] = [];
  for (let r = 0; r < rows; r++) {
    let ok = true;
    for (let j = 0; j < k; j++) {
      const v = (items[j] as NumericInput)[r];
      checkCell(fn, `items[${j}]`, r, v);
      if (v === null) ok = false;
    }
    if (ok) complete.push(r);
  }
  const n = complete.length;
  requireN(fn, "items", n, 2, "complete rows");
  const cols: Float64Array[] = items.map((col) => Float64Array.from(complete, (r) => col[r] as number));
  const means = cols.map(meanOf);
  const c: number[][] = cols.map((xi, i) => cols.map((xj, j) => cov(xi, means[i] as number, xj, means[j] as number)));
  const all = cols.map((_, i) => i);
  let totalVar = 0;
  for (const row of c) for (const v of row) totalVar += v;
  if (!(totalVar > 0)) {
    throw new StatsError("ZERO_VARIANCE", fn, `the sum score of the ${k} items has zero variance over ${n} complete rows; alpha is undefined`, "items");
  }
  const alpha = alphaFromCov(c, all);
  const variances = all.map((i) => (c[i] as number[])[i] as number);
  const anyConstant = variances.some((v) => v === 0);
  let meanR: number | null = null;
  let standardizedAlpha: number | null = null;
  if (!anyConstant) {
    let sum = 0;
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) sum += ((c[i] as number[])[j] as number) / Math.sqrt((variances[i] as number) * (variances[j] as number));
    meanR = sum / ((k * (k - 1)) / 2);
    standardizedAlpha = (k * meanR) / (1 + (k - 1) * meanR);
  }
  const itemStats: ItemAnalysis[] = all.map((i) => {
    const rest = all.filter((j) => j !== i);
    // Variance of the rest score and covariance of item i with it, from the covariance matrix.
    let restVar = 0;
    let covItemRest = 0;
    for (const a of rest) {
      covItemRest += (c[i] as number[])[a] as number;
      for (const b of rest) restVar += (c[a] as number[])[b] as number;
    }
    const vi = variances[i] as number;
    const correctedItemTotal = vi > 0 && restVar > 0 ? covItemRest / Math.sqrt(vi * restVar) : null;
    return Object.freeze({
      index: i,
      mean: means[i] as number,
      variance: vi,
      alphaIfDeleted: k > 2 && restVar > 0 ? alphaFromCov(c, rest) : null,
      correctedItemTotal,
    });
  });
  const df1 = n - 1;
  const df2 = (n - 1) * (k - 1);
  const g = 1 - level;
  const ci = Object.freeze({
    level,
    lower: 1 - (1 - alpha) * fQuantile(1 - g / 2, df1, df2),
    upper: 1 - (1 - alpha) * fQuantile(g / 2, df1, df2),
    method: "feldt" as const,
  });
  return Object.freeze({
    alpha,
    standardizedAlpha,
    meanInterItemCorrelation: meanR,
    k,
    n,
    nExcluded: rows - n,
    ci,
    items: Object.freeze(itemStats),
  });
}
