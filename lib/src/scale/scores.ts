/**
 * Construct scores of a columnar survey.
 * @module scale/scores
 */
import { StatsError } from "../errors.js";
import { itemColumns, type ScaleConstruct, type ScaleTimepoint, type SurveyColumns } from "./columns.js";
import { checkMinItems, columnMoments, scorePass, varianceOf, type ScorePass } from "./kernels.js";

/** Result of {@link columnarScores}. */
export interface ColumnarScore {
  readonly construct: string;
  readonly timepoint: ScaleTimepoint;
  readonly items: readonly string[];
  readonly minItems: number;
  /** Score per respondent (mean of the answered items); NaN when fewer than `minItems` are answered. */
  readonly values: Float64Array;
  /** Respondents with a score. */
  readonly n: number;
  /** Respondents without a score (fewer than `minItems` answered). */
  readonly nExcluded: number;
  /** Mean of the scores. */
  readonly mean: number;
  /** Sample SD of the scores (n − 1); null when n < 2. */
  readonly sd: number | null;
}

/** Builds the score result from a score pass (shared with the pipeline). Internal. */
export function scoreResult(fn: string, construct: ScaleConstruct, timepoint: ScaleTimepoint, items: readonly string[], pass: ScorePass): ColumnarScore {
  const n = pass.count;
  if (n === 0) {
    throw new StatsError("EMPTY_INPUT", fn, `construct "${construct.name}" (${timepoint}) has no respondent with at least ${construct.minItems} answered item${construct.minItems === 1 ? "" : "s"}; expected at least 1 score`, construct.name);
  }
  const c = pass.total / n;
  const m = columnMoments(pass.values, c);
  return Object.freeze({
    construct: construct.name,
    timepoint,
    items: Object.freeze([...items]),
    minItems: construct.minItems,
    values: pass.values,
    n,
    nExcluded: pass.values.length - n,
    mean: c + m.s1 / n,
    sd: n < 2 ? null : Math.sqrt(varianceOf(n, m.s1, m.s2)),
  });
}

/**
 * Scores of one construct at one time point for every respondent of a columnar survey, by the
 * rule of `constructScores` (lib/src/data/scores.ts): the mean of the items the respondent
 * answered, defined when at least `minItems` are answered.
 *
 * score_i = (1/m_i) Σ_{j answered} x_ij when m_i ≥ minItems, else missing (NaN),
 * with x_ij the answer of respondent i to item j and m_i the number of items i answered;
 * mean = Σ score_i / n and SD = √(Σ(score_i − mean)²/(n − 1)) over the n respondents with a score
 * (corrected two-pass, block-wise sums; see the module scale/kernels).
 * Two passes over the item columns; no object per respondent.
 *
 * @param survey the columnar survey (NaN = missing).
 * @param construct the construct: name, item columns per time point, minItems.
 * @param timepoint `pre`, `post` or `once`.
 * @returns the score column (a new Float64Array), n, nExcluded, mean and SD.
 * @throws {StatsError} INVALID_ARGUMENT for a time point without items, an item column not in the
 *   survey, or minItems outside 1..k; NON_FINITE for ±Infinity; EMPTY_INPUT when no respondent has a score.
 * @example
 * const s = surveyColumns({ a1: new Float64Array([4, 5, NaN]), a2: new Float64Array([2, 5, 3]) });
 * columnarScores(s, { name: "a", items: { pre: ["a1", "a2"] }, minItems: 1 }, "pre").values // [3, 5, 3]
 * Validated against: constructScores and descriptives of the scalar library (test/scale, 1e-10 relative)
 * and NumPy (bench/reference/table3_numpy.py, N = 10⁶).
 */
export function columnarScores(survey: SurveyColumns, construct: ScaleConstruct, timepoint: ScaleTimepoint): ColumnarScore {
  const fn = "columnarScores";
  const { names, columns } = itemColumns(fn, survey, construct, timepoint);
  checkMinItems(fn, construct.name, construct.minItems, columns.length);
  return scoreResult(fn, construct, timepoint, names, scorePass(fn, names, columns, construct.minItems, survey.n));
}
