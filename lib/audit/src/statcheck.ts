/**
 * statcheck-style recomputation of p-values from reported test statistics.
 *
 * @module audit/statcheck
 */
import { StatsError } from "@behoud/stats";
import { chiSquareCdf, fCdf, normalCdf, tCdf } from "@behoud/stats";
import { checkNumber } from "@behoud/stats";
import { compareFractions, fractionFromNumber, fractionToNumber, pow10, type ExactFraction } from "./fraction.js";
import { asReported, parseReported, reportedFraction, roundFraction, roundingInterval, type ReportedNumber } from "./reported.js";
import { auditResult, fmt, fmtP, pPhrase, type AuditResult } from "./result.js";

/** Test statistics that can be recomputed. */
export type ApaTestType = "t" | "F" | "r" | "z" | "chi2";

/** Comparison sign of a reported statistic or p-value. */
export type ReportedRelation = "=" | "<" | ">";

/** A test result as reported in a text. Numbers as printed. */
export interface ReportedTestResult {
  readonly test: ApaTestType;
  /** Degrees of freedom of t, r (N − 2) and χ². */
  readonly df?: number;
  /** Numerator degrees of freedom of F. */
  readonly df1?: number;
  /** Denominator degrees of freedom of F. */
  readonly df2?: number;
  /** The statistic as printed, e.g. "2.20", "-1,96", ",57". */
  readonly statistic: string | ReportedNumber;
  /** Sign before the statistic (default "="). */
  readonly statisticRelation?: ReportedRelation;
  /** The p-value as printed (".03", ",000"), or null when reported as "ns". */
  readonly p: string | ReportedNumber | null;
  /** Sign before the p-value, or "ns" for "not significant". */
  readonly pRelation: ReportedRelation | "ns";
}

/** Options of {@link checkPValue}; defaults are statcheck's unless stated. */
export interface PValueOptions {
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** Count p = alpha as significant (default true). */
  readonly pEqualAlphaSig?: boolean;
  /** Count a reported p = .000 as an error, because a p-value is never 0 (default true). */
  readonly pZeroError?: boolean;
  /** Treat every test as one-tailed (default false). */
  readonly oneTailedTests?: boolean;
  /** Whether the text mentions one-sided / one-tailed / directional testing (default false). */
  readonly oneTailedInText?: boolean;
  /**
   * Accept a result as one-tailed when it is an error two-tailed, not one-tailed, and the text
   * mentions one-sided testing (statcheck's `OneTailedTxt`; statcheck's default is false, this
   * one's is true, and it has no effect unless `oneTailedInText` is true).
   */
  readonly oneTailedTxt?: boolean;
}

/** Details of a p-value check. */
export interface PValueDetails {
  readonly test: ApaTestType;
  /** Human-readable result, e.g. "t(28) = 2.20, p = .03". */
  readonly label: string;
  readonly df1: number | null;
  readonly df2: number | null;
  readonly statistic: string;
  readonly statisticValue: number;
  readonly statisticRelation: ReportedRelation;
  /** The statistic's rounding interval (statcheck: ± half a unit of its last decimal). */
  readonly statisticInterval: { readonly lower: number; readonly upper: number };
  readonly p: string | null;
  readonly pRelation: ReportedRelation | "ns";
  readonly reportedP: number | null;
  /** p recomputed from the statistic as printed, with the tails finally used. */
  readonly computedP: number;
  /** p over the statistic's rounding interval. */
  readonly computedPRange: { readonly lower: number; readonly upper: number };
  readonly tails: "two" | "one";
  /** True when the one-tailed reading was applied because it removes the error. */
  readonly oneTailedApplied: boolean;
  /** statcheck's Error. */
  readonly error: boolean;
  /** statcheck's DecisionError: the error changes significance at alpha. */
  readonly decisionError: boolean;
  /** The reported p is "= 0" (e.g. "p = ,000"). */
  readonly pZero: boolean;
  /** For a reported p = 0: whether reading it as p < 10^−decimals would be consistent. */
  readonly pZeroAsLessThanConsistent: boolean | null;
  readonly alpha: number;
}

/** Degrees of freedom of a recomputation. */
export interface TestDegreesOfFreedom {
  readonly df?: number;
  readonly df1?: number;
  readonly df2?: number;
}

