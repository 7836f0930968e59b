/**
 * Builds the synthetic respondent data of both rounds from a seed and the published values.
 *
 * Steps: (1) read the codebook and data/published.json; (2) draw starting values from a latent
 * model (a general disposition, a pre level and a change per construct, item noise); (3) run the
 * constrained search of {@link Annealer} until every Table 3 mean, d_av, significance, alpha and
 * correlation target holds at the article's precision; (4) set demographics, part-1 items and the
 * societal-appreciation item by exact integer sums; (5) assign the open-answer labels so that
 * Table 2 follows by counting, and write synthetic segments; (6) lay out the focus-group fragments;
 * (7) check every target again with the library's own statistics and write CSV text.
 * Same seed → byte-identical files.
 * @module reconstruct/generate
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { PublishedValue } from "@behoud/audit";
import { StatsError } from "@behoud/stats";
import { createRng, type Rng } from "@behoud/stats";
import { cronbachAlpha } from "@behoud/stats";
import { cohensDav } from "@behoud/stats";
import { pairedTTest } from "@behoud/stats";
import { pearson } from "@behoud/stats";
import { mean } from "@behoud/stats";
import { tQuantile } from "@behoud/stats";
import { Annealer, type AnnealReport, type Range, type TrackedStatistic } from "./annealer.js";
import { PLAN } from "./plan.js";
import { FRAGMENTS, SEGMENTS } from "./texts.js";

/** A published value as needed here. */
type Published = Pick<PublishedValue, "id" | "text" | "value" | "decimals">;

interface ConstructDef {
  readonly name: string;
  readonly kind: string;
  readonly items: { readonly pre?: readonly string[]; readonly post?: readonly string[]; readonly once?: readonly string[] };
}

/** One verified target. */
export interface TargetCheck {
  readonly id: string;
  readonly label: string;
  readonly published: string;
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
  readonly ok: boolean;
}

/** Result of {@link reconstruct}. */
export interface ReconstructionResult {
  readonly seed: number;
  /** File contents by path relative to the data folder. */
  readonly files: ReadonlyMap<string, string>;
  readonly search: AnnealReport;
  readonly checks: readonly TargetCheck[];
  /** Every statistic the search controlled: its value before and after the search, and its range. */
  readonly statistics: readonly (TrackedStatistic & { readonly initial: number })[];
  /** The searched answer columns (Table 3 items and the single items), by codebook column name. */
  readonly cells: ReadonlyMap<string, Int8Array>;
}

/**
 * The latent starting model: per construct, the loading of its pre level on the general
 * disposition and the correlation of the latent pre and post levels. Constructs not named keep
 * the defaults of the shipped data.
 */
export interface StartModel {
  readonly loading?: Readonly<Record<string, number>>;
  readonly prePostR?: Readonly<Record<string, number>>;
}

/** Options of {@link reconstruct}. */
export interface ReconstructionOptions {
  readonly seed?: number;
  /** Folder with datapackage.json, published.json and codes.csv (default "data"). */
  readonly dataDir?: string;
  /** Starting model (default: the one of the shipped data). */
  readonly startModel?: StartModel;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function publishedMap(dataDir: string): Map<string, Published> {
  const file = readJson<{ values: Published[] }>(join(dataDir, "published.json"));
  return new Map(file.values.map((v) => [v.id, v]));
}

function need(pub: Map<string, Published>, id: string): Published & { value: number; decimals: number } {
  const v = pub.get(id);
  if (v === undefined || v.value === null) {
    throw new StatsError("INVALID_ARGUMENT", "reconstruct", `published value ${id} is missing or not a number in published.json`);
  }
  return { ...v, value: v.value, decimals: v.decimals ?? 0 };
}

/** Rounding interval [lo, hi) of a printed number. */
function interval(v: { value: number; decimals: number }): Range {
  const h = 0.5 * Math.pow(10, -v.decimals);
  return { lo: v.value - h, hi: v.value + h };
}

function shrink(r: Range, by: number): Range {
  return { lo: r.lo + by, hi: r.hi - by };
}

function normal(rng: Rng): number {
  // Box–Muller; one of the pair is discarded to keep the stream simple.
  let u = rng.float();
  while (u === 0) u = rng.float();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.float());
}

