/**
 * Workbooks (.xlsx, .xls, .ods) read with SheetJS into rows of cells that keep the sheet's row
 * numbers. Numeric cells stay numbers, so a workbook made in a Dutch Excel (which shows 0,8)
 * gives the same values as a CSV with 0.8.
 *
 * @module data/xlsx
 */
import { createRequire } from "node:module";
import type * as XLSXTypes from "@e965/xlsx";

// SheetJS takes most of a second to load; it is loaded only when a workbook is read, so that the
// library (and every notebook that imports it) starts fast.
let sheetjs: typeof XLSXTypes | undefined;
function xlsx(): typeof XLSXTypes {
  sheetjs ??= createRequire(import.meta.url)("@e965/xlsx") as typeof XLSXTypes;
  return sheetjs;
}

/** One row of a sheet. */
export interface SheetRow {
  /** Cell values: numbers for numeric cells, strings otherwise ("" for an empty cell). */
  readonly cells: readonly (string | number)[];
  /** The sheet's row number (1-based), the "line" of the row. */
  readonly line: number;
  readonly blank: boolean;
}

/** Result of {@link readWorkbook}. */
export type WorkbookResult =
  | { readonly ok: true; readonly sheet: string; readonly sheets: readonly string[]; readonly rows: readonly SheetRow[] }
  | {
      readonly ok: false;
      readonly reason: "unreadable" | "no-sheets" | "sheet-not-found";
      readonly sheets: readonly string[];
      readonly detail: string;
    };

/**
 * Reads one sheet of a workbook.
 *
 * Rules: without `sheet` the first sheet is read; cells are read from the sheet's used range
 * (`!ref`), from its first row and column, so the row numbers are those Excel shows. Numbers
 * stay numbers; booleans become `TRUE`/`FALSE`; error cells become their text (e.g. `#N/A`);
 * empty cells become "".
 *
 * @param bytes the file's bytes.
 * @param sheet the name of the sheet to read (default: the first).
 * @returns the rows, or the reason they could not be read (with the sheet names found).
 * @throws never.
 * @example
 * // illustrative: needs an .xlsx file on disk (no workbook ships with the repository)
 * readWorkbook(readFileSync("respondents.xlsx"), "Data")
 */
export function readWorkbook(bytes: Uint8Array, sheet?: string): WorkbookResult {
  let wb: XLSXTypes.WorkBook;
  try {
    wb = xlsx().read(bytes, { type: "array", cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (e) {
    return { ok: false, reason: "unreadable", sheets: [], detail: e instanceof Error ? e.message : String(e) };
  }
  const sheets = wb.SheetNames;
  if (sheets.length === 0) return { ok: false, reason: "no-sheets", sheets, detail: "the workbook has no sheets" };
  const name = sheet ?? sheets[0] ?? "";
  const ws = wb.Sheets[name];
  if (ws === undefined) return { ok: false, reason: "sheet-not-found", sheets, detail: `no sheet named ${JSON.stringify(name)}` };
  const ref = ws["!ref"];
  if (ref === undefined) return { ok: true, sheet: name, sheets, rows: [] };
  const range = xlsx().utils.decode_range(ref);
  const rows: SheetRow[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: (string | number)[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = ws[xlsx().utils.encode_cell({ r, c })] as XLSXTypes.CellObject | undefined;
      cells.push(cellValue(cell));
    }
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    rows.push({ cells, line: r + 1, blank: cells.length === 0 });
  }
  return { ok: true, sheet: name, sheets, rows };
}

function cellValue(cell: XLSXTypes.CellObject | undefined): string | number {
  if (cell === undefined || cell.v === undefined || cell.v === null) return "";
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" ? cell.v : String(cell.v);
    case "b":
      return cell.v === true ? "TRUE" : "FALSE";
    case "e":
      return cell.w ?? "#ERROR";
    case "s":
      return typeof cell.v === "string" ? cell.v.replace(/\r\n|\r/g, "\n") : String(cell.v);
    default:
      return cell.w ?? String(cell.v);
  }
}
