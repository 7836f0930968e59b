/**
 * GRIMMER: are a reported mean and SD of integer data possible together for the sample size?
 *
 * @module audit/grimmer
 */
import { StatsError } from "@behoud/stats";
import { checkNumber } from "@behoud/stats";
import { ceilDiv, compareFractions, floorDiv, fraction, fractionToNumber, type ExactFraction } from "./fraction.js";
import { checkGrim, checkSampleSize, meanSums } from "./grim.js";
import {
  asReported,
  checkRounding,
  intervalToNumbers,
  reportedFraction,
  roundingInterval,
  type NumericInterval,
  type RoundingInterval,
  type RoundingMode,
  type ReportedNumber,
} from "./reported.js";
import { auditResult, fmt, type AuditResult, type AuditVerdict } from "./result.js";

/** Options of {@link checkGrimmer}. */
export interface GrimmerOptions {
  /** Number of integer items averaged into each score (default 1). */
  readonly items?: number;
  /** How mean and SD were rounded (default "up-or-down"). */
  readonly rounding?: RoundingMode;
  /** Lowest possible answer of one item (give together with scaleMax). */
  readonly scaleMin?: number;
  /** Highest possible answer of one item (give together with scaleMin). */
  readonly scaleMax?: number;
  /**
   * Most candidate totals to examine (default {@link DEFAULT_MAX_SUMS}). With a very large n
   * there are about n·items·10^−decimals of them; beyond this bound the check stops and says the
   * case is too large to enumerate ("not-testable") unless a witness was already found.
   */
  readonly maxSums?: number;
}

/**
 * Default bound on the candidate totals GRIMMER, the scale bounds and CLOSURE examine: about
 * 0.3 s of work; reached only when n·items·10^−decimals of the mean exceeds it (e.g. a mean
 * with two decimals and n above ten million).
 */
export const DEFAULT_MAX_SUMS = 100_000;

/** Validates a maxSums option. Internal. */
export function checkMaxSums(fn: string, maxSums: number | undefined): number {
  const v = maxSums ?? DEFAULT_MAX_SUMS;
  checkNumber(fn, "maxSums", v, { integerMin: 1 });
  return v;
}

/** One candidate total and the sums of squares the reported SD allows for it. */
export interface GrimmerCandidate {
  readonly sum: number;
  /** Integer sums of squares of the respondents' totals compatible with the SD (lower > upper: none). */
  readonly sumOfSquares: { readonly lower: number; readonly upper: number };
  /** Test 1: at least one integer sum of squares fits. */
  readonly sumOfSquaresFits: boolean;
  /** Test 3: one of them has the parity of the sum. */
  readonly parityFits: boolean;
}

/** Details of a GRIMMER result. */
export interface GrimmerDetails {
  readonly mean: string;
  readonly sd: string;
  readonly n: number;
  readonly items: number;
  readonly rounding: RoundingMode;
  readonly scale: { readonly min: number; readonly max: number } | null;
  /** Verdict of the GRIM stage. */
  readonly grim: AuditVerdict;
  /** True SDs that round to the reported SD (lower bound clipped at 0). */
  readonly sdInterval: NumericInterval;
  /** Candidate integer totals of all answers (lower > upper: none). */
  readonly sums: { readonly lower: number; readonly upper: number };
  /** The first 20 candidate totals with their tests. */
  readonly candidates: readonly GrimmerCandidate[];
  /** The first test that every candidate failed, or null when consistent or not testable. */
  readonly failedTest: "grim" | "mean-out-of-range" | "scale-range" | "sum-of-squares" | "parity" | null;
  /** Number of candidate totals examined. */
  readonly sumsExamined: number;
  /** False when the candidate totals exceeded `maxSums` and the check stopped ("too large to enumerate"). */
  readonly complete: boolean;
  /** A total and sum of squares that reproduce mean and SD, when consistent. */
  readonly witness: { readonly sum: number; readonly sumOfSquares: number; readonly sd: number } | null;
}

/** SD interval with the lower bound clipped at 0 (inclusive). Internal. */
export function sdInterval(sd: ReportedNumber, rounding: RoundingMode): RoundingInterval {
  const iv = roundingInterval(sd, rounding);
  if (compareFractions(iv.lower, { num: 0n, den: 1n }) < 0) {
    return { lower: { num: 0n, den: 1n }, upper: iv.upper, lowerInclusive: true, upperInclusive: iv.upperInclusive };
  }
  return iv;
}

