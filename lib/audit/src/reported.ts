/**
 * Reported numbers kept at their printed precision, and the interval of true values that
 * round to them.
 *
 * A consistency check must know that "3.10" claims two decimals and "3.1" one, and that "4,05"
 * and ".57" are numbers at all; so reported values enter the audit as strings and leave
 * {@link parseReported} as exact rationals with their number of decimals.
 *
 * @module audit/reported
 */
import { StatsError } from "@behoud/stats";
import { compareFractions, floorDiv, fraction, fractionToNumber, pow10, type ExactFraction } from "./fraction.js";

/** A number as printed, with its value as an exact decimal fraction and its precision. */
export interface ReportedNumber {
  /** The text as given (trimmed). */
  readonly text: string;
  /** numerator / denominator, the denominator a power of ten (10^decimals). */
  readonly value: {
    readonly numerator: bigint;
    readonly denominator: bigint;
    /** The nearest JavaScript number, for display and for continuous computations only. */
    readonly number: number;
  };
  /** Number of decimals printed, trailing zeros included ("3.10" → 2). */
  readonly decimals: number;
  /** The decimal separator used in the text, or null when there is none. */
  readonly decimalSeparator: "." | "," | null;
}

/**
 * How the reported value was presumably rounded from the true value.
 * - `"up-or-down"`: half-way values may have gone either way (the default, as in scrutiny's
 *   `"up_or_down"`): both bounds of the interval are included.
 * - `"half-up"`: ties away from zero (SPSS, Excel, SAS).
 * - `"half-down"`: ties toward zero.
 * - `"half-even"`: ties to the even last digit (IEC 60559; R and Python on exactly representable ties).
 * - `"truncate"`: digits beyond the last printed one were cut off (toward zero).
 */
export type RoundingMode = "up-or-down" | "half-up" | "half-down" | "half-even" | "truncate";

/** All rounding modes, for validation and iteration. */
export const ROUNDING_MODES: readonly RoundingMode[] = ["up-or-down", "half-up", "half-down", "half-even", "truncate"];

/** An interval of exact rationals with the inclusion of each bound. */
export interface RoundingInterval {
  readonly lower: ExactFraction;
  readonly upper: ExactFraction;
  readonly lowerInclusive: boolean;
  readonly upperInclusive: boolean;
}

/** A {@link RoundingInterval} converted to numbers for reports. */
export interface NumericInterval {
  readonly lower: number;
  readonly upper: number;
  readonly lowerInclusive: boolean;
  readonly upperInclusive: boolean;
}

const MINUS_SIGNS = /^[\u2212\u2013\u2012\u2014-]/;

/**
 * Parses a number exactly as it was printed.
 *
 * Rule: an optional sign (`+`, `-`, or the typographic minus `−`/`–`), digits with at most one
 * decimal separator, and an optional exponent (`e-3`). A single `.` or `,` is always the decimal
 * separator ("4,05" = 4.05, ",57" = 0.57, ".000" = 0 with three decimals). When both `.` and `,`
 * occur, or one of them occurs more than once, the last separator of the kind that occurs once
 * is the decimal separator and the others are thousands separators ("2,000.20" = 2000.20,
 * "1.234,5" = 1234.5, "1,000,000" = 1000000). The value is numerator/10^decimals with the
 * decimals counted as printed, so "3.10" has decimals 2 and "3.1" has decimals 1.
 *
 * @param text The number as printed.
 * @returns The exact value, its decimals and the separator used.
 * @throws {StatsError} INVALID_ARGUMENT when the text is not a number in this format.
 * @example
 * parseReported("4,05")  // { value: { numerator: 405n, denominator: 100n, number: 4.05 }, decimals: 2, ... }
 * parseReported(",000")  // { value: { numerator: 0n, denominator: 1000n, … }, decimals: 3, … }
 * parseReported("3.10").decimals // 2
 *
 * Reference: Brown, N. J. L., & Heathers, J. A. J. (2017). The GRIM test: A simple technique
 * detects numerous anomalies in the reporting of results in psychology. Social Psychological and
 * Personality Science, 8(4), 363–369. https://doi.org/10.1177/1948550616673876 (why trailing
 * zeros matter). Validated against hand-written cases in test/audit/reported.test.ts, including
 * scrutiny's `decimal_places()` convention that trailing zeros count.
 */
