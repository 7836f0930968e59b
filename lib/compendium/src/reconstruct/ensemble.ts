/**
 * Many datasets that all give what the article prints, and the range of what it does not print.
 *
 * 1. Chains. Each chain starts from its own reconstruction ({@link reconstruct}) with its own seed
 *    and its own starting model (the loadings on the general disposition and the latent pre–post
 *    correlations are drawn per chain), then walks through the datasets that meet every printed
 *    claim ({@link articleClaims}: exactly the printed precision, no plausibility band): each step
 *    moves one answer by ±1 or one unit between two respondents' answers to one item, and is kept
 *    only if every claim still holds ({@link Annealer.explore}). Every `spacing` steps the chain
 *    emits a member. Members of one chain share their start; the diversity report says how far
 *    apart the members are.
 * 2. Every member is checked by {@link memberStatistics}, which recomputes each claim and each
 *    quantity with the library's statistics from the answers; a member that breaks a claim stops
 *    the run. The statistics are streamed: per quantity one number per member and the member that
 *    attains its minimum and maximum; no member's answers are kept after it has been counted,
 *    except those extremes and a fixed-size sample for the distances.
 * 3. Directed search: for each quantity the search can push, twice per direction, from the most
 *    extreme dataset found so far, simulated annealing on that quantity over the datasets that meet
 *    every claim (falling temperature; the second run starts where the first ended). Every dataset
 *    reached is checked and counted for every quantity. A range found this way is an inner bound:
 *    the true smallest and largest values are at least as extreme.
 * 4. Claims left out: the same search with one claim removed asks whether the other printed
 *    numbers imply it; a dataset that meets everything else but breaks the claim shows that it is
 *    not implied. Where an argument proves a claim is implied, it is stated with its bound.
 * @module reconstruct/ensemble
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkGrim } from "@behoud/audit";
import { createRng, hedgesCorrection, type Rng, StatsError } from "@behoud/stats";
import type { Annealer, Statistic } from "./annealer.js";
import { articleClaims, articleModel, answerColumns, type Claim, claimAnnealer, type EffectVariant, significanceId } from "./claims.js";
import { answerCounts, memberStatistics, type QuantityDef, quantityDefs } from "./ensemble-stats.js";
import { reconstruct, type StartModel } from "./generate.js";
import { PLAN } from "./plan.js";

/** Options of {@link generateEnsemble}. */
export interface EnsembleOptions {
  readonly dataDir?: string;
  /** Seed of the whole run (default the seed of the shipped data). */
  readonly seed?: number;
  /** Members (default 200). */
  readonly members?: number;
  /** Chains, each from its own reconstruction (default 20). */
  readonly chains?: number;
  /** Walk steps between two members of a chain (default 3000). */
  readonly spacing?: number;
  /** Steps of one directed-search run (default 20000); 0 skips the directed searches and the claims left out. */
  readonly searchSteps?: number;
}

/** Where a dataset came from: enough to rebuild its files. */
export interface DatasetOrigin {
  /** Seed and starting model of the chain's reconstruction (its non-searched columns and texts). */
  readonly chainSeed: number;
  readonly startModel: StartModel;
  /** What produced the answers: "member 17", "search min of werkplezier.d_z", … */
  readonly how: string;
}

/** A dataset kept because it attains an extreme or answers a question. */
export interface KeptDataset {
  readonly origin: DatasetOrigin;
  /** The searched answer columns. */
  readonly cells: ReadonlyMap<string, Int8Array>;
}

/** Median and 2.5/97.5 percentiles (R's type 7) over the members. */
export interface Spread {
  readonly p025: number;
  readonly median: number;
  readonly p975: number;
}

/** The range of one quantity. */
export interface QuantityRange {
  readonly def: QuantityDef;
  readonly ensemble: Spread & { readonly min: number; readonly max: number };
  /** Smallest and largest value over every checked dataset (members and search end points), with the dataset. */
  readonly found: { readonly min: number; readonly max: number; readonly minBy: string; readonly maxBy: string };
}

