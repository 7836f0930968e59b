/**
 * The ensemble of reconstructions in the notebooks and the report: the stored summary
 * (data/ensemble-summary.json, written by `npm run ensemble`), the answers to the reviewers'
 * questions as sentences computed from it, a table of the claims left out, and one interval plot
 * per family of quantities with the article's printed value marked. Every English text is in
 * {@link ENSEMBLE_TEXT}, the Dutch in views/ensemble-nl; each function that writes text takes the
 * language (default {@link defaultLang}) and writes numbers in its style.
 * @module views/ensemble
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml } from "@behoud/notebook-runner/display";
import { StatsError, tPValue } from "@behoud/stats";
import type { StoredEnsembleSummary, StoredNumber } from "../reconstruct/ensemble-files.js";
import type { ReportSection } from "../report/html.js";
import { FIGURE_COLOURS, OKABE_ITO } from "../report/palette.js";
import type { PlotlyFigure, PlotlyScatterTrace } from "../report/types.js";
import type { NamedFigure } from "./figures.js";
import type { TableSpec } from "./tables.js";
import { ENSEMBLE_TEXT_NL } from "./ensemble-nl.js";
import { defaultLang, numberStyle, type Lang, type Widen } from "./lang.js";

export type { StoredEnsembleSummary } from "../reconstruct/ensemble-files.js";

/** Every English text of the ensemble's section and notebook. */
export const ENSEMBLE_TEXT = {
  title: "What the printed numbers allow: an ensemble of reconstructions",
  intro: (s: { members: number; chains: number; checked: number; answers: number; median: number; min: number }): string =>
    `${s.members} synthetic datasets, from ${s.chains} independent reconstructions with different seeds and starting models, each meet every number of the article the reconstruction targets: the Table 3 means and effect sizes (read as d_av) at their printed precision, the significance Table 3 implies, alpha ≥ .70, both correlations and the single-item means. No plausibility band on the pre–post correlation is imposed. Every member and every dataset a search reached (${s.checked} in all) was checked by recomputing each printed claim with the library's statistics. Two members differ in ${s.median} of ${s.answers} answers (median over pairs; closest pair ${s.min}).`,
  innerBound: (steps: number, runs: number): string =>
    `A range found by search is an inner bound: the true smallest and largest values are at least as extreme. The search started at the most extreme dataset of the ensemble, moved one answer (or one unit between two respondents' answers to an item) at a time, kept only datasets that meet every claim, and ran simulated annealing on the quantity twice per direction, ${steps} steps each (${runs} runs in all); every dataset it ended at was checked and counted for every quantity. The ensemble's 2.5–97.5 % interval shows where most consistent datasets lie under this walk; it is not a probability statement about the real data.`,
  headline: "Which conclusions hold in every consistent dataset",
  questionsCaption: "Each significance claim left out of the targets: is it implied by the other printed numbers?",
  infeasibleHeading: "Target sets no dataset can meet",
  figureCaption: (family: string): string =>
    `Range of ${family} over the datasets consistent with the article. Thick bar: 2.5–97.5 % of the ensemble, dot: its median; thin line: smallest and largest value found by search (an inner bound); diamond: the value the article prints; dashed line: the threshold that decides the article's claim. A value drawn at the edge of the axis is unbounded (see the text).`,
  families: {
    sd: "the SD of the cluster score",
    "pre-post-r": "the pre–post correlation",
    d_z: "Cohen's d_z",
    d_av: "Cohen's d_av",
    d_rm: "Cohen's d_rm",
    g_av: "Hedges' g_av",
    t: "the paired t",
    p: "the p of the paired t-test",
    "wilcoxon-p": "the p of the Wilcoxon signed-rank test",
    alpha: "Cronbach's alpha",
    "pearson-r": "Pearson's r",
    "pearson-ci": "the 95 % interval of r",
    spearman: "Spearman's rho",
  } as Readonly<Record<string, string>>,
  legend: { ensemble: "ensemble 2.5–97.5 %", median: "ensemble median", found: "found by search", printed: "printed in the article" },
  columns: { claim: "Claim left out", variant: "d read as", verdict: "Answer", t: "t reached", reason: "Why" },
  verdicts: {
    implied: "implied",
    "not-implied": "not implied",
    held: "held in every dataset reached",
    contradicted: "contradicted",
  } as Readonly<Record<string, string>>,
  significantRise: (
    construct: string,
    verdict: string,
    t: string | null,
    reason: string,
    others: readonly { readonly variant: string; readonly t: string }[],
  ): string =>
    verdict === "implied"
      ? `${construct}: the significant rise follows from the printed means and d alone: ${reason}.`
      : verdict === "not-implied"
        ? `${construct}: the significant rise is not implied; a dataset meets every other printed number with t = ${t ?? "?"} (p ≥ .05) reading d as d_av${others.map((o) => `, one with t = ${o.t} reading it as ${o.variant}`).join("")}. It depends on what the article does not print: the pre–post correlation and the SDs.`
        : `${construct}: no dataset without significance was found (t = ${t ?? "?"}); this is not a proof.`,
  werkdruk: (t: string, p: string, falls: boolean): string =>
    `Werkdruk: its change could have been significant. A dataset meets every other printed number with t = ${t} (p ${p}), a significant ${falls ? "fall" : "rise"} in workload, so "niet sig." depends on the unprinted pre–post correlation.`,
  werkdrukHeld: (t: string): string => `Werkdruk: no significant dataset was found (|t| reached ${t}); this is not a proof.`,
  dzRange: (construct: string, printed: string, lo: string, hi: string, p025: string, p975: string): string =>
    `${construct}: behind the printed d = ${printed} (read as d_av), d_z ranges from ${lo} to ${hi} in the datasets found (ensemble 2.5–97.5 %: ${p025} to ${p975}).`,
  dzVariant: (construct: string, printed: string, verdict: string): string =>
    verdict === "contradicted"
      ? `${construct}: read as d_z, the printed d = ${printed} contradicts the significance Table 3 implies (t = √N · d_z < critical t).`
      : `${construct}: read as d_z, the printed d = ${printed} gives a significant t on its own.`,
  correlation: (printed: string, n: number, p: string): string =>
    `r = ${printed} with N = ${n} gives p ${p} anywhere in its rounding interval, so its printed "p = ,000" holds in every consistent dataset.`,
  conclusions: (held: readonly string[], depends: readonly string[]): string =>
    `Reading the printed d as d_av, as the shipped data do: hold in every consistent dataset (proved): ${held.length > 0 ? held.join("; ") : "none"}. Depend on numbers the article does not print (a consistent dataset breaks them): ${depends.length > 0 ? depends.join("; ") : "none"}.`,
  rise: (construct: string): string => `${construct}'s significant rise`,
  noChange: (construct: string): string => `${construct}'s non-significant change`,
  correlationsHold: "both correlations' p < .001",
  rangesCaption: (members: number): string =>
    `Every unprinted quantity: 2.5 %, median and 97.5 % over the ${members} members, and the smallest and largest value found (members and directed searches; an inner bound of the true range)`,
  rangeColumns: {
    quantity: "Quantity",
    printed: "Printed",
    p025: "2.5 %",
    median: "Median",
    p975: "97.5 %",
    min: "Smallest found",
    max: "Largest found",
  },
  itemsCaption: (members: number): string =>
    `Each item's answers over the ${members} members: how many different distributions occur, and the smallest and largest number of respondents giving each answer`,
  itemColumns: { item: "Item", distinct: "Distinct distributions", answer: (a: number): string => `Answer ${a}` },
  proof: (bound: string, tCrit: string, holds: boolean): string =>
    holds
      ? `t ≥ ${bound} > ${tCrit}: the rise is significant in every dataset with the printed means and d (read as d_av or d_rm).`
      : `t ≥ ${bound}, not above ${tCrit}: the bound alone does not prove significance.`,
  diversity: (d: {
    readonly sample: number;
    readonly answers: number;
    readonly pairwise: { readonly min: number; readonly median: number; readonly max: number };
    readonly fromShipped: { readonly min: number; readonly max: number };
  }): string =>
    `Pairs of ${d.sample} sampled members differ in ${d.pairwise.min} to ${d.pairwise.max} of ${d.answers} answers (median ${d.pairwise.median}); members differ from the shipped data in ${d.fromShipped.min} to ${d.fromShipped.max} answers.`,
  unbounded: "unbounded (every respondent changing by the same amount meets every printed number)",
  missing: "The ensemble summary (data/ensemble-summary.json) is missing; run npm run ensemble.",
  bounds: { lower: "lower", upper: "upper" },
  timepoints: { pre: "pre", post: "post" },
  /** A reason stored in the summary (written in English by `npm run ensemble`), in this language. */
  reason: (text: string): string => text,
} as const;

