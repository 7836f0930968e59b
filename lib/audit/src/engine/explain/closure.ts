/**
 * Explanations of CLOSURE findings for a mean with a stated lowest score (English).
 * @module audit/engine/explain/closure
 */
import { fmt } from "./format.js";

/** No frequency table fits. */
export function closureNone(a: { text: string; n: number; minScore: number; minCount: number; max: number }): {
  reason: string;
  plain: string;
} {
  return {
    reason: `No set of ${a.n} whole-number answers from ${a.minScore} to ${a.max} with exactly ${a.minCount} at ${a.minScore} has a mean that rounds to ${a.text}.`,
    plain: `The text says the mean is ${a.text} and that the ${a.minCount} lowest scores were ${a.minScore}. No set of ${a.n} whole-number answers fits both statements, so one of them must be wrong.`,
  };
}

/** Some frequency tables fit; `first` and `last` are written as "3 × 2, 17 × 3, …". */
export function closureSome(a: {
  text: string;
  n: number;
  minScore: number;
  minCount: number;
  max: number;
  count: number;
  total: number;
  first: string;
  last: string;
  sdRange: { min: number; max: number };
}): { reason: string; plain: string } {
  return {
    reason: `${a.count} frequency tables of ${a.n} whole-number answers from ${a.minScore} to ${a.max} with exactly ${a.minCount} at ${a.minScore} have a mean that rounds to ${a.text} (total ${a.total}), from ${a.first} to ${a.last}; their SDs range from ${fmt(a.sdRange.min, 2)} to ${fmt(a.sdRange.max, 2)} (no SD is printed, so GRIMMER and CLOSURE proper cannot run).`,
    plain: `The text gives an average of ${a.text} and says the ${a.minCount} lowest scorers gave a ${a.minScore}. Assuming ${a.n} respondents answered one whole-number question, we listed every possible set of answers with exactly ${a.minCount} answers of ${a.minScore} and none lower: ${a.count} sets fit, for example ${a.first}. So the two statements agree; the SD, which the article does not print, would lie between ${fmt(a.sdRange.min, 2)} and ${fmt(a.sdRange.max, 2)}.`,
  };
}

/** The enumeration was too large to finish; `reason` is the check's own sentence. */
export function closureTooLarge(a: { reason: string; text: string; n: number }): { reason: string; plain: string } {
  return {
    reason: a.reason,
    plain: `Listing every set of ${a.n} answers with an average of ${a.text} and the stated lowest score would take too long here. So this check could not be completed. That says nothing against the numbers.`,
  };
}

/** The assumption behind the enumeration. */
export const CLOSURE_ASSUMPTION =
  "one whole-number item per respondent; the lowest observed score is exactly the printed score, shared by exactly the printed number of respondents";
