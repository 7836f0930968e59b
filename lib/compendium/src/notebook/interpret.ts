/**
 * One interpretation sentence after each result of a notebook's worked case, computed from the
 * values: what the number means, in words a student can reuse. Every English sentence template is
 * in {@link INTERPRET_TEXT}, the Dutch in notebook/interpret-nl; each function takes the language
 * (default {@link defaultLang}, so a notebook run with `--lang nl` prints Dutch) and writes numbers
 * in its style. A value the data leave undefined (NaN) gives the sentence of
 * {@link INTERPRET_TEXT.notComputable}.
 * @module notebook/interpret
 */
import { localize } from "./localize.js";
import { hattieBand, type Table3Row } from "../analysis/table3.js";
import { roundsTo } from "../analysis/published.js";
import type { Published } from "@behoud/audit";
import { escapeMarkdown, markdown } from "@behoud/notebook-runner/display";
import { defaultLang, numberStyle, type Lang, type Widen } from "../views/lang.js";
import { INTERPRET_TEXT_NL } from "./interpret-nl.js";

/** The number formats of the sentences in a language. */
function formats(lang: Lang) {
  const S = numberStyle(lang);
  const sep = lang === "nl" ? "; " : ", ";
  return {
    n2: (x: number): string => S.num(x, 2),
    /** Two decimals; without the leading zero in English, for values bounded by 1 (α, r). */
    b2: (x: number): string => S.bounded(x, 2),
    pct: (x: number): string => `${S.num(x * 100, 0)} %`,
    /** "p = .043" or "p < .001" (Dutch "p = 0,043", "p < 0,001"). */
    pText: (p: number): string => S.pClause(p),
    /** An interval with two decimals: `[0.31, 0.63]` / `[0,31; 0,63]`. */
    ci: (lower: number, upper: number): string => S.ci(lower, upper, 2),
    /** An interval of a quantity bounded by 1: `[.70, .89]` / `[0,70; 0,89]`. */
    ciBounded: (lower: number, upper: number): string => `[${S.bounded(lower, 2)}${sep}${S.bounded(upper, 2)}]`,
    one: (x: number): string => S.num(x, 1),
  };
}