export function parseReported(text: string): ReportedNumber {
  const fn = "parseReported";
  if (typeof text !== "string") {
    throw new StatsError("INVALID_ARGUMENT", fn, `text is ${String(text)}; expected the number as a string, e.g. "4,05"`, "text");
  }
  const trimmed = text.trim();
  let rest = trimmed;
  let negative = false;
  if (MINUS_SIGNS.test(rest)) {
    negative = true;
    rest = rest.slice(1).trimStart();
  } else if (rest.startsWith("+")) {
    rest = rest.slice(1).trimStart();
  }
  let exponent = 0;
  const expMatch = /[eE]([+-]?\d+)$/.exec(rest);
  if (expMatch !== null && expMatch[1] !== undefined) {
    exponent = Number.parseInt(expMatch[1], 10);
    rest = rest.slice(0, expMatch.index);
  }
  if (!/^[\d.,]+$/.test(rest) || !/\d/.test(rest)) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `"${text}" is not a number; expected digits with an optional sign and decimal point or comma, e.g. "4,05", ".57" or "-2.20"`,
      "text",
    );
  }
  const dots = (rest.match(/\./g) ?? []).length;
  const commas = (rest.match(/,/g) ?? []).length;
  let decimalSeparator: "." | "," | null = null;
  if (dots > 0 && commas > 0) {
    const last: "." | "," = rest.lastIndexOf(".") > rest.lastIndexOf(",") ? "." : ",";
    if ((last === "." ? dots : commas) !== 1) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        fn,
        `"${text}" mixes "." and "," in a way that leaves the decimal separator unclear`,
        "text",
      );
    }
    decimalSeparator = last;
  } else if (dots === 1) {
    decimalSeparator = ".";
  } else if (commas === 1) {
    decimalSeparator = ",";
  } // else: none, or one kind repeated (thousands separators only)
  let intPart = rest;
  let fracPart = "";
  if (decimalSeparator !== null) {
    const at = rest.lastIndexOf(decimalSeparator);
    intPart = rest.slice(0, at);
    fracPart = rest.slice(at + 1);
  }
  const thousands = decimalSeparator === "." ? "," : decimalSeparator === "," ? "." : dots > 0 ? "." : ",";
  if (intPart.includes(thousands)) {
    const groups = intPart.split(thousands);
    if (groups.slice(1).some((g) => g.length !== 3) || groups[0] === "") {
      throw new StatsError("INVALID_ARGUMENT", fn, `"${text}" has a misplaced thousands separator`, "text");
    }
    intPart = groups.join("");
  }
  if (/[.,]/.test(intPart) || /[.,]/.test(fracPart)) {
    throw new StatsError("INVALID_ARGUMENT", fn, `"${text}" has more than one decimal separator`, "text");
  }
  if (decimalSeparator !== null && fracPart === "") {
    throw new StatsError("INVALID_ARGUMENT", fn, `"${text}" ends in a decimal separator; expected digits after it`, "text");
  }
  const digits = (intPart === "" ? "0" : intPart) + fracPart;
  let mantissa = BigInt(digits);
  let decimals = fracPart.length - exponent;
  if (decimals < 0) {
    mantissa *= pow10(-decimals);
    decimals = 0;
  }
  const numerator = negative ? -mantissa : mantissa;
  const denominator = pow10(decimals);
  return {
    text: trimmed,
    value: { numerator, denominator, number: fractionToNumber({ num: numerator, den: denominator }) },
    decimals,
    decimalSeparator,
  };
}

/** The value of a reported number as an exact fraction. Internal. */
export function reportedFraction(r: ReportedNumber): ExactFraction {
  return { num: r.value.numerator, den: r.value.denominator };
}

/** Accepts a string or an already parsed number. Internal. */
export function asReported(x: string | ReportedNumber, fn: string, argument: string): ReportedNumber {
  if (typeof x === "string") {
    try {
      return parseReported(x);
    } catch (e) {
      if (e instanceof StatsError)
        throw new StatsError("INVALID_ARGUMENT", fn, `${argument}: ${e.message.replace(/^parseReported: /, "")}`, argument);
      throw e;
    }
  }
  if (x !== null && typeof x === "object" && typeof x.decimals === "number") return x;
  throw new StatsError("INVALID_ARGUMENT", fn, `${argument} is ${String(x)}; expected the number as printed, as a string`, argument);
}

