/**
 * The loops of the columnar pipeline, each over one chunk of rows. Internal: not re-exported.
 *
 * Each kernel sums one chunk in local variables, centred at the chunk's own means (or at a centre
 * close to them, with the correction term of the corrected two-pass algorithm, Chan, Golub &
 * LeVeque, 1983, eq. 1.7: M2 = Σ(x − c)² − (Σ(x − c))²/n). The engine merges the chunk results
 * with the pairwise update formula (scale/engine.ts). A chunk is small enough to stay in the CPU
 * cache, so the data are read from memory once.
 *
 * Each hot loop lives in its own small function: V8 optimizes it once and keeps it (a function
 * with two loops gets on-stack-replaced in the first and deoptimized when it reaches the second).
 *
 * Chan, T. F., Golub, G. H., & LeVeque, R. J. (1983). Algorithms for computing the sample
 * variance: Analysis and recommendations. The American Statistician, 37(3), 242–247.
 * https://doi.org/10.1080/00031305.1983.10483115
 *
 * @module columnar/kernels
 */
import { StatsError } from "../errors.js";
import { nonFinite } from "./columns.js";

/** Rows per chunk: the chunk's scores of every construct stay in the CPU cache between uses. */
export const CHUNK = 2048;

/**
 * For more than 4 items: adds the item column x[start, start + len) into the row sums
 * `sums[off, off + len)` and the answered counts `answered[0, len)`. Validates every value.
 */
export function addItem(
  fn: string,
  name: string,
  x: Float64Array,
  start: number,
  len: number,
  sums: Float64Array,
  off: number,
  answered: Uint8Array,
): void {
  for (let r = 0; r < len; r++) {
    const v = x[start + r] as number;
    if (v === v) {
      if (v - v !== 0) nonFinite(fn, name, start + r, v);
      sums[off + r] = (sums[off + r] as number) + v;
      answered[r] = (answered[r] as number) + 1;
    }
  }
}

/**
 * For more than 4 items: turns row sums `values[off, off + len)` into scores in place (NaN below
 * minItems) and sets acc[0..2] (layout of {@link scoreSize}): scores, Σ scores, complete rows.
 */
export function finishScores(
  values: Float64Array,
  off: number,
  len: number,
  answered: Uint8Array,
  minItems: number,
  k: number,
  acc: Float64Array,
): void {
  let count = 0;
  let total = 0;
  let complete = 0;
  for (let r = 0; r < len; r++) {
    const m = answered[r] as number;
    if (m >= minItems) {
      const score = (values[off + r] as number) / m;
      values[off + r] = score;
      total += score;
      count++;
    } else {
      values[off + r] = NaN;
    }
    if (m === k) complete++;
  }
  acc[0] = count;
  acc[1] = total;
  acc[2] = complete;
}

/** For more than 4 items: adds item x's values over the complete rows (answered = k) to acc[at]. */
export function completeItemSum(
  x: Float64Array,
  start: number,
  len: number,
  answered: Uint8Array,
  k: number,
  acc: Float64Array,
  at: number,
): void {
  let total = 0;
  for (let r = 0; r < len; r++) if (answered[r] === k) total += x[start + r] as number;
  acc[at] = total;
}

/** A chunk of NaN: the item slots beyond k of {@link scoreRowsUpTo4} read it (never answered). */
const ABSENT = new Float64Array(CHUNK).fill(NaN);

/** Layout of a chunk's score sums for k items: [0] scores, [1] Σ score, [2] complete rows, [3, 3 + k) Σ item over complete rows. */
export function scoreSize(k: number): number {
  return 3 + k;
}

/**
 * Scores of the rows [start, start + len) (len ≤ CHUNK) of a construct with k ≤ 4 items, row by
 * row, written to `values[off, off + len)`; sets `acc` (layout of {@link scoreSize}). Slots beyond
 * k read a chunk of NaN (never answered), so one loop without a branch on k serves k = 1..4.
 * Items are summed in order (0 + x₁ + x₂ + …, answered ones only), as constructScores sums them,
 * so the scores agree to the last bit. Validates every value (NaN = missing, ±Infinity = error).
 */
