/**
 * Mean and SD of a resample of a column, for bootstrap statistics. Internal.
 * @module analysis/moments
 */

/**
 * Mean and sample SD of `x` at the case indices `sel` (two-pass).
 * @example meanAndSdOf(Int32Array.from([0, 1, 1]), [2, 4]) // { mean: 3.333, sd: 1.155 } (of 2, 4, 4)
 */
export function meanAndSdOf(sel: Int32Array, x: readonly number[]): { mean: number; sd: number } {
  let s = 0;
  for (let k = 0; k < sel.length; k++) s += x[sel[k] as number] as number;
  const m = s / sel.length;
  let ss = 0;
  for (let k = 0; k < sel.length; k++) {
    const d = (x[sel[k] as number] as number) - m;
    ss += d * d;
  }
  return { mean: m, sd: Math.sqrt(ss / (sel.length - 1)) };
}

/**
 * Mean and sample SD of `x` without case j, for every j, from the full mean and sum of squares
 * (a downdate: M₂₋ⱼ = M₂ − (xⱼ − m)²·n/(n − 1)): O(1) per case instead of O(n).
 * @returns a function of j giving `{ mean, sd }` without case j.
 * @example leaveOneOutMoments([1, 2, 3, 4])(0) // { mean: 3, sd: 1 } (of 2, 3, 4)
 */
export function leaveOneOutMoments(x: readonly number[]): (j: number) => { mean: number; sd: number } {
  const n = x.length;
  let s = 0;
  for (const v of x) s += v;
  const m = s / n;
  let m2 = 0;
  for (const v of x) m2 += (v - m) * (v - m);
  return (j) => {
    const xj = x[j] as number;
    const mean = (n * m - xj) / (n - 1);
    const ss = Math.max(0, m2 - ((xj - m) * (xj - m) * n) / (n - 1));
    return { mean, sd: Math.sqrt(ss / (n - 2)) };
  };
}
