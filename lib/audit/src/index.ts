/**
 * The audit: the consistency checks a reviewer runs on reported numbers — GRIM, GRIMMER,
 * statcheck-style recomputation of p-values, paired effect sizes against significance, count
 * tables, bounded scales, CLOSURE, and one quantity reported twice — plus the extraction of
 * APA-style results from text and a summary-statistics CSV reader. Every check takes reported
 * numbers as strings, as printed, and returns `{ check, verdict, reason, details }`.
 * The command line is `./cli.ts` (not re-exported).
 *
 * @module audit
 */
export type { AuditResult, AuditVerdict } from "./result.js";
export {
  fraction,
  fractionFromNumber,
  fractionToNumber,
  addFractions,
  subtractFractions,
  multiplyFractions,
  compareFractions,
  pow10,
  type ExactFraction,
} from "./fraction.js";
export {
  parseReported,
  roundingInterval,
  intervalContains,
  intervalToNumbers,
  roundFraction,
  reportedFraction,
  ROUNDING_MODES,
  type ReportedNumber,
  type RoundingMode,
  type RoundingInterval,
  type NumericInterval,
} from "./reported.js";
export { checkGrim, checkGrimPercent, type GrimOptions, type GrimDetails, type GrimNeighbour } from "./grim.js";
export { checkGrimmer, DEFAULT_MAX_SUMS, type GrimmerOptions, type GrimmerDetails, type GrimmerCandidate } from "./grimmer.js";
export {
  checkPValue,
  recomputeP,
  type ApaTestType,
  type ReportedRelation,
  type ReportedTestResult,
  type PValueOptions,
  type PValueDetails,
  type TestDegreesOfFreedom,
} from "./statcheck.js";
export {
  checkPairedEffectSize,
  type PairedDVariant,
  type PairedEffectReport,
  type PairedAuditOptions,
  type PairedEffectDetails,
  type PairedVariantFeasibility,
  type CorrelationRange,
} from "./paired.js";
export { checkCountTable, type CountTableReport, type CountTableOptions, type CountTableDetails, type CountLine } from "./count-table.js";
export { checkSameQuantity, type SameQuantityOptions, type SameQuantityDetails } from "./same-quantity.js";
export { checkScaleBounds, type ScaleBoundsOptions, type ScaleBoundsDetails } from "./scale-bounds.js";
export { checkClosure, type ClosureOptions, type ClosureDetails } from "./closure.js";
export {
  extractTestResults,
  mentionsOneTailed,
  auditText,
  findDescriptives,
  type ExtractedTestResult,
  type TextAuditEntry,
  type TextAudit,
  type UncheckedDescriptive,
} from "./extract.js";
export { parseSummaryTable, auditSummaryRow, AuditInputError, type SummaryRow, type SummaryRowAudit } from "./summary-table.js";
export { formatTextAudit, formatSummaryAudit, formatAuditTable, auditToJson } from "./format.js";
export * from "./engine/index.js";
