/**
 * One quantity reported twice: can both printed values be roundings of the same number?
 *
 * @module audit/same-quantity
 */
import { compareFractions, fractionToNumber, subtractFractions } from "./fraction.js";
import {
  asReported,
  checkRounding,
  intervalToNumbers,
  roundingInterval,
  type NumericInterval,
  type ReportedNumber,
  type RoundingMode,
} from "./reported.js";
import { auditResult, fmt, type AuditResult } from "./result.js";

/** Options of {@link checkSameQuantity}. */
export interface SameQuantityOptions {
  /** How both values were rounded (default "up-or-down"). */
  readonly rounding?: RoundingMode;
}

/** Details of a same-quantity check. */
export interface SameQuantityDetails {
  readonly first: { readonly text: string; readonly interval: NumericInterval };
  readonly second: { readonly text: string; readonly interval: NumericInterval };
  readonly rounding: RoundingMode;
  /** Common part of both intervals, or null. */
  readonly overlap: { readonly lower: number; readonly upper: number } | null;
  /** Distance between the intervals (0 when they overlap or touch). */
  readonly gap: number;
}

/**
 * Whether two printed values of what should be the same quantity are compatible.
 *
 * Rule: each printed value v stands for its rounding interval I(v) ({@link roundingInterval});
 * the two reports are compatible iff I(a) ∩ I(b) ≠ ∅ (respecting excluded bounds), decided in
 * exact rational arithmetic. The gap is max(lower_b − upper_a, lower_a − upper_b, 0).
 *
 * @param first The first value as printed, e.g. "4,3".
 * @param second The second value as printed, e.g. "4,05".
 * @param options `rounding` (default "up-or-down").
 * @returns "consistent" when some true value rounds to both, else "inconsistent".
 * @throws {StatsError} INVALID_ARGUMENT for an unparsable value or unknown rounding.
 * @example
 * checkSameQuantity("4,3", "4,05").verdict  // "inconsistent": [4.25, 4.35] vs [4.045, 4.055]
 * checkSameQuantity("4,1", "4,05").verdict  // "consistent": 4.05 rounds to 4.1 (half up)
 *
 * Reference: the rounding-interval logic of Brown, N. J. L., & Heathers, J. A. J. (2017). The
 * GRIM test. Social Psychological and Personality Science, 8(4), 363–369.
 * https://doi.org/10.1177/1948550616673876. Validated against hand-computed intervals
 * (test/audit/same-quantity.test.ts).
 */
export function checkSameQuantity(
  first: string | ReportedNumber,
  second: string | ReportedNumber,
  options: SameQuantityOptions = {},
): AuditResult<SameQuantityDetails> {
  const fn = "checkSameQuantity";
  const rounding = options.rounding ?? "up-or-down";
  checkRounding(fn, rounding);
  const a = asReported(first, fn, "first");
  const b = asReported(second, fn, "second");
  const ia = roundingInterval(a, rounding);
  const ib = roundingInterval(b, rounding);
  // Lower end of the overlap is the larger lower bound; it is included only if included in the interval it comes from.
  const cLo = compareFractions(ia.lower, ib.lower);
  const lo = cLo >= 0 ? ia.lower : ib.lower;
  const loIncl = cLo > 0 ? ia.lowerInclusive : cLo < 0 ? ib.lowerInclusive : ia.lowerInclusive && ib.lowerInclusive;
  const cHi = compareFractions(ia.upper, ib.upper);
  const hi = cHi <= 0 ? ia.upper : ib.upper;
  const hiIncl = cHi < 0 ? ia.upperInclusive : cHi > 0 ? ib.upperInclusive : ia.upperInclusive && ib.upperInclusive;
  const c = compareFractions(lo, hi);
  const overlaps = c < 0 || (c === 0 && loIncl && hiIncl);
  const gapFraction = c > 0 ? subtractFractions(lo, hi) : { num: 0n, den: 1n };
  const details: SameQuantityDetails = {
    first: { text: a.text, interval: intervalToNumbers(ia) },
    second: { text: b.text, interval: intervalToNumbers(ib) },
    rounding,
    overlap: overlaps ? { lower: fractionToNumber(lo), upper: fractionToNumber(hi) } : null,
    gap: fractionToNumber(gapFraction),
  };
  const range = (iv: NumericInterval): string => `${fmt(iv.lower, 6)} to ${fmt(iv.upper, 6)}`;
  if (overlaps) {
    return auditResult(
      "same-quantity",
      "consistent",
      `${a.text} stands for ${range(details.first.interval)} and ${b.text} for ${range(details.second.interval)}; a true value from ${fmt(details.overlap?.lower ?? 0, 6)} to ${fmt(details.overlap?.upper ?? 0, 6)} is printed as both.`,
      details,
    );
  }
  return auditResult(
    "same-quantity",
    "inconsistent",
    `${a.text} stands for ${range(details.first.interval)} and ${b.text} for ${range(details.second.interval)}; these ranges do not meet (gap ${fmt(details.gap, 6)}), so the two cannot be the same number rounded differently.`,
    details,
  );
}
