/**
 * Whether a mean and SD are possible at all on a bounded scale.
 *
 * @module audit/scale-bounds
 */
import { StatsError } from "@behoud/stats";
import { compareFractions, fraction, fractionToNumber } from "./fraction.js";
import { meanSums } from "./grim.js";
import { checkMaxSums, maxSumOfSquares, meanSdArguments, minSumOfSquares, sdInterval, sumOfSquaresRange } from "./grimmer.js";
import { intervalToNumbers, reportedFraction, type NumericInterval, type ReportedNumber, type RoundingMode } from "./reported.js";
import { auditResult, fmt, type AuditResult } from "./result.js";

/** Options of {@link checkScaleBounds}. */
export interface ScaleBoundsOptions {
  /** Lowest possible answer to one item. */
  readonly scaleMin: number;
  /** Highest possible answer to one item. */
  readonly scaleMax: number;
  /** Items averaged into each score (default 1). */
  readonly items?: number;
  /** How mean and SD were rounded (default "up-or-down"). */
  readonly rounding?: RoundingMode;
  /** Most candidate totals to examine (default {@link DEFAULT_MAX_SUMS}); beyond it: "too large to enumerate". */
  readonly maxSums?: number;
}

/** Details of a scale-bounds check. */
export interface ScaleBoundsDetails {
  readonly mean: string;
  readonly sd: string;
  readonly n: number;
  readonly items: number;
  readonly scale: { readonly min: number; readonly max: number };
  readonly rounding: RoundingMode;
  readonly meanInRange: boolean;
  /**
   * Largest sample SD of n real numbers in [min, max] with the reported mean m:
   * √((m − min)(max − m)·n/(n − 1)) (continuous bound).
   */
  readonly sdMaxContinuous: number;
  /** Smallest and largest SD of n whole-number scores with a mean that rounds to the reported one, or null if no such mean exists. */
  readonly sdRange: { readonly min: number; readonly max: number } | null;
  readonly sdInterval: NumericInterval;
  /** Number of candidate totals (integer sums) inside the scale. */
  readonly candidateSums: number;
  /**
   * False when there were more than `maxSums` candidate totals: the check then does not
   * enumerate them ("too large to enumerate") and decides only by the continuous bound.
   */
  readonly complete: boolean;
}

/**
 * Checks that a reported mean and SD are possible for n answers on a bounded integer scale.
 *
 * Rule: with scores T_i/k, T_i integers in [k·a, k·b] (a = scaleMin, b = scaleMax, k items), and
 * for each integer total S whose mean S/(n·k) rounds to the reported mean, the sum of squares
 * Q = ΣT_i² lies between Q_min(S) (totals as equal as possible: ⌊S/n⌋ and ⌈S/n⌉) and Q_max(S)
 * (totals at the two ends of the scale with at most one in between; Mestdagh et al., 2018,
 * "structure S"); SD = √((Q − S²/n)/((n − 1)k²)). The pair is possible iff for some S the
 * interval [Q_min(S), Q_max(S)] meets the real interval of Q that the SD's rounding interval
 * allows, i.e. iff the reported SD lies between the smallest and largest SD of whole-number
 * answers with that total. Whether a whole-number Q lies in that interval, and has the parity of
 * S, is GRIMMER's question ({@link checkGrimmer}), not this check's: an SD this check accepts may
 * still fail GRIMMER. The continuous bound SD ≤ √((m − a)(b − m)·n/(n − 1)) is reported as well.
 * These conditions are necessary, not sufficient ({@link checkClosure} is exact). When no
 * whole-number total gives the mean (a GRIM failure), the continuous bound alone decides. With
 * more than `maxSums` candidate totals (very large n) they are not enumerated: the result is
 * "inconsistent" when the SD exceeds the continuous bound for every mean that rounds to the
 * reported one (decided exactly), else "not-testable" (too large to enumerate).
 *
 * @param mean The reported mean as printed.
 * @param sd The reported SD as printed.
 * @param n The sample size (at least 2).
 * @param options scaleMin, scaleMax (required), items, rounding, maxSums (work bound).
 * @returns "inconsistent" when the mean is outside the scale or the SD outside its possible range;
 *   "not-testable" when the candidate totals are too many to enumerate and the continuous bound
 *   does not decide.
 * @throws {StatsError} INVALID_ARGUMENT / OUT_OF_RANGE for invalid input.
 * @example
 * checkScaleBounds("3.00", "2.08", 20, { scaleMin: 1, scaleMax: 5 }).verdict // "inconsistent" (max SD 2.05)
 *
 * Reference: Mestdagh, M., Pe, M., Pestman, W., Verdonck, S., Kuppens, P., & Tuerlinckx, F.
 * (2018). Sidelining the mean: The relative variability index as a generic mean-corrected
 * variability measure for bounded variables. Psychological Methods, 23(4), 690–707.
 * https://doi.org/10.1037/met0000153. Validated against rsprite2's `sd_bounds_measure()` vectors
 * (as quoted in scrutiny's tests/testthat/test-grimmer.R) and scrutiny's scale-bound tests.
 */