/** Every text of the ensemble's section and notebook in one language ({@link ENSEMBLE_TEXT}, views/ensemble-nl). */
export type EnsembleText = Widen<typeof ENSEMBLE_TEXT>;

/**
 * The ensemble's texts in a language.
 * @example ensembleText("nl").legend.printed // "afgedrukt in het artikel"
 * @example ensembleText("en").legend.printed // "printed in the article"
 */
export function ensembleText(lang: Lang = defaultLang()): EnsembleText {
  return lang === "nl" ? ENSEMBLE_TEXT_NL : ENSEMBLE_TEXT;
}

/**
 * Reads the stored summary from a data folder; null when the folder has none.
 * @throws {StatsError} INVALID_ARGUMENT when the file is not a summary of an ensemble.
 */
export function readEnsembleSummary(dataDir = "data"): StoredEnsembleSummary | null {
  const path = join(dataDir, "ensemble-summary.json");
  if (!existsSync(path)) return null;
  const s = JSON.parse(readFileSync(path, "utf8")) as StoredEnsembleSummary;
  if (!Array.isArray(s.ranges) || !Array.isArray(s.questions) || typeof s.members !== "number")
    throw new StatsError("INVALID_ARGUMENT", "readEnsembleSummary", `${path} is not an ensemble summary (no ranges, questions or members)`);
  return s;
}

