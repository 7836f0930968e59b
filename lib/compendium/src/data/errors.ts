/**
 * Problems found in data files and in the codebook, and the error class of the data family.
 *
 * A {@link Problem} is a plain object that says where (file, physical line, data row, column),
 * what (the value), which rule was broken and what was expected. Functions that validate
 * collect every problem before they report, so one run lists all that is wrong.
 *
 * @module data/errors
 */

/** How serious a problem is: errors stop the analysis, warnings do not. */
export type Severity = "error" | "warning";

/**
 * One problem in a data file or in the codebook.
 *
 * `line` is the physical line in the file (1-based, the header is line 1; for a workbook the
 * sheet's row number); `row` is the data row (1-based, the first row after the header is row 1).
 * Both are `null` for problems that concern a whole file or column.
 */
export interface Problem {
  readonly severity: Severity;
  /** Path of the file as it was given or found. */
  readonly file: string;
  readonly line: number | null;
  readonly row: number | null;
  /** Column (field) name, or `null` for problems that concern a row or a file. */
  readonly column: string | null;
  /** The offending value as it appears in the file, or `null`. */
  readonly value: string | null;
  /** Machine-readable rule name, e.g. `scale`, `type`, `unknown-column`, `foreign-key`. */
  readonly rule: string;
  /** Complete sentence naming file, line/row, column, value, rule and what was expected. */
  readonly message: string;
}

/** Codes of {@link DataError}. */
export type DataErrorCode =
  | "INVALID_DATA"
  | "INVALID_CODEBOOK"
  | "NOT_FOUND"
  | "UNREADABLE"
  | "UNKNOWN_FIELD"
  | "WRONG_TYPE"
  | "UNKNOWN_CONSTRUCT"
  | "UNKNOWN_TIMEPOINT"
  | "INVALID_ARGUMENT";

/**
 * Raised by the data loader, the codebook reader and the data helpers.
 * For `INVALID_DATA` and `INVALID_CODEBOOK`, `problems` holds every problem found (errors and
 * warnings); the message lists the errors.
 *
 * @example
 * let code = null;
 * try { getConstruct(loadCodebook(), "geluk") } catch (e) { if (e instanceof DataError) code = e.code }
 * code // "UNKNOWN_CONSTRUCT"
 */
export class DataError extends Error {
  override readonly name = "DataError";
  /** Machine-readable reason. */
  readonly code: DataErrorCode;
  /** The public function that raised the error. */
  readonly fn: string;
  /** Every problem found, for `INVALID_DATA` and `INVALID_CODEBOOK`; empty otherwise. */
  readonly problems: readonly Problem[];

  constructor(code: DataErrorCode, fn: string, message: string, problems: readonly Problem[] = []) {
    super(`${fn}: ${message}`);
    this.code = code;
    this.fn = fn;
    this.problems = Object.freeze([...problems]);
  }
}

/**
 * One line of text for a problem: its severity, then its message.
 *
 * @param problem the problem to format.
 * @returns e.g. `error: respondents-2019-20.csv, line 5 (row 4), column "werkplezier_1_pre": …`
 * @throws never.
 * @example
 * const p = problem("error", "a.csv", { line: 3, row: 2, column: "fte", value: "x" }, "type", "value \"x\" is not a number");
 * formatProblem(p) // "error: a.csv, line 3 (row 2), column \"fte\": value \"x\" is not a number (rule: type)"
 */
export function formatProblem(problem: Problem): string {
  return `${problem.severity}: ${problem.message}`;
}

/**
 * A readable list of problems: the errors first, then the warnings, each group under a heading.
 *
 * @param problems problems in any order (their order within each severity is kept).
 * @param max the most problems to list per severity (the rest are counted); default: all.
 * @returns the text, or an empty string when there are no problems.
 * @throws never.
 * @example
 * formatProblems([problem("warning", "a.csv", { line: 2, row: 1 }, "r", "w"), problem("error", "a.csv", {}, "s", "e")])
 * // "1 error:\n  - a.csv: e (rule: s)\n1 warning:\n  - a.csv, line 2 (row 1): w (rule: r)"
 */
export function formatProblems(problems: readonly Problem[], max = Number.POSITIVE_INFINITY): string {
  const parts: string[] = [];
  for (const severity of ["error", "warning"] as const) {
    const group = problems.filter((p) => p.severity === severity);
    if (group.length === 0) continue;
    const title = `${group.length} ${severity}${group.length === 1 ? "" : "s"}:`;
    const lines = group.slice(0, max).map((p) => `  - ${p.message}`);
    if (group.length > max) lines.push(`  … and ${group.length - max} more`);
    parts.push([title, ...lines].join("\n"));
  }
  return parts.join("\n");
}

/**
 * The location at the start of every message. Internal to the data family.
 *
 * @param file path of the file.
 * @param line physical line, or null.
 * @param row data row, or null.
 * @param column column name, or null.
 * @returns e.g. `a.csv, line 5 (row 4), column "fte"`.
 * @throws never.
 * @example where("a.csv", 5, 4, "fte") // "a.csv, line 5 (row 4), column \"fte\""
 */
export function where(file: string, line: number | null, row: number | null, column: string | null): string {
  let s = file;
  if (line !== null && row !== null) s += `, line ${line} (row ${row})`;
  else if (line !== null) s += `, line ${line}`;
  else if (row !== null) s += `, row ${row}`;
  if (column !== null) s += `, column "${column}"`;
  return s;
}

/**
 * Builds a frozen problem whose message starts with its location and ends with its rule.
 * Internal to the data family.
 *
 * @param severity error or warning.
 * @param file path of the file.
 * @param loc line, row, column and value (each optional, default null).
 * @param rule rule name.
 * @param text what is wrong and what was expected.
 * @returns the problem.
 * @throws never.
 * @example problem("error", "a.csv", { line: 3, row: 2, column: "fte", value: "x" }, "type", "value \"x\" is not a number").message
 * // "a.csv, line 3 (row 2), column \"fte\": value \"x\" is not a number (rule: type)"
 */
export function problem(
  severity: Severity,
  file: string,
  loc: { readonly line?: number | null; readonly row?: number | null; readonly column?: string | null; readonly value?: string | null },
  rule: string,
  text: string,
): Problem {
  const line = loc.line ?? null;
  const row = loc.row ?? null;
  const column = loc.column ?? null;
  const value = loc.value ?? null;
  return Object.freeze({
    severity,
    file,
    line,
    row,
    column,
    value,
    rule,
    message: `${where(file, line, row, column)}: ${text} (rule: ${rule})`,
  });
}

/**
 * Appends every item of `items` to `target` in a loop. `target.push(...items)` passes each item
 * as an argument and throws "Maximum call stack size exceeded" above roughly 10⁵ items (one
 * problem per cell of a large file). Internal to the data family.
 *
 * @param target the array to extend.
 * @param items the items to append.
 * @returns `target`.
 * @throws never.
 * @example appendAll([1, 2], [3, 4]) // [1, 2, 3, 4]
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
  return target;
}
