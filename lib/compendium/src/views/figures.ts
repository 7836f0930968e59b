/**
 * The figures of the notebooks and the report, built from the analyses.
 * @module views/figures
 */
import { balanceModelFigure } from "./balance-model.js";
import { table2Figure, type Table2Row } from "./table2-figure.js";
import type { CorrelationResult } from "../analysis/correlations.js";
import type { Published } from "@behoud/audit";
import type { Table2 } from "../analysis/table2.js";
import type { Table3Row } from "../analysis/table3.js";
import { pairedConstructScores, type Dataset } from "../data/index.js";
import { StatsError } from "@behoud/stats";
import { attempt } from "../analysis/computable.js";
import { pearson } from "@behoud/stats";
import { tQuantile } from "@behoud/stats";
import type { Descriptives } from "@behoud/stats";
import {
  baseLayout,
  config,
  forestCaptionFacts,
  forestFigure,
  likertCaptionFacts,
  likertFigure,
  prePostCaptionFacts,
  prePostFigure,
  scatterCaptionFacts,
  scatterFigure,
  type ForestFacts,
  type LikertFacts,
  type LikertItem,
  type PrePostFacts,
  type PrePostRow,
  type ScatterFacts,
  type ScatterInput,
  type Threshold,
} from "../report/figures.js";
import { articleEffectSizeThresholds } from "../analysis/audit-article.js";
import { escapeHtml } from "@behoud/notebook-runner/display";
import { figureText } from "../report/figure-text.js";
import type { PlotlyFigure } from "../report/types.js";
import { defaultLang, type Lang } from "./lang.js";

/**
 * Hattie's (2009) benchmarks as the article uses them, for the forest plot: from 0.4 "de moeite
 * waard" (worth the effort), above 0.6 "hoog" (high), named in the given language. Read from
 * data/ when first asked for (values in data/published.json, names in data/audit-rules.json),
 * the single definition that the audit and `hattieBand` also use.
 *
 * Hattie, J. (2009). *Visible learning*. Routledge. https://doi.org/10.4324/9780203887332
 * @param lang The language of the names (default English).
 * @throws {DataError} INVALID_CODEBOOK when data/ does not define them (see articleEffectSizeThresholds).
 * @example hattieThresholds() // [{ value: 0.4, label: "worth the effort" }, { value: 0.6, label: "high" }]
 * @example hattieThresholds("nl") // [{ value: 0.4, label: "de moeite waard" }, { value: 0.6, label: "hoog" }]
 */
export function hattieThresholds(lang: Lang = defaultLang()): readonly Threshold[] {
  const { worthwhile, high } = articleEffectSizeThresholds();
  return Object.freeze([worthwhile, high].map((t) => Object.freeze({ value: t.value, label: t.label[lang] })));
}

/** The ids of the figures whose titles the views set (the others keep the figure kit's title). */
export type FigureTitleId = "fig-pre-post" | "fig-forest" | "fig-likert";

/**
 * The titles of the figures per language, one place per figure id. The figures' axis, legend
 * and hover texts are in report/figure-text.
 */
export const FIGURE_TITLES: Readonly<Record<Lang, Readonly<Record<FigureTitleId, string>>>> = {
  en: {
    "fig-pre-post": "Before and after the courses: means and each respondent's change",
    "fig-forest": "Effect sizes (d_av, 95% CI) with Hattie's thresholds",
    "fig-likert": "Answers per item, before and after (five-point scale)",
  },
  nl: {
    "fig-pre-post": "Voor en na de leergangen: gemiddelden en verandering per respondent",
    "fig-forest": "Effectgroottes (d_av, 95%-BI) met de grenzen van Hattie",
    "fig-likert": "Antwoorden per item, voor en na (vijfpuntsschaal)",
  },
};

/** The views' own words around the figures, per language. */
interface ViewText {
  /** The time point of a Likert bar. */
  readonly pre: string;
  readonly post: string;
  /** A construct's score at a time point, on a scatter plot's axis (an item asked once has none). */
  readonly score: (label: string, timepoint: CorrelationResult["timepoint"]) => string;
  /** On large data: how many respondents a scatter plot draws. */
  readonly selection: (drawn: string, all: string) => string;
  /** Why a figure has nothing to draw, when the analyses' own reasons are not given (they are English). */
  readonly noPrePost: string | null;
  readonly noForest: string | null;
  readonly noLikert: string;
  readonly noCluster: string;
  /** A thousands separator for counts of respondents. */
  readonly thousands: string;
}

