/**
 * The whole pre/post scale analysis on a columnar survey: scores, alpha, paired tests and effect sizes,
 * and the correlation matrices of the scores.
 * @module columnar/prepost
 */
import type { AlphaResult } from "../reliability.js";
import { checkLevel } from "../validate.js";
import { SCALE_TIMEPOINTS, type ScaleConstruct, type ScaleTimepoint, type SurveyColumns } from "./columns.js";
import { alphaResult } from "./alpha.js";
import { allPairs, correlationResult, type ColumnarCorrelationMatrix } from "./correlations.js";
import { runEngine, type EngineUnit, type PairMoments, type UnitSums } from "./engine.js";
import { pairedResult, type ColumnarPaired } from "./paired.js";
import { scoreResult, unitOf, type ColumnarScore } from "./scores.js";

/** Alpha of one construct at one time point. */
export interface ColumnarReliability {
  readonly construct: string;
  readonly timepoint: ScaleTimepoint;
  readonly items: readonly string[];
  readonly result: AlphaResult;
}

/** Correlation matrix of the construct scores at one time point. */
export interface ColumnarTimepointCorrelations extends ColumnarCorrelationMatrix {
  readonly timepoint: ScaleTimepoint;
}

/** Result of {@link columnarPrePost}. */
export interface ColumnarPrePost {
  /** Respondents (rows) in the survey. */
  readonly n: number;
  readonly level: number;
  /** Every construct at every time point with items, in codebook order, then pre, post, once. */
  readonly scores: readonly ColumnarScore[];
  /** Alpha of every construct and time point with at least 2 items. */
  readonly reliability: readonly ColumnarReliability[];
  /** Paired analysis (post − pre) of every construct with pre and post items. */
  readonly paired: readonly ColumnarPaired[];
  /** Correlation matrix of the scores at every time point measured for at least 2 constructs. */
  readonly correlations: readonly ColumnarTimepointCorrelations[];
}

/** Options of {@link columnarPrePost}. */
export interface ColumnarPrePostOptions {
  /** Confidence level of every interval (default 0.95). */
  readonly level?: number;
  /**
   * Also return each score column (one Float64Array of n per construct and time point). Default
   * false: `scores[i].values` is null and the pipeline allocates nothing of size n (each chunk's
   * scores live in a small buffer in the CPU cache while the statistics use them); the columns
   * are available from {@link columnarScores} or with `keepScores: true`.
   */
  readonly keepScores?: boolean;
}

/**
 * Runs the pre/post scale analysis (reliability, paired tests, effect sizes, correlations) on a columnar survey, with the missing-data policies
 * of the scalar analysis (lib/compendium/src/data/scores.ts, lib/compendium/src/analysis):
 * - scores: mean of the answered items, defined with at least `minItems` answered ({@link columnarScores});
 * - Cronbach's alpha per construct and time point with ≥ 2 items: listwise over its items ({@link columnarAlpha});
 * - paired t-test of post − pre and d_z, d_av, d_rm, g_z, g_av, g_rm: complete pairs of scores ({@link columnarPaired});
 * - Pearson correlation matrix of the scores per time point: pairwise complete ({@link columnarCorrelations}).
 * Formulas: see those functions. One pass over the item columns, chunk by chunk (2048 rows): the
 * chunk's scores go to a buffer that stays in the CPU cache, and every centred sum (score SDs,
 * alpha cross-products, paired differences, correlations) is taken from it around the chunk's
 * means (two-pass within the chunk); the chunks are merged with the pairwise update formula of
 * Chan, Golub & LeVeque (1979), as stable as the two-pass algorithm. Memory: the chunk buffers
 * (about 0.2 MB), plus one Float64Array of n per score column with `keepScores: true`; nothing
 * per respondent.
 *
 * @param survey the columnar survey (NaN = missing).
 * @param constructs the constructs, e.g. `codebook.constructs` of the data package.
 * @param options `level` of the intervals (default 0.95); `keepScores` (default false).
 * @throws {StatsError} as the functions above, naming the construct and time point; OUT_OF_RANGE for level.
 * @example
 * const constructs = [{ name: "enjoyment", items: { pre: ["w1", "w2"], post: ["w3", "w4"] }, minItems: 1 }];
 * const pp = columnarPrePost(syntheticSurvey(constructs, { n: 1000, seed: 7 }).survey, constructs);
 * pp.paired.length // 1 (one construct measured pre and post)
 * pp.paired.find((p) => p.construct === "enjoyment")?.effects.d_av.estimate
 * Validated against: the scalar library (cronbachAlpha, pairedTTest, cohensDz/Dav/Drm, hedgesG*,
 * pearson, constructScores, and the analysis' table3, reliabilityByCluster, correlationMatrix) in
 * test/stats/columnar to 1e-10 relative, and NumPy/SciPy at N = 10⁶ (bench/reference/table3_numpy.py; the
 * deviations are in bench/results.json).
 */