function clampRound(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(x)));
}

/** Integer sum closest to target·n whose mean lies inside the printed interval. */
function sumFor(v: { value: number; decimals: number }, n: number, scale = 1): number {
  const r = interval(v);
  const s = Math.round(v.value * n * scale);
  for (let d = 0; d < n * scale; d++) {
    for (const c of [s - d, s + d]) {
      const m = c / (n * scale);
      if (m >= r.lo + 1e-12 && m < r.hi - 1e-12) return c;
    }
  }
  throw new StatsError("NOT_CONVERGED", "reconstruct", `no integer sum gives a mean of ${v.value} (${v.decimals} decimals) over ${n}`);
}

/** Moves values by ±1 (within bounds) on randomly chosen cases until they sum to `target`. */
function adjustSum(values: number[], target: number, lo: number, hi: number, rng: Rng, eligible?: (i: number) => boolean): void {
  let sum = values.reduce((a, b) => a + b, 0);
  let guard = 0;
  while (sum !== target) {
    if (++guard > 1_000_000) throw new StatsError("NOT_CONVERGED", "reconstruct", `could not reach sum ${target}`);
    const i = rng.int(values.length);
    if (eligible !== undefined && !eligible(i)) continue;
    const step = sum < target ? 1 : -1;
    const v = (values[i] as number) + step;
    if (v < lo || v > hi) continue;
    values[i] = v;
    sum += step;
  }
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(list.length)] as T;
}

function categorical<T extends string>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  const u = rng.float();
  let acc = 0;
  for (const [v, p] of options) {
    acc += p;
    if (u < acc) return v;
  }
  return (options[options.length - 1] as readonly [T, number])[0];
}

function csv(fields: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `${Papa.unparse({ fields: [...fields], data: rows.map((r) => r.map((v) => (v === null ? "" : v))) }, { newline: "\n" })}\n`;
}

const ITEM_NOISE = 0.55;
/** Fresh starts of the search before giving up. */
const SEARCH_ATTEMPTS = 5;

interface LatentItems {
  readonly names: readonly string[];
  readonly latent: readonly number[];
  /** Standard normal noise per item and respondent (drawn once). */
  readonly noise: readonly (readonly number[])[];
}

/**
 * Starting item answers for a cluster at both time points: level + scale·latent + noise, rounded
 * and clamped to 1..5. Rounding and the ceiling of the scale shift means and shrink SDs, so the
 * levels and scales are calibrated on the fixed draws (a few fixed-point steps) until the cluster
 * means approach the targets and the average of the two SDs approaches the SD that the target d_av
 * implies. The search then only has to make small corrections.
 */
function calibratedItems(
  pre: LatentItems,
  post: LatentItems,
  target: { pre: number; post: number; sd: number },
): { pre: { name: string; values: number[] }[]; post: { name: string; values: number[] }[] } {
  const make = (li: LatentItems, level: number, scale: number): { name: string; values: number[] }[] =>
    li.names.map((name, j) => ({
      name,
      values: li.latent.map((l, i) => clampRound(level + scale * l + ITEM_NOISE * ((li.noise[j] as number[])[i] as number), 1, 5)),
    }));
  const stats = (items: { values: number[] }[]): { mean: number; sd: number } => {
    const n = (items[0] as { values: number[] }).values.length;
    const scores = Array.from({ length: n }, (_, i) => items.reduce((s, it) => s + (it.values[i] as number), 0) / items.length);
    const m = scores.reduce((a, b) => a + b, 0) / n;
    return { mean: m, sd: Math.sqrt(scores.reduce((a, b) => a + (b - m) * (b - m), 0) / (n - 1)) };
  };
  let lPre = target.pre;
  let lPost = target.post;
  let sPre = target.sd;
  let sPost = target.sd;
  for (let step = 0; step < 12; step++) {
    const a = stats(make(pre, lPre, sPre));
    const b = stats(make(post, lPost, sPost));
    lPre += target.pre - a.mean;
    lPost += target.post - b.mean;
    // Aim the post SD at the target; let the pre SD make up what the ceiling takes from it.
    sPost *= Math.sqrt(target.sd / Math.max(b.sd, 1e-6));
    const wantPre = Math.max(0.3, 2 * target.sd - b.sd);
    sPre *= Math.sqrt(wantPre / Math.max(a.sd, 1e-6));
  }
  return { pre: make(pre, lPre, sPre), post: make(post, lPost, sPost) };
}

