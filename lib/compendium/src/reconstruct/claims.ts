/**
 * The article's printed numbers as constraints on respondent-level answers, one claim at a time,
 * so that a search can keep every claim, or every claim but one.
 *
 * Unlike the margins the generator of the shipped data keeps (means 0.01 inside their rounding
 * interval, t 0.3 past the critical value, alpha 0.03 above the threshold, a plausible band for the
 * pre–post correlation), these constraints are exactly what the article prints: a mean inside
 * its rounding interval, d inside its rounding interval, a two-sided paired t-test at α = .05 on
 * the side Table 3 implies, alpha ≥ .70, a correlation inside its rounding interval. The article
 * prints no pre–post correlation, SD or item answer, so nothing constrains them.
 * @module reconstruct/claims
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PublishedValue } from "@behoud/audit";
import { hedgesCorrection, StatsError, tQuantile } from "@behoud/stats";
import { Annealer, type Constraint, type Range } from "./annealer.js";
import { PLAN } from "./plan.js";

/** Which d the printed effect sizes are read as. */
export type EffectVariant = "d_av" | "d_z" | "d_rm" | "g_av";

/** A Table 3 cluster with its item columns and printed values. */
export interface ClusterModel {
  readonly construct: string;
  readonly preItems: readonly string[];
  readonly postItems: readonly string[];
  readonly pre: PrintedNumber;
  readonly post: PrintedNumber;
  readonly effect: PrintedNumber | null;
  /** Whether Table 3 implies p < .05 (two-sided paired t-test). */
  readonly significant: boolean;
}

/** A printed number with its id, text and rounding interval [lo, hi). */
export interface PrintedNumber {
  readonly id: string;
  readonly text: string;
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
}

/** A claim of the article: a published id and the constraints that state it. */
export interface Claim {
  readonly id: string;
  readonly constraints: readonly Constraint[];
}

/** The article's claims about the answers, read from data/published.json, the codebook and the plan. */
export interface ArticleModel {
  readonly n: number;
  readonly alphaMin: number;
  readonly significance: number;
  /** Two-sided critical t at the significance level, df = n − 1. */
  readonly tCrit: number;
  readonly clusters: readonly ClusterModel[];
  readonly singles: readonly { readonly column: string; readonly mean: PrintedNumber }[];
  readonly correlations: readonly { readonly x: string; readonly y: string; readonly r: PrintedNumber; readonly p: string }[];
}

/**
 * Every bound is kept this far inside (the upper end of a rounding interval is open; and the
 * search's running sums and the library's formulas may differ in the last bits at a bound).
 */
const HALF_OPEN = 1e-9;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/**
 * Reads the article's model from a data folder (datapackage.json and published.json).
 * @throws {StatsError} INVALID_ARGUMENT when a published value or a construct the plan names is missing.
 */
export function articleModel(dataDir = "data"): ArticleModel {
  const file = readJson<{ values: Pick<PublishedValue, "id" | "text" | "value" | "decimals">[] }>(join(dataDir, "published.json"));
  const pub = new Map(file.values.map((v) => [v.id, v]));
  const printed = (id: string): PrintedNumber => {
    const v = pub.get(id);
    if (v === undefined || v.value === null)
      throw new StatsError("INVALID_ARGUMENT", "articleModel", `published value ${id} is missing or not a number in published.json`);
    const h = 0.5 * Math.pow(10, -(v.decimals ?? 0));
    return { id, text: v.text, value: v.value, lo: v.value - h, hi: v.value + h };
  };
  const pkg = readJson<{ constructs: { name: string; kind: string; items: { pre?: string[]; post?: string[] } }[] }>(
    join(dataDir, "datapackage.json"),
  );
  const n = PLAN.rounds.reduce((s, r) => s + printed(r.n).value, 0);
  const significance = printed(PLAN.significance).value;
  const clusters = PLAN.clusters.map((c): ClusterModel => {
    const def = pkg.constructs.find((d) => d.name === c.construct);
    if (def?.items.pre === undefined || def.items.post === undefined)
      throw new StatsError("INVALID_ARGUMENT", "articleModel", `construct ${c.construct} has no pre and post items in the codebook`);
    return {
      construct: c.construct,
      preItems: def.items.pre,
      postItems: def.items.post,
      pre: printed(c.pre),
      post: printed(c.post),
      effect: c.effect === null ? null : printed(c.effect),
      significant: c.significant,
    };
  });
  return {
    n,
    alphaMin: printed(PLAN.alphaMin).value,
    significance,
    tCrit: tQuantile(1 - significance / 2, n - 1),
    clusters,
    singles: PLAN.singles.map((s) => ({ column: s.column, mean: printed(s.mean) })),
    correlations: PLAN.correlations.map((c) => ({ x: c.x, y: c.y, r: printed(c.r), p: c.p })),
  };
}

