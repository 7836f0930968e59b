/**
 * Row and column totals of a printed count table against its printed cells.
 *
 * @module audit/count-table
 */
import { StatsError } from "@behoud/stats";
import { auditResult, type AuditResult } from "./result.js";

/** A count table as printed: cells and totals as strings ("-" for an empty cell). */
export interface CountTableReport {
  /** Rows of cells, as printed. */
  readonly cells: readonly (readonly string[])[];
  readonly rowLabels?: readonly string[];
  readonly columnLabels?: readonly string[];
  /** Printed total of each row (null where none is printed). */
  readonly rowTotals?: readonly (string | null)[];
  /** Printed total of each column (null where none is printed). */
  readonly columnTotals?: readonly (string | null)[];
  /** Printed grand total. */
  readonly grandTotal?: string | null;
}

/** Options of {@link checkCountTable}. */
export interface CountTableOptions {
  /** What a dash or empty cell means: "zero" (default) or "missing" (unknown count). */
  readonly dash?: "zero" | "missing";
}

/** One row or column compared with its printed total. */
export interface CountLine {
  readonly label: string;
  readonly index: number;
  /** Sum of the printed cells. */
  readonly cellSum: number;
  /** Number of dash/empty cells counted as missing (always 0 with dash "zero"). */
  readonly missingCells: number;
  readonly printed: number | null;
  /** printed − cellSum, or null without a printed total. */
  readonly difference: number | null;
  /**
   * "matches"; "off" (the difference cannot be explained); "possible" (missing cells could make
   * up a positive difference); "no-total" (nothing printed to compare with).
   */
  readonly status: "matches" | "off" | "possible" | "no-total";
}

/** Details of a count-table check. */
export interface CountTableDetails {
  readonly dash: "zero" | "missing";
  readonly rows: readonly CountLine[];
  readonly columns: readonly CountLine[];
  readonly grandTotal: {
    readonly printed: number;
    readonly cellSum: number;
    readonly rowTotalsSum: number | null;
    readonly columnTotalsSum: number | null;
    /** printed − cellSum. */
    readonly difference: number;
  } | null;
  /** Labels of rows and columns whose totals are off. */
  readonly offRows: readonly string[];
  readonly offColumns: readonly string[];
}

const DASH = /^[-\u2013\u2014\u2212]?$/;

function parseCount(fn: string, text: string, where: string): number | null {
  const t = text.trim();
  if (DASH.test(t)) return null;
  if (!/^\d+$/.test(t)) throw new StatsError("INVALID_ARGUMENT", fn, `${where} is "${text}"; expected a whole count or "-"`, "cells");
  return Number.parseInt(t, 10);
}

function line(
  label: string,
  index: number,
  values: readonly (number | null)[],
  printed: number | null,
  dash: "zero" | "missing",
): CountLine {
  let cellSum = 0;
  let missingCells = 0;
  for (const v of values) {
    if (v === null) {
      if (dash === "missing") missingCells++;
    } else {
      cellSum += v;
    }
  }
  const difference = printed === null ? null : printed - cellSum;
  let status: CountLine["status"];
  if (difference === null) status = "no-total";
  else if (difference === 0) status = "matches";
  else if (difference > 0 && missingCells > 0) status = "possible";
  else status = "off";
  return { label, index, cellSum, missingCells, printed, difference, status };
}

/**
 * Compares the printed row, column and grand totals of a count table with its printed cells.
 *
 * Rule: for each row i, Σ_j cell_ij must equal the printed row total; for each column j,
 * Σ_i cell_ij must equal the printed column total; the grand total must equal Σ cells (and is
 * also compared with the sums of the printed row and column totals). A dash or empty cell is 0
 * (default) or, with `dash: "missing"`, an unknown count ≥ 0 that can only raise a sum.
 *
 * @param table Cells and printed totals as strings.
 * @param options `dash`: "zero" (default) or "missing".
 * @returns "inconsistent" when any total is off, naming the rows/columns and by how much;
 *   "not-testable" when no totals are printed.
 * @throws {StatsError} INVALID_ARGUMENT for a cell that is not a whole count, or ragged rows.
 * @example
 * checkCountTable({ cells: [["14", "12"], ["4", "14"]], rowTotals: ["26", "18"], columnTotals: ["18", "26"] }).verdict
 *   // "consistent"
 *
 * Reference: none; this is the addition a reviewer does by hand. Validated against hand counts
 * of the article's Table 2 (test/audit/count-table.test.ts).
 */