/** A claim left out of the targets. */
export interface ClaimQuestion {
  readonly id: string;
  /** The printed claim's id. */
  readonly claim: string;
  readonly variant: EffectVariant;
  /** "implied": an argument proves it; "not-implied": a dataset meets everything else and breaks it; "held": the search found no counterexample (not a proof); "contradicted": no dataset can meet it with the other claims. */
  readonly verdict: "implied" | "not-implied" | "held" | "contradicted";
  /** Extreme of t the search reached with the claim left out (null when no search ran). */
  readonly tFound: number | null;
  /** Proven bound on t from the printed numbers, or null. */
  readonly tBound: { readonly lo: number; readonly hi: number | null } | null;
  readonly reason: string;
  /** Key of the counterexample dataset in {@link EnsembleResult.kept}, or null. */
  readonly dataset: string | null;
}

/** A target set no dataset can meet, found without searching. */
export interface Infeasible {
  readonly id: string;
  readonly claims: readonly string[];
  readonly reason: string;
}

/** Result of {@link generateEnsemble}. */
export interface EnsembleResult {
  readonly seed: number;
  /** Respondents. */
  readonly n: number;
  readonly members: number;
  readonly chains: number;
  readonly spacing: number;
  readonly searchSteps: number;
  readonly tCrit: number;
  readonly ranges: readonly QuantityRange[];
  readonly items: readonly {
    readonly item: string;
    /** Distinct answer distributions (counts of 1..5) over the members. */
    readonly distinct: number;
    /** Per answer 1..5: smallest, median and largest count over the members. */
    readonly counts: readonly { readonly min: number; readonly median: number; readonly max: number }[];
  }[];
  readonly diversity: {
    /** Members in the distance sample. */
    readonly sample: number;
    /** Answers (of {@link answers}) that differ between two members: quantiles over the pairs of the sample. */
    readonly pairwise: { readonly min: number; readonly median: number; readonly max: number };
    /** Answers that differ from the shipped data's, over the members. */
    readonly fromShipped: { readonly min: number; readonly median: number; readonly max: number };
    readonly answers: number;
    /** Chains whose reconstruction did not converge (a new seed was drawn). */
    readonly chainRetries: number;
  };
  readonly questions: readonly ClaimQuestion[];
  readonly infeasible: readonly Infeasible[];
  /** Datasets kept: the extremes and the counterexamples, by key. */
  readonly kept: ReadonlyMap<string, KeptDataset>;
  /** Directed-search runs and walk steps made. */
  readonly work: { readonly walkSteps: number; readonly searchRuns: number; readonly searchSteps: number; readonly checked: number };
}

/**
 * Quantile of sorted values, R's type 7: with h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])
 * (Hyndman & Fan 1996, https://doi.org/10.1080/00031305.1996.10473566).
 * @throws {StatsError} EMPTY_INPUT without values; OUT_OF_RANGE for p outside [0, 1].
 * @example
 * quantileSorted7([1, 1, 2, 3, 4, 5, 6, 9], 0.5) // 3.5
 * quantileSorted7([1, 1, 2, 3, 4, 5, 6, 9], 0.975) // 8.475 (R: quantile(c(3, 1, 4, 1, 5, 9, 2, 6), 0.975, type = 7))
 * quantileSorted7([], 0.5) // throws EMPTY_INPUT
 * Validated against R's quantile(type = 7) (test/reference/ensemble-reference.R).
 */
