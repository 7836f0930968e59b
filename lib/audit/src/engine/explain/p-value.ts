/**
 * Explanations of p-value findings: a correlation's p recomputed from r and N (English).
 * @module audit/engine/explain/p-value
 */
import { fmtP } from "./format.js";

export function pValueExplained(a: {
  reason: string;
  lenientVerdict: string;
  decisionError: boolean;
  pZero: boolean;
  consistent: boolean;
  r: string;
  x: string;
  y: string;
  n: number;
  p: string;
  relation: string;
  computedP: number;
  computedPRange: { lower: number; upper: number };
}): { reason: string; plain: string } {
  return {
    reason: `${a.reason} With statcheck's other setting (p = .000 not counted as an error) the verdict is "${a.lenientVerdict}"; decision error: ${a.decisionError ? "yes" : "no"}.`,
    plain: a.pZero
      ? `The article reports a correlation of r = ${a.r} between ${a.x} and ${a.y} among ${a.n} people with "p = ${a.p}". Recomputed from r and N, p is about ${fmtP(a.computedP)} (between ${fmtP(a.computedPRange.lower)} and ${fmtP(a.computedPRange.upper)} for any r that prints as ${a.r}), far below .001, so the correlation is clearly significant as the article says. A p-value is never exactly zero, so "p = ${a.p}" should have been written "p < ${a.p.replace(/0$/, "1")}"; the statcheck tool counts this as a reporting error, but not one that changes any conclusion, and the printed digits are a correct rounding.`
      : `The article reports r = ${a.r} among ${a.n} people with p ${a.relation} ${a.p}. Recomputed from r and N, p is about ${fmtP(a.computedP)}. ${a.consistent ? "The reported p agrees." : "The reported p does not agree."}`,
  };
}
