/**
 * The figure kinds of a pre/post survey study as plotly.js figure specifications (pre/post means
 * with intervals, a forest plot of effect sizes, a jittered scatter, grouped counts, diverging
 * Likert bars): pure functions of their input (no dates, no global randomness: jitter comes from
 * a seeded generator), with the Okabe–Ito colour-blind safe palette. The article's own Fig. 1
 * is in views/balance-model.
 *
 * Every word a figure draws is in one language, `options.lang` (Dutch by default, the article's;
 * the texts are in report/figure-text), and so are its numbers: the decimal comma and leading
 * zeros in Dutch, the decimal point and APA's bare `.57` for r in English.
 *
 * Every text that comes from the caller is HTML-escaped before it goes into a plotly text
 * attribute (plotly renders a small subset of HTML in titles, labels and hover text).
 *
 * @module report/figures
 */
import { createRng, tQuantile } from "@behoud/stats";
import { ReportError, requireFinite, requireInteger } from "./errors.js";
import { escapeHtml } from "@behoud/notebook-runner/display";
import { formatCi, formatNumber, formatPercent } from "@behoud/stats";
import { CHANGE_COLOURS, FIGURE_COLOURS, OKABE_ITO, likertColours, textColourOn } from "./palette.js";
import { FIGURE_TEXT_NL, figureText, type FigureLang, type FigureText } from "./figure-text.js";
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
  /**
   * The language of every word the figure draws (report/figure-text) and of its numbers: Dutch
   * writes the decimal comma and a leading zero everywhere (`r = 0,57`), English a decimal point
   * and no leading zero for a quantity bounded by 1 (`r = .57`). Default `"nl"`, the article's.
   */
  readonly lang?: FigureLang;
  /** Decimal separator in labels, hover text and plotly's tick labels. Default: the language's (`","` in Dutch, `"."` in English). */
  readonly decimalSeparator?: DecimalSeparator;
  /** Replaces the default title (in the figure's language). Plain text; it is escaped. */
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

/** A figure's language, its texts, its decimal separator and whether bounded quantities keep their leading zero. */
interface Style {
  readonly lang: FigureLang;
  readonly T: FigureText;
  readonly sep: DecimalSeparator;
  readonly leadingZero: boolean;
}

/**
 * The language and number style of a figure from its options (default Dutch).
 * @example
 * const en = figureStyle({ lang: "en" });
 * [en.sep, en.leadingZero, en.T.scatter.points] // [".", false, "respondents"]
 */
