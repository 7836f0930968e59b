/**
 * Finds APA-style test results in running text (English or Dutch conventions) and checks them.
 *
 * @module audit/extract
 */
import {
  checkAlpha,
  checkPValue,
  uncheckedPValue,
  type ApaTestType,
  type PValueDetails,
  type PValueOptions,
  type ReportedRelation,
  type ReportedTestResult,
} from "./statcheck.js";
import type { AuditResult } from "./result.js";
import { asReported, type ReportedNumber } from "./reported.js";

/** A test result found in a text. */
export interface ExtractedTestResult {
  /** 1-based line and column of the match. */
  readonly line: number;
  readonly column: number;
  /** The matched text, whitespace collapsed. */
  readonly raw: string;
  readonly result: ReportedTestResult;
  /** For a correlation reported with N instead of df: the N (df = N − 2); otherwise null. */
  readonly sampleSize: number | null;
}

/** A found result with its p-value check. */
export interface TextAuditEntry {
  readonly extracted: ExtractedTestResult;
  readonly check: AuditResult<PValueDetails>;
}

/**
 * Descriptive statistics found in a text (a mean, with SD and N when printed next to it) that the
 * text audit does not check: GRIM, GRIMMER and the scale bounds need to know that the data are
 * whole numbers, how many items make a score and the scale, which running text does not say.
 */
export interface UncheckedDescriptive {
  /** 1-based line and column of the match. */
  readonly line: number;
  readonly column: number;
  /** The matched text, whitespace collapsed. */
  readonly raw: string;
  /** The numbers as printed; sd and n are null when not printed with the mean. */
  readonly mean: string;
  readonly sd: string | null;
  readonly n: string | null;
  /** A CSV line for the summary-table audit (header `id,mean,sd,n,items,min,max`), to complete. */
  readonly csvLine: string;
  readonly reason: string;
}

/** Result of {@link auditText}. */
export interface TextAudit {
  /** Whether the text mentions one-sided testing (one-sided, one-tailed, directional, eenzijdig). */
  readonly oneTailedInText: boolean;
  readonly entries: readonly TextAuditEntry[];
  /** Means (with SD and N) found in the text that are not checked here; they need the CSV form. */
  readonly unchecked: readonly UncheckedDescriptive[];
}

// A number as printed: "2,000.20" (thousands and decimal point), ".57", ",57", "4,05", "12".
const NUM = String.raw`-?\s?(?:\d{1,3}(?:,\d{3})+\.\d+|\d*[.,]\d+(?:[eE]-?\d+)?|\d+)`;
const REL = "([<>=])";
const SEP = String.raw`\s*[,;]?\s*`;
const P_PART = String.raw`(?:[pP]\s?${REL}\s?(${NUM})|(?<![A-Za-z])(n\.?\s?s\.?)(?![A-Za-z]))`;
const DF = String.raw`(\d+(?:\.\d+)?)`;

interface Pattern {
  readonly test: ApaTestType;
  readonly re: RegExp;
  readonly build: (m: RegExpExecArray) => { result: ReportedTestResult; sampleSize: number | null } | null;
}

function pParts(m: RegExpExecArray, relIdx: number): { p: string | null; pRelation: ReportedRelation | "ns" } {
  const ns = m[relIdx + 2];
  if (ns !== undefined) return { p: null, pRelation: "ns" };
  return { p: (m[relIdx + 1] ?? "").replace(/\s+/g, ""), pRelation: (m[relIdx] ?? "=") as ReportedRelation };
}

function dfNumber(text: string | undefined): number {
  return Number(text ?? "");
}

function clean(x: string | undefined): string {
  return (x ?? "").replace(/\s+/g, "");
}

const NOT_LETTER_BEFORE = String.raw`(?<![A-Za-z\u00C0-\u024F])`;

