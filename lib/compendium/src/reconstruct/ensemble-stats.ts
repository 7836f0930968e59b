/**
 * The quantities the article does not print, computed for one dataset of answers with the
 * library's own statistics (not with the search's running sums), and the check that a dataset
 * meets every printed claim, recomputed the same way.
 * @module reconstruct/ensemble-stats
 */
import {
  cohensDav,
  cohensDrm,
  cohensDz,
  cronbachAlpha,
  hedgesCorrection,
  hedgesGav,
  mean,
  pairedTTest,
  pearson,
  sampleSd,
  spearman,
  StatsError,
  wilcoxonSignedRank,
} from "@behoud/stats";
import type { Statistic } from "./annealer.js";
import { type ArticleModel, type EffectVariant, significanceId } from "./claims.js";

/** The family a quantity belongs to (one interval plot per family). */
export type QuantityFamily =
  | "sd"
  | "pre-post-r"
  | "d_z"
  | "d_av"
  | "d_rm"
  | "g_av"
  | "t"
  | "p"
  | "wilcoxon-p"
  | "alpha"
  | "pearson-r"
  | "pearson-ci"
  | "spearman";

/** One quantity: what it is, the printed value if the article prints it, and how a search can push it. */
export interface QuantityDef {
  readonly id: string;
  readonly family: QuantityFamily;
  /** Construct (or "x~y" for a correlation). */
  readonly subject: string;
  readonly timepoint: "pre" | "post" | "change" | null;
  /** Published id of the printed value this quantity is, or null when the article prints none. */
  readonly printedId: string | null;
  /** The statistic a directed search pushes, or null when the quantity is not a function of the search's sums (ranks, p, intervals). */
  readonly search: Statistic | null;
}

/** The quantities of {@link memberStatistics}, in its order. */
export function quantityDefs(model: ArticleModel): QuantityDef[] {
  const out: QuantityDef[] = [];
  for (const c of model.clusters) {
    const pre = `${c.construct}_pre`;
    const post = `${c.construct}_post`;
    const q = (
      family: QuantityFamily,
      timepoint: QuantityDef["timepoint"],
      search: Statistic | null,
      printedId: string | null = null,
    ): void => {
      out.push({
        id: `${c.construct}.${timepoint === "change" ? "" : `${timepoint}.`}${family}`,
        family,
        subject: c.construct,
        timepoint,
        printedId,
        search,
      });
    };
    q("sd", "pre", { kind: "sd", score: pre });
    q("sd", "post", { kind: "sd", score: post });
    q("pre-post-r", "change", { kind: "r", x: pre, y: post });
    q("d_z", "change", { kind: "dz", pre, post });
    q("d_av", "change", { kind: "dav", pre, post }, c.effect?.id ?? null);
    q("d_rm", "change", { kind: "drm", pre, post });
    q("g_av", "change", null);
    q("t", "change", { kind: "t", pre, post });
    q("p", "change", null, significanceId(c.construct));
    q("wilcoxon-p", "change", null);
    q("alpha", "pre", { kind: "alpha", score: pre });
    q("alpha", "post", { kind: "alpha", score: post });
  }
  for (const r of model.correlations) {
    const subject = `${r.x}~${r.y}`;
    const x = model.clusters.some((c) => c.construct === r.x) ? `${r.x}_post` : r.x;
    const y = model.clusters.some((c) => c.construct === r.y) ? `${r.y}_post` : r.y;
    out.push({
      id: `${subject}.pearson-r`,
      family: "pearson-r",
      subject,
      timepoint: "post",
      printedId: r.r.id,
      search: { kind: "r", x, y },
    });
    out.push({ id: `${subject}.ci-lower`, family: "pearson-ci", subject, timepoint: "post", printedId: null, search: null });
    out.push({ id: `${subject}.ci-upper`, family: "pearson-ci", subject, timepoint: "post", printedId: null, search: null });
    out.push({ id: `${subject}.spearman`, family: "spearman", subject, timepoint: "post", printedId: null, search: null });
  }
  return out;
}

type Cells = ReadonlyMap<string, ArrayLike<number>>;

function column(cells: Cells, name: string): number[] {
  const v = cells.get(name);
  if (v === undefined) throw new StatsError("INVALID_ARGUMENT", "memberStatistics", `the answers have no column ${name}`);
  return Array.from(v);
}

function scoreOf(cells: Cells, items: readonly string[]): number[] {
  const cols = items.map((name) => column(cells, name));
  const n = (cols[0] as number[]).length;
  return Array.from({ length: n }, (_, i) => cols.reduce((s, c) => s + (c[i] as number), 0) / cols.length);
}

