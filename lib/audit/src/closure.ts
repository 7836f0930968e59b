/**
 * CLOSURE: every frequency distribution on an integer scale that reproduces a reported mean,
 * SD and N (or a reported mean and N alone, optionally with a stated lowest score and its count).
 *
 * @module audit/closure
 */
import { StatsError } from "@behoud/stats";
import { checkNumber } from "@behoud/stats";
import { checkSampleSize, meanSums } from "./grim.js";
import { checkMaxSums, checkScale, meanSdArguments, sdInterval, sumOfSquaresRange } from "./grimmer.js";
import { asReported, checkRounding, type ReportedNumber, type RoundingMode } from "./reported.js";
import { auditResult, type AuditResult } from "./result.js";

/** Options of {@link checkClosure}. */
export interface ClosureOptions {
  /** Lowest possible answer to one item. */
  readonly scaleMin: number;
  /** Highest possible answer to one item. */
  readonly scaleMax: number;
  /** Items averaged into each score (default 1); scores are then multiples of 1/items. */
  readonly items?: number;
  /** How mean and SD were rounded (default "up-or-down", CLOSURE's inclusive half-unit). */
  readonly rounding?: RoundingMode;
  /** How many example distributions to keep (default 5). */
  readonly examples?: number;
  /** Stop counting after this many distributions (default 1 000 000). */
  readonly limit?: number;
  /**
   * Most candidate totals (default {@link DEFAULT_MAX_SUMS}); with more the search does not start
   * ("too large to enumerate").
   */
  readonly maxSums?: number;
  /**
   * Work budget: most search steps (nodes visited plus totals tried while pruning; default
   * 50 000 000, a few seconds). When it runs out the search stops and says so.
   */
  readonly maxSteps?: number;
  /**
   * A stated lowest answer: exactly `count` answers equal `score` and none is lower (e.g. "the
   * three lowest scores were 2": `{ score: 2, count: 3 }`). `score` is a possible score (a
   * multiple of 1/items on the scale), `count` a whole number from 0 to n. The enumeration then
   * covers only scores from `score` up, and `values` starts there.
   */
  readonly minimum?: { readonly score: number; readonly count: number };
}

/** Details of a CLOSURE enumeration. */
export interface ClosureDetails {
  readonly mean: string;
  /** The reported SD, or null when the enumeration used the mean alone. */
  readonly sd: string | null;
  readonly n: number;
  readonly items: number;
  readonly scale: { readonly min: number; readonly max: number };
  readonly rounding: RoundingMode;
  /** The stated lowest score and its count (option `minimum`), or null. */
  readonly minimum: { readonly score: number; readonly count: number } | null;
  /** The possible scores, low to high (totals / items); from `minimum.score` up when a minimum is given. */
  readonly values: readonly number[];
  /** Number of distributions found. */
  readonly count: number;
  /** False when the enumeration stopped early (at `limit`, `maxSteps` or `maxSums`; see `stoppedBy`). */
  readonly complete: boolean;
  /** Why the enumeration stopped early, or null when it finished. */
  readonly stoppedBy: "limit" | "maxSteps" | "maxSums" | null;
  /** Search steps used. */
  readonly steps: number;
  /** Up to `examples` distributions, each as the frequency of every value in `values`. */
  readonly examples: readonly (readonly number[])[];
  /** For every value, its frequency summed over all distributions found (as unsum's `f_absolute`). */
  readonly frequencyTotals: readonly number[];
  /** Smallest and largest SD (n − 1 in the denominator) over all distributions found, or null when none was found. */
  readonly sdRange: { readonly min: number; readonly max: number } | null;
}