/**
 * Integer sums of squares Q of n integer totals summing to s such that the SD of the scores
 * (totals / items) lies in the SD interval: Q = (n − 1)·k²·SD² + s²/n. Internal.
 */
export function sumOfSquaresRange(s: bigint, n: bigint, items: bigint, iv: RoundingInterval): { lower: bigint; upper: bigint } {
  const bound = (b: ExactFraction): ExactFraction =>
    fraction((n - 1n) * items * items * b.num * b.num * n + s * s * b.den * b.den, n * b.den * b.den);
  const lo = bound(iv.lower);
  const hi = bound(iv.upper);
  let lower = ceilDiv(lo.num, lo.den);
  if (!iv.lowerInclusive && lower * lo.den === lo.num) lower += 1n;
  let upper = floorDiv(hi.num, hi.den);
  if (!iv.upperInclusive && upper * hi.den === hi.num) upper -= 1n;
  return { lower, upper };
}

/**
 * Largest sum of squares of n integers in [lo, hi] that add up to s (values at the extremes,
 * at most one in between); null when no such integers exist. Internal.
 */
export function maxSumOfSquares(s: bigint, n: bigint, lo: bigint, hi: bigint): bigint | null {
  if (s < n * lo || s > n * hi) return null;
  const span = hi - lo;
  if (span === 0n) return n * lo * lo;
  const k = floorDiv(s - n * lo, span);
  const rest = s - n * lo - k * span;
  if (rest === 0n) return k * hi * hi + (n - k) * lo * lo;
  return k * hi * hi + (lo + rest) * (lo + rest) + (n - k - 1n) * lo * lo;
}

/**
 * Smallest sum of squares of n integers that add up to s (values as equal as possible). Internal.
 */
export function minSumOfSquares(s: bigint, n: bigint): bigint {
  const q = floorDiv(s, n);
  const r = s - q * n;
  return (n - r) * q * q + r * (q + 1n) * (q + 1n);
}

/** Validates optional scale bounds. Internal. */
export function checkScale(fn: string, scaleMin: number | undefined, scaleMax: number | undefined): { min: bigint; max: bigint } | null {
  if (scaleMin === undefined && scaleMax === undefined) return null;
  if (scaleMin === undefined || scaleMax === undefined) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `give scaleMin and scaleMax together; only ${scaleMin === undefined ? "scaleMax" : "scaleMin"} was given`,
      scaleMin === undefined ? "scaleMin" : "scaleMax",
    );
  }
  checkNumber(fn, "scaleMin", scaleMin);
  checkNumber(fn, "scaleMax", scaleMax);
  if (!Number.isInteger(scaleMin) || !Number.isInteger(scaleMax) || scaleMin >= scaleMax) {
    throw new StatsError(
      "OUT_OF_RANGE",
      fn,
      `scale is [${scaleMin}, ${scaleMax}]; expected whole numbers with scaleMin < scaleMax`,
      "scaleMin",
    );
  }
  return { min: BigInt(scaleMin), max: BigInt(scaleMax) };
}

/**
 * The arguments shared by the checks of a reported mean and SD (GRIMMER, scale bounds, CLOSURE),
 * parsed and validated once: the two reported numbers, items per respondent, the rounding mode,
 * the sample size as integers, and the scale (null when not given).
 * @throws {StatsError} as {@link checkSampleSize} and {@link checkScale}; OUT_OF_RANGE for n < 2 or a negative SD.
 */
export function meanSdArguments(
  fn: string,
  mean: string | ReportedNumber,
  sd: string | ReportedNumber,
  n: number,
  options: { readonly items?: number; readonly rounding?: RoundingMode; readonly scaleMin?: number; readonly scaleMax?: number },
): {
  m: ReportedNumber;
  s: ReportedNumber;
  items: number;
  rounding: RoundingMode;
  sizes: { n: bigint; items: bigint };
  scale: { min: bigint; max: bigint } | null;
} {
  const m = asReported(mean, fn, "mean");
  const s = asReported(sd, fn, "sd");
  const items = options.items ?? 1;
  const rounding = options.rounding ?? "up-or-down";
  checkRounding(fn, rounding);
  const sizes = checkSampleSize(fn, n, items);
  if (n < 2) throw new StatsError("OUT_OF_RANGE", fn, `n is ${n}; an SD needs at least 2 observations`, "n");
  if (s.value.numerator < 0n) throw new StatsError("OUT_OF_RANGE", fn, `sd is ${s.text}; expected a non-negative SD`, "sd");
  const scale = checkScale(fn, options.scaleMin, options.scaleMax);
  return { m, s, items, rounding, sizes, scale };
}

