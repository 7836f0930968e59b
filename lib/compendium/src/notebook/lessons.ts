/**
 * Building blocks of the notebooks' step-by-step lessons: the article's claim quoted with its
 * place, the first rows of exactly the data a computation uses, and a labelled table of the
 * intermediate quantities of a worked case (symbol, meaning, value rounded for reading, and the
 * full value where a check compares it). The English words these tables use are in
 * {@link LESSON_TEXT}, the Dutch in notebook/lessons-nl; each function takes the language (default
 * {@link defaultLang}, so a notebook run with `--lang nl` shows Dutch) and writes numbers in its style.
 * @module notebook/lessons
 */
import type { Published } from "@behoud/audit";
import { StatsError } from "@behoud/stats";
import type { ItemMatrix } from "../data/scores.js";
import type { Robustness, RobustnessRow } from "../analysis/robustness.js";
import type { Study } from "../analysis/study.js";
import { printedLocation } from "../analysis/results.js";
import type { TableColumn, TableRow } from "../report/bundle.js";
import type { TableSpec } from "../views/tables.js";
import { escapeMarkdown, markdown } from "@behoud/notebook-runner/display";
import { showTable } from "./show.js";
import { NotebookError } from "./errors.js";
import { defaultLang, numberStyle, type Lang, type Widen } from "../views/lang.js";
import { LESSON_TEXT_NL } from "./lessons-nl.js";

/** The English words of the lesson tables (headers, notes, the claim's attribution). */
export const LESSON_TEXT = {
  symbol: "symbol",
  meaning: "meaning",
  value: "value (rounded)",
  full: "full precision (compared)",
  notComputable: "not computable",
  firstRows: (shown: number, total: number, what: string): string =>
    shown < total ? `The first ${shown} of ${total} ${what}; the computation uses all ${total}.` : `All ${total} ${what}.`,
  rowsWhat: "rows",
  claimPlace: (place: string): string => `(${place})`,
  matrixCaption: (timepoint: string): string => `Pearson correlations of the ${timepoint} scores`,
  matrixNote: (low: number, high: number): string => `Pearson's r over pairwise complete cases (n = ${low} to ${high}).`,
  /** The column names of {@link publishedColumns} besides "id" and "N". */
  publishedColumns: { printed: "printed", place: "place" },
} as const;

/** The words of the lesson tables in one language ({@link LESSON_TEXT}, notebook/lessons-nl). */
export type LessonText = Widen<typeof LESSON_TEXT>;

/**
 * The words of the lesson tables in a language.
 * @example lessonText("nl").symbol // "symbool"
 * @example lessonText("en").symbol // "symbol"
 */
export function lessonText(lang: Lang = defaultLang()): LessonText {
  return lang === "nl" ? LESSON_TEXT_NL : LESSON_TEXT;
}

/** One intermediate quantity of a worked case. */
export interface Quantity {
  /** The symbol as the formula writes it, e.g. "s²_T" or "Σ s²ᵢ". */
  readonly symbol: string;
  /** What it is, in words. */
  readonly meaning: string;
  /** The value (NaN when the data leave it undefined). */
  readonly value: number;
  /** Decimals shown for reading (default 3; 0 for counts). */
  readonly decimals?: number;
  /** Whether a check compares it: its full value is shown too (default false). */
  readonly compared?: boolean;
}

