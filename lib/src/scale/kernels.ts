/**
 * The loops of the columnar pipeline. Internal: not re-exported.
 *
 * Numerical method: the corrected two-pass algorithm (Chan, Golub & LeVeque, 1983, eq. 1.7).
 * A first pass gives a centre c (the mean); a second pass sums the deviations from c and their
 * squares and cross-products, and the variance is (Σ(x − c)² − (Σ(x − c))²/n)/(n − 1). The
 * correction term removes the error of c, so c may also be the mean of a larger set than the
 * rows finally used (the pair-complete rows of a correlation use the column mean as centre).
 * Every sum is accumulated block-wise: a local sum over a block of {@link BLOCK} rows is added to
 * the running total, so rounding error grows with about N/BLOCK + BLOCK instead of N.
 *
 * Chan, T. F., Golub, G. H., & LeVeque, R. J. (1983). Algorithms for computing the sample
 * variance: Analysis and recommendations. The American Statistician, 37(3), 242–247.
 * https://doi.org/10.1080/00031305.1983.10483115
 *
 * @module scale/kernels
 */
import { StatsError } from "../errors.js";
import { nonFinite } from "./columns.js";

/** Rows per block of the block-wise sums. */
export const BLOCK = 1024;

/** Result of {@link scorePass}. */
export interface ScorePass {
  /** Score per row (mean of the answered items), NaN without a score. */
  readonly values: Float64Array;
  /** Rows with a score. */
  readonly count: number;
  /** Σ score over the rows with a score (block-wise). */
  readonly total: number;
  /** Rows where every item is answered (the listwise set of alpha). */
  readonly complete: number;
  /** Mean of each item over the rows where it is answered (the centres of the alpha pass). */
  readonly itemMeans: Float64Array;
}

/**
 * First pass over the k item columns of a construct at a time point, column by column (the same
 * tight loop whatever k, so the JIT keeps one optimized version): per row the sum and the number
 * of answered items, then the score Σ answered / number answered when at least `minItems` are
 * answered (summed in item order, as `constructScores` does, so the scores agree to the last
 * bit), the sum of the scores, the number of complete rows, and each item's observed mean.
 * Validates every value it reads (NaN = missing, ±Infinity = error). `scratch` (n bytes) is
 * reused for the answered counts when given.
 */
export function scorePass(fn: string, names: readonly string[], columns: readonly Float64Array[], minItems: number, n: number, scratch?: Uint8Array): ScorePass {
  const k = columns.length;
  if (k > 255) throw new StatsError("INVALID_ARGUMENT", fn, `a construct has ${k} items at one time point; expected at most 255 (answered items are counted in one byte per row)`, "items");
  const values = new Float64Array(n);
  // Answered items per row; a caller scoring many constructs passes one buffer for all of them.
  const answered = scratch !== undefined && scratch.length === n ? scratch.fill(0) : new Uint8Array(n);
  const itemMeans = new Float64Array(k);
  for (let j = 0; j < k; j++) itemMeans[j] = addItem(fn, names[j] as string, columns[j] as Float64Array, values, answered, n);
  const { count, total, complete } = finishScores(values, answered, minItems, k, n);
  return { values, count, total, complete, itemMeans };
}

// Each hot loop lives in its own small function: V8 then optimizes it once and keeps it (a
// function with two loops gets on-stack-replaced in the first and deoptimized in the second).

/** Adds one item column into the running row sums and answered counts; returns its observed mean. */
function addItem(fn: string, name: string, x: Float64Array, sums: Float64Array, answered: Uint8Array, n: number): number {
  let observed = 0;
  let total = 0;
  for (let b = 0; b < n; b += BLOCK) {
    const end = Math.min(n, b + BLOCK);
    let bs = 0;
    for (let i = b; i < end; i++) {
      const v = x[i] as number;
      if (v === v) {
        if (v - v !== 0) nonFinite(fn, name, i, v);
        sums[i] = (sums[i] as number) + v;
        answered[i] = (answered[i] as number) + 1;
        bs += v;
        observed++;
      }
    }
    total += bs;
  }
  return observed > 0 ? total / observed : 0;
}

/** Turns row sums into scores (NaN below minItems), in place; counts scores and complete rows. */
function finishScores(values: Float64Array, answered: Uint8Array, minItems: number, k: number, n: number): { count: number; total: number; complete: number } {
  let count = 0;
  let total = 0;
  let complete = 0;
  for (let b = 0; b < n; b += BLOCK) {
    const end = Math.min(n, b + BLOCK);
    let blockTotal = 0;
    for (let i = b; i < end; i++) {
      const m = answered[i] as number;
      if (m >= minItems) {
        const score = (values[i] as number) / m;
        values[i] = score;
        blockTotal += score;
        count++;
      } else {
        values[i] = NaN;
      }
      if (m === k) complete++;
    }
    total += blockTotal;
  }
  return { count, total, complete };
}

