/**
 * The figure kinds of a pre/post survey study as plotly.js figure specifications (pre/post means
 * with intervals, a forest plot of effect sizes, a jittered scatter, grouped counts, diverging
 * Likert bars): pure functions of their input (no dates, no global randomness: jitter comes from
 * a seeded generator), with the Okabe–Ito colour-blind safe palette. The article's own Fig. 1
 * is in views/balance-model.
 *
 * Every text that comes from the caller is HTML-escaped before it goes into a plotly text
 * attribute (plotly renders a small subset of HTML in titles, labels and hover text).
 *
 * @module report/figures
 */
import { createRng } from "@behoud/stats";
import { ReportError, requireFinite, requireInteger } from "./errors.js";
import { escapeHtml } from "@behoud/notebook-runner/display";
import { formatCi, formatNumber, formatPercent } from "@behoud/stats";
import { FIGURE_COLOURS, OKABE_ITO, likertColours, textColourOn } from "./palette.js";
import type {
  DecimalSeparator,
  PlotlyAnnotation,
  PlotlyAxis,
  PlotlyBarTrace,
  PlotlyConfig,
  PlotlyFigure,
  PlotlyLayout,
  PlotlyLegend,
  PlotlyScatterTrace,
  PlotlyShape,
  PlotlyTitle,
  PlotlyTrace,
} from "./types.js";

/** Options shared by all figure functions. */
export interface FigureOptions {
  /** Decimal separator in labels, hover text and plotly's tick labels. Default `","` (Dutch). */
  readonly decimalSeparator?: DecimalSeparator;
  /** Replaces the default (Dutch) title. Plain text; it is escaped. */
  readonly title?: string;
  /** Replaces the default subtitle. Plain text; it is escaped. */
  readonly subtitle?: string;
  /** Height in pixels; each figure has a default that suits its content. */
  readonly height?: number;
}

/** A Likert scale's range, for axes. */
export interface ScaleRange {
  /** Lowest scale point (default 1). */
  readonly min: number;
  /** Highest scale point (default 5). */
  readonly max: number;
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const DEFAULT_SCALE: ScaleRange = { min: 1, max: 5 };

function separators(sep: DecimalSeparator): string {
  return sep === "," ? ",." : ".,";
}

function title(text: string, subtitle: string | null): PlotlyTitle {
  const common = {
    text,
    x: 0,
    xref: "container",
    xanchor: "left",
    y: 1,
    yref: "container",
    yanchor: "top",
    pad: { t: 14, l: 12 },
    font: { size: 17 },
  } as const;
  return subtitle === null ? common : { ...common, subtitle: { text: subtitle, font: { size: 12, color: "#555555" } } };
}

/** A horizontal legend at the bottom of the figure, below the x-axis title. */
/** A horizontal legend below the plot, as every figure of this kit places it. */
export const BOTTOM_LEGEND: PlotlyLegend = {
  orientation: "h",
  x: 0,
  xref: "container",
  xanchor: "left",
  y: 0,
  yref: "container",
  yanchor: "bottom",
  traceorder: "normal",
};

/**
 * The layout every figure of this kit starts from: title and subtitle (the options override the
 * defaults), font, colours, decimal separator, height. For figures built outside this module.
 * @example baseLayout("Model", null, { decimalSeparator: "," }, 400).separators // ",."
 */
export function baseLayout(defaultTitle: string, defaultSubtitle: string | null, options: FigureOptions, height: number): PlotlyLayout {
  const t = options.title === undefined ? defaultTitle : escapeHtml(options.title);
  const s = options.subtitle === undefined ? defaultSubtitle : escapeHtml(options.subtitle);
  if (options.height !== undefined) requireInteger("figure", "options.height", options.height, 100, 5000);
  return {
    title: title(t, s),
    font: { family: FONT_FAMILY, size: 13, color: FIGURE_COLOURS.ink },
    separators: separators(options.decimalSeparator ?? ","),
    paper_bgcolor: "#FFFFFF",
    plot_bgcolor: "#FFFFFF",
    height: options.height ?? height,
    autosize: true,
    hoverlabel: { align: "left", font: { family: FONT_FAMILY, size: 12 } },
  };
}

/** The plotly config of every figure of this kit (PNG download named `filename`, no logo). */
export function config(filename: string): PlotlyConfig {
  return { responsive: true, displaylogo: false, toImageButtonOptions: { format: "png", filename, scale: 2 } };
}

/** Escapes a label and breaks it at spaces or slashes into lines of at most `width` characters. */
/**
 * Breaks a label into lines of at most `width` characters at spaces (plotly `<br>`), for axis tick labels.
 * @example wrapLabel("meer waardering van de maatschappij", 20) // "meer waardering van<br>de maatschappij"
 */
export function wrapLabel(text: string, width = 30): string {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=\/)/))
    .filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const joiner = line === "" || line.endsWith("/") ? "" : " ";
    if (line !== "" && [...(line + joiner + word)].length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line + joiner + word;
    }
  }
  if (line !== "") lines.push(line);
  return lines.map(escapeHtml).join("<br>");
}

