/**
 * One pass of the columnar pipeline over the data, chunk by chunk. Internal: not re-exported.
 *
 * For each chunk of {@link CHUNK} rows and each unit (a construct at a time point): the chunk's
 * scores (into a buffer that stays in the CPU cache, or into the kept score column), their count
 * and mean, and the means of the items over the complete rows; then, reading the chunk again from
 * the cache, the centred sums around those chunk means: Σ(s − s̄)² of the scores, the item
 * cross-products over complete rows (alpha), and for every requested pair of units the centred
 * sums over the rows where both have a score (paired differences, correlations).
 *
 * Numerical method: within a chunk, the corrected two-pass algorithm around the chunk's means;
 * across chunks, the pairwise update of Chan, Golub & LeVeque (1979, 1983): for two parts a and b,
 * n = n_a + n_b, δ = m_b − m_a, m = m_a + δ·n_b/n, M2 = M2_a + M2_b + δ²·n_a·n_b/n, and a co-moment
 * C_xy = C_xy,a + C_xy,b + δ_x·δ_y·n_a·n_b/n. This is as stable as the two-pass algorithm while
 * the data are read from memory once. Every running mean is kept as an offset from a shift K fixed
 * at the first chunk (its centre), so δ is a difference of small offsets, exact to the last bits
 * even for data offset by 10⁹ (a mean rounded near 10⁹ is off by up to 6e-8); the mean of the
 * paired differences x − y is accumulated from the differences, never as x̄ − ȳ. The columnar
 * results stay within 1e-10 relative of the scalar functions for data offset by 10⁶ to 10⁹
 * (test/stats/columnar/equivalence.test.ts).
 *
 * Chan, T. F., Golub, G. H., & LeVeque, R. J. (1979). Updating formulae and a pairwise algorithm
 * for computing sample variances. Stanford CS report STAN-CS-79-773.
 * Chan, T. F., Golub, G. H., & LeVeque, R. J. (1983). Algorithms for computing the sample
 * variance: Analysis and recommendations. The American Statistician, 37(3), 242–247.
 * https://doi.org/10.1080/00031305.1983.10483115
 *
 * @module columnar/engine
 */
import type { ScaleTimepoint } from "./columns.js";
import {
  addItem,
  CHUNK,
  completeItemSum,
  crossProducts,
  crossSize,
  finishScores,
  moments,
  PAIR_SIZE,
  pairSums,
  scoreRowsUpTo4,
  scoreSize,
} from "./kernels.js";

/** One construct at one time point (or one plain column, as a single item with minItems 1). */
export interface EngineUnit {
  readonly construct: string;
  readonly timepoint: ScaleTimepoint;
  readonly names: readonly string[];
  readonly columns: readonly Float64Array[];
  readonly minItems: number;
  /** Accumulate the item cross-products (Cronbach's alpha). */
  readonly alpha: boolean;
  /** Keep the full score column in the result. */
  readonly keep: boolean;
}

/** Item statistics over the complete rows (every item answered) of a unit. */
export interface ItemMoments {
  /** Complete rows. */
  readonly n: number;
  /** Mean of each item. */
  readonly means: Float64Array;
  /** k × k matrix of Σ(x_a − m_a)(x_b − m_b), row-major. */
  readonly comoments: Float64Array;
}

/** What the engine found for one unit. */
export interface UnitSums {
  /** Rows with a score, their mean and M2 = Σ(s − mean)². */
  readonly count: number;
  readonly mean: number;
  readonly m2: number;
  /** Rows with every item answered. */
  readonly complete: number;
  /** Item moments over the complete rows, or null when alpha was not asked. */
  readonly items: ItemMoments | null;
  /** The score column, or null when not kept. */
  readonly values: Float64Array | null;
}

/** Moments of a pair of units over the rows where both have a score (x = first, y = second). */
export interface PairMoments {
  readonly n: number;
  readonly meanX: number;
  readonly meanY: number;
  /**
   * Mean of the differences d = x − y, accumulated from the differences (not meanX − meanY, which
   * loses the digits of a small difference between two large means).
   */
  readonly meanD: number;
  /** Σ(x − x̄)², Σ(y − ȳ)², Σ(x − x̄)(y − ȳ), Σ(d − d̄)² with d = x − y. */
  readonly m2x: number;
  readonly m2y: number;
  readonly cxy: number;
  readonly m2d: number;
}

/** Result of {@link runEngine}. */
export interface EngineResult {
  readonly units: readonly UnitSums[];
  readonly pairs: readonly PairMoments[];
}

/**
 * Running (n, mean, M2) of a unit's scores. The mean is kept as an offset from a shift K (the
 * centre of the first chunk with a value), so that the update δ = m_b − m_a is the difference of
 * two small offsets and not of two means rounded near a large common value (for scores near 10⁹,
 * a rounded mean is off by up to 6e-8, which the merge would carry into M2).
 */
