/**
 * Statistics that the data leave undefined (a constant cluster, post = pre for everyone, too few
 * respondents after a round without answers): the analyses catch the library's StatsError per
 * statistic, keep going, and record what could not be computed and why, naming the construct,
 * the time point and the rounds. The result objects keep their shape (numbers become NaN), so
 * code written for complete data, such as the notebooks, runs on; tables show
 * "not computable (reason)" and the scorecard gives the reason.
 * @module analysis/computable
 */
import type { Dataset } from "../data/index.js";
import { StatsError } from "@behoud/stats";
import type { BootstrapResult } from "@behoud/stats";
import type { PearsonResult, SpearmanResult } from "@behoud/stats";
import type { Descriptives } from "@behoud/stats";
import type { PairedEffectSize, PairedEffectVariant } from "@behoud/stats";
import type { AlphaResult } from "@behoud/stats";
import type { PairedTTestResult } from "@behoud/stats";
import type { WilcoxonResult } from "@behoud/stats";

/** A statistic the data leave undefined, and why. */
export interface NotComputable {
  /** The statistic, e.g. "Cronbach's alpha", "paired t-test", "d_rm". */
  readonly statistic: string;
  /** Construct (cluster or single item), or null. */
  readonly construct: string | null;
  /** Time point, or null for statistics over both (paired) or none. */
  readonly timepoint: string | null;
  /** Rounds whose respondents the statistic would have used. */
  readonly rounds: readonly string[];
  /** Why, in words (the library's message without the function name), e.g. "the sum score of the 3 items has zero variance over 51 complete rows; alpha is undefined". */
  readonly reason: string;
  /** One sentence: statistic, construct, time point, rounds and reason. */
  readonly text: string;
}

/** Where a statistic belongs: construct, time point and the rounds of the respondents it uses. */
export interface StatisticContext {
  readonly construct: string | null;
  readonly timepoint?: string | null;
  readonly rounds?: readonly string[];
}

function roundsText(rounds: readonly string[]): string {
  if (rounds.length === 0) return "no round";
  if (rounds.length === 1) return `round ${rounds[0] ?? ""}`;
  return `rounds ${rounds.slice(0, -1).join(", ")} and ${rounds[rounds.length - 1] ?? ""}`;
}

/**
 * Describes a statistic that could not be computed.
 * @example
 * notComputable("Cronbach's alpha", { construct: "werkplezier", timepoint: "pre", rounds: ["2019-20"] }, "the items are constant").text
 * // "Cronbach's alpha of werkplezier (pre), round 2019-20: the items are constant"
 */
export function notComputable(statistic: string, context: StatisticContext, reason: string): NotComputable {
  const timepoint = context.timepoint ?? null;
  const rounds = Object.freeze([...(context.rounds ?? [])]);
  const where = [context.construct === null ? null : `of ${context.construct}`, timepoint === null ? null : `(${timepoint})`]
    .filter((x): x is string => x !== null)
    .join(" ");
  const text = `${statistic}${where === "" ? "" : ` ${where}`}, ${roundsText(rounds)}: ${reason}`;
  return Object.freeze({ statistic, construct: context.construct, timepoint, rounds, reason, text });
}

/**
 * Runs `compute`; a StatsError (the data leave the statistic undefined) becomes a
 * {@link NotComputable} with the error's message as reason. Other errors are thrown.
 * @returns `{ value }` or `{ value: fallback, notComputable }`.
 * @example
 * // post = pre for everyone: the t statistic is undefined, the placeholder (NaN) is returned
 * const r = attempt("paired t-test", { construct: "werkdruk", rounds: ["2019-20"] }, () => pairedTTest([3, 4, 5], [3, 4, 5]), () => undefinedTTest(3, 0.95));
 * r.value.t // NaN
 * r.notComputable?.reason // "all 3 differences equal 0; the t statistic is undefined (standard error 0)"
 * attempt("mean", { construct: null }, () => mean([1, 2, 6]), () => Number.NaN) // { value: 3, notComputable: null }
 */
export function attempt<T>(
  statistic: string,
  context: StatisticContext,
  compute: () => T,
  fallback: () => T,
): { readonly value: T; readonly notComputable: NotComputable | null } {
  try {
    return { value: compute(), notComputable: null };
  } catch (e) {
    if (!(e instanceof StatsError)) throw e;
    const reason = e.message.replace(/^[\w.]+: /, "");
    return { value: fallback(), notComputable: notComputable(statistic, context, reason) };
  }
}

/**
 * The cell text of a statistic that could not be computed.
 * @example
 * const nc = notComputable("paired t-test", { construct: "werkdruk" }, "all 51 differences equal 0");
 * notComputableCell(nc) // "not computable (all 51 differences equal 0)"
 */
export function notComputableCell(nc: NotComputable): string {
  return `not computable (${nc.reason})`;
}

// Results with the shape of the library's, for statistics that are not computable: every number
// that would have been computed is NaN; counts that are known (n) are kept. Internal to analysis.

/** Placeholder of {@link AlphaResult}. */
export function undefinedAlpha(k: number, n: number, nExcluded: number, level: number): AlphaResult {
  return {
    alpha: Number.NaN,
    standardizedAlpha: null,
    meanInterItemCorrelation: null,
    k,
    n,
    nExcluded,
    ci: { level, lower: Number.NaN, upper: Number.NaN, method: "feldt" },
    items: [],
  };
}