/** Centred moments of one column over its observed rows: n, Σ(x − c), Σ(x − c)². */
export interface ColumnMoments {
  readonly n: number;
  readonly s1: number;
  readonly s2: number;
}

/** Second pass over one column (NaN = missing) around the centre `c`. */
export function columnMoments(x: Float64Array, c: number): ColumnMoments {
  const n = x.length;
  let count = 0;
  let s1 = 0;
  let s2 = 0;
  for (let b = 0; b < n; b += BLOCK) {
    const end = Math.min(n, b + BLOCK);
    let b1 = 0;
    let b2 = 0;
    for (let i = b; i < end; i++) {
      const v = x[i] as number;
      if (v === v) {
        const d = v - c;
        b1 += d;
        b2 += d * d;
        count++;
      }
    }
    s1 += b1;
    s2 += b2;
  }
  return { n: count, s1, s2 };
}

/** Sum and count of the observed values of a column (first pass), validating them. */
export function columnSum(fn: string, name: string, x: Float64Array): { readonly n: number; readonly total: number } {
  const n = x.length;
  let count = 0;
  let total = 0;
  for (let b = 0; b < n; b += BLOCK) {
    const end = Math.min(n, b + BLOCK);
    let bs = 0;
    for (let i = b; i < end; i++) {
      const v = x[i] as number;
      if (v === v) {
        if (v - v !== 0) nonFinite(fn, name, i, v);
        bs += v;
        count++;
      }
    }
    total += bs;
  }
  return { n: count, total };
}

/** Centred sums over the rows where both x and y are observed. */
export interface PairMoments {
  readonly n: number;
  /** Σ(x − cx), Σ(y − cy). */
  readonly sx: number;
  readonly sy: number;
  /** Σ(x − cx)², Σ(y − cy)², Σ(x − cx)(y − cy). */
  readonly sxx: number;
  readonly syy: number;
  readonly sxy: number;
  /** Σ(d − cd) and Σ(d − cd)² of the differences d = x − y around cd = cx − cy. */
  readonly sd: number;
  readonly sdd: number;
}

/** One pass over two columns: centred sums over the pair-complete rows (see {@link PairMoments}). */
export function pairMoments(x: Float64Array, cx: number, y: Float64Array, cy: number): PairMoments {
  const n = x.length;
  let count = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let sd = 0;
  let sdd = 0;
  for (let b = 0; b < n; b += BLOCK) {
    const end = Math.min(n, b + BLOCK);
    let bx = 0;
    let by = 0;
    let bxx = 0;
    let byy = 0;
    let bxy = 0;
    let bd = 0;
    let bdd = 0;
    for (let i = b; i < end; i++) {
      const u = x[i] as number;
      const v = y[i] as number;
      if (u === u && v === v) {
        const dx = u - cx;
        const dy = v - cy;
        const dd = dx - dy;
        bx += dx;
        by += dy;
        bxx += dx * dx;
        byy += dy * dy;
        bxy += dx * dy;
        bd += dd;
        bdd += dd * dd;
        count++;
      }
    }
    sx += bx;
    sy += by;
    sxx += bxx;
    syy += byy;
    sxy += bxy;
    sd += bd;
    sdd += bdd;
  }
  return { n: count, sx, sy, sxx, syy, sxy, sd, sdd };
}

/**
 * Second pass of Cronbach's alpha: the k × k matrix of Σ(x_a − m_a)(x_b − m_b) over the rows where
 * every item is answered, and the vector Σ(x_a − m_a) for the correction term; row-major.
 */
export function crossProducts(columns: readonly Float64Array[], means: Float64Array, n: number): { readonly cp: Float64Array; readonly s1: Float64Array } {
  const k = columns.length;
  const { cp, s1 } = k <= 4 ? crossProductsUpTo4(columns, means, n) : crossProductsGeneric(columns, means, n);
  for (let a = 0; a < k; a++) for (let c = 0; c < a; c++) cp[a * k + c] = cp[c * k + a] as number;
  return { cp, s1 };
}

/**
 * Cross-products for k ≤ 4 items with every accumulator in a local variable: slots beyond k repeat
 * the first column (read from cache; their sums are discarded), so one loop serves k = 1..4.
 */