class Running {
  n = 0;
  shift = 0;
  /** mean − shift. */
  offset = 0;
  m2 = 0;
  /** Merges a part with nb values, Σ(x − c) = s1 around its centre c, and M2 m2b. */
  add(nb: number, c: number, s1: number, m2b: number): void {
    if (nb === 0) return;
    if (this.n === 0) {
      this.n = nb;
      this.shift = c;
      this.offset = s1 / nb;
      this.m2 = m2b;
      return;
    }
    const n = this.n + nb;
    const delta = c - this.shift + s1 / nb - this.offset;
    this.m2 += m2b + (delta * delta * this.n * nb) / n;
    this.offset += (delta * nb) / n;
    this.n = n;
  }
  get mean(): number {
    return this.shift + this.offset;
  }
}

/** Running item moments over complete rows; item means kept as offsets from shifts (see {@link Running}). */
class RunningItems {
  n = 0;
  /** Item means minus {@link shifts}. */
  readonly offsets: Float64Array;
  readonly shifts: Float64Array;
  readonly comoments: Float64Array;
  private readonly delta: Float64Array;
  constructor(readonly k: number) {
    this.offsets = new Float64Array(k);
    this.shifts = new Float64Array(k);
    this.comoments = new Float64Array(k * k);
    this.delta = new Float64Array(k);
  }
  /** Merges a chunk's cross-product accumulator (layout of crossSize) taken around `centres`. */
  add(acc: Float64Array, centres: Float64Array): void {
    const k = this.k;
    const nb = acc[0] as number;
    if (nb === 0) return;
    if (this.n === 0) this.shifts.set(centres);
    const n = this.n + nb;
    const w = (this.n * nb) / n;
    for (let a = 0; a < k; a++) {
      // Chunk mean of item a as an offset from the shift, minus the running offset.
      this.delta[a] = (centres[a] as number) - (this.shifts[a] as number) + (acc[1 + a] as number) / nb - (this.offsets[a] as number);
    }
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        // The chunk's co-moments with the correction term, plus the between-part term.
        const cb = (acc[1 + k + a * k + b] as number) - ((acc[1 + a] as number) * (acc[1 + b] as number)) / nb;
        this.comoments[a * k + b] =
          (this.comoments[a * k + b] as number) + cb + (this.n === 0 ? 0 : (this.delta[a] as number) * (this.delta[b] as number) * w);
      }
    }
    for (let a = 0; a < k; a++) this.offsets[a] = (this.offsets[a] as number) + ((this.delta[a] as number) * nb) / n;
    this.n = n;
  }
  /** The item means. */
  means(): Float64Array {
    return this.offsets.map((o, a) => (this.shifts[a] as number) + o);
  }
}

/**
 * Running moments of a pair. The means of x, y and of the difference d = x − y are kept as
 * offsets from shifts fixed at the first chunk, and the mean difference is accumulated from the
 * differences themselves (not as meanX − meanY, the difference of two means rounded near a
 * possibly large common value).
 */
class RunningPair {
  n = 0;
  shiftX = 0;
  shiftY = 0;
  offX = 0;
  offY = 0;
  offD = 0;
  m2x = 0;
  m2y = 0;
  cxy = 0;
  m2d = 0;
  /** Merges a chunk's pair sums (layout of PAIR_SIZE at `at`) taken around cx, cy. */
  add(acc: Float64Array, at: number, cx: number, cy: number): void {
    const nb = acc[at] as number;
    if (nb === 0) return;
    if (this.n === 0) {
      this.shiftX = cx;
      this.shiftY = cy;
    }
    const sx = acc[at + 1] as number;
    const sy = acc[at + 2] as number;
    const sd = acc[at + 6] as number;
    // Chunk means as offsets from the shifts; cx − shiftX is exact when both lie within a factor 2.
    const ex = cx - this.shiftX;
    const ey = cy - this.shiftY;
    const mx = ex + sx / nb;
    const my = ey + sy / nb;
    // Σdd is taken around cx − cy, so the chunk's mean difference minus (shiftX − shiftY) is:
    const md = ex - ey + sd / nb;
    const m2x = (acc[at + 3] as number) - (sx * sx) / nb;
    const m2y = (acc[at + 4] as number) - (sy * sy) / nb;
    const cxy = (acc[at + 5] as number) - (sx * sy) / nb;
    const m2d = (acc[at + 7] as number) - (sd * sd) / nb;
    if (this.n === 0) {
      Object.assign(this, { n: nb, offX: mx, offY: my, offD: md, m2x, m2y, cxy, m2d });
      return;
    }
    const n = this.n + nb;
    const w = (this.n * nb) / n;
    const dx = mx - this.offX;
    const dy = my - this.offY;
    const dd = md - this.offD;
    this.m2x += m2x + dx * dx * w;
    this.m2y += m2y + dy * dy * w;
    this.cxy += cxy + dx * dy * w;
    this.m2d += m2d + dd * dd * w;
    this.offX += (dx * nb) / n;
    this.offY += (dy * nb) / n;
    this.offD += (dd * nb) / n;
    this.n = n;
  }
}

