/**
 * Number formatting for tables, figures, reports and the sentences of an audit: the one
 * formatter of the packages (fixed decimals, APA p-values and test results, intervals, percents,
 * and a short form for numbers inside sentences).
 *
 * **The rounding rule.** A number is first written as its shortest round-trip decimal
 * representation (the digits `String(x)` prints: the shortest decimal that reads back as the same
 * double), and that decimal is rounded half away from zero with string arithmetic. So
 * `formatNumber(1.005, 2)` is `"1.01"`, as a reader of "1.005" expects, while
 * `(1.005).toFixed(2)` is `"1.00"` (the double nearest to 1.005 is 1.00499999999999989…).
 * A result that rounds to zero carries no minus sign (`formatNumber(-0.0004, 3)` is `"0.000"`).
 *
 * APA conventions (American Psychological Association, 2020, *Publication manual*, 7th ed.,
 * §6.36): no leading zero for numbers that cannot exceed 1 (correlations, p-values), p to three
 * decimals and "p < .001" below that.
 *
 * @module format
 */
import { StatsError } from "./errors.js";

/** The decimal separator of a formatted number: `"."` or the Dutch decimal comma `","`. */
export type DecimalSeparator = "," | ".";

/** Throws NON_FINITE unless `value` is a finite number. */
function requireFinite(fn: string, argument: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new StatsError("NON_FINITE", fn, `${argument} is ${String(value)}; expected a finite number`, argument);
  }
}

/** Throws OUT_OF_RANGE unless `value` is an integer from `min` to `max`. */
function requireInteger(fn: string, argument: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  requireFinite(fn, argument, value);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new StatsError("OUT_OF_RANGE", fn, `${argument} is ${value}; expected an integer from ${min} to ${max}`, argument);
  }
}

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** `"."` (default) or `","` (Dutch decimal comma). */
  readonly decimalSeparator?: DecimalSeparator;
  /** Write `0.57` (default true) or `.57` (APA, for values bounded by 1). */
  readonly leadingZero?: boolean;
  /** Sign for negative numbers: `"-"` (default, ASCII hyphen-minus) or `"−"` (U+2212, typeset minus). */
  readonly minusSign?: "-" | "\u2212";
}

