/**
 * Paired t-test and every paired effect-size variant of a construct (post − pre), from a columnar survey.
 * @module columnar/paired
 */
import { StatsError } from "../errors.js";
import { pairedFromMoments } from "../cores.js";
import type { EffectVariants } from "../effect-size.js";
import type { PairedTTestResult } from "../ttest.js";
import { checkLevel, essentiallyConstant, requireN } from "../validate.js";
import type { ScaleConstruct, SurveyColumns } from "./columns.js";
import { runEngine, type EngineUnit, type PairMoments, type UnitSums } from "./engine.js";
import { scoreResult, unitOf } from "./scores.js";

/** The six paired effect-size variants of one construct (the one declaration is `EffectVariants` of stats/effect-size). */
export type ColumnarEffects = EffectVariants;

/** Result of {@link columnarPaired}. */
export interface ColumnarPaired {
  readonly construct: string;
  /** Complete pairs (respondents with a pre and a post score). */
  readonly n: number;
  /** Respondents without a complete pair. */
  readonly nExcluded: number;
  /** Mean and sample SD of the post and pre scores over the complete pairs. */
  readonly post: { readonly mean: number; readonly sd: number };
  readonly pre: { readonly mean: number; readonly sd: number };
  /** Pearson correlation of pre and post over the complete pairs. */
  readonly correlation: number;
  /** Paired t-test of post − pre (two-sided). */
  readonly test: PairedTTestResult;
  readonly effects: ColumnarEffects;
}

/** Options of {@link columnarPaired}. */
export interface ColumnarPairedOptions {
  /** Confidence level of the t and noncentral-t intervals (default 0.95). */
  readonly level?: number;
}

/** Paired analysis from the engine's moments of the pair (x = post, y = pre). Internal (shared with the pipeline). */
export function pairedResult(fn: string, construct: string, m: PairMoments, rows: number, level: number): ColumnarPaired {
  const n = m.n;
  requireN(fn, `${construct} (post and pre)`, n, 3, "complete pairs");
  const meanDiff = m.meanD;
  const sdDiff = Math.sqrt(Math.max(0, m.m2d) / (n - 1));
  if (!(sdDiff > 0)) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `all ${n} differences post − pre of ${construct} equal ${meanDiff}; the t statistic and the effect sizes are undefined (SD of the differences 0)`,
      construct,
    );
  }
  const sdX = Math.sqrt(Math.max(0, m.m2x) / (n - 1));
  const sdY = Math.sqrt(Math.max(0, m.m2y) / (n - 1));
  if (!(sdX > 0) || !(sdY > 0)) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `the ${!(sdX > 0) ? "post" : "pre"} score of ${construct} is constant over the ${n} complete pairs; the pre-post correlation needed by d_rm is undefined`,
      construct,
    );
  }
  // Clamped to [−1, 1] as R's cor and the scalar library (rounding can give 1.0000000000000002).
  const r = Math.max(-1, Math.min(1, m.cxy / (n - 1) / (sdX * sdY)));
  const se = sdDiff / Math.sqrt(n);
  if (essentiallyConstant(meanDiff, se)) {
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `the ${n} differences post − pre of ${construct} are essentially constant (standard error ${se} below 10·ε·|mean difference ${meanDiff}|, R's t.test rule); the t statistic and the effect sizes are undefined`,
      construct,
    );
  }
  // t-test and effect sizes from the moments: the core shared with pairedTTest, cohensDz … hedgesGrm.
  const nExcluded = rows - n;
  const { test, effects } = pairedFromMoments({ n, meanDiff, sdDiff, sdX, sdY, r, level, nExcluded });
  return Object.freeze({
    construct,
    n,
    nExcluded,
    post: Object.freeze({ mean: m.meanX, sd: sdX }),
    pre: Object.freeze({ mean: m.meanY, sd: sdY }),
    correlation: r,
    test,
    effects,
  });
}

