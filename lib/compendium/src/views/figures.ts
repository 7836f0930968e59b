/**
 * The figures of the notebooks and the report, built from the analyses.
 * @module views/figures
 */
import { balanceModelFigure } from "./balance-model.js";
import { table2Figure } from "./table2-figure.js";
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
import { forestFigure, likertFigure, prePostFigure, scatterFigure, type Threshold } from "../report/figures.js";
import { articleEffectSizeThresholds } from "../analysis/audit-article.js";
import type { PlotlyFigure } from "../report/types.js";

/**
 * Hattie's (2009) benchmarks as the article uses them, for the forest plot: from 0.4 "de moeite
 * waard" (worth the effort), above 0.6 "hoog" (high). Read from data/ when first asked for (values
 * in data/published.json, names in data/audit-rules.json), the single definition that the audit
 * and `hattieBand` also use.
 *
 * Hattie, J. (2009). *Visible learning*. Routledge. https://doi.org/10.4324/9780203887332
 * @throws {DataError} INVALID_CODEBOOK when data/ does not define them (see articleEffectSizeThresholds).
 * @example hattieThresholds() // [{ value: 0.4, label: "de moeite waard" }, { value: 0.6, label: "hoog" }]
 */
export function hattieThresholds(): readonly Threshold[] {
  const { worthwhile, high } = articleEffectSizeThresholds();
  return Object.freeze([worthwhile, high].map((t) => Object.freeze({ value: t.value, label: t.label.nl })));
}

/** A figure with a stable id (element id and PNG file name). */
export interface NamedFigure {
  readonly id: string;
  readonly figure: PlotlyFigure;
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
 * computable on these data), instead of failing.
 */
function notComputableFigure(title: string, why: string): PlotlyFigure {
  return {
    data: [],
    layout: {
      title: { text: title },
      xaxis: { visible: false },
      yaxis: { visible: false },
      annotations: [{ text: `not computable: ${why}`, x: 0.5, y: 0.5, xref: "paper", yref: "paper", showarrow: false }],
      height: 200,
    },
  };
}

/** The reasons of the rows' statistics that could not be computed, for a figure's note. */
function reasons(rows: readonly Table3Row[], statistics: readonly string[]): string {
  const texts = rows.flatMap((r) => (r.notComputable ?? []).filter((x) => statistics.includes(x.statistic)).map((x) => x.text));
  return texts.length === 0 ? "no cluster has the scores it needs" : texts.join("; ");
}

const drawable = (d: Descriptives | null): boolean => d !== null && Number.isFinite(d.mean) && d.sd !== null && d.n >= 2;

/**
 * Pre and post means (95 % CI) per cluster, with each respondent's change as a faint line (at most
 * {@link MAX_POINTS_DRAWN} respondents, evenly spaced, on large data). Clusters whose means are not
 * computable are left out.
 * @example
 * const ds = loadDataset();
 * const f = prePostFigureOf(ds, table3(ds));
 * f.id // "fig-pre-post"
 * f.figure.data[0]?.name // "respondenten (voor → na)"
 */
export function prePostFigureOf(ds: Dataset, rows: readonly Table3Row[]): NamedFigure {
  const paired = rows.filter((r) => r.pre !== null && r.paired !== null && drawable(r.pre) && drawable(r.post));
  const title = "Voor en na de leergangen: gemiddelde clusterscores (95 %-BI)";
  if (paired.length === 0) return { id: "fig-pre-post", figure: notComputableFigure(title, reasons(rows, ["mean and SD"])) };
  return {
    id: "fig-pre-post",
    figure: prePostFigure(
      paired.map((r) => {
        const pairs = pairedConstructScores(ds, r.construct);
        return {
          construct: r.construct,
          label: r.label,
          pre: meanCi(r.pre as Descriptives),
          post: meanCi(r.post),
          individuals: { pre: thin(pairs.pre), post: thin(pairs.post) },
        };
      }),
      { title },
    ),
  };
}

/**
 * Forest plot of d_av with noncentral-t CIs, the printed values, and Hattie's .4 and .6 (constructs whose d_av is not computable are left out).
 * @example
 * const f = forestFigureOf(table3(loadDataset()), loadPublished());
 * f.figure.data.map((t) => t.name) // ["herberekend (95%-BI)", "gepubliceerd (artikel)"]
 * f.figure.data[1]?.x // [0.61, null, 0.53, 0.38, 0.25] (Werkdruk has no printed effect size)
 */
