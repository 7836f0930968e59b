/**
 * The common shape of every audit check's result.
 *
 * @module audit/result
 */
import { formatPShort, formatShort } from "@behoud/stats";

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

/** A number in a reason sentence: {@link formatShort} of @behoud/stats (at most `decimals` decimals). Internal. */
export function fmt(x: number, decimals = 3): string {
  return formatShort(x, { decimals });
}

/** A p-value in a reason sentence: {@link formatPShort} of @behoud/stats (three significant digits). Internal. */
export function fmtP(p: number): string {
  return formatPShort(p);
}

/** "p = 0.0362" or "p < 0.000001", for reason sentences. Internal. */
export function pPhrase(p: number): string {
  const t = fmtP(p);
  return t.startsWith("<") ? `p ${t}` : `p = ${t}`;
}