/**
 * A stored number as a JavaScript number (±Infinity for "Infinity", NaN for null).
 * @example
 * storedValue("Infinity") // Infinity
 * storedValue(null) // NaN
 * storedValue(0.25) // 0.25
 */
export function storedValue(x: StoredNumber): number {
  if (x === null) return Number.NaN;
  if (typeof x === "number") return x;
  return x === "Infinity" ? Infinity : x === "-Infinity" ? -Infinity : Number.NaN;
}

/** A p-value in a sentence: "< .0001" (Dutch "< 0,0001") below it, else "= " and four decimals. */
function pText(p: number, lang: Lang): string {
  const S = numberStyle(lang);
  return p < 0.0001 ? `< ${S.bounded(0.0001, 4)}` : `= ${S.num(p, 4)}`;
}

/** A stored number with fixed decimals in a language's style; ±∞ and "–" for what is not finite. */
function fixed(x: StoredNumber, decimals: number, lang: Lang): string {
  const v = storedValue(x);
  return Number.isFinite(v) ? numberStyle(lang).num(v, decimals) : v === Infinity ? "∞" : v === -Infinity ? "−∞" : "–";
}

function range(s: StoredEnsembleSummary, id: string): StoredEnsembleSummary["ranges"][number] | undefined {
  return s.ranges.find((r) => r.id === id);
}

/** Display name of a construct or correlation subject. */
function subjectName(subject: string): string {
  const names: Record<string, string> = {
    werkplezier: "Werkplezier",
    werkdruk: "Werkdruk",
    "self-efficacy": "Self-efficacy",
    autonomie: "Autonomie",
    waardering: "Waardering",
    ontwikkelmogelijkheden_post: "Ontwikkelmogelijkheden",
  };
  return subject
    .split("~")
    .map((p) => names[p] ?? p)
    .join(" – ");
}

/**
 * The headline answers, each a sentence computed from the summary: which significance claims
 * are implied and which depend on unprinted quantities, whether Werkdruk could be significant,
 * the range of d_z behind each printed d, the d_z reading, and the correlations' p.
 * @param printed Printed text of a published id (for the d and r values).
 */
