/**
 * Descriptive statistics of one numeric column.
 * @module descriptives
 */
import { mean as ssMean, sampleVariance, quantileSorted, min as ssMin, max as ssMax } from "simple-statistics";
import { observed, requireN, type NumericInput } from "./validate.js";

/** Result of {@link descriptives}. */
export interface Descriptives {
  /** Number of observed (non-missing) values. */
  readonly n: number;
  /** Number of missing values (`null`). */
  readonly missing: number;
  readonly mean: number;
  /** Sample standard deviation (denominator n − 1); null when n < 2. */
  readonly sd: number | null;
  /** Sample variance (denominator n − 1); null when n < 2. */
  readonly variance: number | null;
  readonly median: number;
  /** First quartile, Hyndman & Fan (1996) type 7 (R's default). */
  readonly q1: number;
  /** Third quartile, type 7. */
  readonly q3: number;
  readonly min: number;
  readonly max: number;
  /** Quantile definition used for median and quartiles. */
  readonly quantileMethod: "type-7";
}

/**
 * Count, missing count, mean, sample SD and variance, median, quartiles, minimum and maximum.
 *
 * Mean x̄ = Σxᵢ / n; sample variance s² = Σ(xᵢ − x̄)² / (n − 1); s = √s².
 * Quartiles use Hyndman & Fan's type 7: with h = (n − 1)p, Q(p) = x₍⌊h⌋₊₁₎ + (h − ⌊h⌋)(x₍⌊h⌋₊₂₎ − x₍⌊h⌋₊₁₎).
 * Missing values (`null`) are counted and left out.
 *
 * Hyndman, R. J., & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician, 50(4), 361–365. https://doi.org/10.1080/00031305.1996.10473566
 *
 * @param x values, `null` for missing.
 * @throws {StatsError} EMPTY_INPUT when no value is observed; NON_FINITE for NaN or ±Infinity.
 * @example descriptives([1, 2, 2, 3, null]) // { n: 4, missing: 1, mean: 2, sd: 0.816…, median: 2, q1: 1.75, q3: 2.25, … }
 * Validated against R's mean, sd, var, median, quantile(type = 7), min, max.
 */
export function descriptives(x: NumericInput): Descriptives {
  const fn = "descriptives";
  const { values, missing } = observed(fn, "x", x);
  requireN(fn, "x", values.length, 1);
  const sorted = [...values].sort((a, b) => a - b);
  const variance = values.length >= 2 ? sampleVariance(values) : null;
  return Object.freeze({
    n: values.length,
    missing,
    mean: ssMean(values),
    sd: variance === null ? null : Math.sqrt(variance),
    variance,
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    min: ssMin(values),
    max: ssMax(values),
    quantileMethod: "type-7",
  });
}

/**
 * Arithmetic mean of the observed values. Validated against R's `mean(x, na.rm = TRUE)`.
 * @throws {StatsError} EMPTY_INPUT, NON_FINITE.
 * @example mean([1, 2, null, 6]) // 3
 */
export function mean(x: NumericInput): number {
  const { values } = observed("mean", "x", x);
  requireN("mean", "x", values.length, 1);
  return ssMean(values);
}

/**
 * Sample standard deviation s = √(Σ(xᵢ − x̄)² / (n − 1)) of the observed values.
 * Validated against R's `sd(x, na.rm = TRUE)`.
 * @throws {StatsError} EMPTY_INPUT, TOO_FEW (n < 2), NON_FINITE.
 * @example sampleSd([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138…
 */
export function sampleSd(x: NumericInput): number {
  const { values } = observed("sampleSd", "x", x);
  requireN("sampleSd", "x", values.length, 2);
  return Math.sqrt(sampleVariance(values));
}
