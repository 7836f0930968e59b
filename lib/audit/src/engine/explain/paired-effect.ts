/**
 * Explanations of paired-effect findings: pre/post means, effect size d and significance (English).
 * @module audit/engine/explain/paired-effect
 */
import { fmt } from "./format.js";

/** How large a pre-post correlation must be, in words. */
function rPhrase(r: number | null): string {
  return r === null
    ? "no correlation"
    : r <= -0.99
      ? "any correlation"
      : r < 0
        ? `practically any correlation (at least ${fmt(r, 2)})`
        : `a correlation of at least ${fmt(r, 2)}`;
}

/** Every variant of d (d_z, d_av, d_rm) against the means and the implied significance. */
export function pairedAllVariants(a: {
  consistent: boolean;
  dzConsistent: boolean;
  table: string;
  name: string;
  pre: string;
  post: string;
  d: string;
  dValue: number;
  n: number;
  significant: boolean;
  rAv: number | null;
  rRm: number | null;
}): string {
  const sigWord = a.significant ? "significant" : "not significant";
  return a.consistent
    ? `${a.table} gives ${a.name} as ${a.pre} before and ${a.post} after, with effect size d = ${a.d}, and the article implies the change is ${sigWord}. The article does not say which of the usual versions of d it used. ${
        a.dzConsistent
          ? `Every version fits: as d_z (the one tied to the t-test) it gives t(${a.n - 1}) ≈ ${fmt(a.dValue * Math.sqrt(a.n), 2)}, ${sigWord} as claimed${a.rAv !== null && a.rAv > -0.99 ? `; as d_av or d_rm it needs ${rPhrase(a.rAv)} between respondents' before and after scores` : ""}.`
          : `As d_z it does not fit (see the separate finding); as d_av or d_rm it fits if respondents' before and after scores correlate at least ${fmt(a.rAv ?? a.rRm ?? NaN, 2)}, which the article does not report.`
      } So these numbers are possible together.`
    : `${a.table} gives ${a.name} as ${a.pre} before and ${a.post} after with d = ${a.d}, but no version of d fits these means together with the implied significance. At least one of the numbers must be wrong.`;
}

/** d read as d_z, with a two-sided test. */
export function pairedDz(a: {
  consistent: boolean;
  reason: string;
  d: string;
  dValue: number;
  n: number;
  alpha: number;
  significant: boolean;
  tRange: { lower: number; upper: number } | null | undefined;
  pRange: { lower: number; upper: number } | null | undefined;
  oneSided: { lower: number; upper: number } | null;
  rAv: number | null;
}): { reason: string; plain: string } {
  const sigWord = a.significant ? "significant" : "not significant";
  return {
    reason: `${a.reason}${a.consistent ? "" : ` This holds only if d is d_z and the test two-sided; the article names neither, so no printed number is proven wrong.`}`,
    plain: a.consistent
      ? `If d = ${a.d} is d_z, the effect size computed from the individual differences, the paired t-test has t = d·√N ≈ ${fmt(a.dValue * Math.sqrt(a.n), 2)} with ${a.n - 1} degrees of freedom, which is ${sigWord} at ${a.alpha} as the article implies. Under this reading the numbers agree.`
      : `If d = ${a.d} is d_z, the effect size computed from the individual differences, the paired t-test has t = d·√N ≈ ${a.tRange !== undefined && a.tRange !== null ? fmt((a.tRange.lower + a.tRange.upper) / 2, 2) : "?"} with ${a.n - 1} degrees of freedom and p ≈ ${a.pRange !== undefined && a.pRange !== null ? `${fmt(a.pRange.lower, 3)}–${fmt(a.pRange.upper, 3)}` : "?"}, which is not significant at ${a.alpha}, whereas the article treats the change as significant. The contradiction disappears if d is another version (d_av or d_rm, with a before–after correlation of at least ${fmt(a.rAv ?? NaN, 2)}) or if the test was one-sided (p ≈ ${a.oneSided !== null ? `${fmt(a.oneSided.lower, 3)}–${fmt(a.oneSided.upper, 3)}` : "?"}); the article says neither, so the printed numbers are unverifiable rather than impossible.`,
  };
}

/** No d printed: what keeps the reported (non-)significance. */
export function pairedWithoutD(a: {
  notSignificant: boolean;
  table: string;
  name: string;
  pre: string;
  post: string;
  marked: string;
  n: number;
  alpha: number;
  c: number;
  largestPrintedDz: number;
  minSdDiffPrinted: number;
  minSdDiffMax: number;
  zeroPossible: boolean;
  diff: { lower: number; upper: number };
  scale: string;
}): { reason: string; plain: string } {
  return {
    reason: a.notSignificant
      ? `With n = ${a.n}, a paired difference is not significant at ${a.alpha} iff d_z ≤ t(${1 - a.alpha / 2}, ${a.n - 1})/√${a.n} = ${fmt(a.c, 4)} (printed d_z up to ${a.largestPrintedDz.toFixed(2)}; d_av = d_rm ≤ ${fmt(a.c, 3)}·√(2(1 − r))); the means ${a.pre} → ${a.post} stay non-significant whenever the SD of the differences is at least ${fmt(a.minSdDiffPrinted, 2)} (${fmt(a.minSdDiffMax, 2)} for the largest difference the rounding allows${a.zeroPossible ? "; a true difference of 0 is also possible" : ""}).`
      : `No d is printed; the means allow a difference of ${fmt(a.diff.lower, 2)} to ${fmt(a.diff.upper, 2)}.`,
    plain: `${a.table} gives ${a.name} as ${a.pre} before and ${a.post} after and marks the change "${a.marked}", with no effect size. With ${a.n} respondents a change this small is not significant as long as it is small relative to how much people's changes differ: the standardised change d_z must stay at or below ${fmt(a.c, 2)}, i.e. the individual changes must vary with a standard deviation of at least about ${fmt(a.minSdDiffPrinted, 2)} points. That is an ordinary amount of variation on a ${a.scale} scale, so the statement fits the means.`,
  };
}
