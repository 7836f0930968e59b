/**
 * Robustness of Table 3: Wilcoxon signed-rank tests, bootstrap intervals for d_av, multiplicity
 * adjustment over the paired tests, and the smallest effect the sample could detect.
 * @module analysis/robustness
 */
import { pairedConstructScores, type Dataset } from "../data/index.js";
import { benjaminiHochberg, holm } from "../stats/adjust.js";
import { bootstrap, type BootstrapResult } from "../stats/bootstrap.js";
import { minimumDetectableEffect } from "../stats/power.js";
import { pairedTTest } from "../stats/ttest.js";
import { wilcoxonSignedRank, type WilcoxonResult } from "../stats/wilcoxon.js";
import { meanAndSdOf } from "./moments.js";

/** Robustness results of one construct. */
export interface RobustnessRow {
  readonly construct: string;
  readonly label: string;
  readonly n: number;
  readonly pT: number;
  readonly wilcoxon: WilcoxonResult;
  /** Nonparametric bootstrap of d_av over respondents (pairs resampled together). */
  readonly bootstrapDav: BootstrapResult;
  readonly pHolm: number;
  readonly pBH: number;
}

/** Result of {@link robustness}. */
export interface Robustness {
  readonly rows: readonly RobustnessRow[];
  /** Base seed: the k-th construct's bootstrap uses seed + k (recorded in its result). */
  readonly seed: number;
  readonly replicates: number;
  /** Smallest d_z detectable with 80 % power at α = .05 (two-sided) for the number of complete pairs. */
  readonly minimumDetectable: { readonly n: number; readonly d: number; readonly power: number; readonly sigLevel: number };
}

/**
 * For every construct with pre and post scores: Wilcoxon's signed-rank test, a seeded bootstrap
 * (percentile and BCa) of d_av, and Holm and Benjamini–Hochberg adjusted p-values over the paired
 * t-tests; plus the smallest effect the sample could detect. (Power at the observed effect is not
 * reported: it is a function of the p-value and adds nothing; Hoenig & Heisey, 2001.)
 * @example robustness(ds, { seed: 2023 }).minimumDetectable.d // ≈ .40 for N = 51
 */
export function robustness(ds: Dataset, options: { seed?: number; replicates?: number } = {}): Robustness {
  const seed = options.seed ?? 20231204;
  const replicates = options.replicates ?? 4999;
  const partial: Omit<RobustnessRow, "pHolm" | "pBH">[] = [];
  let k = 0;
  for (const c of ds.codebook.constructs) {
    if (c.items.pre === undefined || c.items.post === undefined) continue;
    const pairs = pairedConstructScores(ds, c.name);
    const x = pairs.post;
    const y = pairs.pre;
    const test = pairedTTest(x, y);
    const dav = (sel: Int32Array): number => {
      const a = meanAndSdOf(sel, x);
      const b = meanAndSdOf(sel, y);
      return (a.mean - b.mean) / ((a.sd + b.sd) / 2);
    };
    partial.push({
      construct: c.name,
      label: c.labelNl ?? c.name,
      n: x.length,
      pT: test.pValue,
      // Cluster scores are means of items: rank the differences at 7 significant digits so that
      // floating-point noise does not split equal differences (R: digits.rank = 7).
      wilcoxon: wilcoxonSignedRank(x, y, { digitsRank: 7 }),
      // Each construct draws its own resamples: seed + its position among the paired constructs.
      bootstrapDav: bootstrap(x.length, dav, { seed: seed + k++, replicates }),
    });
  }
  const ps = partial.map((r) => r.pT);
  const h = holm(ps);
  const bh = benjaminiHochberg(ps);
  const rows = partial.map((r, i) => ({ ...r, pHolm: h[i] as number, pBH: bh[i] as number }));
  const n = Math.min(...rows.map((r) => r.n));
  return { rows, seed, replicates, minimumDetectable: { n, d: minimumDetectableEffect(n, { power: 0.8 }).d, power: 0.8, sigLevel: 0.05 } };
}
