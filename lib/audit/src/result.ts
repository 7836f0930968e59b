/**
 * The common shape of every audit check's result.
 *
 * @module audit/result
 */

/** Outcome of a consistency check. */
export type AuditVerdict = "consistent" | "inconsistent" | "not-testable";

/**
 * What every check returns: a verdict, one sentence a non-statistician can read, and the
 * numbers behind it. The `details` object has the same keys on every call of a given check
 * (values that do not apply are `null`).
 */
export interface AuditResult<D> {
  /** Name of the check that produced the result, e.g. "grim". */
  readonly check: string;
  readonly verdict: AuditVerdict;
  readonly reason: string;
  readonly details: D;
}

/** Builds a frozen result. Internal. */
export function auditResult<D>(check: string, verdict: AuditVerdict, reason: string, details: D): AuditResult<D> {
  return Object.freeze({ check, verdict, reason, details });
}

/** Formats a number for a reason sentence: at most `digits` significant decimals, no exponent for ordinary sizes. Internal. */
export function fmt(x: number, decimals = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 10 ** -decimals) return x.toExponential(1);
  return Number(x.toFixed(decimals)).toString();
}

/** Formats a p-value for a reason sentence with three significant digits. Internal. */
export function fmtP(p: number): string {
  if (!Number.isFinite(p)) return String(p);
  if (p === 0) return "0";
  if (p < 0.000001) return "< 0.000001";
  if (p < 0.0001) return Number(p.toPrecision(2)).toString();
  return Number(p.toPrecision(3)).toString();
}

/** "p = 0.0362" or "p < 0.000001", for reason sentences. Internal. */
export function pPhrase(p: number): string {
  const t = fmtP(p);
  return t.startsWith("<") ? `p ${t}` : `p = ${t}`;
}
