/**
 * The rule engine: the audit's checks run over a collection of published values, directed by a
 * rule set given as data. `runAudit` runs it; `parseRuleSet` and `validateRuleSet` check a rule
 * set; `createFinding` builds a finding; the plain-language sentences are in `./explain/`, one
 * module per check.
 *
 * @module audit/engine
 */
export { indexPublished, type Published, type PublishedValue, type PublishedLocation } from "./published.js";
export { createFinding, type Finding, type FindingCheck, type FindingSpec } from "./finding.js";
export {
  parseRuleSet,
  validateRuleSet,
  fillTemplate,
  templateIds,
  meetsThreshold,
  type AuditRuleSet,
  type NotWholeNumberRule,
  type ClosureRule,
  type SameQuantityRule,
  type SumRule,
  type ListedCountRule,
  type CountTableRule,
  type SubsetCountRule,
  type CorrelationRule,
  type PairedRowRule,
  type PairedTableRule,
  type EffectSizeBandsRule,
  type EffectSizeClaimRule,
  type StatementClaimRule,
  type MinimumMeanClaimRule,
  type PoolingBoundClaimRule,
  type ClaimRule,
  type NotTestableRule,
} from "./rules.js";
export { runAudit, type AuditReport, type AuditOptions } from "./run.js";
export { isLang, ruleText, LANGS, type Lang } from "./lang.js";
export { EXPLAIN, EXPLAIN_EN, type ExplainCatalogue, type CheckReasons, type EngineWords } from "./explain/catalogue.js";
export { EXPLAIN_NL } from "./explain/nl/index.js";
export {
  conclusionIds,
  findingSeverity,
  rankFindings,
  FINDING_SEVERITIES,
  type FindingSeverity,
  type RankedFinding,
} from "./severity.js";