/**
 * Generates the data files of both rounds deterministically from a seed.
 *
 * @throws {StatsError} NOT_CONVERGED when the search cannot meet every target, or a target value is
 *   missing from published.json.
 * @example
 * const r = reconstruct({ seed: 440423 });
 * r.search.converged // true
 * r.checks.every((c) => c.ok) // true (every published target met at its printed precision)
 * Array.from(r.files.keys()) // ["raw/respondents-2019-20.csv", "raw/coding-2019-20.csv", "raw/respondents-2020-21.csv", "raw/coding-2020-21.csv", "raw/focusgroups-2019-20.csv"]
 * r.checks[0] // { id: "table3.werkplezier.pre", published: "4.0", value: 3.987, ok: true, … }
 * r.files.get("raw/respondents-2019-20.csv")?.split("\n").length // 33 (a header, 31 respondents, a final newline)
 */
export function reconstruct(options: ReconstructionOptions = {}): ReconstructionResult {
  const dataDir = options.dataDir ?? "data";
  const seed = options.seed ?? PLAN.seed;
  const rng = createRng(seed);
  const pub = publishedMap(dataDir);
  const pkg = readJson<{ constructs: ConstructDef[] }>(join(dataDir, "datapackage.json"));
  const schema = readJson<{ fields: { name: string }[] }>(join(dataDir, "schemas", "respondents.json"));
  const constructs = new Map(pkg.constructs.map((c) => [c.name, c]));

  const roundSizes = PLAN.rounds.map((r) => need(pub, r.n).value);
  const n = roundSizes.reduce((a, b) => a + b, 0);
  const alphaMin = need(pub, PLAN.alphaMin).value;
  const sig = need(pub, PLAN.significance).value;
  const tCrit = tQuantile(1 - sig / 2, n - 1);

  // (2)–(3) Latent model and constrained search. A search that does not meet every target starts
  // again from new draws of the same seeded stream (deterministic), at most SEARCH_ATTEMPTS times.
  let g: number[] = [];
  let annealer = new Annealer(n, { min: 1, max: 5 });
  let initial: TrackedStatistic[] = [];
  let search: AnnealReport | null = null;
  for (let attempt = 1; attempt <= SEARCH_ATTEMPTS && search?.converged !== true; attempt++) {
    g = Array.from({ length: n }, () => normal(rng));
    annealer = new Annealer(n, { min: 1, max: 5 });
    const loading: Record<string, number> = {
      werkplezier: 0.85,
      autonomie: 0.7,
      "self-efficacy": 0.5,
      waardering: 0.5,
      werkdruk: -0.2,
      ...options.startModel?.loading,
    };
    const prePostR: Record<string, number> = { waardering: 0.8, werkdruk: 0.7, ...options.startModel?.prePostR };
    for (const target of PLAN.clusters) {
      const c = constructs.get(target.construct);
      if (c?.items.pre === undefined || c.items.post === undefined) {
        throw new StatsError("INVALID_ARGUMENT", "reconstruct", `construct ${target.construct} has no pre and post items in the codebook`);
      }
      const pre = need(pub, target.pre).value;
      const post = need(pub, target.post).value;
      const d = target.effect === null ? 0 : need(pub, target.effect).value;
      const sigma = d > 0 ? (post - pre) / d : 0.8;
      const lam = loading[target.construct] ?? 0.5;
      const rho = prePostR[target.construct] ?? 0.65;
      const a = g.map((gi) => lam * gi + Math.sqrt(1 - lam * lam) * normal(rng));
      const w = g.map((gi) => lam * gi + Math.sqrt(1 - lam * lam) * normal(rng));
      const pl = a.map((ai, i) => rho * ai + Math.sqrt(1 - rho * rho) * (w[i] as number));
      const plSd = Math.sqrt(pl.reduce((s, v) => s + v * v, 0) / n);
      const start = calibratedItems(
        { names: c.items.pre, latent: a, noise: c.items.pre.map(() => g.map(() => normal(rng))) },
        { names: c.items.post, latent: pl.map((v) => v / plSd), noise: c.items.post.map(() => g.map(() => normal(rng))) },
        { pre, post, sd: sigma },
      );
      annealer.addScore(`${target.construct}_pre`, start.pre);
      annealer.addScore(`${target.construct}_post`, start.post);
    }
    const singleLoading: Record<string, number> = {
      ontwikkelmogelijkheden_post: 0.9,
      behoud_school_post: 0.4,
      ontwikkelmogelijkheden_start: 0.5,
      behoud_onderwijs: 0.5,
    };
    for (const s of PLAN.singles) {
      const m = need(pub, s.mean).value;
      const lam = singleLoading[s.column] ?? 0.5;
      annealer.addScore(s.column, [
        { name: s.column, values: g.map((gi) => clampRound(m + 0.8 * (lam * gi + Math.sqrt(1 - lam * lam) * normal(rng)), 1, 5)) },
      ]);
    }

    // (3) Constraints.
    for (const target of PLAN.clusters) {
      const pre = need(pub, target.pre);
      const post = need(pub, target.post);
      const name = target.construct;
      annealer.addConstraint({ kind: "mean", score: `${name}_pre`, range: shrink(interval(pre), 0.01), label: target.pre });
      annealer.addConstraint({ kind: "mean", score: `${name}_post`, range: shrink(interval(post), 0.01), label: target.post });
      annealer.addConstraint({ kind: "alpha", score: `${name}_pre`, min: alphaMin + 0.03, label: `alpha ${name} pre` });
      annealer.addConstraint({ kind: "alpha", score: `${name}_post`, min: alphaMin + 0.03, label: `alpha ${name} post` });
      if (target.effect !== null) {
        annealer.addConstraint({
          kind: "dav",
          pre: `${name}_pre`,
          post: `${name}_post`,
          range: shrink(interval(need(pub, target.effect)), 0.001),
          label: target.effect,
        });
      }
      // Retrospective pre and post answers of the same person correlate; the article gives no value, so
      // the search keeps the pre-post correlation of every cluster in a plausible band.
      annealer.addConstraint({
        kind: "r",
        x: `${name}_pre`,
        y: `${name}_post`,
        range: PLAN.prePostCorrelation,
        label: `pre-post r ${name}`,
      });
      annealer.addConstraint({
        kind: "t",
        pre: `${name}_pre`,
        post: `${name}_post`,
        range: target.significant ? { lo: tCrit + 0.3, hi: Infinity } : { lo: -(tCrit - 0.5), hi: tCrit - 0.5 },
        label: `significance ${name}`,
      });
    }
    for (const s of PLAN.singles) {
      annealer.addConstraint({ kind: "mean", score: s.column, range: shrink(interval(need(pub, s.mean)), 0.01), label: s.mean });
    }
    const scoreName = (x: string): string => (constructs.get(x)?.kind === "cluster" ? `${x}_post` : x);
    for (const c of PLAN.correlations) {
      annealer.addConstraint({
        kind: "r",
        x: scoreName(c.x),
        y: scoreName(c.y),
        range: shrink(interval(need(pub, c.r)), 0.001),
        label: c.r,
      });
    }
    initial = annealer.statistics();
    search = annealer.run(rng);
  }
  const searched = annealer.statistics();
  if (search === null || !search.converged) {
    throw new StatsError(
      "NOT_CONVERGED",
      "reconstruct",
      `the search did not meet every target in ${SEARCH_ATTEMPTS} attempts (seed ${seed}); still violated: ${search?.violated.join(", ") ?? "?"}`,
    );
  }
  const cells = annealer.values();

  // (4) Demographics, societal appreciation.
  const expTarget = sumFor(need(pub, PLAN.experience), n);
  const experience = g.map(() => clampRound(Math.exp(Math.log(11) + 0.55 * normal(rng)), 2, 38));
  adjustSum(experience, expTarget, 1, 40, rng);
  const fteTarget = sumFor(need(pub, PLAN.fte), n, 10);
  const fteTenths = g
    .map(() =>
      categorical(rng, [
        ["10", 0.45],
        ["9", 0.1],
        ["8", 0.25],
        ["7", 0.1],
        ["6", 0.07],
        ["5", 0.03],
      ] as const),
    )
    .map(Number);
  adjustSum(fteTenths, fteTarget, 4, 10, rng);
  const societal = need(pub, PLAN.societal.mean);
  const lowest = need(pub, PLAN.societal.lowestScore).value;
  const lowestCount = need(pub, PLAN.societal.lowestCount).value;
  const byG = g.map((v, i) => [v + 0.7 * normal(rng), i] as const).sort((x, y) => x[0] - y[0]);
  const lowestIdx = new Set(byG.slice(0, lowestCount).map(([, i]) => i));
  const societalValues = g.map((gi, i) =>
    lowestIdx.has(i) ? lowest : clampRound(3.6 + 0.7 * (0.4 * gi + 0.9 * normal(rng)), lowest + 1, 5),
  );
  adjustSum(societalValues, sumFor(societal, n), lowest + 1, 5, rng, (i) => !lowestIdx.has(i));

  // Respondent codes and part-1 categorical answers.
  const codes: string[] = [];
  const rounds: string[] = [];
  PLAN.rounds.forEach((r, k) => {
    for (let i = 1; i <= (roundSizes[k] as number); i++) {
      codes.push(`${r.prefix}-${String(i).padStart(2, "0")}`);
      rounds.push(r.round);
    }
  });
  const sector = g.map(() =>
    categorical(rng, [
      ["vo", 0.8],
      ["po", 0.12],
      ["mbo", 0.08],
    ] as const),
  );
  const course = g.map(() =>
    categorical(rng, [
      ["teacher-leader", 0.5],
      ["pedagogisch-didactisch-expert", 0.5],
    ] as const),
  );
  const reason = g.map(() =>
    categorical(rng, [
      ["persoonlijke-ambitie", 0.6],
      ["schoolontwikkeling", 0.4],
    ] as const),
  );
  const lookingFor = g.map(() =>
    categorical(rng, [
      ["verdieping", 0.45],
      ["toepassing", 0.35],
      ["netwerk", 0.1],
      ["loopbaan", 0.1],
    ] as const),
  );

  // (5) Open answers.
  const codeList = Papa.parse<{ code: string; group: string }>(readFileSync(join(dataDir, "codes.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const threshold = need(pub, PLAN.table2.threshold).value;
  const questions = ["self", "teachers"] as const;
  const assigned: Record<(typeof questions)[number], Set<string>[]> = { self: g.map(() => new Set()), teachers: g.map(() => new Set()) };
  const cellCount = (id: string): number => {
    const v = pub.get(id);
    if (v === undefined) throw new StatsError("INVALID_ARGUMENT", "reconstruct", `published value ${id} is missing`);
    return v.value ?? 0; // "-" is printed for an empty cell
  };
  const give = (code: string, q: (typeof questions)[number], count: number, first: readonly number[] = []): void => {
    const sets = assigned[q];
    for (const i of first) (sets[i] as Set<string>).add(code);
    for (let k = first.length; k < count; k++) {
      const candidates = sets.map((_, i) => i).filter((i) => !(sets[i] as Set<string>).has(code));
      const weights = candidates.map((i) => 1 / Math.pow(1 + (sets[i] as Set<string>).size, 3));
      const total = weights.reduce((a, b) => a + b, 0);
      let u = rng.float() * total;
      let chosen = candidates[candidates.length - 1] as number;
      for (let m = 0; m < candidates.length; m++) {
        u -= weights[m] as number;
        if (u < 0) {
          chosen = candidates[m] as number;
          break;
        }
      }
      (sets[chosen] as Set<string>).add(code);
    }
  };
  const lowScorers = [...lowestIdx].sort((a, b) => a - b);
  for (const row of PLAN.table2.rows) {
    for (const q of questions) {
      const count = cellCount(`table2.${row}.${q}`);
      const forced = row === PLAN.societal.lowestCode.code && q === PLAN.societal.lowestCode.question ? lowScorers : [];
      give(row, q, count, forced);
    }
  }
  const minor = codeList.filter((c) => c.group === "minor").map((c) => c.code);
  const minorTotals = new Map(minor.map((c) => [c, 0]));
  for (const q of questions) {
    const count = cellCount(`${PLAN.table2.other}.${q}`);
    for (let k = 0; k < count; k++) {
      const open = minor.filter((c) => (minorTotals.get(c) as number) < threshold && assigned[q].some((s) => !s.has(c)));
      if (open.length === 0)
        throw new StatsError(
          "NOT_CONVERGED",
          "reconstruct",
          "not enough minor labels to hold the 'Overig' counts at three mentions or fewer each",
        );
      const code = pick(rng, open);
      minorTotals.set(code, (minorTotals.get(code) as number) + 1);
      give(code, q, 1);
    }
  }
  const order = new Map(codeList.map((c, i) => [c.code, i]));
  const codingRows: (string | null)[][][] = PLAN.rounds.map(() => []);
  const answers: Record<(typeof questions)[number], (string | null)[]> = { self: [], teachers: [] };
  for (let i = 0; i < n; i++) {
    const roundIdx = PLAN.rounds.findIndex((r) => r.round === rounds[i]);
    for (const q of questions) {
      const mine = [...(assigned[q][i] as Set<string>)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const used = new Set<string>();
      const parts: string[] = [];
      for (const code of mine) {
        const variants = SEGMENTS[code]?.[q];
        if (variants === undefined || variants.length === 0)
          throw new StatsError("INVALID_ARGUMENT", "reconstruct", `no synthetic text for label ${code} (${q})`);
        let text = pick(rng, variants);
        for (let t = 0; t < 5 && used.has(text); t++) text = pick(rng, variants);
        used.add(text);
        parts.push(text);
        (codingRows[roundIdx] as (string | null)[][]).push([codes[i] as string, q, text, code]);
      }
      answers[q].push(parts.length > 0 ? parts.join(" ") : null);
    }
  }

  // (7) Verify with the library's own statistics, at the published precision.
  const checks: TargetCheck[] = [];
  const check = (id: string, label: string, value: number, lower: number, upper: number): void => {
    checks.push({ id, label, published: pub.get(id)?.text ?? "", value, lower, upper, ok: value >= lower && value < upper });
  };
  const col = (name: string): number[] => Array.from(cells.get(name) ?? []);
  const clusterScore = (construct: string, tp: "pre" | "post"): number[] => {
    const names = constructs.get(construct)?.items[tp] ?? [];
    const cols = names.map(col);
    return g.map((_, i) => cols.reduce((s, c) => s + (c[i] as number), 0) / cols.length);
  };
  for (const target of PLAN.clusters) {
    const pre = clusterScore(target.construct, "pre");
    const post = clusterScore(target.construct, "post");
    const ip = interval(need(pub, target.pre));
    const iq = interval(need(pub, target.post));
    check(target.pre, `${target.construct} pre mean`, mean(pre), ip.lo, ip.hi);
    check(target.post, `${target.construct} post mean`, mean(post), iq.lo, iq.hi);
    if (target.effect !== null) {
      const ie = interval(need(pub, target.effect));
      check(target.effect, `${target.construct} d_av`, cohensDav(post, pre).estimate, ie.lo, ie.hi);
    }
    const p = pairedTTest(post, pre).pValue;
    check(
      `table3.${target.construct}.significance`,
      `${target.construct} paired t p-value`,
      p,
      target.significant ? 0 : sig,
      target.significant ? sig : 1.0000001,
    );
    for (const tp of ["pre", "post"] as const) {
      const names = constructs.get(target.construct)?.items[tp] ?? [];
      check(PLAN.alphaMin, `${target.construct} ${tp} alpha`, cronbachAlpha(names.map(col)).alpha, alphaMin, 1.0000001);
    }
  }
  for (const s of PLAN.singles) {
    const iv = interval(need(pub, s.mean));
    check(s.mean, `${s.column} mean`, mean(col(s.column)), iv.lo, iv.hi);
  }
  const scoreOf = (x: string): number[] => (constructs.get(x)?.kind === "cluster" ? clusterScore(x, "post") : col(x));
  for (const c of PLAN.correlations) {
    const res = pearson(scoreOf(c.x), scoreOf(c.y));
    const ir = interval(need(pub, c.r));
    check(c.r, `r(${c.x}, ${c.y}) post`, res.r, ir.lo, ir.hi);
    check(c.p, `p of r(${c.x}, ${c.y})`, res.pValue, 0, 0.0005);
  }
  const is = interval(societal);
  check(PLAN.societal.mean, "societal appreciation mean", mean(societalValues), is.lo, is.hi);
  const ix = interval(need(pub, PLAN.experience));
  check(PLAN.experience, "years of experience mean", mean(experience), ix.lo, ix.hi);
  const iF = interval(need(pub, PLAN.fte));
  check(PLAN.fte, "fte mean", mean(fteTenths.map((v) => v / 10)), iF.lo, iF.hi);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    throw new StatsError(
      "NOT_CONVERGED",
      "reconstruct",
      `generated data miss ${failed.length} targets: ${failed.map((f) => `${f.label} = ${f.value} not in [${f.lower}, ${f.upper})`).join("; ")}`,
    );
  }

  // Files.
  const fields = schema.fields.map((f) => f.name);
  const cellValue = (name: string, i: number): string | number | null => {
    switch (name) {
      case "respondent":
        return codes[i] as string;
      case "round":
        return rounds[i] as string;
      case "experience_years":
        return experience[i] as number;
      case "fte":
        return ((fteTenths[i] as number) / 10).toFixed(1);
      case "sector":
        return sector[i] as string;
      case "course":
        return course[i] as string;
      case "choice_reason":
        return reason[i] as string;
      case "looking_for":
        return lookingFor[i] as string;
      case PLAN.societal.column:
        return societalValues[i] as number;
      case "open_self":
        return answers.self[i] ?? null;
      case "open_teachers":
        return answers.teachers[i] ?? null;
      default: {
        const c = cells.get(name);
        if (c === undefined) throw new StatsError("INVALID_ARGUMENT", "reconstruct", `the codebook column ${name} has no generator`);
        return c[i] as number;
      }
    }
  };
  const files = new Map<string, string>();
  let offset = 0;
  PLAN.rounds.forEach((r, k) => {
    const size = roundSizes[k] as number;
    const rows = Array.from({ length: size }, (_, j) => fields.map((f) => cellValue(f, offset + j)));
    files.set(`raw/respondents-${r.round}.csv`, csv(fields, rows));
    files.set(`raw/coding-${r.round}.csv`, csv(["respondent", "question", "segment", "code"], codingRows[k] as (string | null)[][]));
    offset += size;
  });

  // (6) Focus groups: alternate fragments over the groups so that both discuss every theme.
  const groupSizes = [need(pub, PLAN.focusGroups.group1).value, need(pub, PLAN.focusGroups.group2).value];
  const letters = "ABCDEFGHIJ";
  const counters = [0, 0];
  // Speakers per group: every participant speaks at least once (a shuffled round of all of them),
  // then at random.
  const speakers = groupSizes.map((size, grp) => {
    const count = FRAGMENTS.filter((_, i) => i % 2 === grp).length;
    if (count < size)
      throw new StatsError(
        "INVALID_ARGUMENT",
        "reconstruct",
        `focus group ${grp + 1} has ${size} participants but only ${count} fragments`,
      );
    const first = Array.from({ length: size }, (_, k) => k);
    for (let k = size - 1; k > 0; k--) {
      const j = rng.int(k + 1);
      [first[k], first[j]] = [first[j] as number, first[k] as number];
    }
    return [...first, ...Array.from({ length: count - size }, () => rng.int(size))];
  });
  const fgRows = FRAGMENTS.map((f, i) => {
    const grp = i % 2;
    counters[grp] = (counters[grp] as number) + 1;
    const who = letters[(speakers[grp] as number[])[(counters[grp] as number) - 1] as number] as string;
    return [`FG${grp + 1}-${String(counters[grp]).padStart(2, "0")}`, grp + 1, `FG${grp + 1}-${who}`, f.text, f.open, f.axial] as (
      | string
      | number
    )[];
  }).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
  files.set("raw/focusgroups-2019-20.csv", csv(["fragment", "group", "participant", "text", "open_code", "axial_code"], fgRows));
  return {
    seed,
    files,
    search,
    checks,
    statistics: searched.map((st, i) => ({ ...st, initial: (initial[i] as TrackedStatistic).value })),
    cells,
  };
}
