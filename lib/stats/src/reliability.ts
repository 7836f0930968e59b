/**
 * Internal consistency of a multi-item scale: Cronbach's alpha with item analysis.
 * @module reliability
 */
import { StatsError } from "./errors.js";
import { alphaFromCovariance } from "./cores.js";
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
    throw new StatsError(
      "TOO_FEW",
      fn,
      `items has ${Array.isArray(items) ? items.length : "no"} columns; expected at least 2 items`,
      "items",
    );
  }
  const k = items.length;
  const rows = (items[0] as NumericInput).length;
  items.forEach((col, j) => {
    if (col.length !== rows) {
      throw new StatsError(
        "LENGTH_MISMATCH",
        fn,
        `items[${j}] has length ${col.length} but items[0] has length ${rows}; expected one value per respondent in every item`,
        `items[${j}]`,
      );
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
  // Alpha, item analysis and the Feldt interval from the covariance matrix: the core shared with columnarAlpha.
  return alphaFromCovariance(c, n, { level, means, nExcluded: rows - n, context: { fn, argument: "items" } });
}
