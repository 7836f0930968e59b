/**
 * Flattens a columnarPrePost result into the `{ key: number }` map that the NumPy reference
 * writes, so that the two can be compared key by key.
 */
import type { ColumnarPrePost } from "../../lib/stats/src/columnar/index.js";

/** Flat map of every compared statistic; keys as in bench/reference/table3_numpy.py. */
export function flattenTable3(t: ColumnarPrePost): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of t.scores) {
    const key = `score/${s.construct}/${s.timepoint}`;
    out[`${key}/n`] = s.n;
    out[`${key}/mean`] = s.mean;
    if (s.sd !== null) out[`${key}/sd`] = s.sd;
  }
  for (const r of t.reliability) {
    const key = `alpha/${r.construct}/${r.timepoint}`;
    const a = r.result;
    out[`${key}/n`] = a.n;
    out[`${key}/alpha`] = a.alpha;
    if (a.standardizedAlpha !== null) out[`${key}/standardizedAlpha`] = a.standardizedAlpha;
    out[`${key}/ci.lower`] = a.ci.lower;
    out[`${key}/ci.upper`] = a.ci.upper;
    for (const it of a.items) {
      out[`${key}/item${it.index}.mean`] = it.mean;
      out[`${key}/item${it.index}.variance`] = it.variance;
      if (it.correctedItemTotal !== null) out[`${key}/item${it.index}.correctedItemTotal`] = it.correctedItemTotal;
      if (it.alphaIfDeleted !== null) out[`${key}/item${it.index}.alphaIfDeleted`] = it.alphaIfDeleted;
    }
  }
  for (const p of t.paired) {
    const key = `paired/${p.construct}`;
    out[`${key}/n`] = p.n;
    out[`${key}/t`] = p.test.t;
    out[`${key}/df`] = p.test.df;
    out[`${key}/pValue`] = p.test.pValue;
    out[`${key}/meanDifference`] = p.test.meanDifference;
    out[`${key}/sdDifference`] = p.test.sdDifference;
    out[`${key}/ci.lower`] = p.test.ci.lower;
    out[`${key}/ci.upper`] = p.test.ci.upper;
    out[`${key}/correlation`] = p.correlation;
    for (const e of Object.values(p.effects)) {
      const ek = `effect/${p.construct}/${e.variant}`;
      out[`${ek}/estimate`] = e.estimate;
      out[`${ek}/ci.lower`] = e.ci.lower;
      out[`${ek}/ci.upper`] = e.ci.upper;
    }
  }
  for (const m of t.correlations) {
    for (let a = 0; a < m.names.length; a++) {
      for (let b = a + 1; b < m.names.length; b++) {
        const key = `correlation/${m.timepoint}/${m.names[a] as string}/${m.names[b] as string}`;
        out[`${key}/n`] = (m.n[a] as number[])[b] as number;
        out[`${key}/r`] = (m.r[a] as number[])[b] as number;
      }
    }
  }
  return out;
}
