/**
 * The reason given for a published value no check applies to, when the rule data give none (English).
 * @module audit/engine/explain/not-testable
 */

export const NO_CHECK_APPLIES = "No consistency check applies to this value with what the article prints.";