const VIEW_TEXT: Readonly<Record<Lang, ViewText>> = {
  en: {
    pre: "before",
    post: "after",
    score: (label, tp) => (tp === "once" ? label : `${label} (${tp === "pre" ? "before" : "after"})`),
    selection: (drawn, all) => ` — ${drawn} of ${all} respondents drawn, evenly spaced`,
    noPrePost: null,
    noForest: null,
    noLikert: "no item of these clusters has any answer",
    noCluster: "no cluster has the scores it needs",
    thousands: ",",
  },
  nl: {
    pre: "voor",
    post: "na",
    score: (label, tp) => (tp === "once" ? label : `${label} (${tp === "pre" ? "voor" : "na"})`),
    selection: (drawn, all) => ` — ${drawn} van ${all} respondenten getekend, gelijkmatig verspreid`,
    noPrePost: "geen cluster heeft op beide meetmomenten een berekenbaar gemiddelde en een standaarddeviatie",
    noForest: "geen cluster heeft een berekenbare effectgrootte d_av",
    noLikert: "geen item van deze clusters heeft een antwoord",
    noCluster: "geen cluster heeft de scores die hiervoor nodig zijn",
    thousands: ".",
  },
};

/** A whole number with the language's thousands separator (1,000 / 1.000). */
function whole(n: number, lang: Lang): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, VIEW_TEXT[lang].thousands);
}

/** The numbers a figure's caption is written from, by figure kind (see the `*CaptionFacts` functions). */
export type FigureFacts =
  | { readonly kind: "pre-post"; readonly constructs: readonly PrePostFacts[] }
  | { readonly kind: "forest"; readonly effects: readonly ForestFacts[] }
  | { readonly kind: "likert"; readonly items: readonly LikertFacts[] }
  | { readonly kind: "scatter"; readonly scatter: ScatterFacts }
  | { readonly kind: "table2"; readonly labels: readonly Table2Facts[]; readonly n: number };

/** One label of Table 2 for a caption: its mentions per question and in total. */
export interface Table2Facts {
  readonly label: string;
  readonly self: number;
  readonly teachers: number;
  readonly total: number;
}

/** A figure with a stable id (element id and PNG file name) and, for a figure of data, the facts its caption needs. */
export interface NamedFigure {
  readonly id: string;
  readonly figure: PlotlyFigure;
  /** Absent when there is nothing to draw (the figure then says why) and for the balance model. */
  readonly facts?: FigureFacts;
}

/** The construct's `higherIsBetter` from the codebook (true when the construct is not there). */
function higherIsBetter(ds: Dataset, construct: string): boolean {
  return ds.codebook.constructs.find((c) => c.name === construct)?.higherIsBetter ?? true;
}

function meanCi(d: Descriptives): { mean: number; lower: number; upper: number; n: number } {
  if (d.sd === null)
    throw new StatsError("TOO_FEW", "prePostFigureOf", `a mean rests on ${d.n} score; a confidence interval needs at least 2`);
  const half = (tQuantile(0.975, d.n - 1) * d.sd) / Math.sqrt(d.n);
  return { mean: d.mean, lower: d.mean - half, upper: d.mean + half, n: d.n };
}

/** Most points drawn one by one (faint lines, scatter points); above it an evenly spaced selection. */
export const MAX_POINTS_DRAWN = 2000;

/** At most `max` entries, evenly spaced and in order (all of them when there are no more). */
function thin<T>(values: readonly T[], max = MAX_POINTS_DRAWN): T[] {
  if (values.length <= max) return [...values];
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(values[Math.floor((k * values.length) / max)] as T);
  return out;
}

/**
 * A figure that says why there is nothing to draw (every statistic of the figure is not
 * computable on these data), instead of failing. Title and reason are escaped.
 */
function notComputableFigure(id: string, title: string, why: string, lang: Lang): PlotlyFigure {
  return {
    config: config(id, lang),
    data: [],
    layout: {
      ...baseLayout(escapeHtml(title), null, { lang }, 200),
      xaxis: { visible: false },
      yaxis: { visible: false },
      annotations: [
        {
          text: `${figureText(lang).notComputable}: ${escapeHtml(why)}`,
          x: 0.5,
          y: 0.5,
          xref: "paper",
          yref: "paper",
          showarrow: false,
        },
      ],
    },
  };
}

/**
 * The reasons of the rows' statistics that could not be computed, for a figure's note: the
 * analyses' own (English) sentences, or the language's summary when `own` is given.
 */
