export * from "./distributions.js";
export * from "./descriptives.js";
export * from "./reliability.js";
export * from "./ttest.js";
export * from "./effect-size.js";
// The cores that take summary statistics (hedgesJ stays internal: hedgesCorrection is its public form).
export {
  alphaFromCovariance,
  pairedTTestFromMoments,
  pairedEffectFromMoments,
  pairedFromMoments,
  type AlphaFromCovarianceOptions,
  type PairedMoments,
  type PairedFromMoments,
} from "./cores.js";
export * from "./correlation.js";
export * from "./wilcoxon.js";
export * from "./adjust.js";
export * from "./power.js";
export * from "./random.js";
export * from "./bootstrap.js";
export type { Alternative, MissingPolicy, NumericInput } from "./validate.js";
// Input validation shared with the packages built on this one (they throw the same StatsError).
export { checkNumber, checkProbability, checkLevel } from "./validate.js";
export * from "./errors.js";
export * from "./columnar/index.js";
export * from "./format.js";