/**
 * The p-value of a test statistic, as statcheck's `compute_p()` computes it.
 *
 * Formulas: t: 2·P(T_df ≤ −|t|); F: P(F_{df1,df2} ≥ F); z: 2·P(Z ≥ |z|); r: the t of
 * t = r / √((1 − r²)/df) with df = N − 2; χ²: P(χ²_df ≥ x). With `twoTailed` false the t, z and r
 * p-values are not doubled (F and χ² are unchanged). |r| ≥ 1 gives p = 0.
 *
 * @param test The statistic's type.
 * @param statistic Its value.
 * @param df Degrees of freedom: `df` for t, r, χ²; `df1`, `df2` for F.
 * @param twoTailed Double the one-sided tail for t, z and r (default true).
 * @returns The p-value.
 * @throws {StatsError} INVALID_ARGUMENT / OUT_OF_RANGE for missing or non-positive df.
 * @example recomputeP("t", 2.2, { df: 28 }) // 0.0362… (R: 2 * pt(-2.2, 28))
 *
 * Reference: Nuijten, M. B., Hartgerink, C. H. J., van Assen, M. A. L. M., Epskamp, S., &
 * Wicherts, J. M. (2016). The prevalence of statistical reporting errors in psychology
 * (1985–2013). Behavior Research Methods, 48(4), 1205–1226. https://doi.org/10.3758/s13428-015-0664-2.
 * Validated against R's pt, pf, pnorm and pchisq (test/reference/audit-statcheck.R).
 */
export function recomputeP(test: ApaTestType, statistic: number, df: TestDegreesOfFreedom, twoTailed = true): number {
  const fn = "recomputeP";
  checkNumber(fn, "statistic", statistic);
  let p: number;
  switch (test) {
    case "t": {
      const d = requireDf(fn, df.df, "df");
      p = tCdf(-Math.abs(statistic), d, true);
      break;
    }
    case "F": {
      const d1 = requireDf(fn, df.df1, "df1");
      const d2 = requireDf(fn, df.df2, "df2");
      p = fCdf(statistic, d1, d2, false);
      break;
    }
    case "z":
      p = normalCdf(Math.abs(statistic), false);
      break;
    case "r": {
      const d = requireDf(fn, df.df, "df");
      if (Math.abs(statistic) >= 1) {
        p = 0;
      } else {
        const t = statistic / Math.sqrt((1 - statistic * statistic) / d);
        p = tCdf(-Math.abs(t), d, true);
      }
      break;
    }
    case "chi2": {
      const d = requireDf(fn, df.df, "df");
      p = chiSquareCdf(statistic, d, false);
      break;
    }
    default:
      throw new StatsError("INVALID_ARGUMENT", fn, `test is ${JSON.stringify(test)}; expected "t", "F", "r", "z" or "chi2"`, "test");
  }
  if ((test === "t" || test === "z" || test === "r") && twoTailed) p *= 2;
  return p;
}

/** Validates the alpha option (default 0.05). Internal. */
export function checkAlpha(fn: string, alpha: number | undefined): number {
  const a = alpha ?? 0.05;
  checkNumber(fn, "alpha", a);
  if (!(a > 0 && a < 1)) throw new StatsError("OUT_OF_RANGE", fn, `alpha is ${a}; expected a number between 0 and 1`, "alpha");
  return a;
}

/** A reported df that must be present and a finite number (its sign is judged by the caller). */
function presentDf(fn: string, v: number | undefined, name: string): number {
  if (v === undefined) throw new StatsError("INVALID_ARGUMENT", fn, `${name} is missing; expected the degrees of freedom`, name);
  checkNumber(fn, name, v);
  return v;
}

function requireDf(fn: string, v: number | undefined, name: string): number {
  if (v === undefined) throw new StatsError("INVALID_ARGUMENT", fn, `${name} is missing; expected the degrees of freedom`, name);
  checkNumber(fn, name, v, { positive: true });
  return v;
}

/** The test written out, e.g. "F(2, 45) = 5.81, p = .03". Internal. */
export function testLabel(t: ReportedTestResult): string {
  const p = t.p === null ? "" : typeof t.p === "string" ? t.p : t.p.text;
  const pPart = t.pRelation === "ns" ? "ns" : `p ${t.pRelation} ${p}`;
  return `${statisticLabel(t)}, ${pPart}`;
}