export function ensembleHeadlines(s: StoredEnsembleSummary, printed: (id: string) => string, lang: Lang = defaultLang()): string[] {
  const ENSEMBLE_TEXT = ensembleText(lang);
  const f2 = (x: StoredNumber): string => fixed(x, 2, lang);
  const f3 = (x: StoredNumber): string => fixed(x, 3, lang);
  const out: string[] = [];
  const tCrit = storedValue(s.tCrit);
  const held: string[] = [];
  const depends: string[] = [];
  for (const q of s.questions.filter((x) => x.variant === "d_av")) {
    const name = subjectName(q.claim.split(".")[1] as string);
    const what = q.claim === "table3.werkdruk.significance" ? ENSEMBLE_TEXT.noChange(name) : ENSEMBLE_TEXT.rise(name);
    if (q.verdict === "implied") held.push(what);
    else if (q.verdict === "not-implied" && !depends.includes(what)) depends.push(what);
  }
  // The smallest |r| inside a printed r's rounding interval gives the largest p of any consistent dataset.
  const correlations = s.ranges
    .filter((x) => x.family === "pearson-r" && x.printedId !== null)
    .map((r) => {
      const text = printed(r.printedId as string);
      const lo = Number(text.replace(",", ".")) - 0.005;
      const t = (lo * Math.sqrt(s.n - 2)) / Math.sqrt(1 - lo * lo);
      return { text, p: tPValue(t, s.n - 2, "two-sided") };
    });
  if (correlations.length > 0 && correlations.every((c) => c.p < 0.001)) held.push(ENSEMBLE_TEXT.correlationsHold);
  out.push(ENSEMBLE_TEXT.conclusions(held, depends));
  for (const q of s.questions.filter((x) => x.variant === "d_av")) {
    const construct = q.claim.split(".")[1] as string;
    if (construct === "werkdruk") continue;
    const others = s.questions
      .filter((x) => x.claim === q.claim && x.variant !== "d_av" && x.verdict === "not-implied" && x.tFound !== null)
      .map((x) => ({ variant: x.variant, t: f3(x.tFound) }));
    out.push(
      ENSEMBLE_TEXT.significantRise(
        subjectName(construct),
        q.verdict,
        q.tFound === null ? null : f3(q.tFound),
        ENSEMBLE_TEXT.reason(q.reason),
        others,
      ),
    );
  }
  const wd = s.questions.filter((x) => x.claim === "table3.werkdruk.significance" && x.tFound !== null);
  const strongest = wd.reduce<(typeof wd)[number] | null>(
    (a, b) => (a === null || Math.abs(storedValue(b.tFound)) > Math.abs(storedValue(a.tFound)) ? b : a),
    null,
  );
  if (strongest !== null) {
    const t = storedValue(strongest.tFound);
    out.push(
      Math.abs(t) > tCrit
        ? ENSEMBLE_TEXT.werkdruk(f3(t), pText(tPValue(t, s.n - 1, "two-sided"), lang), t < 0)
        : ENSEMBLE_TEXT.werkdrukHeld(f3(Math.abs(t))),
    );
  }
  for (const r of s.ranges.filter((x) => x.family === "d_av" && x.printedId !== null)) {
    const dz = range(s, `${r.subject}.d_z`);
    if (dz === undefined || r.printedId === null) continue;
    const maxV = storedValue(dz.found.max);
    out.push(
      ENSEMBLE_TEXT.dzRange(
        subjectName(r.subject),
        printed(r.printedId),
        f2(dz.found.min),
        Number.isFinite(maxV) ? f2(dz.found.max) : ENSEMBLE_TEXT.unbounded,
        f2(dz.ensemble.p025),
        f2(dz.ensemble.p975),
      ),
    );
  }
  for (const q of s.questions.filter((x) => x.variant === "d_z")) {
    const construct = q.claim.split(".")[1] as string;
    const effect = s.ranges.find((r) => r.id === `${construct}.d_av`)?.printedId;
    if (effect === undefined || effect === null) continue;
    out.push(ENSEMBLE_TEXT.dzVariant(subjectName(construct), printed(effect), q.verdict));
  }
  for (const c of correlations) out.push(ENSEMBLE_TEXT.correlation(c.text, s.n, pText(c.p, lang)));
  return out;
}

