/**
 * The article's Table 2 (labels of the answers to the two open questions, counted per question)
 * as grouped bars, with the article's questions and Dutch labels; drawn with the figure kit of
 * report/figures.
 * @module views/table2-figure
 */
import { escapeHtml } from "@behoud/notebook-runner/display";
import { requireInteger } from "../report/errors.js";
import { BOTTOM_LEGEND, baseLayout, checkNonEmpty, config, wrapLabel, type FigureOptions } from "../report/figures.js";
import { FIGURE_COLOURS } from "../report/palette.js";
import type { PlotlyBarTrace, PlotlyFigure, PlotlyLayout } from "../report/types.js";

/** One label of Table 2. */
export interface Table2Row {
  /** The label, e.g. `minder werkdruk`. */
  readonly label: string;
  /** Times mentioned for "Wat zou er vooral moeten gebeuren om jou te behouden voor het onderwijs?". */
  readonly self: number;
  /** Times mentioned for "Wat zou er vooral moeten gebeuren om leraren te behouden voor het onderwijs?". */
  readonly teachers: number;
}

/** Options of {@link table2Figure}. */
export interface Table2Options extends FigureOptions {
  /** Number of respondents, shown in the subtitle. */
  readonly n?: number;
}

const QUESTION_SELF = "Wat zou er vooral moeten gebeuren om jou te behouden voor het onderwijs?";
const QUESTION_TEACHERS = "Wat zou er vooral moeten gebeuren om leraren te behouden voor het onderwijs?";

/**
 * Table 2 as grouped horizontal bars: per label the number of mentions in the answers to the
 * question about oneself ("over jezelf") and about teachers in general ("over leraren"), with
 * the count printed beside each bar and the full questions in the hover text.
 *
 * @param rows The labels, top to bottom (counts are non-negative integers; a "-" in the article is 0).
 * @param options N, decimal separator, title, height.
 * @returns A plotly figure.
 * @throws {ReportError} EMPTY_INPUT; OUT_OF_RANGE for a count that is not a non-negative integer.
 * @example table2Figure([{ label: "minder werkdruk", self: 4, teachers: 14 }], { n: 51 }).data.map((t) => t.x) // [[4], [14]]
 */
export function table2Figure(rows: readonly Table2Row[], options: Table2Options = {}): PlotlyFigure {
  const fn = "table2Figure";
  checkNonEmpty(fn, "rows", rows);
  rows.forEach((r, k) => {
    requireInteger(fn, `rows[${k}].self`, r.self, 0);
    requireInteger(fn, `rows[${k}].teachers`, r.teachers, 0);
  });
  if (options.n !== undefined) requireInteger(fn, "options.n", options.n, 1);
  const count = (v: number): string => `${v} keer genoemd`;
  const bar = (which: "self" | "teachers"): PlotlyBarTrace => {
    const name = which === "self" ? "over jezelf" : "over leraren";
    const question = which === "self" ? QUESTION_SELF : QUESTION_TEACHERS;
    const en = which === "self" ? "what should happen to keep you in teaching?" : "what should happen to keep teachers in teaching?";
    return {
      type: "bar",
      orientation: "h",
      name,
      x: rows.map((r) => r[which]),
      y: rows.map((_, k) => k),
      text: rows.map((r) => String(r[which])),
      textposition: "outside",
      cliponaxis: false,
      marker: { color: FIGURE_COLOURS[which] },
      hovertext: rows.map(
        (r) =>
          `<b>${escapeHtml(r.label)}</b><br>${name}: ${count(r[which])} (totaal ${r.self + r.teachers})<br><i>${question}</i><br><i>(${en})</i>`,
      ),
      hoverinfo: "text",
    };
  };
  const max = Math.max(1, ...rows.map((r) => Math.max(r.self, r.teachers)));
  const nText = options.n === undefined ? "" : ` (N = ${options.n})`;
  const layout: PlotlyLayout = {
    ...baseLayout(
      `Wat is nodig om leraren te behouden? Labels bij de open vragen${nText}`,
      "over jezelf: “…om jou te behouden…”; over leraren: “…om leraren te behouden…” · number of mentions per label (Table 2)",
      options,
      230 + 44 * rows.length,
    ),
    barmode: "group",
    bargap: 0.25,
    bargroupgap: 0.05,
    xaxis: {
      title: { text: "Aantal keer genoemd" },
      range: [0, max * 1.12 + 0.5],
      showgrid: true,
      gridcolor: FIGURE_COLOURS.grid,
      zeroline: true,
      fixedrange: true,
    },
    yaxis: {
      tickmode: "array",
      tickvals: rows.map((_, k) => k),
      ticktext: rows.map((r) => wrapLabel(r.label, 28)),
      autorange: "reversed",
      showgrid: false,
      zeroline: false,
      fixedrange: true,
      automargin: true,
    },
    legend: BOTTOM_LEGEND,
    margin: { l: 10, r: 30, t: 90, b: 100 },
    hovermode: "closest",
  };
  return { data: [bar("self"), bar("teachers")], layout, config: config("tabel-2") };
}
