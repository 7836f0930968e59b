/**
 * Cronbach's alpha of a construct at a time point, from a columnar survey.
 * @module columnar/alpha
 */
import { StatsError } from "../errors.js";
import { alphaFromCovariance } from "../cores.js";
import type { AlphaResult } from "../reliability.js";
import { checkLevel, requireN } from "../validate.js";
import type { ScaleConstruct, ScaleTimepoint, SurveyColumns } from "./columns.js";
import { runEngine, type EngineUnit, type ItemMoments, type UnitSums } from "./engine.js";
import { unitOf } from "./scores.js";

/** Options of {@link columnarAlpha}. */
export interface ColumnarAlphaOptions {
  /** Confidence level of the Feldt interval (default 0.95). */
  readonly level?: number;
}

/**
 * Alpha, standardized alpha, item analysis and Feldt interval from the engine's item moments over
 * the complete rows. Internal (shared with the pipeline).
 */
export function alphaResult(fn: string, unit: EngineUnit, sums: UnitSums, rows: number, level: number): AlphaResult {
  const label = `${unit.construct} (${unit.timepoint})`;
  const k = unit.columns.length;
  const items = sums.items as ItemMoments;
  const n = items.n;
  requireN(fn, label, n, 2, "complete rows");
  // Covariances with denominator n − 1, row by row; alpha, item analysis and the Feldt interval
  // from the core shared with cronbachAlpha.
  const c = Array.from({ length: k }, (_, i) =>
    Float64Array.from({ length: k }, (_, j) => (items.comoments[i * k + j] as number) / (n - 1)),
  );
  return alphaFromCovariance(c, n, { level, means: items.means, nExcluded: rows - n, context: { fn, argument: label, label } });
}

/**
 * Cronbach's alpha of a construct's items at one time point, with the same result as
 * `cronbachAlpha` (lib/stats/src/reliability.ts) on the same rows: raw and standardized alpha,
 * item analysis and the Feldt interval; respondents with any item missing are left out (listwise).
 *
 * Raw:          α = k/(k − 1) · (1 − Σᵢ s²ᵢ / s²ₜ), s²ᵢ the item variances, s²ₜ = Σᵢ Σⱼ cᵢⱼ the
 *               variance of the sum score (covariances cᵢⱼ with denominator n − 1).
 * Standardized: α_std = k·r̄ / (1 + (k − 1)·r̄), r̄ the mean inter-item correlation.
 * Feldt CI:     [1 − (1 − α)·F₁₋γ/₂, 1 − (1 − α)·F_γ/₂] on (n − 1, (n − 1)(k − 1)) df, γ = 1 − level.
 * One pass over the k item columns: per chunk of 2048 rows the item means of the complete rows and
 * their centred cross-products, chunks merged by Chan et al.'s pairwise update (module scale/engine).
 *
 * Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika,
 * 16(3), 297–334. https://doi.org/10.1007/BF02310555
 * Feldt, L. S., Woodruff, D. J., & Salih, F. A. (1987). Statistical inference for coefficient
 * alpha. Applied Psychological Measurement, 11(1), 93–103. https://doi.org/10.1177/014662168701100107
 *
 * @param survey the columnar survey (NaN = missing).
 * @param construct the construct (its items at `timepoint` are the scale).
 * @param timepoint `pre`, `post` or `once`.
 * @param options `level` of the Feldt interval.
 * @throws {StatsError} INVALID_ARGUMENT (no such items or column), TOO_FEW (fewer than 2 items or
 *   fewer than 2 complete rows), EMPTY_INPUT (no complete row), NON_FINITE (±Infinity),
 *   ZERO_VARIANCE (constant sum score), OUT_OF_RANGE (level).
 * @example
 * const s = surveyColumns({ w1: new Float64Array([1, 2, 3, 4]), w2: new Float64Array([2, 2, 4, 5]), w3: new Float64Array([1, 3, 3, 5]) });
 * columnarAlpha(s, { name: "enjoyment", items: { pre: ["w1", "w2", "w3"] }, minItems: 3 }, "pre").alpha // 0.9589… (R: psych::alpha(cbind(w1, w2, w3))$total$raw_alpha)
 * Validated against: cronbachAlpha of the scalar library (itself validated against R's psych::alpha)
 * in test/stats/columnar to 1e-10 relative, and NumPy's np.cov with SciPy's f.ppf at N = 10⁶ (bench/).
 */
export function columnarAlpha(
  survey: SurveyColumns,
  construct: ScaleConstruct,
  timepoint: ScaleTimepoint,
  options: ColumnarAlphaOptions = {},
): AlphaResult {
  const fn = "columnarAlpha";
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  const unit = unitOf(fn, survey, construct, timepoint, true, false);
  if (unit.columns.length < 2) {
    throw new StatsError(
      "TOO_FEW",
      fn,
      `construct "${construct.name}" has ${unit.columns.length} item at ${timepoint}; expected at least 2 items`,
      construct.name,
    );
  }
  const sums = runEngine(fn, survey.n, [unit], []).units[0] as UnitSums;
  return alphaResult(fn, unit, sums, survey.n, level);
}