/** The sentence templates (English). */
export const INTERPRET_TEXT = {
  /** What a paired effect size's standardizer is, by variant. */
  standardizers: {
    d_z: "the standard deviation of the differences",
    d_av: "the average of the pre and post standard deviations",
    d_rm: "the standard deviation of the differences, corrected for the pre–post correlation",
  } as Readonly<Record<string, string>>,
  timepoints: { pre: "pre", post: "post" } as Readonly<Record<string, string>>,
  whatAlpha: (label: string): string => `Cronbach's α of ${label}`,
  whatPairedT: (label: string): string => `The paired t-test of ${label}`,
  whatEffect: (variant: string, label: string): string => `${variant} of ${label}`,
  whatCorrelation: (x: string, y: string): string => `The correlation of ${x} and ${y}`,
  whatWilcoxon: (label: string): string => `Wilcoxon's test of ${label}`,
  whatBootstrap: (what: string): string => `The bootstrap interval of ${what}`,
  whatHolm: "Holm's adjustment",
  whatReliabilities: "Every cluster's alpha",
  notComputable: (what: string): string => `${what} is not computable on these data, so there is nothing to interpret.`,
  alpha: (p: { label: string; alpha: string; ci: string; n: number; k: number; threshold: string; verdict: string }): string =>
    `Cronbach's α of ${p.label} is ${p.alpha} (95 % CI ${p.ci}; ${p.k} items, n = ${p.n}): ${p.verdict}`,
  alphaAbove: (threshold: string): string => `above the article's lower bound of ${threshold}, and the whole interval lies above it too.`,
  alphaAboveButInterval: (threshold: string, lower: string): string =>
    `above the article's lower bound of ${threshold}, but the interval reaches down to ${lower}: with this many respondents the data cannot rule out a reliability below the bound.`,
  alphaBelow: (threshold: string): string =>
    `below the article's lower bound of ${threshold}; the items of this cluster agree less than the article requires.`,
  pairedT: (p: { label: string; direction: string; size: string; ci: string; t: string; df: number; p: string; verdict: string }): string =>
    `On average the post score of ${p.label} is ${p.size} points ${p.direction} than the retrospective pre score (95 % CI ${p.ci}); t(${p.df}) = ${p.t}, ${p.p}: ${p.verdict}`,
  higher: "higher",
  lower: "lower",
  significant: (alpha: string): string =>
    `the p-value is below ${alpha} and the interval does not contain 0, so a true mean change of zero does not fit these data well.`,
  notSignificant: (alpha: string): string =>
    `the p-value is not below ${alpha} and the interval contains 0, so these data are compatible with no change at all.`,
  effect: (p: { variant: string; label: string; d: string; ci: string; standardizer: string; band: string; bandCi: string }): string =>
    `${p.variant} of ${p.label} is ${p.d} (95 % CI ${p.ci}): the mean change is ${p.d} times ${p.standardizer}. By Hattie's thresholds as the article applies them that is "${p.band}"; ${p.bandCi}`,
  effectCiSameBand: "the whole interval falls in that band as well.",
  effectCiOtherBands: (lowerBand: string, upperBand: string): string =>
    `but the interval runs from "${lowerBand}" to "${upperBand}", so the data do not pin the effect to one band.`,
  correlation: (p: { x: string; y: string; r: string; ci: string; n: number; p: string; shared: string; direction: string }): string =>
    `r = ${p.r} (95 % CI ${p.ci}, N = ${p.n}, ${p.p}): respondents with a higher ${p.x} score tend to have a ${p.direction} ${p.y} score; the two share r² = ${p.shared} of their variance. A correlation does not say which causes which, or whether either does.`,
  wilcoxon: (p: { label: string; v: string; n: number; zero: number; z: string; p: string; agree: string }): string =>
    `Wilcoxon's V of ${p.label} is ${p.v} over ${p.n} non-zero differences (${p.zero} zero differences dropped), z = ${p.z}, ${p.p}: ${p.agree}`,
  wilcoxonAgrees: (alpha: string): string =>
    `the test without the normality assumption comes to the same conclusion at ${alpha} as the t-test.`,
  wilcoxonDisagrees: (alpha: string): string =>
    `at ${alpha} the test without the normality assumption comes to a different conclusion than the t-test: that conclusion rests on the t-test's assumptions.`,
  bootstrap: (p: { what: string; replicates: number; n: number; seed: number; ci: string; zero: string }): string =>
    `Drawing ${p.n} respondents with replacement ${p.replicates} times (seed ${p.seed}), the middle 95 % of the ${p.what} values lie in ${p.ci}; ${p.zero}`,
  bootstrapExcludesZero: "the interval does not contain 0: resampling the respondents, too, points to a change that is not zero.",
  bootstrapIncludesZero: "the interval contains 0: resampling the respondents does not rule out no change at all.",
  reliabilities: (p: { reached: number; computed: number; threshold: string; lowest: string; alpha: string }): string =>
    `${p.reached} of the ${p.computed} alphas that could be computed are at or above ${p.threshold}; the lowest is ${p.lowest}, α = ${p.alpha}.`,
  variants: (p: { n: number; all: readonly string[] }): string =>
    p.all.length === 1
      ? `Of the three ways to standardize, ${p.all.join("")} rounds to the printed effect size for all ${p.n} constructs with a printed d: the article's d is most likely that one.`
      : `Of the three ways to standardize, ${p.all.join(" and ")} round to the printed effect size for all ${p.n} constructs with a printed d: the article's d is most likely one of them.`,
  variantsNone: (p: { n: number; per: string }): string =>
    `No variant rounds to the printed effect size for all ${p.n} constructs with a printed d; per construct: ${p.per}.`,
  variantsNothing: "No printed effect size can be compared with these data.",
  none: "none",
  holm: (p: { m: number; before: number; after: number; alpha: string; lost: string }): string =>
    `Of the ${p.m} tests, ${p.before} have p < ${p.alpha} before and ${p.after} after Holm's adjustment${p.lost}.`,
  holmLost: (labels: string): string => `; no longer below it after adjustment: ${labels}`,
  holmNoneLost: (m: number): string => `: adjusting for ${m} tests changes no conclusion at this level`,
} as const;

/** The sentence templates of one language ({@link INTERPRET_TEXT}, notebook/interpret-nl). */
export type InterpretText = Widen<typeof INTERPRET_TEXT>;

/**
 * The sentence templates in a language.
 * @example interpretText("nl").higher // "hoger"
 * @example interpretText("en").higher // "higher"
 */
