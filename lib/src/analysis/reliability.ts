/**
 * Cronbach's alpha of every multi-item cluster at every time point.
 * @module analysis/reliability
 */
import type { Dataset } from "../data/index.js";
import { cronbachAlpha, type AlphaResult } from "../stats/reliability.js";

/** Alpha of one cluster at one time point. */
export interface ClusterReliability {
  readonly construct: string;
  readonly label: string;
  readonly timepoint: "pre" | "post";
  readonly items: readonly string[];
  readonly result: AlphaResult;
  /** Missing-data policy in one sentence. */
  readonly policy: string;
}

/**
 * Cronbach's alpha (with Feldt CI and item analysis) for each cluster of the codebook at each time
 * point; respondents with a missing item are left out (listwise) for that cluster and time point.
 * @example reliabilityByCluster(ds).map((r) => r.result.alpha)
 */
export function reliabilityByCluster(ds: Dataset, options: { level?: number } = {}): ClusterReliability[] {
  const out: ClusterReliability[] = [];
  for (const c of ds.codebook.constructs) {
    if (c.kind !== "cluster") continue;
    for (const tp of ["pre", "post"] as const) {
      const items = c.items[tp];
      if (items === undefined || items.length < 2) continue;
      const result = cronbachAlpha(
        items.map((name) => ds.respondents.numeric(name)),
        { level: options.level ?? 0.95 },
      );
      out.push({
        construct: c.name,
        label: c.labelNl ?? c.name,
        timepoint: tp,
        items,
        result,
        policy: `listwise: respondents with any of the ${items.length} items missing are left out (n = ${result.n}, excluded ${result.nExcluded})`,
      });
    }
  }
  return out;
}