/** The statistic written out, e.g. "F(2, 45) = 5.81". Internal. */
export function statisticLabel(t: ReportedTestResult): string {
  const stat = typeof t.statistic === "string" ? t.statistic : t.statistic.text;
  const rel = t.statisticRelation ?? "=";
  let head: string;
  switch (t.test) {
    case "F":
      head = `F(${t.df1 ?? "?"}, ${t.df2 ?? "?"})`;
      break;
    case "z":
      head = "z";
      break;
    case "chi2":
      head = `χ²(${t.df ?? "?"})`;
      break;
    default:
      head = `${t.test}(${t.df ?? "?"})`;
  }
  return `${head} ${rel} ${stat}`;
}

/** R's round(x, digits) on the exact binary value of x (ties to even). Internal. */
function roundLikeR(x: number, digits: number): ExactFraction {
  return { num: roundFraction(fractionFromNumber(x), digits, "half-even"), den: pow10(digits) };
}

/** Compares a fraction with a double exactly. */
function cmpNum(a: ExactFraction, x: number): -1 | 0 | 1 {
  return compareFractions(a, fractionFromNumber(x));
}

interface ErrorTestInput {
  readonly reportedP: ExactFraction;
  readonly pDecimals: number;
  readonly pRelation: ReportedRelation;
  readonly testRelation: ReportedRelation;
  readonly lowP: number;
  readonly upP: number;
  readonly pZeroError: boolean;
}

/** statcheck's error_test() with exact comparisons. */
function errorTest(e: ErrorTestInput): boolean {
  if (e.pZeroError && e.reportedP.num <= 0n) return true;
  const rp = e.reportedP;
  const roundUp = (): ExactFraction => roundLikeR(e.upP, e.pDecimals);
  const roundLow = (): ExactFraction => roundLikeR(e.lowP, e.pDecimals);
  if (e.testRelation === "=") {
    if (e.pRelation === "=") return compareFractions(rp, roundUp()) > 0 || compareFractions(rp, roundLow()) < 0;
    if (e.pRelation === "<") return cmpNum(rp, e.lowP) < 0;
    return cmpNum(rp, e.upP) > 0;
  }
  if (e.testRelation === "<") {
    if (e.pRelation === "=") return compareFractions(rp, roundUp()) < 0;
    if (e.pRelation === "<") return cmpNum(rp, e.upP) < 0;
    return false;
  }
  if (e.pRelation === "=") return compareFractions(rp, roundLow()) > 0;
  if (e.pRelation === "<") return false;
  return cmpNum(rp, e.lowP) > 0;
}

/** statcheck's decision_error_test(). */
function decisionErrorTest(
  reportedP: ExactFraction,
  computedP: number,
  testRelation: ReportedRelation,
  pRelation: ReportedRelation,
  alpha: ExactFraction,
  pEqualAlphaSig: boolean,
): boolean {
  const rpA = compareFractions(reportedP, alpha); // reported vs alpha
  const cpA = compareFractions(fractionFromNumber(computedP), alpha); // computed vs alpha
  if (pEqualAlphaSig) {
    if (testRelation === "=") {
      if (pRelation === "=") return (rpA <= 0 && cpA > 0) || (rpA > 0 && cpA <= 0);
      if (pRelation === "<") return rpA <= 0 && cpA > 0;
      return rpA >= 0 && cpA <= 0;
    }
    if (testRelation === "<") {
      if (pRelation === "=" || pRelation === "<") return rpA <= 0 && cpA >= 0;
      return false;
    }
    if (pRelation === "=") return rpA > 0 && cpA <= 0;
    if (pRelation === "<") return false;
    return rpA >= 0 && cpA <= 0;
  }
  if (testRelation === "=") {
    if (pRelation === "=") return (rpA < 0 && cpA >= 0) || (rpA >= 0 && cpA < 0);
    if (pRelation === "<") return rpA <= 0 && cpA >= 0;
    return rpA >= 0 && cpA < 0;
  }
  if (testRelation === "<") {
    if (pRelation === "=") return rpA < 0 && cpA >= 0;
    if (pRelation === "<") return rpA <= 0 && cpA >= 0;
    return false;
  }
  if (pRelation === "=") return rpA >= 0 && cpA <= 0;
  if (pRelation === "<") return false;
  return rpA >= 0 && cpA <= 0;
}