export function checkScaleBounds(
  mean: string | ReportedNumber,
  sd: string | ReportedNumber,
  n: number,
  options: ScaleBoundsOptions,
): AuditResult<ScaleBoundsDetails> {
  const fn = "checkScaleBounds";
  const { m, s, items, rounding, sizes, scale } = meanSdArguments(fn, mean, sd, n, options);
  if (scale === null) throw new StatsError("INVALID_ARGUMENT", fn, "scaleMin and scaleMax are required", "scaleMin");
  const maxSums = checkMaxSums(fn, options.maxSums);
  const a = Number(scale.min);
  const b = Number(scale.max);
  const x = reportedFraction(m);
  const meanInRange = compareFractions(x, { num: scale.min, den: 1n }) >= 0 && compareFractions(x, { num: scale.max, den: 1n }) <= 0;
  const mv = m.value.number;
  const sdMaxContinuous = meanInRange ? Math.sqrt(Math.max(0, (mv - a) * (b - mv)) * (n / (n - 1))) : 0;
  const sdIv = sdInterval(s, rounding);
  const nItems = sizes.n * sizes.items;
  const sums = meanSums(m, nItems, rounding);
  const lo = scale.min * sizes.items;
  const hi = scale.max * sizes.items;
  const sLo = sums.lower > sizes.n * lo ? sums.lower : sizes.n * lo;
  const sHi = sums.upper < sizes.n * hi ? sums.upper : sizes.n * hi;
  const totalSums = sHi >= sLo ? sHi - sLo + 1n : 0n;
  const complete = totalSums <= BigInt(maxSums);
  let sdMin = Infinity;
  let sdMax = -Infinity;
  let possible = false;
  let candidateSums = 0;
  const sdOf = (q: bigint, sum: bigint): number =>
    Math.sqrt(Math.max(0, fractionToNumber(fraction(q * sizes.n - sum * sum, sizes.n * (sizes.n - 1n) * sizes.items * sizes.items))));
  for (let sum = sLo; complete && sum <= sHi; sum++) {
    candidateSums++;
    const qMax = maxSumOfSquares(sum, sizes.n, lo, hi);
    if (qMax === null) continue;
    const qMin = minSumOfSquares(sum, sizes.n);
    sdMin = Math.min(sdMin, sdOf(qMin, sum));
    sdMax = Math.max(sdMax, sdOf(qMax, sum));
    // [q.lower, q.upper] are the whole numbers in the real interval of Q the SD allows; the real
    // interval meets [qMin, qMax] iff q.lower ≤ qMax and qMin ≤ q.upper, even when it holds no
    // whole number (q.lower > q.upper), which is GRIMMER's finding, not this check's.
    const q = sumOfSquaresRange(sum, sizes.n, sizes.items, sdIv);
    if (q.lower <= qMax && qMin <= q.upper) possible = true;
  }
  if (!complete) candidateSums = Number(totalSums);
  const sdRange = candidateSums > 0 && Number.isFinite(sdMin) ? { min: sdMin, max: sdMax } : null;
  const details: ScaleBoundsDetails = {
    mean: m.text,
    sd: s.text,
    n,
    items,
    scale: { min: a, max: b },
    rounding,
    meanInRange,
    sdMaxContinuous,
    sdRange,
    sdInterval: intervalToNumbers(sdIv),
    candidateSums,
    complete,
  };
  const where = `on a scale from ${a} to ${b}`;
  if (!meanInRange) return auditResult("scale-bounds", "inconsistent", `A mean of ${m.text} is impossible ${where}.`, details);
  if (!complete) {
    // Largest (μ − a)(b − μ) over the means μ that round to the reported one, exactly.
    const mid = fraction(scale.min + scale.max, 2n);
    const muLo = sums.interval.lower;
    const muHi = sums.interval.upper;
    const mu = compareFractions(mid, muLo) < 0 ? muLo : compareFractions(mid, muHi) > 0 ? muHi : mid;
    const spread = fraction((mu.num - scale.min * mu.den) * (scale.max * mu.den - mu.num), mu.den * mu.den);
    // SD_lower² (n − 1) > (μ − a)(b − μ) n: every SD that rounds to the reported one is too large.
    const l = sdIv.lower;
    const tooLarge =
      compareFractions(fraction(l.num * l.num * (sizes.n - 1n), l.den * l.den), fraction(spread.num * sizes.n, spread.den)) > 0;
    const bound = Math.sqrt((fractionToNumber(spread) * n) / (n - 1));
    const head = `Too large to enumerate: ${totalSums} whole-number totals give a mean of ${m.text} for ${n} respondents, more than the ${maxSums} this check examines (maxSums)`;
    return tooLarge
      ? auditResult(
          "scale-bounds",
          "inconsistent",
          `${head}; but ${where} no data with a mean that rounds to ${m.text} can have an SD above ${fmt(bound, s.decimals + 1)}, less than the reported ${s.text}.`,
          details,
        )
      : auditResult(
          "scale-bounds",
          "not-testable",
          `${head}; ${where} the SD can be at most ${fmt(bound, s.decimals + 1)}, which the reported ${s.text} does not exceed, and the exact range was not computed.`,
          details,
        );
  }
  if (sdRange === null) {
    const within = details.sdInterval.lower <= sdMaxContinuous;
    return auditResult(
      "scale-bounds",
      within ? "consistent" : "inconsistent",
      `No whole-number total gives a mean of ${m.text} for ${n} respondents (see GRIM), so only the continuous bound applies: ${where} the SD can be at most ${fmt(sdMaxContinuous, s.decimals + 1)}${
        within ? `, which the reported ${s.text} does not exceed` : `, less than the reported ${s.text}`
      }.`,
      details,
    );
  }
  const range = `from ${fmt(sdRange.min, s.decimals + 1)} to ${fmt(sdRange.max, s.decimals + 1)}`;
  if (possible) {
    return auditResult(
      "scale-bounds",
      "consistent",
      `${where[0]?.toUpperCase()}${where.slice(1)}, ${n} respondents with a mean of ${m.text} can have an SD ${range}, which includes the reported ${s.text}.`,
      details,
    );
  }
  const Where = `${where[0]?.toUpperCase()}${where.slice(1)}`;
  const ivNum = details.sdInterval;
  const why =
    ivNum.lower > sdRange.max
      ? `can have an SD of at most ${fmt(sdRange.max, s.decimals + 1)}, less than the reported ${s.text}`
      : ivNum.upper < sdRange.min
        ? `must have an SD of at least ${fmt(sdRange.min, s.decimals + 1)}, more than the reported ${s.text}`
        : `can have an SD ${range} overall, but for none of the totals that give this mean does the range of possible SDs include the reported ${s.text}`;
  return auditResult("scale-bounds", "inconsistent", `${Where}, ${n} respondents with a mean of ${m.text} ${why}.`, details);
}