/**
 * Enumerates all samples (as frequency tables) of n integer answers on [min, max] whose mean and
 * SD round to the reported ones, in the spirit of CLOSURE (Jung, 2025; after Larigaldie's
 * algorithm).
 *
 * Rule: a sample is the vector of counts c_v of each score v (Σc_v = n); it qualifies iff its
 * total S = Σc_v·T_v (T_v = k·v, integer) gives S/(n·k) in the mean's rounding interval and its
 * Q = Σc_v·T_v² gives √((Q − S²/n)/((n − 1)k²)) in the SD's rounding interval (both decided with
 * integers, see {@link checkGrimmer}). The search assigns counts from the highest score down and
 * prunes a branch when no admissible total S can be reached, or when for every reachable S the
 * remaining answers can produce neither enough nor little enough Q (the remaining sum of squares
 * lies between the near-equal split and the extreme split of the remaining total). Counts, not
 * permutations, are enumerated, so each distinct sample is found once.
 *
 * Without an SD (`sd` null) only the mean constrains the samples: every frequency table whose
 * mean rounds to the reported one is listed, and `sdRange` says which SDs they have. With
 * `minimum`, exactly `minimum.count` answers equal `minimum.score` and none is lower.
 *
 * @param mean The reported mean as printed.
 * @param sd The reported SD as printed, or null when no SD is reported.
 * @param n The sample size (at least 2 with an SD, at least 1 without).
 * @param options scaleMin, scaleMax (required), items, rounding, minimum, examples, limit, and
 *   the work bounds maxSums and maxSteps.
 * @returns "consistent" when at least one sample exists (count and examples in the details; "at
 *   least" when the search stopped early), "inconsistent" when none does, "not-testable" ("too
 *   large to enumerate") when the candidate totals exceed maxSums or the step budget ran out
 *   before any sample was found.
 * @throws {StatsError} INVALID_ARGUMENT / OUT_OF_RANGE for invalid input (including a minimum
 *   score off the scale or a minimum count above n).
 * @example
 * checkClosure("2.7", "1.9", 100, { scaleMin: 1, scaleMax: 5 }).details.count // 2256
 * checkClosure("3.5", null, 4, { scaleMin: 1, scaleMax: 5, minimum: { score: 2, count: 1 } }).details.count // 2 (2, 3, 4, 5 and 2, 4, 4, 4)
 *
 * Reference: Jung, L. (2025). unsum: Reconstruct raw data from summary statistics (R package).
 * https://doi.org/10.32614/CRAN.package.unsum (CLOSURE: Complete Listing of Original Samples of
 * Underlying Raw Evidence; algorithm by N. Larigaldie). Validated against the unsum README example
 * (2256 samples and their value frequencies), closure-core's regression tests, and an exhaustive
 * enumeration in exact rational arithmetic (test/reference/audit-closure.py).
 */
