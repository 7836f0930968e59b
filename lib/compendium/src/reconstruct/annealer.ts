/**
 * Constrained search over a matrix of integer scale responses (simulated annealing with
 * incrementally updated sufficient statistics).
 *
 * Written here because no library searches integer survey data jointly over means, paired effect
 * sizes, t statistics, Cronbach's alpha and correlations; SPRITE-like tools (rsprite2, CLOSURE)
 * handle one variable's mean and SD at a time.
 *
 * The state is a set of integer columns (one value per respondent). Columns are grouped into
 * scores (the sum of one or more item columns per respondent). Every constraint is a function of
 * sums kept up to date in O(k) per changed cell: Σ items, Σ items², per score Σ T and Σ T², and
 * the cross sums Σ Tₐ·T_b of the score pairs that a constraint links.
 *
 * @module reconstruct/annealer
 */
import { StatsError } from "@behoud/stats";
import type { Rng } from "@behoud/stats";

/** A score: the per-respondent sum of its item columns. */
interface Score {
  readonly name: string;
  readonly cols: readonly number[];
  readonly total: Int32Array;
  sum: number;
  sumSq: number;
  readonly itemSum: Float64Array;
  readonly itemSq: Float64Array;
  /** Indices into `pairs` of the cross sums this score takes part in. */
  readonly pairs: number[];
  /** Constraints to re-evaluate when this score changes. */
  readonly constraints: number[];
}

interface Pair {
  readonly a: number;
  readonly b: number;
  cross: number;
}

/** A closed interval [lo, hi] that a statistic must fall in. */
export interface Range {
  readonly lo: number;
  readonly hi: number;
}

/** Constraint kinds understood by the annealer. */
export type Constraint =
  | { readonly kind: "mean"; readonly score: string; readonly range: Range; readonly label: string }
  | { readonly kind: "alpha"; readonly score: string; readonly min: number; readonly label: string }
  | { readonly kind: "dav"; readonly pre: string; readonly post: string; readonly range: Range; readonly label: string }
  | { readonly kind: "t"; readonly pre: string; readonly post: string; readonly range: Range; readonly label: string }
  | { readonly kind: "dz" | "drm"; readonly pre: string; readonly post: string; readonly range: Range; readonly label: string }
  | { readonly kind: "r"; readonly x: string; readonly y: string; readonly range: Range; readonly label: string };

interface Compiled {
  readonly c: Constraint;
  /** Width used to scale the distance outside the range into a penalty. */
  readonly scale: number;
  readonly scores: readonly number[];
  readonly pair: number;
}

/** Result of {@link Annealer.run}. */
export interface AnnealReport {
  readonly converged: boolean;
  readonly iterations: number;
  readonly accepted: number;
  readonly penalty: number;
  /** Constraints still violated (empty when converged). */
  readonly violated: readonly string[];
}

/** Statistics the annealer tracks, for reports and checks. */
export interface TrackedStatistic {
  readonly label: string;
  readonly value: number;
  readonly range: Range | { readonly lo: number; readonly hi: number };
}

/**
 * A statistic of the current state, computed from the running sums: a score's mean, SD (of the
 * mean score) or Cronbach's alpha; a paired comparison's d_av, d_z, d_rm or t (post − pre); or the
 * Pearson correlation of two scores.
 */
export type Statistic =
  | { readonly kind: "mean" | "sd" | "alpha"; readonly score: string }
  | { readonly kind: "dav" | "dz" | "drm" | "t"; readonly pre: string; readonly post: string }
  | { readonly kind: "r"; readonly x: string; readonly y: string };

/** Options of {@link Annealer.explore}. */
export interface ExploreOptions {
  /** Proposals to make. */
  readonly steps: number;
  /** Statistic to push up (direction 1) or down (−1); without it every feasible proposal is accepted (a random walk). */
  readonly objective?: { readonly statistic: Statistic; readonly direction: 1 | -1 };
  /** Starting temperature of the Metropolis rule on the objective (default 0.02); it falls geometrically to 1e-4 of it. */
  readonly temperature?: number;
}

