/**
 * Explanations of sum findings: a total against its parts (English).
 * @module audit/engine/explain/sum
 */

/** `expr` is the parts as printed joined by " + ". */
export function sumExplained(a: { ok: boolean; expr: string; sum: number; totalText: string; totalLabel: string }): {
  reason: string;
  plain: string;
} {
  return {
    reason: a.ok ? `${a.expr} = ${a.sum}, the printed ${a.totalText}.` : `${a.expr} = ${a.sum}, not the printed ${a.totalText}.`,
    plain: a.ok
      ? `The article gives a total of ${a.totalText} ("${a.totalLabel}") and its parts as ${a.expr}. They add up, so these sample sizes agree with each other.`
      : `The article gives a total of ${a.totalText} ("${a.totalLabel}"), but its parts ${a.expr} add up to ${a.sum}. At least one of these sample sizes is misprinted.`,
  };
}
