/**
 * The article's two correlations, and the correlation matrix of the construct scores.
 * @module analysis/correlations
 */
import { constructScores, type Dataset } from "../data/index.js";
import { pearson, spearman, type PearsonResult, type SpearmanResult } from "@behoud/stats";
import { attempt, roundsWhere, undefinedPearson, undefinedSpearman, type NotComputable } from "./computable.js";

/** One correlation between two construct scores at a time point. */
export interface CorrelationResult {
  readonly x: string;
  readonly y: string;
  readonly timepoint: "pre" | "post" | "once";
  readonly pearson: PearsonResult;
  readonly spearman: SpearmanResult;
  /** The two score columns (null = no score), for plots. */
  readonly xValues: readonly (number | null)[];
  readonly yValues: readonly (number | null)[];
  readonly policy: string;
  /** Pearson's r or Spearman's rho when the data leave them undefined (e.g. a constant score), with the reason; else empty. */
  readonly notComputable: readonly NotComputable[];
}

/** The correlations the article reports: Werkplezier–Autonomie and Ontwikkelmogelijkheden–Werkplezier. */
export const ARTICLE_CORRELATIONS = [
  { x: "werkplezier", y: "autonomie", id: "results.correlation.werkplezier-autonomie" },
  { x: "ontwikkelmogelijkheden", y: "werkplezier", id: "results.correlation.ontwikkelmogelijkheden-werkplezier" },
] as const;

/**
 * Pearson's r (t test, Fisher-z CI) and Spearman's rho between two construct scores at a time point
 * (default post: the article does not say which; post is the one measured for every construct),
 * over the respondents with both scores (pairwise deletion).
 * @example
 * const c = correlate(loadDataset(), "werkplezier", "autonomie");
 * c.pearson.r // 0.574 (the article prints r = ,57)
 * c.pearson.n // 51
 * c.spearman.rho // 0.525
 */
export function correlate(ds: Dataset, x: string, y: string, timepoint: "pre" | "post" | "once" = "post"): CorrelationResult {
  const sx = constructScores(ds, x, timepoint);
  const sy = constructScores(ds, y, timepoint);
  const both = (i: number): boolean => sx.values[i] !== null && sy.values[i] !== null;
  let n = 0;
  for (let i = 0; i < sx.values.length; i++) if (both(i)) n++;
  const context = { construct: `${x} × ${y}`, timepoint, rounds: roundsWhere(ds, both) };
  const failed: NotComputable[] = [];
  const pr = attempt(
    "Pearson's r",
    context,
    () => pearson(sx.values, sy.values),
    () => undefinedPearson(n, sx.values.length - n),
  );
  const sr = attempt(
    "Spearman's rho",
    context,
    () => spearman(sx.values, sy.values),
    () => undefinedSpearman(n, sx.values.length - n),
  );
  for (const r of [pr, sr]) if (r.notComputable !== null) failed.push(r.notComputable);
  const p = pr.value;
  return {
    x,
    y,
    timepoint,
    pearson: p,
    spearman: sr.value,
    xValues: sx.values,
    yValues: sy.values,
    policy: `pairwise: respondents with both a ${x} and a ${y} score at ${timepoint} (n = ${p.n}, excluded ${p.nExcluded})`,
    notComputable: failed,
  };
}

/**
 * The article's two correlations, at the post time point.
 * @example articleCorrelations(loadDataset()).map((c) => c.pearson.r) // [0.574, 0.677] (printed: ,57 and ,68)
 */
export function articleCorrelations(ds: Dataset): CorrelationResult[] {
  return ARTICLE_CORRELATIONS.map((c) => correlate(ds, c.x, c.y, "post"));
}

/**
 * Pearson correlation matrix of every construct measured at a time point (pairwise n per cell; r null where it is not computable).
 * @example
 * const m = correlationMatrix(loadDataset());
 * m.names // ["werkplezier", "werkdruk", "self-efficacy", "autonomie", "waardering", "ontwikkelmogelijkheden", "behoud"]
 * m.r[0]?.[3] // 0.574 (werkplezier × autonomie)
 * m.n[0]?.[3] // 51
 */
export function correlationMatrix(
  ds: Dataset,
  timepoint: "pre" | "post" = "post",
): { readonly names: readonly string[]; readonly r: readonly (readonly (number | null)[])[]; readonly n: readonly (readonly number[])[] } {
  const names = ds.codebook.constructs.filter((c) => c.items[timepoint] !== undefined).map((c) => c.name);
  const scores = names.map((name) => constructScores(ds, name, timepoint).values);
  // A pair whose r the data leave undefined (a constant score, too few pairs) is null (shown as "–").
  const r = names.map((_, i) =>
    names.map((__, j) =>
      i === j
        ? 1
        : attempt<number | null>(
            "Pearson's r",
            { construct: null },
            () => pearson(scores[i] as (number | null)[], scores[j] as (number | null)[]).r,
            () => null,
          ).value,
    ),
  );
  const n = names.map((_, i) =>
    names.map(
      (__, j) => (scores[i] as (number | null)[]).filter((v, k) => v !== null && (scores[j] as (number | null)[])[k] !== null).length,
    ),
  );
  return { names, r, n };
}
