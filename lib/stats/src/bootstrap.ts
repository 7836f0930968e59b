/**
 * Nonparametric bootstrap with percentile and BCa intervals.
 * @module bootstrap
 */
import { StatsError } from "./errors.js";
import { normalCdf, normalQuantile } from "./distributions.js";
import { createRng } from "./random.js";
import { checkLevel, checkNumber } from "./validate.js";

/**
 * A statistic computed on a resample, given as the indices (0-based, with repeats) of the cases
 * drawn. The array is reused for the next resample: read it, do not keep it.
 */
export type ResampleStatistic = (indices: Int32Array) => number;

/** Options of {@link bootstrap}. */
export interface BootstrapOptions {
  /** Number of resamples R (default 1999). Ignored when `resamples` is given. */
  readonly replicates?: number;
  /** Seed of the generator (required: results must be reproducible). */
  readonly seed: number;
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /**
   * Resamples to use instead of drawing them (each an array of n case indices, 0-based), e.g. to
   * reproduce another program's resamples exactly.
   */
  readonly resamples?: readonly ArrayLike<number>[];
  /**
   * The statistic without case j (0-based), t₋ⱼ, for the jackknife of the BCa acceleration, when it
   * can be had faster than from the n − 1 remaining indices (e.g. from running sums). Without it
   * the jackknife calls `statistic` n times on n − 1 indices: O(n²) for a statistic linear in n.
   */
  readonly leaveOneOut?: (omitted: number) => number;
}

/** An interval of {@link bootstrap}. */
export interface BootstrapInterval {
  readonly level: number;
  readonly lower: number;
  readonly upper: number;
}

/** Result of {@link bootstrap}. */
export interface BootstrapResult {
  /** The statistic on the original sample, t₀. */
  readonly estimate: number;
  /** Number of cases n. */
  readonly n: number;
  /** Number of resamples R drawn (or given). */
  readonly replicates: number;
  /** Resamples whose statistic was not finite (left out of the intervals, as the boot package does). */
  readonly nonFinite: number;
  /** Seed of the generator; null when the resamples were given by the caller. */
  readonly seed: number | null;
  /** Mean of the replicates minus t₀. */
  readonly bias: number;
  /** SD of the replicates (n − 1 denominator). */
  readonly se: number;
  readonly percentile: BootstrapInterval;
  readonly bca: BootstrapInterval;
  /** Bias correction z₀ = Φ⁻¹(#{t* < t₀} / R). */
  readonly z0: number;
  /** Acceleration a from the jackknife. */
  readonly acceleration: number;
}

/**
 * Order statistics interpolated on the normal quantile scale, as `boot:::norm.inter`
 * (Davison & Hinkley 1997, eq. 5.8): with R sorted replicates and k = ⌊(R + 1)α⌋,
 * t* = t*₍ₖ₎ + (Φ⁻¹(α) − Φ⁻¹(k/(R+1))) / (Φ⁻¹((k+1)/(R+1)) − Φ⁻¹(k/(R+1))) · (t*₍ₖ₊₁₎ − t*₍ₖ₎);
 * the extreme order statistics when k = 0 or k = R. Internal.
 */
function normInter(sorted: Float64Array, alpha: number): number {
  const R = sorted.length;
  const rk = (R + 1) * alpha;
  const k = Math.trunc(rk);
  if (k === rk && k >= 1 && k <= R) return sorted[k - 1] as number;
  if (k <= 0) return sorted[0] as number;
  if (k >= R) return sorted[R - 1] as number;
  const z1 = normalQuantile(alpha);
  const z2 = normalQuantile(k / (R + 1));
  const z3 = normalQuantile((k + 1) / (R + 1));
  const tk = sorted[k - 1] as number;
  const tk1 = sorted[k] as number;
  return tk + ((z1 - z2) / (z3 - z2)) * (tk1 - tk);
}

/**
 * Nonparametric bootstrap of a statistic of n cases, with percentile and BCa intervals.
 *
 * Resampling: R resamples of n case indices drawn with replacement from a seeded Mersenne Twister
 * (pairs or rows are resampled together because the statistic receives indices).
 * Percentile interval: the α/2 and 1 − α/2 quantiles of the replicates t*, interpolated as boot's norm.inter.
 * BCa (Efron 1987): z₀ = Φ⁻¹(#{t* < t₀}/R); acceleration a = Σ lⱼ³ / (6·(Σ lⱼ²)^{3/2}) with the
 * jackknife influence values lⱼ = (n − 1)(t₀ − t₋ⱼ), t₋ⱼ the statistic without case j; adjusted levels
 * α' = Φ(z₀ + (z₀ + z_α)/(1 − a(z₀ + z_α))) then interpolated as above.
 *
 * Efron, B. (1987). Better bootstrap confidence intervals. Journal of the American Statistical
 * Association, 82(397), 171–185. https://doi.org/10.1080/01621459.1987.10478410
 * Davison, A. C., & Hinkley, D. V. (1997). Bootstrap methods and their application. Cambridge
 * University Press. https://doi.org/10.1017/CBO9780511802843
 *
 * @param n number of cases (rows, respondents or pairs).
 * @param statistic computes the statistic from the case indices of a resample (or of the full sample: 0..n−1).
 * @throws {StatsError} TOO_FEW (n < 2 or R < 2), OUT_OF_RANGE (seed, level), NON_FINITE (t₀ not finite),
 *   NOT_CONVERGED when z₀ or a is infinite (all replicates on one side of t₀, or a degenerate jackknife).
 * @example
 * const x = [3, 4, 4, 5, 5, 5, 6];
 * const b = bootstrap(x.length, (idx) => idx.reduce((s, i) => s + x[i]!, 0) / idx.length, { seed: 1, replicates: 1999 });
 * b.estimate // 4.5714 (the mean of x; R: mean(x))
 * b.bca.lower < b.estimate && b.estimate < b.bca.upper // true
 * Validated against R's boot::boot.ci(type = c("perc", "bca"), L = empinf(type = "jack")) on the same resamples.
 */
