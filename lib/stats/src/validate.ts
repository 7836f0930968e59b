/**
 * Input validation shared by the statistics functions. Internal: not re-exported.
 * Missing values are `null`; NaN and ±Infinity are errors, never silently dropped.
 */
import { StatsError } from "./errors.js";

/** A numeric column with `null` for a missing value. */
export type NumericInput = ArrayLike<number | null>;

/** How incomplete observations are treated when a function combines several columns. */
export type MissingPolicy = "listwise" | "fail";

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (value === undefined) return "undefined";
  return JSON.stringify(value) ?? String(value);
}

/** Throws NON_FINITE unless `v` is null or a finite number. */
export function checkCell(fn: string, argument: string, index: number, v: unknown): asserts v is number | null {
  if (v === null) return;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new StatsError(
      "NON_FINITE",
      fn,
      `${argument}[${index}] is ${describe(v)}; expected a finite number, or null for a missing value`,
      argument,
    );
  }
}

/** Checks a column and returns its observed (non-missing) values in order. */
export function observed(fn: string, argument: string, x: NumericInput): { values: number[]; missing: number } {
  if (x === null || x === undefined || typeof x.length !== "number") {
    throw new StatsError("INVALID_ARGUMENT", fn, `${argument} is ${describe(x)}; expected an array of numbers`, argument);
  }
  const values: number[] = [];
  let missing = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    checkCell(fn, argument, i, v);
    if (v === null) missing++;
    else values.push(v);
  }
  return { values, missing };
}

/** Throws EMPTY_INPUT or TOO_FEW unless at least `min` observed values remain. */
export function requireN(fn: string, argument: string, n: number, min: number, what = "observed values"): void {
  if (n === 0) {
    throw new StatsError("EMPTY_INPUT", fn, `${argument} has no ${what}; expected at least ${min}`, argument);
  }
  if (n < min) {
    throw new StatsError("TOO_FEW", fn, `${argument} has ${n} ${what}; expected at least ${min}`, argument);
  }
}

/** Throws LENGTH_MISMATCH unless the columns have equal length. */
export function requireSameLength(fn: string, a: string, x: ArrayLike<unknown>, b: string, y: ArrayLike<unknown>): void {
  if (x.length !== y.length) {
    throw new StatsError(
      "LENGTH_MISMATCH",
      fn,
      `${a} has length ${x.length} but ${b} has length ${y.length}; expected one value of each per case`,
      b,
    );
  }
}

/**
 * Complete pairs of two columns (listwise deletion of incomplete pairs).
 * With policy "fail", an incomplete pair is an error.
 */
export function completePairs(
  fn: string,
  a: string,
  x: NumericInput,
  b: string,
  y: NumericInput,
  policy: MissingPolicy = "listwise",
): { x: number[]; y: number[]; excluded: number } {
  observed(fn, a, x);
  observed(fn, b, y);
  requireSameLength(fn, a, x, b, y);
  const xs: number[] = [];
  const ys: number[] = [];
  let excluded = 0;
  for (let i = 0; i < x.length; i++) {
    const u = x[i] as number | null;
    const v = y[i] as number | null;
    if (u === null || v === null) {
      if (policy === "fail") {
        throw new StatsError(
          "NON_FINITE",
          fn,
          `pair ${i} is incomplete (${a}[${i}] = ${describe(u)}, ${b}[${i}] = ${describe(v)}); missing values are not allowed with missing: "fail"`,
          u === null ? a : b,
        );
      }
      excluded++;
    } else {
      xs.push(u);
      ys.push(v);
    }
  }
  return { x: xs, y: ys, excluded };
}

/** Throws OUT_OF_RANGE unless 0 < level < 1. */
export function checkLevel(fn: string, level: number, argument = "level"): void {
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    throw new StatsError(
      "OUT_OF_RANGE",
      fn,
      `${argument} is ${describe(level)}; expected a number strictly between 0 and 1 (e.g. 0.95)`,
      argument,
    );
  }
}

/** Throws OUT_OF_RANGE unless 0 <= p <= 1. */
export function checkProbability(fn: string, argument: string, p: number): void {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new StatsError("OUT_OF_RANGE", fn, `${argument} is ${describe(p)}; expected a probability between 0 and 1`, argument);
  }
}