/** Score name of a construct or single column at the post time point (the correlations' time point). */
export function postScore(model: ArticleModel, name: string): string {
  return model.clusters.some((c) => c.construct === name) ? `${name}_post` : name;
}

function within(p: PrintedNumber): Range {
  return { lo: p.lo + HALF_OPEN, hi: p.hi - HALF_OPEN };
}

/** The id of the significance claim of a cluster. */
export function significanceId(construct: string): string {
  return `table3.${construct}.significance`;
}

/**
 * Every claim the article prints about the answers, as constraints. Effect sizes are read as the
 * given variant (default d_av, the variant the shipped data follow).
 */
export function articleClaims(model: ArticleModel, variant: EffectVariant = "d_av"): Claim[] {
  const claims: Claim[] = [];
  for (const c of model.clusters) {
    const pre = `${c.construct}_pre`;
    const post = `${c.construct}_post`;
    claims.push({ id: c.pre.id, constraints: [{ kind: "mean", score: pre, range: within(c.pre), label: c.pre.id }] });
    claims.push({ id: c.post.id, constraints: [{ kind: "mean", score: post, range: within(c.post), label: c.post.id }] });
    if (c.effect !== null) {
      if (variant === "g_av") {
        // g_av = J(N − 1) · d_av: the printed interval of g is that of d_av times J.
        const j = hedgesCorrection(model.n - 1);
        const r = within(c.effect);
        claims.push({
          id: c.effect.id,
          constraints: [{ kind: "dav", pre, post, range: { lo: r.lo / j, hi: r.hi / j }, label: c.effect.id }],
        });
      } else {
        const kind = variant === "d_av" ? "dav" : variant === "d_z" ? "dz" : "drm";
        claims.push({ id: c.effect.id, constraints: [{ kind, pre, post, range: within(c.effect), label: c.effect.id }] });
      }
    }
    const t = model.tCrit + HALF_OPEN;
    claims.push({
      id: significanceId(c.construct),
      constraints: [
        {
          kind: "t",
          pre,
          post,
          range: c.significant ? { lo: t, hi: Infinity } : { lo: -model.tCrit + HALF_OPEN, hi: model.tCrit - HALF_OPEN },
          label: significanceId(c.construct),
        },
      ],
    });
  }
  claims.push({
    id: "design.alpha.clusters",
    constraints: model.clusters.flatMap((c) =>
      (["pre", "post"] as const).map(
        (tp): Constraint => ({
          kind: "alpha",
          score: `${c.construct}_${tp}`,
          min: model.alphaMin + HALF_OPEN,
          label: `alpha ${c.construct} ${tp}`,
        }),
      ),
    ),
  });
  for (const s of model.singles)
    claims.push({ id: s.mean.id, constraints: [{ kind: "mean", score: s.column, range: within(s.mean), label: s.mean.id }] });
  for (const r of model.correlations)
    claims.push({
      id: r.r.id,
      constraints: [{ kind: "r", x: postScore(model, r.x), y: postScore(model, r.y), range: within(r.r), label: r.r.id }],
    });
  return claims;
}

/**
 * An annealer over the given answer columns with the constraints of the given claims.
 * @throws {StatsError} INVALID_ARGUMENT when a column the model needs is missing from `cells`.
 */
export function claimAnnealer(model: ArticleModel, cells: ReadonlyMap<string, ArrayLike<number>>, claims: readonly Claim[]): Annealer {
  const a = new Annealer(model.n, { min: 1, max: 5 });
  const column = (name: string): { name: string; values: ArrayLike<number> } => {
    const values = cells.get(name);
    if (values === undefined) throw new StatsError("INVALID_ARGUMENT", "claimAnnealer", `the answers have no column ${name}`);
    return { name, values };
  };
  for (const c of model.clusters) {
    a.addScore(`${c.construct}_pre`, c.preItems.map(column));
    a.addScore(`${c.construct}_post`, c.postItems.map(column));
  }
  for (const s of model.singles) a.addScore(s.column, [column(s.column)]);
  for (const claim of claims) for (const k of claim.constraints) a.addConstraint(k);
  return a;
}

/** Every answer column of the model, in codebook order of the clusters, then the single items. */
export function answerColumns(model: ArticleModel): string[] {
  return [...model.clusters.flatMap((c) => [...c.preItems, ...c.postItems]), ...model.singles.map((s) => s.column)];
}