function crossProductsUpTo4(columns: readonly Float64Array[], means: Float64Array, n: number): { cp: Float64Array; s1: Float64Array } {
  const k = columns.length;
  const x0 = columns[0] as Float64Array;
  const x1 = (columns[1] ?? x0) as Float64Array;
  const x2 = (columns[2] ?? x0) as Float64Array;
  const x3 = (columns[3] ?? x0) as Float64Array;
  const m0 = means[0] as number;
  const m1 = k > 1 ? (means[1] as number) : m0;
  const m2 = k > 2 ? (means[2] as number) : m0;
  const m3 = k > 3 ? (means[3] as number) : m0;
  // t[a][b] for a ≤ b, in the order 00 01 02 03 11 12 13 22 23 33; s[a].
  const t = new Float64Array(10);
  const s = new Float64Array(4);
  for (let b = 0; b < n; b += BLOCK) {
    const end = Math.min(n, b + BLOCK);
    let s0 = 0, sA = 0, sB = 0, sC = 0;
    let t00 = 0, t01 = 0, t02 = 0, t03 = 0, t11 = 0, t12 = 0, t13 = 0, t22 = 0, t23 = 0, t33 = 0;
    for (let i = b; i < end; i++) {
      const u0 = x0[i] as number;
      const u1 = x1[i] as number;
      const u2 = x2[i] as number;
      const u3 = x3[i] as number;
      if (u0 !== u0 || u1 !== u1 || u2 !== u2 || u3 !== u3) continue;
      const d0 = u0 - m0;
      const d1 = u1 - m1;
      const d2 = u2 - m2;
      const d3 = u3 - m3;
      s0 += d0;
      sA += d1;
      sB += d2;
      sC += d3;
      t00 += d0 * d0;
      t01 += d0 * d1;
      t02 += d0 * d2;
      t03 += d0 * d3;
      t11 += d1 * d1;
      t12 += d1 * d2;
      t13 += d1 * d3;
      t22 += d2 * d2;
      t23 += d2 * d3;
      t33 += d3 * d3;
    }
    s[0] = (s[0] as number) + s0;
    s[1] = (s[1] as number) + sA;
    s[2] = (s[2] as number) + sB;
    s[3] = (s[3] as number) + sC;
    const blockT = [t00, t01, t02, t03, t11, t12, t13, t22, t23, t33];
    for (let j = 0; j < 10; j++) t[j] = (t[j] as number) + (blockT[j] as number);
  }
  const index = [
    [0, 1, 2, 3],
    [1, 4, 5, 6],
    [2, 5, 7, 8],
    [3, 6, 8, 9],
  ];
  const cp = new Float64Array(k * k);
  const s1 = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    s1[a] = s[a] as number;
    for (let c = a; c < k; c++) cp[a * k + c] = t[(index[a] as number[])[c] as number] as number;
  }
  return { cp, s1 };
}

function crossProductsGeneric(columns: readonly Float64Array[], means: Float64Array, n: number): { cp: Float64Array; s1: Float64Array } {
  const k = columns.length;
  const cp = new Float64Array(k * k);
  const s1 = new Float64Array(k);
  const bcp = new Float64Array(k * k);
  const bs1 = new Float64Array(k);
  const dev = new Float64Array(k);
  for (let b = 0; b < n; b += BLOCK) {
    const end = Math.min(n, b + BLOCK);
    bcp.fill(0);
    bs1.fill(0);
    rows: for (let i = b; i < end; i++) {
      for (let j = 0; j < k; j++) {
        const v = (columns[j] as Float64Array)[i] as number;
        if (v !== v) continue rows;
        dev[j] = v - (means[j] as number);
      }
      for (let a = 0; a < k; a++) {
        const da = dev[a] as number;
        bs1[a] = (bs1[a] as number) + da;
        const row = a * k;
        for (let c = a; c < k; c++) bcp[row + c] = (bcp[row + c] as number) + da * (dev[c] as number);
      }
    }
    for (let a = 0; a < k; a++) {
      s1[a] = (s1[a] as number) + (bs1[a] as number);
      for (let c = a; c < k; c++) cp[a * k + c] = (cp[a * k + c] as number) + (bcp[a * k + c] as number);
    }
  }
  return { cp, s1 };
}

/** Sample variance from centred sums: (S2 − S1²/n)/(n − 1), never below 0. */
export function varianceOf(n: number, s1: number, s2: number): number {
  const v = (s2 - (s1 * s1) / n) / (n - 1);
  return v > 0 ? v : 0;
}

/** Throws INVALID_ARGUMENT unless 1 ≤ minItems ≤ k (an integer). */
export function checkMinItems(fn: string, construct: string, minItems: number, k: number): void {
  if (!Number.isInteger(minItems) || minItems < 1 || minItems > k) {
    throw new StatsError("INVALID_ARGUMENT", fn, `minItems of construct "${construct}" is ${String(minItems)}; expected an integer from 1 to its ${k} item${k === 1 ? "" : "s"}`, "minItems");
  }
}