/** Result of {@link Annealer.explore}. */
export interface ExploreReport {
  readonly steps: number;
  /** Proposals that kept every constraint. */
  readonly feasible: number;
  readonly accepted: number;
  /** The objective's best value (the state is left at it), or null without an objective. */
  readonly best: number | null;
}

/**
 * Simulated annealing over integer columns with a bounded scale.
 *
 * Moves change one cell by ±1 within [min, max]. The objective is the sum over constraints of the
 * distance outside the allowed range divided by a scale; the search stops as soon as it is 0
 * (every constraint met), so the data move as little as possible from the starting values.
 * @example
 * // five respondents answer 3; find integer answers 1..5 whose mean lies in [3.9, 4.1]
 * const a = new Annealer(5, { min: 1, max: 5 });
 * a.addScore("x", [{ name: "x", values: [3, 3, 3, 3, 3] }]);
 * a.addConstraint({ kind: "mean", score: "x", range: { lo: 3.9, hi: 4.1 }, label: "mean of x" });
 * a.run(createRng(1)) // { converged: true, penalty: 0, violated: [], … }
 * a.statistics() // [{ label: "mean of x", value: 4, range: { lo: 3.9, hi: 4.1 } }] (the only sum of five answers in range is 20)
 * a.addScore("x", []) // throws INVALID_ARGUMENT
 */
export class Annealer {
  readonly n: number;
  private readonly columns: Int8Array[] = [];
  private readonly columnNames: string[] = [];
  private readonly columnScore: number[] = [];
  private readonly columnItem: number[] = [];
  private readonly scores: Score[] = [];
  private readonly scoreIndex = new Map<string, number>();
  private readonly pairs: Pair[] = [];
  private readonly compiled: Compiled[] = [];
  private penalties = new Float64Array(0);
  private readonly min: number;
  private readonly max: number;

  constructor(n: number, scale: { min: number; max: number }) {
    this.n = n;
    this.min = scale.min;
    this.max = scale.max;
  }

  /** Adds a score made of the given columns with their starting values. */
  addScore(name: string, columns: readonly { name: string; values: ArrayLike<number> }[]): void {
    if (this.scoreIndex.has(name)) throw new StatsError("INVALID_ARGUMENT", "Annealer.addScore", `score ${name} exists already`);
    const s: Score = {
      name,
      cols: [],
      total: new Int32Array(this.n),
      sum: 0,
      sumSq: 0,
      itemSum: new Float64Array(columns.length),
      itemSq: new Float64Array(columns.length),
      pairs: [],
      constraints: [],
    };
    const si = this.scores.length;
    columns.forEach((col, j) => {
      if (col.values.length !== this.n) {
        throw new StatsError(
          "LENGTH_MISMATCH",
          "Annealer.addScore",
          `column ${col.name} has ${col.values.length} values; expected ${this.n}`,
        );
      }
      const values = Int8Array.from(col.values as ArrayLike<number>);
      values.forEach((v, i) => {
        if (!(v >= this.min && v <= this.max)) {
          throw new StatsError("OUT_OF_RANGE", "Annealer.addScore", `column ${col.name}[${i}] is ${v}; expected ${this.min}..${this.max}`);
        }
      });
      (s.cols as number[]).push(this.columns.length);
      this.columns.push(values);
      this.columnNames.push(col.name);
      this.columnScore.push(si);
      this.columnItem.push(j);
      for (let i = 0; i < this.n; i++) {
        const v = values[i] as number;
        s.total[i] = (s.total[i] as number) + v;
        s.itemSum[j] = (s.itemSum[j] as number) + v;
        s.itemSq[j] = (s.itemSq[j] as number) + v * v;
      }
    });
    for (let i = 0; i < this.n; i++) {
      const t = s.total[i] as number;
      s.sum += t;
      s.sumSq += t * t;
    }
    this.scores.push(s);
    this.scoreIndex.set(name, si);
  }

  private score(name: string): number {
    const i = this.scoreIndex.get(name);
    if (i === undefined) throw new StatsError("INVALID_ARGUMENT", "Annealer", `unknown score ${name}`);
    return i;
  }