/** Throws unless `v` is a finite number (optionally > 0 or an integer >= min). */
export function checkNumber(
  fn: string,
  argument: string,
  v: unknown,
  opts: { positive?: boolean; integerMin?: number } = {},
): asserts v is number {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new StatsError("NON_FINITE", fn, `${argument} is ${describe(v)}; expected a finite number`, argument);
  }
  if (opts.positive === true && !(v > 0)) {
    throw new StatsError("OUT_OF_RANGE", fn, `${argument} is ${v}; expected a number greater than 0`, argument);
  }
  if (opts.integerMin !== undefined && (!Number.isInteger(v) || v < opts.integerMin)) {
    throw new StatsError("OUT_OF_RANGE", fn, `${argument} is ${v}; expected an integer of at least ${opts.integerMin}`, argument);
  }
}

/** The three alternatives of R's tests. */
export type Alternative = "two-sided" | "less" | "greater";

/** Throws INVALID_ARGUMENT unless `alt` is one of the three alternatives. */
export function checkAlternative(fn: string, alt: unknown): asserts alt is Alternative {
  if (alt !== "two-sided" && alt !== "less" && alt !== "greater") {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `alternative is ${describe(alt)}; expected "two-sided", "less" or "greater"`,
      "alternative",
    );
  }
}

/**
 * A power of two k = 2^−e that brings the largest |xᵢ| into about [0.5, 1) when it lies above 2^500
 * or below 2^−500, else 1. Internal. Multiplying by a power of two is exact (short of subnormal
 * results, far below the largest value), so a statistic computed on k·x and scaled back by 1/k is
 * the statistic of x, while sums, squares and cross-products of values near 1e308 or 1e-200 can
 * neither overflow nor underflow. Scale back by dividing by k (1/k itself may overflow).
 */
export function unitScale(x: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i] as number);
    if (a > m) m = a;
  }
  if (m === 0 || (m < 2 ** 500 && m > 2 ** -500)) return 1;
  return 2 ** -(Math.floor(Math.log2(m)) + 1);
}

/** The values times k (see {@link unitScale}); the input itself when k = 1. Internal. */
export function scaled(x: ArrayLike<number>, k: number): ArrayLike<number> {
  return k === 1 ? x : Array.from(x, (v) => v * k);
}

/**
 * Mean and sample SD by the two-pass algorithm (internal; inputs already validated). Values beyond
 * 2^500 in magnitude (or all below 2^−500) are first rescaled by {@link unitScale}, so that
 * mean([1e308, 1e308]) is 1e308 and not Infinity/NaN, and the SD of values near 1e200 is finite.
 */
export function meanAndSd(x: ArrayLike<number>): { mean: number; sd: number } {
  const k = unitScale(x);
  if (k === 1) return meanAndSdUnscaled(x);
  const r = meanAndSdUnscaled(scaled(x, k));
  return { mean: r.mean / k, sd: r.sd / k };
}

function meanAndSdUnscaled(x: ArrayLike<number>): { mean: number; sd: number } {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i] as number;
  let m = s / n;
  // Second pass corrects the rounding error of the first (as R's mean does).
  let r = 0;
  for (let i = 0; i < n; i++) r += (x[i] as number) - m;
  m += r / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const dv = (x[i] as number) - m;
    ss += dv * dv;
  }
  return { mean: m, sd: Math.sqrt(ss / (n - 1)) };
}

/**
 * Pearson r of two complete columns of equal length (internal; inputs already validated), or null
 * when either column has SD 0. Each column is rescaled by {@link unitScale} first (r does not
 * depend on the scale), so values near 1e200 give the right r instead of an overflowed
 * Σ(x − x̄)(y − ȳ); the result is clamped to [−1, 1] as R's cor does, so that rounding cannot
 * give 1.0000000000000002 (whose 1 − r² is negative).
 */
export function correlationOf(x: ArrayLike<number>, y: ArrayLike<number>): { r: number | null; sdXZero: boolean; sdYZero: boolean } {
  const xs = scaled(x, unitScale(x));
  const ys = scaled(y, unitScale(y));
  const mx = meanAndSdUnscaled(xs);
  const my = meanAndSdUnscaled(ys);
  const sdXZero = !(mx.sd > 0);
  const sdYZero = !(my.sd > 0);
  if (sdXZero || sdYZero) return { r: null, sdXZero, sdYZero };
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += ((xs[i] as number) - mx.mean) * ((ys[i] as number) - my.mean);
  const r = s / (xs.length - 1) / (mx.sd * my.sd);
  return { r: Math.max(-1, Math.min(1, r)), sdXZero, sdYZero };
}

/**
 * R's rule for data whose t statistic is only rounding noise (`t.test`: "data are essentially
 * constant"): true when the standard error s/√n is below 10·ε·|mean|, ε = 2^−52 (R's
 * `.Machine$double.eps`). Internal.
 */
export function essentiallyConstant(mean: number, standardError: number): boolean {
  return standardError < 10 * Number.EPSILON * Math.abs(mean);
}