function reasons(rows: readonly Table3Row[], statistics: readonly string[], lang: Lang, own: string | null): string {
  if (own !== null) return own;
  const texts = rows.flatMap((r) => (r.notComputable ?? []).filter((x) => statistics.includes(x.statistic)).map((x) => x.text));
  return texts.length === 0 ? VIEW_TEXT[lang].noCluster : texts.join("; ");
}

const drawable = (d: Descriptives | null): boolean => d !== null && Number.isFinite(d.mean) && d.sd !== null && d.n >= 2;

/**
 * Pre and post means (95 % CI) per cluster and, beside them, each respondent's change as a dot
 * (at most {@link MAX_POINTS_DRAWN} respondents, evenly spaced, on large data), coloured by the
 * construct's direction (`higherIsBetter` in the codebook). Clusters whose means are not
 * computable are left out. `facts` holds what a caption needs ({@link prePostCaptionFacts}, on
 * all pairs, not only those drawn). Every word and number of the figure is in `lang`.
 * @example
 * const ds = loadDataset();
 * const f = prePostFigureOf(ds, table3(ds));
 * f.id // "fig-pre-post"
 * f.figure.data.map((t) => t.name).slice(0, 3) // ["difference", "before the courses (retrospective)", "after the courses"]
 * f.facts?.kind // "pre-post"
 * prePostFigureOf(ds, table3(ds), "nl").figure.data.map((t) => t.name).slice(1, 3) // ["voor de leergangen (retrospectief)", "na de leergangen"]
 */
export function prePostFigureOf(ds: Dataset, rows: readonly Table3Row[], lang: Lang = defaultLang()): NamedFigure {
  const paired = rows.filter((r) => r.pre !== null && r.paired !== null && drawable(r.pre) && drawable(r.post));
  const title = FIGURE_TITLES[lang]["fig-pre-post"];
  if (paired.length === 0)
    return {
      id: "fig-pre-post",
      figure: notComputableFigure("fig-pre-post", title, reasons(rows, ["mean and SD"], lang, VIEW_TEXT[lang].noPrePost), lang),
    };
  const figureRows = paired.map((r): PrePostRow => {
    const pairs = pairedConstructScores(ds, r.construct);
    return {
      construct: r.construct,
      label: r.label,
      pre: meanCi(r.pre as Descriptives),
      post: meanCi(r.post),
      individuals: { pre: pairs.pre, post: pairs.post },
      higherIsBetter: higherIsBetter(ds, r.construct),
    };
  });
  return {
    id: "fig-pre-post",
    figure: prePostFigure(
      figureRows.map((r) => ({ ...r, individuals: { pre: thin(r.individuals?.pre ?? []), post: thin(r.individuals?.post ?? []) } })),
      { title, lang },
    ),
    facts: { kind: "pre-post", constructs: prePostCaptionFacts(figureRows) },
  };
}

/**
 * Forest plot of d_av with noncentral-t CIs, the printed values, and Hattie's .4 and .6
 * (constructs whose d_av is not computable are left out); the thresholds' names in the caption
 * facts are in `lang`, as is every word and number of the figure.
 * @example
 * const f = forestFigureOf(table3(loadDataset()), loadPublished());
 * f.figure.data.map((t) => t.name) // ["recomputed (95% CI)", "published (article)"]
 * f.figure.data[1]?.x // [0.61, null, 0.53, 0.38, 0.25] (Werkdruk has no printed effect size)
 * forestFigureOf(table3(loadDataset()), loadPublished(), "nl").figure.data.map((t) => t.name) // ["herberekend (95%-BI)", "gepubliceerd (artikel)"]
 */
export function forestFigureOf(rows: readonly Table3Row[], published: Published, lang: Lang = defaultLang()): NamedFigure {
  const list = rows.filter(
    (r) =>
      r.paired !== null &&
      Number.isFinite(r.paired.effects.d_av.estimate) &&
      Number.isFinite(r.paired.effects.d_av.ci.lower) &&
      Number.isFinite(r.paired.effects.d_av.ci.upper),
  );
  const title = FIGURE_TITLES[lang]["fig-forest"];
  if (list.length === 0)
    return {
      id: "fig-forest",
      figure: notComputableFigure("fig-forest", title, reasons(rows, ["d_av"], lang, VIEW_TEXT[lang].noForest), lang),
    };
  const effects = list.map((r) => {
    const e = (r.paired as NonNullable<Table3Row["paired"]>).effects.d_av;
    const id = `table3.${r.construct}.effect-size`;
    const pv = published.has(id) ? published.get(id).value : null;
    return { label: r.label, estimate: e.estimate, lower: e.ci.lower, upper: e.ci.upper, published: pv };
  });
  return {
    id: "fig-forest",
    figure: forestFigure(effects, { variant: "d_av", thresholds: hattieThresholds(lang), title, lang }),
    facts: { kind: "forest", effects: forestCaptionFacts(effects, hattieThresholds(lang)) },
  };
}