export function figureStyle(options: FigureOptions): Style {
  const lang = options.lang ?? "nl";
  return { lang, T: figureText(lang), sep: options.decimalSeparator ?? (lang === "nl" ? "," : "."), leadingZero: lang === "nl" };
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
 * defaults), font, colours, decimal separator (by default the language's), height. For figures
 * built outside this module.
 * @example baseLayout("Model", null, { decimalSeparator: "," }, 400).separators // ",."
 * @example baseLayout("Model", null, { lang: "en" }, 400).separators // ".,"
 */
export function baseLayout(defaultTitle: string, defaultSubtitle: string | null, options: FigureOptions, height: number): PlotlyLayout {
  const t = options.title === undefined ? defaultTitle : escapeHtml(options.title);
  const s = options.subtitle === undefined ? defaultSubtitle : escapeHtml(options.subtitle);
  if (options.height !== undefined) requireInteger("figure", "options.height", options.height, 100, 5000);
  return {
    title: title(t, s),
    font: { family: FONT_FAMILY, size: 13, color: FIGURE_COLOURS.ink },
    separators: separators(figureStyle(options).sep),
    paper_bgcolor: "#FFFFFF",
    plot_bgcolor: "#FFFFFF",
    height: options.height ?? height,
    autosize: true,
    hoverlabel: { align: "left", font: { family: FONT_FAMILY, size: 12 } },
  };
}

/**
 * The plotly config of every figure of this kit: PNG download named `filename`, no logo, no
 * "Share chart..." button (plotly.js 4 shows one by default; it uploads the figure, data
 * included, to Plotly Cloud), and the mode bar's texts in the figure's language (plotly's own
 * English when `lang` is absent).
 */
export function config(filename: string, lang?: FigureLang): PlotlyConfig {
  const base: PlotlyConfig = {
    responsive: true,
    displaylogo: false,
    showSendToCloud: false,
    toImageButtonOptions: { format: "png", filename, scale: 2 },
  };
  if (lang === undefined) return base;
  const dictionary = figureText(lang).modeBar;
  return { ...base, locale: lang, ...(Object.keys(dictionary).length === 0 ? {} : { locales: { [lang]: { dictionary } } }) };
}

/**
 * Breaks a label into lines of at most `width` characters at spaces and after slashes (plotly
 * `<br>`), for axis tick labels; the spaces of the label are kept.
 * @example wrapLabel("meer waardering van de maatschappij", 20) // "meer waardering van<br>de maatschappij"
 * @example wrapLabel("career development / growth opportunities", 28) // "career development / growth<br>opportunities"
 * @example wrapLabel("salaris/onkostenvergoeding", 10) // "salaris/<br>onkostenvergoeding"
 */
export function wrapLabel(text: string, width = 30): string {
  // Pieces of words split after a slash; `space` says whether a space followed the piece.
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .flatMap((w) => {
      const parts = w.split(/(?<=\/)/).filter((p) => p.length > 0);
      return parts.map((p, i) => ({ word: p, space: i === parts.length - 1 }));
    });
  const lines: string[] = [];
  let line = "";
  let spaceBefore = false;
  for (const { word, space } of words) {
    const joiner = line === "" || !spaceBefore ? "" : " ";
    spaceBefore = space;
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
// Pre/post (paired means and each respondent's change)
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
  /** Respondents' own scores, paired by index; their changes are drawn in a second panel. */
  readonly individuals?: { readonly pre: readonly number[]; readonly post: readonly number[] };
  /** Whether a higher score is good news (default true; false for werkdruk): colours the changes. */
  readonly higherIsBetter?: boolean;
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

/** The Dutch texts of {@link prePostFigure} (`FIGURE_TEXT_NL.prePost`; the English ones are `FIGURE_TEXT_EN.prePost`). */
export const PRE_POST_TEXT = FIGURE_TEXT_NL.prePost;

const PRE_OFFSET = 0.17;
/** Changes closer to zero than this count as no change (floating-point noise of item means). */
const SAME_TOLERANCE = 1e-9;

/** A count and its share of the respondents (0 to 1). */
export interface CountShare {
  readonly count: number;
  readonly share: number;
}

/** What a caption of the pre/post figure needs for one construct (see {@link prePostCaptionFacts}). */
export interface PrePostFacts {
  readonly construct: string;
  readonly label: string;
  readonly higherIsBetter: boolean;
  /** The means the figure shows. */
  readonly preMean: number;
  readonly postMean: number;
  /** Complete pairs (respondents with both scores); 0 when the row has no individual scores. */
  readonly n: number;
  /** Mean of the pairs' changes (post − pre); the difference of the means when there are no pairs. */
  readonly meanChange: number;
  /** Paired t interval of the mean change, at `level`; null with fewer than 2 pairs or no spread. */
  readonly changeCi: { readonly lower: number; readonly upper: number; readonly level: number } | null;
  /** Respondents whose score went up, stayed the same, went down; null without individual scores. */
  readonly up: CountShare | null;
  readonly same: CountShare | null;
  readonly down: CountShare | null;
  /** Respondents who changed in the favourable direction (up, or down when higher is worse). */
  readonly better: CountShare | null;
  /** Respondents who changed in the unfavourable direction. */
  readonly worse: CountShare | null;
}

function countShare(count: number, n: number): CountShare {
  return { count, share: count / n };
}

/** Each pair's change post − pre, checked. */
function changesOf(fn: string, arg: string, individuals: NonNullable<PrePostRow["individuals"]>): number[] {
  const { pre, post } = individuals;
  if (pre.length !== post.length) {
    throw new ReportError(
      "LENGTH_MISMATCH",
      fn,
      `${arg}.individuals: pre has ${pre.length} scores, post ${post.length}; expected pairs`,
      `${arg}.individuals`,
    );
  }
  return pre.map((p, i) => {
    const q = post[i] as number;
    requireFinite(fn, `${arg}.individuals.pre[${i}]`, p);
    requireFinite(fn, `${arg}.individuals.post[${i}]`, q);
    return q - p;
  });
}

function checkPrePostRow(fn: string, row: PrePostRow, k: number): void {
  const arg = `rows[${k}]`;
  for (const [which, m] of [
    ["pre", row.pre],
    ["post", row.post],
  ] as const) {
    requireFinite(fn, `${arg}.${which}.mean`, m.mean);
    checkInterval(fn, `${arg}.${which}`, m.mean, m.lower, m.upper);
    requireInteger(fn, `${arg}.${which}.n`, m.n, 1);
  }
}

/**
 * The numbers a caption of {@link prePostFigure} is written from, per construct: the means shown,
 * the mean of the respondents' changes (post − pre) with its paired t interval
 * (d̄ ± t(1 − α/2, n − 1)·s_d/√n), and how many respondents went up, stayed the same or went
 * down, also named as better and worse by the construct's direction (`higherIsBetter`).
 *
 * @param rows The rows of the figure.
 * @param options The confidence level (default 0.95).
 * @returns One entry per row, in order.
 * @throws {ReportError} as {@link prePostFigure}.
 * @example
 * const [f] = prePostCaptionFacts([{ construct: "werkdruk", label: "Werkdruk", higherIsBetter: false,
 *   pre: { mean: 3.5, lower: 2, upper: 5, n: 4 }, post: { mean: 3.75, lower: 2, upper: 5, n: 4 },
 *   individuals: { pre: [3, 4, 2, 5], post: [4, 4, 3, 4] } }]);
 * [f?.meanChange, f?.up?.count, f?.same?.count, f?.down?.count, f?.better?.count] // [0.25, 2, 1, 1, 1]
 */
export function prePostCaptionFacts(rows: readonly PrePostRow[], options: { readonly ciLevel?: number } = {}): PrePostFacts[] {
  const fn = "prePostCaptionFacts";
  const level = options.ciLevel ?? 0.95;
  levelLabel(fn, level, ".");
  return rows.map((row, k) => {
    checkPrePostRow(fn, row, k);
    const higherIsBetter = row.higherIsBetter ?? true;
    const base = { construct: row.construct, label: row.label, higherIsBetter, preMean: row.pre.mean, postMean: row.post.mean };
    const changes = row.individuals === undefined ? [] : changesOf(fn, `rows[${k}]`, row.individuals);
    const n = changes.length;
    if (n === 0) {
      return {
        ...base,
        n,
        meanChange: row.post.mean - row.pre.mean,
        changeCi: null,
        up: null,
        same: null,
        down: null,
        better: null,
        worse: null,
      };
    }
    const mean = changes.reduce((s, d) => s + d, 0) / n;
    let ss = 0;
    for (const d of changes) ss += (d - mean) ** 2;
    const sd = n >= 2 ? Math.sqrt(ss / (n - 1)) : 0;
    const half = n >= 2 && sd > 0 ? (tQuantile(1 - (1 - level) / 2, n - 1) * sd) / Math.sqrt(n) : null;
    const up = changes.filter((d) => d > SAME_TOLERANCE).length;
    const down = changes.filter((d) => d < -SAME_TOLERANCE).length;
    return {
      ...base,
      n,
      meanChange: mean,
      changeCi: half === null ? null : { lower: mean - half, upper: mean + half, level },
      up: countShare(up, n),
      same: countShare(n - up - down, n),
      down: countShare(down, n),
      better: countShare(higherIsBetter ? up : down, n),
      worse: countShare(higherIsBetter ? down : up, n),
    };
  });
}

/** The whole scale points from min to max (at most 11). */
function scaleTicks(scale: ScaleRange): number[] {
  const out: number[] = [];
  const step = Math.max(1, Math.ceil((scale.max - scale.min) / 10));
  for (let v = scale.min; v <= scale.max + 1e-9; v += step) out.push(v);
  return out;
}

/**
 * Stacks equal values upward like a dot plot (Wilkinson, 1999): for each value, its points get
 * offsets 0, 1, 2, … in input order. Values are grouped after rounding to 9 decimals.
 */
function stackOffsets(values: readonly number[]): { offsets: number[]; tallest: number } {
  const seen = new Map<string, number>();
  let tallest = 1;
  const offsets = values.map((v) => {
    const key = v.toFixed(9);
    const j = seen.get(key) ?? 0;
    seen.set(key, j + 1);
    if (j + 1 > tallest) tallest = j + 1;
    return j;
  });
  return { offsets, tallest };
}

/**
 * A paired-means ("dumbbell") plot: per cluster the retrospective pre-test mean and the
 * post-test mean with their confidence intervals, joined by a line. When respondents' own
 * scores are given, a second panel on the right shows each respondent's change (post − pre) as
 * a stacked dot plot (one dot per respondent, equal changes stacked), coloured by direction
 * (blue = favourable, grey = none, vermillion = unfavourable, with `higherIsBetter` per row),
 * and the mean change with its paired t interval above the dots. Clusters run from top to bottom
 * in the order given. {@link prePostCaptionFacts} gives the numbers a caption needs.
 *
 * Wilkinson, L. (1999). Dot plots. *The American Statistician, 53*(3), 276–281.
 * https://doi.org/10.1080/00031305.1999.10474474
 *
 * @param rows The clusters (at least one).
 * @param options Language (default Dutch; see {@link FigureOptions.lang}), scale range, CI level, decimal separator, title, height.
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
  const { sep, T: texts } = figureStyle(options);
  const T = texts.prePost;
  const scale = options.scale ?? DEFAULT_SCALE;
  const level = options.ciLevel ?? 0.95;
  const levelText = levelLabel(fn, level, sep);
  if (options.range !== undefined) {
    const [lo, hi] = options.range;
    requireFinite(fn, "options.range[0]", lo);
    requireFinite(fn, "options.range[1]", hi);
    if (!(lo < hi)) throw new ReportError("OUT_OF_RANGE", fn, `options.range is [${lo}, ${hi}]; expected lower < upper`, "options.range");
  }
  requireFinite(fn, "options.scale.min", scale.min);
  requireFinite(fn, "options.scale.max", scale.max);
  const facts = prePostCaptionFacts(rows, { ciLevel: level });
  const ciName = T.ciName(levelText);
  const n = rows.length;
  const base = (k: number): number => n - 1 - k;
  const withChanges = rows.some((r) => r.individuals !== undefined && r.individuals.pre.length > 0);

  const traces: PlotlyTrace[] = [];
  traces.push({
    type: "scatter",
    mode: "lines",
    name: T.link,
    showlegend: false,
    x: rows.flatMap((r) => [r.pre.mean, r.post.mean, null]),
    y: rows.flatMap((_, k) => [base(k) + PRE_OFFSET, base(k) - PRE_OFFSET, null]),
    line: { color: "#555555", width: 2.5 },
    hoverinfo: "skip",
  });

  const pointTrace = (which: "pre" | "post"): PlotlyScatterTrace => {
    const offset = which === "pre" ? PRE_OFFSET : -PRE_OFFSET;
    const name = T[which];
    return {
      type: "scatter",
      mode: "markers",
      name,
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
          `<b>${escapeHtml(r.label)}</b><br>${name}: M = ${fmt(r[which].mean, 2, sep)}, ${ciName} ${ciText(r[which].lower, r[which].upper, 2, sep)}, n = ${r[which].n}`,
      ),
      hoverinfo: "text",
    };
  };
  traces.push(pointTrace("pre"), pointTrace("post"));

  // The second panel: each respondent's change, stacked per value, and the mean change.
  let changeLimit = 1;
  if (withChanges) {
    const dots: Record<"better" | "same" | "worse", { x: number[]; y: number[]; text: string[] }> = {
      better: { x: [], y: [], text: [] },
      same: { x: [], y: [], text: [] },
      worse: { x: [], y: [], text: [] },
    };
    rows.forEach((row, k) => {
      if (row.individuals === undefined) return;
      const changes = changesOf(fn, `rows[${k}]`, row.individuals);
      const { offsets, tallest } = stackOffsets(changes);
      const step = Math.min(0.075, 0.56 / Math.max(1, tallest - 1));
      const higherIsBetter = row.higherIsBetter ?? true;
      changes.forEach((d, i) => {
        if (Math.abs(d) > changeLimit) changeLimit = Math.abs(d);
        const kind = Math.abs(d) <= SAME_TOLERANCE ? "same" : d > 0 === higherIsBetter ? "better" : "worse";
        const target = dots[kind];
        target.x.push(Math.abs(d) <= SAME_TOLERANCE ? 0 : d);
        target.y.push(base(k) - 0.38 + (offsets[i] as number) * step);
        target.text.push(
          `<b>${escapeHtml(row.label)}</b><br>${T.changeHover}: ${fmt(d, 2, sep)} (${fmt(row.individuals?.pre[i] as number, 2, sep)} → ${fmt(row.individuals?.post[i] as number, 2, sep)})<br><i>${T.oneRespondent}</i>`,
        );
      });
    });
    (["better", "same", "worse"] as const).forEach((kind, j) => {
      const d = dots[kind];
      if (d.x.length === 0) return;
      traces.push({
        type: "scatter",
        mode: "markers",
        name: T[kind],
        legendrank: 4 + j,
        xaxis: "x2",
        x: d.x,
        y: d.y,
        marker: { color: CHANGE_COLOURS[kind], size: 6, opacity: 0.85, symbol: kind === "worse" ? "triangle-down" : "circle" },
        hovertext: d.text,
        hoverinfo: "text",
      });
    });
    const withCi = facts.map((f, k) => ({ f, k })).filter(({ f }) => f.n > 0);
    traces.push({
      type: "scatter",
      mode: "markers",
      name: T.meanChange(ciName),
      legendrank: 3,
      xaxis: "x2",
      x: withCi.map(({ f }) => f.meanChange),
      y: withCi.map(({ k }) => base(k) + 0.3),
      marker: { color: FIGURE_COLOURS.ink, size: 10, symbol: "diamond" },
      error_x: {
        type: "data",
        symmetric: false,
        array: withCi.map(({ f }) => (f.changeCi === null ? 0 : f.changeCi.upper - f.meanChange)),
        arrayminus: withCi.map(({ f }) => (f.changeCi === null ? 0 : f.meanChange - f.changeCi.lower)),
        color: FIGURE_COLOURS.ink,
        thickness: 2,
        width: 4,
      },
      hovertext: withCi.map(({ f }) => {
        const share = (c: CountShare | null): string => (c === null ? "" : formatPercent(100 * c.share, 0, { decimalSeparator: sep }));
        const ci = f.changeCi === null ? "" : `, ${ciName} ${ciText(f.changeCi.lower, f.changeCi.upper, 2, sep)}`;
        return `<b>${escapeHtml(f.label)}</b><br>${T.meanChange(ciName)}: ${fmt(f.meanChange, 2, sep)}${ci}, n = ${f.n}<br>${T.upSameDown(share(f.up), share(f.same), share(f.down))}`;
      }),
      hoverinfo: "text",
    });
    for (const f of facts)
      if (f.changeCi !== null) changeLimit = Math.max(changeLimit, Math.abs(f.changeCi.lower), Math.abs(f.changeCi.upper));
  }
  const changeRange = Math.ceil(changeLimit * 2) / 2 + 0.25;

  const reversed = rows.filter((r) => r.higherIsBetter === false).map((r) => escapeHtml(r.label));
  const reversedText = reversed.length === 0 ? "" : T.reversedNote(reversed.join(", "));
  const yaxis: PlotlyAxis = {
    tickmode: "array",
    tickvals: rows.map((_, k) => base(k)),
    ticktext: rows.map((r) => wrapLabel(r.label, 24)),
    range: [-0.6, n - 0.4],
    showgrid: false,
    zeroline: false,
    fixedrange: true,
    automargin: true,
  };
  const meanAxis: PlotlyAxis = {
    title: { text: T.meanAxis(scale.min, scale.max) },
    range: options.range ?? [scale.min - 0.1, scale.max + 0.1],
    ...(options.range === undefined
      ? {
          tickmode: "array" as const,
          tickvals: scaleTicks(scale),
          ticktext: scaleTicks(scale).map((v) =>
            v === scale.min ? `${v}<br>${texts.scaleEnds.min}` : v === scale.max ? `${v}<br>${texts.scaleEnds.max}` : String(v),
          ),
        }
      : { dtick: 0.5, tick0: scale.min }),
    showgrid: true,
    gridcolor: FIGURE_COLOURS.grid,
    zeroline: false,
    fixedrange: true,
    ...(withChanges ? { domain: [0, 0.5] as const } : {}),
  };
  // Row separators across both panels.
  const shapes: PlotlyShape[] = [];
  for (let k = 1; k < n; k++) {
    shapes.push({
      type: "line",
      xref: "paper",
      yref: "y",
      x0: 0,
      x1: 1,
      y0: base(k) + 0.5,
      y1: base(k) + 0.5,
      line: { color: FIGURE_COLOURS.grid, width: 1 },
      layer: "below",
    });
  }
  const layout: PlotlyLayout = {
    ...baseLayout(
      T.title,
      T.subtitle(T.ciNamePlural(levelText), withChanges, reversedText),
      options,
      withChanges ? 250 + 100 * n : 230 + 64 * n,
    ),
    xaxis: meanAxis,
    ...(withChanges
      ? {
          xaxis2: {
            title: { text: T.changeAxis },
            domain: [0.56, 1] as const,
            anchor: "y" as const,
            range: [-changeRange, changeRange],
            dtick: changeRange > 2.5 ? 1 : 0.5,
            showgrid: true,
            gridcolor: FIGURE_COLOURS.grid,
            zeroline: true,
            zerolinecolor: "#888888",
            zerolinewidth: 1.5,
            fixedrange: true,
          },
        }
      : {}),
    yaxis,
    shapes,
    legend: BOTTOM_LEGEND,
    margin: { l: 10, r: 20, t: withChanges ? 120 : 100, b: withChanges ? 150 : 120 },
    hovermode: "closest",
  };
  return { data: traces, layout, config: config(T.filename, figureStyle(options).lang) };
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
  /** Legend name of the estimates (default "herberekend" / "recomputed"). */
  readonly estimateName?: string;
  /** Legend name of the published values (default "gepubliceerd (artikel)" / "published (article)"). */
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

/** What a caption of the forest plot needs for one effect (see {@link forestCaptionFacts}). */
export interface ForestFacts {
  readonly label: string;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** Whether the interval lies wholly above or below zero. */
  readonly ciExcludesZero: boolean;
  /** The highest threshold the estimate reaches (estimate ≥ value), or null. */
  readonly band: Threshold | null;
  /** The value printed in the article, or null. */
  readonly published: number | null;
  /** Reproduced minus printed, or null. */
  readonly differenceFromPublished: number | null;
}

/**
 * The numbers a caption of {@link forestFigure} is written from, per effect: estimate and
 * interval, whether the interval excludes zero, the highest threshold reached, and the
 * difference from the printed value.
 *
 * @param rows The effects of the figure.
 * @param thresholds The reference lines of the figure.
 * @returns One entry per row, in order.
 * @throws {ReportError} as {@link forestFigure}.
 * @example
 * forestCaptionFacts([{ label: "Werkplezier", estimate: 0.62, lower: 0.32, upper: 0.92, published: 0.61 }],
 *   [{ value: 0.4, label: "de moeite waard" }, { value: 0.6, label: "hoog" }])[0]?.band?.label // "hoog"
 */
export function forestCaptionFacts(rows: readonly ForestRow[], thresholds: readonly Threshold[]): ForestFacts[] {
  const fn = "forestCaptionFacts";
  const sorted = [...thresholds].sort((a, b) => a.value - b.value);
  return rows.map((r, k) => {
    requireFinite(fn, `rows[${k}].estimate`, r.estimate);
    checkInterval(fn, `rows[${k}]`, r.estimate, r.lower, r.upper);
    const published = r.published ?? null;
    if (published !== null) requireFinite(fn, `rows[${k}].published`, published);
    const reached = sorted.filter((t) => r.estimate >= t.value);
    return {
      label: r.label,
      estimate: r.estimate,
      lower: r.lower,
      upper: r.upper,
      ciExcludesZero: r.lower > 0 || r.upper < 0,
      band: reached.length === 0 ? null : (reached[reached.length - 1] as Threshold),
      published,
      differenceFromPublished: published === null ? null : r.estimate - published,
    };
  });
}

/**
 * A forest plot of effect sizes: each reproduced estimate with its confidence interval, the
 * article's printed value as a second (open diamond) marker, a line at zero and dashed vertical
 * lines at the given thresholds (for the article: Hattie's 0.4 and 0.6).
 *
 * @param rows The effects, top to bottom.
 * @param options The variant's name, the thresholds, legend names, labels, language (default Dutch).
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
  const { sep, T: texts } = figureStyle(options);
  const T = texts.forest;
  const levelText = levelLabel(fn, options.ciLevel ?? 0.95, sep);
  const ciName = T.ciName(levelText);
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
  const estimateName = options.estimateName === undefined ? T.estimateName : escapeHtml(options.estimateName);
  const publishedName = options.publishedName === undefined ? T.publishedName : escapeHtml(options.publishedName);

  const traces: PlotlyTrace[] = [
    {
      type: "scatter",
      mode: "markers",
      name: `${estimateName} (${ciName})`,
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
          `<b>${escapeHtml(r.label)}</b><br>${variant} = ${fmt(r.estimate, 2, sep)}, ${ciName} ${ciText(r.lower, r.upper, 2, sep)}<br><i>${T.estimateHover}</i>`,
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
          : `<b>${escapeHtml(r.label)}</b><br>${publishedName}: ${fmt(r.published, 2, sep)}<br><i>${T.publishedHover}</i>`,
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
    ...baseLayout(T.title, T.subtitle(T.ciNamePlural(levelText)), options, 250 + 52 * n),
    xaxis: {
      title: { text: T.axis(variant, ciName) },
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
  return { data: traces, layout, config: config(T.filename, figureStyle(options).lang) };
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

/** The OLS line of y on x: b = Sxy / Sxx, a = ȳ − b·x̄. */
function olsLine(fn: string, x: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
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
  return { slope, intercept: my - slope * mx };
}

/** What a caption of the scatter plot needs (see {@link scatterCaptionFacts}). */
export interface ScatterFacts {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly r: number;
  readonly n: number;
  /** The OLS line drawn: ŷ = intercept + slope·x. */
  readonly slope: number;
  readonly intercept: number;
}

/**
 * The numbers a caption of {@link scatterFigure} is written from: r and N as given, and the
 * least-squares line the figure draws.
 *
 * @param input The input of the figure.
 * @throws {ReportError} EMPTY_INPUT; LENGTH_MISMATCH; NON_FINITE; INVALID_ARGUMENT when x has no variance.
 * @example
 * scatterCaptionFacts({ x: [3, 4, 5, 4], y: [3.5, 4, 5, 4.5], xLabel: "Autonomie", yLabel: "Werkplezier", r: 0.95, n: 4, seed: 1 }).slope // 0.75
 */
export function scatterCaptionFacts(input: ScatterInput): ScatterFacts {
  const fn = "scatterCaptionFacts";
  checkNonEmpty(fn, "input.x", input.x);
  if (input.x.length !== input.y.length)
    throw new ReportError(
      "LENGTH_MISMATCH",
      fn,
      `input.x has ${input.x.length} values, input.y ${input.y.length}; expected pairs`,
      "input.y",
    );
  input.x.forEach((v, i) => {
    requireFinite(fn, `input.x[${i}]`, v);
  });
  input.y.forEach((v, i) => {
    requireFinite(fn, `input.y[${i}]`, v);
  });
  const { slope, intercept } = olsLine(fn, input.x, input.y);
  return { xLabel: input.xLabel, yLabel: input.yLabel, r: input.r, n: input.n, slope, intercept };
}

/**
 * A scatter plot of two Likert (cluster) scores with a little uniform jitter so that equal
 * scores do not hide each other, and the ordinary-least-squares line of y on x computed on the
 * unjittered data: b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², a = ȳ − b·x̄. The title shows r and N.
 * Jitter: x + (2u − 1)·j and y + (2u − 1)·j with u from `createRng(seed)`, drawn x then y per
 * point; the hover text shows the unjittered scores.
 *
 * @param input Scores, labels, r, N, seed, jitter.
 * @param options Language (default Dutch; r without a leading zero in English), scale range, decimal separator, title, height.
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
  const { sep, leadingZero, T: texts } = figureStyle(options);
  const T = texts.scatter;
  const scale = options.scale ?? DEFAULT_SCALE;

  const n = x.length;
  const { slope, intercept } = olsLine(fn, x, y);
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
  const rText = formatNumber(input.r, 2, { decimalSeparator: sep, leadingZero });
  const sign = slope < 0 ? "−" : "+";
  const lineName = T.lineName(`ŷ = ${fmt(intercept, 2, sep)} ${sign} ${fmt(Math.abs(slope), 2, sep)}·x`);
  const points: PlotlyScatterTrace = {
    type: "scatter",
    mode: "markers",
    name: T.points,
    x: jx,
    y: jy,
    marker: { color: OKABE_ITO.blue, size: 8, opacity: 0.6, line: { color: "#FFFFFF", width: 0.5 } },
    hovertext: x.map((v, i) => `${xl}: ${fmt(v, 2, sep)}<br>${yl}: ${fmt(y[i] as number, 2, sep)}<br><i>${T.pointHover}</i>`),
    hoverinfo: "text",
  };
  const fit: PlotlyScatterTrace = {
    type: "scatter",
    mode: "lines",
    name: lineName,
    x: [xMin, xMax],
    y: [intercept + slope * xMin, intercept + slope * xMax],
    line: { color: FIGURE_COLOURS.fit, width: 2.5 },
    hovertext: `${lineName}<br><i>${T.lineHover}</i>`,
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
    ...baseLayout(T.title(yl, xl, rText, input.n), T.subtitle(jitterText, input.seed), options, 580),
    xaxis: axis(T.axis(xl, scale.min, scale.max)),
    yaxis: axis(T.axis(yl, scale.min, scale.max)),
    legend: BOTTOM_LEGEND,
    margin: { l: 60, r: 20, t: 90, b: 100 },
    hovermode: "closest",
  };
  return { data: [points, fit], layout, config: config(T.filename, figureStyle(options).lang) };
}

// ---------------------------------------------------------------------------------------------
// Diverging stacked Likert bars
// ---------------------------------------------------------------------------------------------

/** One item of {@link likertFigure}. */
export interface LikertItem {
  /** The item's full wording (or a cluster label); wrapped on the axis. */
  readonly label: string;
  /** Number of answers per scale point, from point 1 upward. */
  readonly counts: readonly number[];
  /** The construct the item belongs to, shown in bold before the wording, e.g. `Werkdruk`. */
  readonly group?: string;
  /** Shown in italics after the wording, e.g. `voor` or `na`. */
  readonly note?: string;
  /** A gloss for the hover text, e.g. the English wording. */
  readonly gloss?: string;
  /** Whether agreeing (the high end) is good news (default true; false for werkdruk): turns the colours round. */
  readonly higherIsBetter?: boolean;
}

/** The scale of {@link likertFigure}. */
export interface LikertScale {
  /** Labels of the scale points by their number as a string, e.g. `{ "1": "helemaal niet", "5": "helemaal wel" }`; missing points show their number only. */
  readonly labels: Readonly<Record<string, string>>;
}

/** The Dutch texts of {@link likertFigure} (`FIGURE_TEXT_NL.likert`; the English ones are `FIGURE_TEXT_EN.likert`). */
export const LIKERT_TEXT = FIGURE_TEXT_NL.likert;

/** What a caption of the Likert figure needs for one item (see {@link likertCaptionFacts}). */
export interface LikertFacts {
  readonly label: string;
  readonly group: string | null;
  readonly note: string | null;
  readonly higherIsBetter: boolean;
  /** Number of answers. */
  readonly n: number;
  /** Answers in the lower half of the scale (1–2 of 5), the middle point (null on an even scale), the upper half. */
  readonly low: CountShare;
  readonly neutral: CountShare | null;
  readonly high: CountShare;
  /** The favourable half (high, or low when higher is worse) and the unfavourable one. */
  readonly favourable: CountShare;
  readonly unfavourable: CountShare;
}

/** Checks the items and returns each item's number of answers and the number of scale points. */
function checkLikert(fn: string, items: readonly LikertItem[]): { totals: number[]; k: number } {
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
  return { totals, k };
}

/**
 * The numbers a caption of {@link likertFigure} is written from, per item: the answers in the
 * lower half of the scale, at the middle point and in the upper half, and which half is
 * favourable (`higherIsBetter`).
 *
 * @param items The items of the figure.
 * @returns One entry per item, in order.
 * @throws {ReportError} as {@link likertFigure}.
 * @example
 * const [f] = likertCaptionFacts([{ label: "Ik ervaar werkdruk", counts: [1, 1, 2, 4, 2], higherIsBetter: false }]);
 * [f?.low.count, f?.neutral?.count, f?.high.count, f?.favourable.share] // [2, 2, 6, 0.2]
 */
export function likertCaptionFacts(items: readonly LikertItem[]): LikertFacts[] {
  const { totals, k } = checkLikert("likertCaptionFacts", items);
  const half = Math.floor(k / 2);
  return items.map((item, i) => {
    const n = totals[i] as number;
    const sum = (from: number, to: number): number => item.counts.slice(from, to).reduce((s, c) => s + c, 0);
    const low = countShare(sum(0, half), n);
    const high = countShare(sum(k - half, k), n);
    const higherIsBetter = item.higherIsBetter ?? true;
    return {
      label: item.label,
      group: item.group ?? null,
      note: item.note ?? null,
      higherIsBetter,
      n,
      low,
      neutral: k % 2 === 1 ? countShare(item.counts[half] as number, n) : null,
      high,
      favourable: higherIsBetter ? high : low,
      unfavourable: higherIsBetter ? low : high,
    };
  });
}

/** The axis label of a Likert item: bold group, wrapped wording, italic note; all escaped. */
function likertTick(item: LikertItem, width: number): string {
  const note = item.note === undefined ? "" : ` (${item.note})`;
  const group = item.group === undefined ? "" : `${item.group}:`;
  const wrapped = wrapLabel(`${group} ${item.label}${note}`, width);
  let out = wrapped;
  if (group !== "" && out.startsWith(escapeHtml(group))) out = `<b>${escapeHtml(group)}</b>${out.slice(escapeHtml(group).length)}`;
  if (note !== "" && out.endsWith(escapeHtml(note.trim()))) {
    const tail = escapeHtml(note.trim());
    out = `${out.slice(0, out.length - tail.length)}<i>${tail}</i>`;
  }
  return out;
}

/**
 * Diverging stacked bars of Likert answers in percentages (Heiberger & Robbins, 2014), centred
 * on the neutral point: the lower half of the scale to the left of zero, the upper half to the
 * right, and on an odd scale the middle point split evenly over zero. The share of the lower and
 * upper half (without the middle) is printed at the ends of each bar. Colour follows direction:
 * blue is the favourable side, vermillion–orange the unfavourable one, so for an item where
 * agreeing is bad news (`higherIsBetter: false`, werkdruk) the colours turn round (drawn as
 * separate traces sharing the scale point's legend entry). Each item's axis label is its full
 * wording, wrapped, with its group in bold and its note in italics.
 * {@link likertCaptionFacts} gives the numbers a caption needs.
 *
 * Heiberger, R. M., & Robbins, N. B. (2014). Design of diverging stacked bar charts for Likert
 * scales and other applications. *Journal of Statistical Software, 57*(5), 1–32.
 * https://doi.org/10.18637/jss.v057.i05
 *
 * @param items The items, top to bottom; all with the same number of scale points (2 to 7).
 * @param scale Labels of the scale points.
 * @param options Language (default Dutch), decimal separator, title, height.
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
  const { totals, k } = checkLikert(fn, items);
  const { sep, T: texts } = figureStyle(options);
  const T = texts.likert;
  const pct = items.map((item, i) => item.counts.map((c) => (100 * c) / (totals[i] as number)));
  const half = Math.floor(k / 2);
  const middle = k % 2 === 1 ? half : -1; // 0-based index of the neutral point
  const pointName = (j: number): string => {
    const label = scale.labels[String(j + 1)];
    return label === undefined ? String(j + 1) : `${j + 1} = ${escapeHtml(label)}`;
  };
  const normal = items.map((_, i) => i).filter((i) => items[i]?.higherIsBetter !== false);
  const turned = items.map((_, i) => i).filter((i) => items[i]?.higherIsBetter === false);
  const sets = [
    { idx: normal, colours: likertColours(k, true), legend: true },
    { idx: turned, colours: likertColours(k, false), legend: normal.length === 0 },
  ].filter((s) => s.idx.length > 0);

  const segment = (
    set: { idx: number[]; colours: readonly string[]; legend: boolean },
    j: number,
    sign: -1 | 1,
    share: number,
    showlegend: boolean,
  ): PlotlyBarTrace => {
    const colour = set.colours[j] ?? FIGURE_COLOURS.neutral;
    return {
      type: "bar",
      orientation: "h",
      name: pointName(j),
      legendgroup: `punt-${j + 1}`,
      legendrank: j + 1,
      showlegend: showlegend && set.legend,
      x: set.idx.map((i) => {
        const p = (pct[i] as number[])[j] as number;
        return p === 0 ? 0 : sign * share * p; // no -0 in the JSON
      }),
      y: set.idx,
      text: set.idx.map((i) => {
        const p = (pct[i] as number[])[j] as number;
        return share === 1 && p >= 10 ? formatPercent(p, 0, { decimalSeparator: sep }) : "";
      }),
      textposition: "inside",
      insidetextanchor: "middle",
      textangle: 0,
      constraintext: "none",
      textfont: { color: textColourOn(colour), size: 11 },
      marker: { color: colour, line: { color: "#FFFFFF", width: 0.5 } },
      hovertext: set.idx.map((i) => {
        const item = items[i] as LikertItem;
        const head = `<b>${item.group === undefined ? "" : `${escapeHtml(item.group)}: `}${escapeHtml(item.label)}</b>${item.note === undefined ? "" : ` <i>(${escapeHtml(item.note)})</i>`}`;
        const gloss = item.gloss === undefined ? "" : `<br><i>${escapeHtml(item.gloss)}</i>`;
        return `${head}${gloss}<br>${pointName(j)}: ${formatPercent((pct[i] as number[])[j] as number, 1, { decimalSeparator: sep })} (${T.countOf(item.counts[j] as number, totals[i] as number)})`;
      }),
      hoverinfo: "text",
    };
  };

  // Relative stacking grows away from zero in trace order: innermost segments first.
  const traces: PlotlyBarTrace[] = [];
  for (const set of sets) {
    const negatives: PlotlyBarTrace[] = [];
    const positives: PlotlyBarTrace[] = [];
    if (middle >= 0) {
      negatives.push(segment(set, middle, -1, 0.5, true));
      positives.push(segment(set, middle, 1, 0.5, false));
    }
    for (let j = half - 1; j >= 0; j--) negatives.push(segment(set, j, -1, 1, true));
    for (let j = k - half; j < k; j++) positives.push(segment(set, j, 1, 1, true));
    traces.push(...negatives, ...positives);
  }

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
  // A thin line between groups.
  const shapes: PlotlyShape[] = [];
  for (let i = 1; i < items.length; i++) {
    if (items[i]?.group !== undefined && items[i]?.group !== items[i - 1]?.group) {
      shapes.push({ type: "line", xref: "paper", yref: "y", x0: 0, x1: 1, y0: i - 0.5, y1: i - 0.5, line: { color: "#999999", width: 1 } });
    }
  }
  const lowRange = half === 1 ? "1" : `1–${half}`;
  const highRange = half === 1 ? String(k) : `${k - half + 1}–${k}`;
  const neutralText = middle >= 0 ? T.neutral(middle + 1) : "";
  const turnedGroups = [...new Set(turned.map((i) => items[i]?.group).filter((g): g is string => g !== undefined))];
  const top = scale.labels[String(k)] ?? String(k);
  const reversedText =
    turned.length === 0 ? "" : T.reversedNote(escapeHtml(turnedGroups.length > 0 ? turnedGroups.join(", ") : "—"), escapeHtml(top));
  const wraps = 44;
  const layout: PlotlyLayout = {
    ...baseLayout(
      T.title,
      T.subtitle(lowRange, highRange, neutralText, reversedText),
      options,
      250 + (wraps > 30 ? 44 : 46) * items.length,
    ),
    barmode: "relative",
    bargap: 0.3,
    xaxis: {
      title: { text: T.axis(lowRange, highRange) },
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
      tickvals: items.map((_, i) => i),
      // The wording once per item: a bar right after the same item (its post-test) shows only its note.
      ticktext: items.map((item, i) => {
        const prev = items[i - 1];
        const repeat = prev !== undefined && prev.label === item.label && prev.group === item.group && item.note !== undefined;
        return repeat ? `<i>${escapeHtml(item.note ?? "")}</i>` : likertTick(item, wraps);
      }),
      autorange: "reversed",
      showgrid: false,
      zeroline: false,
      fixedrange: true,
      automargin: true,
      tickfont: { size: 12 },
    },
    shapes,
    annotations,
    legend: BOTTOM_LEGEND,
    margin: { l: 10, r: 20, t: 110, b: 100 },
    hovermode: "closest",
  };
  return { data: traces, layout, config: config(T.filename, figureStyle(options).lang) };
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