/** Placeholder of {@link PairedTTestResult}. */
export function undefinedTTest(n: number, level: number): PairedTTestResult {
  return {
    t: Number.NaN,
    df: n - 1,
    pValue: Number.NaN,
    alternative: "two-sided",
    meanDifference: Number.NaN,
    sdDifference: Number.NaN,
    standardError: Number.NaN,
    ci: { level, lower: Number.NaN, upper: Number.NaN },
    n,
    nExcluded: 0,
  };
}

/** Placeholder of {@link PairedEffectSize}. */
export function undefinedEffect(variant: PairedEffectVariant, n: number, level: number): PairedEffectSize {
  return {
    variant,
    estimate: Number.NaN,
    ci: { level, lower: Number.NaN, upper: Number.NaN, method: "noncentral-t" },
    standardizer: Number.NaN,
    meanDifference: Number.NaN,
    t: Number.NaN,
    df: n - 1,
    correlation: null,
    correction: null,
    n,
    nExcluded: 0,
  };
}

/** Placeholder of {@link Descriptives} (n and missing counted). */
export function undefinedDescriptives(values: readonly (number | null)[]): Descriptives {
  const n = values.filter((v) => v !== null).length;
  return {
    n,
    missing: values.length - n,
    mean: Number.NaN,
    sd: null,
    variance: null,
    median: Number.NaN,
    q1: Number.NaN,
    q3: Number.NaN,
    min: Number.NaN,
    max: Number.NaN,
    quantileMethod: "type-7",
  };
}

/** Placeholder of {@link PearsonResult}. */
export function undefinedPearson(n: number, nExcluded: number): PearsonResult {
  return { r: Number.NaN, t: Number.NaN, df: n - 2, pValue: Number.NaN, alternative: "two-sided", ci: null, n, nExcluded };
}

/** Placeholder of {@link SpearmanResult}. */
export function undefinedSpearman(n: number, nExcluded: number): SpearmanResult {
  return { rho: Number.NaN, t: Number.NaN, df: n - 2, pValue: Number.NaN, alternative: "two-sided", n, nExcluded, ties: false };
}

/** Placeholder of {@link WilcoxonResult}. */
export function undefinedWilcoxon(n: number): WilcoxonResult {
  return {
    statistic: Number.NaN,
    pValue: Number.NaN,
    alternative: "two-sided",
    method: "normal",
    z: null,
    continuityCorrection: false,
    n,
    nZero: 0,
    nExcluded: 0,
  };
}

/** Placeholder of {@link BootstrapResult}. */
export function undefinedBootstrap(n: number, replicates: number, seed: number, level: number): BootstrapResult {
  const interval = { level, lower: Number.NaN, upper: Number.NaN };
  return {
    estimate: Number.NaN,
    n,
    replicates,
    nonFinite: 0,
    seed,
    bias: Number.NaN,
    se: Number.NaN,
    percentile: interval,
    bca: interval,
    z0: Number.NaN,
    acceleration: Number.NaN,
  };
}

/**
 * The rounds (in the order of the data) of the respondent rows for which `keep` is true.
 * @example
 * const ds = loadDataset();
 * const scores = constructScores(ds, "werkplezier", "post");
 * roundsWhere(ds, (i) => scores.values[i] !== null) // ["2019-20", "2020-21"]
 * roundsWhere(ds, (i) => i < 10) // ["2019-20"] (the first 31 rows are round 2019-20)
 */
export function roundsWhere(ds: Dataset, keep: (index: number) => boolean): string[] {
  const out: string[] = [];
  const origins = ds.respondents.origins;
  for (let i = 0; i < origins.length; i++) {
    const r = origins[i]?.round ?? origins[i]?.resource ?? "";
    if (!out.includes(r) && keep(i)) out.push(r);
  }
  return out;
}

/**
 * For notebooks: runs `compute`; when the data leave the statistic undefined (a StatsError), prints
 * "label: not computable (reason)" and returns undefined instead of stopping the notebook. Other
 * errors (e.g. a failed check of a hand calculation) are thrown.
 * @example
 * ifComputable("alpha, two constant items", () => cronbachAlpha([[3, 3, 3], [3, 3, 3]])) // undefined
 * // prints "alpha, two constant items: not computable (the sum score of the 2 items has zero variance over 3 complete rows; alpha is undefined)"
 * ifComputable("alpha", () => cronbachAlpha([[1, 2, 3, 4], [2, 2, 4, 5], [1, 3, 3, 5]]).alpha) // 0.959
 */
export function ifComputable<T>(label: string, compute: () => T): T | undefined {
  try {
    return compute();
  } catch (e) {
    if (!(e instanceof StatsError)) throw e;
    console.log(`${label}: not computable (${e.message.replace(/^[\w.]+: /, "")})`);
    return undefined;
  }
}

/**
 * The rounds (in the order of the data) of the respondents at `indices` (indices into
 * `ds.respondents`, e.g. a PairedScores' `indices`).
 * @example roundsOf(loadDataset(), [40, 0, 1]) // ["2020-21", "2019-20"]
 */
export function roundsOf(ds: Dataset, indices: readonly number[]): string[] {
  const out: string[] = [];
  const origins = ds.respondents.origins;
  for (const i of indices) {
    const r = origins[i]?.round ?? origins[i]?.resource ?? "";
    if (!out.includes(r)) out.push(r);
  }
  return out;
}