/**
 * Scatter plots of the article's two correlations (jittered scores, OLS line; at most
 * {@link MAX_POINTS_DRAWN} respondents, evenly spaced, on large data). A correlation that is not
 * computable (a constant score) has no plot. Every word and number of the plots is in `lang`;
 * the caption facts name the constructs without the note on a selection.
 * @example
 * const [f] = correlationFigures(articleCorrelations(loadDataset()));
 * f?.id // "fig-scatter-werkplezier-autonomie"
 * f?.figure.data[1]?.name // "least-squares line: ŷ = 2.30 + 0.56·x"
 * correlationFigures(articleCorrelations(loadDataset()), "nl")[0]?.figure.data[1]?.name // "kleinste-kwadratenlijn: ŷ = 2,30 + 0,56·x"
 */
export function correlationFigures(cs: readonly CorrelationResult[], lang: Lang = defaultLang()): NamedFigure[] {
  const V = VIEW_TEXT[lang];
  return cs.flatMap((c, k) => {
    if (!Number.isFinite(c.pearson.r)) return [];
    const all: number[] = [];
    for (let i = 0; i < c.xValues.length; i++) if (c.xValues[i] !== null && c.yValues[i] !== null) all.push(i);
    const idx = thin(all);
    // On large data an evenly spaced selection is drawn; the plot's r and N are then those of the
    // points drawn (scatterFigure fits and labels what it draws), and the axis says so. The
    // correlation table keeps r and N of all respondents.
    const thinned = idx.length < all.length;
    const shown = thinned
      ? attempt(
          "Pearson's r",
          { construct: null },
          () =>
            pearson(
              idx.map((i) => c.xValues[i] as number),
              idx.map((i) => c.yValues[i] as number),
            ).r,
          () => Number.NaN,
        ).value
      : c.pearson.r;
    if (!Number.isFinite(shown)) return [];
    const selection = thinned ? V.selection(whole(idx.length, lang), whole(all.length, lang)) : "";
    const label = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
    const input: ScatterInput = {
      x: idx.map((i) => c.yValues[i] as number),
      y: idx.map((i) => c.xValues[i] as number),
      xLabel: V.score(label(c.y), c.timepoint),
      yLabel: V.score(label(c.x), c.timepoint),
      r: shown,
      n: thinned ? idx.length : c.pearson.n,
      seed: 1000 + k,
    };
    return [
      {
        id: `fig-scatter-${c.x}-${c.y}`,
        figure: scatterFigure({ ...input, xLabel: `${input.xLabel}${selection}` }, { lang }),
        facts: { kind: "scatter", scatter: scatterCaptionFacts(input) },
      },
    ];
  });
}

/**
 * Table 2 as grouped bars. In English the bars carry the labels' English names from the codes
 * (`labelEn`) and the hover text the article's Dutch label as printed; in Dutch the printed
 * labels. The caption facts name the labels as the bars do.
 * @example
 * const f = table2FigureOf(countTable2(loadDataset()));
 * f.figure.data.map((t) => t.name) // ["about yourself", "about teachers"]
 * f.facts?.kind === "table2" ? f.facts.labels[0]?.label : null // "career development / growth opportunities"
 * table2FigureOf(countTable2(loadDataset()), "nl").figure.data.map((t) => t.name) // ["over jezelf", "over leraren"]
 */
export function table2FigureOf(t: Table2, lang: Lang = defaultLang()): NamedFigure {
  const named = (r: { label: string; labelEn: string; self: number; teachers: number }): Table2Row =>
    lang === "nl"
      ? { label: r.label, self: r.self, teachers: r.teachers }
      : { label: r.labelEn, printed: r.label, self: r.self, teachers: r.teachers };
  const labelled = t.rows.map(named);
  const rows = [...labelled, named(t.other)];
  // The caption speaks of the labels; the "other" row (every label mentioned at most three times) is not one.
  return {
    id: "fig-table2",
    figure: table2Figure(rows, { n: t.n, lang }),
    facts: { kind: "table2", labels: table2CaptionFacts(labelled), n: t.n },
  };
}