const PATTERNS: readonly Pattern[] = [
  {
    test: "t",
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}t\s?\(\s?${DF}\s?\)\s?${REL}\s?(${NUM})${SEP}${P_PART}`, "g"),
    build: (m) => ({
      result: { test: "t", df: dfNumber(m[1]), statisticRelation: m[2] as ReportedRelation, statistic: clean(m[3]), ...pParts(m, 4) },
      sampleSize: null,
    }),
  },
  {
    test: "F",
    re: new RegExp(
      String.raw`${NOT_LETTER_BEFORE}F\s?\(\s?(\d+(?:\.\d+)?)\s?[,;]\s?(\d+(?:\.\d+)?)\s?\)\s?${REL}\s?(${NUM})${SEP}${P_PART}`,
      "g",
    ),
    build: (m) => ({
      result: {
        test: "F",
        df1: Number(m[1]),
        df2: Number(m[2]),
        statisticRelation: m[3] as ReportedRelation,
        statistic: clean(m[4]),
        ...pParts(m, 5),
      },
      sampleSize: null,
    }),
  },
  {
    test: "r",
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}r\s?\(\s?(\d+)\s?\)\s?${REL}\s?(${NUM})${SEP}${P_PART}`, "g"),
    build: (m) => ({
      result: { test: "r", df: Number(m[1]), statisticRelation: m[2] as ReportedRelation, statistic: clean(m[3]), ...pParts(m, 4) },
      sampleSize: null,
    }),
  },
  {
    // r = .57; p = .000; N = 51 (correlation with N instead of df)
    test: "r",
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}r\s?${REL}\s?(${NUM})${SEP}${P_PART}${SEP}[Nn]\s?=\s?(\d+)`, "g"),
    build: (m) => {
      const n = Number(m[6]); // N ≤ 2 gives df ≤ 0: reported as not testable, not dropped
      return {
        result: { test: "r", df: n - 2, statisticRelation: m[1] as ReportedRelation, statistic: clean(m[2]), ...pParts(m, 3) },
        sampleSize: n,
      };
    },
  },
  {
    // r = .57, N = 51, p < .001
    test: "r",
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}r\s?${REL}\s?(${NUM})${SEP}[Nn]\s?=\s?(\d+)${SEP}${P_PART}`, "g"),
    build: (m) => {
      const n = Number(m[3]);
      return {
        result: { test: "r", df: n - 2, statisticRelation: m[1] as ReportedRelation, statistic: clean(m[2]), ...pParts(m, 4) },
        sampleSize: n,
      };
    },
  },
  {
    test: "z",
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}[zZ]\s?${REL}\s?(${NUM})${SEP}${P_PART}`, "g"),
    build: (m) => ({
      result: { test: "z", statisticRelation: m[1] as ReportedRelation, statistic: clean(m[2]), ...pParts(m, 3) },
      sampleSize: null,
    }),
  },
  {
    test: "chi2",
    re: new RegExp(
      String.raw`${NOT_LETTER_BEFORE}(?:\u03C7|\u03A7|X|x|chi|Chi|CHI)(?:\s?-\s?square[d]?|\s?[_^]?\s?(?:2|\u00B2))\s?\(\s?(\d+(?:\.\d+)?)(?:\s?[,;]\s?[Nn]\s?=\s?\d+(?:[.,]\d{3})*)?\s?\)\s?${REL}\s?(${NUM})${SEP}${P_PART}`,
      "g",
    ),
    build: (m) => ({
      result: { test: "chi2", df: Number(m[1]), statisticRelation: m[2] as ReportedRelation, statistic: clean(m[3]), ...pParts(m, 4) },
      sampleSize: null,
    }),
  },
];

const ONE_TAILED = /one[-\s]?(?:sided|tailed)|directional|eenzijdig|\u00E9\u00E9nzijdig/i;

/** Values statcheck does not extract: p above 1 and correlations beyond ±1. Internal. */
function impossible(r: ReportedTestResult): boolean {
  const value = (x: string | ReportedNumber | null): number | null => {
    if (x === null) return null;
    try {
      return asReported(x, "extractTestResults", "value").value.number;
    } catch {
      return Number.NaN;
    }
  };
  const p = value(r.p);
  if (p !== null && !(p >= 0 && p <= 1)) return true;
  const stat = value(r.statistic);
  if (stat === null || Number.isNaN(stat)) return true;
  return r.test === "r" && Math.abs(stat) > 1;
}

/** Normalizes typographic minus signs and non-breaking spaces. Internal. */
function normalize(text: string): string {
  return text.replace(/[\u2212\u2013\u2012]/g, "-").replace(/[\u00A0\u2009\u202F]/g, " ");
}

/** Maps an offset of a text to its 1-based line and column. Internal. */
function positions(src: string): (index: number) => { line: number; column: number } {
  const lineStarts: number[] = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === "\n") lineStarts.push(i + 1);
  return (index: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - (lineStarts[lo] as number) + 1 };
  };
}

/**
 * Finds APA-style test results in a text.
 *
 * Recognized forms (case of the statistic letter as in APA; spaces optional; decimal point or
 * decimal comma; "ns"/"n.s." for a non-significant p): t(df) = x, p …; F(df1, df2) = x, p …;
 * r(df) = x, p …; r = x; p …; N = n (df = N − 2) and r = x, N = n, p …; z = x, p …;
 * χ²(df) = x, p … (also χ2, X2, chi2, chi-square, with an optional ", N = n" inside the
 * parentheses). The separator between the parts may be "," or ";". A single comma inside a number
 * is a decimal comma ("2,20", ",000"); "2,000.20" is read with a thousands separator.
 *
 * @param text The full text.
 * @returns The results in order of appearance, with line and column.
 * @throws Never; text without results gives an empty list.
 * @example
 * extractTestResults("Motivation correlates with sleep quality (r=,57; p= ,000; N=51).")
 *   // [{ line: 1, result: { test: "r", df: 49, statistic: ",57", p: ",000", pRelation: "=", … }, sampleSize: 51, … }]
 *
 * Reference: the APA formats recognized by statcheck (Nuijten et al., 2016,
 * https://doi.org/10.3758/s13428-015-0664-2; R/regex.R of the statcheck package), extended with
 * decimal commas and the "r = …; p = …; N = …" form. Validated against statcheck's extraction
 * tests (tests/testthat/test-extract-*.R) and the article's own results.
 */
export function extractTestResults(text: string): ExtractedTestResult[] {
  const src = normalize(text);
  const position = positions(src);
  const found: { index: number; end: number; item: ExtractedTestResult }[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.re.exec(src)) !== null) {
      const built = pattern.build(m);
      if (built === null || impossible(built.result)) continue;
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue; // overlapping an earlier form
      const pos = position(index);
      found.push({
        index,
        end,
        item: {
          line: pos.line,
          column: pos.column,
          raw: m[0].replace(/\s+/g, " ").trim(),
          result: built.result,
          sampleSize: built.sampleSize,
        },
      });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.item);
}

/**
 * Whether a text mentions one-sided testing.
 *
 * Rule: the text contains "one-sided", "one-tailed" (with hyphen, space or nothing),
 * "directional", or the Dutch "eenzijdig"/"éénzijdig", case-insensitive (statcheck's clue words
 * for its OneTailedTxt option, plus Dutch).
 *
 * @param text The full text.
 * @returns True when a clue word occurs.
 * @throws Never.
 * @example mentionsOneTailed("all tests were one-tailed") // true
 *
 * Reference: Nuijten et al. (2016), https://doi.org/10.3758/s13428-015-0664-2; statcheck's
 * R/statcheck.R. Validated against statcheck's tests/testthat/test-statcheck.R ("Look for
 * one-tailed tests").
 */
export function mentionsOneTailed(text: string): boolean {
  return ONE_TAILED.test(text);
}

/**
 * Finds every APA-style result in a text and recomputes its p-value ({@link checkPValue}).
 *
 * @param text The full text.
 * @param options Passed to {@link checkPValue}; `oneTailedInText` defaults to what the text says.
 * @returns The entries, whether the text mentions one-sided tests, and the means (with SD and N)
 *   found but not checked, which need the CSV form ({@link findDescriptives}).
 * @throws Never for any text: every extracted result is checked or marked not-testable with the
 *   reason (for example "t(0) = 3" has no degrees of freedom), and the others are still checked.
 *   StatsError OUT_OF_RANGE / NON_FINITE only for an invalid `alpha` option.
 * @example auditText("t(48) = 1.02, p < .05").entries[0]?.check.verdict // "inconsistent"
 *
 * Reference: Nuijten et al. (2016), https://doi.org/10.3758/s13428-015-0664-2. Validated as
 * {@link extractTestResults} and {@link checkPValue}.
 */
export function auditText(text: string, options: PValueOptions = {}): TextAudit {
  checkAlpha("auditText", options.alpha); // a wrong option is the caller's mistake, not the text's
  const oneTailedInText = options.oneTailedInText ?? mentionsOneTailed(text);
  const entries = extractTestResults(text).map((extracted) => ({
    extracted,
    check: checkOne(extracted.result, { ...options, oneTailedInText }),
  }));
  return { oneTailedInText, entries, unchecked: findDescriptives(text) };
}

/** checkPValue for one extracted result; a result that cannot be checked becomes "not-testable" with the reason. */
function checkOne(result: ReportedTestResult, options: PValueOptions): AuditResult<PValueDetails> {
  try {
    return checkPValue(result, options);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^\w+: /, "") : String(e);
    return uncheckedPValue(
      result,
      `This result could not be checked (${why}); the other results are checked as usual.`,
      options.alpha ?? 0.05,
    );
  }
}

// "M = 3.47, SD = 1.12, N = 25", "(M = 3,47; SD = 1,12; n = 25)", "gemiddelde = 3,47 (SD = 1,12)"
const MEAN_WORD = String.raw`(?:M|Mean|mean|Gem\.?|gem\.?|[Gg]emiddelde)`;
const SD_WORD = String.raw`(?:SD|sd|s\.d\.|S\.D\.)`;
const DESCRIPTIVES = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F])${MEAN_WORD}\s?=\s?(${NUM})(?:\s*[,;(]?\s*${SD_WORD}\s?=\s?(${NUM}))?(?:\s*[,;]?\s*[Nn]\s?=\s?(\d+))?`,
  "g",
);

