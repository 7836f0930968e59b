/**
 * Statistics at scale: the pre/post scale analysis (reliability, paired tests, effect sizes, correlations) on a survey stored column by column (one
 * Float64Array per item, NaN = missing), with the same results as the scalar functions of
 * lib/stats/src and a few passes over the data.
 * @module columnar
 */
export {
  surveyColumns,
  columnFromValues,
  valuesFromColumn,
  SCALE_TIMEPOINTS,
  type SurveyColumns,
  type ScaleConstruct,
  type ScaleTimepoint,
} from "./columns.js";
export { columnarScores, type ColumnarScore } from "./scores.js";
export { columnarAlpha, type ColumnarAlphaOptions } from "./alpha.js";
export { columnarPaired, type ColumnarPaired, type ColumnarPairedOptions, type ColumnarEffects } from "./paired.js";
export { columnarCorrelations, type ColumnarCorrelationMatrix } from "./correlations.js";
export {
  columnarPrePost,
  type ColumnarPrePost,
  type ColumnarPrePostOptions,
  type ColumnarReliability,
  type ColumnarTimepointCorrelations,
} from "./prepost.js";
export { syntheticSurvey, type SyntheticSurvey, type SyntheticSurveyOptions } from "./synthetic.js";