export function interpretText(lang: Lang = defaultLang()): InterpretText {
  return lang === "nl" ? INTERPRET_TEXT_NL : INTERPRET_TEXT;
}

/**
 * The sentence after Cronbach's alpha with its Feldt interval.
 * @example
 * interpretAlpha({ label: "Werkplezier (pre)", alpha: 0.81, lower: 0.70, upper: 0.89, n: 51, k: 3, threshold: 0.7 })
 * // "Cronbach's α of Werkplezier (pre) is .81 (95 % CI [.70, .89]; 3 items, n = 51): above the article's lower bound of .70, and the whole interval lies above it too."
 * interpretAlpha({ label: "X", alpha: 0.74, lower: 0.6, upper: 0.84, n: 51, k: 3, threshold: 0.7 }).includes("cannot rule out") // true
 */
export function interpretAlpha(
  v: {
    label: string;
    alpha: number;
    lower: number;
    upper: number;
    n: number;
    k: number;
    threshold: number;
  },
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { b2, ciBounded } = formats(lang);
  if (![v.alpha, v.lower, v.upper].every(Number.isFinite)) return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatAlpha(v.label));
  const th = b2(v.threshold);
  const verdict =
    v.alpha < v.threshold
      ? INTERPRET_TEXT.alphaBelow(th)
      : v.lower >= v.threshold
        ? INTERPRET_TEXT.alphaAbove(th)
        : INTERPRET_TEXT.alphaAboveButInterval(th, b2(v.lower));
  return INTERPRET_TEXT.alpha({
    label: v.label,
    alpha: b2(v.alpha),
    ci: ciBounded(v.lower, v.upper),
    n: v.n,
    k: v.k,
    threshold: th,
    verdict,
  });
}

/**
 * The sentence after a paired t-test.
 * @example
 * interpretPairedT({ label: "Werkplezier", meanDifference: 0.47, lower: 0.31, upper: 0.63, t: 6.0, df: 50, p: 2e-7, alpha: 0.05 })
 * // "On average the post score of Werkplezier is 0.47 points higher than the retrospective pre score (95 % CI [0.31, 0.63]); t(50) = 6.00, p < .001: the p-value is below .05 and the interval does not contain 0, so a true mean change of zero does not fit these data well."
 */
export function interpretPairedT(
  v: {
    label: string;
    meanDifference: number;
    lower: number;
    upper: number;
    t: number;
    df: number;
    p: number;
    alpha: number;
  },
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { n2, b2, ci, pText } = formats(lang);
  if (![v.meanDifference, v.lower, v.upper, v.t, v.p].every(Number.isFinite))
    return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatPairedT(v.label));
  const a = b2(v.alpha);
  return INTERPRET_TEXT.pairedT({
    label: v.label,
    direction: v.meanDifference >= 0 ? INTERPRET_TEXT.higher : INTERPRET_TEXT.lower,
    size: n2(Math.abs(v.meanDifference)),
    ci: ci(v.lower, v.upper),
    t: n2(v.t),
    df: v.df,
    p: pText(v.p),
    verdict: v.p < v.alpha ? INTERPRET_TEXT.significant(a) : INTERPRET_TEXT.notSignificant(a),
  });
}

/**
 * The sentence after a paired effect size with its noncentral-t interval, with Hattie's band.
 * @example
 * interpretEffect({ variant: "d_av", label: "Werkplezier", estimate: 0.61, lower: 0.45, upper: 0.77 })
 * // "d_av of Werkplezier is 0.61 (95 % CI [0.45, 0.77]): the mean change is 0.61 times the average of the pre and post standard deviations. By Hattie's thresholds as the article applies them that is \"high (> .6)\"; but the interval runs from \"worth the effort (≥ .4)\" to \"high (> .6)\", so the data do not pin the effect to one band."
 */
export function interpretEffect(
  v: { variant: string; label: string; estimate: number; lower: number; upper: number },
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { n2, ci } = formats(lang);
  if (![v.estimate, v.lower, v.upper].every(Number.isFinite))
    return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatEffect(v.variant, v.label));
  const band = hattieBand(v.estimate, lang);
  const lowerBand = hattieBand(v.lower, lang);
  const upperBand = hattieBand(v.upper, lang);
  return INTERPRET_TEXT.effect({
    variant: v.variant,
    label: v.label,
    d: n2(v.estimate),
    ci: ci(v.lower, v.upper),
    standardizer: INTERPRET_TEXT.standardizers[v.variant] ?? v.variant,
    band,
    bandCi:
      lowerBand === band && upperBand === band ? INTERPRET_TEXT.effectCiSameBand : INTERPRET_TEXT.effectCiOtherBands(lowerBand, upperBand),
  });
}

