/**
 * Multiple-comparison adjustments of p-values, as R's `p.adjust`.
 * @module adjust
 */
import { StatsError } from "./errors.js";

function validP(fn: string, p: readonly (number | null)[]): { idx: number[]; vals: number[] } {
  if (!Array.isArray(p)) throw new StatsError("INVALID_ARGUMENT", fn, "p is not an array; expected an array of p-values", "p");
  const idx: number[] = [];
  const vals: number[] = [];
  p.forEach((v, i) => {
    if (v === null) return;
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) {
      throw new StatsError(
        "OUT_OF_RANGE",
        fn,
        `p[${i}] is ${String(v)}; expected a p-value between 0 and 1, or null for a missing one`,
        "p",
      );
    }
    idx.push(i);
    vals.push(v);
  });
  if (vals.length === 0) throw new StatsError("EMPTY_INPUT", fn, "p has no p-values; expected at least 1", "p");
  return { idx, vals };
}

function scatter(p: readonly (number | null)[], idx: number[], adj: number[]): (number | null)[] {
  const out: (number | null)[] = p.map(() => null);
  idx.forEach((i, k) => {
    out[i] = adj[k] as number;
  });
  return out;
}

/**
 * Holm's step-down adjustment: with p₍₁₎ ≤ … ≤ p₍ₘ₎ the sorted p-values of m tests,
 * p̃₍ᵢ₎ = min(1, max_{j ≤ i} (m − j + 1)·p₍ⱼ₎). Missing p-values (null) stay null and do not count in m.
 *
 * Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scandinavian Journal
 * of Statistics, 6(2), 65–70. https://www.jstor.org/stable/4615733
 *
 * @throws {StatsError} EMPTY_INPUT, OUT_OF_RANGE (a value outside [0, 1] or NaN).
 * @example holm([0.01, 0.04, 0.03]) // [0.03, 0.06, 0.06]
 * Validated against R's `p.adjust(p, "holm")`.
 */
export function holm(p: readonly (number | null)[]): (number | null)[] {
  const { idx, vals } = validP("holm", p);
  const m = vals.length;
  const order = vals.map((_, i) => i).sort((a, b) => (vals[a] as number) - (vals[b] as number) || a - b);
  const adj = new Array<number>(m);
  let running = 0;
  order.forEach((o, i) => {
    running = Math.max(running, (m - i) * (vals[o] as number));
    adj[o] = Math.min(1, running);
  });
  return scatter(p, idx, adj);
}

/**
 * Benjamini–Hochberg step-up adjustment controlling the false discovery rate:
 * p̃₍ᵢ₎ = min(1, min_{j ≥ i} m·p₍ⱼ₎ / j). Missing p-values (null) stay null.
 *
 * Benjamini, Y., & Hochberg, Y. (1995). Controlling the false discovery rate. Journal of the Royal
 * Statistical Society B, 57(1), 289–300. https://doi.org/10.1111/j.2517-6161.1995.tb02031.x
 *
 * @throws {StatsError} EMPTY_INPUT, OUT_OF_RANGE.
 * @example benjaminiHochberg([0.01, 0.04, 0.03]) // [0.03, 0.04, 0.04]
 * Validated against R's `p.adjust(p, "BH")`.
 */
export function benjaminiHochberg(p: readonly (number | null)[]): (number | null)[] {
  const { idx, vals } = validP("benjaminiHochberg", p);
  const m = vals.length;
  const order = vals.map((_, i) => i).sort((a, b) => (vals[b] as number) - (vals[a] as number) || b - a);
  const adj = new Array<number>(m);
  let running = Infinity;
  order.forEach((o, k) => {
    const rank = m - k;
    running = Math.min(running, (m / rank) * (vals[o] as number));
    adj[o] = Math.min(1, running);
  });
  return scatter(p, idx, adj);
}
