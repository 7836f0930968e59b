/**
 * Explanations of GRIM findings (English).
 * @module audit/engine/explain/grim
 */
import type { AuditResult } from "../../result.js";
import type { GrimDetails } from "../../grim.js";
import { countWord, fmt, stepsWord } from "./format.js";

/** A mean of values that are not whole numbers (e.g. fte recorded in tenths). */
export function grimNotWholeNumber(a: { text: string; n: number; unit: string; steps: number; decimals: number; description: string }): {
  reason: string;
  plain: string;
  assumption: string;
} {
  const d = countWord(a.decimals);
  return {
    reason: `${a.unit} is not a whole number per person; even recorded in ${stepsWord(a.steps)}, means of ${a.n} values move in steps of ${fmt(1 / (a.steps * a.n), 4)}, finer than the ${d} printed decimals, so GRIM cannot test ${a.text}.`,
    plain: `GRIM asks whether a mean could come from whole-number answers. ${a.description}, so the mean of ${a.n} people can take almost any value at ${d} decimals. The check cannot find an error here, which says nothing against the number.`,
    assumption: `${a.unit} recorded in ${stepsWord(a.steps)} (${fmt(1 / a.steps, 4)} steps) or finer`,
  };
}

/** A cluster mean of a table that does not print its number of items. */
export function grimClusterMean(a: { text: string; n: number; table: string; scale: string; check: AuditResult<GrimDetails> }): {
  reason: string;
  plain: string;
} {
  return {
    reason: `${a.check.reason} ${a.table} does not print how many items the cluster has; a k-item cluster mean moves in steps of 1/(${a.n}·k), so GRIM is informative at most for a single item.`,
    plain: `${a.table} gives ${a.text} for a cluster of questions on a ${a.scale} scale. An average of ${a.n} whole-number answers moves in steps of 1/${a.n} ≈ ${fmt(1 / a.n, 3)}, and an average over several items in even smaller steps, both finer than the one printed decimal. So every one-decimal mean is possible and this check cannot find an error; that says nothing against the number.`,
  };
}

/** A mean no whole-number total gives. */
export function grimImpossible(a: {
  text: string;
  n: number;
  check: AuditResult<GrimDetails>;
  nNote: string;
  largest: number | null;
  subsampleSizes: readonly number[];
  subsampleName: string;
}): { reason: string; plain: string } {
  const near = a.check.details.nearest.map((x) => `${x.sum}/${a.n} = ${fmt(x.value, 4)}`).join(" and ");
  return {
    reason: a.check.reason + a.nNote,
    plain: `If ${a.n} people each answer one question with a whole number, their average can only be a multiple of 1/${a.n}: the two nearest to ${a.text} are ${near}, which print as ${a.check.details.nearest.map((x) => x.rounded).join(" and ")}, never as ${a.text}. So ${a.text} cannot be the average of ${a.n} such answers. It would be possible if fewer people answered${
      a.largest !== null ? ` (at most ${a.largest} of the ${a.n})` : ""
    }${a.subsampleSizes.length > 0 ? `, for example only the ${a.subsampleSizes.join(" or ")} respondents of one ${a.subsampleName}` : ""}, but the article gives no such N.`,
  };
}

/** A mean that passes GRIM, or that GRIM cannot test at its precision. */
export function grimPossible(a: { text: string; n: number; unit: string; check: AuditResult<GrimDetails>; nNote: string }): {
  reason: string;
  plain: string;
} {
  const r = a.check;
  return {
    reason: r.reason + a.nNote,
    plain:
      r.verdict === "consistent"
        ? `GRIM asks whether an average of ${a.n} ${a.unit} can print as ${a.text}. It can: ${r.details.sums.lower}/${a.n} = ${fmt(r.details.sums.lower / a.n, 4)}. The number passes this check.`
        : `GRIM asks whether an average of ${a.n} ${a.unit} can print as ${a.text}. Such averages move in steps of 1/${a.n} ≈ ${fmt(1 / a.n, 3)}, finer than the printed precision, so every value at this precision is possible. The check cannot find an error here, which says nothing against the number.`,
  };
}

/** Added to the reason when the N is the article's, not printed with the value. */
export function grimAssumedN(n: number): string {
  return ` N is not printed with this value; the article's N = ${n} is assumed.`;
}
