/**
 * Input validation shared by the statistics functions. Internal: not re-exported.
 * Missing values are `null`; NaN and ±Infinity are errors, never silently dropped.
 */
import { StatsError } from "../errors.js";

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
    throw new StatsError("OUT_OF_RANGE", fn, `${argument} is ${describe(level)}; expected a number strictly between 0 and 1 (e.g. 0.95)`, argument);
  }
}

/** Throws OUT_OF_RANGE unless 0 <= p <= 1. */
export function checkProbability(fn: string, argument: string, p: number): void {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new StatsError("OUT_OF_RANGE", fn, `${argument} is ${describe(p)}; expected a probability between 0 and 1`, argument);
  }
}

/** Throws unless `v` is a finite number (optionally > 0 or an integer >= min). */
export function checkNumber(fn: string, argument: string, v: unknown, opts: { positive?: boolean; integerMin?: number } = {}): asserts v is number {
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
    throw new StatsError("INVALID_ARGUMENT", fn, `alternative is ${describe(alt)}; expected "two-sided", "less" or "greater"`, "alternative");
  }
}

/** Mean and sample SD by the two-pass algorithm (internal; inputs already validated). */
export function meanAndSd(x: ArrayLike<number>): { mean: number; sd: number } {
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