/**
 * GRIMMER test for a mean and SD of integer data (Anaya, 2016; Allard, 2018), following the
 * R package scrutiny (`grimmer_scalar()`, version 1.0).
 *
 * Rule: with n respondents, k items per score and integer totals T_i per respondent, the mean is
 * S/(n·k) with S = ΣT_i and the SD is √((Q − S²/n) / ((n − 1)·k²)) with Q = ΣT_i². For every
 * total S that passes GRIM (all of them, not just round(x·n·k)):
 * test 1 — some integer Q lies in [(n − 1)k²·L² + S²/n, (n − 1)k²·U² + S²/n], where [L, U] is the
 * rounding interval of the SD (L clipped at 0);
 * test 2 — the SD recomputed from such a Q rounds to the reported SD (with exact arithmetic this
 * holds for every Q that passes test 1);
 * test 3 — one such Q has the parity of S, because ΣT_i² ≡ ΣT_i (mod 2).
 * The pair is consistent iff one S passes all three with the same Q. With scaleMin/scaleMax
 * (a, b) given, totals outside [n·k·a, n·k·b] are dropped and Q is capped at the largest sum of
 * squares of n totals in [k·a, k·b] adding up to S; a mean outside [a, b] is inconsistent.
 *
 * @param mean The reported mean as printed.
 * @param sd The reported SD as printed.
 * @param n The sample size (at least 2).
 * @param options `items`, `rounding`, `scaleMin`, `scaleMax`, `maxSums` (work bound).
 * @returns Verdict, reason, the candidate totals and a witness (S, Q) when consistent;
 *   "not-testable" ("too large to enumerate") when more than `maxSums` totals would have to be
 *   examined and none of the first `maxSums` is a witness.
 * @throws {StatsError} INVALID_ARGUMENT for unparsable numbers, unknown rounding or a lone
 *   scale bound; OUT_OF_RANGE for n < 2, items < 1, a negative SD, an invalid scale or maxSums < 1.
 * @example
 * checkGrimmer("5.23", "2.55", 35).verdict // "inconsistent"
 * checkGrimmer("5.23", "2.55", 31).verdict // "consistent"
 *
 * References: Anaya, J. (2016). The GRIMMER test: A method for testing the validity of reported
 * measures of variability. PeerJ Preprints, 4, e2400v1. https://doi.org/10.7287/peerj.preprints.2400v1.
 * Allard, A. (2018). Analytic-GRIMMER: A new way of testing the possibility of standard
 * deviations. https://aurelienallard.netlify.app/post/anaytic-grimmer-possibility-standard-deviations/.
 * Jung, L. (2025). scrutiny (R package). https://doi.org/10.32614/CRAN.package.scrutiny.
 * Validated against scrutiny's tests/testthat/test-grimmer.R vectors (issues #85 and #86
 * included) and its documented examples.
 */