/** The claims left out, as a table. */
export function ensembleQuestionsTable(s: StoredEnsembleSummary, lang: Lang = defaultLang()): TableSpec {
  const ENSEMBLE_TEXT = ensembleText(lang);
  return {
    id: "table-ensemble-questions",
    caption: ENSEMBLE_TEXT.questionsCaption,
    columns: [
      { key: "claim", label: ENSEMBLE_TEXT.columns.claim, align: "left" },
      { key: "variant", label: ENSEMBLE_TEXT.columns.variant, align: "left" },
      { key: "verdict", label: ENSEMBLE_TEXT.columns.verdict, align: "left" },
      { key: "t", label: ENSEMBLE_TEXT.columns.t, align: "right" },
      { key: "reason", label: ENSEMBLE_TEXT.columns.reason, align: "left" },
    ],
    rows: s.questions.map((q) => ({
      claim: q.claim,
      variant: q.variant,
      verdict: ENSEMBLE_TEXT.verdicts[q.verdict] ?? q.verdict,
      t: q.tFound === null ? "–" : fixed(q.tFound, 3, lang),
      reason: ENSEMBLE_TEXT.reason(q.reason),
    })),
  };
}

/** Every quantity's range, as a table: the ensemble's percentiles and the values found by search. */
export function ensembleRangesTable(s: StoredEnsembleSummary, printed: (id: string) => string, lang: Lang = defaultLang()): TableSpec {
  const ENSEMBLE_TEXT = ensembleText(lang);
  const f3 = (x: StoredNumber): string => fixed(x, 3, lang);
  return {
    id: "table-ensemble-ranges",
    caption: ENSEMBLE_TEXT.rangesCaption(s.members),
    columns: [
      { key: "quantity", label: ENSEMBLE_TEXT.rangeColumns.quantity, align: "left" },
      { key: "printed", label: ENSEMBLE_TEXT.rangeColumns.printed, align: "right" },
      { key: "p025", label: ENSEMBLE_TEXT.rangeColumns.p025, align: "right" },
      { key: "median", label: ENSEMBLE_TEXT.rangeColumns.median, align: "right" },
      { key: "p975", label: ENSEMBLE_TEXT.rangeColumns.p975, align: "right" },
      { key: "min", label: ENSEMBLE_TEXT.rangeColumns.min, align: "right" },
      { key: "max", label: ENSEMBLE_TEXT.rangeColumns.max, align: "right" },
    ],
    rows: s.ranges.map((r) => ({
      quantity: `${subjectName(r.subject)}${r.timepoint === "pre" || r.timepoint === "post" ? ` (${ENSEMBLE_TEXT.timepoints[r.timepoint]})` : ""}: ${ENSEMBLE_TEXT.families[r.family] ?? r.family}${r.family === "pearson-ci" ? `, ${r.id.endsWith("lower") ? ENSEMBLE_TEXT.bounds.lower : ENSEMBLE_TEXT.bounds.upper}` : ""}`,
      printed: r.printedId === null || r.family === "p" ? "–" : printed(r.printedId),
      p025: f3(r.ensemble.p025),
      median: f3(r.ensemble.median),
      p975: f3(r.ensemble.p975),
      min: f3(r.found.min),
      max: f3(r.found.max),
    })),
  };
}

/** Per item: the distinct answer distributions over the members and the range of each answer's count. */
export function ensembleItemsTable(s: StoredEnsembleSummary, lang: Lang = defaultLang()): TableSpec {
  const ENSEMBLE_TEXT = ensembleText(lang);
  return {
    id: "table-ensemble-items",
    caption: ENSEMBLE_TEXT.itemsCaption(s.members),
    columns: [
      { key: "item", label: ENSEMBLE_TEXT.itemColumns.item, align: "left" },
      { key: "distinct", label: ENSEMBLE_TEXT.itemColumns.distinct, align: "right" },
      ...[1, 2, 3, 4, 5].map((a) => ({ key: `a${a}`, label: ENSEMBLE_TEXT.itemColumns.answer(a), align: "right" as const })),
    ],
    rows: s.items.map((it) => {
      const row: Record<string, string | number> = { item: it.item, distinct: it.distinct };
      it.counts.forEach((c, k) => {
        row[`a${k + 1}`] = `${c.min}–${c.max}`;
      });
      return row;
    }),
  };
}