export function scoreRowsUpTo4(
  fn: string,
  names: readonly string[],
  columns: readonly Float64Array[],
  minItems: number,
  start: number,
  len: number,
  values: Float64Array,
  off: number,
  acc: Float64Array,
): void {
  const k = columns.length;
  const x0 = columns[0] as Float64Array;
  const x1 = k > 1 ? (columns[1] as Float64Array) : ABSENT;
  const x2 = k > 2 ? (columns[2] as Float64Array) : ABSENT;
  const x3 = k > 3 ? (columns[3] as Float64Array) : ABSENT;
  const o1 = k > 1 ? start : 0;
  const o2 = k > 2 ? start : 0;
  const o3 = k > 3 ? start : 0;
  let count = 0;
  let total = 0;
  let complete = 0;
  let t0 = 0,
    t1 = 0,
    t2 = 0,
    t3 = 0;
  for (let r = 0; r < len; r++) {
    const u0 = x0[start + r] as number;
    const u1 = x1[o1 + r] as number;
    const u2 = x2[o2 + r] as number;
    const u3 = x3[o3 + r] as number;
    let s = 0;
    let m = 0;
    if (u0 === u0) {
      if (u0 - u0 !== 0) nonFinite(fn, names[0] as string, start + r, u0);
      s += u0;
      m++;
    }
    if (u1 === u1) {
      if (u1 - u1 !== 0) nonFinite(fn, names[1] as string, start + r, u1);
      s += u1;
      m++;
    }
    if (u2 === u2) {
      if (u2 - u2 !== 0) nonFinite(fn, names[2] as string, start + r, u2);
      s += u2;
      m++;
    }
    if (u3 === u3) {
      if (u3 - u3 !== 0) nonFinite(fn, names[3] as string, start + r, u3);
      s += u3;
      m++;
    }
    if (m >= minItems) {
      const score = s / m;
      values[off + r] = score;
      total += score;
      count++;
    } else {
      values[off + r] = NaN;
    }
    if (m === k) {
      complete++;
      t0 += u0;
      t1 += u1;
      t2 += u2;
      t3 += u3;
    }
  }
  acc[0] = count;
  acc[1] = total;
  acc[2] = complete;
  const t = [t0, t1, t2, t3];
  for (let j = 0; j < k; j++) acc[3 + j] = t[j] as number;
}

/** Centred sums of one column range (NaN = missing): sets acc[0..2] to count, Σ(x − c), Σ(x − c)². */
export function moments(x: Float64Array, off: number, len: number, c: number, acc: Float64Array): void {
  let count = 0;
  let s1 = 0;
  let s2 = 0;
  for (let r = 0; r < len; r++) {
    const v = x[off + r] as number;
    if (v === v) {
      const d = v - c;
      s1 += d;
      s2 += d * d;
      count++;
    }
  }
  acc[0] = count;
  acc[1] = s1;
  acc[2] = s2;
}

/** Layout of a pair accumulator: n, Σdx, Σdy, Σdx², Σdy², Σdx·dy, Σdd, Σdd² (dd = dx − dy). */
export const PAIR_SIZE = 8;

/**
 * Centred sums over the rows of a range where both x and y are observed, with dx = x − cx,
 * dy = y − cy and the difference dd = dx − dy (the difference x − y around cx − cy); sets
 * acc[at, at + PAIR_SIZE).
 */
export function pairSums(
  x: Float64Array,
  xOff: number,
  cx: number,
  y: Float64Array,
  yOff: number,
  cy: number,
  len: number,
  acc: Float64Array,
  at: number,
): void {
  let count = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let sd = 0;
  let sdd = 0;
  for (let r = 0; r < len; r++) {
    const u = x[xOff + r] as number;
    const v = y[yOff + r] as number;
    if (u === u && v === v) {
      const dx = u - cx;
      const dy = v - cy;
      const dd = dx - dy;
      sx += dx;
      sy += dy;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
      sd += dd;
      sdd += dd * dd;
      count++;
    }
  }
  acc[at] = count;
  acc[at + 1] = sx;
  acc[at + 2] = sy;
  acc[at + 3] = sxx;
  acc[at + 4] = syy;
  acc[at + 5] = sxy;
  acc[at + 6] = sd;
  acc[at + 7] = sdd;
}

/**
 * Layout of a cross-product accumulator for k items: [0] complete rows, [1, 1 + k) Σ(x_a − m_a),
 * [1 + k, 1 + k + k²) Σ(x_a − m_a)(x_b − m_b) row-major (full symmetric matrix).
 */