export function columnarPrePost(
  survey: SurveyColumns,
  constructs: readonly ScaleConstruct[],
  options: ColumnarPrePostOptions = {},
): ColumnarPrePost {
  const fn = "columnarPrePost";
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  const keep = options.keepScores ?? false;
  const units: EngineUnit[] = [];
  for (const c of constructs) {
    for (const tp of SCALE_TIMEPOINTS) {
      const items = c.items[tp];
      if (items !== undefined) units.push(unitOf(fn, survey, c, tp, items.length >= 2, keep));
    }
  }
  const index = (construct: string, tp: ScaleTimepoint) => units.findIndex((u) => u.construct === construct && u.timepoint === tp);
  // Pairs: first post × pre of every construct measured twice, then each time point's matrix.
  const pairs: [number, number][] = [];
  const pairedOf: { construct: string; post: number; pre: number; at: number }[] = [];
  for (const c of constructs) {
    const post = index(c.name, "post");
    const pre = index(c.name, "pre");
    if (post >= 0 && pre >= 0) {
      pairedOf.push({ construct: c.name, post, pre, at: pairs.length });
      pairs.push([post, pre]);
    }
  }
  const matrices: { timepoint: ScaleTimepoint; members: number[]; first: number }[] = [];
  for (const tp of SCALE_TIMEPOINTS) {
    const members = units.map((u, i) => (u.timepoint === tp ? i : -1)).filter((i) => i >= 0);
    if (members.length < 2) continue;
    matrices.push({ timepoint: tp, members, first: pairs.length });
    for (const [a, b] of allPairs(members.length)) pairs.push([members[a] as number, members[b] as number]);
  }

  const result = runEngine(fn, survey.n, units, pairs);
  const sums = (i: number) => result.units[i] as UnitSums;
  const scores = units.map((u, i) => scoreResult(fn, u, sums(i), survey.n));
  const reliability: ColumnarReliability[] = [];
  units.forEach((u, i) => {
    if (u.alpha)
      reliability.push(
        Object.freeze({
          construct: u.construct,
          timepoint: u.timepoint,
          items: (scores[i] as ColumnarScore).items,
          result: alphaResult(fn, u, sums(i), survey.n, level),
        }),
      );
  });
  const paired = pairedOf.map((p) => pairedResult(fn, p.construct, result.pairs[p.at] as PairMoments, survey.n, level));
  const correlations = matrices.map((m) =>
    Object.freeze({
      timepoint: m.timepoint,
      ...correlationResult(
        fn,
        m.members.map((i) => (units[i] as EngineUnit).construct),
        m.members.map((i) => sums(i).count),
        result.pairs,
        m.first,
      ),
    }),
  );
  return Object.freeze({
    n: survey.n,
    level,
    scores: Object.freeze(scores),
    reliability: Object.freeze(reliability),
    paired: Object.freeze(paired),
    correlations: Object.freeze(correlations),
  });
}