/**
 * Throws EMPTY_INPUT when `values` is empty.
 * @example checkNonEmpty("myFigure", "rows", []) // throws EMPTY_INPUT
 */
export function checkNonEmpty(fn: string, argument: string, values: readonly unknown[]): void {
  if (values.length === 0) throw new ReportError("EMPTY_INPUT", fn, `${argument} is empty; expected at least one element`, argument);
}

function checkInterval(fn: string, argument: string, estimate: number, lower: number, upper: number): void {
  requireFinite(fn, `${argument}.lower`, lower);
  requireFinite(fn, `${argument}.upper`, upper);
  if (!(lower <= estimate && estimate <= upper)) {
    throw new ReportError(
      "OUT_OF_RANGE",
      fn,
      `${argument}: the interval [${lower}, ${upper}] does not contain the estimate ${estimate}; expected lower ≤ estimate ≤ upper`,
      argument,
    );
  }
}

/** Checks a confidence level and returns it as a percentage label ("95"). */
function levelLabel(fn: string, level: number, sep: DecimalSeparator): string {
  requireFinite(fn, "options.ciLevel", level);
  if (level <= 0 || level >= 1)
    throw new ReportError("OUT_OF_RANGE", fn, `options.ciLevel is ${level}; expected a number between 0 and 1`, "options.ciLevel");
  const percent = level * 100;
  return formatNumber(percent, Math.abs(percent - Math.round(percent)) < 1e-9 ? 0 : 1, { decimalSeparator: sep });
}

function fmt(x: number, decimals: number, sep: DecimalSeparator): string {
  return formatNumber(x, decimals, { decimalSeparator: sep });
}

function ciText(lower: number, upper: number, decimals: number, sep: DecimalSeparator): string {
  return formatCi(lower, upper, decimals, { decimalSeparator: sep });
}

// ---------------------------------------------------------------------------------------------
// Pre/post (paired means)
// ---------------------------------------------------------------------------------------------

/** A mean with its confidence interval and the number of respondents it rests on. */
export interface MeanWithCi {
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
}

/** One cluster (construct) of {@link prePostFigure}. */
export interface PrePostRow {
  /** Machine name of the construct, e.g. `werkplezier`. */
  readonly construct: string;
  /** Label shown on the axis, e.g. `Werkplezier`. */
  readonly label: string;
  /** Retrospective pre-test ("voor de leergangen"). */
  readonly pre: MeanWithCi;
  /** Post-test ("na de leergangen"). */
  readonly post: MeanWithCi;
  /** Respondents' own scores, paired by index; drawn as faint lines. */
  readonly individuals?: { readonly pre: readonly number[]; readonly post: readonly number[] };
}

/** Options of {@link prePostFigure}. */
export interface PrePostOptions extends FigureOptions {
  /** Range of the scale (default 1 to 5), for the axis title and, by default, the axis range. */
  readonly scale?: ScaleRange;
  /** Visible range of the horizontal axis (default the whole scale, ±0.1). */
  readonly range?: readonly [number, number];
  /** Confidence level of the intervals, for the labels (default 0.95). */
  readonly ciLevel?: number;
}

const PRE_OFFSET = 0.17;

/**
 * A paired-means ("dumbbell") plot: per cluster the retrospective pre-test mean and the
 * post-test mean with their confidence intervals, joined by a line, and optionally each
 * respondent's pre → post change as a faint line underneath. Clusters run from top to bottom
 * in the order given; the pre-test sits just above the post-test on each row.
 *
 * @param rows The clusters (at least one).
 * @param options Scale range, CI level, decimal separator, title, height.
 * @returns A plotly figure.
 * @throws {ReportError} EMPTY_INPUT for no rows; NON_FINITE; OUT_OF_RANGE for an interval that
 *   does not contain its mean or an n that is not a positive integer; LENGTH_MISMATCH when
 *   `individuals.pre` and `individuals.post` differ in length.
 * @example
 * const fig = prePostFigure([{ construct: "werkplezier", label: "Werkplezier",
 *   pre: { mean: 4.0, lower: 3.8, upper: 4.2, n: 51 }, post: { mean: 4.5, lower: 4.3, upper: 4.7, n: 51 } }]);
 * fig.data.length // 3 (the difference, pre, post)
 * fig.data[1].x // [4]
 * fig.data[2].x // [4.5]
 */
