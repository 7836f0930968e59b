/**
 * Columnar storage of survey answers for statistics at scale: one `Float64Array` per item column,
 * no object per respondent.
 *
 * Missing values. Inside this module a missing answer is `NaN` (IEEE 754 quiet NaN), not `null`
 * as in `lib/stats/src`: a typed array cannot hold `null`, and NaN costs no extra memory and no
 * extra pass (a validity bitmap would add a second array per column and a bit test per read). The
 * consequence is the one rule to remember: in a columnar survey NaN means "not answered", while
 * ±Infinity is an error (StatsError NON_FINITE, raised when the value is first read). The scalar
 * functions of `lib/stats/src` keep treating NaN as an error; {@link columnFromValues} and
 * {@link valuesFromColumn} convert between the two conventions.
 *
 * @module columnar/columns
 */
import { StatsError } from "../errors.js";

/** A survey stored column by column: every column has one value per respondent, NaN = missing. */
export interface SurveyColumns {
  /** Number of respondents (rows); every column has this length. */
  readonly n: number;
  /** The columns by name, in the order they were given. */
  readonly columns: ReadonlyMap<string, Float64Array>;
}

/** A construct as the columnar pipeline needs it: its item columns per time point and its `minItems`. */
export interface ScaleConstruct {
  /** Construct name, e.g. `enjoyment`. */
  readonly name: string;
  /** Item column names per time point (`pre`, `post`, `once`); a time point without items is left out. */
  readonly items: { readonly pre?: readonly string[]; readonly post?: readonly string[]; readonly once?: readonly string[] };
  /** Answered items a respondent needs for a score at a time point (1 ≤ minItems ≤ number of items). */
  readonly minItems: number;
}

/** A time point of a construct. */
export type ScaleTimepoint = "pre" | "post" | "once";

/** The time points in the order results are reported. */
export const SCALE_TIMEPOINTS: readonly ScaleTimepoint[] = ["pre", "post", "once"];

/**
 * Wraps item columns into a {@link SurveyColumns}, checking that each is a `Float64Array` and
 * that all have the same length. The arrays are used as they are (not copied); the values are
 * checked when the pipeline reads them (NaN = missing, ±Infinity = error).
 *
 * @param columns the columns by name (a plain object or a Map).
 * @returns the survey, with `n` the common length.
 * @throws {StatsError} EMPTY_INPUT when there is no column; INVALID_ARGUMENT when a column is not a
 *   Float64Array; LENGTH_MISMATCH when the columns differ in length.
 * @example
 * const s = surveyColumns({ a_pre: new Float64Array([4, 5, NaN]), a_post: new Float64Array([5, 5, 4]) });
 * s.n // 3
 * Validated against: the unit tests in test/stats/columnar (lengths, types and errors).
 */
export function surveyColumns(columns: Readonly<Record<string, Float64Array>> | ReadonlyMap<string, Float64Array>): SurveyColumns {
  const fn = "surveyColumns";
  const entries: [string, unknown][] =
    columns instanceof Map ? [...(columns as ReadonlyMap<string, unknown>).entries()] : Object.entries(columns);
  if (entries.length === 0) {
    throw new StatsError("EMPTY_INPUT", fn, "columns is empty; expected at least one item column", "columns");
  }
  const map = new Map<string, Float64Array>();
  let n = -1;
  let first = "";
  for (const [name, col] of entries) {
    if (!(col instanceof Float64Array)) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        fn,
        `column "${name}" is ${Object.prototype.toString.call(col)}; expected a Float64Array (NaN for a missing answer)`,
        name,
      );
    }
    if (n < 0) {
      n = col.length;
      first = name;
    } else if (col.length !== n) {
      throw new StatsError(
        "LENGTH_MISMATCH",
        fn,
        `column "${name}" has length ${col.length} but column "${first}" has length ${n}; expected one value per respondent in every column`,
        name,
      );
    }
    map.set(name, col);
  }
  return Object.freeze({ n, columns: map });
}

/**
 * Converts a column in the scalar library's convention (`null` = missing) to the columnar one
 * (NaN = missing).
 *
 * @param values numbers, `null` for a missing value.
 * @returns a new Float64Array of the same length.
 * @throws {StatsError} NON_FINITE for NaN, ±Infinity or a non-number (NaN would silently become "missing").
 * @example columnFromValues([4, null, 5]) // Float64Array [4, NaN, 5]
 * Validated against: round trip with {@link valuesFromColumn} in test/stats/columnar.
 */
export function columnFromValues(values: ArrayLike<number | null>): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) out[i] = NaN;
    else if (typeof v === "number" && Number.isFinite(v)) out[i] = v;
    else {
      throw new StatsError(
        "NON_FINITE",
        "columnFromValues",
        `values[${i}] is ${String(v)}; expected a finite number, or null for a missing value`,
        "values",
      );
    }
  }
  return out;
}

/**
 * Converts a columnar column (NaN = missing) to the scalar library's convention (`null` =
 * missing), e.g. to pass it to `pairedTTest` or `cronbachAlpha`.
 *
 * @param column values, NaN for a missing value.
 * @returns a new array with `null` where the column holds NaN.
 * @example valuesFromColumn(new Float64Array([4, NaN, 5])) // [4, null, 5]
 * Validated against: round trip with {@link columnFromValues} in test/stats/columnar.
 */
export function valuesFromColumn(column: ArrayLike<number>): (number | null)[] {
  const out = new Array<number | null>(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i] as number;
    out[i] = Number.isNaN(v) ? null : v;
  }
  return out;
}

/** Item columns of a construct at a time point, checked against the survey. Internal. */
export function itemColumns(
  fn: string,
  survey: SurveyColumns,
  construct: ScaleConstruct,
  timepoint: ScaleTimepoint,
): { readonly names: readonly string[]; readonly columns: Float64Array[] } {
  const names = construct.items[timepoint];
  if (names === undefined || names.length === 0) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `construct "${construct.name}" has no items at time point "${timepoint}"; expected a time point with items`,
      "timepoint",
    );
  }
  const columns = names.map((name) => {
    const col = survey.columns.get(name);
    if (col === undefined) {
      throw new StatsError(
        "INVALID_ARGUMENT",
        fn,
        `item column "${name}" of construct "${construct.name}" (${timepoint}) is not in the survey; expected a column of that name`,
        name,
      );
    }
    return col;
  });
  return { names, columns };
}

/** Throws NON_FINITE for ±Infinity at row `i` of column `name`. Internal. */
export function nonFinite(fn: string, name: string, i: number, v: number): never {
  throw new StatsError("NON_FINITE", fn, `column "${name}" row ${i} is ${v}; expected a finite number, or NaN for a missing answer`, name);
}
