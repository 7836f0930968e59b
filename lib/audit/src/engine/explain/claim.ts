/**
 * Explanations of claim findings: words in the text against the article's own numbers and
 * benchmarks (English).
 * @module audit/engine/explain/claim
 */
import { fmt } from "./format.js";

/** A band of effect sizes. */
export type EffectSizeBand = "below worthwhile" | "worthwhile" | "high";

/** How a band is described, from the printed thresholds, their relations and their labels. */
export function bandTexts(a: {
  worthwhile: string;
  high: string;
  highRelation: string | null | undefined;
  worthwhileLabel: string;
  highLabel: string;
}): Record<EffectSizeBand, string> {
  const highFrom = a.highRelation === ">" ? "above" : "from";
  return {
    high: `${a.highLabel} (${highFrom} ${a.high})`,
    worthwhile: `${a.worthwhileLabel} (from ${a.worthwhile}) but not ${a.highLabel} (${highFrom} ${a.high})`,
    "below worthwhile": `below the ${a.worthwhile} that the article calls ${a.worthwhileLabel}`,
  };
}

/** An effect size against the band the text's wording claims. */
export function effectSizeClaimExplained(a: {
  fits: boolean;
  d: string;
  interval: { lower: number; upper: number };
  band: EffectSizeBand | null;
  bandText: Record<EffectSizeBand, string>;
  benchmarks: string;
  name: string;
  worthwhile: string;
  high: string;
  worthwhileLabel: string;
  highLabel: string;
  wording: string;
  quote: string;
}): { reason: string; plain: string } {
  const rule = `The article says it follows ${a.benchmarks}'s rule of thumb: effects from ${a.worthwhile} are ${a.worthwhileLabel}, above ${a.high} ${a.highLabel}.`;
  return {
    reason: `d = ${a.d} (${fmt(a.interval.lower, 3)} to ${fmt(a.interval.upper, 3)}) is ${a.band === null ? "on the border of two bands" : a.bandText[a.band]} by ${a.benchmarks}'s bounds, which the article says it follows; the text describes it as ${a.wording}: "${a.quote}".`,
    plain: a.fits
      ? `${rule} For ${a.name} d = ${a.d}, and the text's wording (${a.wording}) fits that band. Nothing to correct.`
      : `${rule} For ${a.name} d = ${a.d} is ${a.band === null ? "on the border" : a.bandText[a.band]}, yet the text describes it as ${a.wording}. The number itself is not in doubt; the words claim more than the article's own yardstick allows.`,
  };
}

/** A pooling bound of a count table ("labels mentioned at most b times are pooled"). */
export function poolingBoundExplained(a: {
  ok: boolean;
  table: string;
  bound: string;
  smallest: number;
  quote: string;
  smallColumnLabels: number;
  pooledLabel: string;
}): { reason: string; plain: string } {
  return {
    reason: `Every label listed separately in ${a.table} has a row total above ${a.bound} (smallest ${a.smallest}), as "${a.quote}" requires if the bound applies to the label total; ${a.smallColumnLabels} listed labels have a column count of ${a.bound} or less, so the bound cannot apply per column.`,
    plain: a.ok
      ? `Labels mentioned ${a.bound} times or fewer were pooled as "${a.pooledLabel}". Every label the table lists on its own was mentioned more often than that in total, so the pooling rule is applied consistently (counting both questions together).`
      : `Labels mentioned ${a.bound} times or fewer were to be pooled as "${a.pooledLabel}", yet some listed labels have no more mentions than that; the pooling rule is not applied consistently.`,
  };
}