/** Threshold lines of the families whose claims a threshold decides. */
function thresholds(s: StoredEnsembleSummary, family: string): number[] {
  const tCrit = storedValue(s.tCrit);
  if (family === "t") return [-tCrit, tCrit];
  if (family === "p" || family === "wilcoxon-p") return [0.05];
  if (family === "alpha") return [0.7];
  return [];
}

/**
 * One interval plot for a family of quantities: per construct (and time point) the ensemble's
 * 2.5–97.5 % interval, its median, the range found by search, and the printed value.
 * @param printedValue Number the article prints for a published id, or null.
 * @throws {StatsError} INVALID_ARGUMENT for a family the summary does not hold.
 */
export function ensembleFigure(
  s: StoredEnsembleSummary,
  family: string,
  printedValue: (id: string) => number | null,
  lang: Lang = defaultLang(),
): NamedFigure {
  const ENSEMBLE_TEXT = ensembleText(lang);
  const rows = s.ranges.filter((r) => r.family === family);
  if (rows.length === 0) throw new StatsError("INVALID_ARGUMENT", "ensembleFigure", `the summary has no quantities of family ${family}`);
  const label = (r: (typeof rows)[number]): string =>
    `${subjectName(r.subject)}${r.timepoint === "pre" || r.timepoint === "post" ? ` (${ENSEMBLE_TEXT.timepoints[r.timepoint]})` : r.family === "pearson-ci" ? ` ${r.id.endsWith("lower") ? ENSEMBLE_TEXT.bounds.lower : ENSEMBLE_TEXT.bounds.upper}` : ""}`;
  const finite = rows.flatMap((r) =>
    [r.found.min, r.found.max, r.ensemble.p025, r.ensemble.p975].map(storedValue).filter((v) => Number.isFinite(v)),
  );
  const lim = thresholds(s, family);
  const lo = Math.min(...finite, ...lim);
  const hi = Math.max(...finite, ...lim);
  const pad = (hi - lo) * 0.06 || 0.05;
  const clip = (v: number): number => (v === Infinity ? hi + pad / 2 : v === -Infinity ? lo - pad / 2 : v);
  const seg = (a: StoredNumber, b: StoredNumber): { x: (number | null)[] } => ({ x: [clip(storedValue(a)), clip(storedValue(b)), null] });
  const ys = rows.flatMap((r) => [label(r), label(r), null]);
  const found: PlotlyScatterTrace = {
    type: "scatter",
    mode: "lines+markers",
    name: ENSEMBLE_TEXT.legend.found,
    x: rows.flatMap((r) => seg(r.found.min, r.found.max).x),
    y: ys,
    line: { color: OKABE_ITO.black, width: 1 },
    marker: { symbol: "line-ns-open", size: 10, color: OKABE_ITO.black },
    hoverinfo: "x+y",
  };
  const band: PlotlyScatterTrace = {
    type: "scatter",
    mode: "lines",
    name: ENSEMBLE_TEXT.legend.ensemble,
    x: rows.flatMap((r) => seg(r.ensemble.p025, r.ensemble.p975).x),
    y: ys,
    line: { color: FIGURE_COLOURS.reproduced, width: 7 },
    opacity: 0.55,
    hoverinfo: "x+y",
  };
  const median: PlotlyScatterTrace = {
    type: "scatter",
    mode: "markers",
    name: ENSEMBLE_TEXT.legend.median,
    x: rows.map((r) => clip(storedValue(r.ensemble.median))),
    y: rows.map(label),
    marker: { color: FIGURE_COLOURS.reproduced, size: 9, symbol: "circle" },
  };
  const withPrinted = rows.filter((r) => r.printedId !== null && printedValue(r.printedId) !== null && r.family !== "p");
  const printed: PlotlyScatterTrace = {
    type: "scatter",
    mode: "markers",
    name: ENSEMBLE_TEXT.legend.printed,
    x: withPrinted.map((r) => printedValue(r.printedId as string) as number),
    y: withPrinted.map(label),
    marker: { color: FIGURE_COLOURS.published, size: 11, symbol: "diamond" },
  };
  const figure: PlotlyFigure = {
    data: withPrinted.length > 0 ? [found, band, median, printed] : [found, band, median],
    layout: {
      title: { text: ENSEMBLE_TEXT.families[family] ?? family },
      separators: numberStyle(lang).plotlySeparators,
      height: 110 + 34 * rows.length,
      margin: { l: 190, r: 20, t: 50, b: 50 },
      xaxis: { range: [lo - pad, hi + pad], zeroline: false, showgrid: true },
      yaxis: { type: "category", autorange: "reversed", automargin: true },
      shapes: lim.map((v) => ({
        type: "line" as const,
        xref: "x" as const,
        yref: "paper" as const,
        x0: v,
        x1: v,
        y0: 0,
        y1: 1,
        line: { color: OKABE_ITO.vermillion, width: 1, dash: "dash" as const },
      })),
      legend: { orientation: "h", y: -0.25 },
    },
  };
  return { id: `fig-ensemble-${family}`, figure };
}