export function prePostFigure(rows: readonly PrePostRow[], options: PrePostOptions = {}): PlotlyFigure {
  const fn = "prePostFigure";
  checkNonEmpty(fn, "rows", rows);
  const sep = options.decimalSeparator ?? ",";
  const scale = options.scale ?? DEFAULT_SCALE;
  const levelText = levelLabel(fn, options.ciLevel ?? 0.95, sep);
  if (options.range !== undefined) {
    const [lo, hi] = options.range;
    requireFinite(fn, "options.range[0]", lo);
    requireFinite(fn, "options.range[1]", hi);
    if (!(lo < hi)) throw new ReportError("OUT_OF_RANGE", fn, `options.range is [${lo}, ${hi}]; expected lower < upper`, "options.range");
  }
  requireFinite(fn, "options.scale.min", scale.min);
  requireFinite(fn, "options.scale.max", scale.max);
  const ciName = `${levelText}%-BI`;
  const n = rows.length;
  const base = (k: number): number => n - 1 - k;

  const traces: PlotlyTrace[] = [];
  let individualsInLegend = false;
  rows.forEach((row, k) => {
    const arg = `rows[${k}]`;
    for (const [which, m] of [
      ["pre", row.pre],
      ["post", row.post],
    ] as const) {
      requireFinite(fn, `${arg}.${which}.mean`, m.mean);
      checkInterval(fn, `${arg}.${which}`, m.mean, m.lower, m.upper);
      requireInteger(fn, `${arg}.${which}.n`, m.n, 1);
    }
    if (row.individuals !== undefined) {
      const { pre, post } = row.individuals;
      if (pre.length !== post.length) {
        throw new ReportError(
          "LENGTH_MISMATCH",
          fn,
          `${arg}.individuals: pre has ${pre.length} scores, post ${post.length}; expected pairs`,
          `${arg}.individuals`,
        );
      }
      const x: (number | null)[] = [];
      const y: (number | null)[] = [];
      pre.forEach((p, i) => {
        const q = post[i] as number;
        requireFinite(fn, `${arg}.individuals.pre[${i}]`, p);
        requireFinite(fn, `${arg}.individuals.post[${i}]`, q);
        x.push(p, q, null);
        y.push(base(k) + PRE_OFFSET, base(k) - PRE_OFFSET, null);
      });
      traces.push({
        type: "scatter",
        mode: "lines",
        name: "respondenten (voor → na)",
        legendgroup: "respondenten",
        showlegend: !individualsInLegend,
        legendrank: 3,
        x,
        y,
        line: { color: "rgba(90,90,90,0.18)", width: 1 },
        hoverinfo: "skip",
        meta: row.construct,
      });
      individualsInLegend = true;
    }
  });

  const connector: PlotlyScatterTrace = {
    type: "scatter",
    mode: "lines",
    name: "verschil",
    showlegend: false,
    x: rows.flatMap((r) => [r.pre.mean, r.post.mean, null]),
    y: rows.flatMap((_, k) => [base(k) + PRE_OFFSET, base(k) - PRE_OFFSET, null]),
    line: { color: "#555555", width: 2.5 },
    hoverinfo: "skip",
  };
  traces.push(connector);

  const pointTrace = (which: "pre" | "post"): PlotlyScatterTrace => {
    const offset = which === "pre" ? PRE_OFFSET : -PRE_OFFSET;
    const nl = which === "pre" ? "voor de leergangen (retrospectief)" : "na de leergangen";
    const en = which === "pre" ? "before the courses (retrospective pre-test)" : "after the courses (post-test)";
    return {
      type: "scatter",
      mode: "markers",
      name: nl,
      legendrank: which === "pre" ? 1 : 2,
      x: rows.map((r) => r[which].mean),
      y: rows.map((_, k) => base(k) + offset),
      marker: {
        color: FIGURE_COLOURS[which],
        size: 11,
        symbol: which === "pre" ? "circle" : "diamond",
        line: { color: "#FFFFFF", width: 1 },
      },
      error_x: {
        type: "data",
        symmetric: false,
        array: rows.map((r) => r[which].upper - r[which].mean),
        arrayminus: rows.map((r) => r[which].mean - r[which].lower),
        color: FIGURE_COLOURS[which],
        thickness: 2,
        width: 4,
      },
      hovertext: rows.map(
        (r) =>
          `<b>${escapeHtml(r.label)}</b><br>${nl}: M = ${fmt(r[which].mean, 2, sep)}, ${ciName} ${ciText(r[which].lower, r[which].upper, 2, sep)}, n = ${r[which].n}<br><i>${en}: mean, ${levelText}% CI</i>`,
      ),
      hoverinfo: "text",
    };
  };
  traces.push(pointTrace("pre"), pointTrace("post"));

  const layout: PlotlyLayout = {
    ...baseLayout(
      "Clusterscores voor en na de leergangen",
      `Gemiddelden met ${ciName}; voor = retrospectieve voormeting · Means with ${levelText}% CIs; before = retrospective pre-test`,
      options,
      230 + 64 * n,
    ),
    xaxis: {
      title: { text: `Gemiddelde score (${scale.min} = helemaal niet, ${scale.max} = helemaal wel)` },
      range: options.range ?? [scale.min - 0.1, scale.max + 0.1],
      dtick: options.range === undefined ? 1 : 0.5,
      tick0: scale.min,
      showgrid: true,
      gridcolor: FIGURE_COLOURS.grid,
      zeroline: false,
      fixedrange: true,
    },
    yaxis: {
      tickmode: "array",
      tickvals: rows.map((_, k) => base(k)),
      ticktext: rows.map((r) => wrapLabel(r.label, 24)),
      range: [-0.6, n - 0.4],
      showgrid: false,
      zeroline: false,
      fixedrange: true,
      automargin: true,
    },
    legend: BOTTOM_LEGEND,
    margin: { l: 10, r: 20, t: 90, b: 100 },
    hovermode: "closest",
  };
  return { data: traces, layout, config: config("voor-na") };
}

