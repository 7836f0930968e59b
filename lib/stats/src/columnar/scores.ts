/**
 * Construct scores of a columnar survey.
 * @module columnar/scores
 */
import { StatsError } from "../errors.js";
import { itemColumns, type ScaleConstruct, type ScaleTimepoint, type SurveyColumns } from "./columns.js";
import { runEngine, type EngineUnit, type UnitSums } from "./engine.js";
import { checkMinItems } from "./kernels.js";

/** Result of {@link columnarScores}; also one entry of `columnarPrePost(…).scores`. */
export interface ColumnarScore {
  readonly construct: string;
  readonly timepoint: ScaleTimepoint;
  readonly items: readonly string[];
  readonly minItems: number;
  /**
   * Score per respondent (mean of the answered items; NaN when fewer than `minItems` are
   * answered). Null from `columnarPrePost` unless it is called with `keepScores: true`.
   */
  readonly values: Float64Array | null;
  /** Respondents with a score. */
  readonly n: number;
  /** Respondents without a score (fewer than `minItems` answered). */
  readonly nExcluded: number;
  /** Mean of the scores. */
  readonly mean: number;
  /** Sample SD of the scores (n − 1); null when n < 2. */
  readonly sd: number | null;
}

/** Checks a construct at a time point and describes it as an engine unit. Internal. */
export function unitOf(
  fn: string,
  survey: SurveyColumns,
  construct: ScaleConstruct,
  timepoint: ScaleTimepoint,
  alpha: boolean,
  keep: boolean,
): EngineUnit {
  const { names, columns } = itemColumns(fn, survey, construct, timepoint);
  checkMinItems(fn, construct.name, construct.minItems, columns.length);
  return { construct: construct.name, timepoint, names, columns, minItems: construct.minItems, alpha, keep };
}

/** The score result of an engine unit. Internal (shared with the pipeline). */
export function scoreResult(fn: string, unit: EngineUnit, sums: UnitSums, rows: number): ColumnarScore {
  const n = sums.count;
  if (n === 0) {
    throw new StatsError(
      "EMPTY_INPUT",
      fn,
      `construct "${unit.construct}" (${unit.timepoint}) has no respondent with at least ${unit.minItems} answered item${unit.minItems === 1 ? "" : "s"}; expected at least 1 score`,
      unit.construct,
    );
  }
  return Object.freeze({
    construct: unit.construct,
    timepoint: unit.timepoint,
    items: Object.freeze([...unit.names]),
    minItems: unit.minItems,
    values: sums.values,
    n,
    nExcluded: rows - n,
    mean: sums.mean,
    sd: n < 2 ? null : Math.sqrt(Math.max(0, sums.m2) / (n - 1)),
  });
}

/**
 * Scores of one construct at one time point for every respondent of a columnar survey, by the
 * rule of `constructScores` (lib/compendium/src/data/scores.ts): the mean of the items the respondent
 * answered, defined when at least `minItems` are answered.
 *
 * score_i = (1/m_i) Σ_{j answered} x_ij when m_i ≥ minItems, else missing (NaN),
 * with x_ij the answer of respondent i to item j and m_i the number of items i answered (summed in
 * item order, so the scores equal constructScores' to the last bit);
 * mean = Σ score_i / n and SD = √(Σ(score_i − mean)²/(n − 1)) over the n respondents with a score
 * (two-pass within chunks of 2048 rows, chunks merged by Chan et al.'s pairwise update; see the
 * module scale/engine). One pass over the item columns; no object per respondent.
 *
 * @param survey the columnar survey (NaN = missing).
 * @param construct the construct: name, item columns per time point, minItems.
 * @param timepoint `pre`, `post` or `once`.
 * @returns the score column (a new Float64Array), n, nExcluded, mean and SD.
 * @throws {StatsError} INVALID_ARGUMENT for a time point without items, an item column not in the
 *   survey, or minItems outside 1..k; NON_FINITE for ±Infinity; EMPTY_INPUT when no respondent has a score.
 * @example
 * const s = surveyColumns({ a1: new Float64Array([4, 5, NaN]), a2: new Float64Array([2, 5, 3]) });
 * columnarScores(s, { name: "a", items: { pre: ["a1", "a2"] }, minItems: 1 }, "pre").values // Float64Array [3, 5, 3] (the mean of the answered items)
 * Validated against: constructScores and descriptives of the scalar library (test/stats/columnar, 1e-10 relative)
 * and NumPy (bench/reference/table3_numpy.py, N = 10⁶).
 */
export function columnarScores(
  survey: SurveyColumns,
  construct: ScaleConstruct,
  timepoint: ScaleTimepoint,
): ColumnarScore & { readonly values: Float64Array } {
  const fn = "columnarScores";
  const unit = unitOf(fn, survey, construct, timepoint, false, true);
  const sums = runEngine(fn, survey.n, [unit], []).units[0] as UnitSums;
  return scoreResult(fn, unit, sums, survey.n) as ColumnarScore & { readonly values: Float64Array };
}