/** Throws INVALID_ARGUMENT unless `mode` is a known rounding mode. Internal. */
export function checkRounding(fn: string, mode: unknown): asserts mode is RoundingMode {
  if (!ROUNDING_MODES.includes(mode as RoundingMode)) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `rounding is ${JSON.stringify(mode)}; expected one of ${ROUNDING_MODES.map((m) => `"${m}"`).join(", ")}`,
      "rounding",
    );
  }
}

/**
 * The interval of true values that are reported as `reported` under a rounding mode.
 *
 * With N the printed numerator and u = 10^−decimals the last printed unit, the rounding
 * interval is [N·u − u/2, N·u + u/2] for the half-way modes and [N·u, N·u + u) (toward zero)
 * for truncation. The bounds are included or excluded exactly as the mode sends a value on the
 * bound: `up-or-down` includes both; `half-up` (ties away from zero) includes the bound nearer
 * to zero; `half-down` the bound farther from zero; `half-even` both when the last printed
 * digit is even and neither when it is odd. A reported zero is treated symmetrically.
 *
 * @param reported The reported number (string as printed, or parsed).
 * @param mode The rounding mode (default `"up-or-down"`).
 * @returns Exact bounds with their inclusion.
 * @throws {StatsError} INVALID_ARGUMENT for an unknown mode or an unparsable number.
 * @example
 * intervalToNumbers(roundingInterval("4,05"))          // { lower: 4.045, upper: 4.055, lowerInclusive: true, upperInclusive: true }
 * intervalToNumbers(roundingInterval("5.13", "half-up")) // { lower: 5.125, upper: 5.135, lowerInclusive: true, upperInclusive: false }
 * intervalToNumbers(roundingInterval("2.4", "truncate")) // { lower: 2.4, upper: 2.5, lowerInclusive: true, upperInclusive: false }
 *
 * Reference: Jung, L. (2025). scrutiny: Error detection in science (R package), `unround()`.
 * https://doi.org/10.32614/CRAN.package.scrutiny. Validated against the inclusion table of
 * scrutiny's `unround()` documentation (test/audit/reported.test.ts).
 */
export function roundingInterval(reported: string | ReportedNumber, mode: RoundingMode = "up-or-down"): RoundingInterval {
  const fn = "roundingInterval";
  checkRounding(fn, mode);
  const r = asReported(reported, fn, "reported");
  const n = r.value.numerator;
  const unit = pow10(r.decimals);
  if (mode === "truncate") {
    if (n > 0n) return { lower: fraction(n, unit), upper: fraction(n + 1n, unit), lowerInclusive: true, upperInclusive: false };
    if (n < 0n) return { lower: fraction(n - 1n, unit), upper: fraction(n, unit), lowerInclusive: false, upperInclusive: true };
    return { lower: fraction(-1n, unit), upper: fraction(1n, unit), lowerInclusive: false, upperInclusive: false };
  }
  const den = 2n * unit;
  const lower = fraction(2n * n - 1n, den);
  const upper = fraction(2n * n + 1n, den);
  switch (mode) {
    case "up-or-down":
      return { lower, upper, lowerInclusive: true, upperInclusive: true };
    case "half-up":
      if (n > 0n) return { lower, upper, lowerInclusive: true, upperInclusive: false };
      if (n < 0n) return { lower, upper, lowerInclusive: false, upperInclusive: true };
      return { lower, upper, lowerInclusive: false, upperInclusive: false };
    case "half-down":
      if (n > 0n) return { lower, upper, lowerInclusive: false, upperInclusive: true };
      if (n < 0n) return { lower, upper, lowerInclusive: true, upperInclusive: false };
      return { lower, upper, lowerInclusive: true, upperInclusive: true };
    case "half-even": {
      const even = (n < 0n ? -n : n) % 2n === 0n;
      return { lower, upper, lowerInclusive: even, upperInclusive: even };
    }
  }
}

/**
 * Whether an exact value lies in a rounding interval.
 *
 * Rule: lower ≤ x (or lower < x when the lower bound is excluded) and x ≤ upper (or x < upper),
 * compared by cross-multiplying integers.
 *
 * @param iv The interval (from {@link roundingInterval}).
 * @param x The value as a fraction num/den.
 * @returns True when x would be printed as the interval's reported number.
 * @throws Never (pure comparison).
 * @example intervalContains(roundingInterval("5.13", "half-up"), { num: 41n, den: 8n }) // true (5.125)
 *
 * Reference: exact rational comparison; no external method. Validated in test/audit/reported.test.ts
 * and through GRIM's scrutiny vectors (test/audit/grim.test.ts).
 */
