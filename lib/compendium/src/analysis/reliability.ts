/**
 * Cronbach's alpha of every multi-item cluster at every time point.
 * @module analysis/reliability
 */
import type { Dataset } from "../data/index.js";
import { cronbachAlpha, type AlphaResult } from "@behoud/stats";
import { attempt, roundsWhere, undefinedAlpha, type NotComputable } from "./computable.js";

/** Alpha of one cluster at one time point. */
export interface ClusterReliability {
  readonly construct: string;
  readonly label: string;
  readonly timepoint: "pre" | "post";
  readonly items: readonly string[];
  /** The result; NaN throughout when alpha is not computable (see `notComputable`). */
  readonly result: AlphaResult;
  /** Why alpha is not computable for these data (e.g. a constant cluster), or null. */
  readonly notComputable: NotComputable | null;
  /** Missing-data policy in one sentence. */
  readonly policy: string;
}

/**
 * Cronbach's alpha (with Feldt CI and item analysis) for each cluster of the codebook at each time
 * point; respondents with a missing item are left out (listwise) for that cluster and time point.
 * A cluster whose alpha the data leave undefined (e.g. every respondent gives the same answers)
 * gets a NaN result and `notComputable` with the reason, naming cluster, time point and rounds.
 * @example
 * const rel = reliabilityByCluster(loadDataset());
 * rel.length // 10 (five clusters, pre and post)
 * rel[0] // { construct: "werkplezier", timepoint: "pre", items: ["werkplezier_1_pre", "werkplezier_2_pre", "werkplezier_3_pre"], notComputable: null, … }
 * rel[0]?.result.alpha // 0.863
 * rel.find((r) => r.construct === "waardering" && r.timepoint === "post")?.result.alpha // 0.953
 */
export function reliabilityByCluster(ds: Dataset, options: { level?: number } = {}): ClusterReliability[] {
  const out: ClusterReliability[] = [];
  const level = options.level ?? 0.95;
  for (const c of ds.codebook.constructs) {
    if (c.kind !== "cluster") continue;
    for (const tp of ["pre", "post"] as const) {
      const items = c.items[tp];
      if (items === undefined || items.length < 2) continue;
      const columns = items.map((name) => ds.respondents.numeric(name));
      const complete = (i: number): boolean => columns.every((col) => col[i] !== null && col[i] !== undefined);
      const { value: result, notComputable } = attempt(
        "Cronbach's alpha",
        { construct: c.name, timepoint: tp, rounds: roundsWhere(ds, complete) },
        () => cronbachAlpha(columns, { level }),
        () => {
          let n = 0;
          for (let i = 0; i < ds.respondents.rowCount; i++) if (complete(i)) n++;
          return undefinedAlpha(items.length, n, ds.respondents.rowCount - n, level);
        },
      );
      out.push({
        construct: c.name,
        label: c.labelNl ?? c.name,
        timepoint: tp,
        items,
        result,
        notComputable,
        policy: `listwise: respondents with any of the ${items.length} items missing are left out (n = ${result.n}, excluded ${result.nExcluded})`,
      });
    }
  }
  return out;
}