export function checkClosure(
  mean: string | ReportedNumber,
  sd: string | ReportedNumber | null,
  n: number,
  options: ClosureOptions,
): AuditResult<ClosureDetails> {
  const fn = "checkClosure";
  const { m, s, items, rounding, sizes, scale } =
    sd === null ? meanArguments(fn, mean, n, options) : meanSdArguments(fn, mean, sd, n, options);
  if (scale === null) throw new StatsError("INVALID_ARGUMENT", fn, "scaleMin and scaleMax are required", "scaleMin");
  const maxExamples = options.examples ?? 5;
  checkNumber(fn, "examples", maxExamples, { integerMin: 0 });
  const limit = options.limit ?? 1_000_000;
  checkNumber(fn, "limit", limit, { integerMin: 1 });
  const maxSums = checkMaxSums(fn, options.maxSums);
  const maxSteps = options.maxSteps ?? 50_000_000;
  checkNumber(fn, "maxSteps", maxSteps, { integerMin: 1 });
  const minimum = options.minimum === undefined ? null : checkMinimum(fn, options.minimum, n, items, scale);

  // With a stated minimum, scores below it cannot occur and the lowest one has a fixed count.
  const lo = minimum === null ? Number(scale.min) * items : Math.round(minimum.score * items);
  const hi = Number(scale.max) * items;
  const atLowest = minimum === null ? null : minimum.count;
  const totals: number[] = [];
  for (let t = lo; t <= hi; t++) totals.push(t);
  const K = totals.length;
  if (n * hi * hi > Number.MAX_SAFE_INTEGER / 4) {
    throw new StatsError("OUT_OF_RANGE", fn, `n·max² is too large for exact enumeration (n = ${n}, scale to ${options.scaleMax})`, "n");
  }

  // Admissible totals and, for each, the admissible sums of squares.
  const sums = meanSums(m, sizes.n * sizes.items, rounding);
  const sdIv = s === null ? null : sdInterval(s, rounding);
  const sMin = Math.max(Number(sums.lower), n * lo);
  const sMax = Math.min(Number(sums.upper), n * hi);
  const values = totals.map((t) => t / items);
  const where = `${n} answers on a scale from ${scale.min} to ${scale.max}${minimum === null ? "" : ` with exactly ${minimum.count} at ${minimum.score} and none lower`}`;
  const fits = `a mean that rounds to ${m.text}${s === null ? "" : ` and an SD that rounds to ${s.text}`}`;
  const baseDetails = {
    mean: m.text,
    sd: s === null ? null : s.text,
    n,
    items,
    scale: { min: Number(scale.min), max: Number(scale.max) },
    rounding,
    minimum,
    values,
  };
  if (sMax - sMin + 1 > maxSums) {
    return auditResult(
      "closure",
      "not-testable",
      `Too large to enumerate: ${sMax - sMin + 1} totals of ${where} give a mean that rounds to ${m.text}, more than the ${maxSums} this check examines (maxSums).`,
      {
        ...baseDetails,
        count: 0,
        complete: false,
        stoppedBy: "maxSums",
        steps: 0,
        examples: [],
        frequencyTotals: new Array<number>(K).fill(0),
        sdRange: null,
      } satisfies ClosureDetails,
    );
  }
  const qLo: number[] = [];
  const qHi: number[] = [];
  for (let S = sMin; S <= sMax; S++) {
    if (sdIv === null) {
      // No SD reported: every sum of squares is admissible.
      qLo.push(0);
      qHi.push(Number.POSITIVE_INFINITY);
      continue;
    }
    const q = sumOfSquaresRange(BigInt(S), sizes.n, sizes.items, sdIv);
    qLo.push(Number(q.lower));
    qHi.push(Number(q.upper));
  }

  const counts = new Array<number>(K).fill(0);
  const frequencyTotals = new Array<number>(K).fill(0);
  const examples: number[][] = [];
  let count = 0;
  let stopped = false;
  let stoppedBy: ClosureDetails["stoppedBy"] = null;
  let steps = 0;
  let sdMin = Number.POSITIVE_INFINITY;
  let sdMax = Number.NEGATIVE_INFINITY;

  // Is some admissible final (S, Q) reachable from partial (S, Q) with `rem` answers left among totals[0..j]?
  const reachable = (j: number, rem: number, S: number, Q: number): boolean => {
    const vMin = totals[0] as number;
    const vMax = totals[j] as number;
    const from = Math.max(sMin, S + rem * vMin);
    const to = Math.min(sMax, S + rem * vMax);
    for (let Sf = from; Sf <= to; Sf++) {
      steps++;
      const R = Sf - S;
      let qMinRem = 0;
      let qMaxRem = 0;
      if (rem > 0) {
        const q = Math.floor(R / rem);
        const r = R - q * rem;
        qMinRem = (rem - r) * q * q + r * (q + 1) * (q + 1);
        const span = vMax - vMin;
        if (span === 0) {
          qMaxRem = rem * vMin * vMin;
        } else {
          const k = Math.floor((R - rem * vMin) / span);
          const rest = R - rem * vMin - k * span;
          qMaxRem =
            rest === 0
              ? k * vMax * vMax + (rem - k) * vMin * vMin
              : k * vMax * vMax + (vMin + rest) * (vMin + rest) + (rem - k - 1) * vMin * vMin;
        }
      }
      const idx = Sf - sMin;
      if (Q + qMinRem <= (qHi[idx] as number) && Q + qMaxRem >= (qLo[idx] as number)) return true;
    }
    return false;
  };

  const visit = (j: number, rem: number, S: number, Q: number): void => {
    if (stopped) return;
    if (++steps > maxSteps) {
      stopped = true;
      stoppedBy = "maxSteps";
      return;
    }
    const v = totals[j] as number;
    if (j === 0) {
      if (atLowest !== null && rem !== atLowest) return;
      const Sf = S + rem * v;
      const Qf = Q + rem * v * v;
      if (Sf < sMin || Sf > sMax) return;
      const idx = Sf - sMin;
      if (Qf < (qLo[idx] as number) || Qf > (qHi[idx] as number)) return;
      counts[0] = rem;
      count++;
      const sdOf = Math.sqrt((Qf - (Sf * Sf) / n) / (n - 1)) / items;
      if (sdOf < sdMin) sdMin = sdOf;
      if (sdOf > sdMax) sdMax = sdOf;
      for (let i = 0; i < K; i++) frequencyTotals[i] = (frequencyTotals[i] as number) + (counts[i] as number);
      if (examples.length < maxExamples) examples.push(counts.slice());
      counts[0] = 0;
      if (count >= limit) {
        stopped = true;
        stoppedBy = "limit";
      }
      return;
    }
    // With a stated minimum, its count stays for the lowest score.
    for (let c = atLowest === null ? rem : rem - atLowest; c >= 0; c--) {
      if (steps > maxSteps) {
        stopped = true;
        stoppedBy = "maxSteps";
        break;
      }
      const S2 = S + c * v;
      const Q2 = Q + c * v * v;
      if (S2 > sMax) continue;
      if (!reachable(j - 1, rem - c, S2, Q2)) continue;
      counts[j] = c;
      visit(j - 1, rem - c, S2, Q2);
      if (stopped) break;
    }
    counts[j] = 0;
  };
  if (sMin <= sMax && reachable(K - 1, n, 0, 0)) visit(K - 1, n, 0, 0);

  const details: ClosureDetails = {
    ...baseDetails,
    count,
    complete: !stopped,
    stoppedBy,
    steps,
    examples,
    frequencyTotals,
    sdRange: count === 0 || n < 2 ? null : { min: sdMin, max: sdMax },
  };
  if (count === 0 && stoppedBy === "maxSteps") {
    return auditResult(
      "closure",
      "not-testable",
      `Too large to enumerate: the search over sets of ${where} stopped after ${maxSteps} steps (maxSteps) without finding one with ${fits}; whether one exists is not known.`,
      details,
    );
  }
  if (count === 0) {
    return auditResult("closure", "inconsistent", `No set of ${where} has ${fits}.`, details);
  }
  const example = examples[0];
  const exampleText =
    example === undefined
      ? ""
      : `, for example ${example
          .map((c, i) => [c, values[i] as number] as const)
          .filter(([c]) => c > 0)
          .map(([c, v]) => `${c} × ${v}`)
          .join(", ")}`;
  return auditResult(
    "closure",
    "consistent",
    `${stopped ? `At least ${count}` : count === 1 ? "Exactly one" : `${count}`} different set${count === 1 ? "" : "s"} of ${where} ${count === 1 ? "has" : "have"} ${fits}${exampleText}.`,
    details,
  );
}

