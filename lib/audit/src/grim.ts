/**
 * GRIM: is a reported mean (or percentage) of integer data possible for the reported sample size?
 *
 * @module audit/grim
 */
import { StatsError } from "@behoud/stats";
import { checkNumber } from "@behoud/stats";
import { ceilDiv, floorDiv, fraction, fractionToNumber, type ExactFraction } from "./fraction.js";
import {
  asReported,
  checkRounding,
  formatScaled,
  intervalContains,
  intervalToNumbers,
  roundFraction,
  roundingInterval,
  type NumericInterval,
  type ReportedNumber,
  type RoundingInterval,
  type RoundingMode,
} from "./reported.js";
import { auditResult, fmt, type AuditResult } from "./result.js";

/** Options of {@link checkGrim} and {@link checkGrimPercent}. */
export interface GrimOptions {
  /** Number of integer items averaged into each respondent's score (default 1). */
  readonly items?: number;
  /** How the reported value was rounded (default "up-or-down"). */
  readonly rounding?: RoundingMode;
}

/** An attainable mean next to the reported one. */
export interface GrimNeighbour {
  /** Integer sum of all item responses. */
  readonly sum: number;
  /** sum/(n·items), on the scale of the reported value (×100 for a percentage). */
  readonly value: number;
  /** The value rounded (half up) to the reported decimals, with the reported decimal separator. */
  readonly rounded: string;
  /** Whether this value would be reported as the reported text under the rounding mode. */
  readonly matches: boolean;
}

/** Details of a GRIM result. */
export interface GrimDetails {
  readonly reported: string;
  readonly n: number;
  readonly items: number;
  readonly percent: boolean;
  readonly rounding: RoundingMode;
  /** Decimals of the reported value. */
  readonly decimals: number;
  /** Step between attainable values on the reported scale: 1/(n·items), ×100 for a percentage. */
  readonly granularity: number;
  /** False when the step is no larger than the last printed unit, so every value is attainable. */
  readonly testable: boolean;
  /** True values that round to the reported one, on the reported scale. */
  readonly interval: NumericInterval;
  /** Integer sums s with s/(n·items) in the interval; none when lower > upper. */
  readonly sums: { readonly lower: number; readonly upper: number };
  /** Up to 10 attainable values inside the interval. */
  readonly possibleValues: readonly number[];
  /** The attainable values nearest to the reported one: the one at or below and the one at or above. */
  readonly nearest: readonly GrimNeighbour[];
}

/** Range of integer sums s with s/nItems in the interval (on the proportion scale). Internal. */
export function sumRange(iv: RoundingInterval, nItems: bigint): { lower: bigint; upper: bigint } {
  let lower = ceilDiv(nItems * iv.lower.num, iv.lower.den);
  if (!iv.lowerInclusive && lower * iv.lower.den === nItems * iv.lower.num) lower += 1n;
  let upper = floorDiv(nItems * iv.upper.num, iv.upper.den);
  if (!iv.upperInclusive && upper * iv.upper.den === nItems * iv.upper.num) upper -= 1n;
  return { lower, upper };
}

/** Divides an interval by a positive integer factor. Internal. */
export function scaleInterval(iv: RoundingInterval, divisor: bigint): RoundingInterval {
  return {
    lower: fraction(iv.lower.num, iv.lower.den * divisor),
    upper: fraction(iv.upper.num, iv.upper.den * divisor),
    lowerInclusive: iv.lowerInclusive,
    upperInclusive: iv.upperInclusive,
  };
}

/** Validates n and items; returns them as bigints. Internal. */
export function checkSampleSize(fn: string, n: number, items: number): { n: bigint; items: bigint } {
  checkNumber(fn, "n", n, { integerMin: 1 });
  checkNumber(fn, "items", items, { integerMin: 1 });
  return { n: BigInt(n), items: BigInt(items) };
}

function grimCore(fn: string, reported: ReportedNumber, n: number, options: GrimOptions, percent: boolean): AuditResult<GrimDetails> {
  const items = options.items ?? 1;
  const rounding = options.rounding ?? "up-or-down";
  checkRounding(fn, rounding);
  const sizes = checkSampleSize(fn, n, items);
  const nItems = sizes.n * sizes.items;
  const scale = percent ? 100n : 1n;
  const ivReported = roundingInterval(reported, rounding);
  const iv = scaleInterval(ivReported, scale); // proportion / mean scale
  const range = sumRange(iv, nItems);
  const decimals = reported.decimals;
  const separator = reported.decimalSeparator ?? ".";
  const unitDen = 10n ** BigInt(decimals + (percent ? 2 : 0));
  const testable = nItems < unitDen;
  const x: ExactFraction = { num: reported.value.numerator, den: reported.value.denominator * scale };

  const neighbour = (s: bigint): GrimNeighbour => {
    const v = fraction(s * scale, nItems);
    return {
      sum: Number(s),
      value: fractionToNumber(v),
      rounded: formatScaled(roundFraction(v, decimals, rounding === "up-or-down" ? "half-up" : rounding), decimals, separator),
      matches: intervalContains(iv, fraction(s, nItems)),
    };
  };
  const below = floorDiv(x.num * nItems, x.den);
  const above = ceilDiv(x.num * nItems, x.den);
  const nearest = below === above ? [neighbour(below)] : [neighbour(below), neighbour(above)];
  const possibleValues: number[] = [];
  for (let s = range.lower; s <= range.upper && possibleValues.length < 10; s++) {
    possibleValues.push(fractionToNumber(fraction(s * scale, nItems)));
  }
  const consistent = range.lower <= range.upper;
  const details: GrimDetails = {
    reported: reported.text,
    n,
    items,
    percent,
    rounding,
    decimals,
    granularity: fractionToNumber(fraction(scale, nItems)),
    testable,
    interval: intervalToNumbers(ivReported),
    sums: { lower: Number(range.lower), upper: Number(range.upper) },
    possibleValues,
    nearest,
  };
  const what = percent ? "percentage" : "mean";
  const respondents = items === 1 ? `${n} respondents` : `${n} respondents × ${items} items`;
  const shown = reported.text + (percent ? "%" : "");
  if (!testable) {
    return auditResult(
      "grim",
      "not-testable",
      `With ${respondents}, ${what}s are possible in steps of ${fmt(details.granularity, 4)}, no larger than the last printed digit of ${shown}, so every ${what} at this precision is possible and the check cannot find an error.`,
      details,
    );
  }
  if (consistent) {
    const s = range.lower;
    return auditResult(
      "grim",
      "consistent",
      `A ${what} of ${shown} is possible with ${respondents}: a total of ${s} gives ${fmt(fractionToNumber(fraction(s * scale, nItems)), decimals + 3)}, which is reported as ${shown}.`,
      details,
    );
  }
  const near = nearest.map((v) => `${fmt(v.value, decimals + 3)} (${v.rounded})`).join(" and ");
  return auditResult(
    "grim",
    "inconsistent",
    `No total of whole-number answers from ${respondents} gives a ${what} that is reported as ${shown}; the nearest possible ${what}s are ${near}.`,
    details,
  );
}