/**
 * The sentence after Pearson's r with its Fisher-z interval.
 * @example
 * interpretCorrelation({ x: "Werkplezier", y: "Autonomie", r: 0.574, lower: 0.357, upper: 0.733, n: 51, p: 1.07e-5 })
 * // "r = .57 (95 % CI [.36, .73], N = 51, p < .001): respondents with a higher Werkplezier score tend to have a higher Autonomie score; the two share r² = 33 % of their variance. A correlation does not say which causes which, or whether either does."
 */
export function interpretCorrelation(
  v: { x: string; y: string; r: number; lower: number; upper: number; n: number; p: number },
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { b2, ciBounded, pText, pct } = formats(lang);
  if (![v.r, v.lower, v.upper, v.p].every(Number.isFinite)) return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatCorrelation(v.x, v.y));
  return INTERPRET_TEXT.correlation({
    x: v.x,
    y: v.y,
    r: b2(v.r),
    ci: ciBounded(v.lower, v.upper),
    n: v.n,
    p: pText(v.p),
    shared: pct(v.r * v.r),
    direction: v.r >= 0 ? INTERPRET_TEXT.higher : INTERPRET_TEXT.lower,
  });
}

/**
 * The sentence after Wilcoxon's signed-rank test, compared with the t-test's p-value.
 * @example
 * interpretWilcoxon({ label: "Waardering", v: 300, n: 30, nZero: 21, z: 2.5, p: 0.012, tP: 0.02, alpha: 0.05 })
 * // "Wilcoxon's V of Waardering is 300 over 30 non-zero differences (21 zero differences dropped), z = 2.50, p = .012: the test without the normality assumption comes to the same conclusion at .05 as the t-test."
 */
export function interpretWilcoxon(
  v: {
    label: string;
    v: number;
    n: number;
    nZero: number;
    z: number;
    p: number;
    tP: number;
    alpha: number;
  },
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { n2, b2, pText, one } = formats(lang);
  if (![v.v, v.z, v.p, v.tP].every(Number.isFinite)) return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatWilcoxon(v.label));
  const a = b2(v.alpha);
  return INTERPRET_TEXT.wilcoxon({
    label: v.label,
    v: Number.isInteger(v.v) ? String(v.v) : one(v.v),
    n: v.n,
    zero: v.nZero,
    z: n2(v.z),
    p: pText(v.p),
    agree: v.p < v.alpha === v.tP < v.alpha ? INTERPRET_TEXT.wilcoxonAgrees(a) : INTERPRET_TEXT.wilcoxonDisagrees(a),
  });
}

/**
 * The sentence after a bootstrap percentile interval.
 * @example
 * interpretBootstrap({ what: "d_av", lower: 0.35, upper: 0.88, replicates: 1999, n: 51, seed: 1 })
 * // "Drawing 51 respondents with replacement 1999 times (seed 1), the middle 95 % of the d_av values lie in [0.35, 0.88]; the interval does not contain 0: resampling the respondents, too, points to a change that is not zero."
 */
export function interpretBootstrap(
  v: { what: string; lower: number; upper: number; replicates: number; n: number; seed: number },
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { ci } = formats(lang);
  if (![v.lower, v.upper].every(Number.isFinite)) return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatBootstrap(v.what));
  return INTERPRET_TEXT.bootstrap({
    what: v.what,
    replicates: v.replicates,
    n: v.n,
    seed: v.seed,
    ci: ci(v.lower, v.upper),
    zero: v.lower > 0 || v.upper < 0 ? INTERPRET_TEXT.bootstrapExcludesZero : INTERPRET_TEXT.bootstrapIncludesZero,
  });
}

/**
 * The sentence after Holm's adjustment: how many tests are below alpha before and after.
 * @example
 * interpretHolm([{ label: "A", p: 0.001, adjusted: 0.005 }, { label: "B", p: 0.03, adjusted: 0.12 }], 0.05)
 * // "Of the 2 tests, 2 have p < .05 before and 1 after Holm's adjustment; no longer below it after adjustment: B."
 */