export function forestFigureOf(rows: readonly Table3Row[], published: Published): NamedFigure {
  const list = rows.filter(
    (r) =>
      r.paired !== null &&
      Number.isFinite(r.paired.effects.d_av.estimate) &&
      Number.isFinite(r.paired.effects.d_av.ci.lower) &&
      Number.isFinite(r.paired.effects.d_av.ci.upper),
  );
  const title = "Effectgroottes (d_av, 95 %-BI) met Hatties grenzen";
  if (list.length === 0) return { id: "fig-forest", figure: notComputableFigure(title, reasons(rows, ["d_av"])) };
  return {
    id: "fig-forest",
    figure: forestFigure(
      list.map((r) => {
        const e = (r.paired as NonNullable<Table3Row["paired"]>).effects.d_av;
        const id = `table3.${r.construct}.effect-size`;
        const pv = published.has(id) ? published.get(id).value : null;
        return { label: r.label, estimate: e.estimate, lower: e.ci.lower, upper: e.ci.upper, published: pv };
      }),
      { variant: "d_av", thresholds: hattieThresholds(), title },
    ),
  };
}

/**
 * Scatter plots of the article's two correlations (jittered scores, OLS line; at most
 * {@link MAX_POINTS_DRAWN} respondents, evenly spaced, on large data). A correlation that is not
 * computable (a constant score) has no plot.
 * @example
 * const [f] = correlationFigures(articleCorrelations(loadDataset()));
 * f?.id // "fig-scatter-werkplezier-autonomie"
 * f?.figure.data[1]?.name // "kleinste-kwadratenlijn: ŷ = 2,30 + 0,56·x"
 */
export function correlationFigures(cs: readonly CorrelationResult[]): NamedFigure[] {
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
    const selection = thinned
      ? ` — ${idx.length.toLocaleString("en-US")} of ${all.length.toLocaleString("en-US")} respondents drawn, evenly spaced`
      : "";
    const label = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
    return [
      {
        id: `fig-scatter-${c.x}-${c.y}`,
        figure: scatterFigure({
          x: idx.map((i) => c.yValues[i] as number),
          y: idx.map((i) => c.xValues[i] as number),
          xLabel: `${label(c.y)} (na)${selection}`,
          yLabel: `${label(c.x)} (na)`,
          r: shown,
          n: thinned ? idx.length : c.pearson.n,
          seed: 1000 + k,
        }),
      },
    ];
  });
}

/**
 * Table 2 as grouped bars.
 * @example
 * const f = table2FigureOf(countTable2(loadDataset()));
 * f.figure.data.map((t) => t.name) // ["over jezelf", "over leraren"]
 */
export function table2FigureOf(t: Table2): NamedFigure {
  return {
    id: "fig-table2",
    figure: table2Figure(
      [...t.rows, t.other].map((r) => ({ label: r.label, self: r.self, teachers: r.teachers })),
      { n: t.n },
    ),
  };
}

/**
 * Diverging stacked bars of every item of the clusters, pre and post (items nobody answered are left out).
 * @example likertFigureOf(loadDataset(), ["werkplezier"]).figure.data.length // 6 (three bars below and three above the middle answer)
 */
export function likertFigureOf(ds: Dataset, constructs: readonly string[]): NamedFigure {
  const items: { label: string; counts: number[] }[] = [];
  for (const name of constructs) {
    const c = ds.codebook.constructs.find((x) => x.name === name);
    if (c === undefined) continue;
    for (const tp of ["pre", "post"] as const) {
      for (const col of c.items[tp] ?? []) {
        const v = ds.respondents.numeric(col);
        const field = ds.respondents.field(col);
        // One pass over the answers (a million respondents × 34 items).
        const counts = [0, 0, 0, 0, 0];
        for (const x of v) if (x !== null && x >= 1 && x <= 5 && Number.isInteger(x)) counts[x - 1] = (counts[x - 1] as number) + 1;
        // An item nobody answered has no bar (see the data-quality warnings).
        if (counts.some((x) => x > 0))
          items.push({ label: `${c.labelNl ?? c.name} ${field.item ?? ""} (${tp === "pre" ? "voor" : "na"})`, counts });
      }
    }
  }
  const title = "Antwoorden per item, voor en na (vijfpuntsschaal)";
  if (items.length === 0) return { id: "fig-likert", figure: notComputableFigure(title, "no item of these clusters has any answer") };
  return {
    id: "fig-likert",
    figure: likertFigure(items, { labels: { "1": "helemaal niet", "5": "helemaal wel" } }, { title }),
  };
}

/**
 * The article's Fig. 1, the balance model.
 * @example balanceModel().id // "fig-balance-model"
 */
export function balanceModel(): NamedFigure {
  return { id: "fig-balance-model", figure: balanceModelFigure() };
}
