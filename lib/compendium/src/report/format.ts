/**
 * Number formatting for tables, figures and the report, and an HTML escaper.
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
 * @module report/format
 */
import type { DecimalSeparator } from "./types.js";
import { ReportError, requireFinite, requireInteger } from "./errors.js";

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
  return "1" + out.join("");
}

/**
 * Rounds `|x|` to `decimals` places on its shortest decimal representation; returns the integer
 * and fraction digits.
 */
function roundAbs(x: number, decimals: number): { int: string; frac: string } {
  const m = DECIMAL_RE.exec(String(Math.abs(x)));
  if (m === null) throw new ReportError("INVALID_ARGUMENT", "formatNumber", `cannot read the decimal form of ${x}`, "x");
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
 * @throws {ReportError} NON_FINITE for NaN or ±Infinity; OUT_OF_RANGE for `decimals` outside 0..20.
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
}

/**
 * Formats a p-value the APA way, without "p": three decimals, no leading zero, "< .001" for
 * p < .001 (decided on the unrounded value) and "> .999" when p rounds to 1.
 *
 * @param p The p-value, in [0, 1].
 * @param options Decimal separator and decimals.
 * @returns E.g. `".043"`, `"< .001"`, `"> .999"`.
 * @throws {ReportError} NON_FINITE; OUT_OF_RANGE for p outside [0, 1].
 * @example
 * formatP(0.0431)                          // ".043"
 * formatP(0.0004)                          // "< .001"
 * formatP(0.05, { decimalSeparator: "," }) // ",050"
 */
export function formatP(p: number, options: FormatPOptions = {}): string {
  requireFinite("formatP", "p", p);
  if (p < 0 || p > 1) throw new ReportError("OUT_OF_RANGE", "formatP", `p is ${p}; expected a probability in [0, 1]`, "p");
  const decimals = options.decimals ?? 3;
  requireInteger("formatP", "options.decimals", decimals, 1, 10);
  const sep = options.decimalSeparator ?? ".";
  const bound = Number(`1e-${decimals}`);
  if (p < bound) return `< ${sep}${"0".repeat(decimals - 1)}1`;
  const text = formatNumber(p, decimals, { leadingZero: false, decimalSeparator: sep });
  if (text.startsWith("1")) return `> ${sep}${"9".repeat(decimals)}`;
  return text;
}

/** `"p = .043"` or `"p < .001"`. */
function pClause(p: number, sep: DecimalSeparator): string {
  const text = formatP(p, { decimalSeparator: sep });
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
}

/**
 * Formats a t-test result the APA way: "t(df) = t, p = .xxx". An integer df is printed as an
 * integer, a fractional df (Welch) with two decimals.
 *
 * @param t The t statistic.
 * @param df Degrees of freedom (> 0).
 * @param p The p-value.
 * @param options Separator, decimals of t, minus sign.
 * @throws {ReportError} NON_FINITE; OUT_OF_RANGE for df ≤ 0 or p outside [0, 1].
 * @example
 * formatApaT(4.349, 50, 0.00007)                          // "t(50) = 4.35, p < .001"
 * formatApaT(-2.1, 37.52, 0.0426)                         // "t(37.52) = -2.10, p = .043"
 * formatApaT(2.1, 50, 0.04, { decimalSeparator: "," })    // "t(50) = 2,10; p = ,040"
 */
export function formatApaT(t: number, df: number, p: number, options: ApaOptions = {}): string {
  requireFinite("formatApaT", "t", t);
  requireFinite("formatApaT", "df", df);
  if (df <= 0) throw new ReportError("OUT_OF_RANGE", "formatApaT", `df is ${df}; expected a positive number`, "df");
  const sep = options.decimalSeparator ?? ".";
  const dfText = Number.isInteger(df) ? String(df) : formatNumber(df, 2, { decimalSeparator: sep });
  const tText = formatNumber(t, options.decimals ?? 2, { decimalSeparator: sep, minusSign: options.minusSign ?? "-" });
  return `t(${dfText}) = ${tText}${sep === "," ? ";" : ","} ${pClause(p, sep)}`;
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
 * @throws {ReportError} NON_FINITE; OUT_OF_RANGE for r outside [−1, 1] or N < 3.
 * @example
 * formatR(0.5712)                                                   // "r = .57"
 * formatR(0.5712, { n: 51, p: 0.00001 })                            // "r(49) = .57, p < .001"
 * formatR(0.68, { n: 51, p: 0.0000001, decimalSeparator: "," })     // "r(49) = ,68; p < ,001"
 */
export function formatR(r: number, options: FormatROptions = {}): string {
  requireFinite("formatR", "r", r);
  if (r < -1 || r > 1) throw new ReportError("OUT_OF_RANGE", "formatR", `r is ${r}; expected a correlation in [-1, 1]`, "r");
  const sep = options.decimalSeparator ?? ".";
  let head = "r";
  if (options.n !== undefined) {
    requireInteger("formatR", "options.n", options.n, 3);
    head = `r(${options.n - 2})`;
  }
  const rText = formatNumber(r, options.decimals ?? 2, { decimalSeparator: sep, leadingZero: false, minusSign: options.minusSign ?? "-" });
  const tail = options.p === undefined ? "" : `${sep === "," ? ";" : ","} ${pClause(options.p, sep)}`;
  return `${head} = ${rText}${tail}`;
}

/**
 * Formats a confidence interval as "[lower, upper]" (with a decimal comma: "[lower; upper]").
 *
 * @param lower Lower bound.
 * @param upper Upper bound (≥ lower).
 * @param decimals Decimals of both bounds.
 * @param options As for {@link formatNumber}.
 * @throws {ReportError} NON_FINITE; OUT_OF_RANGE when lower > upper.
 * @example
 * formatCi(0.301, 0.918, 2)                               // "[0.30, 0.92]"
 * formatCi(3.81, 4.19, 2, { decimalSeparator: "," })      // "[3,81; 4,19]"
 */
export function formatCi(lower: number, upper: number, decimals: number, options: FormatNumberOptions = {}): string {
  requireFinite("formatCi", "lower", lower);
  requireFinite("formatCi", "upper", upper);
  if (lower > upper) throw new ReportError("OUT_OF_RANGE", "formatCi", `lower (${lower}) is above upper (${upper})`, "lower");
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

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " '`.
 *
 * @param text Any text.
 * @returns The text with the five characters replaced by entities.
 * @example escapeHtml(`a < b & "c"`) // "a &lt; b &amp; &quot;c&quot;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Serialises a value as JSON that is safe inside an HTML `<script>` element: `<`, `>`, `&`,
 * U+2028 and U+2029 are written as `\u` escapes, so the text can never close the element or
 * open a comment.
 *
 * @param value A JSON-serialisable value.
 * @example scriptJson({ title: "</script>" }) // '{"title":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new ReportError("INVALID_ARGUMENT", "scriptJson", "value is not JSON-serialisable", "value");
  return text
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
