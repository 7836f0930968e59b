/**
 * The whole Table 3 pipeline on a columnar survey: scores, alpha, paired tests and effect sizes,
 * and the correlation matrices of the scores.
 * @module scale/table3
 */
import type { AlphaResult } from "../stats/reliability.js";
import { checkLevel } from "../stats/validate.js";
import { itemColumns, SCALE_TIMEPOINTS, type ScaleConstruct, type ScaleTimepoint, type SurveyColumns } from "./columns.js";
import { alphaFromPass } from "./alpha.js";
import { correlationsOf, type ColumnarCorrelationMatrix } from "./correlations.js";
import { checkMinItems, scorePass } from "./kernels.js";
import { pairedFromScores, type ColumnarPaired } from "./paired.js";
import { scoreResult, type ColumnarScore } from "./scores.js";

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

/** Result of {@link columnarTable3}. */
export interface ColumnarTable3 {
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

/** Options of {@link columnarTable3}. */
export interface ColumnarTable3Options {
  /** Confidence level of every interval (default 0.95). */
  readonly level?: number;
}

/**
 * Runs the Table 3 pipeline of the article on a columnar survey, with the missing-data policies
 * of the scalar analysis (lib/src/data/scores.ts, lib/src/analysis):
 * - scores: mean of the answered items, defined with at least `minItems` answered ({@link columnarScores});
 * - Cronbach's alpha per construct and time point with ≥ 2 items: listwise over its items ({@link columnarAlpha});
 * - paired t-test of post − pre and d_z, d_av, d_rm, g_z, g_av, g_rm: complete pairs of scores ({@link columnarPaired});
 * - Pearson correlation matrix of the scores per time point: pairwise complete ({@link columnarCorrelations}).
 * Formulas: see those functions. Passes over the data: two over each construct's item columns
 * (scores with the listwise item sums; cross-products for alpha), one over each score column
 * (its SD), one per pair of score columns (paired moments, correlations). Memory: one Float64Array
 * of N per score column, nothing per respondent.
 *
 * @param survey the columnar survey (NaN = missing).
 * @param constructs the constructs, e.g. `codebook.constructs` of the data package.
 * @param options `level` of the intervals (default 0.95).
 * @throws {StatsError} as the functions above, naming the construct and time point; OUT_OF_RANGE for level.
 * @example
 * const t3 = columnarTable3(syntheticSurvey(constructs, { n: 1000, seed: 7 }).survey, constructs);
 * t3.paired.find((p) => p.construct === "werkplezier")?.effects.d_av.estimate
 * Validated against: the scalar library (cronbachAlpha, pairedTTest, cohensDz/Dav/Drm, hedgesG*,
 * pearson, constructScores) in test/scale to 1e-10 relative, and NumPy/SciPy at N = 10⁶
 * (bench/reference/table3_numpy.py; the deviation is in bench/results.json).
 */
export function columnarTable3(survey: SurveyColumns, constructs: readonly ScaleConstruct[], options: ColumnarTable3Options = {}): ColumnarTable3 {
  const fn = "columnarTable3";
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  const scores: ColumnarScore[] = [];
  const reliability: ColumnarReliability[] = [];
  const byKey = new Map<string, ColumnarScore>();
  const scratch = new Uint8Array(survey.n);
  for (const c of constructs) {
    for (const tp of SCALE_TIMEPOINTS) {
      if (c.items[tp] === undefined) continue;
      const { names, columns } = itemColumns(fn, survey, c, tp);
      checkMinItems(fn, c.name, c.minItems, columns.length);
      const pass = scorePass(fn, names, columns, c.minItems, survey.n, scratch);
      const score = scoreResult(fn, c, tp, names, pass);
      scores.push(score);
      byKey.set(`${c.name}\u0000${tp}`, score);
      if (columns.length >= 2) {
        reliability.push(Object.freeze({ construct: c.name, timepoint: tp, items: score.items, result: alphaFromPass(fn, `${c.name} (${tp})`, columns, pass, level) }));
      }
    }
  }
  const paired: ColumnarPaired[] = [];
  for (const c of constructs) {
    const post = byKey.get(`${c.name}\u0000post`);
    const pre = byKey.get(`${c.name}\u0000pre`);
    if (post !== undefined && pre !== undefined) paired.push(pairedFromScores(fn, c.name, post, pre, level));
  }
  const correlations: ColumnarTimepointCorrelations[] = [];
  for (const tp of SCALE_TIMEPOINTS) {
    const at = scores.filter((s) => s.timepoint === tp);
    if (at.length < 2) continue;
    const m = correlationsOf(
      fn,
      at.map((s) => s.construct),
      at.map((s) => s.values),
      at.map((s) => s.mean),
      at.map((s) => s.n),
    );
    correlations.push(Object.freeze({ timepoint: tp, ...m }));
  }
  return Object.freeze({
    n: survey.n,
    level,
    scores: Object.freeze(scores),
    reliability: Object.freeze(reliability),
    paired: Object.freeze(paired),
    correlations: Object.freeze(correlations),
  });
}