/** The prefix plus the caption reduced to letters, digits and dashes (an HTML element id). */
function idOf(prefix: string, caption: string): string {
  const slug = caption
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${prefix}-${slug === "" ? "table" : slug}`;
}

/** A value rounded for reading, or the not-computable text. */
function readable(value: number, decimals: number, lang: Lang): string {
  return Number.isFinite(value) ? numberStyle(lang).num(value, decimals) : lessonText(lang).notComputable;
}

/** A value at full precision (JavaScript's shortest round-trip text) with the language's decimal separator. */
function fullPrecision(value: number, lang: Lang): string {
  return Number.isFinite(value) ? String(value).replace(".", numberStyle(lang).decimalSeparator) : lessonText(lang).notComputable;
}

/**
 * The labelled table of a worked case's intermediate quantities.
 * @throws {NotebookError} EMPTY_INPUT when no quantity is given.
 * @example
 * const t = quantityTable("Alpha by hand", [{ symbol: "k", meaning: "number of items", value: 3, decimals: 0 }, { symbol: "α", meaning: "Cronbach's alpha", value: 0.81234567, compared: true }]);
 * t.rows[1] // { symbol: "α", meaning: "Cronbach's alpha", value: "0.812", full: "0.81234567" }
 * t.id // "lesson-alpha-by-hand"
 */
export function quantityTable(caption: string, quantities: readonly Quantity[], lang: Lang = defaultLang()): TableSpec {
  const LESSON_TEXT = lessonText(lang);
  if (quantities.length === 0) throw new NotebookError("EMPTY_INPUT", "quantityTable", "no quantities given; expected at least one");
  const anyCompared = quantities.some((q) => q.compared === true);
  const columns: TableColumn[] = [
    { key: "symbol", label: LESSON_TEXT.symbol, align: "left" },
    { key: "meaning", label: LESSON_TEXT.meaning, align: "left" },
    { key: "value", label: LESSON_TEXT.value, align: "right" },
    ...(anyCompared ? [{ key: "full", label: LESSON_TEXT.full, align: "right" as const }] : []),
  ];
  const rows: TableRow[] = quantities.map((q) => ({
    symbol: q.symbol,
    meaning: q.meaning,
    value: readable(q.value, q.decimals ?? 3, lang),
    ...(anyCompared ? { full: q.compared === true ? fullPrecision(q.value, lang) : "" } : {}),
  }));
  return { id: idOf("lesson", caption), caption, columns, rows };
}

/** Shows {@link quantityTable}. @example showQuantities("t by hand", [{ symbol: "t", meaning: "t statistic", value: 4.2 }]) // undefined */
export function showQuantities(caption: string, quantities: readonly Quantity[], lang: Lang = defaultLang()): void {
  showTable(quantityTable(caption, quantities, lang));
}

/** A column of data: numbers (null = missing) or text. */
export type DataColumn = readonly (number | string | null)[];

/** Options of {@link dataTable}. */
export interface DataTableOptions {
  /** Rows shown (default 8). */
  readonly rows?: number;
  /** Decimals of non-integer numbers (default 2). */
  readonly decimals?: number;
  /** The language of the note (default: {@link defaultLang}). */
  readonly lang?: Lang;
}

/**
 * The first rows of exactly the columns a computation uses, with a note saying how many rows
 * there are in all.
 * @throws {NotebookError} EMPTY_INPUT without columns; LENGTH_MISMATCH when the columns differ in length.
 * @example
 * const t = dataTable("Items", { respondent: ["R1", "R2", "R3"], wp_pre_1: [4, 5, 3] }, { rows: 2 });
 * t.rows // [{ respondent: "R1", wp_pre_1: 4 }, { respondent: "R2", wp_pre_1: 5 }]
 * t.note // "The first 2 of 3 rows; the computation uses all 3."
 */
export function dataTable(caption: string, columns: Readonly<Record<string, DataColumn>>, options: DataTableOptions = {}): TableSpec {
  const fn = "dataTable";
  const LESSON_TEXT = lessonText(options.lang ?? defaultLang());
  const names = Object.keys(columns);
  if (names.length === 0) throw new NotebookError("EMPTY_INPUT", fn, "no columns given; expected at least one");
  const lengths = names.map((n) => columns[n]?.length ?? 0);
  const total = lengths[0] ?? 0;
  names.forEach((n, i) => {
    if (lengths[i] !== total)
      throw new NotebookError(
        "LENGTH_MISMATCH",
        fn,
        `column ${n} has ${lengths[i]} values and ${names[0]} has ${total}; expected equal lengths`,
      );
  });
  const shown = Math.min(total, options.rows ?? 8);
  const decimals = options.decimals ?? 2;
  const tableColumns: TableColumn[] = names.map((n) => {
    const values = columns[n] ?? [];
    const numeric = values.some((v) => typeof v === "number");
    const integers = values.every((v) => typeof v !== "number" || Number.isInteger(v));
    return numeric && !integers ? { key: n, label: n, decimals } : { key: n, label: n };
  });
  const rows: TableRow[] = [];
  for (let i = 0; i < shown; i++) rows.push(Object.fromEntries(names.map((n) => [n, columns[n]?.[i] ?? null])));
  return {
    id: idOf("data", caption),
    caption,
    columns: tableColumns,
    rows,
    note: LESSON_TEXT.firstRows(shown, total, LESSON_TEXT.rowsWhat),
  };
}

/** Shows {@link dataTable}. @example showData("Scores", { score: [1.5, 2] }) // undefined */
export function showData(caption: string, columns: Readonly<Record<string, DataColumn>>, options: DataTableOptions = {}): void {
  showTable(dataTable(caption, columns, options));
}

/**
 * The article's sentences behind published values, quoted, each with its place, as Markdown (text
 * from data escaped). Values printed in the same sentence are quoted once.
 * @throws {NotebookError} UNKNOWN_ID for an id not in the published values.
 * @example
 * claimMarkdown(openStudy().published, ["results.correlation.werkplezier-autonomie.r", "results.correlation.werkplezier-autonomie.p"])
 * // "> Werkplezier correleert redelijk sterk met autonomie (r=,57; p= ,000; N=51). (Resultaten)"
 */
export function claimMarkdown(published: Published, ids: readonly string[], lang: Lang = defaultLang()): string {
  const LESSON_TEXT = lessonText(lang);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const id of ids) {
    if (!published.has(id))
      throw new NotebookError("UNKNOWN_ID", "claimMarkdown", `${id} is not a published value; expected an id of data/published.json`);
    const v = published.get(id);
    if (seen.has(v.quote)) continue;
    seen.add(v.quote);
    lines.push(`> ${escapeMarkdown(v.quote)} ${escapeMarkdown(LESSON_TEXT.claimPlace(printedLocation(v)))}`);
  }
  return lines.join("\n>\n");
}

/** Shows {@link claimMarkdown} for the study's published values. @example showClaim(openStudy(), ["design.alpha.clusters"]) // undefined */
export function showClaim(study: Study, ids: readonly string[], lang: Lang = defaultLang()): void {
  markdown(claimMarkdown(study.published, ids, lang));
}

/**
 * Runs a library call that gives a number; NaN when the data leave it undefined (the library
 * throws a StatsError, e.g. a quantile with 0 degrees of freedom when nobody answered). Other
 * errors are thrown. For hand calculations that must run on any data without a guard.
 * @example
 * orNaN(() => fQuantile(0.975, 50, 100)) // 1.5916… (R: qf(0.975, 50, 100) is 1.59169407559)
 * orNaN(() => fQuantile(0.975, -1, 0)) // NaN
 */
export function orNaN(compute: () => number): number {
  try {
    return compute();
  } catch (e) {
    if (e instanceof StatsError) return Number.NaN;
    throw e;
  }
}

/**
 * A number the article prints, by its id in the published values (e.g. the threshold
 * "design.alpha.threshold", printed 0,7).
 * @throws {NotebookError} UNKNOWN_ID for an unknown id or a value that is not a number.
 * @example publishedNumber(openStudy(), "design.alpha.threshold") // 0.7
 */
export function publishedNumber(study: Study, id: string): number {
  const v = study.published.has(id) ? study.published.get(id) : undefined;
  if (v === undefined || v.value === null)
    throw new NotebookError(
      "UNKNOWN_ID",
      "publishedNumber",
      `${id} is not a published number; expected an id of data/published.json with a value`,
    );
  return v.value;
}

/**
 * The columns of an item matrix as {@link dataTable} shows them: the respondent, then one column per item.
 * @example
 * const m = itemMatrix(loadDataset(), "werkplezier", "pre");
 * Object.keys(itemMatrixData(m)) // ["respondent", "werkplezier_1_pre", "werkplezier_2_pre", "werkplezier_3_pre"]
 */
export function itemMatrixData(m: ItemMatrix): Record<string, DataColumn> {
  const out: Record<string, DataColumn> = { respondent: m.respondents };
  m.items.forEach((name, j) => {
    out[name] = m.columns[j] ?? [];
  });
  return out;
}

/**
 * The table of a correlation matrix (as `correlationMatrix` returns it): one row per construct,
 * r with two decimals, "–" where r is not computable, and the range of the pairwise n in the note.
 * @example
 * const t = correlationMatrixTable({ names: ["a", "b"], r: [[1, 0.5], [0.5, 1]], n: [[10, 9], [9, 10]] }, "post");
 * t.rows[1] // { name: "b", a: 0.5, b: 1 }
 * t.note // "Pearson's r over pairwise complete cases (n = 9 to 10)."
 */
export function correlationMatrixTable(
  m: { readonly names: readonly string[]; readonly r: readonly (readonly (number | null)[])[]; readonly n: readonly (readonly number[])[] },
  timepoint: string,
  lang: Lang = defaultLang(),
): TableSpec {
  const LESSON_TEXT = lessonText(lang);
  const ns = m.n.flat();
  return {
    id: `table-correlation-matrix-${timepoint.replace(/[^a-z0-9]+/gi, "-")}`,
    caption: LESSON_TEXT.matrixCaption(timepoint),
    columns: [{ key: "name", label: "" }, ...m.names.map((name) => ({ key: name, label: name, decimals: 2, noLeadingZero: true }))],
    rows: m.names.map((name, i) => ({ name, ...Object.fromEntries(m.names.map((other, j) => [other, m.r[i]?.[j] ?? "–"])) })),
    note: LESSON_TEXT.matrixNote(ns.length === 0 ? 0 : Math.min(...ns), ns.length === 0 ? 0 : Math.max(...ns)),
  };
}

/**
 * The robustness results of one construct, by name.
 * @throws {NotebookError} INVALID_ARGUMENT when the construct has no row (no pre and post scores).
 * @example robustnessRow(robustness(loadDataset(), { replicates: 200 }), "waardering").label // "Waardering"
 */
export function robustnessRow(rb: Robustness, construct: string): RobustnessRow {
  const row = rb.rows.find((r) => r.construct === construct);
  if (row === undefined)
    throw new NotebookError(
      "INVALID_ARGUMENT",
      "robustnessRow",
      `${construct} has no robustness row; expected one of ${rb.rows.map((r) => r.construct).join(", ")}`,
    );
  return row;
}

/**
 * The columns of published values as {@link dataTable} shows them: id, the text as printed, the N
 * printed with it, and where it stands.
 * @throws {NotebookError} UNKNOWN_ID for an id not in the published values.
 * @example
 * publishedColumns(openStudy(), ["table3.waardering.effect-size"])
 * // { id: ["table3.waardering.effect-size"], printed: ["0.25"], N: [51], place: ["Resultaten, Tabel 3, Waardering, effect size"] }
 */
export function publishedColumns(study: Study, ids: readonly string[], lang: Lang = defaultLang()): Record<string, DataColumn> {
  const names = lessonText(lang).publishedColumns;
  const values = ids.map((id) => {
    if (!study.published.has(id))
      throw new NotebookError("UNKNOWN_ID", "publishedColumns", `${id} is not a published value; expected an id of data/published.json`);
    return study.published.get(id);
  });
  return {
    id: values.map((v) => v.id),
    [names.printed]: values.map((v) => v.text),
    N: values.map((v) => v.n),
    [names.place]: values.map((v) => printedLocation(v)),
  };
}
