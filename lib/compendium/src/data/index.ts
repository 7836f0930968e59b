/**
 * Data: the codebook, the loader and validator of respondent-level data, and the missing-data
 * policy helpers every analysis uses.
 *
 * @module data
 */
export { DataError, formatProblem, formatProblems } from "./errors.js";
export type { DataErrorCode, Problem, Severity } from "./errors.js";
export { loadCodebook, parseCodebook, getResource, getConstruct, quasiIdentifiers } from "./codebook.js";
export type {
  Codebook,
  Constraints,
  Construct,
  Dialect,
  Field,
  FieldType,
  ForeignKey,
  Resource,
  Scale,
  Schema,
  Timepoint,
} from "./codebook.js";
export { Table } from "./table.js";
export type { Row, RowOrigin } from "./table.js";
export { loadDataset, ownCodebookDir, validateData, PROGRESS_ROWS } from "./dataset.js";
export { describeDataProgress, throttledDataProgress } from "./progress.js";
export type {
  AccountingEntry,
  DataOptions,
  Dataset,
  FileInfo,
  FileSpec,
  LoadOptions,
  MatchedBy,
  DataProgress,
  ValidateOptions,
  ValidationResult,
  ValidationSummary,
} from "./dataset.js";
export type { ExcludedRow, SkippedCheck } from "./validate.js";
export type { ReadOptions } from "./read.js";
export type { TextEncoding } from "./decode.js";
export { constructScores, pairedConstructScores, itemMatrix, pairwiseComplete } from "./scores.js";
export type { ConstructScores, Exclusion, ItemMatrix, PairedScores, PairwiseComplete, ScoreOptions } from "./scores.js";