/**
 * Recomputes the p-value of a reported test result and judges the reported p as statcheck does.
 *
 * Rule (statcheck 1.5, `process_stats()`/`error_test()`/`decision_error_test()`): the statistic
 * printed with d decimals stands for [|x| − ½·10^−d, |x| + ½·10^−d]; the p-values at these bounds
 * give the range [p_low, p_up] of correct p-values. For "p = v" with k decimals the result is an
 * error iff v > round(p_up, k) or v < round(p_low, k); for "p < v" iff v < p_low; for "p > v" iff
 * v > p_up ("ns" is p > alpha); statistics reported with < or > relax this as in statcheck. A
 * reported "p = .000" (or ",000") is an error by default, because a p-value is never 0
 * (statcheck's pZeroError = TRUE; statcheck itself suggests reporting p < .001 instead, and the
 * details tell whether that reading would be consistent). An error is a decision error when the
 * reported and the recomputed p lie on different sides of alpha (p = alpha counts as significant
 * by default). One-tailed: when the text mentions one-sided testing and the two-tailed reading
 * is an error but the one-tailed reading (p not doubled for t, z, r) is not, the one-tailed
 * reading is used (statcheck's OneTailedTxt). All comparisons of reported with computed values
 * are exact (the computed double is compared as the rational it is).
 *
 * @param result The reported test result, numbers as printed.
 * @param options alpha, pEqualAlphaSig, pZeroError, oneTailedTests, oneTailedInText, oneTailedTxt.
 * @returns "consistent" (statcheck: no error), "inconsistent" (error; `decisionError` in the
 *   details) or "not-testable" (impossible values such as |r| > 1, p > 1 or degrees of freedom
 *   of 0 or less, as in "t(0) = 3").
 * @throws {StatsError} INVALID_ARGUMENT for unparsable numbers or missing df.
 * @example
 * const c = checkPValue({ test: "t", df: 48, statistic: "1.02", p: ".05", pRelation: "<" });
 * c.verdict // "inconsistent" (statcheck test-error.R)
 * c.details.decisionError // true
 * c.details.computedP // 0.3128… (R: 2 * pt(-1.02, 48))
 *
 * Reference: Nuijten, M. B., Hartgerink, C. H. J., van Assen, M. A. L. M., Epskamp, S., &
 * Wicherts, J. M. (2016). The prevalence of statistical reporting errors in psychology
 * (1985–2013). Behavior Research Methods, 48(4), 1205–1226. https://doi.org/10.3758/s13428-015-0664-2.
 * Validated against the statcheck package's tests (tests/testthat/test-statcheck.R,
 * test-decisionerror.R, test-error.R, test-compute-pvalues.R) and R's distribution functions.
 */
