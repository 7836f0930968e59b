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
import { tableBundle, type TableRow } from "../report/bundle.js";
import { display } from "@behoud/notebook-runner/display";

/** The danfojs Series methods the notebooks use. */
export interface Series {
  readonly values: readonly (string | number | boolean | null)[];
  readonly index: readonly (string | number)[];
  valueCounts(): Series;
  print(): void;
}

/** The danfojs DataFrame methods the notebooks use. */
export interface DataFrame {
  readonly shape: readonly [number, number];
  readonly columns: readonly string[];
  readonly values: readonly (readonly (string | number | boolean | null)[])[];
  head(rows?: number): DataFrame;
  tail(rows?: number): DataFrame;
  loc(selection: { rows?: readonly (number | string)[]; columns?: readonly string[] }): DataFrame;
  column(name: string): Series;
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
      caption: `${df.shape[0]} rows × ${df.shape[1]} columns${df.shape[0] > max ? ` (first ${max} shown)` : ""}`,
    }),
  );
}