export function checkGrimmer(
  mean: string | ReportedNumber,
  sd: string | ReportedNumber,
  n: number,
  options: GrimmerOptions = {},
): AuditResult<GrimmerDetails> {
  const fn = "checkGrimmer";
  const { m, s, items, rounding, sizes, scale } = meanSdArguments(fn, mean, sd, n, options);
  const maxSums = checkMaxSums(fn, options.maxSums);
  const nItems = sizes.n * sizes.items;

  const grim = checkGrim(m, n, { items, rounding });
  const sdIv = sdInterval(s, rounding);
  const sums = meanSums(m, nItems, rounding);
  const candidates: GrimmerCandidate[] = [];
  const baseDetails = {
    mean: m.text,
    sd: s.text,
    n,
    items,
    rounding,
    scale: scale === null ? null : { min: Number(scale.min), max: Number(scale.max) },
    grim: grim.verdict,
    sdInterval: intervalToNumbers(sdIv),
    sums: { lower: Number(sums.lower), upper: Number(sums.upper) },
    candidates,
  };
  let sumsExamined = 0;
  let complete = true;
  const done = (
    verdict: AuditVerdict,
    reason: string,
    failedTest: GrimmerDetails["failedTest"],
    witness: GrimmerDetails["witness"],
  ): AuditResult<GrimmerDetails> =>
    auditResult("grimmer", verdict, reason, { ...baseDetails, failedTest, sumsExamined, complete, witness });

  const respondents = items === 1 ? `${n} respondents` : `${n} respondents × ${items} items`;
  if (scale !== null) {
    const x = reportedFraction(m);
    if (compareFractions(x, { num: scale.min, den: 1n }) < 0 || compareFractions(x, { num: scale.max, den: 1n }) > 0) {
      return done(
        "inconsistent",
        `A mean of ${m.text} lies outside the scale from ${scale.min} to ${scale.max}.`,
        "mean-out-of-range",
        null,
      );
    }
  }
  if (grim.verdict === "inconsistent") {
    return done(
      "inconsistent",
      `The mean ${m.text} itself is impossible for ${respondents} (GRIM), so mean and SD cannot both be right.`,
      "grim",
      null,
    );
  }

  let furthest = 0; // 0: nothing passed test 1; 1: passed test 1; 2: passed tests 1-3
  let blockedByScale = false;
  let scaleMaxSd = 0;
  for (let sum = sums.lower; sum <= sums.upper; sum++) {
    if (sumsExamined >= maxSums) {
      complete = false;
      break;
    }
    sumsExamined++;
    const q = sumOfSquaresRange(sum, sizes.n, sizes.items, sdIv);
    if (scale !== null) {
      const cap = maxSumOfSquares(sum, sizes.n, scale.min * sizes.items, scale.max * sizes.items);
      if (cap === null) {
        blockedByScale = true;
        continue;
      }
      const capSd = Math.sqrt(fractionToNumber(fraction(cap * sizes.n - sum * sum, sizes.n * (sizes.n - 1n) * sizes.items * sizes.items)));
      scaleMaxSd = Math.max(scaleMaxSd, capSd);
      if (cap < q.upper) {
        q.upper = cap;
        if (q.lower > q.upper) blockedByScale = true;
      }
    }
    const test1 = q.lower <= q.upper;
    const parity = test1 && (q.upper > q.lower || (q.lower - sum) % 2n === 0n);
    if (candidates.length < 20) {
      candidates.push({
        sum: Number(sum),
        sumOfSquares: { lower: Number(q.lower), upper: Number(q.upper) },
        sumOfSquaresFits: test1,
        parityFits: parity,
      });
    }
    if (test1) furthest = Math.max(furthest, 1);
    if (parity) {
      const qq = (q.lower - sum) % 2n === 0n ? q.lower : q.lower + 1n;
      const sdValue = Math.sqrt(fractionToNumber(fraction(qq * sizes.n - sum * sum, sizes.n * (sizes.n - 1n) * sizes.items * sizes.items)));
      return done(
        "consistent",
        `Mean ${m.text} and SD ${s.text} are possible together with ${respondents}: answers with a total of ${sum} and a sum of squares of ${qq} give a mean of ${fmt(fractionToNumber(fraction(sum, nItems)), m.decimals + 3)} and an SD of ${fmt(sdValue, s.decimals + 3)}.`,
        null,
        { sum: Number(sum), sumOfSquares: Number(qq), sd: sdValue },
      );
    }
  }
  if (!complete) {
    const total = sums.upper - sums.lower + 1n;
    return done(
      "not-testable",
      `Too large to enumerate: ${total} whole-number totals give a mean of ${m.text} for ${respondents}, more than the ${maxSums} this check examines (maxSums); none of the first ${sumsExamined} reproduces the SD ${s.text}, and the rest were not examined.`,
      null,
      null,
    );
  }
  if (furthest === 0 && blockedByScale && scale !== null) {
    return done(
      "inconsistent",
      `On a scale from ${scale.min} to ${scale.max}, ${respondents} with a mean of ${m.text} can have an SD of at most ${fmt(scaleMaxSd, s.decimals + 1)}, which does not reach the reported ${s.text}.`,
      "scale-range",
      null,
    );
  }
  if (furthest === 0) {
    return done(
      "inconsistent",
      `No whole-number data from ${respondents} with a mean of ${m.text} have an SD that rounds to ${s.text}: the sum of squares it needs falls between two whole numbers.`,
      "sum-of-squares",
      null,
    );
  }
  return done(
    "inconsistent",
    `An SD of ${s.text} with a mean of ${m.text} would need a sum of squares whose parity (odd or even) differs from that of the total, but for whole numbers both always have the same parity.`,
    "parity",
    null,
  );
}