/**
 * Paired t-test of post − pre and the six paired effect sizes of one construct, over the
 * respondents with both a pre and a post score (complete pairs; scores as `columnarScores`).
 * Same results as `pairedTTest(post, pre)`, `cohensDz`, `cohensDav`, `cohensDrm`, `hedgesGz`,
 * `hedgesGav` and `hedgesGrm` of the scalar library on the same score columns.
 *
 * With dᵢ = postᵢ − preᵢ over the n complete pairs, M_diff and SD_diff their mean and sample SD,
 * SD_post, SD_pre the score SDs and r their correlation over the same pairs:
 * t = M_diff / (SD_diff/√n), df = n − 1, two-sided p = 2·P(T_df ≥ |t|), CI M_diff ± t_{1−γ/2,df}·SD_diff/√n;
 * d_z = M_diff / SD_diff; d_av = M_diff / ((SD_post + SD_pre)/2); d_rm = d_z · √(2(1 − r));
 * g_* = J(df) · d_* with J(df) = Γ(df/2) / (√(df/2) Γ((df − 1)/2)).
 * Intervals: the noncentral-t limits λ_L, λ_U (P(T_df(λ) ≤ t) = 1 − γ/2 and γ/2) times
 * SD_diff / (√n · standardizer), times J for the g variants (Lakens, 2013; Algina & Keselman, 2003).
 * One pass over the item columns: per chunk of 2048 rows the scores and the centred sums of the
 * complete pairs, chunks merged by Chan et al.'s pairwise update (module scale/engine).
 *
 * Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science.
 * Frontiers in Psychology, 4, 863. https://doi.org/10.3389/fpsyg.2013.00863
 *
 * @param survey the columnar survey (NaN = missing).
 * @param construct a construct with items at `pre` and `post`.
 * @param options `level` of the intervals.
 * @throws {StatsError} INVALID_ARGUMENT (no pre or post items, unknown column), NON_FINITE,
 *   EMPTY_INPUT / TOO_FEW (fewer than 3 complete pairs: Hedges' J needs df > 1),
 *   ZERO_VARIANCE (constant differences, differences constant up to rounding by R's t.test rule
 *   SD_diff/√n < 10·ε·|M_diff|, or a constant pre or post score), OUT_OF_RANGE (level).
 *   r is clamped to [−1, 1] as in R, so r = 1 gives d_rm = 0.
 * @example
 * const s = surveyColumns({ a_pre: new Float64Array([4, 4, 3, 3]), a_post: new Float64Array([5, 4, 5, 4]) });
 * columnarPaired(s, { name: "a", items: { pre: ["a_pre"], post: ["a_post"] }, minItems: 1 }).effects.d_av.estimate // 1.7320… (R: mean(post - pre) / ((sd(post) + sd(pre)) / 2))
 * Validated against: pairedTTest, cohensDz/Dav/Drm and hedgesGz/Gav/Grm of the scalar library
 * (validated against R's t.test and effectsize) in test/stats/columnar to 1e-10 relative, and SciPy's
 * ttest_rel and nct at N = 10⁶ (bench/).
 */
export function columnarPaired(survey: SurveyColumns, construct: ScaleConstruct, options: ColumnarPairedOptions = {}): ColumnarPaired {
  const fn = "columnarPaired";
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  const units = [unitOf(fn, survey, construct, "post", false, false), unitOf(fn, survey, construct, "pre", false, false)];
  const result = runEngine(fn, survey.n, units, [[0, 1]]);
  const [post, pre] = result.units as [UnitSums, UnitSums];
  // Scores are checked as columnarScores does (EMPTY_INPUT when a time point has no score).
  scoreResult(fn, units[0] as EngineUnit, post, survey.n);
  scoreResult(fn, units[1] as EngineUnit, pre, survey.n);
  return pairedResult(fn, construct.name, result.pairs[0] as PairMoments, survey.n, level);
}
