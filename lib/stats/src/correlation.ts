/**
 * Pearson's r and Spearman's rho with their tests.
 * @module correlation
 */
import { StatsError } from "./errors.js";
import { normalQuantile, tPValue } from "./distributions.js";
import type { ConfidenceInterval } from "./ttest.js";
import {
  checkAlternative,
  checkLevel,
  completePairs,
  correlationOf,
  requireN,
  type Alternative,
  type MissingPolicy,
  type NumericInput,
} from "./validate.js";

/** Result of {@link pearson}. */
export interface PearsonResult {
  readonly r: number;
  /** t = r·√(n − 2) / √(1 − r²). */
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  readonly alternative: Alternative;
  /** Fisher-z interval; null when n < 4 (its standard error 1/√(n − 3) is undefined). */
  readonly ci: (ConfidenceInterval & { readonly method: "fisher-z" }) | null;
  /** Complete pairs analysed (pairwise deletion for this pair of variables). */
  readonly n: number;
  readonly nExcluded: number;
}

/** Result of {@link spearman}. */
export interface SpearmanResult {
  /** Pearson correlation of the average ranks. */
  readonly rho: number;
  /** t = ρ·√(n − 2)/√(1 − ρ²), the asymptotic t approximation (R: cor.test(exact = FALSE)). */
  readonly t: number;
  readonly df: number;
  readonly pValue: number;
  readonly alternative: Alternative;
  readonly n: number;
  readonly nExcluded: number;
  /** Whether either variable had tied values (average ranks were used). */
  readonly ties: boolean;
}

/** Options of the correlation functions. */
export interface CorrelationOptions {
  readonly alternative?: Alternative;
  /** Confidence level of the Fisher-z interval (default 0.95). */
  readonly level?: number;
  /** "listwise" (default): incomplete pairs of these two variables are left out; "fail": throw. */
  readonly missing?: MissingPolicy;
}

function pearsonCore(fn: string, x: readonly number[], y: readonly number[]): number {
  const c = correlationOf(x, y);
  if (c.r === null) {
    const which = c.sdXZero ? "x" : "y";
    throw new StatsError(
      "ZERO_VARIANCE",
      fn,
      `${which} is constant over the ${x.length} complete pairs; the correlation is undefined`,
      which,
    );
  }
  return c.r;
}

/** p of a correlation's t test; a perfect correlation (infinite t) gives 0, or 1 against its direction. */
function correlationPValue(r: number, t: number, df: number, alternative: Alternative): number {
  if (Math.abs(r) !== 1) return tPValue(t, df, alternative);
  if (alternative === "two-sided") return 0;
  return (alternative === "greater") === r > 0 ? 0 : 1;
}

function tFromR(r: number, n: number): number {
  if (Math.abs(r) === 1) return r * Infinity;
  return (r * Math.sqrt(n - 2)) / Math.sqrt(1 - r * r);
}

/**
 * Pearson product-moment correlation with its t test and Fisher-z confidence interval.
 *
 * r = Σ(xᵢ − x̄)(yᵢ − ȳ) / ((n − 1)·s_x·s_y); t = r√(n − 2)/√(1 − r²) with df = n − 2;
 * CI: tanh(atanh(r) ± z_{1−γ/2}/√(n − 3)) (two-sided; one-sided bounds as R's cor.test).
 * Each column is first multiplied by a power of two (exact) when its values exceed 2^500 in
 * magnitude, so values near 1e200 give the right r where the cross-products would overflow (R's
 * cor returns NaN there; the reference values are R's on the same data rescaled by a power of
 * two). r is clamped to [−1, 1] as in R.
 *
 * Fisher, R. A. (1921). On the "probable error" of a coefficient of correlation deduced from a
 * small sample. Metron, 1, 3–32.
 *
 * @throws {StatsError} LENGTH_MISMATCH, NON_FINITE, TOO_FEW (< 3 complete pairs), ZERO_VARIANCE.
 * @example pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).r // 0.8
 * Validated against R's `cor.test(x, y, method = "pearson")`.
 */