const DECIMAL_RE = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** Increments a string of decimal digits by one unit in its last place ("0999" → "1000"). */
function incrementDigits(digits: string): string {
  const out = digits.split("");
  let i = out.length - 1;
  while (i >= 0) {
    if (out[i] === "9") {
      out[i] = "0";
      i -= 1;
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
  }
  return `1${out.join("")}`;
}

/**
 * Rounds `|x|` to `decimals` places on its shortest decimal representation; returns the integer
 * and fraction digits.
 */
function roundAbs(x: number, decimals: number): { int: string; frac: string } {
  const m = DECIMAL_RE.exec(String(Math.abs(x)));
  if (m === null) throw new StatsError("INVALID_ARGUMENT", "formatNumber", `cannot read the decimal form of ${x}`, "x");
  const intPart = m[1] ?? "0";
  const fracPart = m[2] ?? "";
  const exponent = m[3] === undefined ? 0 : Number(m[3]);
  let digits = intPart + fracPart;
  let point = intPart.length + exponent; // digits before the decimal point
  if (point < 1) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  const keep = point + decimals;
  if (digits.length < keep + 1) digits = digits + "0".repeat(keep + 1 - digits.length);
  let kept = digits.slice(0, keep);
  const next = digits.charAt(keep);
  if (next >= "5") kept = incrementDigits(kept);
  const intDigits = kept.slice(0, kept.length - decimals).replace(/^0+(?=\d)/, "");
  return { int: intDigits === "" ? "0" : intDigits, frac: kept.slice(kept.length - decimals) };
}

/**
 * Formats a number with a fixed number of decimals, rounding half away from zero on its
 * shortest decimal representation (see the module documentation for the rule).
 *
 * @param x The number (finite).
 * @param decimals Number of decimals, an integer from 0 to 20.
 * @param options Decimal separator, leading zero, minus sign.
 * @returns The formatted number.
 * @throws {StatsError} NON_FINITE for NaN or ±Infinity; OUT_OF_RANGE for `decimals` outside 0..20.
 * @example
 * formatNumber(1.005, 2)                              // "1.01"  ((1.005).toFixed(2) is "1.00")
 * formatNumber(2.5, 0)                                // "3"     (half away from zero, not to even)
 * formatNumber(-0.0004, 3)                            // "0.000" (no sign on zero)
 * formatNumber(4.05, 2, { decimalSeparator: "," })    // "4,05"
 * formatNumber(0.571, 2, { leadingZero: false })      // ".57"
 */
export function formatNumber(x: number, decimals: number, options: FormatNumberOptions = {}): string {
  requireFinite("formatNumber", "x", x);
  requireInteger("formatNumber", "decimals", decimals, 0, 20);
  const { int, frac } = roundAbs(x, decimals);
  const isZero = /^0*$/.test(int + frac);
  const sign = x < 0 && !isZero ? (options.minusSign ?? "-") : "";
  const intShown = options.leadingZero === false && int === "0" && decimals > 0 ? "" : int;
  const sep = options.decimalSeparator ?? ".";
  return decimals === 0 ? sign + int : `${sign}${intShown}${sep}${frac}`;
}

/** Options of {@link formatP}. */
export interface FormatPOptions {
  /** Decimal separator, default `"."`. */
  readonly decimalSeparator?: DecimalSeparator;
  /** Decimals, default 3 (APA); p below 10^−decimals is written "< .001". */
  readonly decimals?: number;
  /** Write `.045` (default false, APA) or `0.045` / `0,045` (as Dutch texts, and this article, write it). */
  readonly leadingZero?: boolean;
}

/**
 * Formats a p-value the APA way, without "p": three decimals, no leading zero, "< .001" for
 * p < .001 (decided on the unrounded value) and "> .999" when p rounds to 1.
 *
 * @param p The p-value, in [0, 1].
 * @param options Decimal separator and decimals.
 * @returns E.g. `".043"`, `"< .001"`, `"> .999"`.
 * @throws {StatsError} NON_FINITE; OUT_OF_RANGE for p outside [0, 1].
 * @example
 * formatP(0.0431)                          // ".043"
 * formatP(0.0004)                          // "< .001"
 * formatP(0.05, { decimalSeparator: "," }) // ",050"
 * formatP(0.0004, { decimalSeparator: ",", leadingZero: true }) // "< 0,001"
 */
export function formatP(p: number, options: FormatPOptions = {}): string {
  requireFinite("formatP", "p", p);
  if (p < 0 || p > 1) throw new StatsError("OUT_OF_RANGE", "formatP", `p is ${p}; expected a probability in [0, 1]`, "p");
  const decimals = options.decimals ?? 3;
  requireInteger("formatP", "options.decimals", decimals, 1, 10);
  const sep = options.decimalSeparator ?? ".";
  const bound = Number(`1e-${decimals}`);
  const zero = options.leadingZero === true ? "0" : "";
  if (p < bound) return `< ${zero}${sep}${"0".repeat(decimals - 1)}1`;
  const text = formatNumber(p, decimals, { leadingZero: options.leadingZero === true, decimalSeparator: sep });
  if (text.startsWith("1")) return `> ${zero}${sep}${"9".repeat(decimals)}`;
  return text;
}

/** `"p = .043"` or `"p < .001"`. */
function pClause(p: number, sep: DecimalSeparator, leadingZero: boolean): string {
  const text = formatP(p, { decimalSeparator: sep, leadingZero });
  return text.startsWith("<") || text.startsWith(">") ? `p ${text}` : `p = ${text}`;
}

/** Options of {@link formatApaT} and {@link formatR}. */
export interface ApaOptions {
  /** Decimal separator, default `"."`. With `","` the clauses are separated by `"; "`. */
  readonly decimalSeparator?: DecimalSeparator;
  /** Decimals of the statistic, default 2. */
  readonly decimals?: number;
  /** Minus sign, default `"-"`. */
  readonly minusSign?: "-" | "\u2212";
  /** Leading zero of r and p (default false, APA; true writes `0,57` as Dutch texts do). */
  readonly leadingZero?: boolean;
}

/**
 * Formats a t-test result the APA way: "t(df) = t, p = .xxx". An integer df is printed as an
 * integer, a fractional df (Welch) with two decimals.
 *
 * @param t The t statistic.
 * @param df Degrees of freedom (> 0).
 * @param p The p-value.
 * @param options Separator, decimals of t, minus sign.
 * @throws {StatsError} NON_FINITE; OUT_OF_RANGE for df ≤ 0 or p outside [0, 1].
 * @example
 * formatApaT(4.349, 50, 0.00007)                          // "t(50) = 4.35, p < .001"
 * formatApaT(-2.1, 37.52, 0.0426)                         // "t(37.52) = -2.10, p = .043"
 * formatApaT(2.1, 50, 0.04, { decimalSeparator: "," })    // "t(50) = 2,10; p = ,040"
 */
export function formatApaT(t: number, df: number, p: number, options: ApaOptions = {}): string {
  requireFinite("formatApaT", "t", t);
  requireFinite("formatApaT", "df", df);
  if (df <= 0) throw new StatsError("OUT_OF_RANGE", "formatApaT", `df is ${df}; expected a positive number`, "df");
  const sep = options.decimalSeparator ?? ".";
  const dfText = Number.isInteger(df) ? String(df) : formatNumber(df, 2, { decimalSeparator: sep });
  const tText = formatNumber(t, options.decimals ?? 2, { decimalSeparator: sep, minusSign: options.minusSign ?? "-" });
  return `t(${dfText}) = ${tText}${sep === "," ? ";" : ","} ${pClause(p, sep, options.leadingZero === true)}`;
}

/** Options of {@link formatR}. */
export interface FormatROptions extends ApaOptions {
  /** Sample size; when given, df = N − 2 is shown: "r(49) = .57". */
  readonly n?: number;
  /** p-value; when given, appended: ", p < .001". */
  readonly p?: number;
}

/**
 * Formats a correlation the APA way: no leading zero, optionally with df = N − 2 and p.
 *
 * @param r The correlation, in [−1, 1].
 * @param options N, p, separator, decimals (default 2), minus sign.
 * @throws {StatsError} NON_FINITE; OUT_OF_RANGE for r outside [−1, 1] or N < 3.
 * @example
 * formatR(0.5712)                                                   // "r = .57"
 * formatR(0.5712, { n: 51, p: 0.00001 })                            // "r(49) = .57, p < .001"
 * formatR(0.68, { n: 51, p: 0.0000001, decimalSeparator: "," })     // "r(49) = ,68; p < ,001"
 * formatR(0.68, { p: 0.02, decimalSeparator: ",", leadingZero: true }) // "r = 0,68; p = 0,020"
 */
export function formatR(r: number, options: FormatROptions = {}): string {
  requireFinite("formatR", "r", r);
  if (r < -1 || r > 1) throw new StatsError("OUT_OF_RANGE", "formatR", `r is ${r}; expected a correlation in [-1, 1]`, "r");
  const sep = options.decimalSeparator ?? ".";
  let head = "r";
  if (options.n !== undefined) {
    requireInteger("formatR", "options.n", options.n, 3);
    head = `r(${options.n - 2})`;
  }
  const lz = options.leadingZero === true;
  const rText = formatNumber(r, options.decimals ?? 2, { decimalSeparator: sep, leadingZero: lz, minusSign: options.minusSign ?? "-" });
  const tail = options.p === undefined ? "" : `${sep === "," ? ";" : ","} ${pClause(options.p, sep, lz)}`;
  return `${head} = ${rText}${tail}`;
}

/**
 * Formats a confidence interval as "[lower, upper]" (with a decimal comma: "[lower; upper]").
 *
 * @param lower Lower bound.
 * @param upper Upper bound (≥ lower).
 * @param decimals Decimals of both bounds.
 * @param options As for {@link formatNumber}.
 * @throws {StatsError} NON_FINITE; OUT_OF_RANGE when lower > upper.
 * @example
 * formatCi(0.301, 0.918, 2)                               // "[0.30, 0.92]"
 * formatCi(3.81, 4.19, 2, { decimalSeparator: "," })      // "[3,81; 4,19]"
 */
export function formatCi(lower: number, upper: number, decimals: number, options: FormatNumberOptions = {}): string {
  requireFinite("formatCi", "lower", lower);
  requireFinite("formatCi", "upper", upper);
  if (lower > upper) throw new StatsError("OUT_OF_RANGE", "formatCi", `lower (${lower}) is above upper (${upper})`, "lower");
  const sep = (options.decimalSeparator ?? ".") === "," ? "; " : ", ";
  return `[${formatNumber(lower, decimals, options)}${sep}${formatNumber(upper, decimals, options)}]`;
}

/**
 * Formats a percentage (a number already multiplied by 100) with a percent sign.
 *
 * @param percent The percentage, e.g. 35.29.
 * @param decimals Decimals, default 0.
 * @param options As for {@link formatNumber}.
 * @example formatPercent(35.294, 1, { decimalSeparator: "," }) // "35,3%"
 */
export function formatPercent(percent: number, decimals = 0, options: FormatNumberOptions = {}): string {
  return `${formatNumber(percent, decimals, options)}%`;
}

/** Options of {@link formatShort}. */
export interface FormatShortOptions {
  /** Most decimals shown, default 3; trailing zeros are dropped. */
  readonly decimals?: number;
  /** How a non-zero number below 10^−decimals is written: `"exponent"` (default, `1.2e-5`) or `"zero"` (rounded, `0`). */
  readonly tiny?: "exponent" | "zero";
}

/**
 * Formats a number for a sentence (an audit's reason, a log line): at most `decimals` decimals
 * with trailing zeros dropped, JavaScript's rounding of `toFixed`, and a small non-zero number in
 * exponent form so that it does not read as zero. Non-finite numbers are written as JavaScript
 * writes them ("NaN", "Infinity").
 *
 * @param x Any number.
 * @param options Decimals (0 to 20) and the form of tiny numbers.
 * @returns E.g. `"4.05"`, `"0.5"`, `"1.2e-5"`.
 * @throws {StatsError} OUT_OF_RANGE for decimals outside 0..20.
 * @example
 * formatShort(4.0500001)                      // "4.05"
 * formatShort(0.3333333, { decimals: 2 })     // "0.33"
 * formatShort(0.0000123)                      // "1.2e-5"
 * formatShort(0.0000123, { tiny: "zero" })    // "0"
 */
export function formatShort(x: number, options: FormatShortOptions = {}): string {
  const decimals = options.decimals ?? 3;
  requireInteger("formatShort", "options.decimals", decimals, 0, 20);
  if (!Number.isFinite(x)) return String(x);
  if ((options.tiny ?? "exponent") === "exponent" && x !== 0 && Math.abs(x) < 10 ** -decimals) return x.toExponential(1);
  return Number(x.toFixed(decimals)).toString();
}

/** Options of {@link formatPShort}. */
export interface FormatPShortOptions {
  /** Significant digits, default 3 (2 below 10^−4). */
  readonly digits?: number;
  /** Below 10^−4: `"bound"` (default; 2 significant digits, and "< 0.000001" below 10^−6) or `"exponent"` (`3.1e-5`). */
  readonly tiny?: "bound" | "exponent";
}

/**
 * Formats a p-value for a sentence, with significant digits rather than APA's three decimals, so
 * that two p-values that differ in the fourth decimal can be told apart ({@link formatP} is the
 * APA form for tables).
 *
 * @param p The p-value.
 * @param options Significant digits (1 to 10) and the form of p below 10^−4.
 * @throws {StatsError} OUT_OF_RANGE for digits outside 1..10.
 * @example
 * formatPShort(0.036249)                                  // "0.0362"
 * formatPShort(0.000031)                                  // "0.000031"
 * formatPShort(0.0000000004)                              // "< 0.000001"
 * formatPShort(0.036249, { digits: 2 })                   // "0.036"
 * formatPShort(0.000031, { digits: 2, tiny: "exponent" }) // "3.1e-5"
 */
export function formatPShort(p: number, options: FormatPShortOptions = {}): string {
  const digits = options.digits ?? 3;
  requireInteger("formatPShort", "options.digits", digits, 1, 10);
  if (!Number.isFinite(p)) return String(p);
  if ((options.tiny ?? "bound") === "exponent") {
    if (p < 0.0001) return p.toExponential(1);
    return Number(p.toPrecision(digits)).toString();
  }
  if (p === 0) return "0";
  if (p < 0.000001) return "< 0.000001";
  if (p < 0.0001) return Number(p.toPrecision(2)).toString();
  return Number(p.toPrecision(digits)).toString();
}
