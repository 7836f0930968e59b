/**
 * The article's analyses on validated data: sample, Table 2, reliability, Table 3, correlations,
 * focus groups, robustness, the audit of the article, and the scorecard.
 * @module analysis
 */
export * from "./published.js";
export * from "./study.js";
export * from "./sample.js";
export * from "./table2.js";
export * from "./reliability.js";
export * from "./table3.js";
export * from "./correlations.js";
export * from "./focusgroups.js";
export * from "./robustness.js";
export * from "./audit-article.js";
export * from "./results.js";
export * from "./results-text.js";
export type { NotComputable, StatisticContext } from "./computable.js";
export { ifComputable, notComputableCell } from "./computable.js";