export function pearson(x: NumericInput, y: NumericInput, options: CorrelationOptions = {}): PearsonResult {
  const fn = "pearson";
  const alternative = options.alternative ?? "two-sided";
  const level = options.level ?? 0.95;
  checkAlternative(fn, alternative);
  checkLevel(fn, level);
  const pairs = completePairs(fn, "x", x, "y", y, options.missing ?? "listwise");
  const n = pairs.x.length;
  requireN(fn, "x and y", n, 3, "complete pairs");
  const r = pearsonCore(fn, pairs.x, pairs.y);
  const df = n - 2;
  const t = tFromR(r, n);
  const pValue = correlationPValue(r, t, df, alternative);
  let ci: PearsonResult["ci"] = null;
  if (n > 3) {
    const z = Math.atanh(r);
    const sigma = 1 / Math.sqrt(n - 3);
    let lo: number;
    let hi: number;
    if (alternative === "two-sided") {
      const q = normalQuantile((1 + level) / 2);
      lo = Math.tanh(z - sigma * q);
      hi = Math.tanh(z + sigma * q);
    } else if (alternative === "greater") {
      lo = Math.tanh(z - sigma * normalQuantile(level));
      hi = 1;
    } else {
      lo = -1;
      hi = Math.tanh(z + sigma * normalQuantile(level));
    }
    ci = Object.freeze({ level, lower: lo, upper: hi, method: "fisher-z" as const });
  }
  return Object.freeze({ r, t, df, pValue, alternative, ci, n, nExcluded: pairs.excluded });
}

/**
 * Ranks 1..n with ties given their average rank (R's `rank(x, ties.method = "average")`).
 * @throws {StatsError} NON_FINITE for NaN, ±Infinity or null.
 * @example averageRanks([10, 20, 20, 30]) // [1, 2.5, 2.5, 4]
 * Validated against R's `rank` (through spearman and wilcoxonSignedRank).
 */
export function averageRanks(x: readonly number[]): number[] {
  x.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new StatsError("NON_FINITE", "averageRanks", `x[${i}] is ${String(v)}; expected a finite number`, "x");
    }
  });
  const order = x.map((_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number));
  const ranks = new Array<number>(x.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && x[order[j + 1] as number] === x[order[i] as number]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] as number] = avg;
    i = j + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation: Pearson's r of the average ranks (ties get their mean rank),
 * tested with the t approximation t = ρ√(n − 2)/√(1 − ρ²), df = n − 2.
 *
 * Spearman, C. (1904). The proof and measurement of association between two things. The American
 * Journal of Psychology, 15(1), 72–101. https://doi.org/10.2307/1412159
 *
 * @throws {StatsError} LENGTH_MISMATCH, NON_FINITE, TOO_FEW (< 3 pairs), ZERO_VARIANCE.
 * @example spearman([1, 2, 2, 3], [1, 3, 2, 4]).rho // 0.9486…
 * Validated against R's `cor.test(x, y, method = "spearman", exact = FALSE)`.
 */
export function spearman(x: NumericInput, y: NumericInput, options: Omit<CorrelationOptions, "level"> = {}): SpearmanResult {
  const fn = "spearman";
  const alternative = options.alternative ?? "two-sided";
  checkAlternative(fn, alternative);
  const pairs = completePairs(fn, "x", x, "y", y, options.missing ?? "listwise");
  const n = pairs.x.length;
  requireN(fn, "x and y", n, 3, "complete pairs");
  const rx = averageRanks(pairs.x);
  const ry = averageRanks(pairs.y);
  const rho = pearsonCore(fn, rx, ry);
  const t = tFromR(rho, n);
  const pValue = correlationPValue(rho, t, n - 2, alternative);
  const ties = new Set(pairs.x).size < n || new Set(pairs.y).size < n;
  return Object.freeze({ rho, t, df: n - 2, pValue, alternative, n, nExcluded: pairs.excluded, ties });
}