/**
 * GRIM test for a mean of integer data (Brown & Heathers, 2017).
 *
 * Rule: with n respondents each answering k integer items, every mean is S/(n·k) for an integer
 * total S, so the means are spaced 1/(n·k) apart. The reported mean x with d decimals stands
 * for the interval I(x) of true values that round to it (see {@link roundingInterval}); x is
 * consistent iff some integer S has S/(n·k) ∈ I(x). S ranges over ⌈n·k·lower⌉ … ⌊n·k·upper⌋
 * (a bound is dropped when it is excluded and hit exactly), computed in exact integer arithmetic.
 * When n·k ≥ 10^d every value at d decimals is attainable and the result is "not-testable".
 *
 * @param mean The reported mean as printed, e.g. "5.19" or "4,05".
 * @param n The sample size.
 * @param options `items` (k, default 1) and `rounding` (default "up-or-down", as in scrutiny).
 * @returns Verdict, reason, the candidate sums and the nearest attainable means.
 * @throws {StatsError} INVALID_ARGUMENT for an unparsable mean or unknown rounding; OUT_OF_RANGE
 *   when n or items is not a positive integer.
 * @example
 * checkGrim("5.19", 28).verdict // "inconsistent" (nearest: 145/28 = 5.179 → 5.18)
 * checkGrim("5.19", 32).verdict // "consistent" (166/32 = 5.1875)
 *
 * Reference: Brown, N. J. L., & Heathers, J. A. J. (2017). The GRIM test: A simple technique
 * detects numerous anomalies in the reporting of results in psychology. Social Psychological and
 * Personality Science, 8(4), 363–369. https://doi.org/10.1177/1948550616673876.
 * Validated against the test vectors of the R package scrutiny (tests/testthat/test-grim.R,
 * test-grim-values.R; https://doi.org/10.32614/CRAN.package.scrutiny).
 */
export function checkGrim(mean: string | ReportedNumber, n: number, options: GrimOptions = {}): AuditResult<GrimDetails> {
  return grimCore("checkGrim", asReported(mean, "checkGrim", "mean"), n, options, false);
}

/**
 * GRIM test for a reported percentage of respondents (Brown & Heathers, 2017).
 *
 * Rule: a percentage p with d decimals is the proportion p/100 with d + 2 decimals; it is
 * consistent iff some integer count S has S/(n·k) ∈ I(p)/100 (see {@link checkGrim}).
 *
 * @param percent The reported percentage as printed, e.g. "71" or "12,5".
 * @param n The number of respondents (the denominator of the percentage).
 * @param options `items` (default 1) and `rounding` (default "up-or-down").
 * @returns Verdict, reason and the attainable percentages nearest to the reported one.
 * @throws {StatsError} as {@link checkGrim}.
 * @example checkGrimPercent("40", 5).verdict // "consistent" (2 of 5)
 *
 * Reference: Brown & Heathers (2017), https://doi.org/10.1177/1948550616673876. Validated
 * against scrutiny's `grim(percent = TRUE)` vectors (tests/testthat/test-grim.R).
 */
export function checkGrimPercent(percent: string | ReportedNumber, n: number, options: GrimOptions = {}): AuditResult<GrimDetails> {
  const r = asReported(percent, "checkGrimPercent", "percent");
  if (r.value.numerator < 0n) {
    throw new StatsError("OUT_OF_RANGE", "checkGrimPercent", `percent is ${r.text}; expected a non-negative percentage`, "percent");
  }
  return grimCore("checkGrimPercent", r, n, options, true);
}

/** Exposed for the other checks: the exact mean interval and its candidate sums. Internal. */
export function meanSums(
  mean: ReportedNumber,
  nItems: bigint,
  rounding: RoundingMode,
): { interval: RoundingInterval; lower: bigint; upper: bigint } {
  const interval = roundingInterval(mean, rounding);
  const r = sumRange(interval, nItems);
  return { interval, lower: r.lower, upper: r.upper };
}
