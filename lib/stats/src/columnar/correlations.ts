/**
 * Pearson correlation matrix of the columns of a columnar survey, pairwise complete.
 * @module columnar/correlations
 */
import { StatsError } from "../errors.js";
import { requireN } from "../validate.js";
import type { SurveyColumns } from "./columns.js";
import { runEngine, type EngineUnit, type PairMoments } from "./engine.js";

/** Result of {@link columnarCorrelations}. */
export interface ColumnarCorrelationMatrix {
  /** Column names, in the order of the rows and columns of `r` and `n`. */
  readonly names: readonly string[];
  /** Pearson r of every pair (1 on the diagonal), over the rows where both are observed. */
  readonly r: readonly (readonly number[])[];
  /** Pairwise n (on the diagonal: observed values of the column). */
  readonly n: readonly (readonly number[])[];
}

/** Pairs (a < b) of p units in the order the matrix builder reads them. Internal. */
export function allPairs(p: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) out.push([a, b]);
  return out;
}

/**
 * Correlation matrix from the engine's pair moments (pairs in the order of {@link allPairs},
 * starting at index `first`). Internal (shared with the pipeline).
 */
export function correlationResult(
  fn: string,
  names: readonly string[],
  counts: readonly number[],
  pairs: readonly PairMoments[],
  first: number,
): ColumnarCorrelationMatrix {
  const p = names.length;
  const r = names.map(() => new Array<number>(p).fill(1));
  const nn = names.map((_, i) => new Array<number>(p).fill(counts[i] as number));
  let q = first;
  for (let a = 0; a < p; a++) {
    for (let b = a + 1; b < p; b++, q++) {
      const m = pairs[q] as PairMoments;
      const n = m.n;
      requireN(fn, `${names[a] as string} and ${names[b] as string}`, n, 3, "complete pairs");
      if (!(m.m2x > 0) || !(m.m2y > 0)) {
        const which = !(m.m2x > 0) ? (names[a] as string) : (names[b] as string);
        throw new StatsError(
          "ZERO_VARIANCE",
          fn,
          `${which} is constant over the ${n} rows where ${names[a] as string} and ${names[b] as string} are both observed; the correlation is undefined`,
          which,
        );
      }
      const sa = Math.sqrt(m.m2x / (n - 1));
      const sb = Math.sqrt(m.m2y / (n - 1));
      const v = Math.max(-1, Math.min(1, m.cxy / (n - 1) / (sa * sb)));
      (r[a] as number[])[b] = v;
      (r[b] as number[])[a] = v;
      (nn[a] as number[])[b] = n;
      (nn[b] as number[])[a] = n;
    }
  }
  return Object.freeze({
    names: Object.freeze([...names]),
    r: Object.freeze(r.map((row) => Object.freeze(row))),
    n: Object.freeze(nn.map((row) => Object.freeze(row))),
  });
}

/**
 * Pearson correlation matrix of every column of a columnar survey (e.g. construct scores), each
 * pair over the rows where both values are observed (pairwise deletion, as `pearson` and the
 * analysis' `correlationMatrix` use it).
 *
 * r_ab = Σ(a − ā)(b − b̄) / √(Σ(a − ā)² · Σ(b − b̄)²), means and sums over the pair-complete rows,
 * clamped to [−1, 1]. One pass over the columns: per chunk of 2048 rows the centred sums of every
 * pair (corrected two-pass around the chunk means), chunks merged by Chan et al.'s pairwise update.
 *
 * Pearson, K. (1895). Note on regression and inheritance in the case of two parents. Proceedings
 * of the Royal Society of London, 58, 240–242. https://doi.org/10.1098/rspl.1895.0041
 *
 * @param columns the columns to correlate (NaN = missing), at least 2.
 * @returns names, the r matrix and the pairwise n matrix.
 * @throws {StatsError} TOO_FEW for fewer than 2 columns or fewer than 3 complete pairs;
 *   EMPTY_INPUT when a pair has no complete row; ZERO_VARIANCE when a column is constant over a
 *   pair's rows; NON_FINITE for ±Infinity.
 * @example columnarCorrelations(surveyColumns({ a: new Float64Array([1, 2, 3, 4, 5]), b: new Float64Array([2, 1, 4, 3, 5]) })).r[0][1] // 0.8
 * Validated against: pearson of the scalar library (validated against R's cor.test) in test/stats/columnar
 * to 1e-10 relative, and NumPy's corrcoef on pairwise-complete rows at N = 10⁶ (bench/).
 */
export function columnarCorrelations(columns: SurveyColumns): ColumnarCorrelationMatrix {
  const fn = "columnarCorrelations";
  const names = [...columns.columns.keys()];
  if (names.length < 2) {
    throw new StatsError("TOO_FEW", fn, `columns has ${names.length} column; expected at least 2 to correlate`, "columns");
  }
  // Each column is a unit of one item with minItems 1: its "score" is the value itself.
  const units: EngineUnit[] = names.map((name) => ({
    construct: name,
    timepoint: "once",
    names: [name],
    columns: [columns.columns.get(name) as Float64Array],
    minItems: 1,
    alpha: false,
    keep: false,
  }));
  const result = runEngine(fn, columns.n, units, allPairs(names.length));
  return correlationResult(
    fn,
    names,
    result.units.map((u) => u.count),
    result.pairs,
    0,
  );
}