export function checkPValue(result: ReportedTestResult, options: PValueOptions = {}): AuditResult<PValueDetails> {
  const fn = "checkPValue";
  const alphaNum = checkAlpha(fn, options.alpha);
  const alpha = reportedFraction(parseReported(String(alphaNum)));
  const pEqualAlphaSig = options.pEqualAlphaSig ?? true;
  const pZeroError = options.pZeroError ?? true;
  const oneTailedTests = options.oneTailedTests ?? false;
  const oneTailedInText = options.oneTailedInText ?? false;
  const oneTailedTxt = options.oneTailedTxt ?? true;

  const stat = asReported(result.statistic, fn, "statistic");
  const testRelation = result.statisticRelation ?? "=";
  const dfs: TestDegreesOfFreedom =
    result.test === "F"
      ? { df1: presentDf(fn, result.df1, "df1"), df2: presentDf(fn, result.df2, "df2") }
      : result.test === "z"
        ? {}
        : { df: presentDf(fn, result.df, "df") };
  // A printed result with zero or negative degrees of freedom ("t(0) = 3") has no p-value
  // (R's pt(-3, 0) is NaN; statcheck 1.4 stops on it): not testable, like |r| > 1.
  const nonPositiveDf = (Object.entries(dfs) as [string, number][]).find(([, v]) => !(v > 0));
  let pRelation: ReportedRelation;
  let reportedP: ExactFraction;
  let pDecimals: number;
  let pText: string | null;
  if (result.pRelation === "ns") {
    pRelation = ">";
    reportedP = alpha;
    pDecimals = 0;
    pText = null;
  } else {
    if (result.p === null)
      throw new StatsError("INVALID_ARGUMENT", fn, `p is null but pRelation is "${result.pRelation}"; give the p-value as printed`, "p");
    const p = asReported(result.p, fn, "p");
    pRelation = result.pRelation;
    reportedP = reportedFraction(p);
    pDecimals = p.decimals;
    pText = p.text;
  }
  const x = stat.value.number;
  // statcheck: the statistic stands for x ± half a unit of its last decimal; low_stat is the
  // bound nearer to zero (largest p), up_stat the one farther from zero (smallest p).
  const statIv = roundingInterval(stat, "up-or-down");
  const lowerBound = fractionToNumber(statIv.lower);
  const upperBound = fractionToNumber(statIv.upper);
  const lowStat = x >= 0 ? lowerBound : upperBound;
  const upStat = x >= 0 ? upperBound : lowerBound;
  const label = testLabel(result);
  const base = {
    test: result.test,
    label,
    df1: result.test === "F" ? (dfs.df1 ?? null) : result.test === "z" ? null : (dfs.df ?? null),
    df2: result.test === "F" ? (dfs.df2 ?? null) : null,
    statistic: stat.text,
    statisticValue: x,
    statisticRelation: testRelation,
    statisticInterval: { lower: Math.min(lowStat, upStat), upper: Math.max(lowStat, upStat) },
    p: pText,
    pRelation: result.pRelation,
    reportedP: result.pRelation === "ns" ? null : fractionToNumber(reportedP),
    alpha: alphaNum,
  };

  const impossible =
    nonPositiveDf !== undefined ||
    (result.test === "r" && Math.abs(x) > 1) ||
    ((result.test === "F" || result.test === "chi2") && x < 0) ||
    compareFractions(reportedP, { num: 1n, den: 1n }) > 0 ||
    reportedP.num < 0n;
  if (impossible) {
    const computedP = Number.NaN;
    return auditResult(
      "p-value",
      "not-testable",
      nonPositiveDf !== undefined
        ? `${statisticLabel(result)} has ${nonPositiveDf[1]} degrees of freedom${result.test === "F" ? ` (${nonPositiveDf[0]})` : ""}; degrees of freedom must be positive, so no p-value can be recomputed.`
        : result.test === "r" && Math.abs(x) > 1
          ? `A correlation of ${stat.text} is impossible (it must lie between -1 and 1), so no p-value can be recomputed.`
          : `The reported values are impossible (${label}), so no p-value can be recomputed.`,
      {
        ...base,
        computedP,
        computedPRange: { lower: Number.NaN, upper: Number.NaN },
        tails: oneTailedTests ? "one" : "two",
        oneTailedApplied: false,
        error: false,
        decisionError: false,
        pZero: false,
        pZeroAsLessThanConsistent: null,
      } satisfies PValueDetails,
    );
  }

  const clipR = (v: number): number => (result.test === "r" ? Math.max(-1, Math.min(1, v)) : v);
  const evaluate = (twoTailed: boolean): { computedP: number; lowP: number; upP: number; error: boolean; decisionError: boolean } => {
    const computedP = recomputeP(result.test, clipR(x), dfs, twoTailed);
    const upP = recomputeP(result.test, clipR(lowStat), dfs, twoTailed);
    const lowP = recomputeP(result.test, clipR(upStat), dfs, twoTailed);
    const error = errorTest({ reportedP, pDecimals, pRelation, testRelation, lowP, upP, pZeroError });
    const decisionError = error ? decisionErrorTest(reportedP, computedP, testRelation, pRelation, alpha, pEqualAlphaSig) : false;
    return { computedP, lowP, upP, error, decisionError };
  };
  let outcome = evaluate(!oneTailedTests);
  let oneTailedApplied = false;
  if (oneTailedTxt && !oneTailedTests && oneTailedInText && outcome.error) {
    const one = evaluate(false);
    if (one.error !== outcome.error) {
      outcome = one;
      oneTailedApplied = true;
    }
  }
  const pZero = result.pRelation === "=" && reportedP.num === 0n;
  let pZeroAsLessThanConsistent: boolean | null = null;
  if (pZero) {
    const asLess = errorTest({
      reportedP: { num: 1n, den: pow10(pDecimals) },
      pDecimals,
      pRelation: "<",
      testRelation,
      lowP: outcome.lowP,
      upP: outcome.upP,
      pZeroError: false,
    });
    pZeroAsLessThanConsistent = !asLess;
  }
  const tails: "one" | "two" = oneTailedTests || oneTailedApplied ? "one" : "two";
  const details: PValueDetails = {
    ...base,
    computedP: outcome.computedP,
    computedPRange: { lower: outcome.lowP, upper: outcome.upP },
    tails,
    oneTailedApplied,
    error: outcome.error,
    decisionError: outcome.decisionError,
    pZero,
    pZeroAsLessThanConsistent,
  };

  const recomputed = `${statisticLabel(result)} gives ${pPhrase(outcome.computedP)} (between ${fmtP(outcome.lowP)} and ${fmtP(outcome.upP)} over the rounding range of the statistic)`;
  const reportedPText = result.pRelation === "ns" ? "not significant" : `p ${pRelation} ${pText ?? ""}`;
  if (!outcome.error) {
    const oneTailNote = oneTailedApplied ? ", if the test was one-sided as the text says" : tails === "one" ? " (one-sided)" : "";
    return auditResult("p-value", "consistent", `${recomputed}, which agrees with the reported ${reportedPText}${oneTailNote}.`, details);
  }
  if (pZero) {
    const lessNote =
      pZeroAsLessThanConsistent === true
        ? `; read as p < ${formatPBound(pDecimals, pText)} it would agree`
        : `; even read as p < ${formatPBound(pDecimals, pText)} it would not agree`;
    return auditResult(
      "p-value",
      "inconsistent",
      `A p-value is never exactly 0, so "${reportedPText}" is an error by statcheck's rule (it should be reported as p < ${formatPBound(pDecimals, pText)}); ${statisticLabel(result)} gives ${pPhrase(outcome.computedP)}${lessNote}${
        outcome.decisionError ? ", and the conclusion about significance changes" : ""
      }.`,
      details,
    );
  }
  const decision = outcome.decisionError
    ? `, and this changes the conclusion at alpha = ${fmt(alphaNum)} (the text says ${isReportedSignificant(reportedP, pRelation, alpha) ? "significant" : "not significant"}, the recomputed p says ${
        compareFractions(fractionFromNumber(outcome.computedP), alpha) <= 0 ? "significant" : "not significant"
      })`
    : "";
  return auditResult(
    "p-value",
    "inconsistent",
    `${recomputed}, which does not agree with the reported ${reportedPText}${decision}.`,
    details,
  );
}

