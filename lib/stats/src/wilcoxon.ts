/**
 * Wilcoxon signed-rank test for paired data, computed as R's `wilcox.test(paired = TRUE)`.
 * @module wilcoxon
 */
import { StatsError } from "./errors.js";
import { normalCdf } from "./distributions.js";
import { averageRanks } from "./correlation.js";
import { checkAlternative, completePairs, requireN, type Alternative, type MissingPolicy, type NumericInput } from "./validate.js";

/** Result of {@link wilcoxonSignedRank}. */
export interface WilcoxonResult {
  /** V: the sum of the ranks of the positive differences x − y. */
  readonly statistic: number;
  readonly pValue: number;
  readonly alternative: Alternative;
  /** "exact" (signed-rank distribution) or "normal" (approximation with tie and continuity correction). */
  readonly method: "exact" | "normal";
  /** Standardized statistic of the normal approximation; null for the exact method. */
  readonly z: number | null;
  /** Whether a continuity correction was applied (normal method only). */
  readonly continuityCorrection: boolean;
  /** Non-zero differences that were ranked. */
  readonly n: number;
  /** Zero differences dropped before ranking. */
  readonly nZero: number;
  /** Incomplete pairs left out. */
  readonly nExcluded: number;
}

/** Options of {@link wilcoxonSignedRank}. */
export interface WilcoxonOptions {
  readonly alternative?: Alternative;
  /** Continuity correction in the normal approximation (default true, as R). */
  readonly correct?: boolean;
  /**
   * Rank |dᵢ| rounded to this many significant digits (R's `digits.rank`; default Infinity: the
   * exact values). Differences of means of items, such as 1/3 − 0, carry floating-point noise that
   * would otherwise split equal differences into different ranks; 7 digits removes it.
   */
  readonly digitsRank?: number;
  readonly missing?: MissingPolicy;
}

/**
 * Number of subsets of {1..n} for each rank sum 0..n(n+1)/2 (the exact null distribution of V times 2ⁿ).
 * Counts stay exact in doubles up to n = 49 (< 2⁵³). Internal.
 */
function signedRankCounts(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  const c = new Float64Array(max + 1);
  c[0] = 1;
  for (let k = 1; k <= n; k++) {
    for (let s = (k * (k + 1)) / 2; s >= k; s--) c[s] = (c[s] as number) + (c[s - k] as number);
  }
  return c;
}

function psignrank(q: number, n: number, lowerTail: boolean): number {
  const c = signedRankCounts(n);
  const total = Math.pow(2, n);
  const x = Math.floor(q + 1e-7);
  let p = 0;
  if (lowerTail) for (let s = 0; s <= x && s < c.length; s++) p += c[s] as number;
  else for (let s = Math.max(0, x + 1); s < c.length; s++) p += c[s] as number;
  return p / total;
}

/**
 * Wilcoxon signed-rank test of the paired differences dᵢ = xᵢ − yᵢ, exactly as R's
 * `wilcox.test(x, y, paired = TRUE, exact = NULL, correct)`:
 * zero differences are dropped (n counts the rest); ranks of |dᵢ| (rounded to `digitsRank`
 * significant digits, R's `digits.rank`) with average ranks for ties;
 * V = Σ ranks of positive dᵢ. With n < 50, no ties and no zeros: exact p from the signed-rank
 * distribution (two-sided: 2·min tail, capped at 1). Otherwise the normal approximation
 * z = (V − n(n+1)/4 − c) / √(n(n+1)(2n+1)/24 − Σ(tⱼ³ − tⱼ)/48), tⱼ the sizes of tied groups,
 * c the continuity correction (±0.5 toward zero for two-sided, 0.5 for "greater", −0.5 for "less").
 *
 * Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin, 1(6),
 * 80–83. https://doi.org/10.2307/3001968
 *
 * @throws {StatsError} LENGTH_MISMATCH, NON_FINITE, EMPTY_INPUT (no non-zero differences).
 * @example wilcoxonSignedRank([5, 4, 5, 4, 5], [4, 4, 3, 3, 1]).statistic // 10 (V; R: wilcox.test(x, y, paired = TRUE)$statistic)
 * Validated against R's `wilcox.test(x, y, paired = TRUE)`.
 */
export function wilcoxonSignedRank(x: NumericInput, y: NumericInput, options: WilcoxonOptions = {}): WilcoxonResult {
  const fn = "wilcoxonSignedRank";
  const alternative = options.alternative ?? "two-sided";
  const correct = options.correct ?? true;
  checkAlternative(fn, alternative);
  const pairs = completePairs(fn, "x", x, "y", y, options.missing ?? "listwise");
  requireN(fn, "x and y", pairs.x.length, 1, "complete pairs");
  const all = pairs.x.map((v, i) => v - (pairs.y[i] as number));
  const d = all.filter((v) => v !== 0);
  const nZero = all.length - d.length;
  const n = d.length;
  if (n === 0) {
    throw new StatsError("EMPTY_INPUT", fn, `all ${all.length} differences are zero; expected at least one non-zero difference`, "x and y");
  }
  const digits = options.digitsRank ?? Infinity;
  if (digits !== Infinity && !(Number.isInteger(digits) && digits >= 1 && digits <= 17)) {
    throw new StatsError(
      "OUT_OF_RANGE",
      fn,
      `digitsRank is ${String(digits)}; expected a whole number from 1 to 17, or Infinity`,
      "digitsRank",
    );
  }
  const ranks = averageRanks(d.map((v) => Math.abs(digits === Infinity ? v : Number(v.toPrecision(digits)))));
  let v = 0;
  d.forEach((di, i) => {
    if (di > 0) v += ranks[i] as number;
  });
  const ties = new Set(ranks).size !== ranks.length;
  const base = { statistic: v, alternative, n, nZero, nExcluded: pairs.excluded };
  if (n < 50 && !ties && nZero === 0) {
    let p: number;
    if (alternative === "two-sided") {
      p = v > (n * (n + 1)) / 4 ? psignrank(v - 1, n, false) : psignrank(v, n, true);
      p = Math.min(1, 2 * p);
    } else if (alternative === "greater") {
      p = psignrank(v - 1, n, false);
    } else {
      p = psignrank(v, n, true);
    }
    return Object.freeze({ ...base, pValue: p, method: "exact" as const, z: null, continuityCorrection: false });
  }
  const groups = new Map<number, number>();
  for (const r of ranks) groups.set(r, (groups.get(r) ?? 0) + 1);
  let tieSum = 0;
  for (const t of groups.values()) tieSum += t * t * t - t;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
  if (!(sigma > 0)) {
    throw new StatsError("ZERO_VARIANCE", fn, "the variance of V under the null hypothesis is 0", "x and y");
  }
  let z = v - (n * (n + 1)) / 4;
  let correction = 0;
  if (correct) {
    correction = alternative === "two-sided" ? Math.sign(z) * 0.5 : alternative === "greater" ? 0.5 : -0.5;
  }
  z = (z - correction) / sigma;
  const pValue =
    alternative === "two-sided"
      ? 2 * Math.min(normalCdf(z, true), normalCdf(z, false))
      : alternative === "greater"
        ? normalCdf(z, false)
        : normalCdf(z, true);
  return Object.freeze({ ...base, pValue: Math.min(1, pValue), method: "normal" as const, z, continuityCorrection: correct });
}