/**
 * The labels of Table 2 for a caption, most mentioned first (both questions together; ties keep
 * the table's order).
 * @example table2CaptionFacts([{ label: "a", self: 1, teachers: 2 }, { label: "b", self: 4, teachers: 0 }]).map((f) => f.label) // ["b", "a"]
 */
export function table2CaptionFacts(rows: readonly { label: string; self: number; teachers: number }[]): Table2Facts[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.self + b.r.teachers - (a.r.self + a.r.teachers) || a.i - b.i)
    .map(({ r }) => ({ label: r.label, self: r.self, teachers: r.teachers, total: r.self + r.teachers }));
}

/**
 * Diverging stacked bars of every item of the clusters, each item's pre and post answers on
 * adjacent bars, labelled with the item's full Dutch wording from the codebook (`wording_nl`, as
 * printed, in both languages; in English the codebook's `wording_en` in the hover text) and
 * coloured by the construct's direction (`higherIsBetter`: for werkdruk agreeing is
 * unfavourable). Items nobody answered are left out. The time points, scale labels and every
 * other word and number are in `lang`.
 * @example
 * const f = likertFigureOf(loadDataset(), ["werkplezier"]);
 * f.figure.data.length // 6 (three bars below and three above the middle answer)
 * f.figure.layout.yaxis?.ticktext?.slice(0, 2) // ["<b>Werkplezier:</b> Ik ervaar plezier in mijn werk<br><i>(before)</i>", "<i>after</i>"]
 * likertFigureOf(loadDataset(), ["werkplezier"], "nl").figure.layout.yaxis?.ticktext?.slice(0, 2) // ["<b>Werkplezier:</b> Ik ervaar plezier in mijn werk<br><i>(voor)</i>", "<i>na</i>"]
 */
export function likertFigureOf(ds: Dataset, constructs: readonly string[], lang: Lang = defaultLang()): NamedFigure {
  const V = VIEW_TEXT[lang];
  const items: LikertItem[] = [];
  for (const name of constructs) {
    const c = ds.codebook.constructs.find((x) => x.name === name);
    if (c === undefined) continue;
    const pre = c.items.pre ?? [];
    const post = c.items.post ?? [];
    // Pre and post of the same item next to each other; items asked once after the course alone.
    const order: { col: string; tp: "pre" | "post" }[] = [];
    for (let i = 0; i < Math.max(pre.length, post.length); i++) {
      if (pre[i] !== undefined) order.push({ col: pre[i] as string, tp: "pre" });
      if (post[i] !== undefined) order.push({ col: post[i] as string, tp: "post" });
    }
    for (const { col, tp } of order) {
      const v = ds.respondents.numeric(col);
      const field = ds.respondents.field(col);
      // One pass over the answers (a million respondents × 34 items).
      const counts = [0, 0, 0, 0, 0];
      for (const x of v) if (x !== null && x >= 1 && x <= 5 && Number.isInteger(x)) counts[x - 1] = (counts[x - 1] as number) + 1;
      // An item nobody answered has no bar (see the data-quality warnings).
      if (counts.some((x) => x > 0)) {
        const group = c.labelNl ?? c.name;
        const label = field.wordingNl ?? `${group} ${field.item ?? ""}`.trim();
        items.push({
          label,
          group,
          note: tp === "pre" ? V.pre : V.post,
          counts,
          higherIsBetter: c.higherIsBetter,
          ...(lang === "en" && field.wordingEn !== null ? { gloss: field.wordingEn } : {}),
        });
      }
    }
  }
  const title = FIGURE_TITLES[lang]["fig-likert"];
  if (items.length === 0) return { id: "fig-likert", figure: notComputableFigure("fig-likert", title, V.noLikert, lang) };
  const ends = figureText(lang).scaleEnds;
  return {
    id: "fig-likert",
    figure: likertFigure(items, { labels: { "1": ends.min, "5": ends.max } }, { title, lang }),
    facts: { kind: "likert", items: likertCaptionFacts(items) },
  };
}

/**
 * The article's Fig. 1, the balance model: its boxes as the article prints them (Dutch), our
 * title, labels and hover texts in `lang`.
 * @example balanceModel().id // "fig-balance-model"
 * @example balanceModel().figure.layout.title.text // "Fig. 1: the Werkplezier balance model"
 * @example balanceModel("nl").figure.layout.title.text // "Fig. 1: het werkplezier-balansmodel"
 */
export function balanceModel(lang: Lang = defaultLang()): NamedFigure {
  return { id: "fig-balance-model", figure: balanceModelFigure({ lang }) };
}