// ---------------------------------------------------------------------------------------------
// Forest plot of effect sizes
// ---------------------------------------------------------------------------------------------

/** One effect of {@link forestFigure}. */
export interface ForestRow {
  /** Label on the axis, e.g. `Werkplezier`. */
  readonly label: string;
  /** The reproduced effect size. */
  readonly estimate: number;
  /** Lower bound of its confidence interval. */
  readonly lower: number;
  /** Upper bound of its confidence interval. */
  readonly upper: number;
  /** The value printed in the article, or null/absent when it prints none. */
  readonly published?: number | null;
}

/** A reference line of {@link forestFigure}. */
export interface Threshold {
  readonly value: number;
  readonly label: string;
}

/** Options of {@link forestFigure}. */
export interface ForestOptions extends FigureOptions {
  /** The effect-size variant, e.g. `d_av` (rendered as d with subscript av) or `Hedges' g_av`. */
  readonly variant: string;
  /** Vertical reference lines (for the article: Hattie's, `hattieThresholds()` of views/figures). */
  readonly thresholds: readonly Threshold[];
  /** Legend name of the estimates (default "herberekend"). */
  readonly estimateName?: string;
  /** Legend name of the published values (default "gepubliceerd (artikel)"). */
  readonly publishedName?: string;
  /** Confidence level of the intervals, for labels (default 0.95). */
  readonly ciLevel?: number;
}

/** `d_av` → `<i>d</i><sub>av</sub>`; other text escaped as is. */
function variantHtml(variant: string): string {
  const m = /^(.*?)([A-Za-z])_([A-Za-z0-9]+)$/.exec(variant);
  if (m === null) return escapeHtml(variant);
  return `${escapeHtml(m[1] ?? "")}<i>${escapeHtml(m[2] ?? "")}</i><sub>${escapeHtml(m[3] ?? "")}</sub>`;
}

/**
 * A forest plot of effect sizes: each reproduced estimate with its confidence interval, the
 * article's printed value as a second (open diamond) marker, a line at zero and dashed vertical
 * lines at the given thresholds (for the article: Hattie's 0.4 and 0.6).
 *
 * @param rows The effects, top to bottom.
 * @param options The variant's name, the thresholds, legend names, labels.
 * @returns A plotly figure.
 * @throws {ReportError} EMPTY_INPUT; NON_FINITE; OUT_OF_RANGE for an interval that does not
 *   contain its estimate.
 * @example
 * forestFigure([{ label: "Werkplezier", estimate: 0.62, lower: 0.32, upper: 0.92, published: 0.61 }],
 *   { variant: "d_av", thresholds: [{ value: 0.4, label: "de moeite waard" }] }).data.map((t) => t.x)
 * // [[0.62], [0.61]] (recomputed estimate, published value)
 */
