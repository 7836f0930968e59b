/**
 * The article's Table 2 (labels of the answers to the two open questions, counted per question)
 * as grouped bars, with the article's questions as printed (Dutch); drawn with the figure kit of
 * report/figures, its words in the figure's language (report/figure-text).
 * @module views/table2-figure
 */
import { escapeHtml } from "@behoud/notebook-runner/display";
import { requireInteger } from "../report/errors.js";
import { BOTTOM_LEGEND, baseLayout, checkNonEmpty, config, figureStyle, wrapLabel, type FigureOptions } from "../report/figures.js";
import { FIGURE_COLOURS } from "../report/palette.js";
import type { PlotlyBarTrace, PlotlyFigure, PlotlyLayout } from "../report/types.js";

/** One label of Table 2. */
export interface Table2Row {
  /** The label on the axis, e.g. `minder werkdruk` (or a translation, e.g. `less workload`). */
  readonly label: string;
  /** The label as the article prints it, shown in the hover text when `label` is a translation. */
  readonly printed?: string;
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
 * the count printed beside each bar and the full questions in the hover text (as printed, and
 * in English with a gloss).
 *
 * @param rows The labels, top to bottom (counts are non-negative integers; a "-" in the article is 0).
 * @param options Language (default Dutch), N, decimal separator, title, height.
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
  const T = figureStyle(options).T.table2;
  const bar = (which: "self" | "teachers"): PlotlyBarTrace => {
    const name = T[which];
    const question = which === "self" ? QUESTION_SELF : QUESTION_TEACHERS;
    const gloss = which === "self" ? T.selfQuestionGloss : T.teachersQuestionGloss;
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
      hovertext: rows.map((r) => {
        const printed = r.printed === undefined ? "" : `<br><i>${T.printedLabel(escapeHtml(r.printed))}</i>`;
        const glossText = gloss === null ? "" : `<br><i>(${gloss})</i>`;
        return `<b>${escapeHtml(r.label)}</b>${printed}<br>${name}: ${T.mentioned(r[which])} (${T.total(r.self + r.teachers)})<br><i>${question}</i>${glossText}`;
      }),
      hoverinfo: "text",
    };
  };
  const max = Math.max(1, ...rows.map((r) => Math.max(r.self, r.teachers)));
  const nText = options.n === undefined ? "" : ` (N = ${options.n})`;
  const layout: PlotlyLayout = {
    ...baseLayout(T.title(nText), T.subtitle, options, 230 + 44 * rows.length),
    barmode: "group",
    bargap: 0.25,
    bargroupgap: 0.05,
    xaxis: {
      title: { text: T.axis },
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
    margin: { l: 10, r: 30, t: 110, b: 100 },
    hovermode: "closest",
  };
  return { data: [bar("self"), bar("teachers")], layout, config: config(T.filename, figureStyle(options).lang) };
}
