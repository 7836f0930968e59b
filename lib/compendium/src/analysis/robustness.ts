/**
 * Robustness of Table 3: Wilcoxon signed-rank tests, bootstrap intervals for d_av, multiplicity
 * adjustment over the paired tests, and the smallest effect the sample could detect.
 * @module analysis/robustness
 */
import { pairedConstructScores, type Dataset } from "../data/index.js";
import { benjaminiHochberg, holm } from "@behoud/stats";
import { bootstrap, type BootstrapResult } from "@behoud/stats";
import { minimumDetectableEffect } from "@behoud/stats";
import { pairedTTest } from "@behoud/stats";
import { wilcoxonSignedRank, type WilcoxonResult } from "@behoud/stats";
import {
  attempt,
  notComputable,
  roundsOf,
  undefinedBootstrap,
  undefinedTTest,
  undefinedWilcoxon,
  type NotComputable,
} from "./computable.js";
import { leaveOneOutMoments, meanAndSdOf } from "./moments.js";

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
  /** Statistics of this row the data leave undefined, or the bootstrap left out above the cap, with the reason (their numbers are NaN). */
  readonly notComputable: readonly NotComputable[];
}

/** Result of {@link robustness}. */
export interface Robustness {
  readonly rows: readonly RobustnessRow[];
  /** Base seed: the k-th construct's bootstrap uses seed + k (recorded in its result). */
  readonly seed: number;
  readonly replicates: number;
  /** Cap on n × replicates per construct above which the bootstrap is not run (see {@link robustness}). */
  readonly maxDraws: number;
  /** Smallest d_z detectable with 80 % power at α = .05 (two-sided) for the number of complete pairs. */
  readonly minimumDetectable: { readonly n: number; readonly d: number; readonly power: number; readonly sigLevel: number };
}

/** Default cap on n × replicates (resampled cases) per construct: 5·10⁷, about a second. */
export const MAX_BOOTSTRAP_DRAWS = 50_000_000;

/** Above this many pairs the bootstrap's jackknife uses running sums instead of n − 1 indices per case. */
const JACKKNIFE_FROM_SUMS_ABOVE = 2000;

/**
 * For every construct with pre and post scores: Wilcoxon's signed-rank test, a seeded bootstrap
 * (percentile and BCa) of d_av, and Holm and Benjamini–Hochberg adjusted p-values over the paired
 * t-tests; plus the smallest effect the sample could detect. (Power at the observed effect is not
 * reported: it is a function of the p-value and adds nothing; Hoenig & Heisey, 2001.)
 *
 * Large and degenerate data: the bootstrap streams its resamples (memory O(n + R)); when
 * n × replicates exceeds `maxDraws` (default {@link MAX_BOOTSTRAP_DRAWS}) it is not run and the row
 * says so (at such n the noncentral-t interval of Table 3 serves). A statistic the data leave
 * undefined (e.g. post = pre for everyone) is NaN with the reason in `notComputable`; the p-value
 * adjustments then run over the tests that could be computed.
 * @example
 * const rb = robustness(loadDataset(), { seed: 2023 });
 * rb.minimumDetectable // { n: 51, d: 0.400, power: 0.8, sigLevel: 0.05 }
 * rb.rows[0]?.construct // "werkplezier"
 * rb.rows[0]?.wilcoxon.statistic // 589
 * rb.rows[0]?.pHolm // 6.19e-5
 */