/** The arguments of a CLOSURE enumeration without an SD, validated as {@link meanSdArguments} does. */
function meanArguments(
  fn: string,
  mean: string | ReportedNumber,
  n: number,
  options: ClosureOptions,
): {
  m: ReportedNumber;
  s: null;
  items: number;
  rounding: RoundingMode;
  sizes: { n: bigint; items: bigint };
  scale: { min: bigint; max: bigint } | null;
} {
  const m = asReported(mean, fn, "mean");
  const items = options.items ?? 1;
  const rounding = options.rounding ?? "up-or-down";
  checkRounding(fn, rounding);
  const sizes = checkSampleSize(fn, n, items);
  const scale = checkScale(fn, options.scaleMin, options.scaleMax);
  return { m, s: null, items, rounding, sizes, scale };
}

/** Validates the `minimum` option: a score on the grid of the scale, a count from 0 to n. */
function checkMinimum(
  fn: string,
  minimum: { readonly score: number; readonly count: number },
  n: number,
  items: number,
  scale: { min: bigint; max: bigint },
): { score: number; count: number } {
  checkNumber(fn, "minimum.score", minimum.score);
  checkNumber(fn, "minimum.count", minimum.count, { integerMin: 0 });
  const scaled = minimum.score * items;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-9 || minimum.score < Number(scale.min) || minimum.score > Number(scale.max)) {
    throw new StatsError(
      "OUT_OF_RANGE",
      fn,
      `minimum.score is ${minimum.score}; expected a possible score (a multiple of 1/${items}) from ${scale.min} to ${scale.max}`,
      "minimum.score",
    );
  }
  if (minimum.count > n)
    throw new StatsError("OUT_OF_RANGE", fn, `minimum.count is ${minimum.count}; expected at most n = ${n}`, "minimum.count");
  return { score: minimum.score, count: minimum.count };
}
