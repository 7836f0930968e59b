/**
 * Mean and SD of a resample of a column, for bootstrap statistics. Internal.
 * @module analysis/moments
 */

/** Mean and sample SD of `x` at the case indices `sel` (two-pass). */
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
