/**
 * danfojs data frames for the notebooks.
 *
 * danfojs publishes its type declarations only through its package `exports`, which the
 * TypeScript inside tslab (module resolution "node10") does not read, so `import * as dfd from
 * "danfojs"` fails to type-check in a tslab cell. This module loads danfojs at call time (so that
 * importing the library does not load TensorFlow.js) and declares the part of its API the
 * notebooks use. The objects returned are genuine danfojs DataFrames and Series.
 * @module notebook/frame
 */
import { createRequire } from "node:module";
import { localize } from "./localize.js";
import { tableBundle, type TableRow } from "../report/bundle.js";
import { display, escapeMarkdown } from "@behoud/notebook-runner/display";

/** The danfojs Series methods the notebooks use. */
export interface Series {
  readonly values: readonly (string | number | boolean | null)[];
  readonly index: readonly (string | number)[];
  valueCounts(): Series;
  /** Mean of the values that are not missing. */
  mean(): number;
  /** Standard deviation with the n − 1 denominator (the sample SD), over the values that are not missing. */
  std(): number;
  /** Number of values that are not missing. */
  count(): number;
  print(): void;
}

/** A danfojs groupby, after `.col([...])`: one row per group, one column per statistic ("x_mean"). */
export interface GroupedColumns {
  /** Mean per group; danfojs 1.2 counts a missing value as 0 here (see notebook 01). */
  mean(): DataFrame;
  std(): DataFrame;
  count(): DataFrame;
}

/** A danfojs groupby. */
export interface Grouped {
  col(columns: readonly string[]): GroupedColumns;
}

/** The danfojs DataFrame methods the notebooks use. */
export interface DataFrame {
  readonly shape: readonly [number, number];
  readonly columns: readonly string[];
  readonly index: readonly (string | number)[];
  readonly values: readonly (readonly (string | number | boolean | null)[])[];
  head(rows?: number): DataFrame;
  tail(rows?: number): DataFrame;
  loc(selection: { rows?: readonly (number | string)[]; columns?: readonly string[] }): DataFrame;
  column(name: string): Series;
  groupby(columns: readonly string[]): Grouped;
  /** Means; danfojs' default axis is 1: one mean per *row*. `{ axis: 0 }` gives one per column. */
  mean(options?: { axis?: 0 | 1 }): Series;
  /** Summary per column (count, mean, std, min, median, max); danfojs 1.2 throws on a missing value. */
  describe(): DataFrame;
  print(): void;
}

interface Danfo {
  DataFrame: new (data: readonly object[] | Readonly<Record<string, readonly (string | number | null)[]>>) => DataFrame;
}

let danfo: Danfo | undefined;

/**
 * A danfojs DataFrame of plain row objects (e.g. `table.rows()` of the loader).
 * @example dataFrame([{ respondent: "R19-01", round: "2019-20" }, { respondent: "R19-02", round: "2019-20" }]).shape // [2, 2]
 */
export function dataFrame(rows: readonly object[]): DataFrame {
  danfo ??= createRequire(import.meta.url)("danfojs") as Danfo;
  return new danfo.DataFrame(rows);
}

/**
 * A danfojs DataFrame of some columns of a loader table (default: all), built column by column.
 * On large data this is the frugal way: a frame of all 47 columns of 10⁶ respondents built from
 * row objects needs the rows, the frame and danfojs' copies at once (over 4 GB).
 * @example tableFrame({ fieldNames: ["fte"], column: () => [0.8, 1, 0.5] }).shape // [3, 1]
 */
export function tableFrame(
  table: { readonly fieldNames: readonly string[]; column(name: string): readonly (string | number | null)[] },
  columns: readonly string[] = table.fieldNames,
): DataFrame {
  danfo ??= createRequire(import.meta.url)("danfojs") as Danfo;
  return new danfo.DataFrame(Object.fromEntries(columns.map((c) => [c, table.column(c)])));
}

/**
 * Shows a data frame (or its first `max` rows) as an HTML table with a plain-text fallback.
 * @example showFrame(dataFrame([{ respondent: "R19-01", round: "2019-20", fte: 0.8 }]).loc({ columns: ["respondent", "round"] }), 8) // undefined
 */
export function showFrame(df: DataFrame, max = 20): void {
  const shown = df.shape[0] > max ? df.head(max) : df;
  const columns = shown.columns.map((c) => ({ key: c, label: c }));
  const rows: TableRow[] = shown.values.map((r) =>
    Object.fromEntries(
      shown.columns.map((c, j) => {
        const v = r[j];
        return [c, typeof v === "boolean" ? String(v) : (v ?? null)];
      }),
    ),
  );
  display(
    tableBundle(columns, rows, {
      caption: localize(`${df.shape[0]} rows × ${df.shape[1]} columns${df.shape[0] > max ? ` (first ${max} shown)` : ""}`),
    }),
  );
}

/**
 * Shows danfojs' `describe()` of a frame, or, when danfojs cannot describe it (version 1.2 throws
 * on a missing value instead of skipping it), says so with danfojs' message.
 * @example showDescribe(dataFrame([{ x: 1 }, { x: 2 }, { x: 4 }])) // undefined (shows count, mean, std, min, median, max of x)
 * @example showDescribe(dataFrame([{ x: 1 }, { x: null }])) // undefined (shows "danfojs' describe() did not run: …")
 */
export function showDescribe(df: DataFrame): void {
  let described: DataFrame;
  try {
    described = df.describe();
  } catch (e) {
    showDanfoFailure("describe()", e);
    return;
  }
  const index = described.index;
  const columns = [{ key: "statistic", label: "" }, ...described.columns.map((c) => ({ key: c, label: c, decimals: 3 }))];
  const rows: TableRow[] = described.values.map((r, i) =>
    Object.fromEntries([
      ["statistic", String(index[i] ?? "")],
      ...described.columns.map((c, j) => [c, typeof r[j] === "number" ? r[j] : null]),
    ]),
  );
  display(tableBundle(columns, rows, { caption: "danfojs describe()" }));
}

/** Shows that danfojs could not compute something, with its message. */
function showDanfoFailure(what: string, e: unknown): void {
  const text = `${localize(`danfojs' ${what} did not run`)}: ${e instanceof Error ? e.message : String(e)}`;
  display({ "text/markdown": escapeMarkdown(text), "text/plain": text });
}

/**
 * Shows the frame a danfojs computation gives (e.g. a `groupby(...).col(...).std()`), or, when
 * danfojs throws (as it does for some statistics on a missing value), says so with its message.
 * @example showFrameOf("groupby std", () => dataFrame([{ g: "a", x: 1 }, { g: "a", x: 3 }]).groupby(["g"]).col(["x"]).std()) // undefined
 */
export function showFrameOf(what: string, compute: () => DataFrame, max = 20): void {
  let df: DataFrame;
  try {
    df = compute();
  } catch (e) {
    showDanfoFailure(what, e);
    return;
  }
  showFrame(df, max);
}

/**
 * A number danfojs computes, or NaN (with danfojs' message shown) when it throws.
 * @example frameValue("mean", () => dataFrame([{ x: 1 }, { x: 3 }]).column("x").mean()) // 2
 */
export function frameValue(what: string, compute: () => number): number {
  try {
    return Number(compute());
  } catch (e) {
    showDanfoFailure(what, e);
    return Number.NaN;
  }
}
