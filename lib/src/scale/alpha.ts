/**
 * Cronbach's alpha of a construct at a time point, from a columnar survey.
 * @module scale/alpha
 */
import { StatsError } from "../errors.js";
import { fQuantile } from "../stats/distributions.js";
import type { AlphaResult, ItemAnalysis } from "../stats/reliability.js";
import { checkLevel, requireN } from "../stats/validate.js";
import type { ScaleConstruct, ScaleTimepoint, SurveyColumns } from "./columns.js";
import { runEngine, type EngineUnit, type ItemMoments, type UnitSums } from "./engine.js";
import { unitOf } from "./scores.js";

/** Options of {@link columnarAlpha}. */
export interface ColumnarAlphaOptions {
  /** Confidence level of the Feldt interval (default 0.95). */
  readonly level?: number;
}

/** Raw alpha from a k × k covariance matrix (row-major) restricted to the items in `keep`. */
function alphaFromCov(c: Float64Array, k: number, keep: readonly number[]): number {
  const m = keep.length;
  let diag = 0;
  let total = 0;
  for (const i of keep) {
    for (const j of keep) {
      const v = c[i * k + j] as number;
      total += v;
      if (i === j) diag += v;
    }
  }
  return (m / (m - 1)) * (1 - diag / total);
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
  const c = new Float64Array(k * k);
  for (let i = 0; i < k * k; i++) c[i] = (items.comoments[i] as number) / (n - 1);
  const all = Array.from({ length: k }, (_, i) => i);
  let totalVar = 0;
  for (let i = 0; i < k * k; i++) totalVar += c[i] as number;
  if (!(totalVar > 0)) {
    throw new StatsError("ZERO_VARIANCE", fn, `the sum score of the ${k} items of ${label} has zero variance over ${n} complete rows; alpha is undefined`, label);
  }
  const alpha = alphaFromCov(c, k, all);
  const variances = all.map((i) => {
    const v = c[i * k + i] as number;
    return v > 0 ? v : 0;
  });
  let meanR: number | null = null;
  let standardizedAlpha: number | null = null;
  if (!variances.some((v) => v === 0)) {
    let sum = 0;
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) sum += (c[i * k + j] as number) / Math.sqrt((variances[i] as number) * (variances[j] as number));
    meanR = sum / ((k * (k - 1)) / 2);
    standardizedAlpha = (k * meanR) / (1 + (k - 1) * meanR);
  }
  const analysis: ItemAnalysis[] = all.map((i) => {
    const rest = all.filter((j) => j !== i);
    let restVar = 0;
    let covItemRest = 0;
    for (const a of rest) {
      covItemRest += c[i * k + a] as number;
      for (const b of rest) restVar += c[a * k + b] as number;
    }
    const vi = variances[i] as number;
    return Object.freeze({
      index: i,
      mean: items.means[i] as number,
      variance: vi,
      alphaIfDeleted: k > 2 && restVar > 0 ? alphaFromCov(c, k, rest) : null,
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
    nExcluded: rows - n,
    ci: Object.freeze({
      level,
      lower: 1 - (1 - alpha) * fQuantile(1 - g / 2, df1, df2),
      upper: 1 - (1 - alpha) * fQuantile(g / 2, df1, df2),
      method: "feldt" as const,
    }),
    items: Object.freeze(analysis),
  });
}

/**
 * Cronbach's alpha of a construct's items at one time point, with the same result as
 * `cronbachAlpha` (lib/src/stats/reliability.ts) on the same rows: raw and standardized alpha,
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
 * columnarAlpha(s, { name: "werkplezier", items: { pre: ["w1", "w2", "w3"] }, minItems: 3 }, "pre").alpha // 0.9589… (R: psych::alpha(cbind(w1, w2, w3))$total$raw_alpha)
 * Validated against: cronbachAlpha of the scalar library (itself validated against R's psych::alpha)
 * in test/scale to 1e-10 relative, and NumPy's np.cov with SciPy's f.ppf at N = 10⁶ (bench/).
 */
export function columnarAlpha(survey: SurveyColumns, construct: ScaleConstruct, timepoint: ScaleTimepoint, options: ColumnarAlphaOptions = {}): AlphaResult {
  const fn = "columnarAlpha";
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  const unit = unitOf(fn, survey, construct, timepoint, true, false);
  if (unit.columns.length < 2) {
    throw new StatsError("TOO_FEW", fn, `construct "${construct.name}" has ${unit.columns.length} item at ${timepoint}; expected at least 2 items`, construct.name);
  }
  const sums = runEngine(fn, survey.n, [unit], []).units[0] as UnitSums;
  return alphaResult(fn, unit, sums, survey.n, level);
}