export function quantileSorted7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new StatsError("EMPTY_INPUT", "quantileSorted7", "no values; expected at least one");
  if (!(p >= 0 && p <= 1)) throw new StatsError("OUT_OF_RANGE", "quantileSorted7", `p is ${p}; expected a probability in [0, 1]`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

/** Starting model of the shipped data, which each chain perturbs. */
const START_LOADING: Readonly<Record<string, number>> = {
  werkplezier: 0.85,
  autonomie: 0.7,
  "self-efficacy": 0.5,
  waardering: 0.5,
  werkdruk: -0.2,
};
const START_PRE_POST: Readonly<Record<string, number>> = {
  werkplezier: 0.65,
  autonomie: 0.65,
  "self-efficacy": 0.65,
  waardering: 0.8,
  werkdruk: 0.7,
};

/** A chain's starting model: each loading and latent pre–post correlation of the shipped data moved by up to ±0.15 and ±0.1. */
function drawStartModel(rng: Rng): StartModel {
  const loading: Record<string, number> = {};
  const prePostR: Record<string, number> = {};
  for (const [c, v] of Object.entries(START_LOADING)) loading[c] = Math.round((v - 0.15 + 0.3 * rng.float()) * 100) / 100;
  for (const [c, v] of Object.entries(START_PRE_POST)) prePostR[c] = Math.round((v - 0.1 + 0.2 * rng.float()) * 100) / 100;
  return { loading, prePostR };
}

/** Key of a kept dataset: the quantity and the side, e.g. "werkplezier.d_z-min". */
function extremeKey(q: QuantityDef, side: "min" | "max"): string {
  return `${q.id}-${side}`;
}

/**
 * Generates the ensemble, the ranges, the claims left out and the infeasible target sets.
 * Deterministic: the same options give the same result.
 * @throws {StatsError} NOT_CONVERGED when a chain's reconstruction fails five times in a row, or a
 *   member breaks a printed claim (which the walk never allows; it would be a defect).
 */
export function generateEnsemble(options: EnsembleOptions = {}): EnsembleResult {
  const dataDir = options.dataDir ?? "data";
  const seed = options.seed ?? PLAN.seed;
  const K = options.members ?? 200;
  const B = Math.min(options.chains ?? 20, K);
  const spacing = options.spacing ?? 3000;
  const searchSteps = options.searchSteps ?? 20_000;
  for (const [name, v, min] of [
    ["members", K, 2],
    ["chains", B, 1],
    ["spacing", spacing, 1],
    ["searchSteps", searchSteps, 0],
  ] as const) {
    if (!Number.isInteger(v) || v < min)
      throw new StatsError("OUT_OF_RANGE", "generateEnsemble", `${name} is ${v}; expected an integer of at least ${min}`);
  }
  const model = articleModel(dataDir);
  const claims = articleClaims(model, "d_av");
  const defs = quantityDefs(model);
  const columns = answerColumns(model);
  const rng = createRng(seed);

  // Streaming state.
  const values = defs.map(() => new Float64Array(K));
  const best = defs.map(() => ({ min: Infinity, max: -Infinity, minBy: "", maxBy: "" }));
  const kept = new Map<string, KeptDataset>();
  const itemCounts = columns.map(() => Array.from({ length: 5 }, () => new Int32Array(K)));
  const distinct = columns.map(() => new Set<string>());
  const SAMPLE = 40;
  const sample: Int8Array[] = [];
  const fromShipped = new Float64Array(K);
  const shipped = reconstruct({ dataDir }).cells;
  const flat = (cells: ReadonlyMap<string, Int8Array>): Int8Array => {
    const parts = columns.map((c) => cells.get(c) as Int8Array);
    const out = new Int8Array(parts.reduce((s, p) => s + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  const distance = (a: Int8Array, b: Int8Array): number => {
    let d = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
    return d;
  };
  const shippedFlat = flat(shipped);
  let checked = 0;

  const count = (cells: ReadonlyMap<string, Int8Array>, origin: DatasetOrigin, memberIndex: number | null): void => {
    const st = memberStatistics(model, cells);
    checked++;
    if (st.failed.length > 0)
      throw new StatsError("NOT_CONVERGED", "generateEnsemble", `${origin.how} breaks the printed claim(s) ${st.failed.join(", ")}`);
    let snapshot: KeptDataset | null = null;
    defs.forEach((q, k) => {
      const v = st.values[k] as number;
      if (memberIndex !== null) (values[k] as Float64Array)[memberIndex] = v;
      const b = best[k] as (typeof best)[number];
      const keep = (side: "min" | "max"): void => {
        snapshot ??= { origin, cells: new Map([...cells].map(([name, col]) => [name, Int8Array.from(col)])) };
        kept.set(extremeKey(q, side), snapshot);
      };
      if (v < b.min) {
        b.min = v;
        b.minBy = origin.how;
        keep("min");
      }
      if (v > b.max) {
        b.max = v;
        b.maxBy = origin.how;
        keep("max");
      }
    });
    if (memberIndex !== null) {
      columns.forEach((c, j) => {
        const counts = answerCounts(cells.get(c) as Int8Array);
        counts.forEach((v, a) => {
          ((itemCounts[j] as Int32Array[])[a] as Int32Array)[memberIndex] = v;
        });
        (distinct[j] as Set<string>).add(counts.join(","));
      });
      const f = flat(cells);
      fromShipped[memberIndex] = distance(f, shippedFlat);
      // Reservoir sample (Algorithm R) of the members for the pairwise distances.
      if (sample.length < SAMPLE) sample.push(f);
      else {
        const r = rng.int(memberIndex + 1);
        if (r < SAMPLE) sample[r] = f;
      }
    }
  };

  // 1–2. Chains and members.
  let walkSteps = 0;
  let chainRetries = 0;
  let member = 0;
  const chainStarts: { annealer: Annealer; origin: Omit<DatasetOrigin, "how"> }[] = [];
  for (let b = 0; b < B; b++) {
    let base: { cells: ReadonlyMap<string, Int8Array>; chainSeed: number; startModel: StartModel } | null = null;
    for (let attempt = 0; attempt < 5 && base === null; attempt++) {
      const chainSeed = 1 + rng.int(2_147_483_646);
      const startModel = drawStartModel(rng);
      try {
        base = { cells: reconstruct({ dataDir, seed: chainSeed, startModel }).cells, chainSeed, startModel };
      } catch (e) {
        if (!(e instanceof StatsError && e.code === "NOT_CONVERGED")) throw e;
        chainRetries++;
      }
    }
    if (base === null)
      throw new StatsError("NOT_CONVERGED", "generateEnsemble", `chain ${b + 1}: five reconstructions in a row did not converge`);
    const annealer = claimAnnealer(model, base.cells, claims);
    const walk = createRng(base.chainSeed);
    const origin = { chainSeed: base.chainSeed, startModel: base.startModel };
    chainStarts.push({ annealer, origin });
    const perChain = Math.floor(K / B) + (b < K % B ? 1 : 0);
    for (let m = 0; m < perChain; m++) {
      annealer.explore(walk, { steps: spacing });
      walkSteps += spacing;
      count(annealer.values(), { ...origin, how: `member ${member + 1} (chain ${b + 1})` }, member);
      member++;
    }
  }

  // 3. Directed searches from the most extreme dataset found so far.
  let searchRuns = 0;
  let stepsDone = 0;
  const searchRng = createRng(seed + 1);
  const push = (start: KeptDataset, stat: Statistic, direction: 1 | -1, use: readonly Claim[]): Map<string, Int8Array> => {
    const a = claimAnnealer(model, start.cells, use);
    let scale = Math.max(0.05, Math.abs(a.statistic(stat)));
    for (let run = 0; run < 2; run++) {
      a.explore(searchRng, { steps: searchSteps, objective: { statistic: stat, direction }, temperature: 0.01 * scale });
      scale /= 4;
      searchRuns++;
      stepsDone += searchSteps;
    }
    return a.values();
  };
  if (searchSteps > 0) {
    defs.forEach((q) => {
      if (q.search === null) return;
      for (const side of ["min", "max"] as const) {
        const start = kept.get(extremeKey(q, side));
        if (start === undefined) continue;
        const how = `search ${side} of ${q.id}`;
        const cells = push(start, q.search, side === "min" ? -1 : 1, claims);
        count(cells, { ...start.origin, how }, null);
      }
    });
  }

  // 4. Claims left out.
  const questions: ClaimQuestion[] = [];
  const sqrtN = Math.sqrt(model.n);
  for (const c of model.clusters) {
    const claimId = significanceId(c.construct);
    const others = claims.filter((k) => k.id !== claimId);
    const pre = `${c.construct}_pre`;
    const post = `${c.construct}_post`;
    const t: Statistic = { kind: "t", pre, post };
    const q = defs.find((d) => d.id === `${c.construct}.t`) as QuantityDef;
    const sides: readonly (1 | -1)[] = c.significant ? [-1] : [1, -1];
    for (const direction of sides) {
      const start = kept.get(extremeKey(q, direction === 1 ? "max" : "min"));
      const key = `${claimId}${c.significant ? "" : direction === 1 ? "-up" : "-down"}-left-out`;
      let tFound: number | null = null;
      let dataset: string | null = null;
      if (searchSteps > 0 && start !== undefined) {
        const cells = push(start, t, direction, others);
        const a = claimAnnealer(model, cells, others);
        tFound = a.statistic(t);
        const breaks = c.significant ? !(tFound > model.tCrit) : Math.abs(tFound) > model.tCrit;
        if (breaks) {
          const st = memberStatistics(model, cells);
          checked++;
          const rest = st.failed.filter((f) => f !== claimId);
          if (rest.length > 0)
            throw new StatsError("NOT_CONVERGED", "generateEnsemble", `${key}: the counterexample breaks ${rest.join(", ")} as well`);
          if (st.failed.includes(claimId)) {
            dataset = key;
            kept.set(key, { origin: { ...start.origin, how: `counterexample: ${key}` }, cells });
          }
        }
      }
      // A proven bound on t from the printed d alone: |r| ≤ 1 gives SD_diff ≤ SD_pre + SD_post, so
      // d_z ≥ d_av / 2; and √(2(1 − r)) ≤ 2 gives d_z ≥ d_rm / 2; t = √N · d_z.
      const bound = c.effect === null ? null : { lo: (sqrtN * c.effect.lo) / 2, hi: null };
      let verdict: ClaimQuestion["verdict"];
      let reason: string;
      if (bound !== null && c.significant && bound.lo > model.tCrit) {
        verdict = "implied";
        reason = `t ≥ √${model.n} · ${c.effect?.lo.toFixed(3)} / 2 = ${bound.lo.toFixed(3)} > ${model.tCrit.toFixed(3)} in every dataset with the printed d (read as d_av or d_rm)`;
      } else if (dataset !== null) {
        verdict = "not-implied";
        reason = `a dataset meets every other printed number with t = ${(tFound as number).toFixed(3)} (critical ${model.tCrit.toFixed(3)})`;
      } else {
        verdict = "held";
        reason =
          tFound === null
            ? "not searched"
            : `the search reached t = ${tFound.toFixed(3)} without crossing ${model.tCrit.toFixed(3)}; not a proof that no dataset does`;
      }
      questions.push({ id: key, claim: claimId, variant: "d_av", verdict, tFound, tBound: bound, reason, dataset });
    }
    // Under d_rm and g_av: the same question with the printed d read that way. The search first
    // moves the least significant member until every claim read this way holds (a bounded penalty
    // search), then pushes t down as above. Bounds: d_z ≥ d_rm / 2 as √(2(1 − r)) ≤ 2; and
    // g_av = J · d_av gives d_z ≥ g_av / (2J).
    for (const variant of ["d_rm", "g_av"] as const) {
      if (c.effect === null || !c.significant) continue;
      const j = variant === "g_av" ? hedgesCorrection(model.n - 1) : 1;
      const bound = { lo: (sqrtN * c.effect.lo) / (2 * j), hi: null };
      const key = `${claimId}-${variant}-left-out`;
      const start = kept.get(extremeKey(q, "min"));
      let tFound: number | null = null;
      let dataset: string | null = null;
      let converged = false;
      if (bound.lo <= model.tCrit && searchSteps > 0 && start !== undefined) {
        const vClaims = articleClaims(model, variant).filter((k) => k.id !== claimId);
        const a = claimAnnealer(model, start.cells, vClaims);
        converged = a.run(searchRng, { maxIterations: 100_000 }).converged;
        if (converged) {
          const cells = push({ origin: start.origin, cells: a.values() }, t, -1, vClaims);
          tFound = claimAnnealer(model, cells, vClaims).statistic(t);
          const st = memberStatistics(model, cells, variant);
          checked++;
          const rest = st.failed.filter((f) => f !== claimId);
          if (rest.length > 0)
            throw new StatsError("NOT_CONVERGED", "generateEnsemble", `${key}: the counterexample breaks ${rest.join(", ")} as well`);
          if (st.failed.includes(claimId)) {
            dataset = key;
            kept.set(key, { origin: { ...start.origin, how: `counterexample: ${key}` }, cells });
          }
        }
      }
      const implied = bound.lo > model.tCrit;
      const read = `read as ${variant}`;
      questions.push({
        id: key,
        claim: claimId,
        variant,
        verdict: implied ? "implied" : dataset !== null ? "not-implied" : "held",
        tFound,
        tBound: bound,
        reason: implied
          ? `${read}, t ≥ √${model.n} · ${c.effect.lo.toFixed(3)} / ${variant === "g_av" ? `(2 · ${j.toFixed(4)})` : "2"} = ${bound.lo.toFixed(3)} > ${model.tCrit.toFixed(3)}`
          : dataset !== null
            ? `${read}, a dataset meets every other printed number with t = ${(tFound as number).toFixed(3)} (critical ${model.tCrit.toFixed(3)})`
            : converged
              ? `${read}, the search reached t = ${(tFound as number).toFixed(3)} without crossing ${model.tCrit.toFixed(3)}; not a proof that no dataset does`
              : `${read}, the bounded search found no dataset meeting the other printed numbers to start from; not a proof`,
        dataset,
      });
    }
    // Under d_z the printed d fixes t = √N · d_z to its rounding interval.
    if (c.effect !== null) {
      const lo = sqrtN * c.effect.lo;
      const hi = sqrtN * c.effect.hi;
      const contradicted = c.significant && hi <= model.tCrit;
      questions.push({
        id: `${claimId}-d_z`,
        claim: claimId,
        variant: "d_z",
        verdict: contradicted ? "contradicted" : lo > model.tCrit ? "implied" : "held",
        tFound: null,
        tBound: { lo, hi },
        reason: `read as d_z, the printed d = ${c.effect.text} gives t = √${model.n} · d_z in [${lo.toFixed(3)}, ${hi.toFixed(3)}), ${contradicted ? "below" : lo > model.tCrit ? "above" : "around"} the critical ${model.tCrit.toFixed(3)}`,
        dataset: null,
      });
    }
  }

  // Ranges.
  const ranges: QuantityRange[] = defs.map((def, k) => {
    // Members where the quantity is undefined (d_rm when every respondent changes alike) are left out.
    const sorted = (values[k] as Float64Array).filter((v) => !Number.isNaN(v)).sort();
    const b = best[k] as (typeof best)[number];
    const q = (p: number): number => (sorted.length === 0 ? Number.NaN : quantileSorted7(sorted, p));
    return {
      def,
      ensemble: {
        min: q(0),
        p025: q(0.025),
        median: q(0.5),
        p975: q(0.975),
        max: q(1),
      },
      found: { min: b.min, max: b.max, minBy: b.minBy, maxBy: b.maxBy },
    };
  });
  const items = columns.map((item, j) => ({
    item,
    distinct: (distinct[j] as Set<string>).size,
    counts: (itemCounts[j] as Int32Array[]).map((cs) => {
      const sorted = Int32Array.from(cs).sort();
      return { min: sorted[0] as number, median: quantileSorted7(sorted, 0.5), max: sorted[sorted.length - 1] as number };
    }),
  }));
  const pairs: number[] = [];
  for (let i = 0; i < sample.length; i++)
    for (let j = i + 1; j < sample.length; j++) pairs.push(distance(sample[i] as Int8Array, sample[j] as Int8Array));
  pairs.sort((a, b) => a - b);
  const fs = Float64Array.from(fromShipped).sort();
  return {
    seed,
    n: model.n,
    members: K,
    chains: B,
    spacing,
    searchSteps,
    tCrit: model.tCrit,
    ranges,
    items,
    diversity: {
      sample: sample.length,
      pairwise: { min: pairs[0] ?? 0, median: pairs.length > 0 ? quantileSorted7(pairs, 0.5) : 0, max: pairs[pairs.length - 1] ?? 0 },
      fromShipped: { min: fs[0] as number, median: quantileSorted7(fs, 0.5), max: fs[fs.length - 1] as number },
      answers: shippedFlat.length,
      chainRetries,
    },
    questions,
    infeasible: infeasibleTargets(dataDir),
    kept,
    work: { walkSteps, searchRuns, searchSteps: stepsDone, checked },
  };
}

/**
 * Target sets no dataset can meet, found by arithmetic before any search: a printed total that is
 * not the sum of its printed cells (counts of labels always add up), and a printed mean that no
 * integer sum of N answers rounds to (GRIM, {@link checkGrim} of @behoud/audit).
 * @example
 * infeasibleTargets().map((i) => i.id) // ["table2.totaal.self", "table2.totaal.total", "results.part1.behoud.b"]
 * @throws {StatsError} INVALID_ARGUMENT when a Table 2 value the plan names is missing from published.json.
 */
export function infeasibleTargets(dataDir = "data"): Infeasible[] {
  const file = JSON.parse(readFileSync(join(dataDir, "published.json"), "utf8")) as {
    values: { id: string; text: string; value: number | null }[];
  };
  const pub = new Map(file.values.map((v) => [v.id, v]));
  const count = (id: string): number => {
    const v = pub.get(id);
    if (v === undefined) throw new StatsError("INVALID_ARGUMENT", "infeasibleTargets", `published value ${id} is missing`);
    return v.value ?? 0; // "-" is printed for an empty cell
  };
  const out: Infeasible[] = [];
  const rows = [...PLAN.table2.rows.map((r) => `table2.${r}`), PLAN.table2.other];
  for (const col of ["self", "teachers", "total"] as const) {
    const cells = rows.map((r) => (col === "total" ? `${r}.self` : `${r}.${col}`));
    if (col === "total") cells.push(...rows.map((r) => `${r}.teachers`));
    const sum = cells.reduce((s, id) => s + count(id), 0);
    const totalId = `table2.totaal.${col}`;
    const total = count(totalId);
    if (sum !== total)
      out.push({
        id: totalId,
        claims: [totalId, ...cells],
        reason: `the ${cells.length} printed cells add up to ${sum} mentions and a total counts the same mentions, so no coding of the answers gives the printed cells and the printed total ${pub.get(totalId)?.text ?? total} together`,
      });
  }
  const n = articleModel(dataDir).n;
  for (const s of PLAN.singles) {
    const same = s.mean === "results.part1.behoud.a" ? ["results.part1.behoud.b"] : [];
    for (const id of [s.mean, ...same]) {
      const v = pub.get(id);
      if (v === undefined) continue;
      const grim = checkGrim(v.text, n);
      if (grim.verdict === "inconsistent") out.push({ id, claims: [id], reason: grim.reason });
    }
  }
  return out;
}