/** Everything the claims and the quantities need from one dataset, by the library's functions. */
export interface MemberStatistics {
  /** Values in the order of {@link quantityDefs}. */
  readonly values: Float64Array;
  /** Claims the dataset breaks (empty when it meets every printed claim). */
  readonly failed: readonly string[];
  /** Clusters whose every respondent changes by the same amount (t and d_z infinite, d_rm undefined). */
  readonly constantChange: readonly string[];
}

/**
 * Computes every quantity of {@link quantityDefs} and checks every printed claim, for one dataset.
 * The claims are checked as the scorecard reads them: each mean and d rounds to the printed text
 * (d read as `variant`), p < .05 for the clusters Table 3 implies significant (with the mean
 * rising) and p ≥ .05 for Werkdruk, alpha ≥ .70, each correlation rounds to its text with p < .0005.
 */
export function memberStatistics(model: ArticleModel, cells: Cells, variant: EffectVariant = "d_av"): MemberStatistics {
  const values: number[] = [];
  const failed: string[] = [];
  const constantChange: string[] = [];
  const inside = (id: string, v: number, p: { lo: number; hi: number }): void => {
    if (!(v >= p.lo && v < p.hi)) failed.push(id);
  };
  for (const c of model.clusters) {
    const pre = scoreOf(cells, c.preItems);
    const post = scoreOf(cells, c.postItems);
    const alphaPre = cronbachAlpha(c.preItems.map((name) => column(cells, name))).alpha;
    const alphaPost = cronbachAlpha(c.postItems.map((name) => column(cells, name))).alpha;
    const diffs = post.map((v, i) => v - (pre[i] as number));
    const md = mean(diffs);
    let t: number;
    let p: number;
    let dz: number;
    let dav: number;
    let drm: number;
    let gav: number;
    if (Math.max(...diffs) - Math.min(...diffs) < 1e-9) {
      // Every respondent changes by the same amount: SD_diff = 0, so t and d_z are infinite (the
      // library refuses them, as R's t.test does) and d_rm is undefined (r = 1).
      t = md === 0 ? Number.NaN : Math.sign(md) * Infinity;
      p = md === 0 ? 1 : 0;
      dz = t;
      dav = md / ((sampleSd(pre) + sampleSd(post)) / 2);
      drm = Number.NaN;
      gav = hedgesCorrection(model.n - 1) * dav;
      constantChange.push(c.construct);
    } else {
      const test = pairedTTest(post, pre);
      t = test.t;
      p = test.pValue;
      dz = cohensDz(post, pre).estimate;
      dav = cohensDav(post, pre).estimate;
      drm = cohensDrm(post, pre).estimate;
      gav = hedgesGav(post, pre).estimate;
    }
    let wilcoxonP: number;
    try {
      wilcoxonP = wilcoxonSignedRank(post, pre, { digitsRank: 7 }).pValue;
    } catch (e) {
      if (!(e instanceof StatsError)) throw e;
      wilcoxonP = Number.NaN;
    }
    values.push(sampleSd(pre), sampleSd(post), pearson(pre, post).r, dz, dav, drm, gav, t, p, wilcoxonP, alphaPre, alphaPost);
    inside(c.pre.id, mean(pre), c.pre);
    inside(c.post.id, mean(post), c.post);
    if (c.effect !== null)
      inside(c.effect.id, variant === "d_av" ? dav : variant === "d_z" ? dz : variant === "d_rm" ? drm : gav, c.effect);
    // Table 3 reports rises for the significant clusters: p < .05 with the post mean above the pre mean.
    const sigOk = c.significant ? p < model.significance && t > 0 : p >= model.significance;
    if (!sigOk) failed.push(significanceId(c.construct));
    if (!(alphaPre >= model.alphaMin && alphaPost >= model.alphaMin)) failed.push(`design.alpha.clusters (${c.construct})`);
  }
  for (const s of model.singles) inside(s.mean.id, mean(column(cells, s.column)), s.mean);
  const score = (name: string): number[] => {
    const c = model.clusters.find((k) => k.construct === name);
    return c === undefined ? column(cells, name) : scoreOf(cells, c.postItems);
  };
  for (const r of model.correlations) {
    const x = score(r.x);
    const y = score(r.y);
    const p = pearson(x, y);
    values.push(p.r, p.ci?.lower ?? Number.NaN, p.ci?.upper ?? Number.NaN, spearman(x, y).rho);
    inside(r.r.id, p.r, r.r);
    if (!(p.pValue < 0.0005)) failed.push(r.p);
  }
  return { values: Float64Array.from(values), failed: [...new Set(failed)], constantChange };
}

/** Counts of the answers 1..5 of one item column. */
export function answerCounts(values: ArrayLike<number>): [number, number, number, number, number] {
  const out: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isInteger(v) && v >= 1 && v <= 5) out[v - 1] = (out[v - 1] as number) + 1;
  }
  return out;
}