/**
 * A "not-testable" p-value result for a reported test that could not be checked at all (the
 * values cannot even be parsed or validated), so that a text audit can report it and go on.
 * Every number that could not be read is NaN or null. Internal.
 */
export function uncheckedPValue(result: ReportedTestResult, reason: string, alpha = 0.05): AuditResult<PValueDetails> {
  const text = (v: string | ReportedNumber | null | undefined): string | null =>
    v === null || v === undefined ? null : typeof v === "string" ? v : v.text;
  const pText = result.pRelation === "ns" ? null : text(result.p);
  const details: PValueDetails = {
    test: result.test,
    label: testLabel(result),
    df1: result.test === "F" ? (result.df1 ?? null) : result.test === "z" ? null : (result.df ?? null),
    df2: result.test === "F" ? (result.df2 ?? null) : null,
    statistic: text(result.statistic) ?? "",
    statisticValue: Number.NaN,
    statisticRelation: result.statisticRelation ?? "=",
    statisticInterval: { lower: Number.NaN, upper: Number.NaN },
    p: pText,
    pRelation: result.pRelation,
    reportedP: null,
    computedP: Number.NaN,
    computedPRange: { lower: Number.NaN, upper: Number.NaN },
    tails: "two",
    oneTailedApplied: false,
    error: false,
    decisionError: false,
    pZero: false,
    pZeroAsLessThanConsistent: null,
    alpha,
  };
  return auditResult("p-value", "not-testable", reason, details);
}

function isReportedSignificant(reportedP: ExactFraction, relation: ReportedRelation, alpha: ExactFraction): boolean {
  const c = compareFractions(reportedP, alpha);
  return relation === ">" ? false : c <= 0;
}

function formatPBound(decimals: number, pText: string | null): string {
  const sep = pText?.includes(",") ? "," : ".";
  return `${sep}${"0".repeat(Math.max(0, decimals - 1))}1`;
}