/** The families drawn in the report (the notebook draws every family). */
export const ENSEMBLE_REPORT_FAMILIES = ["d_z", "d_rm", "t", "pre-post-r", "sd", "alpha", "p", "spearman"] as const;

/** Options of {@link ensembleSection}. */
export interface EnsembleSectionOptions {
  /** The language of the section's text and numbers (default: {@link defaultLang}). */
  readonly lang?: Lang;
}

/**
 * The report's section on the ensemble, built from the stored summary.
 * @param printed Printed text of a published id; `printedValue` its number (null when not a number).
 */
export function ensembleSection(
  s: StoredEnsembleSummary,
  printed: (id: string) => string,
  printedValue: (id: string) => number | null,
  options: EnsembleSectionOptions = {},
): ReportSection {
  const lang = options.lang ?? defaultLang();
  const ENSEMBLE_TEXT = ensembleText(lang);
  const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;
  const headlines = ensembleHeadlines(s, printed, lang);
  const html = [
    p(
      ENSEMBLE_TEXT.intro({
        members: s.members,
        chains: s.chains,
        checked: s.work.checked,
        answers: s.diversity.answers,
        median: s.diversity.pairwise.median,
        min: s.diversity.pairwise.min,
      }),
    ),
    p(ENSEMBLE_TEXT.innerBound(s.searchSteps, s.work.searchRuns)),
    `<h3>${escapeHtml(ENSEMBLE_TEXT.headline)}</h3>`,
    `<ul>${headlines.map((h) => `<li>${escapeHtml(h)}</li>`).join("")}</ul>`,
    `<h3>${escapeHtml(ENSEMBLE_TEXT.infeasibleHeading)}</h3>`,
    `<ul>${s.infeasible.map((i) => `<li>${escapeHtml(`${i.id}: ${ENSEMBLE_TEXT.reason(i.reason)}`)}</li>`).join("")}</ul>`,
  ].join("\n");
  const t = ensembleQuestionsTable(s, lang);
  return {
    id: "ensemble",
    title: ENSEMBLE_TEXT.title,
    html,
    figures: ENSEMBLE_REPORT_FAMILIES.filter((family) => s.ranges.some((r) => r.family === family)).map((family) => {
      const f = ensembleFigure(s, family, printedValue, lang);
      return {
        id: f.id,
        figure: f.figure,
        caption: ENSEMBLE_TEXT.figureCaption(ENSEMBLE_TEXT.families[family] ?? family),
        showsData: true,
      };
    }),
    tables: [{ id: t.id, caption: t.caption, columns: t.columns, rows: t.rows, showsData: false }],
  };
}