export function forestFigure(rows: readonly ForestRow[], options: ForestOptions): PlotlyFigure {
  const fn = "forestFigure";
  checkNonEmpty(fn, "rows", rows);
  const sep = options.decimalSeparator ?? ",";
  const levelText = levelLabel(fn, options.ciLevel ?? 0.95, sep);
  const variant = variantHtml(options.variant);
  const values: number[] = [0];
  rows.forEach((r, k) => {
    requireFinite(fn, `rows[${k}].estimate`, r.estimate);
    checkInterval(fn, `rows[${k}]`, r.estimate, r.lower, r.upper);
    values.push(r.lower, r.upper);
    if (r.published !== undefined && r.published !== null) {
      requireFinite(fn, `rows[${k}].published`, r.published);
      values.push(r.published);
    }
  });
  options.thresholds.forEach((t, i) => {
    requireFinite(fn, `options.thresholds[${i}].value`, t.value);
    values.push(t.value);
  });
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(0.1, (hi - lo) * 0.08);
  const n = rows.length;
  const pos = (k: number): number => k;
  const estimateName = escapeHtml(options.estimateName ?? "herberekend");
  const publishedName = escapeHtml(options.publishedName ?? "gepubliceerd (artikel)");

  const traces: PlotlyTrace[] = [
    {
      type: "scatter",
      mode: "markers",
      name: `${estimateName} (${levelText}%-BI)`,
      x: rows.map((r) => r.estimate),
      y: rows.map((_, k) => pos(k)),
      marker: { color: FIGURE_COLOURS.reproduced, size: 11, symbol: "circle" },
      error_x: {
        type: "data",
        symmetric: false,
        array: rows.map((r) => r.upper - r.estimate),
        arrayminus: rows.map((r) => r.estimate - r.lower),
        color: FIGURE_COLOURS.reproduced,
        thickness: 2,
        width: 5,
      },
      hovertext: rows.map(
        (r) =>
          `<b>${escapeHtml(r.label)}</b><br>${variant} = ${fmt(r.estimate, 2, sep)}, ${levelText}%-BI ${ciText(r.lower, r.upper, 2, sep)}<br><i>reproduced effect size, ${levelText}% CI</i>`,
      ),
      hoverinfo: "text",
    },
  ];
  if (rows.some((r) => r.published !== undefined && r.published !== null)) {
    traces.push({
      type: "scatter",
      mode: "markers",
      name: publishedName,
      x: rows.map((r) => r.published ?? null),
      y: rows.map((_, k) => pos(k)),
      marker: { color: FIGURE_COLOURS.published, size: 13, symbol: "diamond-open", line: { color: FIGURE_COLOURS.published, width: 2 } },
      hovertext: rows.map((r) =>
        r.published === undefined || r.published === null
          ? ""
          : `<b>${escapeHtml(r.label)}</b><br>${publishedName}: ${fmt(r.published, 2, sep)}<br><i>value printed in the article</i>`,
      ),
      hoverinfo: "text",
    });
  }

  const sorted = [...options.thresholds].sort((a, b) => a.value - b.value);
  const shapes: PlotlyShape[] = [
    {
      type: "line",
      xref: "x",
      yref: "paper",
      x0: 0,
      x1: 0,
      y0: 0,
      y1: 1,
      line: { color: "#888888", width: 1 },
      layer: "below",
      name: "nul",
    },
    ...sorted.map(
      (t): PlotlyShape => ({
        type: "line",
        xref: "x",
        yref: "paper",
        x0: t.value,
        x1: t.value,
        y0: 0,
        y1: 1,
        line: { color: "#555555", width: 1.5, dash: "dash" },
        layer: "below",
        name: `drempel ${t.value}`,
      }),
    ),
  ];
  const annotations: PlotlyAnnotation[] = sorted.map((t, i) => ({
    text: `${fmt(t.value, 1, sep)}: ${escapeHtml(t.label)}`,
    x: t.value,
    y: 1,
    xref: "x",
    yref: "paper",
    yanchor: "bottom",
    xanchor: i % 2 === 0 ? "right" : "left",
    xshift: i % 2 === 0 ? -3 : 3,
    showarrow: false,
    font: { size: 12, color: "#555555" },
  }));

  const layout: PlotlyLayout = {
    ...baseLayout(
      "Effectgroottes per cluster: herberekend en gepubliceerd",
      `Stippellijnen: Hattie (2009) · reproduced effect sizes with ${levelText}% CIs; open diamonds = values printed in the article`,
      options,
      250 + 52 * n,
    ),
    xaxis: {
      title: { text: `Effectgrootte (${variant}) met ${levelText}%-betrouwbaarheidsinterval` },
      range: [lo - pad, hi + pad],
      showgrid: true,
      gridcolor: FIGURE_COLOURS.grid,
      zeroline: false,
      fixedrange: true,
    },
    yaxis: {
      tickmode: "array",
      tickvals: rows.map((_, k) => pos(k)),
      ticktext: rows.map((r) => wrapLabel(r.label, 24)),
      autorange: "reversed",
      showgrid: false,
      zeroline: false,
      fixedrange: true,
      automargin: true,
    },
    shapes,
    annotations,
    legend: BOTTOM_LEGEND,
    margin: { l: 10, r: 20, t: 110, b: 100 },
    hovermode: "closest",
  };
  return { data: traces, layout, config: config("effectgroottes") };
}

// ---------------------------------------------------------------------------------------------
// Scatter plot with OLS line
// ---------------------------------------------------------------------------------------------