  private pairOf(a: number, b: number): number {
    const found = this.pairs.findIndex((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
    if (found >= 0) return found;
    const sa = this.scores[a] as Score;
    const sb = this.scores[b] as Score;
    let cross = 0;
    for (let i = 0; i < this.n; i++) cross += (sa.total[i] as number) * (sb.total[i] as number);
    this.pairs.push({ a, b, cross });
    const pi = this.pairs.length - 1;
    sa.pairs.push(pi);
    if (a !== b) sb.pairs.push(pi);
    return pi;
  }

  /** Adds a constraint on scores added before. */
  addConstraint(c: Constraint): void {
    let scores: number[];
    let pair = -1;
    let scale: number;
    switch (c.kind) {
      case "mean":
        scores = [this.score(c.score)];
        scale = 0.05;
        break;
      case "alpha":
        scores = [this.score(c.score)];
        scale = 0.05;
        break;
      case "dav":
      case "dz":
      case "drm":
      case "t":
        scores = [this.score(c.pre), this.score(c.post)];
        pair = this.pairOf(scores[0] as number, scores[1] as number);
        scale = c.kind === "t" ? 0.25 : 0.01;
        break;
      case "r":
        scores = [this.score(c.x), this.score(c.y)];
        pair = this.pairOf(scores[0] as number, scores[1] as number);
        scale = 0.01;
        break;
    }
    const ci = this.compiled.length;
    this.compiled.push({ c, scale, scores, pair });
    for (const s of scores) (this.scores[s] as Score).constraints.push(ci);
  }

  private meanOf(s: Score): number {
    return s.sum / (this.n * s.cols.length);
  }

  private sdOf(s: Score): number {
    const k = s.cols.length;
    return Math.sqrt(Math.max(0, (s.sumSq - (s.sum * s.sum) / this.n) / (this.n - 1))) / k;
  }

  private alphaOf(s: Score): number {
    const k = s.cols.length;
    if (k < 2) return NaN;
    let itemVar = 0;
    for (let j = 0; j < k; j++) {
      const a = s.itemSum[j] as number;
      itemVar += ((s.itemSq[j] as number) - (a * a) / this.n) / (this.n - 1);
    }
    const totalVar = (s.sumSq - (s.sum * s.sum) / this.n) / (this.n - 1);
    if (!(totalVar > 0)) return -Infinity;
    return (k / (k - 1)) * (1 - itemVar / totalVar);
  }

  /** Mean difference, its SD, and the SDs of pre and post (on the mean-score scale). */
  private pairedOf(pre: Score, post: Score, pair: Pair): { md: number; sdd: number; sd1: number; sd2: number } {
    const k = pre.cols.length;
    const n = this.n;
    const sumD = post.sum - pre.sum;
    const sumD2 = post.sumSq + pre.sumSq - 2 * pair.cross;
    const varD = Math.max(0, (sumD2 - (sumD * sumD) / n) / (n - 1));
    return { md: sumD / (n * k), sdd: Math.sqrt(varD) / k, sd1: this.sdOf(pre), sd2: this.sdOf(post) };
  }

  /** Current value of a constraint's statistic. */
  private valueOf(ci: number): number {
    const cc = this.compiled[ci] as Compiled;
    const s0 = this.scores[cc.scores[0] as number] as Score;
    switch (cc.c.kind) {
      case "mean":
        return this.meanOf(s0);
      case "alpha":
        return this.alphaOf(s0);
      case "dav":
      case "t": {
        const s1 = this.scores[cc.scores[1] as number] as Score;
        const p = this.pairedOf(s0, s1, this.pairs[cc.pair] as Pair);
        if (cc.c.kind === "dav") return p.md / ((p.sd1 + p.sd2) / 2);
        return p.sdd > 0 ? p.md / (p.sdd / Math.sqrt(this.n)) : p.md === 0 ? 0 : Math.sign(p.md) * 1e9;
      }
      case "dz":
      case "drm":
        return this.statistic({ kind: cc.c.kind, pre: cc.c.pre, post: cc.c.post });
      case "r": {
        const s1 = this.scores[cc.scores[1] as number] as Score;
        const pair = this.pairs[cc.pair] as Pair;
        const n = this.n;
        const cov = pair.cross - (s0.sum * s1.sum) / n;
        const v0 = s0.sumSq - (s0.sum * s0.sum) / n;
        const v1 = s1.sumSq - (s1.sum * s1.sum) / n;
        return v0 > 0 && v1 > 0 ? cov / Math.sqrt(v0 * v1) : 0;
      }
    }
  }

  private penaltyOf(ci: number): number {
    const cc = this.compiled[ci] as Compiled;
    const v = this.valueOf(ci);
    if (!Number.isFinite(v)) return 1e6;
    if (cc.c.kind === "alpha") return v >= cc.c.min ? 0 : (cc.c.min - v) / cc.scale;
    const { lo, hi } = cc.c.range;
    if (v < lo) return (lo - v) / cc.scale;
    if (v > hi) return (v - hi) / cc.scale;
    return 0;
  }

  private apply(col: number, i: number, delta: number): void {
    const values = this.columns[col] as Int8Array;
    const old = values[i] as number;
    values[i] = old + delta;
    const s = this.scores[this.columnScore[col] as number] as Score;
    const j = this.columnItem[col] as number;
    s.itemSum[j] = (s.itemSum[j] as number) + delta;
    s.itemSq[j] = (s.itemSq[j] as number) + (old + delta) * (old + delta) - old * old;
    const t = s.total[i] as number;
    s.total[i] = t + delta;
    s.sum += delta;
    s.sumSq += (t + delta) * (t + delta) - t * t;
    const si = this.columnScore[col] as number;
    for (const pi of s.pairs) {
      const p = this.pairs[pi] as Pair;
      if (p.a === p.b) continue;
      const other = this.scores[p.a === si ? p.b : p.a] as Score;
      p.cross += delta * (other.total[i] as number);
    }
  }

  /**
   * Runs the search until every constraint is met or `maxIterations` proposals were made.
   * Each proposal draws `candidates` moves from the columns of violated constraints (a violated
   * constraint, a column of one of its scores, a respondent, ±1), keeps the best, and accepts it
   * if it does not worsen the objective, or otherwise with probability exp(−Δ/T); T falls
   * geometrically from `t0` and is raised again when the search has not improved for a while.
   */
  run(
    rng: Rng,
    options: { maxIterations?: number; t0?: number; cooling?: number; candidates?: number; patience?: number } = {},
  ): AnnealReport {
    const maxIt = options.maxIterations ?? 400_000;
    const t0 = options.t0 ?? 0.05;
    const cooling = options.cooling ?? 0.9999;
    const k = options.candidates ?? 6;
    const patience = options.patience ?? 20_000;
    let temp = t0;
    this.penalties = Float64Array.from(this.compiled, (_, ci) => this.penaltyOf(ci));
    let total = this.penalties.reduce((a, b) => a + b, 0);
    let best = total;
    let sinceBest = 0;
    let it = 0;
    let accepted = 0;
    const violated: number[] = [];
    while (total > 0 && it < maxIt) {
      it++;
      violated.length = 0;
      this.penalties.forEach((p, ci) => {
        if (p > 0) violated.push(ci);
      });
      let bestMove: { col: number; i: number; delta: number; diff: number } | null = null;
      for (let c = 0; c < k; c++) {
        const cc = this.compiled[violated[rng.int(violated.length)] as number] as Compiled;
        const sc = this.scores[cc.scores[rng.int(cc.scores.length)] as number] as Score;
        const col = sc.cols[rng.int(sc.cols.length)] as number;
        const i = rng.int(this.n);
        const delta = rng.int(2) === 0 ? -1 : 1;
        const v = (this.columns[col] as Int8Array)[i] as number;
        if (v + delta < this.min || v + delta > this.max) continue;
        const diff = this.tryMove(col, i, delta);
        if (bestMove === null || diff < bestMove.diff) bestMove = { col, i, delta, diff };
      }
      if (bestMove !== null && (bestMove.diff <= 0 || rng.float() < Math.exp(-bestMove.diff / temp))) {
        this.apply(bestMove.col, bestMove.i, bestMove.delta);
        for (const ci of (this.scores[this.columnScore[bestMove.col] as number] as Score).constraints)
          this.penalties[ci] = this.penaltyOf(ci);
        total += bestMove.diff;
        accepted++;
      }
      temp *= cooling;
      if (total < best - 1e-12) {
        best = total;
        sinceBest = 0;
      } else if (++sinceBest > patience) {
        temp = t0 / 2;
        sinceBest = 0;
      }
      if (total < 1e-9) {
        // Recompute from scratch to remove drift of the running total.
        this.penalties = Float64Array.from(this.compiled, (_, c) => this.penaltyOf(c));
        total = this.penalties.reduce((a, b) => a + b, 0);
      }
    }
    const still = this.compiled.filter((_, ci) => this.penaltyOf(ci) > 0).map((c) => c.c.label);
    return { converged: still.length === 0, iterations: it, accepted, penalty: total, violated: still };
  }

  /** Change of the objective if cell (col, i) moved by delta; the state is restored. */
  private tryMove(col: number, i: number, delta: number): number {
    this.apply(col, i, delta);
    let diff = 0;
    for (const ci of (this.scores[this.columnScore[col] as number] as Score).constraints)
      diff += this.penaltyOf(ci) - (this.penalties[ci] as number);
    this.apply(col, i, -delta);
    return diff;
  }

  /** Current value of a statistic (registering the cross sum it needs). */
  statistic(stat: Statistic): number {
    const n = this.n;
    switch (stat.kind) {
      case "mean":
        return this.meanOf(this.scores[this.score(stat.score)] as Score);
      case "sd":
        return this.sdOf(this.scores[this.score(stat.score)] as Score);
      case "alpha":
        return this.alphaOf(this.scores[this.score(stat.score)] as Score);
      case "r": {
        const a = this.score(stat.x);
        const b = this.score(stat.y);
        const s0 = this.scores[a] as Score;
        const s1 = this.scores[b] as Score;
        const pair = this.pairs[this.pairOf(a, b)] as Pair;
        const cov = pair.cross - (s0.sum * s1.sum) / n;
        const v0 = s0.sumSq - (s0.sum * s0.sum) / n;
        const v1 = s1.sumSq - (s1.sum * s1.sum) / n;
        return v0 > 0 && v1 > 0 ? cov / Math.sqrt(v0 * v1) : 0;
      }
      default: {
        const a = this.score(stat.pre);
        const b = this.score(stat.post);
        const s0 = this.scores[a] as Score;
        const s1 = this.scores[b] as Score;
        const p = this.pairedOf(s0, s1, this.pairs[this.pairOf(a, b)] as Pair);
        if (stat.kind === "dav") return p.md / ((p.sd1 + p.sd2) / 2);
        if (stat.kind === "t") return p.sdd > 0 ? p.md / (p.sdd / Math.sqrt(n)) : p.md === 0 ? 0 : Math.sign(p.md) * 1e9;
        const dz = p.sdd > 0 ? p.md / p.sdd : p.md === 0 ? 0 : Math.sign(p.md) * 1e9;
        if (stat.kind === "dz") return dz;
        const r = this.statistic({ kind: "r", x: stat.pre, y: stat.post });
        return dz * Math.sqrt(2 * (1 - Math.min(1, Math.max(-1, r))));
      }
    }
  }

  /** Sum of the current penalties, computed afresh. */
  totalPenalty(): number {
    let total = 0;
    for (let ci = 0; ci < this.compiled.length; ci++) total += this.penaltyOf(ci);
    return total;
  }

  /** Whether every constraint of the score holding `col` is met. */
  private scoreFeasible(col: number): boolean {
    for (const ci of (this.scores[this.columnScore[col] as number] as Score).constraints) if (this.penaltyOf(ci) > 0) return false;
    return true;
  }

  /**
   * Moves through the states that meet every constraint, starting from one that does. Each
   * proposal picks a column (of the objective's scores in four proposals out of five when there is
   * an objective, else of any score) and either moves one answer by ±1 or moves one unit from one
   * respondent's answer to another's in the same column (which keeps every mean). A proposal that
   * breaks a constraint is undone. Without an objective every feasible proposal is kept (a random
   * walk over the feasible set); with one, a proposal that improves it is kept, and one that
   * worsens it by Δ with probability exp(−Δ/T), T falling geometrically, and the state ends at the
   * best value seen.
   * @throws {StatsError} INVALID_ARGUMENT when the current state breaks a constraint or steps is not a positive integer.
   */
  explore(rng: Rng, options: ExploreOptions): ExploreReport {
    if (!Number.isInteger(options.steps) || options.steps < 1)
      throw new StatsError("INVALID_ARGUMENT", "Annealer.explore", `steps is ${options.steps}; expected a positive integer`);
    const broken = this.compiled.filter((_, ci) => this.penaltyOf(ci) > 0).map((c) => c.c.label);
    if (broken.length > 0)
      throw new StatsError(
        "INVALID_ARGUMENT",
        "Annealer.explore",
        `the starting state breaks ${broken.length} constraint(s) (${broken.join(", ")}); explore needs a state that meets every constraint`,
      );
    const objective = options.objective;
    const focus: number[] = [];
    if (objective !== undefined) {
      const st = objective.statistic;
      const names = "score" in st ? [st.score] : "x" in st ? [st.x, st.y] : [st.pre, st.post];
      for (const name of names) focus.push(...(this.scores[this.score(name)] as Score).cols);
    }
    const t0 = options.temperature ?? 0.02;
    const cooling = Math.pow(1e-4, 1 / options.steps);
    let temp = t0;
    let current = objective === undefined ? 0 : objective.direction * this.statistic(objective.statistic);
    let best = current;
    let bestState: Int8Array[] | null = objective === undefined ? null : this.columns.map((c) => Int8Array.from(c));
    let feasible = 0;
    let accepted = 0;
    const nCols = this.columns.length;
    for (let step = 0; step < options.steps; step++) {
      temp *= cooling;
      const col = focus.length > 0 && rng.int(5) < 4 ? (focus[rng.int(focus.length)] as number) : rng.int(nCols);
      const values = this.columns[col] as Int8Array;
      const i = rng.int(this.n);
      const transfer = rng.int(3) < 2;
      const j = transfer ? rng.int(this.n) : -1;
      const delta = rng.int(2) === 0 ? -1 : 1;
      const vi = (values[i] as number) + delta;
      if (vi < this.min || vi > this.max) continue;
      if (transfer) {
        if (j === i) continue;
        const vj = (values[j] as number) - delta;
        if (vj < this.min || vj > this.max) continue;
      }
      this.apply(col, i, delta);
      if (transfer) this.apply(col, j, -delta);
      let keep = this.scoreFeasible(col);
      if (keep) {
        feasible++;
        if (objective !== undefined) {
          const next = objective.direction * this.statistic(objective.statistic);
          const gain = next - current;
          keep = gain >= 0 || rng.float() < Math.exp(gain / temp);
          if (keep) current = next;
        }
      }
      if (!keep) {
        if (transfer) this.apply(col, j, delta);
        this.apply(col, i, -delta);
        continue;
      }
      accepted++;
      if (objective !== undefined && current > best + 1e-12) {
        best = current;
        bestState = this.columns.map((c) => Int8Array.from(c));
      }
    }
    if (objective === undefined) return { steps: options.steps, feasible, accepted, best: null };
    if (bestState !== null) this.restore(bestState);
    return { steps: options.steps, feasible, accepted, best: objective.direction * this.statistic(objective.statistic) };
  }

  /** Sets every column to the given values through the running sums. */
  private restore(state: readonly Int8Array[]): void {
    state.forEach((target, col) => {
      const values = this.columns[col] as Int8Array;
      for (let i = 0; i < this.n; i++) {
        const d = (target[i] as number) - (values[i] as number);
        if (d !== 0) this.apply(col, i, d);
      }
    });
  }

  /** Current values of the columns, by name. */
  values(): Map<string, Int8Array> {
    const out = new Map<string, Int8Array>();
    this.columns.forEach((c, i) => {
      out.set(this.columnNames[i] as string, Int8Array.from(c));
    });
    return out;
  }

  /** Current value of every constraint's statistic. */
  statistics(): TrackedStatistic[] {
    return this.compiled.map((cc, ci) => ({
      label: cc.c.label,
      value: this.valueOf(ci),
      range: cc.c.kind === "alpha" ? { lo: cc.c.min, hi: Infinity } : cc.c.range,
    }));
  }
}