export function bootstrap(n: number, statistic: ResampleStatistic, options: BootstrapOptions): BootstrapResult {
  const fn = "bootstrap";
  checkNumber(fn, "n", n, { integerMin: 2 });
  const level = options.level ?? 0.95;
  checkLevel(fn, level);
  const given = options.resamples;
  let seed: number | null = null;
  // Resamples are drawn (or taken) one at a time into a single index buffer and only their
  // statistic is kept: memory O(n + R), not O(n·R). The generator is consumed in the same order as
  // when every resample was kept, so the same seed gives the same replicates.
  let R0: number;
  if (given !== undefined) {
    if (given.length < 2) throw new StatsError("TOO_FEW", fn, `resamples has ${given.length} entries; expected at least 2`, "resamples");
    given.forEach((s, r) => {
      if (s.length !== n)
        throw new StatsError("LENGTH_MISMATCH", fn, `resamples[${r}] has ${s.length} indices; expected n = ${n}`, "resamples");
      for (let i = 0; i < n; i++) {
        const v = s[i];
        if (!(Number.isInteger(v) && (v as number) >= 0 && (v as number) < n)) {
          throw new StatsError(
            "OUT_OF_RANGE",
            fn,
            `resamples[${r}][${i}] is ${String(v)}; expected a 0-based case index below ${n}`,
            "resamples",
          );
        }
      }
    });
    R0 = given.length;
  } else {
    R0 = options.replicates ?? 1999;
    checkNumber(fn, "replicates", R0, { integerMin: 2 });
  }
  const full = Int32Array.from({ length: n }, (_, i) => i);
  const t0 = statistic(full);
  if (!Number.isFinite(t0))
    throw new StatsError("NON_FINITE", fn, `the statistic on the full sample is ${t0}; expected a finite number`, "statistic");
  const all = new Float64Array(R0);
  const idx = new Int32Array(n);
  if (given !== undefined) {
    for (let r = 0; r < R0; r++) {
      const s = given[r] as ArrayLike<number>;
      for (let i = 0; i < n; i++) idx[i] = s[i] as number;
      all[r] = statistic(idx);
    }
  } else {
    const rng = createRng(options.seed);
    seed = rng.seed;
    for (let r = 0; r < R0; r++) {
      for (let i = 0; i < n; i++) idx[i] = rng.int(n);
      all[r] = statistic(idx);
    }
  }
  const finite = all.filter((v) => Number.isFinite(v)).sort();
  const R = finite.length;
  if (R < 2) throw new StatsError("TOO_FEW", fn, `only ${R} resamples gave a finite statistic; expected at least 2`, "statistic");
  let sum = 0;
  for (const v of finite) sum += v;
  const m = sum / R;
  let ss = 0;
  for (const v of finite) ss += (v - m) * (v - m);
  const alpha = [(1 - level) / 2, (1 + level) / 2] as const;
  let below = 0;
  for (const v of finite) if (v < t0) below++;
  const z0 = normalQuantile(below / R);
  if (!Number.isFinite(z0)) {
    throw new StatsError(
      "NOT_CONVERGED",
      fn,
      `${below} of ${R} replicates lie below the estimate, so the bias correction z0 is infinite; BCa is undefined`,
      "statistic",
    );
  }
  // Jackknife influence values l_j = (n − 1)(t₀ − t₋ⱼ) (Davison & Hinkley 1997, eq. 2.44), as
  // boot::empinf(type = "jack") computes them. Efron & Tibshirani centre on the mean of the t₋ⱼ
  // instead of t₀; the two agree for linear statistics such as the mean.
  let num = 0;
  let den = 0;
  const leaveOneOut = options.leaveOneOut;
  const rest = new Int32Array(n - 1);
  for (let j = 1; j < n; j++) rest[j - 1] = j;
  for (let i = 0; i < n; i++) {
    // rest holds 0..n−1 without i, in order: moving from i to i + 1 puts i where i + 1 was.
    if (i > 0) rest[i - 1] = i - 1;
    const l = (n - 1) * (t0 - (leaveOneOut === undefined ? statistic(rest) : leaveOneOut(i)));
    num += l * l * l;
    den += l * l;
  }
  const a = num / (6 * Math.pow(den, 1.5));
  if (!Number.isFinite(a)) {
    throw new StatsError(
      "NOT_CONVERGED",
      fn,
      "the jackknife values are all equal or not finite, so the acceleration is undefined; BCa is undefined",
      "statistic",
    );
  }
  const bcaLevel = (q: number): number => {
    const z = normalQuantile(q);
    return normalCdf(z0 + (z0 + z) / (1 - a * (z0 + z)));
  };
  return Object.freeze({
    estimate: t0,
    n,
    replicates: R0,
    nonFinite: R0 - R,
    seed,
    bias: m - t0,
    se: Math.sqrt(ss / (R - 1)),
    percentile: Object.freeze({ level, lower: normInter(finite, alpha[0]), upper: normInter(finite, alpha[1]) }),
    bca: Object.freeze({ level, lower: normInter(finite, bcaLevel(alpha[0])), upper: normInter(finite, bcaLevel(alpha[1])) }),
    z0,
    acceleration: a,
  });
}