/**
 * Finds means printed in running text ("M = 3.47, SD = 1.12, N = 25") with the SD and N that
 * follow them, so that the audit can say that they were not checked and how to check them.
 *
 * @param text The full text.
 * @returns One entry per mean, with line, column and a CSV line to complete.
 * @throws Never.
 * @example findDescriptives("M = 3.47, SD = 1.12, N = 25")[0]?.csvLine // "line-1,3.47,1.12,25,,,"
 *
 * Reference: APA Publication Manual (7th ed.), section 6.44 (M, SD, N). Validated by
 * test/audit/extract.test.ts and test/audit/cli.test.ts.
 */
export function findDescriptives(text: string): UncheckedDescriptive[] {
  const src = normalize(text);
  const position = positions(src);
  const out: UncheckedDescriptive[] = [];
  DESCRIPTIVES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DESCRIPTIVES.exec(src)) !== null) {
    const pos = position(m.index);
    const mean = clean(m[1]);
    const sd = m[2] === undefined ? null : clean(m[2]);
    const n = m[3] ?? null;
    const quote = (v: string): string => (v.includes(",") ? `"${v}"` : v);
    const csvLine = [`line-${pos.line}`, quote(mean), sd === null ? "" : quote(sd), n ?? "", "", "", ""].join(",");
    const what = sd === null ? "A mean" : "A mean and SD";
    out.push({
      line: pos.line,
      column: pos.column,
      raw: m[0].replace(/\s+/g, " ").trim(),
      mean,
      sd,
      n,
      csvLine,
      reason: `${what} in running text is not checked: GRIM, GRIMMER and the scale bounds need to know that the answers are whole numbers, how many items make a score and the scale's minimum and maximum. Put it in a .csv file (columns id,mean,sd,n,items,min,max${
        n === null ? "; add the sample size" : ""
      }) and run the audit on that file, e.g. ${csvLine}.`,
    });
  }
  return out;
}