/** Input of {@link scatterFigure}. */
export interface ScatterInput {
  /** Scores on the horizontal axis (e.g. autonomie). */
  readonly x: readonly number[];
  /** Scores on the vertical axis (e.g. werkplezier), paired with `x` by index. */
  readonly y: readonly number[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** The correlation to show in the title (computed elsewhere, e.g. by `pearson`). */
  readonly r: number;
  /** The number of pairs it rests on; must equal `x.length`. */
  readonly n: number;
  /** Seed of the jitter, an integer from 1 to 2³² − 1. */
  readonly seed: number;
  /** Half-width of the uniform jitter in scale units (default 0.12; 0 for none). */
  readonly jitter?: number;
}

/** Options of {@link scatterFigure}. */
export interface ScatterOptions extends FigureOptions {
  /** Range of the scale (default 1 to 5). */
  readonly scale?: ScaleRange;
}

/**
 * A scatter plot of two Likert (cluster) scores with a little uniform jitter so that equal
 * scores do not hide each other, and the ordinary-least-squares line of y on x computed on the
 * unjittered data: b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², a = ȳ − b·x̄. The title shows r and N.
 * Jitter: x + (2u − 1)·j and y + (2u − 1)·j with u from `createRng(seed)`, drawn x then y per
 * point; the hover text shows the unjittered scores.
 *
 * @param input Scores, labels, r, N, seed, jitter.
 * @param options Scale range, decimal separator, title, height.
 * @returns A plotly figure.
 * @throws {ReportError} EMPTY_INPUT; LENGTH_MISMATCH when x and y differ in length or n is not
 *   their length; NON_FINITE; OUT_OF_RANGE for r outside [−1, 1] or a negative jitter;
 *   INVALID_ARGUMENT when x has no variance (no line can be fitted).
 * @example
 * scatterFigure({ x: [3, 4, 5, 4], y: [3.5, 4, 5, 4.5], xLabel: "Autonomie", yLabel: "Werkplezier",
 *   r: 0.95, n: 4, seed: 1 }).data[1].name
 * // "kleinste-kwadratenlijn: ŷ = 1,25 + 0,75·x" (slope Sxy/Sxx = 1.5/2, intercept 4.25 − 0.75·4)
 */
export function scatterFigure(input: ScatterInput, options: ScatterOptions = {}): PlotlyFigure {
  const fn = "scatterFigure";
  const { x, y } = input;
  checkNonEmpty(fn, "input.x", x);
  if (x.length !== y.length)
    throw new ReportError("LENGTH_MISMATCH", fn, `input.x has ${x.length} values, input.y ${y.length}; expected pairs`, "input.y");
  if (input.n !== x.length)
    throw new ReportError("LENGTH_MISMATCH", fn, `input.n is ${input.n} but there are ${x.length} pairs`, "input.n");
  x.forEach((v, i) => {
    requireFinite(fn, `input.x[${i}]`, v);
  });
  y.forEach((v, i) => {
    requireFinite(fn, `input.y[${i}]`, v);
  });
  requireFinite(fn, "input.r", input.r);
  if (input.r < -1 || input.r > 1)
    throw new ReportError("OUT_OF_RANGE", fn, `input.r is ${input.r}; expected a correlation in [-1, 1]`, "input.r");
  const jitter = input.jitter ?? 0.12;
  requireFinite(fn, "input.jitter", jitter);
  if (jitter < 0) throw new ReportError("OUT_OF_RANGE", fn, `input.jitter is ${jitter}; expected 0 or more`, "input.jitter");
  requireInteger(fn, "input.seed", input.seed, 1, 4294967295);
  const rng = createRng(input.seed);
  const sep = options.decimalSeparator ?? ",";
  const scale = options.scale ?? DEFAULT_SCALE;

  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    sxx += dx * dx;
    sxy += dx * ((y[i] as number) - my);
  }
  if (sxx === 0) throw new ReportError("INVALID_ARGUMENT", fn, "input.x has no variance; no regression line can be fitted", "input.x");
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  // A loop, not Math.min(...x): a spread of many values overflows the call stack.
  let xMin = Infinity;
  let xMax = -Infinity;
  for (const v of x) {
    if (v < xMin) xMin = v;
    if (v > xMax) xMax = v;
  }

  const jx: number[] = [];
  const jy: number[] = [];
  for (let i = 0; i < n; i++) {
    jx.push((x[i] as number) + (2 * rng.float() - 1) * jitter);
    jy.push((y[i] as number) + (2 * rng.float() - 1) * jitter);
  }
  const xl = escapeHtml(input.xLabel);
  const yl = escapeHtml(input.yLabel);
  const rText = formatNumber(input.r, 2, { decimalSeparator: sep, leadingZero: false });
  const sign = slope < 0 ? "−" : "+";
  const lineName = `kleinste-kwadratenlijn: ŷ = ${fmt(intercept, 2, sep)} ${sign} ${fmt(Math.abs(slope), 2, sep)}·x`;
  const points: PlotlyScatterTrace = {
    type: "scatter",
    mode: "markers",
    name: "respondenten",
    x: jx,
    y: jy,
    marker: { color: OKABE_ITO.blue, size: 8, opacity: 0.6, line: { color: "#FFFFFF", width: 0.5 } },
    hovertext: x.map((v, i) => `${xl}: ${fmt(v, 2, sep)}<br>${yl}: ${fmt(y[i] as number, 2, sep)}<br><i>unjittered scores</i>`),
    hoverinfo: "text",
  };
  const fit: PlotlyScatterTrace = {
    type: "scatter",
    mode: "lines",
    name: lineName,
    x: [xMin, xMax],
    y: [intercept + slope * xMin, intercept + slope * xMax],
    line: { color: FIGURE_COLOURS.fit, width: 2.5 },
    hovertext: `${lineName}<br><i>OLS line fitted to the unjittered scores</i>`,
    hoverinfo: "text",
  };
  const jitterText = fmt(jitter, 2, sep);
  const axis = (label: string): PlotlyAxis => ({
    title: { text: label },
    range: [scale.min - 0.5, scale.max + 0.5],
    dtick: 1,
    tick0: scale.min,
    showgrid: true,
    gridcolor: FIGURE_COLOURS.grid,
    zeroline: false,
  });
  const layout: PlotlyLayout = {
    ...baseLayout(
      `${yl} en ${xl} (r = ${rText}; N = ${input.n})`,
      `Punten verschoven met jitter ±${jitterText} (seed ${input.seed}); lijn op de onverschoven scores · points jittered, OLS line on unjittered data`,
      options,
      580,
    ),
    xaxis: axis(xl),
    yaxis: axis(yl),
    legend: BOTTOM_LEGEND,
    margin: { l: 60, r: 20, t: 90, b: 100 },
    hovermode: "closest",
  };
  return { data: [points, fit], layout, config: config("spreiding") };
}