export function crossSize(k: number): number {
  return 1 + k + k * k;
}

/** Cross-products of the rows of a range where every item is answered; sets acc (see {@link crossSize}). */
export function crossProducts(columns: readonly Float64Array[], means: Float64Array, start: number, len: number, acc: Float64Array): void {
  if (columns.length <= 4) crossProductsUpTo4(columns, means, start, len, acc);
  else crossProductsGeneric(columns, means, start, len, acc);
}

/**
 * k ≤ 4 with every accumulator in a local variable: slots beyond k repeat the first column (read
 * from cache; their sums are discarded), so one loop serves k = 1..4 without a branch on k.
 */
function crossProductsUpTo4(columns: readonly Float64Array[], means: Float64Array, start: number, len: number, acc: Float64Array): void {
  const k = columns.length;
  const x0 = columns[0] as Float64Array;
  const x1 = (columns[1] ?? x0) as Float64Array;
  const x2 = (columns[2] ?? x0) as Float64Array;
  const x3 = (columns[3] ?? x0) as Float64Array;
  const m0 = means[0] as number;
  const m1 = k > 1 ? (means[1] as number) : m0;
  const m2 = k > 2 ? (means[2] as number) : m0;
  const m3 = k > 3 ? (means[3] as number) : m0;
  let n = 0;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  let t00 = 0,
    t01 = 0,
    t02 = 0,
    t03 = 0,
    t11 = 0,
    t12 = 0,
    t13 = 0,
    t22 = 0,
    t23 = 0,
    t33 = 0;
  const end = start + len;
  for (let i = start; i < end; i++) {
    const u0 = x0[i] as number;
    const u1 = x1[i] as number;
    const u2 = x2[i] as number;
    const u3 = x3[i] as number;
    if (u0 !== u0 || u1 !== u1 || u2 !== u2 || u3 !== u3) continue;
    const d0 = u0 - m0;
    const d1 = u1 - m1;
    const d2 = u2 - m2;
    const d3 = u3 - m3;
    n++;
    s0 += d0;
    s1 += d1;
    s2 += d2;
    s3 += d3;
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
  const s = [s0, s1, s2, s3];
  const t = [
    [t00, t01, t02, t03],
    [t01, t11, t12, t13],
    [t02, t12, t22, t23],
    [t03, t13, t23, t33],
  ];
  acc[0] = n;
  for (let a = 0; a < k; a++) {
    acc[1 + a] = s[a] as number;
    const row = t[a] as number[];
    for (let b = 0; b < k; b++) acc[1 + k + a * k + b] = row[b] as number;
  }
}

function crossProductsGeneric(columns: readonly Float64Array[], means: Float64Array, start: number, len: number, acc: Float64Array): void {
  const k = columns.length;
  const local = new Float64Array(crossSize(k));
  const dev = new Float64Array(k);
  const end = start + len;
  rows: for (let i = start; i < end; i++) {
    for (let j = 0; j < k; j++) {
      const v = (columns[j] as Float64Array)[i] as number;
      if (v !== v) continue rows;
      dev[j] = v - (means[j] as number);
    }
    local[0] = (local[0] as number) + 1;
    for (let a = 0; a < k; a++) {
      const da = dev[a] as number;
      local[1 + a] = (local[1 + a] as number) + da;
      const row = 1 + k + a * k;
      for (let b = a; b < k; b++) local[row + b] = (local[row + b] as number) + da * (dev[b] as number);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) local[1 + k + a * k + b] = local[1 + k + b * k + a] as number;
  acc.set(local);
}

/** Throws INVALID_ARGUMENT unless 1 ≤ minItems ≤ k (an integer) and k ≤ 255. */
export function checkMinItems(fn: string, construct: string, minItems: number, k: number): void {
  if (k > 255) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `construct "${construct}" has ${k} items at one time point; expected at most 255 (answered items are counted in one byte per row)`,
      construct,
    );
  }
  if (!Number.isInteger(minItems) || minItems < 1 || minItems > k) {
    throw new StatsError(
      "INVALID_ARGUMENT",
      fn,
      `minItems of construct "${construct}" is ${String(minItems)}; expected an integer from 1 to its ${k} item${k === 1 ? "" : "s"}`,
      "minItems",
    );
  }
}
