/**
 * Descriptive statistics of one numeric column.
 * @module descriptives
 */
import { mean as ssMean, sampleVariance, quantileSorted, min as ssMin, max as ssMax } from "simple-statistics";
import { observed, requireN, scaled, unitScale, type NumericInput } from "./validate.js";

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
 * Missing values (`null`) are counted and left out. Values beyond 2^500 in magnitude are multiplied
 * by a power of two (exact) before the sums and scaled back, so that the mean of [1e308, 1e308] is
 * 1e308 (not NaN from an overflowed sum) and sd is finite; a variance beyond the largest double
 * (about 1.8e308, i.e. sd above 1.3e154) is +Infinity, as in R (R's sd is then Infinity too,
 * while sd here is the finite value: R's sd of the same data rescaled by a power of two).
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
  const k = unitScale(values);
  const v = scaled(values, k) as number[];
  const scaledVariance = values.length >= 2 ? sampleVariance(v) : null;
  return Object.freeze({
    n: values.length,
    missing,
    mean: ssMean(v) / k,
    sd: scaledVariance === null ? null : Math.sqrt(scaledVariance) / k,
    variance: scaledVariance === null ? null : scaledVariance / k / k,
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    min: ssMin(values),
    max: ssMax(values),
    quantileMethod: "type-7",
  });
}

/**
 * Arithmetic mean x̄ = Σxᵢ / n of the observed values. Values beyond 2^500 in magnitude are first
 * multiplied by a power of two (exact) and the mean scaled back, so the sum cannot overflow:
 * mean([1e308, 1e308]) is 1e308, as R's (long double) mean gives.
 * Validated against R's `mean(x, na.rm = TRUE)`.
 * @throws {StatsError} EMPTY_INPUT, NON_FINITE.
 * @example
 * mean([1, 2, null, 6]) // 3
 * mean([]) // throws EMPTY_INPUT
 */
export function mean(x: NumericInput): number {
  const { values } = observed("mean", "x", x);
  requireN("mean", "x", values.length, 1);
  const k = unitScale(values);
  return ssMean(scaled(values, k) as number[]) / k;
}

/**
 * Sample standard deviation s = √(Σ(xᵢ − x̄)² / (n − 1)) of the observed values (rescaled by a
 * power of two beyond 2^500, as {@link mean}, so that it stays finite where s² overflows).
 * Validated against R's `sd(x, na.rm = TRUE)`.
 * @throws {StatsError} EMPTY_INPUT, TOO_FEW (n < 2), NON_FINITE.
 * @example sampleSd([2, 4, 4, 4, 5, 5, 7, 9]) // 2.138…
 */
export function sampleSd(x: NumericInput): number {
  const { values } = observed("sampleSd", "x", x);
  requireN("sampleSd", "x", values.length, 2);
  const k = unitScale(values);
  return Math.sqrt(sampleVariance(scaled(values, k) as number[])) / k;
}