/** Scores of one chunk of a unit into target[off, off + len); sets `acc` (layout of scoreSize). */
function scoreChunk(
  fn: string,
  u: EngineUnit,
  start: number,
  len: number,
  target: Float64Array,
  off: number,
  answered: Uint8Array,
  acc: Float64Array,
): void {
  const k = u.columns.length;
  if (k <= 4) {
    scoreRowsUpTo4(fn, u.names, u.columns, u.minItems, start, len, target, off, acc);
    return;
  }
  // More than 4 items: column by column into the row sums, then divide.
  target.fill(0, off, off + len);
  answered.fill(0, 0, len);
  for (let j = 0; j < k; j++) addItem(fn, u.names[j] as string, u.columns[j] as Float64Array, start, len, target, off, answered);
  finishScores(target, off, len, answered, u.minItems, k, acc);
  for (let j = 0; j < k; j++) completeItemSum(u.columns[j] as Float64Array, start, len, answered, k, acc, 3 + j);
}

/**
 * Runs the pass over n rows for the units and the pairs of units (x = units[a], y = units[b]).
 * Throws NON_FINITE for ±Infinity in an item column.
 */
export function runEngine(
  fn: string,
  n: number,
  units: readonly EngineUnit[],
  pairs: readonly (readonly [number, number])[],
): EngineResult {
  const p = units.length;
  const bufLen = Math.min(CHUNK, Math.max(n, 1));
  const answered = new Uint8Array(bufLen);
  const chunkBuf = new Float64Array(p * bufLen);
  const kept = units.map((u) => (u.keep ? new Float64Array(n) : null));
  const source = units.map((_, i) => kept[i] ?? chunkBuf.subarray(i * bufLen, (i + 1) * bufLen));
  const scoreAcc = units.map((u) => new Float64Array(scoreSize(u.columns.length)));
  const crossAcc = units.map((u) => (u.alpha ? new Float64Array(crossSize(u.columns.length)) : null));
  const itemCentres = units.map((u) => new Float64Array(u.columns.length));
  const chunkMean = new Float64Array(p);
  const momentAcc = new Float64Array(3);
  const pairAcc = new Float64Array(PAIR_SIZE);
  const running = units.map(() => new Running());
  const complete = new Float64Array(p);
  const runningItems = units.map((u) => (u.alpha ? new RunningItems(u.columns.length) : null));
  const runningPairs = pairs.map(() => new RunningPair());

  for (let start = 0; start < n; start += CHUNK) {
    const len = Math.min(CHUNK, n - start);
    for (let i = 0; i < p; i++) {
      const u = units[i] as EngineUnit;
      const target = source[i] as Float64Array;
      const off = kept[i] === null ? 0 : start;
      const acc = scoreAcc[i] as Float64Array;
      scoreChunk(fn, u, start, len, target, off, answered, acc);
      const count = acc[0] as number;
      const mean = count > 0 ? (acc[1] as number) / count : 0;
      chunkMean[i] = mean;
      complete[i] = (complete[i] as number) + (acc[2] as number);
      if (count > 0) {
        // Σ(s − s̄)² around the chunk mean, read from the cache; merged into the running moments.
        moments(target, off, len, mean, momentAcc);
        const s1 = momentAcc[1] as number;
        (running[i] as Running).add(count, mean, s1, (momentAcc[2] as number) - (s1 * s1) / count);
      }
      const c = crossAcc[i];
      const ri = runningItems[i];
      if (c !== null && c !== undefined && ri !== null && ri !== undefined) {
        const centres = itemCentres[i] as Float64Array;
        const nc = acc[2] as number;
        for (let j = 0; j < centres.length; j++) centres[j] = nc > 0 ? (acc[3 + j] as number) / nc : 0;
        crossProducts(u.columns, centres, start, len, c);
        ri.add(c, centres);
      }
    }
    for (let q = 0; q < pairs.length; q++) {
      const [a, b] = pairs[q] as readonly [number, number];
      pairSums(
        source[a] as Float64Array,
        kept[a] === null ? 0 : start,
        chunkMean[a] as number,
        source[b] as Float64Array,
        kept[b] === null ? 0 : start,
        chunkMean[b] as number,
        len,
        pairAcc,
        0,
      );
      (runningPairs[q] as RunningPair).add(pairAcc, 0, chunkMean[a] as number, chunkMean[b] as number);
    }
  }
  return {
    units: units.map((_, i) => {
      const r = running[i] as Running;
      const ri = runningItems[i];
      return {
        count: r.n,
        mean: r.mean,
        m2: r.m2,
        complete: complete[i] as number,
        items: ri === null || ri === undefined ? null : { n: ri.n, means: ri.means(), comoments: ri.comoments },
        values: kept[i] ?? null,
      };
    }),
    pairs: runningPairs.map((r) => ({
      n: r.n,
      meanX: r.shiftX + r.offX,
      meanY: r.shiftY + r.offY,
      meanD: r.shiftX - r.shiftY + r.offD,
      m2x: r.m2x,
      m2y: r.m2y,
      cxy: r.cxy,
      m2d: r.m2d,
    })),
  };
}