// ---------------------------------------------------------------------------------------------
// Diverging stacked Likert bars
// ---------------------------------------------------------------------------------------------

/** One item of {@link likertFigure}. */
export interface LikertItem {
  /** Item or cluster label. */
  readonly label: string;
  /** Number of answers per scale point, from point 1 upward. */
  readonly counts: readonly number[];
}

/** The scale of {@link likertFigure}. */
export interface LikertScale {
  /** Labels of the scale points by their number as a string, e.g. `{ "1": "helemaal niet", "5": "helemaal wel" }`; missing points show their number only. */
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Diverging stacked bars of Likert answers in percentages (Heiberger & Robbins, 2014): the lower
 * half of the scale to the left of zero, the upper half to the right, and on an odd scale the
 * middle point split evenly over zero. The share of the lower and upper half (without the
 * middle) is printed at the ends of each bar.
 *
 * Heiberger, R. M., & Robbins, N. B. (2014). Design of diverging stacked bar charts for Likert
 * scales and other applications. *Journal of Statistical Software, 57*(5), 1–32.
 * https://doi.org/10.18637/jss.v057.i05
 *
 * @param items The items, top to bottom; all with the same number of scale points (2 to 7).
 * @param scale Labels of the scale points.
 * @param options Decimal separator, title, height.
 * @returns A plotly figure.
 * @throws {ReportError} EMPTY_INPUT; LENGTH_MISMATCH when items have different numbers of
 *   points; OUT_OF_RANGE for a count that is not a non-negative integer, a scale with fewer
 *   than 2 or more than 7 points, or an item without answers.
 * @example
 * likertFigure([{ label: "Ik ervaar plezier in mijn werk", counts: [0, 1, 5, 20, 25] }],
 *   { labels: { "1": "helemaal niet", "5": "helemaal wel" } }).data.map((t) => t.x[0])
 * // [-4.90, -1.96, 0, 4.90, 39.22, 49.02] (% of 51: half of 5 each side of 0, then 1, 0, 20, 25)
 */
export function likertFigure(items: readonly LikertItem[], scale: LikertScale, options: FigureOptions = {}): PlotlyFigure {
  const fn = "likertFigure";
  checkNonEmpty(fn, "items", items);
  const k = items[0]?.counts.length ?? 0;
  requireInteger(fn, "items[0].counts.length", k, 2, 7);
  const totals = items.map((item, i) => {
    if (item.counts.length !== k) {
      throw new ReportError(
        "LENGTH_MISMATCH",
        fn,
        `items[${i}] has ${item.counts.length} scale points, items[0] ${k}; expected the same scale`,
        `items[${i}].counts`,
      );
    }
    item.counts.forEach((c, j) => {
      requireInteger(fn, `items[${i}].counts[${j}]`, c, 0);
    });
    const total = item.counts.reduce((s, c) => s + c, 0);
    if (total === 0) throw new ReportError("OUT_OF_RANGE", fn, `items[${i}] has no answers; expected at least one`, `items[${i}].counts`);
    return total;
  });
  const sep = options.decimalSeparator ?? ",";
  const pct = items.map((item, i) => item.counts.map((c) => (100 * c) / (totals[i] as number)));
  const colours = likertColours(k);
  const half = Math.floor(k / 2);
  const middle = k % 2 === 1 ? half : -1; // 0-based index of the neutral point
  const pointName = (j: number): string => {
    const label = scale.labels[String(j + 1)];
    return label === undefined ? String(j + 1) : `${j + 1} = ${escapeHtml(label)}`;
  };
  const y = items.map((_, i) => i);

  const segment = (j: number, sign: -1 | 1, share: number, showlegend: boolean): PlotlyBarTrace => {
    const colour = colours[j] ?? FIGURE_COLOURS.neutral;
    return {
      type: "bar",
      orientation: "h",
      name: pointName(j),
      legendgroup: `punt-${j + 1}`,
      legendrank: j + 1,
      showlegend,
      x: pct.map((p) => (p[j] === 0 ? 0 : sign * share * (p[j] as number))), // no -0 in the JSON
      y,
      text: pct.map((p) => (share === 1 && (p[j] as number) >= 6 ? formatPercent(p[j] as number, 0, { decimalSeparator: sep }) : "")),
      textposition: "inside",
      insidetextanchor: "middle",
      constraintext: "none",
      textfont: { color: textColourOn(colour), size: 11 },
      marker: { color: colour, line: { color: "#FFFFFF", width: 0.5 } },
      hovertext: items.map(
        (item, i) =>
          `<b>${escapeHtml(item.label)}</b><br>${pointName(j)}: ${formatPercent((pct[i] as number[])[j] as number, 1, { decimalSeparator: sep })} (${item.counts[j]} van ${totals[i]})`,
      ),
      hoverinfo: "text",
    };
  };

  // Relative stacking grows away from zero in trace order: innermost segments first.
  const negatives: PlotlyBarTrace[] = [];
  const positives: PlotlyBarTrace[] = [];
  if (middle >= 0) {
    negatives.push(segment(middle, -1, 0.5, true));
    positives.push(segment(middle, 1, 0.5, false));
  }
  for (let j = half - 1; j >= 0; j--) negatives.push(segment(j, -1, 1, true));
  for (let j = k - half; j < k; j++) positives.push(segment(j, 1, 1, true));

  const negSums = pct.map((p) => p.slice(0, half).reduce((s, v) => s + v, 0));
  const posSums = pct.map((p) => p.slice(k - half).reduce((s, v) => s + v, 0));
  const midShare = pct.map((p) => (middle >= 0 ? (p[middle] as number) / 2 : 0));
  const extent = Math.max(...negSums.map((v, i) => v + (midShare[i] as number)), ...posSums.map((v, i) => v + (midShare[i] as number)));
  const limit = Math.min(100, Math.ceil(extent / 10) * 10) + 14;
  const step = limit > 64 ? 25 : 10;
  const ticks: number[] = [];
  for (let v = -Math.floor((limit - 14) / step) * step; v <= limit - 14; v += step) ticks.push(v);

  const annotations: PlotlyAnnotation[] = items.flatMap((_, i): PlotlyAnnotation[] => [
    {
      text: formatPercent(negSums[i] as number, 0, { decimalSeparator: sep }),
      x: -((negSums[i] as number) + (midShare[i] as number)),
      y: i,
      xref: "x",
      yref: "y",
      xanchor: "right",
      xshift: -4,
      showarrow: false,
      font: { size: 12, color: "#555555" },
    },
    {
      text: formatPercent(posSums[i] as number, 0, { decimalSeparator: sep }),
      x: (posSums[i] as number) + (midShare[i] as number),
      y: i,
      xref: "x",
      yref: "y",
      xanchor: "left",
      xshift: 4,
      showarrow: false,
      font: { size: 12, color: "#555555" },
    },
  ]);
  const lowRange = half === 1 ? "1" : `1–${half}`;
  const highRange = half === 1 ? String(k) : `${k - half + 1}–${k}`;
  const neutralText = middle >= 0 ? `, ${middle + 1} verdeeld over nul` : "";
  const layout: PlotlyLayout = {
    ...baseLayout(
      "Verdeling van de antwoorden (percentages)",
      `Links ${lowRange}, rechts ${highRange}${neutralText} · diverging stacked bars; end labels = % ${lowRange} and % ${highRange}`,
      options,
      230 + 46 * items.length,
    ),
    barmode: "relative",
    bargap: 0.35,
    xaxis: {
      title: { text: "Percentage respondenten" },
      range: [-limit, limit],
      tickmode: "array",
      tickvals: ticks,
      ticktext: ticks.map((v) => `${Math.abs(v)}%`),
      showgrid: true,
      gridcolor: FIGURE_COLOURS.grid,
      zeroline: true,
      zerolinecolor: FIGURE_COLOURS.ink,
      zerolinewidth: 1.5,
      fixedrange: true,
    },
    yaxis: {
      tickmode: "array",
      tickvals: y,
      ticktext: items.map((item) => wrapLabel(item.label, 30)),
      autorange: "reversed",
      showgrid: false,
      zeroline: false,
      fixedrange: true,
      automargin: true,
    },
    annotations,
    legend: BOTTOM_LEGEND,
    margin: { l: 10, r: 20, t: 90, b: 100 },
    hovermode: "closest",
  };
  return { data: [...negatives, ...positives], layout, config: config("likert") };
}

/**
 * The plain-text title of a figure (its `layout.title.text` or `layout.title` string, with
 * plotly's HTML tags removed and entities decoded), or `""` when it has none.
 *
 * @param figure Any plotly figure.
 * @example figureTitle({ layout: { title: { text: "Fig. 1: <i>a</i> &amp; b<br>model" } } }) // "Fig. 1: a & b model"
 */
export function figureTitle(figure: { readonly layout: object }): string {
  const t: unknown = (figure.layout as { title?: unknown }).title;
  const raw =
    typeof t === "string"
      ? t
      : typeof t === "object" && t !== null && typeof (t as { text?: unknown }).text === "string"
        ? (t as { text: string }).text
        : "";
  return raw
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}