export function intervalContains(iv: RoundingInterval, x: ExactFraction): boolean {
  const lo = compareFractions(x, iv.lower);
  const hi = compareFractions(x, iv.upper);
  return (lo > 0 || (lo === 0 && iv.lowerInclusive)) && (hi < 0 || (hi === 0 && iv.upperInclusive));
}

/**
 * Converts an exact rounding interval to JavaScript numbers for reports (never for decisions).
 *
 * Rule: each bound num/den becomes the nearest double; the inclusion flags are copied.
 *
 * @param iv The exact interval.
 * @returns The same interval with number bounds.
 * @throws Never.
 * @example intervalToNumbers(roundingInterval("4,05")) // { lower: 4.045, upper: 4.055, lowerInclusive: true, upperInclusive: true }
 *
 * Reference: none (conversion). Validated in test/audit/reported.test.ts.
 */
export function intervalToNumbers(iv: RoundingInterval): NumericInterval {
  return {
    lower: fractionToNumber(iv.lower),
    upper: fractionToNumber(iv.upper),
    lowerInclusive: iv.lowerInclusive,
    upperInclusive: iv.upperInclusive,
  };
}

/**
 * Rounds an exact fraction to a number of decimals with a tie rule, in integer arithmetic.
 *
 * Rule: with y = x·10^d, q = ⌊y⌋ and remainder ρ = y − q ∈ [0, 1): the result is q + 1 when
 * ρ > ½ and q when ρ < ½; at ρ = ½ "half-up" moves away from zero, "half-down" toward zero,
 * "half-even" to the even integer; "truncate" cuts toward zero. "up-or-down" is not one rule
 * and rounds half up here.
 *
 * @param x The value num/den.
 * @param decimals Number of decimals d (≥ 0).
 * @param mode The tie rule.
 * @returns The integer numerator of the rounded value over 10^d.
 * @throws {StatsError} INVALID_ARGUMENT when den is 0 (from the division).
 * @example
 * roundFraction({ num: 41n, den: 8n }, 2, "half-even")  // 512n (5.125 → 5.12)
 * roundFraction({ num: 201n, den: 200n }, 2, "half-up") // 101n (1.005 → 1.01; (1.005).toFixed(2) is "1.00")
 *
 * Reference: IEEE Computer Society (2019). IEEE standard for floating-point arithmetic
 * (IEEE 754-2019), section 4.3 (rounding-direction attributes). https://doi.org/10.1109/IEEESTD.2019.8766229.
 * Validated against hand-computed ties in test/audit/reported.test.ts.
 */
export function roundFraction(x: ExactFraction, decimals: number, mode: RoundingMode): bigint {
  const scale = pow10(decimals);
  const scaledNum = x.num * scale;
  const q = floorDiv(scaledNum, x.den);
  const remNum = scaledNum - q * x.den; // remainder / den in [0, 1)
  const twice = 2n * remNum;
  const cmpHalf = twice < x.den ? -1 : twice > x.den ? 1 : 0;
  const negative = x.num < 0n;
  switch (mode) {
    case "truncate":
      return negative && remNum > 0n ? q + 1n : q;
    case "half-even":
      if (cmpHalf > 0) return q + 1n;
      if (cmpHalf < 0) return q;
      return q % 2n === 0n ? q : q + 1n;
    case "half-down":
      if (cmpHalf > 0) return q + 1n;
      if (cmpHalf < 0) return q;
      return negative ? q + 1n : q;
    case "half-up":
    case "up-or-down":
      if (cmpHalf > 0) return q + 1n;
      if (cmpHalf < 0) return q;
      return negative ? q : q + 1n;
  }
}

/** Formats numerator/10^decimals as text with the given decimal separator (leading zero kept). Internal. */
export function formatScaled(numerator: bigint, decimals: number, separator: "." | "," = "."): string {
  const negative = numerator < 0n;
  const digits = (negative ? -numerator : numerator).toString().padStart(decimals + 1, "0");
  const intPart = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return (negative ? "-" : "") + intPart + (decimals > 0 ? separator + frac : "");
}
