/**
 * Explanations of scale-bounds findings: the SD an effect size implies against the largest SD a
 * bounded scale allows (English).
 * @module audit/engine/explain/scale-bounds
 */
import { fmt } from "./format.js";

export function scaleBoundsExplained(a: {
  ok: boolean;
  d: string;
  pre: string;
  post: string;
  n: number;
  scale: string;
  diff: { lower: number; upper: number };
  printedDiff: number;
  implied: { lower: number; upper: number };
  cap: number;
}): { reason: string; plain: string } {
  return {
    reason: `Read as d_av or d_rm with equal SDs, d = ${a.d} and a difference of ${fmt(a.diff.lower, 2)}–${fmt(a.diff.upper, 2)} imply an SD of ${fmt(a.implied.lower, 2)}–${fmt(a.implied.upper, 2)}; on a ${a.scale} scale with means ${a.pre} and ${a.post} and n = ${a.n} the SD can be at most ${fmt(a.cap, 2)}${a.ok ? "" : ", less than required"}.`,
    plain: a.ok
      ? `Effect size d is the change divided by the spread of the scores, so ${a.d} and a change of about ${fmt(a.printedDiff, 1)} imply a spread (SD) of roughly ${fmt(a.implied.lower, 1)}–${fmt(a.implied.upper, 1)} points. On a ${a.scale} scale with these means the spread can be as large as ${fmt(a.cap, 2)}, so the implied spread is possible. The means, the effect size and the scale fit together.`
      : `Effect size d is the change divided by the spread of the scores; here the spread it implies is larger than a ${a.scale} scale allows at these means, so the numbers cannot all be right.`,
  };
}