export function interpretHolm(
  rows: readonly { label: string; p: number; adjusted: number }[],
  alpha: number,
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { b2 } = formats(lang);
  const tested = rows.filter((r) => Number.isFinite(r.p) && Number.isFinite(r.adjusted));
  if (tested.length === 0) return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatHolm);
  const before = tested.filter((r) => r.p < alpha);
  const after = tested.filter((r) => r.adjusted < alpha);
  const lost = before.filter((r) => !(r.adjusted < alpha)).map((r) => r.label);
  return INTERPRET_TEXT.holm({
    m: tested.length,
    before: before.length,
    after: after.length,
    alpha: b2(alpha),
    lost: lost.length > 0 ? INTERPRET_TEXT.holmLost(lost.join(", ")) : INTERPRET_TEXT.holmNoneLost(tested.length),
  });
}

/** Shows one of the sentences above (plain text, shown exactly as written). @example showSentence("α is .81.") // undefined */
export function showSentence(sentence: string): void {
  // A sentence the notebook's code composed (e.g. from a check's reason) in the run's language.
  const shown = localize(sentence);
  markdown(escapeMarkdown(shown), shown);
}

/**
 * The sentence after the table of every cluster's alpha: how many reach the threshold, and the lowest.
 * @example
 * interpretReliabilities([{ label: "A", timepoint: "pre", result: { alpha: 0.81 } }, { label: "B", timepoint: "post", result: { alpha: 0.66 } }], 0.7)
 * // "1 of the 2 alphas that could be computed are at or above .70; the lowest is B (post), α = .66."
 */
export function interpretReliabilities(
  rows: readonly { readonly label: string; readonly timepoint: string; readonly result: { readonly alpha: number } }[],
  threshold: number,
  lang: Lang = defaultLang(),
): string {
  const INTERPRET_TEXT = interpretText(lang);
  const { b2 } = formats(lang);
  const computed = rows.filter((r) => Number.isFinite(r.result.alpha));
  let lowest: (typeof computed)[number] | undefined;
  for (const r of computed) if (lowest === undefined || r.result.alpha < lowest.result.alpha) lowest = r;
  if (lowest === undefined) return INTERPRET_TEXT.notComputable(INTERPRET_TEXT.whatReliabilities);
  return INTERPRET_TEXT.reliabilities({
    reached: computed.filter((r) => r.result.alpha >= threshold).length,
    computed: computed.length,
    threshold: b2(threshold),
    lowest: `${lowest.label} (${INTERPRET_TEXT.timepoints[lowest.timepoint] ?? lowest.timepoint})`,
    alpha: b2(lowest.result.alpha),
  });
}

/**
 * The sentence after the table of effect-size variants: which of d_z, d_av and d_rm round to every
 * printed effect size of Table 3.
 * @example
 * const study = openStudy();
 * interpretEffectVariants(table3(study.ds), study.published)
 * // "Of the three ways to standardize, d_av rounds to the printed effect size for all 4 constructs with a printed d: the article's d is most likely that one." (Werkdruk's d is printed as "-")
 */
export function interpretEffectVariants(rows: readonly Table3Row[], published: Published, lang: Lang = defaultLang()): string {
  const INTERPRET_TEXT = interpretText(lang);
  const variants = ["d_z", "d_av", "d_rm"] as const;
  const compared: { label: string; matching: string[] }[] = [];
  for (const r of rows) {
    const id = `table3.${r.construct}.effect-size`;
    if (r.paired === null || !published.has(id) || published.get(id).value === null) continue;
    const effects = r.paired.effects;
    if (!Number.isFinite(effects.d_av.estimate)) continue;
    const text = published.get(id).text;
    compared.push({ label: r.label, matching: variants.filter((v) => roundsTo(effects[v].estimate, text)) });
  }
  if (compared.length === 0) return INTERPRET_TEXT.variantsNothing;
  const all = variants.filter((v) => compared.every((c) => c.matching.includes(v)));
  if (all.length > 0) return INTERPRET_TEXT.variants({ n: compared.length, all: all });
  return INTERPRET_TEXT.variantsNone({
    n: compared.length,
    per: compared.map((c) => `${c.label}: ${c.matching.length === 0 ? INTERPRET_TEXT.none : c.matching.join(", ")}`).join("; "),
  });
}