export function robustness(ds: Dataset, options: { seed?: number; replicates?: number; maxDraws?: number } = {}): Robustness {
  const seed = options.seed ?? 20231204;
  const replicates = options.replicates ?? 4999;
  const maxDraws = options.maxDraws ?? MAX_BOOTSTRAP_DRAWS;
  const partial: Omit<RobustnessRow, "pHolm" | "pBH">[] = [];
  let k = 0;
  for (const c of ds.codebook.constructs) {
    if (c.items.pre === undefined || c.items.post === undefined) continue;
    const pairs = pairedConstructScores(ds, c.name);
    const x = pairs.post;
    const y = pairs.pre;
    const n = x.length;
    const context = { construct: c.name, rounds: roundsOf(ds, pairs.indices) };
    const failed: NotComputable[] = [];
    const keep = <T>(r: { value: T; notComputable: NotComputable | null }): T => {
      if (r.notComputable !== null) failed.push(r.notComputable);
      return r.value;
    };
    const test = keep(
      attempt(
        "paired t-test",
        context,
        () => pairedTTest(x, y),
        () => undefinedTTest(n, 0.95),
      ),
    );
    const dav = (sel: Int32Array): number => {
      const a = meanAndSdOf(sel, x);
      const b = meanAndSdOf(sel, y);
      return (a.mean - b.mean) / ((a.sd + b.sd) / 2);
    };
    // Each construct draws its own resamples: seed + its position among the paired constructs.
    const ownSeed = seed + k++;
    let boot: BootstrapResult;
    if (n * replicates > maxDraws) {
      failed.push(
        notComputable(
          "bootstrap of d_av",
          context,
          `not run: n × R = ${n.toLocaleString("en-US")} × ${replicates.toLocaleString("en-US")} resampled cases exceed the cap of ${maxDraws.toLocaleString("en-US")} per construct (option maxDraws); at this n the noncentral-t interval of d_av in Table 3 serves instead`,
        ),
      );
      boot = undefinedBootstrap(n, replicates, ownSeed, 0.95);
    } else {
      // Large n: the jackknife of the BCa acceleration from running sums (O(n), not O(n²)).
      const px = n > JACKKNIFE_FROM_SUMS_ABOVE ? leaveOneOutMoments(x) : null;
      const py = n > JACKKNIFE_FROM_SUMS_ABOVE ? leaveOneOutMoments(y) : null;
      const leaveOneOut =
        px !== null && py !== null
          ? (j: number): number => {
              const a = px(j);
              const b = py(j);
              return (a.mean - b.mean) / ((a.sd + b.sd) / 2);
            }
          : undefined;
      boot = keep(
        attempt(
          "bootstrap of d_av",
          context,
          () => bootstrap(n, dav, { seed: ownSeed, replicates, ...(leaveOneOut === undefined ? {} : { leaveOneOut }) }),
          () => undefinedBootstrap(n, replicates, ownSeed, 0.95),
        ),
      );
    }
    partial.push({
      construct: c.name,
      label: c.labelNl ?? c.name,
      n,
      pT: test.pValue,
      // Cluster scores are means of items: rank the differences at 7 significant digits so that
      // floating-point noise does not split equal differences (R: digits.rank = 7).
      wilcoxon: keep(
        attempt(
          "Wilcoxon signed-rank test",
          context,
          () => wilcoxonSignedRank(x, y, { digitsRank: 7 }),
          () => undefinedWilcoxon(n),
        ),
      ),
      bootstrapDav: boot,
      notComputable: failed,
    });
  }
  // Holm and Benjamini–Hochberg over the tests that could be computed.
  const finite = partial.map((r, i) => [r.pT, i] as const).filter(([p]) => Number.isFinite(p));
  const h = finite.length === 0 ? [] : holm(finite.map(([p]) => p));
  const bh = finite.length === 0 ? [] : benjaminiHochberg(finite.map(([p]) => p));
  const pHolm = new Map(finite.map(([, i], j) => [i, h[j] as number]));
  const pBH = new Map(finite.map(([, i], j) => [i, bh[j] as number]));
  const rows = partial.map((r, i) => ({ ...r, pHolm: pHolm.get(i) ?? Number.NaN, pBH: pBH.get(i) ?? Number.NaN }));
  let nMin = Number.POSITIVE_INFINITY;
  for (const r of rows) nMin = Math.min(nMin, r.n);
  const n = Number.isFinite(nMin) ? nMin : 0;
  const mde = attempt(
    "minimum detectable effect",
    { construct: null },
    () => minimumDetectableEffect(n, { power: 0.8 }).d,
    () => Number.NaN,
  ).value;
  return { rows, seed, replicates, maxDraws, minimumDetectable: { n, d: mde, power: 0.8, sigLevel: 0.05 } };
}