export function checkCountTable(table: CountTableReport, options: CountTableOptions = {}): AuditResult<CountTableDetails> {
  const fn = "checkCountTable";
  const dash = options.dash ?? "zero";
  if (dash !== "zero" && dash !== "missing")
    throw new StatsError("INVALID_ARGUMENT", fn, `dash is ${JSON.stringify(dash)}; expected "zero" or "missing"`, "dash");
  if (table.cells === undefined || table.cells.length === 0)
    throw new StatsError("EMPTY_INPUT", fn, "cells is empty; expected at least one row", "cells");
  const width = (table.cells[0] as readonly string[]).length;
  const values = table.cells.map((row, i) => {
    if (row.length !== width)
      throw new StatsError("LENGTH_MISMATCH", fn, `row ${i + 1} has ${row.length} cells; expected ${width} like the first row`, "cells");
    return row.map((c, j) => parseCount(fn, c, `cell [${i + 1}, ${j + 1}]`));
  });
  const rowLabel = (i: number): string => table.rowLabels?.[i] ?? `row ${i + 1}`;
  const colLabel = (j: number): string => table.columnLabels?.[j] ?? `column ${j + 1}`;
  const printedOf = (list: readonly (string | null)[] | undefined, k: number, what: string): number | null => {
    const t = list?.[k];
    if (t === undefined || t === null) return null;
    return parseCount(fn, t, `${what} ${k + 1}`);
  };
  if (table.rowTotals !== undefined && table.rowTotals.length !== values.length) {
    throw new StatsError("LENGTH_MISMATCH", fn, `rowTotals has ${table.rowTotals.length} entries; expected ${values.length}`, "rowTotals");
  }
  if (table.columnTotals !== undefined && table.columnTotals.length !== width) {
    throw new StatsError("LENGTH_MISMATCH", fn, `columnTotals has ${table.columnTotals.length} entries; expected ${width}`, "columnTotals");
  }
  const rows = values.map((row, i) => line(rowLabel(i), i, row, printedOf(table.rowTotals, i, "row total"), dash));
  const columns: CountLine[] = [];
  for (let j = 0; j < width; j++) {
    columns.push(
      line(
        colLabel(j),
        j,
        values.map((row) => row[j] ?? null),
        printedOf(table.columnTotals, j, "column total"),
        dash,
      ),
    );
  }
  const allCells = values.flat();
  const cellSum = allCells.reduce<number>((a, v) => a + (v ?? 0), 0);
  const sumPrinted = (ls: readonly CountLine[]): number | null =>
    ls.every((l) => l.printed !== null) ? ls.reduce((a, l) => a + (l.printed ?? 0), 0) : null;
  const grandPrinted = table.grandTotal === undefined || table.grandTotal === null ? null : parseCount(fn, table.grandTotal, "grand total");
  const grandTotal =
    grandPrinted === null
      ? null
      : {
          printed: grandPrinted,
          cellSum,
          rowTotalsSum: sumPrinted(rows),
          columnTotalsSum: sumPrinted(columns),
          difference: grandPrinted - cellSum,
        };
  const offRows = rows.filter((l) => l.status === "off").map((l) => l.label);
  const offColumns = columns.filter((l) => l.status === "off").map((l) => l.label);
  const missingAny = allCells.some((v) => v === null) && dash === "missing";
  const grandOff = grandTotal !== null && grandTotal.difference !== 0 && !(missingAny && grandTotal.difference > 0);
  const details: CountTableDetails = { dash, rows, columns, grandTotal, offRows, offColumns };

  const checked = [...rows, ...columns].filter((l) => l.status !== "no-total").length + (grandTotal === null ? 0 : 1);
  if (checked === 0)
    return auditResult("count-table", "not-testable", "The table prints no totals, so there is nothing to add up against.", details);
  const describe = (l: CountLine): string => {
    const d = l.difference ?? 0;
    return `"${l.label}" adds up to ${l.cellSum} but the printed total is ${l.printed} (${Math.abs(d)} ${d > 0 ? "more" : "less"})`;
  };
  const problems = [...rows.filter((l) => l.status === "off"), ...columns.filter((l) => l.status === "off")].map(describe);
  if (grandOff && grandTotal !== null) {
    const alt =
      grandTotal.columnTotalsSum === grandTotal.printed
        ? ", though it equals the sum of the printed column totals"
        : grandTotal.rowTotalsSum === grandTotal.printed
          ? ", though it equals the sum of the printed row totals"
          : "";
    problems.push(`the grand total ${grandTotal.printed} differs from the sum of all cells, ${grandTotal.cellSum}${alt}`);
  }
  if (problems.length === 0) {
    const possible = [...rows, ...columns].filter((l) => l.status === "possible");
    return auditResult(
      "count-table",
      "consistent",
      possible.length === 0
        ? "Every printed total equals the sum of its cells."
        : `Every printed total equals the sum of its cells, if the empty cells in ${possible.map((l) => `"${l.label}"`).join(", ")} hold the missing counts.`,
      details,
    );
  }
  const text = problems.join("; ");
  return auditResult("count-table", "inconsistent", `${text.charAt(0).toUpperCase() + text.slice(1)}.`, details);
}
